-- A role that opens case, person or monitoring content (or administration) is granted only when a
-- second administrator approves: the request waits here, and so does the decision on it.
CREATE TABLE role_grant (
    id            UUID PRIMARY KEY,
    user_id       UUID        NOT NULL REFERENCES app_user (id),
    office_id     UUID        NOT NULL REFERENCES office (id),
    role          VARCHAR(32) NOT NULL,
    requested_by  UUID        NOT NULL REFERENCES app_user (id),
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome       VARCHAR(16) CHECK (outcome IN ('APPROVED', 'REJECTED', 'WITHDRAWN')),
    decided_by    UUID REFERENCES app_user (id),
    decided_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS role_grant_user ON role_grant (user_id);
CREATE INDEX IF NOT EXISTS role_grant_outcome ON role_grant (outcome, requested_at);
