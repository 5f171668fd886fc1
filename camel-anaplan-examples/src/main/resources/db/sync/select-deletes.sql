-- Step 3: the claimed rows marked deleted, by code. A row that never reached Anaplan has nothing to delete there.
SELECT code AS "code"
  FROM products
 WHERE sending_version IS NOT NULL AND deleted = TRUE AND synced_version IS NOT NULL
 ORDER BY code
