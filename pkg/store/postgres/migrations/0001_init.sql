-- copydesk store schema (PostgreSQL). Column names are shared with the
-- SQLite store; see docs in pkg/store. Text columns hold '' when the
-- document has no value; received, risk, duplicate_of and quote_idx are NULL
-- when absent. The derived tables' primary key (article_id, idx) also serves
-- as their index on article_id. doc is JSON rather than JSONB: it is kept
-- verbatim, and JSONB rejects the \u0000 escape that article text may carry.

CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    source       TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL DEFAULT '',
    published    TEXT NOT NULL DEFAULT '',
    language     TEXT NOT NULL DEFAULT '',
    received     TIMESTAMPTZ,
    risk         DOUBLE PRECISION,
    content_hash TEXT NOT NULL DEFAULT '',
    duplicate_of TEXT,
    stage_key    TEXT NOT NULL DEFAULT '',
    doc          JSON NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX articles_risk_idx ON articles (risk);
CREATE INDEX articles_received_idx ON articles (received);
CREATE INDEX articles_source_idx ON articles (source);

CREATE TABLE blocks (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    start_off  INTEGER NOT NULL,
    end_off    INTEGER NOT NULL,
    label      TEXT NOT NULL,
    score      DOUBLE PRECISION NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE quotes (
    article_id        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx               INTEGER NOT NULL,
    text              TEXT NOT NULL,
    start_off         INTEGER NOT NULL,
    end_off           INTEGER NOT NULL,
    kind              TEXT NOT NULL DEFAULT '',
    speaker_name      TEXT NOT NULL DEFAULT '',
    speaker_canonical TEXT NOT NULL DEFAULT '',
    speaker_type      TEXT NOT NULL DEFAULT '',
    via               TEXT NOT NULL DEFAULT '',
    confidence        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE claims (
    article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    start_off     INTEGER NOT NULL,
    end_off       INTEGER NOT NULL,
    checkworthy   DOUBLE PRECISION NOT NULL,
    quote_idx     INTEGER,
    fingerprint   TEXT NOT NULL DEFAULT '',
    corroboration INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE flags (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    code        TEXT NOT NULL,
    severity    TEXT NOT NULL,
    score       DOUBLE PRECISION NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX flags_code_idx ON flags (code);

-- Prints may be recorded before their article is stored (the flagger writes
-- them while processing), so article_id is not a foreign key.
CREATE TABLE claim_prints (
    key        TEXT NOT NULL,
    value      TEXT NOT NULL DEFAULT '',
    article_id TEXT NOT NULL,
    source     TEXT NOT NULL DEFAULT '',
    speaker    TEXT NOT NULL DEFAULT '',
    text       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claim_prints_key_idx ON claim_prints (key);
CREATE INDEX claim_prints_article_id_idx ON claim_prints (article_id);
