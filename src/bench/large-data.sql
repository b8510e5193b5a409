-- A large, synthetic data set for the benchmark (src/bench/run.sh), loaded on top of the
-- seed (V3) into a throwaway database. It is not a migration and must never be loaded into
-- a real database.
--
-- Its size is the psql variable scale (psql -v scale=N; run.sh passes BENCH_SCALE, default
-- 10): 2,000 × scale case studies and meetings, about 8 statements per meeting (160,000 at
-- scale 10), participants, topics and areas, 100 years of trade figures (1950-2049, the
-- years the schema allows; those after 2024 are marked as projections), Chinese
-- translations of about half of the case studies and meetings (every translatable text of
-- theirs) and of every topic.
--
-- Deterministic (no random()): every run gets the same rows, so results stay comparable.
-- Sizes are like the seed's: summaries of a few hundred characters, Markdown bodies of one
-- to two kilobytes, 3-5 outcomes and 2-4 metrics per case study, 2-6 participants and 4-12
-- statements (each with 1-3 of 31 topics) per meeting.
-- About 5% of case studies and meetings are drafts, so that status filters have work to do.
-- Names of people are fictional; no real official is quoted.
-- Runs on PostgreSQL 15-17 and respects every CHECK and UNIQUE constraint of the migrations.
-- At scale 10 it takes about a minute on a 2-core machine.

\if :{?scale}
\else
\set scale 10
\endif
\set ON_ERROR_STOP on
BEGIN;

-- The content-version triggers (V7, V12) would queue one deferred event per inserted row,
-- over a million of them, and run them all at COMMIT; the version is raised once at the end
-- instead. Foreign keys, CHECK and UNIQUE constraints stay on.
DO $$
DECLARE
    content_table text;
BEGIN
    FOREACH content_table IN ARRAY ARRAY['cooperation_area', 'area_benefit', 'trade_figure', 'case_study',
            'case_study_area', 'case_study_outcome', 'case_study_metric', 'topic', 'meeting', 'meeting_participant',
            'meeting_statement', 'meeting_statement_topic', 'meeting_topic', 'meeting_area', 'translation']
    LOOP
        EXECUTE format('ALTER TABLE %I DISABLE TRIGGER %I', content_table, content_table || '_raises_content_version');
    END LOOP;
END
$$;

-- GIN indexes (full-text and trigram search, V10 and later) are built faster in one go than
-- row by row: their definitions are kept, they are dropped, and rebuilt before COMMIT.
CREATE TEMP TABLE bench_gin_index ON COMMIT DROP AS
SELECT indexname, indexdef FROM pg_indexes
WHERE schemaname = 'public' AND indexdef LIKE '% USING gin %'
  AND tablename IN ('case_study', 'case_study_outcome', 'case_study_metric', 'meeting', 'meeting_participant',
                    'meeting_statement', 'topic', 'translation');
DO $$
DECLARE
    gin_index text;
BEGIN
    FOR gin_index IN SELECT indexname FROM bench_gin_index LOOP
        EXECUTE format('DROP INDEX %I', gin_index);
    END LOOP;
END
$$;

-- A cheap, stable hash: spreads (row, salt) over 0..2^31-2 so that picks look random.
CREATE FUNCTION pg_temp.h(n integer, salt integer) RETURNS integer
LANGUAGE sql IMMUTABLE AS
$$ SELECT ((n::bigint * 2654435761 + salt::bigint * 40503 + 12345) % 2147483647)::integer $$;

-- One element of an array, chosen by (row, salt).
CREATE FUNCTION pg_temp.pick(words text[], n integer, salt integer) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$ SELECT words[1 + pg_temp.h(n, salt) % array_length(words, 1)] $$;

