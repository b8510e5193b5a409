-- Editors may correct the wording of a change note shown to visitors (a typo, a wrong
-- date) without a new revision of the item; each correction keeps what the note said
-- before, so the item's history still shows what visitors were told and when.
CREATE TABLE change_note_correction (
    id           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rev          integer      NOT NULL REFERENCES revinfo (rev),
    old_note     varchar(500),
    new_note     varchar(500) NOT NULL,
    corrected_by varchar(100) NOT NULL,
    corrected_at timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX change_note_correction_rev_idx ON change_note_correction (rev, id);
