-- Breakdowns by sex and age band (shared.AgeBand). A report's count may say how many of them were
-- women or children: each such part is kept with the claim it breaks down. The claim an event (or
-- one act type in it) is counted with, when that is one claim, is kept beside its count, so figures
-- can add up the parts. A first-instance decision keeps the applicant's sex and age band on the day
-- it was notified, as it keeps their nationality; decisions recorded before have neither.
CREATE TABLE count_claim_part (
    id        UUID PRIMARY KEY,
    claim_id  UUID         NOT NULL REFERENCES count_claim (id),
    sex       VARCHAR(8)   NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    age_band  VARCHAR(16)  CHECK (age_band IN ('UNDER_18', 'FROM_18_TO_59', 'FROM_60')),
    min_count BIGINT,
    max_count BIGINT,
    text      VARCHAR(200) NOT NULL
);
CREATE INDEX IF NOT EXISTS count_claim_part_claim ON count_claim_part (claim_id);
ALTER TABLE monitoring_event ADD COLUMN count_claim_id UUID;
ALTER TABLE event_act_count ADD COLUMN count_claim_id UUID;
ALTER TABLE case_decision ADD COLUMN sex VARCHAR(8);
ALTER TABLE case_decision ADD COLUMN age_band VARCHAR(16);
