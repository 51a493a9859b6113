package io.flowmason.gateway.internal.limits;

import io.flowmason.gateway.internal.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code pipeline_limits} table, also held in memory (loaded at start, updated on each write) so
 * that admitting a run reads no database.
 */
@Component(service = PipelineLimitsStore.class)
public class PipelineLimitsStore {

    private final Database database;
    private final Map<String, PipelineLimits> cache = new ConcurrentHashMap<>();

    @Activate
    public PipelineLimitsStore(@Reference Database database) throws SQLException {
        this.database = database;
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM pipeline_limits");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                cache.put(rs.getString("pipeline_id"), new PipelineLimits(rs.getObject("rate_limit_per_minute", Integer.class),
                        rs.getObject("rate_limit_per_hour", Integer.class), rs.getObject("monthly_token_budget", Long.class),
                        rs.getObject("monthly_usd_budget", Double.class)));
            }
        }
    }

    /** The pipeline's limits; {@link PipelineLimits#NONE} when it has none. */
    public PipelineLimits get(String pipelineId) {
        return cache.getOrDefault(pipelineId, PipelineLimits.NONE);
    }

    /** Replaces the pipeline's limits. */
    public synchronized void put(String pipelineId, PipelineLimits limits) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM pipeline_limits WHERE pipeline_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO pipeline_limits (pipeline_id, rate_limit_per_minute,"
                         + " rate_limit_per_hour, monthly_token_budget, monthly_usd_budget) VALUES (?, ?, ?, ?, ?)")) {
                delete.setString(1, pipelineId);
                delete.executeUpdate();
                insert.setString(1, pipelineId);
                insert.setObject(2, limits.perMinute(), Types.INTEGER);
                insert.setObject(3, limits.perHour(), Types.INTEGER);
                insert.setObject(4, limits.monthlyTokenBudget(), Types.BIGINT);
                insert.setObject(5, limits.monthlyUsdBudget(), Types.DOUBLE);
                insert.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
        cache.put(pipelineId, limits);
    }
}
