-- What a user of the product master might do between two syncs: change a price, retire a product, add one.
UPDATE products SET unit_price = 26.50, row_version = row_version + 1 WHERE code = 'P501';
UPDATE products SET deleted = TRUE, row_version = row_version + 1 WHERE code = 'P503';
INSERT INTO products (code, name, family, category, unit_price) VALUES ('P505', 'Product 505', 'HW', 'Premium', 35.00);