-- A paragraph of k sentences, chosen by (row, salt).
CREATE FUNCTION pg_temp.paragraph(n integer, salt integer, k integer) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$
SELECT string_agg(pg_temp.pick(ARRAY[
    'Both sides agreed to review progress at a working level every six months and to publish a joint summary of the results.',
    'The programme brought together universities, city authorities and private firms from London and Beijing.',
    'Officials stressed that practical cooperation should rest on mutual respect, openness and a shared interest in stable growth.',
    'A joint steering group met four times a year to agree priorities, track spending and report to both governments.',
    'Participants highlighted the role of small and medium-sized enterprises in turning agreements into contracts and jobs.',
    'The work drew on earlier pilot projects in Shanghai, Shenzhen and Manchester, whose lessons were written up and shared.',
    'Delegations exchanged views on regulatory standards, market access and the protection of intellectual property.',
    'Researchers from both countries co-authored papers, shared data sets and trained doctoral students together.',
    'The two sides noted differences on several questions and agreed to keep channels of communication open.',
    'Funding came in equal parts from both partners, with additional support from city and regional governments.',
    'An independent evaluation found that the project met most of its targets on time and within budget.',
    'Cultural institutions lent objects for exhibitions in both capitals, drawing large audiences and press coverage.',
    'The agreement covers green finance, low-carbon transport and the retrofitting of public buildings.',
    'Student and staff exchanges grew steadily, supported by scholarships and simplified visa procedures.',
    'Both sides welcomed the growth in direct flights and tourism, and discussed further steps to ease travel.',
    'Ministers asked officials to prepare a list of concrete deliverables ahead of the next annual dialogue.'
  ], n * 31 + i, salt), ' ' ORDER BY i)
FROM generate_series(1, k) AS i
$$;

CREATE TEMP TABLE bench_uk_name (i integer PRIMARY KEY, name text) ON COMMIT DROP;
INSERT INTO bench_uk_name
SELECT row_number() OVER (), first || ' ' || last
FROM unnest(ARRAY['Alice', 'Benjamin', 'Catherine', 'Daniel', 'Eleanor', 'Frederick', 'Grace', 'Henry']) AS first,
     unnest(ARRAY['Ashford', 'Blackwood', 'Carrington', 'Davenport', 'Ellison', 'Fairbanks']) AS last;

CREATE TEMP TABLE bench_cn_name (i integer PRIMARY KEY, name text) ON COMMIT DROP;
INSERT INTO bench_cn_name
SELECT row_number() OVER (), family || ' ' || given
FROM unnest(ARRAY['Zhao', 'Qian', 'Sun', 'Zhou', 'Wu', 'Zheng', 'Feng', 'Chu']) AS family,
     unnest(ARRAY['Minghua', 'Jianguo', 'Xiaoling', 'Haoran', 'Yufei', 'Lanying']) AS given;

-- Trade figures: 100 years (1950-2049) in all; the seed's 2019-2021 stay as they are.
INSERT INTO trade_figure (year, exports_gbp_bn, imports_gbp_bn, source_publisher, source_title, source_url,
                          source_retrieved_on, notes, published_at, updated_at)
SELECT y,
       round((0.15 * exp(0.110 * (least(y, 2024) - 1975)) * (1 + 0.06 * sin(y)) * (1 + 0.02 * greatest(y - 2024, 0)))::numeric, 2),
       round((0.25 * exp(0.114 * (least(y, 2024) - 1975)) * (1 + 0.05 * cos(y)) * (1 + 0.02 * greatest(y - 2024, 0)))::numeric, 2),
       'Office for National Statistics',
       'UK trade: goods and services by partner country',
       'https://www.ons.gov.uk/economy/nationalaccounts/balanceofpayments',
       DATE '2025-06-30',
       CASE WHEN y < 1999 THEN 'Earlier years are estimates converted from the published series at current prices.'
            WHEN y > 2024 THEN 'Projection: 2 % growth a year from 2024, not an official figure.' END,
       make_timestamptz(least(y + 1, 2025), 3, 1, 9, 0, 0, 'UTC'),
       make_timestamptz(least(y + 1, 2025), 3, 1, 9, 0, 0, 'UTC')
FROM generate_series(1950, 2049) AS y
WHERE NOT EXISTS (SELECT 1 FROM trade_figure f WHERE f.year = y);

