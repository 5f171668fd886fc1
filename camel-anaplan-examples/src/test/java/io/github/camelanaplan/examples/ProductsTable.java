package io.github.camelanaplan.examples;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** The test's own hands on the demo's products table: edits it as a user would and reads what is still pending. */
final class ProductsTable {

    private final DataSource dataSource;

    ProductsTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs statements in one transaction, so a sync never sees half of them.
     *
     * @param statements SQL statements
     */
    void change(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** @return codes of the rows not yet in step with the list, sorted */
    List<String> pendingCodes() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT code FROM products"
                     + " WHERE synced_version IS NULL OR row_version > synced_version ORDER BY code")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }
}
