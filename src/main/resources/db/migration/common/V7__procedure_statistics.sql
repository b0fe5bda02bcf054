-- What the procedure statistics count, written by the procedure as it goes so that no statistic
-- reads case snapshots: every event of every case with its day, and each case's latest
-- first-instance decision with what the fairness signals need (who drafted it, the nationality of
-- the applicant, the grounds assessed, the individual explanation).
CREATE TABLE case_event (
    case_id      UUID        NOT NULL REFERENCES procedure_case (id),
    seq          INTEGER     NOT NULL,
    office_id    UUID        NOT NULL REFERENCES office (id),
    what         VARCHAR(40) NOT NULL,
    happened_on  DATE        NOT NULL,
    PRIMARY KEY (case_id, seq)
);
CREATE INDEX IF NOT EXISTS case_event_office ON case_event (office_id, what, case_id);

CREATE TABLE case_decision (
    case_id       UUID        PRIMARY KEY REFERENCES procedure_case (id),
    office_id     UUID        NOT NULL REFERENCES office (id),
    outcome       VARCHAR(16) NOT NULL CHECK (outcome IN ('RECOGNITION', 'REJECTION')),
    decided_on    DATE        NOT NULL,
    drafted_by    VARCHAR(64) NOT NULL,
    nationality   VARCHAR(3),
    explanation   VARCHAR(4000)
);
CREATE INDEX IF NOT EXISTS case_decision_office ON case_decision (office_id, outcome);

CREATE TABLE case_decision_ground (
    case_id  UUID        NOT NULL REFERENCES case_decision (case_id),
    ground   VARCHAR(60) NOT NULL,
    PRIMARY KEY (case_id, ground)
);
