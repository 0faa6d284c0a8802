/**
 * The database schema, as numbered migrations. `openDatabase` (db.ts) applies the ones a file
 * has not had yet, each in its own transaction, and records the version in `schema_version`.
 * Never edit a released migration: add the next one.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, parts, paragraphs, facts, full-text indexes, alerts, slack state',
    sql: /* sql */ `
CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  path          TEXT NOT NULL UNIQUE,          -- absolute path it was ingested from
  file          TEXT NOT NULL,                 -- base name, shown to users
  sha256        TEXT NOT NULL,
  pages         INTEGER NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('ok','failed','needs-ocr')),
  error         TEXT,
  url           TEXT,                          -- public address of the paper, when known
  ingested_at   TEXT NOT NULL
);
CREATE INDEX documents_sha256 ON documents(sha256);

CREATE TABLE parts (
  id              INTEGER PRIMARY KEY,
  document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq             INTEGER NOT NULL,
  type            TEXT NOT NULL,
  title           TEXT,
  council         TEXT,
  committee       TEXT,
  meeting_date    TEXT,
  agenda_item     TEXT,
  author          TEXT,
  first_page      INTEGER NOT NULL,
  last_page       INTEGER NOT NULL,
  classification  TEXT NOT NULL CHECK (classification IN ('public','exempt'))
);
CREATE INDEX parts_document ON parts(document_id);
CREATE INDEX parts_meeting ON parts(meeting_date);

CREATE TABLE paragraphs (
  id       INTEGER PRIMARY KEY,
  part_id  INTEGER NOT NULL REFERENCES parts(id) ON DELETE CASCADE,
  seq      INTEGER NOT NULL,
  number   TEXT,
  section  TEXT,
  page     INTEGER NOT NULL,
  text     TEXT NOT NULL
);
CREATE INDEX paragraphs_part ON paragraphs(part_id);

CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
  text, section,
  content='paragraphs', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(rowid, text, section) VALUES (new.id, new.text, coalesce(new.section, ''));
END;
CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text, section) VALUES ('delete', old.id, old.text, coalesce(old.section, ''));
END;

CREATE TABLE part_tables (
  id             INTEGER PRIMARY KEY,
  part_id        INTEGER NOT NULL REFERENCES parts(id) ON DELETE CASCADE,
  seq            INTEGER NOT NULL,               -- index within the part's tables (TableRef.table)
  page           INTEGER NOT NULL,
  last_page      INTEGER NOT NULL,
  unit           TEXT,
  header_json    TEXT NOT NULL,
  rows_json      TEXT NOT NULL,
  total_columns_json TEXT NOT NULL
);
CREATE INDEX part_tables_part ON part_tables(part_id);

CREATE TABLE recommendations (
  id          INTEGER PRIMARY KEY,
  part_id     INTEGER NOT NULL REFERENCES parts(id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  label       TEXT,
  verb        TEXT,
  text        TEXT NOT NULL,
  page        INTEGER NOT NULL,
  paragraph   TEXT,
  cites_json  TEXT NOT NULL DEFAULT '[]',
  status      TEXT NOT NULL DEFAULT 'proposed'   -- proposed | approved | amended | not-adopted
);
CREATE INDEX recommendations_part ON recommendations(part_id);

CREATE TABLE resolutions (
  id             INTEGER PRIMARY KEY,
  part_id        INTEGER NOT NULL REFERENCES parts(id) ON DELETE CASCADE,
  seq            INTEGER NOT NULL,
  ref            TEXT,
  title          TEXT,
  agenda_item    TEXT,
  text           TEXT NOT NULL,
  items_json     TEXT NOT NULL DEFAULT '[]',
  page           INTEGER NOT NULL,
  outcome        TEXT NOT NULL,
  votes_for      INTEGER,
  votes_against  INTEGER,
  votes_abstain  INTEGER
);
CREATE INDEX resolutions_part ON resolutions(part_id);

-- Which report a resolution decided. Rebuilt whenever either side is (re)ingested.
CREATE TABLE resolution_links (
  resolution_id  INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
  report_part_id INTEGER NOT NULL REFERENCES parts(id) ON DELETE CASCADE,
  outcome        TEXT NOT NULL,                  -- approved | amended | not-adopted
  PRIMARY KEY (resolution_id, report_part_id)
);
CREATE INDEX resolution_links_report ON resolution_links(report_part_id);

CREATE TABLE amounts (
  id              INTEGER PRIMARY KEY,
  part_id         INTEGER NOT NULL REFERENCES parts(id) ON DELETE CASCADE,
  seq             INTEGER NOT NULL,
  text            TEXT NOT NULL,
  value           REAL NOT NULL,
  kind            TEXT NOT NULL,
  period          TEXT,
  funding_source  TEXT,
  subject         TEXT,
  page            INTEGER NOT NULL,
  paragraph       TEXT,
  context         TEXT NOT NULL,
  table_json      TEXT                           -- TableRef, or NULL for a figure in prose
);
CREATE INDEX amounts_part ON amounts(part_id);

CREATE TABLE posts (
  id         INTEGER PRIMARY KEY,
  part_id    INTEGER NOT NULL REFERENCES parts(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  title      TEXT NOT NULL,
  fte        REAL,
  grade      TEXT,
  kind       TEXT,
  until      TEXT,
  team       TEXT,
  cost       REAL,
  action     TEXT,
  page       INTEGER NOT NULL,
  paragraph  TEXT,
  text       TEXT NOT NULL
);
CREATE INDEX posts_part ON posts(part_id);

CREATE TABLE commitments (
  id         INTEGER PRIMARY KEY,
  part_id    INTEGER NOT NULL REFERENCES parts(id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  what       TEXT NOT NULL,
  due        TEXT,
  page       INTEGER NOT NULL,
  paragraph  TEXT,
  source     TEXT NOT NULL
);
CREATE INDEX commitments_part ON commitments(part_id);
CREATE INDEX commitments_due ON commitments(due);

CREATE TABLE work_programme_items (
  id            INTEGER PRIMARY KEY,
  part_id       INTEGER NOT NULL REFERENCES parts(id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  meeting_date  TEXT,
  title         TEXT NOT NULL,
  summary       TEXT,
  lead_officer  TEXT,
  author        TEXT,
  page          INTEGER NOT NULL
);
CREATE INDEX work_programme_items_part ON work_programme_items(part_id);
CREATE INDEX work_programme_items_date ON work_programme_items(meeting_date);

CREATE TABLE acronyms (
  id       INTEGER PRIMARY KEY,
  part_id  INTEGER NOT NULL REFERENCES parts(id) ON DELETE CASCADE,
  short    TEXT NOT NULL,
  long     TEXT NOT NULL,
  page     INTEGER NOT NULL
);
CREATE INDEX acronyms_short ON acronyms(short);
CREATE INDEX acronyms_part ON acronyms(part_id);

-- One full-text index over every fact's verbatim text. kind: recommendation | resolution |
-- amount | post | commitment | work-programme | acronym; fact_id is the row id in that table.
CREATE VIRTUAL TABLE facts_fts USING fts5(
  text,
  kind UNINDEXED, fact_id UNINDEXED, part_id UNINDEXED,
  tokenize='porter unicode61 remove_diacritics 2'
);

-- State a user gives an item that falls due (Done, Snoozed). Keyed by a stable key built from
-- the item's content, so it survives re-ingesting the paper.
CREATE TABLE item_state (
  item_key       TEXT PRIMARY KEY,
  status         TEXT NOT NULL CHECK (status IN ('open','done','snoozed')),
  snoozed_until  TEXT,
  updated_by     TEXT,
  updated_at     TEXT NOT NULL
);

-- Exactly-once delivery of alerts: one row per (item, lead time, channel).
CREATE TABLE alert_log (
  key              TEXT PRIMARY KEY,
  item_key         TEXT NOT NULL,
  lead             TEXT NOT NULL,
  channel          TEXT NOT NULL,
  due_date         TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('pending','sending','sent','failed')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  TEXT,
  slack_ts         TEXT,
  last_error       TEXT,
  payload_json     TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX alert_log_status ON alert_log(status, next_attempt_at);

CREATE TABLE subscriptions (
  id            INTEGER PRIMARY KEY,
  target        TEXT NOT NULL,                   -- Slack user or channel id
  target_type   TEXT NOT NULL CHECK (target_type IN ('user','channel')),
  query         TEXT NOT NULL,                   -- keywords or committee name, as typed
  created_by    TEXT,
  created_at    TEXT NOT NULL,
  UNIQUE (target, query)
);

-- Which documents a subscription has already been told about (one notice per new paper).
CREATE TABLE subscription_notices (
  subscription_id  INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
  document_sha256  TEXT NOT NULL,
  notified_at      TEXT NOT NULL,
  PRIMARY KEY (subscription_id, document_sha256)
);

CREATE TABLE query_log (
  id          INTEGER PRIMARY KEY,
  question    TEXT NOT NULL,
  intent      TEXT,
  found       INTEGER,
  user_id     TEXT,
  channel_id  TEXT,
  created_at  TEXT NOT NULL
);

CREATE TABLE feedback (
  id          INTEGER PRIMARY KEY,
  query_id    INTEGER REFERENCES query_log(id) ON DELETE SET NULL,
  question    TEXT NOT NULL,
  vote        TEXT NOT NULL CHECK (vote IN ('up','down')),
  user_id     TEXT,
  created_at  TEXT NOT NULL
);

-- Slack event ids already handled, so a retried delivery is answered once.
CREATE TABLE slack_events (
  event_id     TEXT PRIMARY KEY,
  received_at  TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    description: 'slack threads: query_log remembers the thread and the command, for follow-ups and paging',
    sql: /* sql */ `
