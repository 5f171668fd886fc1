-- Step 4, only after Anaplan accepted steps 2 and 3: the claimed versions are now in the list.
UPDATE products
   SET synced_version = sending_version, sending_version = NULL
 WHERE sending_version IS NOT NULL
