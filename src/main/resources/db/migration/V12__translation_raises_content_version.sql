-- Translations are content too: a change to one must clear the cached pages of every
-- instance (see V7), also when the English of the item did not change in the same save.
CREATE CONSTRAINT TRIGGER translation_raises_content_version AFTER INSERT OR UPDATE OR DELETE ON translation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_content_version();
CREATE TRIGGER translation_truncate_raises_content_version AFTER TRUNCATE ON translation
    FOR EACH STATEMENT EXECUTE FUNCTION raise_content_version();
