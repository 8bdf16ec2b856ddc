use std::io::{BufRead, BufWriter, Write};

use anyhow::Context as _;

use super::render::{json_reply, text_reply};
use super::Outcome;
use crate::engine::Engine;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The question; its words may be given unquoted (`ask who took sirte`). With --json and
    /// no question, questions are read from standard input, one per line, and answered one
    /// JSON object per line.
    #[arg(value_name = "QUESTION")]
    words: Vec<String>,

    /// Print the reply as one JSON object (the stable contract).
    #[arg(long)]
    json: bool,

    /// Show how the engine read the question and scored the candidates.
    #[arg(long, conflicts_with = "json")]
    explain: bool,

    /// Answer as this Discord server (guild) would: with its own entries, without those it hid.
    #[arg(long, value_name = "ID")]
    pub guild: Option<crate::storage::ServerId>,

    /// Read the question as a possible follow-up of this previous one ("and Serraj?" after
    /// "Who backs Hafter?"), as the bot does for the same person in the same channel. In batch
    /// mode it is the previous question of every line.
    #[arg(long, value_name = "PREVIOUS QUESTION")]
    after: Option<String>,
}

pub fn run(engine: &Engine, args: Args) -> anyhow::Result<Outcome> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let question = (!args.words.is_empty()).then(|| args.words.join(" "));
    if let (true, Some(q)) = (args.explain, &question) {
        explain(engine, q, args.after.as_deref(), &mut out)?;
    }
    match (question, args.json) {
        (Some(q), true) => {
            serde_json::to_writer(&mut out, &json_reply(&engine.answer_after(&q, args.after.as_deref())))?;
            writeln!(out)?;
        }
        (Some(q), false) => {
            let reply = engine.answer_after(&q, args.after.as_deref());
            write!(out, "{}", text_reply(&reply, &engine.source().article.meta))?;
            writeln!(out)?;
        }
        (None, true) => batch(engine, args.after.as_deref(), &mut out)?,
        (None, false) => {
            anyhow::bail!("give a QUESTION, or use --json to read questions from standard input")
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}

/// One JSON reply per input line, in order; an empty line gets a reply too
/// so replies always line up with questions.
///
/// Questions are answered on every core: a reader thread numbers the lines,
/// workers answer them as they come, and replies are written in input order.
fn batch(engine: &Engine, after: Option<&str>, out: &mut impl Write) -> anyhow::Result<()> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    if workers == 1 {
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        let mut line = Vec::new();
        while let Some(question) = read_question(&mut input, &mut line).context("reading standard input")? {
            serde_json::to_writer(&mut *out, &json_reply(&engine.answer_after(&question, after)))?;
            writeln!(out)?;
        }
        return Ok(());
    }
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{mpsc, Mutex};
    // The reader is not scoped: should writing fail, nothing waits for a
    // terminal's next line; the process ends with the error.
    let (jobs_in, jobs) = mpsc::sync_channel::<(usize, Vec<String>)>(64);
    let reader = std::thread::spawn(move || -> std::io::Result<()> {
        // Lines go out in chunks, for fewer hand-overs; a chunk goes as soon
        // as no more input is waiting, so no question waits for the next.
        let mut input = std::io::BufReader::with_capacity(64 * 1024, std::io::stdin());
        let mut line = Vec::new();
        let mut chunk = Vec::new();
        let mut n = 0;
        loop {
            let question = match read_question(&mut input, &mut line) {
                Ok(question) => question,
                Err(e) => {
                    // What was read before is still answered.
                    if !chunk.is_empty() {
                        let _ = jobs_in.send((n, chunk));
                    }
                    return Err(e);
                }
            };
            let end = question.is_none();
            chunk.extend(question);
            if !chunk.is_empty() && (end || chunk.len() == CHUNK || input.buffer().is_empty()) {
                if jobs_in.send((n, std::mem::take(&mut chunk))).is_err() {
                    break;
                }
                n += 1;
            }
            if end {
                break;
            }
        }
        Ok(())
    });
    let jobs = Mutex::new(jobs);
    let stop = AtomicBool::new(false);
    let written = std::thread::scope(|scope| -> anyhow::Result<()> {
        let (done_in, done) = mpsc::channel::<(usize, Vec<u8>)>();
        for _ in 0..workers {
            let done_in = done_in.clone();
            let (jobs, stop) = (&jobs, &stop);
            scope.spawn(move || loop {
                let job = match jobs.lock().unwrap_or_else(|e| e.into_inner()).recv_timeout(WAKE) {
                    Ok(job) => job,
                    Err(mpsc::RecvTimeoutError::Timeout) if !stop.load(Ordering::Relaxed) => continue,
                    Err(_) => break,
                };
                let (n, questions) = job;
                let mut replies = Vec::with_capacity(1024 * questions.len());
                for question in &questions {
                    serde_json::to_writer(&mut replies, &json_reply(&engine.answer_after(question, after)))
                        .expect("a reply serialises to memory");
                    replies.push(b'\n');
                }
                if done_in.send((n, replies)).is_err() {
                    break;
                }
            });
        }
        drop(done_in);
        // Chunks of replies arrive in any order; each is written once those before it are.
        let mut pending: rustc_hash::FxHashMap<usize, Vec<u8>> = rustc_hash::FxHashMap::default();
        let mut next = 0;
        let result = done.iter().try_for_each(|(n, reply)| {
            pending.insert(n, reply);
            while let Some(reply) = pending.remove(&next) {
                out.write_all(&reply)?;
                next += 1;
            }
            Ok(())
        });
        if result.is_err() {
            stop.store(true, Ordering::Relaxed);
        }
        result
    });
    written?;
    reader.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)).context("reading standard input")?;
    Ok(())
}

