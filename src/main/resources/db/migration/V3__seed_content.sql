-- The content the portal starts with, taken word for word from the seed document
-- (shared/seed/london-beijing-cooperation.txt). Its "Practical Tips" section is cut off
-- mid-sentence in the source and is stored exactly as cut off.

INSERT INTO site_text (text_key, title, body) VALUES
('site.headline', 'London and Beijing: Forging a Future Together Through Mutual Cooperation!', NULL),
('home.intro', 'Understanding the London-Beijing Relationship',
 'Over the past few decades, London and Beijing have cultivated a dynamic partnership that has proven fruitful in various sectors. This cooperation encompasses a range of industries, including trade, technology, education, and cultural exchange. With a focus on mutual benefit, both cities are forging ahead toward a sustainable and prosperous future.'),
('areas.intro', 'Areas of Cooperation',
 'The collaborative efforts between London and Beijing can be categorized into several key areas:'),
('trade.intro', 'Key Trade Statistics', NULL),
('case-studies.intro', 'Case Studies of Successful Cooperation', NULL),
('practical-tips', 'Practical Tips for Leveraging London-Beijing Cooperation',
 'If you’re a business or educational institution looking');

INSERT INTO cooperation_area (slug, name, summary, body, benefits_title, nav_order, shows_trade_figures) VALUES
('trade-and-investment', 'Trade and Investment',
 'London serves as a global financial hub, attracting significant investment from Beijing.',
 'London serves as a global financial hub, attracting significant investment from Beijing. In return, Beijing offers London businesses access to one of the largest consumer markets in the world.',
 NULL, 1, true),
('education-and-research', 'Education and Research',
 'The educational ties between the UK and China have strengthened, with numerous Chinese students studying in London.',
 'The educational ties between the UK and China have strengthened, with numerous Chinese students studying in London. Many London universities have established partnerships with Chinese institutions, facilitating collaborative research projects.',
 'Benefits of Educational Cooperation', 2, false),
('cultural-exchange', 'Cultural Exchange', NULL, NULL, NULL, 3, false),
('technology-and-innovation', 'Technology and Innovation', NULL, NULL, NULL, 4, false);

INSERT INTO area_benefit (area_id, position, text)
SELECT a.id, b.position, b.text
FROM cooperation_area a,
     (VALUES (0, 'Access to a diverse academic ecosystem'),
             (1, 'Opportunities for joint research funding'),
             (2, 'Enhanced cultural understanding among students')) AS b (position, text)
WHERE a.slug = 'education-and-research';

INSERT INTO trade_figure (year, exports_gbp_bn, imports_gbp_bn, source_title, notes) VALUES
(2019, 23.7, 49.5, 'London and Beijing: Forging a Future Together Through Mutual Cooperation!',
 'As given in the source’s “Key Trade Statistics” table, whose imports column is headed “Chinese Imports to UK (£ billion)”.'),
(2020, 21.1, 45.3, 'London and Beijing: Forging a Future Together Through Mutual Cooperation!',
 'As given in the source’s “Key Trade Statistics” table, whose imports column is headed “Chinese Imports to UK (£ billion)”.'),
(2021, 27.5, 55.7, 'London and Beijing: Forging a Future Together Through Mutual Cooperation!',
 'As given in the source’s “Key Trade Statistics” table, whose imports column is headed “Chinese Imports to UK (£ billion)”.');

INSERT INTO case_study (slug, title, summary, outcomes_title, metrics_title, featured, sort_order) VALUES
('london-shanghai-cooperation', 'The London-Shanghai Cooperation',
 'One prominent example is the London-Shanghai Cooperation, a framework established to promote trade, cultural exchange, and environmental sustainability.',
 'Outcomes', NULL, true, 1),
('tech-partnerships', 'Tech Partnerships',
 'London and Beijing are leading the charge in innovation with technology partnerships aimed at developing cutting-edge projects in artificial intelligence and fintech.',
 NULL, 'Success Metrics', true, 2);

INSERT INTO case_study_outcome (case_study_id, position, text)
SELECT c.id, o.position, o.text
FROM case_study c,
     (VALUES (0, 'Increased bilateral trade'),
             (1, 'Joint cultural events, including art exhibitions and festivals'),
             (2, 'Cooperative initiatives in urban sustainability projects')) AS o (position, text)
WHERE c.slug = 'london-shanghai-cooperation';

