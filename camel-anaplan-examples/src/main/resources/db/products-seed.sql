-- Demo rows. family holds a Product Family code of the simulator's demo model (HW, SW, SV, AC).
-- New rows, never synced: added to the list by the first sync.
INSERT INTO products (code, name, family, category, unit_price, discontinued) VALUES
    ('P501', 'Product 501', 'HW', 'Standard', 24.00, FALSE),
    ('P502', 'Product 502', 'SW', 'Premium', 120.00, FALSE),
    ('P503', 'Product 503', 'AC', 'Budget', 4.50, FALSE),
    ('P504', 'Product 504', 'SV', 'Standard', 80.00, TRUE);
-- Synced earlier, then edited (new price): updated by the first sync.
INSERT INTO products (code, name, family, category, unit_price, row_version, synced_version) VALUES
    ('P002', 'Product 002', 'SW', 'Premium', 13.75, 2, 1);
-- Synced earlier, then marked deleted: removed from the list by the first sync.
INSERT INTO products (code, name, family, category, unit_price, deleted, row_version, synced_version) VALUES
    ('P299', 'Product 299', 'SV', 'Standard', 9.50, TRUE, 2, 1);
-- Synced and unchanged since: not sent at all.
INSERT INTO products (code, name, family, category, unit_price, row_version, synced_version) VALUES
    ('P010', 'Product 010', 'SW', 'Standard', 29.75, 1, 1);
