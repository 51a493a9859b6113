-- One row per pipeline run, written when it is queued and again at each change of status.
-- input, result, error, usage and trace are JSON text. No foreign key to pipeline: the record of a
-- run outlives its pipeline.
CREATE TABLE run (
    run_id            VARCHAR(64)   NOT NULL,
    pipeline_id       VARCHAR(200)  NOT NULL,
    pipeline_version  VARCHAR(100),
    status            VARCHAR(20)   NOT NULL,
    input             TEXT,
    result            TEXT,
    error             TEXT,
    usage             TEXT,
    trace             TEXT,
    api_key_id        VARCHAR(100),
    webhook_url       VARCHAR(2048),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    finished_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (run_id)
);

-- Listing is newest first, optionally for one pipeline or one status.
CREATE INDEX run_created ON run (created_at);
CREATE INDEX run_pipeline_created ON run (pipeline_id, created_at);
CREATE INDEX run_status_created ON run (status, created_at);
