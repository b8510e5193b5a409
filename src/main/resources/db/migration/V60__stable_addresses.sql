-- Stable addresses: earlier slugs keep leading to their item, deleted pages answer
-- 410 Gone, and published pages can be withdrawn (kept online with a notice, out of
-- every list). See the README, "Stable addresses".

-- 1. Withdrawn items: a third status, with the date and the reason shown on the page.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['cooperation_area', 'case_study', 'meeting'] LOOP
        EXECUTE format('ALTER TABLE %I DROP CONSTRAINT IF EXISTS %I', t, t || '_status_check');
        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (status IN (''DRAFT'', ''PUBLISHED'', ''WITHDRAWN''))',
                       t, t || '_status_known');
        EXECUTE format('ALTER TABLE %I ADD COLUMN withdrawn_at timestamptz, '
                       'ADD COLUMN withdrawn_reason varchar(1000), ADD COLUMN withdrawn_reason_zh varchar(1000)', t);
        -- Every withdrawn page can say when and why.
        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (status <> ''WITHDRAWN'' '
                       'OR (withdrawn_at IS NOT NULL AND length(btrim(withdrawn_reason)) > 0))',
                       t, t || '_withdrawal_explained');
        EXECUTE format('ALTER TABLE %I ADD COLUMN withdrawn_at timestamptz, '
                       'ADD COLUMN withdrawn_reason varchar(1000), ADD COLUMN withdrawn_reason_zh varchar(1000)',
                       t || '_aud');
    END LOOP;
END $$;

-- 2. Earlier addresses. A row per address an item of a kind had before: while gone_at is
-- null it redirects to the item (whatever the item's slug is now, so chains never form),
-- and no other item of the kind may take the slug; once the item is deleted the row
-- answers 410 Gone with the editor's note and link, and the slug is free again.
CREATE TABLE earlier_address (
    kind          varchar(16)   NOT NULL CHECK (kind IN ('areas', 'case-studies', 'meetings')),
    slug          varchar(160)  NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    item_id       bigint        NOT NULL,
    recorded_at   timestamptz   NOT NULL DEFAULT now(),
    gone_at       timestamptz,
    gone_note     varchar(1000),
    gone_note_zh  varchar(1000),
    gone_link     varchar(500)  CHECK (gone_link ~* '^(/|https://)'),
    PRIMARY KEY (kind, slug)
);

CREATE INDEX earlier_address_item_idx ON earlier_address (kind, item_id);

-- Whether an item was ever visible to visitors: now, or in any revision of its history.
CREATE FUNCTION item_was_public(item_table text, item_id bigint, item_status text) RETURNS boolean
    LANGUAGE plpgsql STABLE AS $$
DECLARE
    was boolean;
BEGIN
    IF item_status <> 'DRAFT' THEN
        RETURN true;
    END IF;
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1 AND status <> ''DRAFT'')', item_table || '_aud')
        INTO was USING item_id;
    RETURN was;
END $$;

-- Kept by the database, so that the form, a restore from history and a hand-written
-- UPDATE all count. TG_ARGV[0] is the kind.
CREATE FUNCTION keep_earlier_address() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    k text := TG_ARGV[0];
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF item_was_public(TG_TABLE_NAME, OLD.id, OLD.status) THEN
            UPDATE earlier_address SET gone_at = now() WHERE kind = k AND item_id = OLD.id AND gone_at IS NULL;
            INSERT INTO earlier_address (kind, slug, item_id, gone_at) VALUES (k, OLD.slug, OLD.id, now())
            ON CONFLICT (kind, slug) DO UPDATE
                SET item_id = EXCLUDED.item_id, recorded_at = now(), gone_at = now(),
                    gone_note = NULL, gone_note_zh = NULL, gone_link = NULL;
        ELSE
            -- A draft that was never public had no address anyone could know.
            DELETE FROM earlier_address WHERE kind = k AND item_id = OLD.id AND gone_at IS NULL;
        END IF;
        RETURN OLD;
    END IF;
    IF EXISTS (SELECT 1 FROM earlier_address
               WHERE kind = k AND slug = NEW.slug AND gone_at IS NULL AND item_id <> NEW.id) THEN
        RAISE EXCEPTION 'The address /%/% still leads to another item', k, NEW.slug
            USING ERRCODE = 'unique_violation', CONSTRAINT = 'earlier_address_reserved';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.slug <> OLD.slug THEN
        -- An earlier address of its own again: no redirect to itself, so no loop.
        DELETE FROM earlier_address WHERE kind = k AND slug = NEW.slug AND item_id = NEW.id;
        IF item_was_public(TG_TABLE_NAME, OLD.id, OLD.status) THEN
            INSERT INTO earlier_address (kind, slug, item_id) VALUES (k, OLD.slug, OLD.id)
            ON CONFLICT (kind, slug) DO UPDATE
                SET item_id = EXCLUDED.item_id, recorded_at = now(), gone_at = NULL,
                    gone_note = NULL, gone_note_zh = NULL, gone_link = NULL;
        END IF;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER cooperation_area_earlier_address BEFORE INSERT OR UPDATE OF slug OR DELETE ON cooperation_area
    FOR EACH ROW EXECUTE FUNCTION keep_earlier_address('areas');
CREATE TRIGGER case_study_earlier_address BEFORE INSERT OR UPDATE OF slug OR DELETE ON case_study
    FOR EACH ROW EXECUTE FUNCTION keep_earlier_address('case-studies');
CREATE TRIGGER meeting_earlier_address BEFORE INSERT OR UPDATE OF slug OR DELETE ON meeting
    FOR EACH ROW EXECUTE FUNCTION keep_earlier_address('meetings');
