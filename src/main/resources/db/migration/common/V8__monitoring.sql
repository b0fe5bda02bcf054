-- Protection monitoring (monitoring.md): places, source reports kept unchanged once filed, events
-- and the acts inside them, the information that links a report to an event with its two grades,
-- and the counts each report gives. Dates and counts keep their uncertainty: a missing bound is
-- unknown, never zero and never a made-up day.

-- The gazetteer: an admin hierarchy (Longjing -> Yanbian -> Jilin -> China). path holds the ids from
-- the root, so "a place and everything under it" is one prefix match.
CREATE TABLE place (
    id         UUID PRIMARY KEY,
    parent_id  UUID REFERENCES place (id),
    level      VARCHAR(16)   NOT NULL CHECK (level IN ('COUNTRY', 'PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWN', 'SITE')),
    latitude   DOUBLE PRECISION,
    longitude  DOUBLE PRECISION,
    path       VARCHAR(1000) NOT NULL
);
CREATE INDEX IF NOT EXISTS place_path ON place (path);

CREATE TABLE place_name (
    place_id   UUID         NOT NULL REFERENCES place (id),
    script     VARCHAR(16)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    is_primary BOOLEAN      NOT NULL,
    PRIMARY KEY (place_id, script, name)
);
CREATE INDEX IF NOT EXISTS place_name_name ON place_name (name);

