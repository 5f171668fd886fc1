-- Step 2: the claimed rows that still exist, as list-write entries. name, code and parent are item fields; every
-- other column is a property of the Products list, so the aliases are the property names.
SELECT code         AS "code",
       name         AS "name",
       family       AS "parent",
       category     AS "Category",
       unit_price   AS "Unit Price",
       discontinued AS "Discontinued"
  FROM products
 WHERE sending_version IS NOT NULL AND deleted = FALSE
 ORDER BY code
