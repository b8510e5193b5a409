-- Free-standing texts of the site (the home introduction and section introductions),
-- stored so that admins can edit them like any other content.
CREATE TABLE site_text (
    text_key      varchar(80)  PRIMARY KEY CHECK (text_key ~ '^[a-z0-9]+([.-][a-z0-9]+)*$'),
    title         varchar(200),
    body          text,
    published_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0
);