-- Topics: the seed's eleven plus twenty more.
INSERT INTO topic (slug, name)
SELECT t.slug, t.name
FROM (VALUES ('climate-change', 'Climate change'), ('education', 'Education'), ('health', 'Health'),
             ('science-and-technology', 'Science and technology'), ('culture', 'Culture'), ('tourism', 'Tourism'),
             ('visas', 'Visas'), ('human-rights', 'Human rights'), ('cyber-security', 'Cyber security'),
             ('energy', 'Energy'), ('financial-services', 'Financial services'), ('agriculture', 'Agriculture'),
             ('aviation', 'Aviation'), ('intellectual-property', 'Intellectual property'),
             ('students', 'Students'), ('public-health', 'Public health'), ('nuclear-non-proliferation', 'Nuclear non-proliferation'),
             ('g20', 'G20'), ('infrastructure', 'Infrastructure'), ('urban-development', 'Urban development')) AS t (slug, name)
WHERE NOT EXISTS (SELECT 1 FROM topic x WHERE x.slug = t.slug OR x.name = t.name);

-- Case studies: 2,000 × scale, after the seed's two in the list order; a few more are featured.
INSERT INTO case_study (slug, title, summary, body, partners, period, outcomes_title, metrics_title, featured,
                        sort_order, status, published_at, updated_at)
SELECT lower(regexp_replace(subject || ' ' || partner || ' ' || n, '[^a-zA-Z0-9]+', '-', 'g')),
       subject || ' with ' || partner || ', no. ' || n,
       'A partnership between ' || partner || ' and counterparts in Beijing on ' || lower(subject)
         || ', running from ' || start_year || ' to ' || (start_year + 3) || '. '
         || pg_temp.paragraph(n, 1, 2),
       '## Background' || E'\n\n' || pg_temp.paragraph(n, 2, 4) || E'\n\n'
         || '## What was done' || E'\n\n' || pg_temp.paragraph(n, 3, 5) || E'\n\n'
         || '## Results' || E'\n\n' || pg_temp.paragraph(n, 4, 4),
       partner || '; Beijing Municipal Commission of Commerce',
       start_year || '–' || (start_year + 3),
       'Outcomes',
       'Success Metrics',
       n % 400 = 0,
       n + 2,
       CASE WHEN n % 20 = 7 THEN 'DRAFT' ELSE 'PUBLISHED' END,
       make_timestamptz(start_year + 1, 1 + n % 12, 1 + n % 28, 10, 0, 0, 'UTC'),
       make_timestamptz(start_year + 1, 1 + n % 12, 1 + n % 28, 10, 0, 0, 'UTC')
FROM (SELECT n,
             pg_temp.pick(ARRAY['Green Finance Pilot', 'Smart Transport Corridor', 'Joint Research Centre',
                                'Museum Exchange', 'Fintech Accelerator', 'Clean Air Programme',
                                'Language Teaching Network', 'Life Sciences Partnership', 'Creative Industries Forum',
                                'Urban Retrofit Scheme', 'Student Mobility Scheme', 'Trade Mission Series'], n, 10) AS subject,
             pg_temp.pick(ARRAY['Imperial College London', 'University College London', 'King''s College London',
                                'London School of Economics', 'Greater London Authority', 'City of London Corporation',
                                'British Museum', 'Transport for London', 'London & Partners', 'Tech Nation'], n, 11) AS partner,
             1990 + n % 33 AS start_year
      FROM generate_series(1, 2000 * :scale) AS n) AS c;

CREATE TEMP TABLE bench_case_study ON COMMIT DROP AS
SELECT id, sort_order - 2 AS n FROM case_study WHERE sort_order > 2 AND slug ~ '-[0-9]+$';
ANALYZE bench_case_study; -- temporary tables get no statistics otherwise, and bad join plans

-- One to three areas each (the four seeded areas).
INSERT INTO case_study_area (case_study_id, area_id)
SELECT DISTINCT c.id, a.id
FROM bench_case_study c
CROSS JOIN generate_series(0, 2) AS k
JOIN cooperation_area a ON a.nav_order = 1 + pg_temp.h(c.n, 20 + k) % 4
WHERE k <= c.n % 3;

