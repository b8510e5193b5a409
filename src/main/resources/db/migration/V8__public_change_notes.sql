-- Editors may mark a change note as public: the public page of the item then shows the
-- newest such note beside "Last updated". Existing notes stay private.
ALTER TABLE revinfo ADD COLUMN public_note boolean NOT NULL DEFAULT false;

-- The admin lists read the latest revision of each item on the page, and public pages the
-- newest public note of one item: both look revisions up by item, which the (rev, id)
-- primary keys cannot serve.
CREATE INDEX site_text_aud_item_idx ON site_text_aud (text_key, rev);
CREATE INDEX cooperation_area_aud_item_idx ON cooperation_area_aud (id, rev);
CREATE INDEX trade_figure_aud_item_idx ON trade_figure_aud (id, rev);
CREATE INDEX case_study_aud_item_idx ON case_study_aud (id, rev);
CREATE INDEX meeting_aud_item_idx ON meeting_aud (id, rev);
