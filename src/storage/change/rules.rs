//! The checks and writes changes share: who makes them, preparing an entry, choosing its id,
//! refusing a question the server already has, and writing an entry and its questions.

use std::collections::HashSet;

use crate::knowledge::{
    derive_id, limits, name_problem, question_problem, text_problem, Entry, EntrySpec, FieldProblem,
};
use crate::storage::sql::{args, Exec, Tx};
use crate::storage::{load, normalize_question, Actor, Db, Refusal, ServerId, StoreError};

/// The topic of an entry added without one, when its first quote is not under a section
/// heading.
pub const DEFAULT_TOPIC: &str = "General";

impl Db {
    /// An entry as a moderator typed it, made ready to save: fields trimmed, an id derived from
    /// the first question if none was given (provisional: [`Db::free_id`] chooses the final
    /// one), the quote's section as topic if none was given, validated against the article,
    /// and its quotes in the article's own characters (curly quotes, dashes), however typed.
    /// Returns whether the id was derived.
    pub(crate) fn prepare(&self, mut spec: EntrySpec) -> Result<(Entry, bool), Refusal> {
        tidy(&mut spec);
        let derived = spec.id.is_empty();
        if derived {
            spec.id = derive_id(spec.questions.first().map_or("", String::as_str), |_| false);
        }
        if spec.topic.is_empty() {
            spec.topic = self.default_topic(&spec);
        }
        let mut entry = self.source.validate(spec).map_err(Refusal::Invalid)?;
        settle(&mut entry)?;
        Ok((entry, derived))
    }

    /// The id the entry is saved under: the derived one, numbered (`-2`, `-3`…) past the ids
    /// taken; or the one given, refused if a shipped entry or one of the server's has it.
    pub(crate) async fn free_id(
        &self,
        tx: &mut Tx,
        guild: ServerId,
        spec: &EntrySpec,
        derived: bool,
    ) -> Result<String, StoreError> {
        let shipped = |id: &str| self.shipped_entry(id).is_some();
        if derived {
            let stem: String = spec.id.chars().take(40).collect();
            let taken: Vec<(String,)> = tx
                .fetch_all(
                    "SELECT entry_id FROM entries WHERE guild_id = $1 AND entry_id LIKE $2",
                    args![guild, format!("{stem}%")],
                )
                .await?;
            let taken: HashSet<String> = taken.into_iter().map(|(id,)| id).collect();
            let question = spec.questions.first().map_or("", String::as_str);
            return Ok(derive_id(question, |id| taken.contains(id) || shipped(id)));
        }
        if shipped(&spec.id) {
            return Err(Refusal::ShippedId(spec.id.clone()).into());
        }
        if load::own_spec(&mut *tx, guild, &spec.id).await?.is_some() {
            return Err(Refusal::DuplicateId(spec.id.clone()).into());
        }
        Ok(spec.id.clone())
    }

    /// Refuses the first of `questions` that an entry answering in the server already has,
    /// ignoring case and punctuation: the server's own entries and the questions it added to
    /// shipped entries (those of hidden ones aside). The shipped entries' own questions are not
    /// refused: the front ends warn when one of them answers instead.
    pub(crate) async fn check_questions(
        &self,
        tx: &mut Tx,
        guild: ServerId,
        questions: &[String],
    ) -> Result<(), StoreError> {
        for question in questions {
            let folded = normalize_question(question);
            if folded.is_empty() {
                continue;
            }
            let taken: Option<(String,)> = tx
                .fetch_optional(
                    "SELECT q.entry_id FROM questions q WHERE q.guild_id = $1 AND q.folded = $2 \
                     AND NOT (q.shipped AND EXISTS (SELECT 1 FROM hidden h \
                         WHERE h.guild_id = q.guild_id AND h.entry_id = q.entry_id)) LIMIT 1",
                    args![guild, folded],
                )
                .await?;
            if let Some((taken_by,)) = taken {
                return Err(Refusal::DuplicateQuestion { question: question.clone(), taken_by }.into());
            }
        }
        Ok(())
    }

    /// The section heading above the first quote, if it fits a topic.
    fn default_topic(&self, spec: &EntrySpec) -> String {
        spec.quotes
            .first()
            .and_then(|q| self.source.finder.locate(&self.source.article, q))
            .and_then(|at| at.section)
            .filter(|s| s.chars().count() <= limits::TOPIC_CHARS)
            .unwrap_or_else(|| DEFAULT_TOPIC.to_string())
    }
}

/// Writes the server's own entry, validated against the article whose fingerprint is
/// `article`, and its questions.
pub(crate) async fn insert_entry(tx: &mut Tx, guild: ServerId, entry: &Entry, article: &str) -> Result<(), StoreError> {
    let spec = &entry.spec;
    tx.execute(
        "INSERT INTO entries (guild_id, entry_id, topic, questions, answer, quotes, triggers, located, article) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        args![
            guild,
            &spec.id,
            &spec.topic,
            json(&spec.questions),
            &spec.answer,
            json(&spec.quotes),
            json(&spec.triggers),
            load::places(entry),
            article
        ],
    )
    .await?;
    for question in &spec.questions {
        insert_question(tx, guild, &spec.id, false, question).await?;
    }
    Ok(())
}

/// A list as stored: a JSON array.
pub(crate) fn json(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

/// Writes one question of entry `id` (`shipped`: a shipped entry's, added by the server).
pub(crate) async fn insert_question(
    tx: &mut Tx,
    guild: ServerId,
    id: &str,
    shipped: bool,
    question: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO questions (guild_id, entry_id, shipped, question, folded) VALUES ($1, $2, $3, $4, $5)",
        args![guild, id, shipped, question, normalize_question(question)],
    )
    .await
    .map(drop)
}

/// A validated entry made ready to save: its quotes as the article writes them (typographic
/// quotes and dashes), whatever was typed; refused if it lists a question twice (ignoring case
/// and punctuation).
pub(crate) fn settle(entry: &mut Entry) -> Result<(), Refusal> {
    entry.spec.quotes = entry.quotes.iter().map(|q| q.text.clone()).collect();
    let mut seen = HashSet::new();
    for question in &entry.spec.questions {
        let folded = normalize_question(question);
        if !folded.is_empty() && !seen.insert(folded) {
            return Err(Refusal::DuplicateQuestion { question: question.clone(), taken_by: entry.spec.id.clone() });
        }
    }
    Ok(())
}

/// The rules of one new question, as `validate` applies them to an entry's: its length, and
/// no control character or Discord markup.
pub(crate) fn check_question(question: &str) -> Result<(), Refusal> {
    invalid("question", text_problem(question, limits::QUESTION_CHARS).or_else(|| question_problem(question)))
}

/// Who makes a change is one line of plain text, not empty: the audit log shows one change
/// per line.
pub(crate) fn check_actor(by: &Actor) -> Result<(), Refusal> {
    invalid("by", name_problem(&by.name))
}

/// `Invalid` for `field` if it has a `problem`.
fn invalid(field: &str, problem: Option<String>) -> Result<(), Refusal> {
    problem.map_or(Ok(()), |message| Err(Refusal::Invalid(vec![FieldProblem { field: field.into(), message }])))
}

/// Trims every text field: a stray space from a phone keyboard is not content. Triggers are
/// regexes, where a space can mean something: kept.
fn tidy(spec: &mut EntrySpec) {
    let trim = |s: &mut String| *s = s.trim().to_owned();
    [&mut spec.id, &mut spec.topic, &mut spec.answer]
        .into_iter()
        .chain(&mut spec.questions)
        .chain(&mut spec.quotes)
        .for_each(trim);
}