INSERT INTO case_study_outcome (case_study_id, position, text)
SELECT c.id, k,
       pg_temp.pick(ARRAY['Increased bilateral trade in the sector', 'Joint cultural events in both capitals',
                          'New direct research collaborations', 'Shared standards for data exchange',
                          'Lower emissions in pilot districts', 'More students studying in each other''s city',
                          'Private investment attracted to follow-on projects', 'Training for local officials',
                          'A permanent office for the partnership', 'Published guidance used by other cities'],
                    c.n * 7 + k, 30)
FROM bench_case_study c
CROSS JOIN generate_series(0, 4) AS k
WHERE k < 3 + c.n % 3;

INSERT INTO case_study_metric (case_study_id, position, project_name, sector, outcome)
SELECT c.id, k,
       pg_temp.pick(ARRAY['AI Collaboration', 'Fintech Hub', 'Clean Bus Trial', 'Heritage Digitisation',
                          'Joint Laboratory', 'Export Readiness Clinic', 'Summer School', 'Green Bond Listing'], c.n * 5 + k, 40),
       pg_temp.pick(ARRAY['Artificial Intelligence', 'Finance', 'Transport', 'Culture', 'Life Sciences',
                          'Education', 'Energy', 'Retail'], c.n * 3 + k, 41),
       pg_temp.pick(ARRAY['Development of smart city solutions', 'Global outreach for startups',
                          '120 jobs created in both cities', '15 joint publications a year',
                          '30% fewer emissions on pilot routes', '2,000 visitors a month',
                          '£40 million of follow-on investment', '400 students exchanged'], c.n * 11 + k, 42)
FROM bench_case_study c
CROSS JOIN generate_series(0, 3) AS k
WHERE k < 2 + c.n % 3;

-- Meetings: 2,000 × scale from 1975 to early 2024 (about 49 years, so one every nine days
-- at scale 1 and several a day at scale 10), so the seed's October 2024 meeting stays the
-- latest. The number in the slug keeps slugs unique when two meetings share a day.
CREATE TEMP TABLE bench_meeting_source ON COMMIT DROP AS
SELECT n,
       DATE '1975-01-10' + (n::bigint * 17900 / (2000 * :scale))::integer + n % 5 AS meeting_date,
       (SELECT name FROM bench_uk_name WHERE i = 1 + pg_temp.h(n, 50) % 48) AS uk_lead,
       (SELECT name FROM bench_cn_name WHERE i = 1 + pg_temp.h(n, 51) % 48) AS cn_lead,
       2 + n % 5 AS participant_count,
       4 + n % 9 AS statement_count
FROM generate_series(1, 2000 * :scale) AS n;
ALTER TABLE bench_meeting_source ADD COLUMN slug text;
UPDATE bench_meeting_source
SET slug = lower(regexp_replace(to_char(meeting_date, 'YYYY-MM-DD') || ' ' || cn_lead || ' ' || uk_lead || ' ' || n,
                                '[^a-zA-Z0-9]+', '-', 'g'));

