-- Step 1 of a products table sync: note which version of every changed row this run sends. A row edited after
-- this keeps a row_version above the one it is marked with in step 4, so it stays pending for the next run.
UPDATE products
   SET sending_version = row_version
 WHERE synced_version IS NULL OR row_version > synced_version