ALTER TABLE query_log ADD COLUMN thread_ts TEXT;               -- Slack thread root ts (NULL outside threads)
ALTER TABLE query_log ADD COLUMN command TEXT NOT NULL DEFAULT 'ask';   -- ask | costs
CREATE INDEX query_log_thread ON query_log(channel_id, thread_ts);
`,
  },
  {
    version: 3,
    description: 'documents.error_code: why a file failed (corrupt, encrypted, timeout…), to decide whether to retry it',
    sql: /* sql */ `
ALTER TABLE documents ADD COLUMN error_code TEXT;              -- IngestError code / timeout / crash; NULL when ok
`,
  },
  {
    version: 4,
    description: "facts_fts: a work-programme item is found by its lead officer and author too (insert-part.ts indexes them)",
    sql: /* sql */ `
DELETE FROM facts_fts WHERE kind = 'work-programme';
INSERT INTO facts_fts (text, kind, fact_id, part_id)
  SELECT title
         || CASE WHEN coalesce(trim(summary), '') <> '' THEN char(10) || summary ELSE '' END
         || CASE WHEN coalesce(trim(lead_officer), '') <> '' THEN char(10) || lead_officer ELSE '' END
         || CASE WHEN coalesce(trim(author), '') <> '' THEN char(10) || author ELSE '' END,
         'work-programme', id, part_id
    FROM work_programme_items;
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
