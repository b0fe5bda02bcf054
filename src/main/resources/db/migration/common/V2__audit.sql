-- The append-only, hash-chained trail. Entry ids are gapless; audit_head holds the last id and
-- hash, and its row lock orders concurrent appends (docs/adr/0003-hash-chained-audit.md).
CREATE TABLE audit_entry (
    id            BIGINT PRIMARY KEY,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    office_id     UUID,
    action        VARCHAR(64)  NOT NULL,
    subject_type  VARCHAR(32)  NOT NULL,
    subject_id    VARCHAR(200),
    outcome       VARCHAR(16)  NOT NULL CHECK (outcome IN ('SUCCESS', 'REFUSED')),
    reason_code   VARCHAR(64),
    prev_hash     CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_entry_subject ON audit_entry (subject_type, subject_id, id);

CREATE TABLE audit_head (
    singleton  SMALLINT PRIMARY KEY CHECK (singleton = 1),
    last_id    BIGINT   NOT NULL,
    last_hash  CHAR(64) NOT NULL
);
INSERT INTO audit_head (singleton, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
