-- Cases of the determination procedure. The aggregate is stored whole as a JSON snapshot; the
-- columns beside it are what work queues filter and sort on, written from the same aggregate.
CREATE TABLE procedure_case (
    id            UUID PRIMARY KEY,
    office_id     UUID        NOT NULL REFERENCES office (id),
    file_number   VARCHAR(24) NOT NULL UNIQUE,
    principal_id  UUID        NOT NULL REFERENCES person (id),
    channel       VARCHAR(24) NOT NULL,
    modality      VARCHAR(16) NOT NULL,
    state         VARCHAR(32) NOT NULL,
    priority      BOOLEAN     NOT NULL,
    intent_on     DATE        NOT NULL,
    next_deadline DATE,
    snapshot      TEXT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT      NOT NULL
);
CREATE INDEX IF NOT EXISTS procedure_case_queue ON procedure_case (office_id, state, priority, intent_on, id);
CREATE INDEX IF NOT EXISTS procedure_case_deadline ON procedure_case (next_deadline, id);

-- Everyone a case protects, principal and dependants: the non-refoulement lock looks persons up here.
CREATE TABLE case_member (
    case_id    UUID NOT NULL REFERENCES procedure_case (id),
    person_id  UUID NOT NULL REFERENCES person (id),
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX IF NOT EXISTS case_member_person ON case_member (person_id, case_id);

CREATE TABLE case_number_counter (
    office_id   UUID    NOT NULL REFERENCES office (id),
    case_year   INTEGER NOT NULL,
    last_value  BIGINT  NOT NULL,
    PRIMARY KEY (office_id, case_year)
);

-- Every request to remove, return, hand over or transfer a person, and the answer given.
CREATE TABLE removal_request (
    id              UUID PRIMARY KEY,
    person_id       UUID         NOT NULL REFERENCES person (id),
    office_id       UUID         NOT NULL REFERENCES office (id),
    requester       VARCHAR(40)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('REMOVAL', 'RETURN', 'HANDOVER', 'TRANSFER')),
    requested_on    DATE         NOT NULL,
    risk_assessment VARCHAR(4000),
    outcome         VARCHAR(16)  NOT NULL CHECK (outcome IN ('REFUSED', 'NOT_OPPOSED')),
    reason_code     VARCHAR(64),
    detail          VARCHAR(1000) NOT NULL,
    recorded_by     VARCHAR(64)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS removal_request_person ON removal_request (person_id, recorded_at);

-- Alerts for an office's supervisors: a refused removal, a late appeal, a child alone without a
-- guardian, an overdue deadline. Acknowledged with a note, never deleted.
CREATE TABLE alert (
    id               UUID PRIMARY KEY,
    office_id        UUID         NOT NULL REFERENCES office (id),
    kind             VARCHAR(40)  NOT NULL,
    subject_type     VARCHAR(16)  NOT NULL,
    subject_id       UUID         NOT NULL,
    detail           VARCHAR(1000) NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_by  VARCHAR(64),
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    note             VARCHAR(1000)
);
CREATE INDEX IF NOT EXISTS alert_open ON alert (office_id, acknowledged_at, raised_at);

-- What the interview guards need to know of an eligibility officer (PS §2.5.1, §4.6.3).
CREATE TABLE officer_profile (
    user_id         UUID PRIMARY KEY REFERENCES app_user (id),
    sex             VARCHAR(8)   NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    languages       VARCHAR(200) NOT NULL,
    trauma_trained  BOOLEAN      NOT NULL
);
