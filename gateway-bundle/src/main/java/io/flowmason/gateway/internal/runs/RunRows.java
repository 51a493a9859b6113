package io.flowmason.gateway.internal.runs;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How a {@link RunRecord} maps to the {@code run} table, both ways. */
final class RunRows {

    /**
     * Upsert of a whole record; standard SQL MERGE (H2, PostgreSQL 15+), the parameters in record
     * order. Text is cast to unbounded VARCHAR, never to the column's length: a cast to VARCHAR(n)
     * would cut a value that is too long instead of refusing it.
     */
    static final String MERGE = "MERGE INTO run t USING (VALUES (CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
            + " CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
            + " CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR),"
            + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE)))"
            + " AS s (run_id, pipeline_id, pipeline_version, status, input, result, error, usage, trace, api_key_id,"
            + " webhook_url, created_at, started_at, finished_at)"
            + " ON t.run_id = s.run_id"
            + " WHEN MATCHED THEN UPDATE SET pipeline_id = s.pipeline_id, pipeline_version = s.pipeline_version,"
            + " status = s.status, input = s.input, result = s.result, error = s.error, usage = s.usage, trace = s.trace,"
            + " api_key_id = s.api_key_id, webhook_url = s.webhook_url, created_at = s.created_at,"
            + " started_at = s.started_at, finished_at = s.finished_at"
            + " WHEN NOT MATCHED THEN INSERT (run_id, pipeline_id, pipeline_version, status, input, result, error, usage,"
            + " trace, api_key_id, webhook_url, created_at, started_at, finished_at)"
            + " VALUES (s.run_id, s.pipeline_id, s.pipeline_version, s.status, s.input, s.result, s.error, s.usage,"
            + " s.trace, s.api_key_id, s.webhook_url, s.created_at, s.started_at, s.finished_at)";

    /** A run that has no row yet, with the parameters of {@link #MERGE} in the same order; cheaper than a merge. */
    static final String INSERT = "INSERT INTO run (run_id, pipeline_id, pipeline_version, status, input, result, error, usage,"
            + " trace, api_key_id, webhook_url, created_at, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private RunRows() {
    }

    static void bind(PreparedStatement statement, RunRecord run) throws SQLException {
        statement.setString(1, run.runId());
        statement.setString(2, run.pipelineId());
        statement.setString(3, run.pipelineVersion());
        statement.setString(4, run.status());
        statement.setString(5, run.input());
        statement.setString(6, run.result());
        statement.setString(7, run.error());
        statement.setString(8, run.usage());
        statement.setString(9, run.trace());
        statement.setString(10, run.apiKeyId());
        statement.setString(11, run.webhookUrl());
        statement.setTimestamp(12, timestamp(run.createdAt()));
        statement.setTimestamp(13, timestamp(run.startedAt()));
        statement.setTimestamp(14, timestamp(run.finishedAt()));
    }

    static RunRecord read(ResultSet rs) throws SQLException {
        return new RunRecord(rs.getString("run_id"), rs.getString("pipeline_id"), rs.getString("pipeline_version"),
                rs.getString("status"), rs.getString("input"), rs.getString("result"), rs.getString("error"),
                rs.getString("usage"), rs.getString("trace"), rs.getString("api_key_id"), rs.getString("webhook_url"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    /** To the microsecond, what the column keeps, so that a record reads back equal to what was saved. */
    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
