-- SPDX-License-Identifier: GPL-3.0-or-later
-- Vigie's threat database. Every figure links to the source that publishes it, with the exact quote.
-- user_version is the schema version: bump it with every change, and add a migration for user databases.
PRAGMA user_version = 6;

-- A publication a figure comes from. "cites" is no longer filled (version 4 cites a relay as the figure's
-- "via"); the column stays so that older user databases keep their definition.
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

-- Sums of the numeric figures by unit, topic and the year their period starts in. Whoever writes figures
-- (the database build, the import) adds to it in the same transaction (FigureTotals), so that a chart of a
-- million figures reads a few hundred rows instead of the whole table.
CREATE TABLE figure_total (
    unit TEXT NOT NULL,
    topic TEXT NOT NULL,
    year TEXT NOT NULL,
    figures INTEGER NOT NULL,
    sum REAL NOT NULL,
    PRIMARY KEY (unit, topic, year)
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

-- A dated event for the timeline. Its source and quote are those of its figure.
CREATE TABLE event (
    key TEXT PRIMARY KEY,
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]*'),
    kind TEXT NOT NULL CHECK (kind IN ('hospital', 'un', 'treaty', 'centre', 'policy')),
    title_en TEXT NOT NULL,
    title_fr TEXT NOT NULL,
    figure_key TEXT NOT NULL REFERENCES figure (key)
);

-- A state's status towards a treaty: "ETS 185" (Budapest), "CETS 224" (its Second Protocol), "UNCC" (UN).
CREATE TABLE treaty_status (
    treaty TEXT NOT NULL,
    iso3 TEXT NOT NULL,
    state_en TEXT NOT NULL,
    state_fr TEXT NOT NULL,
    signature TEXT,
    ratification TEXT,
    entry_into_force TEXT,
    status_as_of TEXT,
    confidence TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
    source_id TEXT NOT NULL REFERENCES source (id),
    quote TEXT NOT NULL,
    PRIMARY KEY (treaty, iso3)
);

-- A capacity centre that France backs, with the figure its coordinates come from.
CREATE TABLE centre (
    id TEXT PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    short_en TEXT NOT NULL,
    short_fr TEXT NOT NULL,
    city_en TEXT NOT NULL,
    city_fr TEXT NOT NULL,
    country_iso3 TEXT NOT NULL,
    latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    coordinates_figure TEXT NOT NULL REFERENCES figure (key)
);

-- One line of a centre's record, in display order, from a sourced figure.
CREATE TABLE centre_fact (
    centre_id TEXT NOT NULL REFERENCES centre (id),
    position INTEGER NOT NULL,
    figure_key TEXT NOT NULL REFERENCES figure (key),
    label_en TEXT NOT NULL,
    label_fr TEXT NOT NULL,
    value_en TEXT NOT NULL,
    value_fr TEXT NOT NULL,
    PRIMARY KEY (centre_id, position)
);

-- The states behind a centre (partners) and those it serves (beneficiaries).
CREATE TABLE centre_country (
    centre_id TEXT NOT NULL REFERENCES centre (id),
    iso3 TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('partner', 'beneficiary')),
    figure_key TEXT NOT NULL REFERENCES figure (key),
    PRIMARY KEY (centre_id, iso3, role)
);

-- Since version 4: what a figure's citation and display need beyond its row.
-- value_en, value_fr: the value as each language writes it: a pattern where %1 is the number as that
-- language formats it ("$%1", "%1 $", "about %1"), or, for a value that is not a number, its text.
-- unit_en, unit_fr: what the number counts ("recorded offences"), or NULL.
-- period_en, period_fr: the period in words where it is not a plain date or year ("2024 (report)"), or NULL.
-- via_id: the relay or mirror through which the quoted text was read, cited as "via"; the figure's own
-- source is then the primary publication.
CREATE TABLE figure_detail (
    figure_key TEXT PRIMARY KEY REFERENCES figure (key),
    value_en TEXT NOT NULL,
    value_fr TEXT NOT NULL,
    unit_en TEXT,
    unit_fr TEXT,
    via_id TEXT REFERENCES source (id),
    period_en TEXT,
    period_fr TEXT
);

-- Since version 4: how a source stands. primary: the publisher's own document; press: a newspaper or an
-- agency in its own name; relay: a reprint or a mirror of another's text; weak: a forum, a content farm,
-- a machine translation, an automated site or a personal blog, never used for a headline figure.
-- accessed: the date its text was read, or blank when not recorded.
CREATE TABLE source_detail (
    source_id TEXT PRIMARY KEY REFERENCES source (id),
    quality TEXT NOT NULL CHECK (quality IN ('primary', 'press', 'relay', 'weak')),
    accessed TEXT
);

-- Since version 4: facts about the dataset itself: "version", and "checked", the date its figures were
-- last checked against their sources (ISO).
CREATE TABLE dataset (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Since version 5: the words of every figure, for search, folded by SQLite's own tokenizer (case and
-- accents removed: "hopital" finds "hôpital"). Contentless: the text stays in figure and source, and a row
-- here has its figure's rowid. Whoever writes figures writes their words in the same transaction
-- (FigureWords), since Vigie's databases hold no triggers.
CREATE VIRTUAL TABLE figure_search USING fts5 (
    words,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Since version 6: the names of the user's topics in each language, as an import file gives them
-- (topic_label_en, topic_label_fr). Vigie's own topics are named by the interface; a topic without a row
-- shows its key.
CREATE TABLE topic_label (
    topic TEXT PRIMARY KEY,
    label_en TEXT NOT NULL,
    label_fr TEXT NOT NULL
);

-- Since version 6: the sources of figure_total's sums, with how many of their figures have low confidence,
-- so that a chart of sums cites every source it adds up and marks a caveat as a chart of figures does.
-- Kept by the same writers as figure_total, in the same transaction (FigureTotals).
CREATE TABLE figure_total_source (
    unit TEXT NOT NULL,
    topic TEXT NOT NULL,
    year TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES source (id),
    figures INTEGER NOT NULL,
    low INTEGER NOT NULL,
    PRIMARY KEY (unit, topic, year, source_id)
);
