-- Persons, their names in every script, needs, consents, whereabouts; registration groups.
CREATE TABLE person (
    id                      UUID PRIMARY KEY,
    office_id               UUID        NOT NULL REFERENCES office (id),
    reference               VARCHAR(24) NOT NULL UNIQUE,
    sex                     VARCHAR(8)  NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    dob_earliest            DATE,
    dob_latest              DATE,
    dob_precision           VARCHAR(16),
    dob_qualifier           VARCHAR(8),
    dob_text                VARCHAR(200),
    languages               VARCHAR(200) NOT NULL,
    best_language           VARCHAR(8),
    interviewer_preference  VARCHAR(8)  NOT NULL CHECK (interviewer_preference IN ('NONE', 'FEMALE', 'MALE')),
    interpreter_preference  VARCHAR(8)  NOT NULL CHECK (interpreter_preference IN ('NONE', 'FEMALE', 'MALE')),
    primary_name            VARCHAR(200) NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT      NOT NULL
);
CREATE INDEX IF NOT EXISTS person_office_created ON person (office_id, created_at, id);
CREATE INDEX IF NOT EXISTS person_office_sex ON person (office_id, sex);

CREATE TABLE person_reference_counter (
    office_id   UUID PRIMARY KEY REFERENCES office (id),
    last_value  BIGINT NOT NULL
);

-- office_id repeats the person's office so that a name search stays inside the caller's offices in
-- the index itself (a person never changes office).
CREATE TABLE person_name (
    person_id   UUID         NOT NULL REFERENCES person (id),
    office_id   UUID         NOT NULL REFERENCES office (id),
    position    INTEGER      NOT NULL,
    script      VARCHAR(16)  NOT NULL CHECK (script IN ('HANGUL', 'HANJA', 'LATIN_RR', 'LATIN_MR', 'LATIN_OTHER', 'ALIAS')),
    full_name   VARCHAR(200) NOT NULL,
    is_primary  BOOLEAN      NOT NULL,
    search_key  VARCHAR(200) NOT NULL,
    PRIMARY KEY (person_id, position)
);
CREATE INDEX IF NOT EXISTS person_name_key ON person_name (office_id, search_key, person_id);
CREATE INDEX IF NOT EXISTS person_name_person ON person_name (person_id);

-- kind NATIONALITY: held; CLAIM: a claim to another nationality (Art 1A(2), second paragraph).
CREATE TABLE person_nationality (
    person_id  UUID        NOT NULL REFERENCES person (id),
    country    CHAR(3)     NOT NULL,
    kind       VARCHAR(12) NOT NULL CHECK (kind IN ('NATIONALITY', 'CLAIM')),
    PRIMARY KEY (person_id, country, kind)
);
CREATE INDEX IF NOT EXISTS person_nationality_country ON person_nationality (country, kind, person_id);

CREATE TABLE person_need (
    person_id   UUID        NOT NULL REFERENCES person (id),
    office_id   UUID        NOT NULL REFERENCES office (id),
    need        VARCHAR(40) NOT NULL,
    flagged_on  DATE        NOT NULL,
    flagged_by  VARCHAR(64) NOT NULL,
    PRIMARY KEY (person_id, need)
);
CREATE INDEX IF NOT EXISTS person_need_office ON person_need (office_id, need, person_id);

CREATE TABLE person_consent (
    id           UUID PRIMARY KEY,
    person_id    UUID        NOT NULL REFERENCES person (id),
    purpose      VARCHAR(40) NOT NULL,
    given        BOOLEAN     NOT NULL,
    given_on     DATE        NOT NULL,
    recorded_by  VARCHAR(64) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS person_consent_person ON person_consent (person_id, recorded_at);

CREATE TABLE whereabouts_entry (
    id            UUID PRIMARY KEY,
    person_id     UUID         NOT NULL REFERENCES person (id),
    status        VARCHAR(32)  NOT NULL,
    on_earliest   DATE,
    on_latest     DATE,
    on_precision  VARCHAR(16)  NOT NULL,
    on_qualifier  VARCHAR(8)   NOT NULL,
    on_text       VARCHAR(200) NOT NULL,
    place         VARCHAR(200),
    authority     VARCHAR(200),
    source_note   VARCHAR(2000),
    recorded_by   VARCHAR(64)  NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS whereabouts_person ON whereabouts_entry (person_id, recorded_at);

CREATE TABLE registration_group (
    id          UUID PRIMARY KEY,
    office_id   UUID         NOT NULL REFERENCES office (id),
    label       VARCHAR(200) NOT NULL,
    kind        VARCHAR(24)  NOT NULL CHECK (kind IN ('HOUSEHOLD', 'TRAVELLING_GROUP')),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX IF NOT EXISTS registration_group_office ON registration_group (office_id, created_at, id);

CREATE TABLE group_member (
    group_id   UUID NOT NULL REFERENCES registration_group (id),
    person_id  UUID NOT NULL REFERENCES person (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (group_id, person_id)
);
CREATE INDEX IF NOT EXISTS group_member_person ON group_member (person_id);

CREATE TABLE family_link (
    group_id     UUID        NOT NULL REFERENCES registration_group (id),
    from_person  UUID        NOT NULL REFERENCES person (id),
    to_person    UUID        NOT NULL REFERENCES person (id),
    relation     VARCHAR(24) NOT NULL,
    PRIMARY KEY (group_id, from_person, to_person)
);
