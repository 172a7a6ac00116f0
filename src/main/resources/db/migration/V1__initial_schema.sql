-- First schema of Frontline Map. Geometries are H2's native GEOMETRY type (JTS objects over JDBC),
-- in WGS 84 longitude/latitude (SRID 4326). Later issues add migrations; never edit a released one.

CREATE TABLE geodata_meta (
    name        VARCHAR(100) PRIMARY KEY,
    value       VARCHAR(1000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE TABLE places (
    id           VARCHAR(120) PRIMARY KEY,
    kind         VARCHAR(30)  NOT NULL,
    name_en      VARCHAR(300),
    name_ar      VARCHAR(300),
    aliases_en   CLOB,
    aliases_ar   CLOB,
    admin1       VARCHAR(120),
    population   BIGINT,
    lat          DOUBLE PRECISION NOT NULL,
    lon          DOUBLE PRECISION NOT NULL,
    geonames_id  BIGINT,
    source       VARCHAR(200) NOT NULL,
    derived_from VARCHAR(1000),
    geom         GEOMETRY(GEOMETRY, 4326)
);
CREATE SPATIAL INDEX places_geom_idx ON places(geom);
CREATE INDEX places_kind_idx ON places(kind);

CREATE TABLE articles (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    content_hash   CHAR(64) NOT NULL,
    title          VARCHAR(1000),
    source         VARCHAR(300),
    url            VARCHAR(2000),
    lang           VARCHAR(8),
    published      DATE,
    date_estimated BOOLEAN DEFAULT FALSE NOT NULL,
    date_basis     VARCHAR(40),
    body           CLOB NOT NULL,
    origin         VARCHAR(1000),
    ingested_at    TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT articles_hash_uq UNIQUE (content_hash)
);
CREATE INDEX articles_published_idx ON articles(published);

CREATE TABLE paragraphs (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal     INT NOT NULL,
    start_off   INT NOT NULL,
    end_off     INT NOT NULL,
    text        CLOB NOT NULL,
    CONSTRAINT paragraphs_uq UNIQUE (article_id, ordinal)
);

CREATE TABLE sentences (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    paragraph_id  BIGINT NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    ordinal       INT NOT NULL,
    start_off     INT NOT NULL,
    end_off       INT NOT NULL
);

-- Offsets in mentions and claims are Java String indices into articles.body.
CREATE TABLE mentions (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id    BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_id  BIGINT NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    place_id      VARCHAR(120) NOT NULL,
    start_off     INT NOT NULL,
    end_off       INT NOT NULL,
    surface       VARCHAR(1000) NOT NULL,
    kind          VARCHAR(30),
    confidence    DOUBLE PRECISION,
    rule          VARCHAR(60),
    direction     VARCHAR(20)
);
CREATE INDEX mentions_place_idx ON mentions(place_id);
CREATE INDEX mentions_article_idx ON mentions(article_id);

CREATE TABLE claims (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id    BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_id  BIGINT REFERENCES paragraphs(id) ON DELETE CASCADE,
    actor         VARCHAR(60) NOT NULL,
    relation      VARCHAR(40) NOT NULL,
    place_id      VARCHAR(120) NOT NULL,
    share         DOUBLE PRECISION,
    area_km2      DOUBLE PRECISION,
    valid_from    DATE,
    negated       BOOLEAN DEFAULT FALSE NOT NULL,
    hedged        BOOLEAN DEFAULT FALSE NOT NULL,
    start_off     INT NOT NULL,
    end_off       INT NOT NULL,
    evidence      CLOB NOT NULL
);
CREATE INDEX claims_place_idx ON claims(place_id);
CREATE INDEX claims_article_idx ON claims(article_id);

-- One row a version of a zone: a faction's hold on an area over [valid_from, valid_to).
CREATE TABLE control_zones (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    faction       VARCHAR(60) NOT NULL,
    valid_from    DATE NOT NULL,
    valid_to      DATE,
    share         DOUBLE PRECISION DEFAULT 1.0 NOT NULL,
    status        VARCHAR(20) DEFAULT 'held' NOT NULL,
    confidence    DOUBLE PRECISION DEFAULT 1.0 NOT NULL,
    origin        VARCHAR(20) NOT NULL,          -- 'snapshot' or 'claim'
    snapshot_id   VARCHAR(120),
    place_id      VARCHAR(120),
    provenance    CLOB,                          -- sources or claim ids, JSON
    geom          GEOMETRY(GEOMETRY, 4326) NOT NULL
);
CREATE SPATIAL INDEX control_zones_geom_idx ON control_zones(geom);
CREATE INDEX control_zones_dates_idx ON control_zones(valid_from, valid_to);
