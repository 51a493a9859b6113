package io.flowmason.gateway.internal.limits;

import io.flowmason.gateway.internal.store.Database;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SQL of {@code usage_daily}: adding batches, the month's totals, and grouped reports. */
final class UsageStore {

    /** What a report groups by, and the columns it reads. */
    enum GroupBy {
        KEY("key_id", "component_type = ''"),
        PIPELINE("pipeline_id", "component_type = ''"),
        COMPONENT("component_type, component_version", "component_type <> ''"),
        DAY("usage_day", "component_type = ''");

        final String columns;
        final String rows;

        GroupBy(String columns, String rows) {
            this.columns = columns;
            this.rows = rows;
        }
    }

    private final Database database;

    UsageStore(Database database) {
        this.database = database;
    }

    /** Adds each count to its row, creating rows as needed, in one transaction. */
    void add(Map<UsageKey, UsageCounts> batch) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement("UPDATE usage_daily SET runs = runs + ?, input_tokens = input_tokens + ?,"
                    + " output_tokens = output_tokens + ?, cost_usd = cost_usd + ? WHERE usage_day = ? AND key_id = ? AND pipeline_id = ?"
                    + " AND component_type = ? AND component_version = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO usage_daily (runs, input_tokens, output_tokens, cost_usd,"
                         + " usage_day, key_id, pipeline_id, component_type, component_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<UsageKey, UsageCounts> row : batch.entrySet()) {
                    bind(update, row.getKey(), row.getValue());
                    if (update.executeUpdate() == 0) {
                        bind(insert, row.getKey(), row.getValue());
                        insert.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The runs' totals since {@code from} by key id and pipeline id: {@code [keyId, pipelineId] -> counts}. */
    Map<List<String>, UsageCounts> runTotalsSince(LocalDate from) throws SQLException {
        Map<List<String>, UsageCounts> totals = new LinkedHashMap<>();
        try (Connection c = database.dataSource().getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT key_id, pipeline_id, SUM(runs), SUM(input_tokens), SUM(output_tokens), SUM(cost_usd) FROM usage_daily"
                        + " WHERE usage_day >= ? AND component_type = '' GROUP BY key_id, pipeline_id")) {
            select.setDate(1, Date.valueOf(from));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    totals.put(List.of(rs.getString(1), rs.getString(2)),
                            new UsageCounts(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getDouble(6)));
                }
            }
        }
        return totals;
    }

    /** Rows of usage from {@code from} to {@code to} (both included), grouped, in group order. */
    List<Map<String, Object>> report(LocalDate from, LocalDate to, GroupBy groupBy) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT " + groupBy.columns + ", SUM(runs), SUM(input_tokens), SUM(output_tokens), SUM(cost_usd) FROM usage_daily"
                        + " WHERE usage_day >= ? AND usage_day <= ? AND " + groupBy.rows + " GROUP BY " + groupBy.columns
                        + " ORDER BY " + groupBy.columns)) {
            select.setDate(1, Date.valueOf(from));
            select.setDate(2, Date.valueOf(to));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    int next = 1;
                    for (String column : groupBy.columns.split(", ")) {
                        boolean day = "usage_day".equals(column);
                        row.put(day ? "day" : column, day ? rs.getDate(next++).toLocalDate().toString() : rs.getString(next++));
                    }
                    UsageCounts counts = new UsageCounts(rs.getLong(next), rs.getLong(next + 1), rs.getLong(next + 2), rs.getDouble(next + 3));
                    row.put("runs", counts.runs());
                    row.put("input_tokens", counts.inputTokens());
                    row.put("output_tokens", counts.outputTokens());
                    row.put("total_tokens", counts.totalTokens());
                    row.put("cost_usd", Math.round(counts.costUsd() * 1e9) / 1e9);
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static void bind(PreparedStatement statement, UsageKey key, UsageCounts counts) throws SQLException {
        statement.setLong(1, counts.runs());
        statement.setLong(2, counts.inputTokens());
        statement.setLong(3, counts.outputTokens());
        statement.setDouble(4, counts.costUsd());
        statement.setDate(5, Date.valueOf(key.day()));
        statement.setString(6, key.keyId());
        statement.setString(7, key.pipelineId());
        statement.setString(8, key.componentType());
        statement.setString(9, key.componentVersion());
    }
}
