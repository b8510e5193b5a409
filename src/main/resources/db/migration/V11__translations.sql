-- Translations of the content visitors read, one row per item, field and language.
-- One table for every kind (rather than a _zh column beside each English one) because
-- sub-list rows (benefits, outcomes, metric cells, participants' offices, statements) would
-- otherwise need a column in every child table, and a third language would need a
-- migration of every table. An item's field is addressed by name, list rows by name and
-- position ("benefit2") or id ("statement17").
-- source_hash is the SHA-256 (hex) of the English text the translation was made from: when
-- the English changes, the hashes differ and the translation shows as out of date.
CREATE TABLE translation (
    kind         varchar(40)  NOT NULL CHECK (kind IN ('area', 'case-study', 'meeting', 'topic')),
    item_id      bigint       NOT NULL,
    field        varchar(80)  NOT NULL CHECK (field ~ '^[a-zA-Z]+[0-9]*$'),
    locale       varchar(16)  NOT NULL CHECK (locale IN ('zh-CN')),
    text         text         NOT NULL CHECK (length(btrim(text)) > 0),
    source_hash  varchar(64)  NOT NULL,
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, item_id, field, locale)
);

-- Items are deleted by the application (with their history), so no foreign key can point
-- from here to four tables; the application removes an item's translations with it, and
-- these triggers make sure nothing is left behind by any other path.
CREATE FUNCTION translation_forget_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM translation WHERE kind = TG_ARGV[0] AND item_id = OLD.id;
    RETURN OLD;
END $$;
CREATE TRIGGER cooperation_area_translations AFTER DELETE ON cooperation_area
    FOR EACH ROW EXECUTE FUNCTION translation_forget_item('area');
CREATE TRIGGER case_study_translations AFTER DELETE ON case_study
    FOR EACH ROW EXECUTE FUNCTION translation_forget_item('case-study');
CREATE TRIGGER meeting_translations AFTER DELETE ON meeting
    FOR EACH ROW EXECUTE FUNCTION translation_forget_item('meeting');
CREATE TRIGGER topic_translations AFTER DELETE ON topic
    FOR EACH ROW EXECUTE FUNCTION translation_forget_item('topic');

-- Chinese for the four area names, and the summaries, bodies and benefits the English has
-- (two areas have no summary yet) and the eleven topics, each hashed against the English it translates.
INSERT INTO translation (kind, item_id, field, locale, text, source_hash)
SELECT 'area', a.id, t.field, 'zh-CN', t.text,
       encode(sha256(convert_to(CASE t.field WHEN 'name' THEN a.name WHEN 'summary' THEN a.summary
                                             WHEN 'body' THEN a.body ELSE a.benefits_title END, 'UTF8')), 'hex')
FROM cooperation_area a
JOIN (VALUES
    ('trade-and-investment', 'name', '贸易与投资'),
    ('trade-and-investment', 'summary', '伦敦是全球金融中心，吸引了来自北京的大量投资。'),
    ('trade-and-investment', 'body', '伦敦是全球金融中心，吸引了来自北京的大量投资。作为回报，北京为伦敦企业打开了世界上最大的消费市场之一。'),
    ('education-and-research', 'name', '教育与科研'),
    ('education-and-research', 'summary', '中英教育联系日益紧密，众多中国学生在伦敦求学。'),
    ('education-and-research', 'body', '中英教育联系日益紧密，众多中国学生在伦敦求学。许多伦敦高校与中国院校建立了合作伙伴关系，推动了联合科研项目的开展。'),
    ('education-and-research', 'benefitsTitle', '教育合作的成效'),
    ('cultural-exchange', 'name', '文化交流'),
    ('technology-and-innovation', 'name', '科技与创新')
) AS t (slug, field, text) ON t.slug = a.slug
WHERE CASE t.field WHEN 'name' THEN a.name WHEN 'summary' THEN a.summary
                   WHEN 'body' THEN a.body ELSE a.benefits_title END IS NOT NULL;

INSERT INTO translation (kind, item_id, field, locale, text, source_hash)
SELECT 'area', a.id, 'benefit' || b.position, 'zh-CN', t.text, encode(sha256(convert_to(b.text, 'UTF8')), 'hex')
FROM cooperation_area a
JOIN area_benefit b ON b.area_id = a.id
JOIN (VALUES
    ('Access to a diverse academic ecosystem', '融入多元的学术生态'),
    ('Opportunities for joint research funding', '获得联合科研资助的机会'),
    ('Enhanced cultural understanding among students', '增进学生之间的文化理解')
) AS t (english, text) ON t.english = b.text;

INSERT INTO translation (kind, item_id, field, locale, text, source_hash)
SELECT 'topic', tp.id, 'name', 'zh-CN', t.text, encode(sha256(convert_to(tp.name, 'UTF8')), 'hex')
FROM topic tp
JOIN (VALUES
    ('strategic-dialogue', '战略对话'),
    ('bilateral-relations', '双边关系'),
    ('trade', '贸易'),
    ('finance', '金融'),
    ('environmental-sustainability', '环境可持续发展'),
    ('taiwan', '台湾'),
    ('hong-kong', '香港'),
    ('un-security-council', '联合国安理会'),
    ('ukraine', '乌克兰'),
    ('palestinian-israeli-relations', '巴以关系'),
    ('myanmar', '缅甸')
) AS t (slug, text) ON t.slug = tp.slug;
