-- citebot's per-server data, PostgreSQL flavour. Keep it in step with
-- migrations/sqlite/0001_schema.sql: the same tables, columns and meanings.
-- Discord ids (snowflakes) are BIGINT; times are Unix seconds.

-- One row, advanced by every change to what answers in a server. A change takes it
-- first, so changes commit in clock order, and another process finds the servers
-- changed since it last looked with one indexed query (servers.version).
CREATE TABLE change_clock (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    tick BIGINT NOT NULL
);
INSERT INTO change_clock (id, tick) VALUES (1, 0);

-- Each server that ever changed anything, with the clock of its last change.
CREATE TABLE servers (
    guild_id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL
);
CREATE INDEX servers_by_version ON servers (version);

-- The server's own entries. `questions` is their list, as answered from; each question is
-- also a row of the `questions` table, which finds duplicates.
CREATE TABLE entries (
    n BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    entry_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    questions TEXT NOT NULL, -- JSON array, in the order given
    answer TEXT NOT NULL,
    quotes TEXT NOT NULL,    -- JSON array of the article's own words
    triggers TEXT NOT NULL,  -- JSON array of regexes
    located TEXT NOT NULL,   -- JSON: [block, start, end] of each quote in the article
    article TEXT NOT NULL,   -- fingerprint of the article the quotes were located in
    UNIQUE (guild_id, entry_id)
);

-- Every question asked of an entry in the server: those of its own entries (also in
-- entries.questions), and those it added to shipped entries (shipped = true), in the order
-- given. `folded` is the question as compared for duplicates: lower case, punctuation and
-- spacing folded.
CREATE TABLE questions (
    n BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    entry_id TEXT NOT NULL,
    shipped BOOLEAN NOT NULL,
    question TEXT NOT NULL,
    folded TEXT NOT NULL
);
CREATE INDEX questions_by_entry ON questions (guild_id, entry_id);
CREATE INDEX questions_by_folded ON questions (guild_id, folded);

-- Shipped entries that do not answer in the server.
CREATE TABLE hidden (
    guild_id BIGINT NOT NULL,
    entry_id TEXT NOT NULL,
    PRIMARY KEY (guild_id, entry_id)
);

-- Every change: who, when, what, and the entry as it answered before and after
-- (JSON, NULL when it did not answer there). Written in the change's transaction.
CREATE TABLE audit (
    n BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    unix_time BIGINT NOT NULL,
    by_id BIGINT NOT NULL,
    by_name TEXT NOT NULL,
    action TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    spec_before TEXT,
    spec_after TEXT
);
CREATE INDEX audit_by_server ON audit (guild_id, n);

-- Questions the bot could not answer, or whose answer a member disputed (👎):
-- the folded text, how often, when last; no user ids.
CREATE TABLE unanswered (
    guild_id BIGINT NOT NULL,
    question TEXT NOT NULL,
    asked BIGINT NOT NULL,
    last_asked BIGINT NOT NULL,
    disputed_entry TEXT,
    PRIMARY KEY (guild_id, question)
);
CREATE INDEX unanswered_by_rank ON unanswered (guild_id, asked, last_asked);

-- How often each entry answered in the server.
CREATE TABLE answer_counts (
    guild_id BIGINT NOT NULL,
    entry_id TEXT NOT NULL,
    answers BIGINT NOT NULL,
    PRIMARY KEY (guild_id, entry_id)
);

-- One vote per member per answer message; a new vote replaces the old one.
CREATE TABLE votes (
    message_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    guild_id BIGINT NOT NULL,
    entry_id TEXT NOT NULL,
    up BOOLEAN NOT NULL,
    unix_time BIGINT NOT NULL,
    PRIMARY KEY (message_id, user_id)
);
CREATE INDEX votes_by_entry ON votes (guild_id, entry_id);

-- Each member's quiz score in a server.
CREATE TABLE quiz_scores (
    guild_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    points BIGINT NOT NULL,
    answers BIGINT NOT NULL,
    streak BIGINT NOT NULL,
    unix_time BIGINT NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);

-- Servers imported from the file layout of DATA_DIR/guilds, once each.
CREATE TABLE imports (
    guild_id BIGINT PRIMARY KEY,
    unix_time BIGINT NOT NULL,
    source TEXT NOT NULL,
    summary TEXT NOT NULL
);
