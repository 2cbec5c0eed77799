-- SPDX-License-Identifier: GPL-3.0-or-later
-- Vigie's threat database. Every figure links to the source that publishes it, with the exact quote.
-- user_version is the schema version: bump it with every change, and add a migration for user databases.
PRAGMA user_version = 1;

-- A publication a figure comes from. "cites" names the original report when the source relays it.
CREATE TABLE source (
    id TEXT PRIMARY KEY,
    publisher TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT,
    published TEXT,
    language TEXT NOT NULL CHECK (language IN ('fr', 'en', 'nl', 'other')),
    cites TEXT,
    short_en TEXT NOT NULL,
    short_fr TEXT NOT NULL
);

-- One sourced figure. value is text (a number, a date or a name); number is set when it is numeric.
CREATE TABLE figure (
    key TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    value TEXT NOT NULL,
    number REAL,
    unit TEXT NOT NULL,
    period TEXT,
    label_en TEXT NOT NULL,
    label_fr TEXT NOT NULL,
    confidence TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    source_id TEXT NOT NULL REFERENCES source (id),
    quote TEXT NOT NULL,
    note_en TEXT,
    note_fr TEXT
);

-- A yearly series. Points after a break are not comparable with those before it.
CREATE TABLE series (
    id TEXT PRIMARY KEY,
    label_en TEXT NOT NULL,
    label_fr TEXT NOT NULL,
    unit TEXT NOT NULL
);

CREATE TABLE series_point (
    series_id TEXT NOT NULL REFERENCES series (id),
    year INTEGER NOT NULL,
    value REAL NOT NULL,
    figure_key TEXT NOT NULL REFERENCES figure (key),
    break_before INTEGER NOT NULL DEFAULT 0 CHECK (break_before IN (0, 1)),
    segment_en TEXT,
    segment_fr TEXT,
    break_reason_en TEXT,
    break_reason_fr TEXT,
    provisional INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1)),
    PRIMARY KEY (series_id, year),
    CHECK (break_before = 0 OR (segment_en IS NOT NULL AND segment_fr IS NOT NULL
                                AND break_reason_en IS NOT NULL AND break_reason_fr IS NOT NULL))
);
