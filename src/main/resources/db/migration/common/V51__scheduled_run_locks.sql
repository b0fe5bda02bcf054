-- The nightly runs take a lock here before they start (ShedLock), so that on several nodes each
-- runs once: the node that takes it runs, the others skip, and it is held at least ten minutes so
-- that a node whose clock is a little behind does not run it again.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
