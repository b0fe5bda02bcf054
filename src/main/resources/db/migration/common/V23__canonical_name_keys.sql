-- Canonical keys of every name of a person (identity.NameKeys): the renderings of one name in any
-- script share a key, so a search or a duplicate check finds 김철수 from "Kim Chul-soo". Kept in the
-- database beside the name, written in the same transaction, so every application node sees them.
CREATE TABLE person_name_canonical (
    person_id     UUID        NOT NULL REFERENCES person (id),
    office_id     UUID        NOT NULL,
    position      INT         NOT NULL,
    canonical_key VARCHAR(80) NOT NULL,
    PRIMARY KEY (person_id, position, canonical_key)
);
CREATE INDEX person_name_canonical_key ON person_name_canonical (office_id, canonical_key, person_id);
