-- SPDX-FileCopyrightText: 2026 Byline contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Byline library, schema version 4: sync with a feed server (Tiny Tiny RSS). Applied by
-- Database in the same write transaction as any earlier step. Times are INTEGER milliseconds
-- since the epoch, UTC. SyncStore is the only reader and writer of these tables.

-- A server account. The password is not here: it goes to the secret store (or a 0600 file).
-- since_id: the highest remote article id pulled so far (the next pull asks for newer ones).
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'ttrss' CHECK (kind IN ('ttrss')),
    url TEXT NOT NULL,
    user TEXT NOT NULL,
    last_sync INTEGER,                  -- NULL: never
    last_error TEXT NOT NULL DEFAULT '',
    since_id INTEGER NOT NULL DEFAULT 0,
    UNIQUE (url, user)
);

-- The server's id of each synced feed, folder (category) and article. A local row deleted
-- takes its mapping with it; removing an account removes its mappings (the local feeds,
-- folders and articles stay, as local ones).
CREATE TABLE remote_feeds (
    feed_id INTEGER PRIMARY KEY REFERENCES feeds (source_id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    remote_id INTEGER NOT NULL,
    UNIQUE (account_id, remote_id)
);
CREATE TABLE remote_folders (
    folder_id INTEGER PRIMARY KEY REFERENCES folders (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    remote_id INTEGER NOT NULL,
    UNIQUE (account_id, remote_id)
);
CREATE TABLE remote_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    remote_id INTEGER NOT NULL,
    UNIQUE (account_id, remote_id)
);

-- Local changes not yet confirmed by the server, one row per change, sent in id order; a row
-- is deleted only after the server confirmed it. remote_id is the article's (read, unread,
-- star, unstar) or the feed's (unsubscribe) id on the server; feed_url and remote_folder for
-- subscribe.
CREATE TABLE sync_queue (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    article_id INTEGER,                 -- the local article (no foreign key: it may go)
    remote_id INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL
        CHECK (kind IN ('read', 'unread', 'star', 'unstar', 'subscribe', 'unsubscribe')),
    feed_url TEXT NOT NULL DEFAULT '',
    remote_folder INTEGER NOT NULL DEFAULT 0,
    at INTEGER NOT NULL
);
CREATE INDEX sync_queue_by_account ON sync_queue (account_id, id);
CREATE INDEX sync_queue_by_article ON sync_queue (article_id);

-- Every change of read or starred on an article the server knows is queued, whoever makes it
-- (the window, the CLI, a worker): the triggers run inside the change's own transaction, so a
-- change and its queue row land together or not at all. The Syncer, applying the server's
-- state, deletes the rows its own updates queued before it commits (see SyncStore).
CREATE TRIGGER articles_read_sync AFTER UPDATE OF read ON articles
WHEN old.read IS NOT new.read
BEGIN
    INSERT INTO sync_queue (account_id, article_id, remote_id, kind, at)
    SELECT account_id, new.id, remote_id, CASE WHEN new.read THEN 'read' ELSE 'unread' END,
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM remote_articles WHERE article_id = new.id;
END;
CREATE TRIGGER articles_starred_sync AFTER UPDATE OF starred ON articles
WHEN old.starred IS NOT new.starred
BEGIN
    INSERT INTO sync_queue (account_id, article_id, remote_id, kind, at)
    SELECT account_id, new.id, remote_id, CASE WHEN new.starred THEN 'star' ELSE 'unstar' END,
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM remote_articles WHERE article_id = new.id;
END;
-- Unsubscribing a synced feed unsubscribes on the server.
CREATE TRIGGER feeds_unsubscribe_sync BEFORE DELETE ON feeds
BEGIN
    INSERT INTO sync_queue (account_id, remote_id, kind, at)
    SELECT account_id, remote_id, 'unsubscribe',
           CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM remote_feeds WHERE feed_id = old.source_id;
END;
