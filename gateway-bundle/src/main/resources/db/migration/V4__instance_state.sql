-- Facts about this instance that outlive a restart, such as whether the core packages were installed once.
CREATE TABLE instance_state (
    name       VARCHAR(100) NOT NULL PRIMARY KEY,
    state      VARCHAR(4000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
