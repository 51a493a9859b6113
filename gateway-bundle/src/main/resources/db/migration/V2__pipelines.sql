-- Pipelines: the editable draft, the published versions (immutable), and for each published version
-- the exact component version every stage resolved to when it was published.
-- JSON is stored as TEXT (H2: CHARACTER VARYING up to 1e9 characters, kept inline; PostgreSQL: text).
CREATE TABLE pipeline (
    id          VARCHAR(200)  NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    definition  TEXT          NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE pipeline_version (
    pipeline_id   VARCHAR(200)  NOT NULL,
    version       VARCHAR(100)  NOT NULL,
    definition    TEXT          NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  VARCHAR(100),
    PRIMARY KEY (pipeline_id, version),
    FOREIGN KEY (pipeline_id) REFERENCES pipeline (id)
);

CREATE TABLE pipeline_lock (
    pipeline_id        VARCHAR(200)  NOT NULL,
    pipeline_version   VARCHAR(100)  NOT NULL,
    stage_id           VARCHAR(200)  NOT NULL,
    component_type     VARCHAR(200)  NOT NULL,
    component_version  VARCHAR(100)  NOT NULL,
    package_name       VARCHAR(214)  NOT NULL,
    PRIMARY KEY (pipeline_id, pipeline_version, stage_id),
    FOREIGN KEY (pipeline_id, pipeline_version) REFERENCES pipeline_version (pipeline_id, version)
);

-- "which published pipelines use this component version" (a package they use cannot be removed)
CREATE INDEX pipeline_lock_component ON pipeline_lock (component_type, component_version);