INSERT INTO meeting (slug, title, meeting_date, venue, city, summary, body, status, published_at, updated_at)
SELECT s.slug,
       pg_temp.pick(ARRAY['Annual Strategic Dialogue', 'Joint Economic and Trade Commission',
                          'Financial Dialogue', 'Science and Innovation Joint Commission',
                          'People-to-People Dialogue', 'Energy Dialogue', 'Talks on Climate Cooperation',
                          'Bilateral Meeting on the Margins of the G20'], s.n, 60)
         || ', ' || to_char(s.meeting_date, 'FMMonth YYYY'),
       s.meeting_date,
       CASE WHEN s.n % 2 = 0 THEN pg_temp.pick(ARRAY['Diaoyutai State Guesthouse', 'Great Hall of the People',
                                                     'Ministry of Foreign Affairs'], s.n, 61)
            ELSE pg_temp.pick(ARRAY['Lancaster House', 'Foreign, Commonwealth and Development Office',
                                    'Mansion House'], s.n, 62) END,
       CASE WHEN s.n % 2 = 0 THEN 'Beijing' ELSE 'London' END,
       s.cn_lead || ' and ' || s.uk_lead || ' met on ' || to_char(s.meeting_date, 'FMDD FMMonth YYYY')
         || ' to review cooperation between the two countries. ' || pg_temp.paragraph(s.n, 63, 3),
       '## Cooperation' || E'\n\n' || pg_temp.paragraph(s.n, 64, 5) || E'\n\n'
         || '## Differences' || E'\n\n' || pg_temp.paragraph(s.n, 65, 3) || E'\n\n'
         || '## Next steps' || E'\n\n' || pg_temp.paragraph(s.n, 66, 3),
       CASE WHEN s.n % 20 = 11 THEN 'DRAFT' ELSE 'PUBLISHED' END,
       (s.meeting_date + 2)::timestamp AT TIME ZONE 'UTC',
       (s.meeting_date + 2)::timestamp AT TIME ZONE 'UTC'
FROM bench_meeting_source s;

CREATE TEMP TABLE bench_meeting ON COMMIT DROP AS
SELECT m.id, s.*
FROM bench_meeting_source s
JOIN meeting m ON m.slug = s.slug;
ALTER TABLE bench_meeting ADD PRIMARY KEY (id);
ANALYZE bench_meeting;

-- Participants: the two leads first, then officials alternating between the sides.
INSERT INTO meeting_participant (meeting_id, position, name, office, side)
SELECT m.id, k,
       CASE k WHEN 0 THEN m.cn_lead WHEN 1 THEN m.uk_lead
              WHEN 2 THEN (SELECT name FROM bench_cn_name WHERE i = 1 + pg_temp.h(m.n, 70 + k) % 48)
              WHEN 3 THEN (SELECT name FROM bench_uk_name WHERE i = 1 + pg_temp.h(m.n, 70 + k) % 48)
              WHEN 4 THEN (SELECT name FROM bench_cn_name WHERE i = 1 + pg_temp.h(m.n, 70 + k) % 48)
              ELSE (SELECT name FROM bench_uk_name WHERE i = 1 + pg_temp.h(m.n, 70 + k) % 48) END,
       CASE k WHEN 0 THEN 'Foreign Minister' WHEN 1 THEN 'Foreign Secretary'
              WHEN 2 THEN 'Vice Minister of Commerce' WHEN 3 THEN 'Minister of State for Trade'
              WHEN 4 THEN 'Ambassador to the United Kingdom' ELSE 'Ambassador to China' END,
       CASE WHEN k % 2 = 0 THEN 'CHINA' ELSE 'UK' END
FROM bench_meeting m
CROSS JOIN generate_series(0, 5) AS k
WHERE k < m.participant_count;

-- Statements: most attributed to a participant, every fourth said by both sides together.
INSERT INTO meeting_statement (meeting_id, position, participant_id, text)
SELECT m.id, k, p.id, pg_temp.paragraph(m.n * 13 + k, 80, 1 + k % 3)
FROM bench_meeting m
CROSS JOIN generate_series(0, 11) AS k
LEFT JOIN meeting_participant p
       ON p.meeting_id = m.id AND k % 4 <> 3 AND p.position = pg_temp.h(m.n, 81 + k) % m.participant_count
WHERE k < m.statement_count;

-- One to three topics per statement, from all 31.
CREATE TEMP TABLE bench_topic ON COMMIT DROP AS
SELECT id, (row_number() OVER (ORDER BY id))::integer AS i FROM topic;

INSERT INTO meeting_statement_topic (statement_id, topic_id)
SELECT DISTINCT s.id, t.id
FROM meeting_statement s
JOIN bench_meeting m ON m.id = s.meeting_id
CROSS JOIN generate_series(0, 2) AS k
JOIN bench_topic t ON t.i = 1 + pg_temp.h(s.id::integer, 90 + k) % (SELECT count(*) FROM bench_topic)::integer
WHERE k <= s.position % 3;

