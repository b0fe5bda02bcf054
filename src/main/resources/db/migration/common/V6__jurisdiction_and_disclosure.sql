-- Jurisdiction profiles: the periods an operator may choose, above floors that live in code.
CREATE TABLE jurisdiction_profile (
    name                   VARCHAR(40) PRIMARY KEY,
    appeal_days            INTEGER NOT NULL,
    grace_days             INTEGER NOT NULL,
    abandonment_days       INTEGER NOT NULL,
    interview_target_days  INTEGER NOT NULL,
    decision_target_days   INTEGER NOT NULL,
    priority_divisor       INTEGER NOT NULL,
    version                BIGINT  NOT NULL
);
INSERT INTO jurisdiction_profile VALUES ('unhcr-mandate', 30, 42, 42, 182, 30, 2, 0);

-- Requests to disclose information about a person, and the answer.
CREATE TABLE disclosure_request (
    id            UUID PRIMARY KEY,
    person_id     UUID          NOT NULL REFERENCES person (id),
    office_id     UUID          NOT NULL REFERENCES office (id),
    requester     VARCHAR(40)   NOT NULL,
    purpose       VARCHAR(1000) NOT NULL,
    legal_basis   VARCHAR(1000),
    status        VARCHAR(16)   NOT NULL CHECK (status IN ('REFUSED', 'PENDING')),
    reason_code   VARCHAR(64),
    recorded_by   VARCHAR(64)   NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS disclosure_request_person ON disclosure_request (person_id, recorded_at);
