-- Component versions that runs may not call, kept across restarts: quarantined by the executor
-- (too many stage threads abandoned after their timeouts) or disabled by an admin. An active
-- version has no row.
CREATE TABLE component_states (
    component_type     VARCHAR(200)   NOT NULL,
    component_version  VARCHAR(100)   NOT NULL,
    state              VARCHAR(20)    NOT NULL,
    reason             VARCHAR(2000),
    changed_at         TIMESTAMP      NOT NULL,
    PRIMARY KEY (component_type, component_version)
);
