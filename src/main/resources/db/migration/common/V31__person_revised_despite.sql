-- A person's names revised although the registry showed others who may be the same person: why, and
-- which records were shown. One row per such revision; records are never merged.
CREATE TABLE person_revised_despite (
    id               UUID          PRIMARY KEY,
    person_id        UUID          NOT NULL REFERENCES person (id),
    reason           VARCHAR(1000) NOT NULL,
    candidates_shown VARCHAR(2000) NOT NULL,
    recorded_by      VARCHAR(100)  NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX person_revised_despite_person ON person_revised_despite (person_id);
