-- What each raise of the content version (V7) changed, so that instances can forget only
-- the cached pages that show it instead of all of them: a save of one meeting should not
-- make every other meeting's page be rendered again.
--
-- The trigger function of V7 now also writes a row here for every changed row of a
-- content table, stamped with the version the transaction raised. It raises the version
-- first (at commit, holding the content_version row lock until the commit ends), so a
-- reader that sees version V committed finds every row of every version up to V: the
-- transactions that raised them committed before V could be written.
--
-- kind is 'meeting' or 'case-study' with the item's id (and slug, old and new, from the
-- item's own row), or anything else (a table's name) for a change that every page may
-- show. Readers treat versions without rows, or with rows they do not know, as "every
-- page": a table whose triggers call this function but that this function does not map
-- still clears everything, as before.

CREATE TABLE content_change (
    version  bigint       NOT NULL,
    kind     varchar(63)  NOT NULL,
    item_id  bigint,
    slug     varchar(200),
    at       timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX content_change_version_idx ON content_change (version);

CREATE OR REPLACE FUNCTION raise_content_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    raised       bigint;
    changed_row  record;
    change_kind  text := TG_TABLE_NAME;
    change_item  bigint;
BEGIN
    raised := nullif(current_setting('portal.content_version_raised_to', true), '')::bigint;
    IF TG_LEVEL = 'STATEMENT' OR raised IS NULL THEN
        UPDATE content_version SET version = version + 1 RETURNING version INTO raised;
        IF TG_LEVEL = 'ROW' THEN
            PERFORM set_config('portal.content_version_raised_to', raised::text, true);
        END IF;
    END IF;

    IF TG_LEVEL = 'ROW' THEN
        IF TG_OP = 'DELETE' THEN
            changed_row := OLD;
        ELSE
            changed_row := NEW;
        END IF;
        IF TG_TABLE_NAME IN ('meeting', 'case_study') THEN
            change_kind := replace(TG_TABLE_NAME, '_', '-');
            PERFORM record_content_change(raised, change_kind, changed_row.id, changed_row.slug);
            IF TG_OP = 'UPDATE' THEN
                -- a renamed item: its page at the old address goes too
                IF OLD.slug IS DISTINCT FROM NEW.slug THEN
                    PERFORM record_content_change(raised, change_kind, OLD.id, OLD.slug);
                END IF;
            END IF;
            RETURN NULL;
        ELSIF TG_TABLE_NAME IN ('meeting_participant', 'meeting_statement', 'meeting_topic', 'meeting_area') THEN
            change_kind := 'meeting';
            change_item := changed_row.meeting_id;
        ELSIF TG_TABLE_NAME = 'meeting_statement_topic' THEN
            SELECT s.meeting_id INTO change_item FROM meeting_statement s WHERE s.id = changed_row.statement_id;
            IF change_item IS NOT NULL THEN
                change_kind := 'meeting';
            END IF;
        ELSIF TG_TABLE_NAME IN ('case_study_area', 'case_study_outcome', 'case_study_metric') THEN
            change_kind := 'case-study';
            change_item := changed_row.case_study_id;
        ELSIF TG_TABLE_NAME = 'translation' THEN
            -- (fields of a record are only read in the branch for their table)
            IF changed_row.kind IN ('meeting', 'case-study') THEN
                change_kind := changed_row.kind;
                change_item := changed_row.item_id;
            END IF;
        END IF;
    END IF;
    PERFORM record_content_change(raised, change_kind, change_item, NULL);
    RETURN NULL;
END
$$;

CREATE FUNCTION record_content_change(raised bigint, change_kind text, change_item bigint, change_slug text)
RETURNS void
LANGUAGE sql AS $$
    INSERT INTO content_change (version, kind, item_id, slug)
    SELECT raised, change_kind, change_item, change_slug
    WHERE NOT EXISTS (SELECT 1 FROM content_change c
                      WHERE c.version = raised AND c.kind = change_kind
                        AND c.item_id IS NOT DISTINCT FROM change_item AND c.slug IS NOT DISTINCT FROM change_slug);
$$;
