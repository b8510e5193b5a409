-- Revision history of all content, kept by Hibernate Envers: one revinfo row per saved
-- change (when, who, the editor's note) and one *_aud table per audited table.
-- (V4 holds the accounts.)

CREATE SEQUENCE revinfo_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE revinfo (
    rev          integer      PRIMARY KEY,
    revtstmp     bigint       NOT NULL,
    username     varchar(100),
    change_note  varchar(500)
);
CREATE INDEX revinfo_revtstmp_idx ON revinfo (revtstmp DESC);

CREATE TABLE site_text_aud (
    text_key      varchar(80)  NOT NULL,
    rev           integer      NOT NULL REFERENCES revinfo (rev),
    revtype       smallint,
    title         varchar(200),
    body          text,
    published_at  timestamptz,
    updated_at    timestamptz,
    PRIMARY KEY (rev, text_key)
);

CREATE TABLE cooperation_area_aud (
    id                  bigint       NOT NULL,
    rev                 integer      NOT NULL REFERENCES revinfo (rev),
    revtype             smallint,
    slug                varchar(120),
    name                varchar(200),
    summary             varchar(1000),
    body                text,
    benefits_title      varchar(200),
    nav_order           integer,
    shows_trade_figures boolean,
    status              varchar(16),
    published_at        timestamptz,
    updated_at          timestamptz,
    PRIMARY KEY (rev, id)
);

CREATE TABLE area_benefit_aud (
    area_id   bigint       NOT NULL,
    position  integer      NOT NULL,
    text      varchar(500) NOT NULL,
    rev       integer      NOT NULL REFERENCES revinfo (rev),
    revtype   smallint,
    PRIMARY KEY (position, rev, area_id, text)
);

CREATE TABLE trade_figure_aud (
    id                   bigint        NOT NULL,
    rev                  integer       NOT NULL REFERENCES revinfo (rev),
    revtype              smallint,
    year                 integer,
    exports_gbp_bn       numeric(12,2),
    imports_gbp_bn       numeric(12,2),
    source_publisher     varchar(200),
    source_title         varchar(300),
    source_url           varchar(2000),
    source_retrieved_on  date,
    notes                varchar(2000),
    status               varchar(16),
    published_at         timestamptz,
    updated_at           timestamptz,
    PRIMARY KEY (rev, id)
);

CREATE TABLE case_study_aud (
    id              bigint        NOT NULL,
    rev             integer       NOT NULL REFERENCES revinfo (rev),
    revtype         smallint,
    slug            varchar(120),
    title           varchar(200),
    summary         varchar(1000),
    body            text,
    partners        varchar(500),
    period          varchar(100),
    outcomes_title  varchar(200),
    metrics_title   varchar(200),
    featured        boolean,
    sort_order      integer,
    status          varchar(16),
    published_at    timestamptz,
    updated_at      timestamptz,
    PRIMARY KEY (rev, id)
);

CREATE TABLE case_study_area_aud (
    case_study_id  bigint   NOT NULL,
    area_id        bigint   NOT NULL,
    rev            integer  NOT NULL REFERENCES revinfo (rev),
    revtype        smallint,
    PRIMARY KEY (rev, area_id, case_study_id)
);

CREATE TABLE case_study_outcome_aud (
    case_study_id  bigint       NOT NULL,
    position       integer      NOT NULL,
    text           varchar(500) NOT NULL,
    rev            integer      NOT NULL REFERENCES revinfo (rev),
    revtype        smallint,
    PRIMARY KEY (position, rev, case_study_id, text)
);

CREATE TABLE case_study_metric_aud (
    case_study_id  bigint       NOT NULL,
    position       integer      NOT NULL,
    rev            integer      NOT NULL REFERENCES revinfo (rev),
    revtype        smallint     NOT NULL,
    project_name   varchar(200),
    sector         varchar(200),
    outcome        varchar(500),
    PRIMARY KEY (position, rev, revtype, case_study_id)
);

CREATE TABLE topic_aud (
    id       bigint       NOT NULL,
    rev      integer      NOT NULL REFERENCES revinfo (rev),
    revtype  smallint,
    slug     varchar(120),
    name     varchar(200),
    PRIMARY KEY (rev, id)
);

CREATE TABLE meeting_aud (
    id            bigint        NOT NULL,
    rev           integer       NOT NULL REFERENCES revinfo (rev),
    revtype       smallint,
    slug          varchar(160),
    title         varchar(300),
    meeting_date  date,
    venue         varchar(300),
    city          varchar(120),
    summary       varchar(2000),
    body          text,
    status        varchar(16),
    published_at  timestamptz,
    updated_at    timestamptz,
    PRIMARY KEY (rev, id)
);

CREATE TABLE meeting_participant_aud (
    id          bigint       NOT NULL,
    rev         integer      NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    meeting_id  bigint       NOT NULL,
    position    integer,
    name        varchar(200),
    office      varchar(300),
    side        varchar(8),
    PRIMARY KEY (rev, id)
);

CREATE TABLE meeting_statement_aud (
    id              bigint        NOT NULL,
    rev             integer       NOT NULL REFERENCES revinfo (rev),
    revtype         smallint,
    meeting_id      bigint        NOT NULL,
    position        integer,
    participant_id  bigint,
    text            varchar(2000),
    PRIMARY KEY (rev, id)
);

CREATE TABLE meeting_statement_topic_aud (
    statement_id  bigint   NOT NULL,
    topic_id      bigint   NOT NULL,
    rev           integer  NOT NULL REFERENCES revinfo (rev),
    revtype       smallint,
    PRIMARY KEY (rev, statement_id, topic_id)
);

CREATE TABLE meeting_topic_aud (
    meeting_id  bigint   NOT NULL,
    topic_id    bigint   NOT NULL,
    rev         integer  NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    PRIMARY KEY (rev, meeting_id, topic_id)
);

CREATE TABLE meeting_area_aud (
    meeting_id  bigint   NOT NULL,
    area_id     bigint   NOT NULL,
    rev         integer  NOT NULL REFERENCES revinfo (rev),
    revtype     smallint,
    PRIMARY KEY (rev, area_id, meeting_id)
);

-- History starts with the content that is already there (the seed, or whatever an
-- existing database holds): one first revision that adds every row.
INSERT INTO revinfo (rev, revtstmp, username, change_note)
VALUES (nextval('revinfo_seq'), (extract(epoch FROM now()) * 1000)::bigint, 'system', 'Initial content');

INSERT INTO site_text_aud (text_key, rev, revtype, title, body, published_at, updated_at)
SELECT text_key, currval('revinfo_seq'), 0, title, body, published_at, updated_at FROM site_text;

INSERT INTO cooperation_area_aud (id, rev, revtype, slug, name, summary, body, benefits_title, nav_order,
                                  shows_trade_figures, status, published_at, updated_at)
SELECT id, currval('revinfo_seq'), 0, slug, name, summary, body, benefits_title, nav_order,
       shows_trade_figures, status, published_at, updated_at FROM cooperation_area;

INSERT INTO area_benefit_aud (area_id, position, text, rev, revtype)
SELECT area_id, position, text, currval('revinfo_seq'), 0 FROM area_benefit;

INSERT INTO trade_figure_aud (id, rev, revtype, year, exports_gbp_bn, imports_gbp_bn, source_publisher, source_title,
                              source_url, source_retrieved_on, notes, status, published_at, updated_at)
SELECT id, currval('revinfo_seq'), 0, year, exports_gbp_bn, imports_gbp_bn, source_publisher, source_title,
       source_url, source_retrieved_on, notes, status, published_at, updated_at FROM trade_figure;

INSERT INTO case_study_aud (id, rev, revtype, slug, title, summary, body, partners, period, outcomes_title,
                            metrics_title, featured, sort_order, status, published_at, updated_at)
SELECT id, currval('revinfo_seq'), 0, slug, title, summary, body, partners, period, outcomes_title,
       metrics_title, featured, sort_order, status, published_at, updated_at FROM case_study;

INSERT INTO case_study_area_aud (case_study_id, area_id, rev, revtype)
SELECT case_study_id, area_id, currval('revinfo_seq'), 0 FROM case_study_area;

INSERT INTO case_study_outcome_aud (case_study_id, position, text, rev, revtype)
SELECT case_study_id, position, text, currval('revinfo_seq'), 0 FROM case_study_outcome;

INSERT INTO case_study_metric_aud (case_study_id, position, rev, revtype, project_name, sector, outcome)
SELECT case_study_id, position, currval('revinfo_seq'), 0, project_name, sector, outcome FROM case_study_metric;

INSERT INTO topic_aud (id, rev, revtype, slug, name)
SELECT id, currval('revinfo_seq'), 0, slug, name FROM topic;

INSERT INTO meeting_aud (id, rev, revtype, slug, title, meeting_date, venue, city, summary, body, status,
                         published_at, updated_at)
SELECT id, currval('revinfo_seq'), 0, slug, title, meeting_date, venue, city, summary, body, status,
       published_at, updated_at FROM meeting;

INSERT INTO meeting_participant_aud (id, rev, revtype, meeting_id, position, name, office, side)
SELECT id, currval('revinfo_seq'), 0, meeting_id, position, name, office, side FROM meeting_participant;

INSERT INTO meeting_statement_aud (id, rev, revtype, meeting_id, position, participant_id, text)
SELECT id, currval('revinfo_seq'), 0, meeting_id, position, participant_id, text FROM meeting_statement;

INSERT INTO meeting_statement_topic_aud (statement_id, topic_id, rev, revtype)
SELECT statement_id, topic_id, currval('revinfo_seq'), 0 FROM meeting_statement_topic;

INSERT INTO meeting_topic_aud (meeting_id, topic_id, rev, revtype)
SELECT meeting_id, topic_id, currval('revinfo_seq'), 0 FROM meeting_topic;

INSERT INTO meeting_area_aud (meeting_id, area_id, rev, revtype)
SELECT meeting_id, area_id, currval('revinfo_seq'), 0 FROM meeting_area;
