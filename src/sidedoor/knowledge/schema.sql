-- The knowledge store: a read-only SQLite file built by `sidedoor data install` from
-- O*NET 29.3, ESCO 1.2.0 and BLS OEWS May 2025. Derived data, rebuildable at any time.
-- Column names are snake_case versions of the publishers' columns. O*NET codes are
-- 'XX-XXXX.YY'; soc_code is the SOC 2018 'XX-XXXX' they map to.

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- One row per source dataset installed.
CREATE TABLE sources (
    name TEXT PRIMARY KEY,          -- 'onet' | 'esco' | 'oews'
    title TEXT NOT NULL,            -- 'O*NET 29.3 Database'
    version TEXT NOT NULL,          -- '29.3' | '1.2.0' | 'May 2025'
    origin TEXT NOT NULL,           -- folder, archive or URL it was read from
    licence TEXT NOT NULL,
    attribution TEXT NOT NULL,
    files_json TEXT NOT NULL,       -- [{"name", "sha256", "bytes", "rows"}]
    row_counts_json TEXT NOT NULL   -- {"table": rows}
);

-- ---------------------------------------------------------------- O*NET
CREATE TABLE occupations (
    code TEXT PRIMARY KEY,
    soc_code TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    job_zone INTEGER                -- 1..5, NULL where O*NET gives none
);
CREATE INDEX occupations_soc ON occupations(soc_code);

CREATE TABLE job_zone_reference (
    job_zone INTEGER PRIMARY KEY, name TEXT, experience TEXT, education TEXT,
    job_training TEXT, examples TEXT, svp_range TEXT
);

CREATE TABLE alternate_titles (
    code TEXT NOT NULL, title TEXT NOT NULL, short_title TEXT, sources TEXT
);
CREATE INDEX alternate_titles_code ON alternate_titles(code);

CREATE TABLE reported_titles (
    code TEXT NOT NULL, title TEXT NOT NULL, shown_in_my_next_move INTEGER NOT NULL
);
CREATE INDEX reported_titles_code ON reported_titles(code);

-- Skills, Knowledge, Work Styles, Work Values, Interests: one row per occupation x element,
-- with the scales pivoted into columns.
CREATE TABLE element_ratings (
    code TEXT NOT NULL,
    domain TEXT NOT NULL,           -- 'skill' | 'knowledge' | 'work_style' | 'work_value' | 'interest'
    element_id TEXT NOT NULL,
    element_name TEXT NOT NULL,
    importance REAL,                -- IM (1-5) for skill/knowledge/work_style
    level REAL,                     -- LV (0-7) for skill/knowledge
    value REAL,                     -- EX (work values) / OI (interests)
    not_relevant INTEGER NOT NULL DEFAULT 0,
    suppress INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (code, domain, element_id)
);
CREATE INDEX element_ratings_element ON element_ratings(domain, element_id);

CREATE TABLE content_model (element_id TEXT PRIMARY KEY, element_name TEXT, description TEXT);

CREATE TABLE technology_skills (
    code TEXT NOT NULL, example TEXT NOT NULL, commodity_code TEXT, commodity_title TEXT,
    hot INTEGER NOT NULL, in_demand INTEGER NOT NULL
);
CREATE INDEX technology_skills_code ON technology_skills(code);
CREATE INDEX technology_skills_example ON technology_skills(example);

CREATE TABLE tools_used (
    code TEXT NOT NULL, example TEXT NOT NULL, commodity_code TEXT, commodity_title TEXT
);
CREATE INDEX tools_used_code ON tools_used(code);

CREATE TABLE tasks (
    code TEXT NOT NULL, task_id INTEGER NOT NULL, task TEXT NOT NULL,
    task_type TEXT,                 -- 'Core' | 'Supplemental' | NULL
    incumbents_responding INTEGER,
    PRIMARY KEY (code, task_id)
);

CREATE TABLE task_dwas (code TEXT NOT NULL, task_id INTEGER NOT NULL, dwa_id TEXT NOT NULL);
CREATE INDEX task_dwas_code ON task_dwas(code);
CREATE INDEX task_dwas_dwa ON task_dwas(dwa_id);

CREATE TABLE dwa_reference (
    dwa_id TEXT PRIMARY KEY, dwa_title TEXT NOT NULL, iwa_id TEXT NOT NULL, iwa_title TEXT,
    element_id TEXT, element_name TEXT
);

CREATE TABLE emerging_tasks (code TEXT NOT NULL, task TEXT NOT NULL, category TEXT);

-- Required Level of Education (RL) category percentages, with the category text.
CREATE TABLE education (
    code TEXT NOT NULL, category INTEGER NOT NULL, description TEXT NOT NULL, percent REAL,
    PRIMARY KEY (code, category)
);

-- Search over every title we know for an occupation (title, alternate, short, reported).
CREATE VIRTUAL TABLE title_search USING fts5(
    title, code UNINDEXED, kind UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
);
-- Every word in title_search (no storage of its own): typo correction of search words.
CREATE VIRTUAL TABLE title_vocab USING fts5vocab(title_search, 'row');

-- ---------------------------------------------------------------- ESCO
CREATE TABLE esco_skills (
    uri TEXT PRIMARY KEY,
    preferred_label TEXT,           -- NULL where the source runs label and text together
    alt_labels TEXT,
    description TEXT,
    text TEXT NOT NULL              -- label + alternative labels + definition
);

CREATE TABLE esco_occupations (
    uri TEXT PRIMARY KEY, isco_group TEXT, code TEXT, preferred_label TEXT NOT NULL,
    alt_labels TEXT, hidden_labels TEXT, description TEXT
);
CREATE INDEX esco_occupations_isco ON esco_occupations(isco_group);

CREATE TABLE isco_groups (
    code TEXT PRIMARY KEY, uri TEXT NOT NULL, preferred_label TEXT NOT NULL, description TEXT
);

CREATE TABLE esco_broader (uri TEXT NOT NULL, broader_uri TEXT NOT NULL);
CREATE INDEX esco_broader_uri ON esco_broader(uri);

-- ---------------------------------------------------------------- BLS OEWS
CREATE TABLE oews_areas (
    area TEXT PRIMARY KEY, area_title TEXT NOT NULL,
    area_type INTEGER NOT NULL,     -- 1 US, 2 state, 3 territory, 4 MSA, 6 non-metro
    prim_state_fips TEXT
);

-- NULL = not released by BLS ('-' or '*'); topcoded = 1 where a wage was top-coded ('#' or
-- footnote code 5); footnotes keeps BLS's per-column codes, '#' cells recorded as code 5.
CREATE TABLE oews_wages (
    area TEXT NOT NULL, occ_code TEXT NOT NULL, occ_title TEXT NOT NULL, o_group TEXT,
    tot_emp INTEGER, jobs_1000 REAL, loc_quotient REAL,
    h_mean REAL, a_mean REAL,
    h_pct10 REAL, h_pct25 REAL, h_median REAL, h_pct75 REAL, h_pct90 REAL,
    a_pct10 REAL, a_pct25 REAL, a_median REAL, a_pct75 REAL, a_pct90 REAL,
    topcoded INTEGER NOT NULL DEFAULT 0,
    footnotes TEXT,
    PRIMARY KEY (area, occ_code)
);
CREATE INDEX oews_wages_occ ON oews_wages(occ_code);