-- As in the seed: a meeting's topics are those of its statements.
INSERT INTO meeting_topic (meeting_id, topic_id)
SELECT DISTINCT s.meeting_id, st.topic_id
FROM meeting_statement s
JOIN bench_meeting m ON m.id = s.meeting_id
JOIN meeting_statement_topic st ON st.statement_id = s.id;

INSERT INTO meeting_area (meeting_id, area_id)
SELECT DISTINCT m.id, a.id
FROM bench_meeting m
CROSS JOIN generate_series(0, 1) AS k
JOIN cooperation_area a ON a.nav_order = 1 + pg_temp.h(m.n, 100 + k) % 4
WHERE k <= m.n % 2;

-- Chinese for about half of everything: every translatable text of every second case study
-- and meeting (so their /zh pages are wholly Chinese, the others fall back to English), and
-- every topic's name. Each is hashed against the English it translates, as the admin does,
-- so none shows as out of date.
CREATE FUNCTION pg_temp.zh(n integer, salt integer, k integer) RETURNS text
LANGUAGE sql IMMUTABLE AS
$$
SELECT string_agg(pg_temp.pick(ARRAY[
    '双方同意每六个月在工作层面审议进展，并发布联合成果摘要。',
    '该项目汇集了伦敦和北京的大学、城市管理部门和私营企业。',
    '官员们强调，务实合作应建立在相互尊重、开放和共同追求稳定增长的基础上。',
    '联合指导小组每年召开四次会议，商定优先事项、跟踪支出并向两国政府报告。',
    '与会者强调了中小企业在将协议转化为合同和就业方面的作用。',
    '双方就监管标准、市场准入和知识产权保护交换了意见。',
    '两国研究人员合作撰写论文、共享数据集并共同培养博士生。',
    '双方注意到在若干问题上存在分歧，并同意保持沟通渠道畅通。',
    '独立评估认为，该项目按时并在预算内实现了大部分目标。',
    '协议涵盖绿色金融、低碳交通和公共建筑节能改造。',
    '在奖学金和简化签证程序的支持下，学生和教职人员交流稳步增长。',
    '部长们要求官员在下一次年度对话前拟定具体成果清单。'
  ], n * 31 + i, salt), '' ORDER BY i)
FROM generate_series(1, k) AS i
$$;

CREATE FUNCTION pg_temp.hash(english text) RETURNS varchar
LANGUAGE sql IMMUTABLE AS
$$ SELECT encode(sha256(convert_to(english, 'UTF8')), 'hex') $$;

INSERT INTO translation (kind, item_id, field, locale, text, source_hash)
SELECT 'case-study', c.id, f.field, 'zh-CN', f.text, pg_temp.hash(f.english)
FROM bench_case_study b
JOIN case_study c ON c.id = b.id
CROSS JOIN LATERAL (VALUES
    ('title', '伦敦—北京合作项目（第' || b.n || '号）', c.title),
    ('summary', '伦敦合作伙伴与北京同行开展的合作。' || pg_temp.zh(b.n, 1, 2), c.summary),
    ('body', '## 背景' || E'\n\n' || pg_temp.zh(b.n, 2, 4) || E'\n\n' || '## 工作内容' || E'\n\n'
        || pg_temp.zh(b.n, 3, 5) || E'\n\n' || '## 成果' || E'\n\n' || pg_temp.zh(b.n, 4, 4), c.body),
    ('partners', '伦敦合作伙伴；北京市商务局', c.partners),
    ('outcomesTitle', '成果', c.outcomes_title),
    ('metricsTitle', '成功指标', c.metrics_title)
) AS f (field, text, english)
WHERE b.n % 2 = 0 AND f.english IS NOT NULL;

INSERT INTO translation (kind, item_id, field, locale, text, source_hash)
SELECT 'case-study', o.case_study_id, 'outcome' || o.row_key, 'zh-CN', pg_temp.zh(b.n + o.position, 5, 1),
       pg_temp.hash(o.text)
FROM bench_case_study b
JOIN case_study_outcome o ON o.case_study_id = b.id
WHERE b.n % 2 = 0;

