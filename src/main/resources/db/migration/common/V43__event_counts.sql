-- Each event's count, as EventCount reckons it, kept beside the event so that figures over tens of
-- thousands of events are sums in the database: the count of the event as a whole, and of each type of
-- act in it. Rewritten in the transaction that changes a claim, an act or the reviewer's choice.
-- Events recorded before this migration are marked stale and counted when the application starts.
ALTER TABLE monitoring_event ADD COLUMN count_min BIGINT;
ALTER TABLE monitoring_event ADD COLUMN count_max BIGINT;
ALTER TABLE monitoring_event ADD COLUMN count_text VARCHAR(200);
ALTER TABLE monitoring_event ADD COLUMN count_chosen BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE monitoring_event ADD COLUMN count_stale BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE event_act_count (
    event_id   UUID         NOT NULL REFERENCES monitoring_event (id),
    act_type   VARCHAR(40)  NOT NULL REFERENCES act_type (code),
    count_min  BIGINT,
    count_max  BIGINT,
    count_text VARCHAR(200),
    PRIMARY KEY (event_id, act_type)
);
CREATE INDEX IF NOT EXISTS event_act_count_type ON event_act_count (act_type, event_id);
CREATE INDEX IF NOT EXISTS monitoring_event_team_dates ON monitoring_event (office_id, date_earliest, date_latest);
