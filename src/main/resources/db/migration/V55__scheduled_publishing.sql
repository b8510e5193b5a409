-- Editors may schedule an item to be published (a draft) or unpublished (back to draft)
-- at a date and time. Stored in UTC; shown in London time. One row per item and action:
-- scheduling again replaces the time. Whichever instance's check finds a due row first
-- takes it (SELECT … FOR UPDATE SKIP LOCKED), applies it and deletes it in the same
-- transaction, so each happens exactly once however many instances run.
CREATE TABLE scheduled_change (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          varchar(63)  NOT NULL,
    item_id       bigint       NOT NULL,
    action        varchar(16)  NOT NULL CHECK (action IN ('PUBLISH', 'UNPUBLISH')),
    due_at        timestamptz  NOT NULL,
    scheduled_by  varchar(100) NOT NULL,
    scheduled_at  timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (kind, item_id, action)
);

CREATE INDEX scheduled_change_due_idx ON scheduled_change (due_at);