INSERT INTO translation (kind, item_id, field, locale, text, source_hash)
SELECT 'case-study', m.case_study_id, f.field || m.row_key, 'zh-CN', f.text, pg_temp.hash(f.english)
FROM bench_case_study b
JOIN case_study_metric m ON m.case_study_id = b.id
CROSS JOIN LATERAL (VALUES
    ('metricProject', '合作项目' || (m.position + 1), m.project_name),
    ('metricSector', '行业', m.sector),
    ('metricOutcome', pg_temp.zh(b.n + m.position, 6, 1), m.outcome)
) AS f (field, text, english)
WHERE b.n % 2 = 0;

INSERT INTO translation (kind, item_id, field, locale, text, source_hash)
SELECT 'meeting', m.id, f.field, 'zh-CN', f.text, pg_temp.hash(f.english)
FROM bench_meeting b
JOIN meeting m ON m.id = b.id
CROSS JOIN LATERAL (VALUES
    ('title', '中英双边会谈（' || to_char(m.meeting_date, 'YYYY"年"FMMM"月"FMDD"日"') || '）', m.title),
    ('venue', CASE WHEN b.n % 4 = 0 THEN '钓鱼台国宾馆' ELSE '兰卡斯特宫' END, m.venue),
    ('city', CASE m.city WHEN 'Beijing' THEN '北京' ELSE '伦敦' END, m.city),
    ('summary', '双方会面，审议两国合作。' || pg_temp.zh(b.n, 7, 3), m.summary),
    ('body', '## 合作' || E'\n\n' || pg_temp.zh(b.n, 8, 5) || E'\n\n' || '## 分歧' || E'\n\n'
        || pg_temp.zh(b.n, 9, 3) || E'\n\n' || '## 下一步' || E'\n\n' || pg_temp.zh(b.n, 10, 3), m.body)
) AS f (field, text, english)
WHERE b.n % 2 = 0;

INSERT INTO translation (kind, item_id, field, locale, text, source_hash)
SELECT 'meeting', p.meeting_id, 'participantOffice' || p.id, 'zh-CN',
       CASE p.side WHEN 'CHINA' THEN '中方官员' ELSE '英方官员' END, pg_temp.hash(p.office)
FROM bench_meeting b
JOIN meeting_participant p ON p.meeting_id = b.id
WHERE b.n % 2 = 0;

INSERT INTO translation (kind, item_id, field, locale, text, source_hash)
SELECT 'meeting', s.meeting_id, 'statement' || s.id, 'zh-CN', pg_temp.zh(b.n * 13 + s.position, 11, 1 + s.position % 3),
       pg_temp.hash(s.text)
FROM bench_meeting b
JOIN meeting_statement s ON s.meeting_id = b.id
WHERE b.n % 2 = 0;

INSERT INTO translation (kind, item_id, field, locale, text, source_hash)
SELECT 'topic', t.id, 'name', 'zh-CN', '议题：' || t.name, pg_temp.hash(t.name)
FROM topic t
WHERE NOT EXISTS (SELECT 1 FROM translation x WHERE x.kind = 'topic' AND x.item_id = t.id AND x.field = 'name');

DO $$
DECLARE
    content_table text;
BEGIN
    FOREACH content_table IN ARRAY ARRAY['cooperation_area', 'area_benefit', 'trade_figure', 'case_study',
            'case_study_area', 'case_study_outcome', 'case_study_metric', 'topic', 'meeting', 'meeting_participant',
            'meeting_statement', 'meeting_statement_topic', 'meeting_topic', 'meeting_area', 'translation']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE TRIGGER %I', content_table, content_table || '_raises_content_version');
    END LOOP;
END
$$;
UPDATE content_version SET version = version + 1;

SET LOCAL maintenance_work_mem = '256MB';
DO $$
DECLARE
    definition text;
BEGIN
    FOR definition IN SELECT indexdef FROM bench_gin_index LOOP
        EXECUTE definition;
    END LOOP;
END
$$;

COMMIT;

ANALYZE;
