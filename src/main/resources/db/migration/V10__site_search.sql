-- Site search (/search): PostgreSQL's own full-text search plus trigram matching.
--
-- Each content table gets a generated tsvector column (so it can never go stale: no
-- trigger, no application code keeps it up to date) weighted A for titles and names,
-- B for summaries and other short descriptive fields, C for bodies. Text that belongs to
-- a parent but lives in a child table (benefits, outcomes, metrics, participants,
-- statements, topics) gets its own generated column there; the search query joins those
-- rows to their parent and adds their rank to the parent's. The 'english' configuration
-- stems English words; Chinese text has no spaces for it to split on, so Chinese queries
-- are matched by substring instead (ILIKE, helped by the trigram indexes below).
--
-- pg_trgm is a trusted extension (PostgreSQL 13 and later): the database owner may create
-- it without superuser rights.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE cooperation_area ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', name), 'A')
    || setweight(to_tsvector('english', coalesce(summary, '')), 'B')
    || setweight(to_tsvector('english', coalesce(benefits_title, '')), 'B')
    || setweight(to_tsvector('english', coalesce(body, '')), 'C')) STORED;

ALTER TABLE area_benefit ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', text), 'C')) STORED;

ALTER TABLE case_study ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', summary), 'B')
    || setweight(to_tsvector('english', coalesce(partners, '') || ' ' || coalesce(period, '')), 'B')
    || setweight(to_tsvector('english', coalesce(body, '')), 'C')) STORED;

ALTER TABLE case_study_outcome ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', text), 'C')) STORED;

ALTER TABLE case_study_metric ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', project_name || ' ' || sector || ' ' || outcome), 'C')) STORED;

ALTER TABLE meeting ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', summary || ' ' || venue || ' ' || city), 'B')
    || setweight(to_tsvector('english', coalesce(body, '')), 'C')) STORED;

ALTER TABLE meeting_participant ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', name || ' ' || office), 'B')) STORED;

ALTER TABLE meeting_statement ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', text), 'C')) STORED;

ALTER TABLE topic ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', name), 'B')) STORED;

CREATE INDEX cooperation_area_search_idx ON cooperation_area USING gin (search);
CREATE INDEX area_benefit_search_idx ON area_benefit USING gin (search);
CREATE INDEX case_study_search_idx ON case_study USING gin (search);
CREATE INDEX case_study_outcome_search_idx ON case_study_outcome USING gin (search);
CREATE INDEX case_study_metric_search_idx ON case_study_metric USING gin (search);
CREATE INDEX meeting_search_idx ON meeting USING gin (search);
CREATE INDEX meeting_participant_search_idx ON meeting_participant USING gin (search);
CREATE INDEX meeting_statement_search_idx ON meeting_statement USING gin (search);
CREATE INDEX topic_search_idx ON topic USING gin (search);

-- Fuzzy matching of titles and names (misspelt or partial words: "Lamy", "educaton");
-- they also serve substring matching (ILIKE) of titles and names by Chinese queries.
CREATE INDEX cooperation_area_name_trgm_idx ON cooperation_area USING gin (name gin_trgm_ops);
CREATE INDEX case_study_title_trgm_idx ON case_study USING gin (title gin_trgm_ops);
CREATE INDEX meeting_title_trgm_idx ON meeting USING gin (title gin_trgm_ops);
CREATE INDEX meeting_participant_name_trgm_idx ON meeting_participant USING gin (name gin_trgm_ops);
CREATE INDEX topic_name_trgm_idx ON topic USING gin (name gin_trgm_ops);
