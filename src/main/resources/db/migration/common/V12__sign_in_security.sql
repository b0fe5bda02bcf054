-- Sessions end when what they were given for changes: the epoch moves on every password change,
-- reset and disabling, and a session signed in under an older epoch ends on its next request.
ALTER TABLE app_user ADD COLUMN credential_epoch BIGINT NOT NULL DEFAULT 0;
-- Set by an administrator's reset: the next sign-in must choose a new password before anything else.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- Failed sign-ins per source address, so that one address cannot try passwords on many accounts,
-- nor lock many accounts out. Shared by every application node.
CREATE TABLE sign_in_source (
    source           VARCHAR(100) PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS sign_in_source_last_failure ON sign_in_source (last_failure_at);