INSERT INTO case_study_metric (case_study_id, position, project_name, sector, outcome)
SELECT c.id, m.position, m.project_name, m.sector, m.outcome
FROM case_study c,
     (VALUES (0, 'AI Collaboration', 'Artificial Intelligence', 'Development of smart city solutions'),
             (1, 'Fintech Hub', 'Finance', 'Global outreach for startups')) AS m (position, project_name, sector, outcome)
WHERE c.slug = 'tech-partnerships';

INSERT INTO case_study_area (case_study_id, area_id)
SELECT c.id, a.id
FROM case_study c JOIN cooperation_area a
  ON (c.slug, a.slug) IN (('london-shanghai-cooperation', 'trade-and-investment'),
                          ('london-shanghai-cooperation', 'cultural-exchange'),
                          ('tech-partnerships', 'technology-and-innovation'));

INSERT INTO topic (slug, name) VALUES
('strategic-dialogue', 'Strategic dialogue'),
('bilateral-relations', 'Bilateral relations'),
('trade', 'Trade'),
('finance', 'Finance'),
('environmental-sustainability', 'Environmental sustainability'),
('taiwan', 'Taiwan'),
('hong-kong', 'Hong Kong'),
('un-security-council', 'UN Security Council'),
('ukraine', 'Ukraine'),
('palestinian-israeli-relations', 'Palestinian-Israeli relations'),
('myanmar', 'Myanmar');

