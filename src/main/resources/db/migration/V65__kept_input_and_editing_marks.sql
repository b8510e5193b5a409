-- Two short-lived records of the editing flow (issue 16, items 6 and 7).
--
-- kept_input: what an editor posted from a content form after their session or its CSRF
-- token had expired, kept server-side until they have signed in again and are shown the
-- form with it (editing/KeptInputs). One row per browser and form address; the browser is
-- known by a random cookie, of which only the SHA-256 is stored, so a copy of the
-- database cannot be used to claim someone's input. Rows live at most an hour: reads
-- ignore older ones, and every keep, hand-back and the scheduled clean-up delete them.
-- Only content forms are kept, never sign-in, password or two-step forms.
CREATE TABLE kept_input (
    browser_hash  char(64)      NOT NULL CHECK (browser_hash ~ '^[0-9a-f]{64}$'),
    path          varchar(300)  NOT NULL,
    -- application/x-www-form-urlencoded, as posted (without the CSRF token)
    parameters    text          NOT NULL CHECK (octet_length(parameters) <= 1048576),
    kept_at       timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (browser_hash, path)
);
CREATE INDEX kept_input_kept_at_idx ON kept_input (kept_at);

-- editing_mark: who has an item's edit form open (editing/EditingMarks). Written when the
-- form is served, deleted when that account saves or discards; marks older than 15
-- minutes mean nothing and are deleted by the clean-up. kind is the admin path of the
-- item's kind (/admin/areas), item_id its id as text, so every kind shares the table.
CREATE TABLE editing_mark (
    kind        varchar(100)  NOT NULL,
    item_id     varchar(200)  NOT NULL,
    account_id  bigint        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    opened_at   timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, item_id, account_id)
);
CREATE INDEX editing_mark_opened_at_idx ON editing_mark (opened_at);
CREATE INDEX editing_mark_account_idx ON editing_mark (account_id);