/// At most this many questions go to a worker at once.
const CHUNK: usize = 32;

/// How often a waiting worker checks whether writing failed.
const WAKE: std::time::Duration = std::time::Duration::from_millis(50);

/// The next line of `input` as a question (without its line end), or `None` at the end.
fn read_question(input: &mut impl BufRead, line: &mut Vec<u8>) -> std::io::Result<Option<String>> {
    line.clear();
    if input.read_until(b'\n', line)? == 0 {
        return Ok(None);
    }
    let text = String::from_utf8_lossy(line);
    Ok(Some(text.trim_end_matches(['\n', '\r']).to_string()))
}

/// How the engine read a question and why it answered as it did, for curators.
fn explain(engine: &Engine, question: &str, after: Option<&str>, out: &mut impl Write) -> std::io::Result<()> {
    let e = engine.explain(question, after);
    if let Some(previous) = &e.follows {
        writeln!(out, "follow-up of: {previous} (read together below)")?;
    }
    writeln!(out, "asks: {} ({:?})", e.asks.wording(), e.asks.kind)?;
    if !e.named.is_empty() {
        let what = if e.members { "which ones are in" } else { "the name of" };
        writeln!(out, "asks {what}: {}", e.named.join(", "))?;
        if !e.besides.is_empty() {
            writeln!(out, "another than the one of: {}", e.besides.join(", "))?;
        }
    }
    for (text, form, asks) in &e.clauses {
        writeln!(out, "clause {:<9} {:<10} {text}", format!("{form:?}"), asks.wording())?;
    }
    for t in &e.terms {
        let mut notes = Vec::new();
        if !t.known {
            notes.push("unknown");
        }
        if t.focus {
            notes.push("focus");
        }
        writeln!(
            out,
            "term {:<16} {:<12} weight {:.2} {:<11} {}",
            t.term,
            format!("({})", t.surface),
            t.weight,
            format!("{:?}", t.role),
            notes.join(", ")
        )?;
    }
    let held_back = |j: &crate::engine::Judged| {
        let mut why = Vec::new();
        if j.wrong_kind {
            why.push(format!("cannot say {}", e.asks.wording()));
        }
        if !j.missed.is_empty() {
            let words: Vec<&str> = j.missed.iter().map(|i| e.terms[i].surface.as_str()).collect();
            why.push(format!("leaves out {}", words.join(", ")));
        }
        why.join("; ")
    };
    for (id, j) in &e.entries {
        writeln!(out, "entry {id:<28} {:.3} (match {:.3}) {}", j.score, j.base, held_back(j))?;
    }
    if let Some((text, j)) = &e.sentence {
        writeln!(out, "sentence {:.3} (match {:.3}) {} {text}", j.score, j.base, held_back(j))?;
    }
    let decision = match &e.reply.outcome {
        crate::engine::Outcome::Answer { entry, .. } => format!("answered from entry {entry}"),
        crate::engine::Outcome::Passage { .. } => "answered with a passage".to_string(),
        crate::engine::Outcome::NotStated { missing, .. } => format!("abstained: the article does not say {missing}"),
        crate::engine::Outcome::Abstain { reason, .. } => format!("abstained: {}", reason.code()),
    };
    writeln!(out, "decision: {decision} (confidence {:.2})\n", e.reply.confidence)
}
