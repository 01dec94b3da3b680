-- SPDX-FileCopyrightText: 2026 Byline contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Byline library, schema version 2: the reading position in each article. Applied by Database
-- in the same write transaction as any earlier step; the store sets PRAGMA user_version
-- afterwards. Times are INTEGER milliseconds since the epoch, UTC.

-- Where the reader left each article, as a fraction of its scrollable height (0 top, 1 end).
-- PositionStore reads and upserts one row by its key (the article id); an article read from
-- the top has no row. Deleting an article deletes its position.
CREATE TABLE reading_positions (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    position REAL NOT NULL CHECK (position >= 0 AND position <= 1),
    updated INTEGER NOT NULL
);
