package org.goldset;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Creates an empty PostgreSQL database per test class, on the server the test run names. */
public final class PostgresqlTestDatabases {

    public static final String SERVER = System.getProperty("goldset.test.postgresql.url", "jdbc:postgresql://localhost:5432/");
    public static final String ROLE = "goldset";
    public static final String PASSWORD = "goldset";

    private PostgresqlTestDatabases() {
    }

    /** A new, empty database's name. */
    public static String create() {
        String name = "goldset_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", ROLE, PASSWORD);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a PostgreSQL test database on " + SERVER
                    + " (is the server running, with role goldset? .ci/run sets it up): " + e.getMessage(), e);
        }
        return name;
    }
}
