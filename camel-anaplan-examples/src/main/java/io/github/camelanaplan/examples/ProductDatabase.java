package io.github.camelanaplan.examples;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database holding the products table the sync route reads: by default an in-memory H2 created and seeded for
 * this run and dropped when Camel stops; with {@code demo.jdbc.url} set, that database as it is (never seeded,
 * never edited by the demo). The connection pool is left out on purpose: the route uses a handful of connections a
 * minute.
 */
final class ProductDatabase extends ServiceSupport {

    /** Registry name; camel-sql finds the data source by type, the name is for anyone wiring it by hand. */
    static final String BEAN_NAME = "productsDataSource";

    private static final Logger LOG = LoggerFactory.getLogger(ProductDatabase.class);

    private final DataSource dataSource;
    private final boolean embedded;

    private ProductDatabase(DataSource dataSource, boolean embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    /**
     * A fresh in-memory database with the products table and its demo rows. Each call gets its own database, so two
     * Camel contexts in one JVM (tests) never see each other's rows.
     *
     * @return the seeded database
     */
    static ProductDatabase startEmbedded() {
        // DB_CLOSE_DELAY keeps the database between connections; doStop shuts it down.
        String url = "jdbc:h2:mem:products-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        ProductDatabase database = new ProductDatabase(new DriverManagerDataSource(url, "sa", ""), true);
        database.runScript("db/products-schema.sql");
        database.runScript("db/products-seed.sql");
        LOG.info("No demo.jdbc.url given: created the products table in an embedded H2 database");
        return database;
    }

    /**
     * The database named by {@code demo.jdbc.url}; its JDBC driver must be on the classpath and it must have the
     * products table of {@code db/products-schema.sql}.
     *
     * @param url      JDBC URL
     * @param username user, may be {@code null}
     * @param password password, may be {@code null}
     * @return the database
     */
    static ProductDatabase configured(String url, String username, String password) {
        // The URL may carry credentials, so it is not logged.
        LOG.info("Products table sync uses the database configured in demo.jdbc.url");
        return new ProductDatabase(new DriverManagerDataSource(url, username, password), false);
    }

    /** @return the data source the sql component uses */
    DataSource dataSource() {
        return dataSource;
    }

    /** @return whether this is the demo's own database, which the demo may seed and edit */
    boolean embedded() {
        return embedded;
    }

    /**
     * Runs an SQL script from the classpath in the embedded database.
     *
     * @param resource classpath resource, e.g. {@code db/products-edits.sql}
     */
    void runScript(String resource) {
        if (!embedded) {
            throw new IllegalStateException("The demo only runs " + resource + " against its embedded database,"
                    + " never against the one configured in demo.jdbc.url");
        }
        execute("RUNSCRIPT FROM 'classpath:/" + resource + "'");
    }

    @Override
    protected void doStop() {
        if (embedded) {
            execute("SHUTDOWN");
            LOG.info("Embedded products database dropped");
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Embedded products database: " + sql + " failed", e);
        }
    }
}
