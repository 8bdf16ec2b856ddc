-- Each server's analysed entries, PostgreSQL flavour. Keep it in step with
-- migrations/sqlite/0003_engine_snapshots.sql.

-- A memo, not data: the engine's analysis of a server's entries (Engine::snapshot, postcard),
-- taken by a one-shot process (`citebot ask --guild`, `citebot kb add`) so the next one
-- analyses only the entries changed since `version` (the server's, when it was taken).
-- `engine` names the shipped engine it was taken with; a snapshot under another name is
-- ignored. Deleting rows loses nothing.
CREATE TABLE engine_snapshots (
    guild_id BIGINT PRIMARY KEY,
    engine TEXT NOT NULL,
    version BIGINT NOT NULL,
    snapshot BYTEA NOT NULL
);
