-- Optional limits of one pipeline; a null column sets no limit. Kept apart from the definition,
-- so changing a limit needs no new published version.
CREATE TABLE pipeline_limits (
    pipeline_id            VARCHAR(200)   NOT NULL,
    rate_limit_per_minute  INTEGER,
    rate_limit_per_hour    INTEGER,
    monthly_token_budget   BIGINT,
    monthly_usd_budget     DOUBLE PRECISION,
    PRIMARY KEY (pipeline_id)
);

-- Usage per UTC day (usage_day: DAY is a reserved word in H2), API key, pipeline and component. The row with component_type '' is the runs
-- themselves (their count and total usage); the other rows are one per component the runs used.
CREATE TABLE usage_daily (
    usage_day          DATE             NOT NULL,
    key_id             VARCHAR(100)     NOT NULL,
    pipeline_id        VARCHAR(200)     NOT NULL,
    component_type     VARCHAR(200)     NOT NULL,
    component_version  VARCHAR(100)     NOT NULL,
    runs               BIGINT           NOT NULL,
    input_tokens       BIGINT           NOT NULL,
    output_tokens      BIGINT           NOT NULL,
    cost_usd           DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (usage_day, key_id, pipeline_id, component_type, component_version)
);
