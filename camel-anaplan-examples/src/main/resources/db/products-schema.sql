-- The product master table the products-db-sync route keeps the Anaplan Products list in step with.
-- Whoever changes a row increments row_version (and sets deleted = TRUE instead of deleting the row); the route
-- owns sending_version and synced_version. A row is pending while synced_version is NULL or below row_version.
CREATE TABLE products (
    code            VARCHAR(60)   NOT NULL PRIMARY KEY,
    name            VARCHAR(60)   NOT NULL,
    family          VARCHAR(60)   NOT NULL,
    category        VARCHAR(20),
    unit_price      DECIMAL(12, 2),
    discontinued    BOOLEAN       DEFAULT FALSE NOT NULL,
    deleted         BOOLEAN       DEFAULT FALSE NOT NULL,
    row_version     BIGINT        DEFAULT 1 NOT NULL,
    sending_version BIGINT,
    synced_version  BIGINT
);
