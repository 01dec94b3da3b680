-- SPDX-FileCopyrightText: 2026 Byline contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Byline library, schema version 3: subscriptions. Applied by Database in the same write
-- transaction as any earlier step; the store sets PRAGMA user_version afterwards. Times are
-- INTEGER milliseconds since the epoch, UTC. FeedStore is the only reader and writer.

-- Folders of feeds; they nest (parent_id NULL: top level). Removing a folder removes its
-- sub-folders (FeedStore first moves their feeds to the parent).
CREATE TABLE folders (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    parent_id INTEGER REFERENCES folders (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0
);
-- Sub-folders of a folder (the folder filter walks the tree down).
CREATE INDEX folders_by_parent ON folders (parent_id);

-- A subscription: one per sources row of kind 'feed' (same id, so articles.source_id names the
-- feed). Unsubscribing deletes this row; the sources row stays for the starred articles kept.
CREATE TABLE feeds (
    source_id INTEGER PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    folder_id INTEGER REFERENCES folders (id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT '',     -- the user's name for it; '' : the feed's own title
    site_url TEXT NOT NULL DEFAULT '',
    refresh_minutes INTEGER NOT NULL DEFAULT 0, -- 0: the global setting
    keep_days INTEGER NOT NULL DEFAULT 0,       -- 0: keep all
    keep_count INTEGER NOT NULL DEFAULT 0,      -- 0: keep all
    full_articles INTEGER NOT NULL DEFAULT 0,
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    last_refresh INTEGER,               -- NULL: never
    last_error TEXT NOT NULL DEFAULT '',
    gone INTEGER NOT NULL DEFAULT 0,
    retry_after INTEGER,                -- NULL: no wait
    position INTEGER NOT NULL DEFAULT 0,
    favicon BLOB                        -- long column last
);
-- The feeds of a folder (the folder filter).
CREATE INDEX feeds_by_folder ON feeds (folder_id);

-- The items of each feed by their key (guid, else link, else title + date): how a refresh
-- finds the article an item became. first_seen is the time an item with no date is given,
-- and keeps. content_hash tells a changed item from an unchanged one. An article deleted by
-- the user or by retention leaves its item with article_id NULL, so the next refresh does not
-- bring it back.
CREATE TABLE feed_items (
    feed_id INTEGER NOT NULL REFERENCES feeds (source_id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    first_seen INTEGER NOT NULL,
    content_hash TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (feed_id, item_key)
) WITHOUT ROWID;
-- Deleting articles (retention, unsubscribe, Delete) finds their items.
CREATE INDEX feed_items_by_article ON feed_items (article_id);

-- Unread counts per feed (FeedStore::list, the feed tree): "WHERE source_id = ? AND
-- read = 0" from the index alone (read is a column too, so the rows are never read).
CREATE INDEX articles_unread_by_source ON articles (source_id, read) WHERE read = 0;
