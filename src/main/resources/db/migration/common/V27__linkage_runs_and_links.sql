-- Linkage of an office's persons (identity.linkage): each run with its parameters, timing and
-- counts; the pairs it proposes; and the links people assert after review. Records are never merged:
-- a link is an assertion with who, when, score and reason, and can be withdrawn.
CREATE TABLE linkage_run (
    id              UUID         PRIMARY KEY,
    office_id       UUID         NOT NULL REFERENCES office (id),
    started_by      VARCHAR(100) NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    records         INTEGER      NOT NULL,
    candidate_pairs INTEGER      NOT NULL,
    proposed        INTEGER      NOT NULL,
    to_review       INTEGER      NOT NULL,
    skipped_blocks  INTEGER      NOT NULL,
    match_share     DOUBLE PRECISION NOT NULL,
    parameters      VARCHAR(2000) NOT NULL
);
CREATE INDEX linkage_run_office ON linkage_run (office_id, started_at);

CREATE TABLE link_candidate (
    id            UUID         PRIMARY KEY,
    run_id        UUID         NOT NULL REFERENCES linkage_run (id),
    office_id     UUID         NOT NULL REFERENCES office (id),
    first_person  UUID         NOT NULL REFERENCES person (id),
    second_person UUID         NOT NULL REFERENCES person (id),
    probability   DOUBLE PRECISION NOT NULL,
    contributions VARCHAR(500) NOT NULL,
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('PROPOSED', 'TO_REVIEW', 'CONFIRMED', 'REJECTED', 'DEFERRED')),
    decided_by    VARCHAR(100),
    decided_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX link_candidate_queue ON link_candidate (office_id, status, probability);

CREATE TABLE person_link (
    id                UUID          PRIMARY KEY,
    office_id         UUID          NOT NULL REFERENCES office (id),
    first_person      UUID          NOT NULL REFERENCES person (id),
    second_person     UUID          NOT NULL REFERENCES person (id),
    same_person       BOOLEAN       NOT NULL,
    score             DOUBLE PRECISION,
    reason            VARCHAR(1000) NOT NULL,
    asserted_by       VARCHAR(100)  NOT NULL,
    asserted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_by      VARCHAR(100),
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    withdrawal_reason VARCHAR(1000)
);
CREATE INDEX person_link_first ON person_link (first_person);
CREATE INDEX person_link_second ON person_link (second_person);
