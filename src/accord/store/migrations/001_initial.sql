-- The first schema: articles, the runs that wrote them, rejected inputs, and one table per
-- kind of annotation. Offsets are character offsets into articles.text (end exclusive).
-- Every annotation row carries the run and lexicon version that coded it, so `recode`
-- can replace it and an analyst can tell which knowledge files produced it.

CREATE SEQUENCE runs_id_seq START 1;

CREATE TABLE runs (
    id INTEGER PRIMARY KEY DEFAULT nextval('runs_id_seq'),
    command VARCHAR NOT NULL,
    arguments VARCHAR,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    accord_version VARCHAR NOT NULL,
    model VARCHAR,
    lexicon_version VARCHAR,
    articles INTEGER NOT NULL DEFAULT 0,
    already_present INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    events INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    date DATE NOT NULL,
    title VARCHAR,
    source VARCHAR,
    url VARCHAR,
    text VARCHAR NOT NULL,
    language VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    origin VARCHAR,
    run_id INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    coded_run_id INTEGER NOT NULL,
    lexicon_version VARCHAR NOT NULL
);

CREATE TABLE ingest_errors (
    run_id INTEGER NOT NULL,
    path VARCHAR NOT NULL,
    line INTEGER,
    reason VARCHAR NOT NULL,
    rejected_at TIMESTAMP NOT NULL
);

CREATE TABLE actor_mentions (
    article_id VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    code VARCHAR NOT NULL,
    country VARCHAR,
    sector VARCHAR,
    person VARCHAR,
    kind VARCHAR NOT NULL,
    rule VARCHAR NOT NULL,
    lexicon_version VARCHAR NOT NULL,
    run_id INTEGER NOT NULL
);

CREATE TABLE events (
    id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    cameo VARCHAR NOT NULL,
    root VARCHAR NOT NULL,
    quad_class TINYINT NOT NULL,
    goldstein DOUBLE NOT NULL,
    plover VARCHAR,
    source_code VARCHAR NOT NULL,
    source_country VARCHAR,
    source_sector VARCHAR,
    source_person VARCHAR,
    source_text VARCHAR NOT NULL,
    source_start INTEGER NOT NULL,
    source_end INTEGER NOT NULL,
    target_code VARCHAR,
    target_country VARCHAR,
    target_sector VARCHAR,
    target_person VARCHAR,
    target_text VARCHAR,
    target_start INTEGER,
    target_end INTEGER,
    trigger_text VARCHAR NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    date_start DATE NOT NULL,
    date_end DATE NOT NULL,
    date_precision VARCHAR NOT NULL,
    date_basis VARCHAR NOT NULL,
    date_timex_text VARCHAR,
    date_timex_start INTEGER,
    date_timex_end INTEGER,
    historical BOOLEAN NOT NULL,
    modality VARCHAR NOT NULL,
    location_text VARCHAR,
    location_start INTEGER,
    location_end INTEGER,
    location_name VARCHAR,
    location_country VARCHAR,
    location_lat DOUBLE,
    location_lon DOUBLE,
    location_geonameid INTEGER,
    location_feature VARCHAR,
    location_rule VARCHAR,
    quote_index INTEGER,
    rule VARCHAR NOT NULL,
    confidence DOUBLE NOT NULL,
    lexicon_version VARCHAR NOT NULL,
    run_id INTEGER NOT NULL
);

CREATE TABLE quotes (
    article_id VARCHAR NOT NULL,
    quote_index INTEGER NOT NULL,
    kind VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    speaker_text VARCHAR,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_name VARCHAR,
    speaker_code VARCHAR,
    cue_text VARCHAR,
    cue_start INTEGER,
    cue_end INTEGER,
    rule VARCHAR NOT NULL,
    lexicon_version VARCHAR NOT NULL,
    run_id INTEGER NOT NULL
);

CREATE TABLE timexes (
    article_id VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    interval_start DATE,
    interval_end DATE,
    precision VARCHAR,
    rule VARCHAR NOT NULL,
    lexicon_version VARCHAR NOT NULL,
    run_id INTEGER NOT NULL
);

CREATE TABLE places (
    article_id VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    geonameid INTEGER,
    feature VARCHAR NOT NULL,
    rule VARCHAR NOT NULL,
    lexicon_version VARCHAR NOT NULL,
    run_id INTEGER NOT NULL
);

CREATE TABLE article_warnings (
    article_id VARCHAR NOT NULL,
    warning_index INTEGER NOT NULL,
    message VARCHAR NOT NULL,
    lexicon_version VARCHAR NOT NULL,
    run_id INTEGER NOT NULL
);
