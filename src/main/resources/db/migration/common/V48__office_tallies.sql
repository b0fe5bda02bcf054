-- Office statistics from summaries kept as cases move, not from every case read per request. What
-- each case adds to its office's statistics is kept beside it (case_share: one row per thing it is
-- counted under, each counting 1): its state, its modality, the day of its next deadline, its latest
-- first-instance decision by nationality, ground, sex, age band and drafter with the outcome, a
-- rejection's explanation fingerprint, and the days each stage took (detail). A case's shares are in
-- the office of the rows they come from: a stage in the office its events were recorded at. The
-- tallies add the shares up by office. Cases recorded before this migration are counted when the
-- application starts (tally_stale).
CREATE TABLE case_share (
    case_id    UUID        NOT NULL REFERENCES procedure_case (id),
    office_id  UUID        NOT NULL REFERENCES office (id),
    kind       VARCHAR(16) NOT NULL CHECK (kind IN ('STATE', 'MODALITY', 'DEADLINE', 'NATIONALITY', 'GROUND', 'SEX', 'AGE',
                                                    'OFFICER', 'EXPLANATION', 'STAGE')),
    item       VARCHAR(64) NOT NULL,
    detail     VARCHAR(16) NOT NULL,
    PRIMARY KEY (case_id, office_id, kind, item, detail)
);

CREATE TABLE office_tally (
    office_id  UUID        NOT NULL REFERENCES office (id),
    kind       VARCHAR(16) NOT NULL CHECK (kind IN ('STATE', 'MODALITY', 'DEADLINE', 'NATIONALITY', 'GROUND', 'SEX', 'AGE',
                                                    'OFFICER', 'EXPLANATION', 'STAGE')),
    item       VARCHAR(64) NOT NULL,
    detail     VARCHAR(16) NOT NULL,
    cases      BIGINT      NOT NULL,
    PRIMARY KEY (office_id, kind, item, detail)
);
-- Explanations given in more than one rejection are found without reading those given once.
CREATE INDEX IF NOT EXISTS office_tally_by_cases ON office_tally (office_id, kind, cases);

ALTER TABLE procedure_case ADD COLUMN tally_stale BOOLEAN DEFAULT TRUE NOT NULL;
CREATE INDEX IF NOT EXISTS procedure_case_tally_stale ON procedure_case (tally_stale, id);
