-- An estimate from lists kept with its inputs (the lists, in their order) and its answer as it was
-- when saved, so that it can be run again and the two compared when the lists or their links change.
-- The answer is the JSON of monitoring.ListOverlaps.Estimates: counts only, no names. The act type,
-- period and place the lists were chosen for, when they were, are kept with it.
CREATE TABLE list_estimate (
    id           UUID          PRIMARY KEY,
    office_id    UUID          NOT NULL REFERENCES office (id),
    title        VARCHAR(200)  NOT NULL,
    act_type     VARCHAR(64),
    period_from  DATE,
    period_to    DATE,
    place_id     UUID          REFERENCES place (id),
    saved_by   VARCHAR(64)   NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    answer     VARCHAR(200000) NOT NULL
);
CREATE INDEX list_estimate_office ON list_estimate (office_id, saved_at);

CREATE TABLE list_estimate_list (
    estimate_id UUID    NOT NULL REFERENCES list_estimate (id),
    position    INTEGER NOT NULL,
    report_id   UUID    NOT NULL REFERENCES source_report (id),
    PRIMARY KEY (estimate_id, position)
);
