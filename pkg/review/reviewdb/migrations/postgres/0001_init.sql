-- Review UI tables (PostgreSQL). The articles and flags tables belong to the store.
CREATE TABLE review_users (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('editor', 'admin')),
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE review_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES review_users (id) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_sessions_expires ON review_sessions (expires_at);

CREATE TABLE review_state (
    article_id TEXT PRIMARY KEY,
    status     TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_review', 'done')),
    assignee   TEXT,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE INDEX review_state_status ON review_state (status);
CREATE INDEX review_state_assignee ON review_state (assignee);

CREATE TABLE review_decisions (
    id            TEXT PRIMARY KEY,
    article_id    TEXT NOT NULL,
    flag_idx      INTEGER NOT NULL,
    flag_code     TEXT NOT NULL,
    flag_severity TEXT NOT NULL,
    flag_score    DOUBLE PRECISION NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('confirm', 'dismiss', 'escalate')),
    reason        TEXT NOT NULL DEFAULT '',
    editor        TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_decisions_article ON review_decisions (article_id, flag_idx, created_at);
CREATE INDEX review_decisions_created ON review_decisions (created_at);

CREATE TABLE review_notes (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id TEXT NOT NULL,
    author     TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_notes_article ON review_notes (article_id, id);

CREATE TABLE review_audit_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    article_id  TEXT,
    target      TEXT NOT NULL DEFAULT '',
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX review_audit_article ON review_audit_log (article_id, id);
CREATE INDEX review_audit_at ON review_audit_log (at);
