-- The study-group quiz, PostgreSQL flavour. Keep it in step with migrations/sqlite/0002_quiz.sql.

-- Each quiz question posted in a channel: its choices in button order and which is right
-- (kept here, never in a button's custom id), open until closed_at is set.
CREATE TABLE quizzes (
    quiz_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    guild_id BIGINT NOT NULL,
    channel_id BIGINT NOT NULL,
    message_id BIGINT,            -- the quiz message, once Discord said which
    started_by BIGINT NOT NULL,
    item_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    question TEXT NOT NULL,
    choices TEXT NOT NULL,         -- JSON array of the choices, in button order
    right_choice BIGINT NOT NULL,
    quote TEXT NOT NULL,           -- the article's words that prove the answer
    paragraph BIGINT NOT NULL,
    section TEXT,
    opened_at BIGINT NOT NULL,
    closes_at BIGINT NOT NULL,
    closed_at BIGINT
);
-- One open quiz per channel, whatever the number of processes.
CREATE UNIQUE INDEX quizzes_one_open_per_channel ON quizzes (channel_id) WHERE closed_at IS NULL;
CREATE INDEX quizzes_by_channel ON quizzes (channel_id, quiz_id);
CREATE INDEX quizzes_by_server ON quizzes (guild_id);

-- Each member's first click on a quiz: the only one that counts.
CREATE TABLE quiz_answers (
    quiz_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    name TEXT NOT NULL,            -- as shown when they clicked
    choice BIGINT NOT NULL,
    unix_time BIGINT NOT NULL,
    PRIMARY KEY (quiz_id, user_id)
);

-- A moderator's entry in the server's quiz: its short answer and the kind of answer.
CREATE TABLE entry_quiz (
    guild_id BIGINT NOT NULL,
    entry_id TEXT NOT NULL,
    answer TEXT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (guild_id, entry_id)
);
