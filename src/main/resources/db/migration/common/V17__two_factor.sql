-- A second factor: a TOTP secret (sealed with the master key), the last time step used (a code is
-- never accepted twice), the secret of an enrolment not yet confirmed, and single-use recovery codes
-- of which only a SHA-256 is kept.
ALTER TABLE app_user ADD COLUMN totp_secret TEXT;
ALTER TABLE app_user ADD COLUMN totp_pending_secret TEXT;
ALTER TABLE app_user ADD COLUMN totp_last_step BIGINT;

CREATE TABLE recovery_code (
    user_id    UUID     NOT NULL REFERENCES app_user (id),
    code_hash  CHAR(64) NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (user_id, code_hash)
);
