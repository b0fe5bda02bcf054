-- Offices are the unit of data segregation; users hold roles per office (DESIGN.md, Security model).
CREATE TABLE office (
    id          UUID PRIMARY KEY,
    code        VARCHAR(12)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    type        VARCHAR(32)  NOT NULL CHECK (type IN ('MANDATE_OFFICE', 'NATIONAL_AUTHORITY', 'DIPLOMATIC_MISSION', 'MONITORING_TEAM')),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE app_user (
    id               UUID PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL UNIQUE,
    display_name     VARCHAR(200) NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    enabled          BOOLEAN      NOT NULL,
    failed_attempts  INTEGER      NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE membership (
    user_id    UUID        NOT NULL REFERENCES app_user (id),
    office_id  UUID        NOT NULL REFERENCES office (id),
    role       VARCHAR(32) NOT NULL CHECK (role IN ('RECEPTION', 'REGISTRAR', 'ELIGIBILITY_OFFICER', 'SUPERVISOR', 'APPEAL_OFFICER', 'PROTECTION_OFFICER', 'MONITOR', 'ANALYST', 'AUDITOR', 'ADMIN')),
    PRIMARY KEY (user_id, office_id, role)
);
CREATE INDEX IF NOT EXISTS membership_office ON membership (office_id);

-- Bearer tokens for programs: only a SHA-256 of the token is stored.
CREATE TABLE api_token (
    id          UUID PRIMARY KEY,
    user_id     UUID     NOT NULL REFERENCES app_user (id),
    token_hash  CHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS api_token_user ON api_token (user_id);
