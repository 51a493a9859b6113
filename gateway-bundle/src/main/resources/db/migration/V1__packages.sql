-- Every package version ever deployed, with where it came from; removal keeps the row (is_active = false).
CREATE TABLE package (
    name                 VARCHAR(214)  NOT NULL,
    version              VARCHAR(100)  NOT NULL,
    bundle_symbolic_name VARCHAR(255)  NOT NULL,
    sha256               CHAR(64)      NOT NULL,
    source               VARCHAR(20)   NOT NULL,
    is_core              BOOLEAN       NOT NULL,
    is_active            BOOLEAN       NOT NULL,
    deployed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    deployed_by          VARCHAR(100),
    removed_at           TIMESTAMP WITH TIME ZONE,
    removed_by           VARCHAR(100),
    PRIMARY KEY (name, version)
);

-- The component versions each package version carries, as declared by its descriptor. Two packages
-- may carry one type and version over time, but only one of them is active at once.
CREATE TABLE component_registry (
    type            VARCHAR(200)  NOT NULL,
    version         VARCHAR(100)  NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    category        VARCHAR(100)  NOT NULL,
    package_name    VARCHAR(214)  NOT NULL,
    package_version VARCHAR(100)  NOT NULL,
    is_core         BOOLEAN       NOT NULL,
    is_active       BOOLEAN       NOT NULL,
    deployed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    deployed_by     VARCHAR(100),
    PRIMARY KEY (type, version, package_name),
    FOREIGN KEY (package_name, package_version) REFERENCES package (name, version)
);
