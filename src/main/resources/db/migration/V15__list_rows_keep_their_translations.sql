-- Translations of list rows follow the row, not its position. Until now a benefit's
-- Chinese was stored as 'benefit2' (the third row), so moving or removing a row left the
-- Chinese of one row on another. Now each row is named by its identity:
--   benefits, outcomes and success-metric rows by a key of their own (row_key), which the
--   application gives a new row when it is added to a form (support/RowKeys: a random
--   number from 1 to 2^53 - 1, unique within the item's list);
--   statements and participants by their id ('statement17', 'participantOffice5').
-- Rows inserted by SQL (seed data, data loads) get keys from list_row_key_seq, and so do
-- the rows already there (as a column default: an UPDATE would leave the content-version
-- triggers' events pending and forbid the next ALTER TABLE).

CREATE SEQUENCE list_row_key_seq;

ALTER TABLE area_benefit
    ADD COLUMN row_key bigint NOT NULL DEFAULT nextval('list_row_key_seq'),
    ADD CONSTRAINT area_benefit_row_key_check CHECK (row_key BETWEEN 1 AND 9007199254740991),
    -- Deferred: saving a reordered list rewrites its rows one by one.
    ADD CONSTRAINT area_benefit_row_key_key UNIQUE (area_id, row_key) DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE case_study_outcome
    ADD COLUMN row_key bigint NOT NULL DEFAULT nextval('list_row_key_seq'),
    ADD CONSTRAINT case_study_outcome_row_key_check CHECK (row_key BETWEEN 1 AND 9007199254740991),
    ADD CONSTRAINT case_study_outcome_row_key_key UNIQUE (case_study_id, row_key) DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE case_study_metric
    ADD COLUMN row_key bigint NOT NULL DEFAULT nextval('list_row_key_seq'),
    ADD CONSTRAINT case_study_metric_row_key_check CHECK (row_key BETWEEN 1 AND 9007199254740991),
    ADD CONSTRAINT case_study_metric_row_key_key UNIQUE (case_study_id, row_key) DEFERRABLE INITIALLY DEFERRED;

-- History: past versions of a row that is still there keep its key, so restoring a
-- revision keeps the row's translation; other past rows get keys of their own. The
-- rows of lists of values (benefits, outcomes) are now values with a key, which Envers
-- keys by position and change type, as it already does for metrics.
ALTER TABLE area_benefit_aud ADD COLUMN row_key bigint;
UPDATE area_benefit_aud h SET row_key = b.row_key
FROM area_benefit b WHERE b.area_id = h.area_id AND b.position = h.position AND b.text = h.text;
UPDATE area_benefit_aud SET row_key = nextval('list_row_key_seq') WHERE row_key IS NULL;
ALTER TABLE area_benefit_aud
    DROP CONSTRAINT area_benefit_aud_pkey,
    ALTER COLUMN revtype SET NOT NULL,
    ALTER COLUMN text DROP NOT NULL,
    ADD PRIMARY KEY (position, rev, revtype, area_id);

ALTER TABLE case_study_outcome_aud ADD COLUMN row_key bigint;
UPDATE case_study_outcome_aud h SET row_key = o.row_key
FROM case_study_outcome o WHERE o.case_study_id = h.case_study_id AND o.position = h.position AND o.text = h.text;
UPDATE case_study_outcome_aud SET row_key = nextval('list_row_key_seq') WHERE row_key IS NULL;
ALTER TABLE case_study_outcome_aud
    DROP CONSTRAINT case_study_outcome_aud_pkey,
    ALTER COLUMN revtype SET NOT NULL,
    ALTER COLUMN text DROP NOT NULL,
    ADD PRIMARY KEY (position, rev, revtype, case_study_id);

ALTER TABLE case_study_metric_aud ADD COLUMN row_key bigint;
UPDATE case_study_metric_aud h SET row_key = m.row_key
FROM case_study_metric m
WHERE m.case_study_id = h.case_study_id AND m.position = h.position AND m.project_name = h.project_name
  AND m.sector = h.sector AND m.outcome = h.outcome;
UPDATE case_study_metric_aud SET row_key = nextval('list_row_key_seq') WHERE row_key IS NULL;

-- The translations of list rows move from the row's position to its identity: first to
-- a temporary name (a new name may equal an old one not yet moved: 'benefit1'), then
-- those of positions no row has are dropped, then the temporary names lose their prefix.
UPDATE translation t SET field = 'moved' || 'benefit' || b.row_key
FROM area_benefit b WHERE t.kind = 'area' AND t.item_id = b.area_id AND t.field = 'benefit' || b.position;
UPDATE translation t SET field = 'moved' || 'outcome' || o.row_key
FROM case_study_outcome o
WHERE t.kind = 'case-study' AND t.item_id = o.case_study_id AND t.field = 'outcome' || o.position;
UPDATE translation t SET field = 'moved' || substring(t.field FROM '^[a-zA-Z]+') || m.row_key
FROM case_study_metric m
WHERE t.kind = 'case-study' AND t.item_id = m.case_study_id
  AND t.field IN ('metricProject' || m.position, 'metricSector' || m.position, 'metricOutcome' || m.position);
UPDATE translation t SET field = 'moved' || 'statement' || s.id
FROM meeting_statement s WHERE t.kind = 'meeting' AND t.item_id = s.meeting_id AND t.field = 'statement' || s.position;
UPDATE translation t SET field = 'moved' || 'participantOffice' || p.id
FROM meeting_participant p
WHERE t.kind = 'meeting' AND t.item_id = p.meeting_id AND t.field = 'participantOffice' || p.position;

DELETE FROM translation
WHERE (kind = 'area' AND field ~ '^benefit[0-9]+$')
   OR (kind = 'case-study' AND field ~ '^(outcome|metricProject|metricSector|metricOutcome)[0-9]+$')
   OR (kind = 'meeting' AND field ~ '^(statement|participantOffice)[0-9]+$');

UPDATE translation SET field = substring(field FROM 6) WHERE field LIKE 'moved%';
