package vn.gialai.iwd.reporting.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plain JDBC for the projection's batched writes and the aggregate reads, where ORM entities would
 * only add per-row overhead. Inside a JTA transaction the data source hands out the transaction's
 * connection, so these statements commit or roll back together with the ORM's.
 */
@ApplicationScoped
public class Jdbc {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** An array parameter of a SQL element type (e.g. "uuid", "integer"), e.g. for "= any(?)" or "unnest(?)". */
    public record SqlArray(String elementType, Object[] values) {
    }

    private final AgroalDataSource dataSource;

    Jdbc(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, params);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + e.getMessage(), e);
        }
    }

    public int update(String sql, List<?> params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, params);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed: " + e.getMessage(), e);
        }
    }

    /** One statement executed for every parameter row, sent to the database in one round trip per batch. */
    public void batch(String sql, List<? extends List<?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<?> row : rows) {
                bind(connection, statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new IllegalStateException("batch failed: " + cause.getMessage(), e);
        }
    }

    /**
     * "unnest(?::type[], …)": rows passed as one array per column ({@link #columnsOf}), so that one statement
     * with one parameter per column takes any number of rows (cheaper to bind and run than a batch of rows).
     */
    public static String unnest(List<String> sqlTypes) {
        return sqlTypes.stream().map(type -> "?::" + type + "[]").collect(Collectors.joining(", ", "unnest(", ")"));
    }

    /** The rows' values as one array parameter per column, for {@link #unnest}. */
    public static List<Object> columnsOf(List<? extends List<?>> rows, List<String> sqlTypes) {
        List<Object> columns = new ArrayList<>(sqlTypes.size());
        for (int column = 0; column < sqlTypes.size(); column++) {
            Object[] values = new Object[rows.size()];
            for (int row = 0; row < values.length; row++) {
                values[row] = rows.get(row).get(column);
            }
            columns.add(new SqlArray(sqlTypes.get(column), values));
        }
        return columns;
    }

    public AgroalDataSource dataSource() {
        return dataSource;
    }

    public static void bind(Connection connection, PreparedStatement statement, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof SqlArray array) {
                statement.setArray(i + 1, connection.createArrayOf(array.elementType(), array.values()));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** {@link ResultSet#getObject} for nullable numbers without the JDBC "0 means null" trap. */
    public static Integer integerOrNull(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    public static Boolean booleanOrNull(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }
}
