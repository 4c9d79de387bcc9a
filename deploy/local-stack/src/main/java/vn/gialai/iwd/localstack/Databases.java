package vn.gialai.iwd.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Database housekeeping without psql, which a Java-only machine may lack.
 * Usage: Databases ping|create|drop JDBC_URL_OF_MAINTENANCE_DB USER [DATABASE...]; the password comes from
 * the environment variable IWD_DB_PASSWORD. Exit code 0 on success, 1 when the server refuses.
 */
public final class Databases {

    private Databases() {
    }

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: Databases ping|create|drop JDBC_URL USER [DATABASE...]");
            System.exit(2);
        }
        String action = args[0];
        List<String> databases = Arrays.asList(args).subList(3, args.length);
        Properties credentials = new Properties();
        credentials.setProperty("user", args[2]);
        String password = System.getenv("IWD_DB_PASSWORD");
        if (password != null && !password.isEmpty()) {
            credentials.setProperty("password", password);
        }
        credentials.setProperty("connectTimeout", "3");
        try (Connection connection = DriverManager.getConnection(args[1], credentials)) {
            for (String database : databases) {
                requireSafeName(database);
                switch (action) {
                    case "create" -> createIfMissing(connection, database);
                    case "drop" -> execute(connection, "DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
                    default -> throw new IllegalArgumentException("unknown action " + action);
                }
            }
        } catch (SQLException e) {
            System.err.println(action + " failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void createIfMissing(Connection connection, String database) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (exists.executeQuery().next()) {
                return;
            }
        }
        execute(connection, "CREATE DATABASE \"" + database + "\" ENCODING 'UTF8' TEMPLATE template0");
        System.out.println("created database " + database);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void requireSafeName(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a safe database name: " + database);
        }
    }
}
