-- A person registered although the registry showed others who may be the same person: why, and
-- which records were shown (their references). Records are never merged; this keeps the decision.
CREATE TABLE person_registered_despite (
    person_id        UUID          PRIMARY KEY REFERENCES person (id),
    reason           VARCHAR(1000) NOT NULL,
    candidates_shown VARCHAR(2000) NOT NULL,
    recorded_by      VARCHAR(100)  NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