INSERT INTO meeting (slug, title, meeting_date, venue, city, summary, body) VALUES
('2024-10-18-wang-yi-david-lammy', 'Strengthening UK-China Relations: A New Chapter', DATE '2024-10-18',
 'Diaoyutai State Guesthouse', 'Beijing',
 'Foreign Minister Wang Yi of China and British Foreign Secretary David Lammy met on October 18, 2024, at the Diaoyutai State Guesthouse in Beijing to discuss the future of bilateral relations. This encounter marks a significant moment as it is the first visit by a senior British official since Labour Prime Minister Keir Starmer assumed office in July.',
 '## A Commitment to Deepen Cooperation

During their discussions, Wang expressed China’s willingness to work collaboratively with the UK to enhance strategic dialogue and foster practical partnerships. He emphasized that advancing bilateral relations is crucial for achieving sustainable development between the two nations.

Wang praised the newly elected Labour government for its vision of establishing a stable and strategically significant relationship with China, highlighting how this aligns with both historical context and the practical requirements of their respective societies. He pointed out that such growth would benefit not only China and the UK but also serve global interests amidst rising international trends.

## Reviving Dialogue Across Multiple Sectors

The Chinese Foreign Minister underscored a commitment to reestablishing various dialogue channels between the two nations. He called for active collaboration across multiple sectors including trade, finance, and environmental sustainability initiatives—key areas where mutual advantages can be cultivated.

Regarding sensitive issues like Taiwan and Hong Kong, Wang urged both parties to respect each other’s domestic positions in order to foster an atmosphere conducive to meaningful exchanges.

## The UK’s Position on Diplomatic Relations

On his part, Lammy affirmed London’s dedication to initiating constructive dialogue while effectively managing any differences with China through consistent respect for mutual advantages. He reiterated Britain’s long-standing position concerning Taiwan since establishing diplomatic ties back in 1972—indicating that this stance will remain unchanged moving forward.

Lammy articulated that there exists vast common ground between Britain and China; thus there should be no divisive barriers obstructing their partnership. The foreign secretary expressed optimism about embarking on an invigorating phase of collaboration within UK-China relations.

## Shared Responsibilities on Global Issues

Both officials addressed broader global responsibilities that come as they are permanent members of the United Nations Security Council (UNSC). Lammy remarked on their obligation toward upholding world peace and security while advocating for open trade practices across nations—to collectively tackle geopolitical crises through diplomatic engagement rather than conflict escalation.

In addition, discussions covered pressing international matters such as ongoing tensions arising from Ukraine’s situation, challenges related to Palestinian-Israeli relations, as well as developments within Myanmar—demonstrating a shared interest in addressing these complex global challenges collaboratively.');

INSERT INTO meeting_participant (meeting_id, position, name, office, side)
SELECT m.id, p.position, p.name, p.office, p.side
FROM meeting m,
     (VALUES (0, 'Wang Yi', 'Foreign Minister', 'CHINA'),
             (1, 'David Lammy', 'Foreign Secretary', 'UK')) AS p (position, name, office, side)
WHERE m.slug = '2024-10-18-wang-yi-david-lammy';

INSERT INTO meeting_statement (meeting_id, position, participant_id, text)
SELECT m.id, s.position, p.id, s.text
FROM meeting m
CROSS JOIN (VALUES
  (0, 'Wang Yi', 'During their discussions, Wang expressed China’s willingness to work collaboratively with the UK to enhance strategic dialogue and foster practical partnerships.'),
  (1, 'Wang Yi', 'He emphasized that advancing bilateral relations is crucial for achieving sustainable development between the two nations.'),
  (2, 'Wang Yi', 'Wang praised the newly elected Labour government for its vision of establishing a stable and strategically significant relationship with China, highlighting how this aligns with both historical context and the practical requirements of their respective societies. He pointed out that such growth would benefit not only China and the UK but also serve global interests amidst rising international trends.'),
  (3, 'Wang Yi', 'The Chinese Foreign Minister underscored a commitment to reestablishing various dialogue channels between the two nations. He called for active collaboration across multiple sectors including trade, finance, and environmental sustainability initiatives—key areas where mutual advantages can be cultivated.'),
  (4, 'Wang Yi', 'Regarding sensitive issues like Taiwan and Hong Kong, Wang urged both parties to respect each other’s domestic positions in order to foster an atmosphere conducive to meaningful exchanges.'),
  (5, 'David Lammy', 'On his part, Lammy affirmed London’s dedication to initiating constructive dialogue while effectively managing any differences with China through consistent respect for mutual advantages.'),
  (6, 'David Lammy', 'He reiterated Britain’s long-standing position concerning Taiwan since establishing diplomatic ties back in 1972—indicating that this stance will remain unchanged moving forward.'),
  (7, 'David Lammy', 'Lammy articulated that there exists vast common ground between Britain and China; thus there should be no divisive barriers obstructing their partnership. The foreign secretary expressed optimism about embarking on an invigorating phase of collaboration within UK-China relations.'),
  (8, 'David Lammy', 'Lammy remarked on their obligation toward upholding world peace and security while advocating for open trade practices across nations—to collectively tackle geopolitical crises through diplomatic engagement rather than conflict escalation.'),
  (9, NULL, 'Both officials addressed broader global responsibilities that come as they are permanent members of the United Nations Security Council (UNSC).'),
  (10, NULL, 'In addition, discussions covered pressing international matters such as ongoing tensions arising from Ukraine’s situation, challenges related to Palestinian-Israeli relations, as well as developments within Myanmar—demonstrating a shared interest in addressing these complex global challenges collaboratively.')
) AS s (position, speaker, text)
LEFT JOIN meeting_participant p ON p.meeting_id = m.id AND p.name = s.speaker
WHERE m.slug = '2024-10-18-wang-yi-david-lammy';

INSERT INTO meeting_statement_topic (statement_id, topic_id)
SELECT s.id, t.id
FROM meeting m
JOIN meeting_statement s ON s.meeting_id = m.id
JOIN (VALUES
  (0, 'strategic-dialogue'),
  (1, 'bilateral-relations'),
  (2, 'bilateral-relations'),
  (3, 'strategic-dialogue'), (3, 'trade'), (3, 'finance'), (3, 'environmental-sustainability'),
  (4, 'taiwan'), (4, 'hong-kong'),
  (5, 'strategic-dialogue'),
  (6, 'taiwan'),
  (7, 'bilateral-relations'),
  (8, 'un-security-council'), (8, 'trade'),
  (9, 'un-security-council'),
  (10, 'ukraine'), (10, 'palestinian-israeli-relations'), (10, 'myanmar')
) AS st (position, topic_slug) ON st.position = s.position
JOIN topic t ON t.slug = st.topic_slug
WHERE m.slug = '2024-10-18-wang-yi-david-lammy';

INSERT INTO meeting_topic (meeting_id, topic_id)
SELECT DISTINCT s.meeting_id, st.topic_id
FROM meeting_statement s JOIN meeting_statement_topic st ON st.statement_id = s.id;

INSERT INTO meeting_area (meeting_id, area_id)
SELECT m.id, a.id FROM meeting m JOIN cooperation_area a ON a.slug = 'trade-and-investment'
WHERE m.slug = '2024-10-18-wang-yi-david-lammy';
