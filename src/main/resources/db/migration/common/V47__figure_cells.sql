-- Figures from summaries kept as events change, not from every event read per request. What each
-- event adds to the figures (its shares: the event, each act type, its victims by sex and by age band)
-- is kept beside it; the cells add the shares up by team, place, kind of share, act type, verification
-- status and the months an event's dates start and end in. An event is added to the cell of every
-- place above its own (area_id, the nil id for the whole gazetteer), under the place one level down
-- on the way to it (child_id; its own place where it is the area; the nil id where it has none).
-- Events recorded before this migration are counted again when the application starts, which adds them.
CREATE TABLE figure_share (
    event_id       UUID        NOT NULL REFERENCES monitoring_event (id),
    kind           VARCHAR(8)  NOT NULL CHECK (kind IN ('EVENT', 'ACT', 'SEX', 'AGE')),
    act_type       VARCHAR(40) NOT NULL,
    value_key      VARCHAR(16) NOT NULL,
    verification   VARCHAR(16) NOT NULL,
    events         BIGINT      NOT NULL,
    without_number BIGINT      NOT NULL,
    min_unknown    BIGINT      NOT NULL,
    sum_min        BIGINT      NOT NULL,
    max_unknown    BIGINT      NOT NULL,
    sum_max        BIGINT      NOT NULL,
    PRIMARY KEY (event_id, kind, act_type, value_key)
);

CREATE TABLE figure_cell (
    office_id      UUID        NOT NULL REFERENCES office (id),
    area_id        UUID        NOT NULL,
    child_id       UUID        NOT NULL,
    kind           VARCHAR(8)  NOT NULL CHECK (kind IN ('EVENT', 'ACT', 'SEX', 'AGE')),
    act_type       VARCHAR(40) NOT NULL,
    value_key      VARCHAR(16) NOT NULL,
    verification   VARCHAR(16) NOT NULL,
    month_from     INTEGER     NOT NULL,
    month_to       INTEGER     NOT NULL,
    events         BIGINT      NOT NULL,
    without_number BIGINT      NOT NULL,
    min_unknown    BIGINT      NOT NULL,
    sum_min        BIGINT      NOT NULL,
    max_unknown    BIGINT      NOT NULL,
    sum_max        BIGINT      NOT NULL,
    PRIMARY KEY (office_id, area_id, month_from, month_to, kind, act_type, value_key, verification, child_id)
);

-- The events of a period's first and last month, where the period cuts a month, are read one by one.
CREATE INDEX IF NOT EXISTS monitoring_event_team_latest ON monitoring_event (office_id, date_latest);
UPDATE monitoring_event SET count_stale = TRUE;
