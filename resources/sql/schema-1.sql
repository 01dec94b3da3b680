-- SPDX-FileCopyrightText: 2026 Byline contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Byline library, schema version 1. Applied by Database in one transaction; the store sets
-- PRAGMA user_version afterwards. Times are INTEGER milliseconds since the epoch, UTC.

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'site' CHECK (kind IN ('site', 'feed'))
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
    url TEXT NOT NULL DEFAULT '',
    url_key TEXT UNIQUE,                -- normalised canonical url (else url); NULL without one
    canonical_url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    deck TEXT NOT NULL DEFAULT '',
    section TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    published INTEGER,                  -- NULL: unknown
    fetched INTEGER,
    language TEXT NOT NULL DEFAULT '',
    word_count INTEGER NOT NULL DEFAULT 0,
    lead_image_url TEXT NOT NULL DEFAULT '',
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    -- The long columns last: list queries read the columns above without following the
    -- overflow pages of the body.
    summary TEXT NOT NULL DEFAULT '',
    plain_text TEXT NOT NULL DEFAULT '',
    content_html TEXT NOT NULL DEFAULT '',
    -- The "Published" list order: published, else created.
    sort_time INTEGER GENERATED ALWAYS AS (coalesce(published, created)) VIRTUAL
);

-- One index per list order and filter; the rowid (id) is the tie breaker in each.
CREATE INDEX articles_by_sort_time ON articles (sort_time);
CREATE INDEX articles_by_created ON articles (created);
CREATE INDEX articles_by_source_sort_time ON articles (source_id, sort_time);
CREATE INDEX articles_by_source_created ON articles (source_id, created);
CREATE INDEX articles_by_section_sort_time ON articles (section, sort_time);
CREATE INDEX articles_by_section_created ON articles (section, created);
CREATE INDEX articles_unread_sort_time ON articles (sort_time) WHERE read = 0;
CREATE INDEX articles_unread_created ON articles (created) WHERE read = 0;
CREATE INDEX articles_starred_sort_time ON articles (sort_time) WHERE starred = 1;
CREATE INDEX articles_starred_created ON articles (created) WHERE starred = 1;
-- Dedupe of articles without a url: source + title + published.
CREATE INDEX articles_without_url ON articles (title) WHERE url_key IS NULL;

CREATE TABLE reads (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    seconds INTEGER NOT NULL
);
-- Top stories scan the window by time; the per-article index serves the one-per-hour rule
-- and cascading deletes.
CREATE INDEX reads_by_time ON reads (at, article_id);
CREATE INDEX reads_by_article ON reads (article_id, at);

-- Full-text index over the articles table (external content), kept in step by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, deck, author, plain_text,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'                        -- type-ahead: three-letter prefixes have their own index
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, deck, author, plain_text)
    VALUES (new.id, new.title, new.deck, new.author, new.plain_text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, deck, author, plain_text)
    VALUES ('delete', old.id, old.title, old.deck, old.author, old.plain_text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, deck, author, plain_text ON articles
BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, deck, author, plain_text)
    VALUES ('delete', old.id, old.title, old.deck, old.author, old.plain_text);
    INSERT INTO articles_fts (rowid, title, deck, author, plain_text)
    VALUES (new.id, new.title, new.deck, new.author, new.plain_text);
END;
