-- One number that goes up whenever public content changes, so that every instance of the
-- portal can tell that its cached pages are out of date: each instance reads it about once
-- a second (web/ContentVersion) and forgets its cache when it has moved.
--
-- Triggers raise it, so every write counts: the admin screens, a restore, a migration, a
-- hand-written UPDATE. They are deferred to the end of the transaction, so the number only
-- moves (and other instances only see it move) when the change commits, and the row lock
-- is taken last, after every other lock the transaction needs, which keeps concurrent saves
-- from deadlocking on it. A transaction-local setting makes the first changed row of a
-- transaction raise the number and the others skip it.
--
-- A new table holding public content needs the same two triggers (see the README).

CREATE TABLE content_version (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    version  bigint  NOT NULL
);

INSERT INTO content_version (id, version) VALUES (true, 1);

CREATE FUNCTION raise_content_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_LEVEL = 'STATEMENT' OR current_setting('portal.content_version_raised', true) IS DISTINCT FROM 'yes' THEN
        UPDATE content_version SET version = version + 1;
        IF TG_LEVEL = 'ROW' THEN
            PERFORM set_config('portal.content_version_raised', 'yes', true);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    content_table text;
BEGIN
    FOREACH content_table IN ARRAY ARRAY['site_text', 'cooperation_area', 'area_benefit', 'trade_figure',
            'case_study', 'case_study_area', 'case_study_outcome', 'case_study_metric', 'topic', 'meeting',
            'meeting_participant', 'meeting_statement', 'meeting_statement_topic', 'meeting_topic', 'meeting_area']
    LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_content_version()',
                content_table || '_raises_content_version', content_table);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
                'FOR EACH STATEMENT EXECUTE FUNCTION raise_content_version()',
                content_table || '_truncate_raises_content_version', content_table);
    END LOOP;
END
$$;
