-- Account security (issue 12): one normalised form of each username, the state of
-- two-step sign-in, recovery codes, the security audit log and what throttling needs.

-- The username as compared: Unicode NFKC, then one case fold (support in
-- account/Usernames). Sign-in, throttling and uniqueness all use this column, so "admİn"
-- can never be a spelling of "admin" in one place and not in another. Existing usernames
-- are ASCII letters, digits and . _ @ - (V4's check), whose fold is lower().
ALTER TABLE account ADD COLUMN username_key varchar(60);
UPDATE account SET username_key = lower(username);
ALTER TABLE account ALTER COLUMN username_key SET NOT NULL;
CREATE UNIQUE INDEX account_username_key_idx ON account (username_key);
DROP INDEX account_username_key;

-- A generated first password must be replaced at the first sign-in.
ALTER TABLE account ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;

-- One authenticator key per account (RFC 6238, Base32). confirmed_at stays NULL until the
-- first code proved the account holder has it; last_time_step is the 30-second step of the
-- last code accepted, so that no code is accepted twice.
CREATE TABLE account_totp (
    account_id      bigint       PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    secret          varchar(64)  NOT NULL CHECK (secret ~ '^[A-Z2-7]+$'),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    confirmed_at    timestamptz,
    last_time_step  bigint
);

-- Ten one-time recovery codes per account, stored as hashes only (bcrypt, with the
-- encoder's {id} prefix). A used code keeps its row with used_at, so it cannot be used
-- again.
CREATE TABLE account_recovery_code (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash   varchar(200) NOT NULL CHECK (code_hash ~ '^\{[a-z0-9_-]+\}.+$'),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    used_at     timestamptz
);
CREATE INDEX account_recovery_code_account_idx ON account_recovery_code (account_id) WHERE used_at IS NULL;

-- Failed sign-in steps are throttled per factor: wrong passwords and wrong codes.
ALTER TABLE login_failure ADD COLUMN factor varchar(16) NOT NULL DEFAULT 'PASSWORD'
    CHECK (factor IN ('PASSWORD', 'CODE'));

-- The security audit log: who (the account concerned, and who acted if someone else),
-- what, when and from where. Never a password, code or token.
CREATE TABLE security_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz  NOT NULL DEFAULT now(),
    event           varchar(40)  NOT NULL CHECK (event ~ '^[A-Z_]+$'),
    username        varchar(100),
    actor           varchar(100),
    client_address  varchar(64),
    detail          varchar(300)
);
CREATE INDEX security_event_occurred_idx ON security_event (occurred_at DESC, id DESC);
CREATE INDEX security_event_username_idx ON security_event (lower(username), occurred_at DESC);
CREATE INDEX security_event_event_idx ON security_event (event, occurred_at DESC);