-- What a source said. Never updated: a correction is a new report that supersedes the old one.
CREATE TABLE source_report (
    id               UUID PRIMARY KEY,
    office_id        UUID          NOT NULL REFERENCES office (id),
    reference        VARCHAR(32)   NOT NULL UNIQUE,
    source_type      VARCHAR(24)   NOT NULL,
    received_on      DATE          NOT NULL,
    language         VARCHAR(12)   NOT NULL,
    content          VARCHAR(20000) NOT NULL,
    source_identity  VARCHAR(1000),
    confidentiality  VARCHAR(16)   NOT NULL CHECK (confidentiality IN ('OPEN', 'CONFIDENTIAL')),
    supersedes_id    UUID REFERENCES source_report (id),
    filed_by         VARCHAR(64)   NOT NULL,
    filed_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS source_report_supersedes ON source_report (supersedes_id);
CREATE INDEX IF NOT EXISTS source_report_office ON source_report (office_id, received_on);

CREATE TABLE monitoring_event (
    id                  UUID PRIMARY KEY,
    office_id           UUID         NOT NULL REFERENCES office (id),
    title               VARCHAR(300) NOT NULL,
    date_text           VARCHAR(200) NOT NULL,
    date_earliest       DATE,
    date_latest         DATE,
    place_id            UUID REFERENCES place (id),
    place_precision     VARCHAR(16),
    description         VARCHAR(20000),
    verification        VARCHAR(16)  NOT NULL DEFAULT 'UNVERIFIED',
    verified_by         VARCHAR(64),
    verification_reason VARCHAR(2000),
    verified_at         TIMESTAMP WITH TIME ZONE,
    envelope_claim_id   UUID,
    recorded_by         VARCHAR(64)  NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL
);
CREATE INDEX IF NOT EXISTS monitoring_event_dates ON monitoring_event (date_earliest, date_latest);
CREATE INDEX IF NOT EXISTS monitoring_event_verification ON monitoring_event (verification, recorded_at);

CREATE TABLE event_relation (
    from_event_id UUID        NOT NULL REFERENCES monitoring_event (id),
    to_event_id   UUID        NOT NULL REFERENCES monitoring_event (id),
    kind          VARCHAR(16) NOT NULL CHECK (kind IN ('PRECEDES', 'PART_OF', 'CONSEQUENCE_OF')),
    PRIMARY KEY (from_event_id, to_event_id, kind)
);

-- The controlled, extensible vocabulary of acts.
CREATE TABLE act_type (
    code  VARCHAR(40)  PRIMARY KEY,
    label VARCHAR(200) NOT NULL
);
INSERT INTO act_type (code, label) VALUES
    ('FORCED_RETURN', 'Forced return'),
    ('ARREST', 'Arrest'),
    ('DETENTION', 'Detention'),
    ('INTERROGATION', 'Interrogation'),
    ('DISAPPEARANCE', 'Disappearance'),
    ('DEATH_IN_CUSTODY', 'Death in custody'),
    ('DENIAL_OF_ACCESS_TO_PROCEDURE', 'Denial of access to a procedure'),
    ('ENTRY_TO_DIPLOMATIC_PREMISES', 'Entry to diplomatic premises'),
    ('HANDOVER_DEMAND', 'Demand to hand over');

-- The counts a report gives for an event (or one act in it).
CREATE TABLE count_claim (
    id          UUID PRIMARY KEY,
    report_id   UUID         NOT NULL REFERENCES source_report (id),
    event_id    UUID         NOT NULL REFERENCES monitoring_event (id),
    min_count   BIGINT,
    max_count   BIGINT,
    best        BIGINT,
    qualifier   VARCHAR(16)  NOT NULL,
    unit        VARCHAR(16)  NOT NULL,
    text        VARCHAR(200) NOT NULL
);
CREATE INDEX IF NOT EXISTS count_claim_event ON count_claim (event_id);

CREATE TABLE monitoring_act (
    id                  UUID PRIMARY KEY,
    event_id            UUID        NOT NULL REFERENCES monitoring_event (id),
    act_type            VARCHAR(40) NOT NULL REFERENCES act_type (code),
    victim_person_id    UUID REFERENCES person (id),
    victim_group        VARCHAR(300),
    victim_claim_id     UUID REFERENCES count_claim (id),
    date_text           VARCHAR(200),
    date_earliest       DATE,
    date_latest         DATE,
    place_id            UUID REFERENCES place (id),
    victim_status_after VARCHAR(40),
    CHECK (victim_person_id IS NOT NULL OR victim_group IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS monitoring_act_event ON monitoring_act (event_id, act_type);
CREATE INDEX IF NOT EXISTS monitoring_act_victim ON monitoring_act (victim_person_id);

CREATE TABLE involvement (
    id           UUID PRIMARY KEY,
    act_id       UUID         NOT NULL REFERENCES monitoring_act (id),
    perpetrator  VARCHAR(300) NOT NULL,
    kind         VARCHAR(16)  NOT NULL CHECK (kind IN ('AUTHORITY', 'UNIT', 'PERSON')),
    degree       VARCHAR(24)  NOT NULL CHECK (degree IN ('CARRIED_OUT', 'ORDERED', 'FAILED_TO_PREVENT', 'SUSPECTED'))
);

-- Report -> event (or act): how the source knows, and the two grades (source A-F, information 1-6).
CREATE TABLE information_link (
    id           UUID PRIMARY KEY,
    report_id    UUID        NOT NULL REFERENCES source_report (id),
    event_id     UUID        NOT NULL REFERENCES monitoring_event (id),
    act_id       UUID REFERENCES monitoring_act (id),
    connection   VARCHAR(16) NOT NULL CHECK (connection IN ('VICTIM', 'WITNESS', 'HEARSAY', 'OFFICIAL', 'MEDIA')),
    reliability  CHAR(1)     NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    credibility  INTEGER     NOT NULL CHECK (credibility BETWEEN 1 AND 6)
);
CREATE INDEX IF NOT EXISTS information_link_event ON information_link (event_id);
CREATE INDEX IF NOT EXISTS information_link_report ON information_link (report_id);

-- Which report each person named on an imported list came from, and on which row.
CREATE TABLE person_mention (
    report_id  UUID    NOT NULL REFERENCES source_report (id),
    person_id  UUID    NOT NULL REFERENCES person (id),
    row_number INTEGER NOT NULL,
    PRIMARY KEY (report_id, row_number)
);

-- Every export: who, when, for what purpose, and whether identities went out.
CREATE TABLE monitoring_export (
    id                  UUID PRIMARY KEY,
    exported_by         VARCHAR(64)   NOT NULL,
    exported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    purpose             VARCHAR(1000),
    identities_included BOOLEAN       NOT NULL,
    events              INTEGER       NOT NULL
);
