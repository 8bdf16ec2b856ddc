//! `citebot eval`: the dev-set scorer (../shared/eval/score.py) in Rust, so
//! whoever edits the knowledge base sees at once whether it got worse.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

use anyhow::Context as _;
use serde::Deserialize;

use super::terminal::visible;
use super::Outcome;
use crate::engine::Engine;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A JSONL file of {"q": ..., "cat": "answerable"|"unanswerable"|"offtopic", "expect": [spans]|null},
    /// each with an optional "prev": the question asked just before, for follow-ups.
    file: PathBuf,

    /// Exit with status 1, saying so, when accuracy is below this fraction (0 to 1).
    #[arg(long, value_name = "FRACTION", value_parser = fraction)]
    fail_under: Option<f64>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EvalCase {
    pub q: String,
    pub cat: String,
    pub expect: Option<Vec<String>>,
    /// The question asked just before, when `q` may be a follow-up.
    #[serde(default)]
    pub prev: Option<String>,
}

/// Counts per category and the cases counted wrong.
#[derive(Debug, Default)]
pub struct EvalReport {
    /// Category -> (right, total).
    pub categories: BTreeMap<String, (usize, usize)>,
    pub misses: Vec<String>,
    pub not_verbatim: usize,
    pub quotes: usize,
}

impl EvalReport {
    pub fn right(&self, cat: &str) -> usize {
        self.categories.get(cat).map_or(0, |c| c.0)
    }

    pub fn accuracy(&self) -> f64 {
        let (right, total) = self.categories.values().fold((0, 0), |(r, t), c| (r + c.0, t + c.1));
        if total == 0 {
            0.0
        } else {
            right as f64 / total as f64
        }
    }

    pub fn summary(&self) -> String {
        let mut s = String::new();
        for (cat, (right, total)) in &self.categories {
            let _ = writeln!(s, "{cat}: {right}/{total} right");
        }
        let _ = writeln!(s, "quotes: {}, not verbatim in the article: {}", self.quotes, self.not_verbatim);
        let _ = write!(s, "accuracy: {:.3}", self.accuracy());
        s
    }
}

/// score.py's `norm`: fold case, typographic quotes, dashes and white space.
pub fn norm(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201C}' | '\u{201D}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Scores the engine on cases by score.py's rules: an answerable case is
/// right when the reply answered and a quote contains an expected span;
/// the others are right when the reply abstained.
pub fn evaluate(engine: &Engine, cases: &[EvalCase]) -> EvalReport {
    let article = engine.source().article.blocks.iter().map(|b| norm(&b.text)).collect::<Vec<_>>().join(" ");
    let mut report = EvalReport::default();
    for case in cases {
        let reply = engine.answer_after(&case.q, case.prev.as_deref());
        let quotes: Vec<String> = reply.quotes().iter().map(|q| norm(&q.text)).collect();
        if reply.answered() {
            report.quotes += quotes.len();
            report.not_verbatim += quotes.iter().filter(|q| !article.contains(q.as_str())).count();
        }
        let (ok, how) = if case.cat == "answerable" {
            let spans = case.expect.as_deref().unwrap_or_default();
            let hit = quotes.iter().any(|q| spans.iter().any(|s| q.contains(&norm(s))));
            (reply.answered() && hit, if reply.answered() { "wrong quote" } else { "abstained" })
        } else {
            (!reply.answered(), "answered")
        };
        let tally = report.categories.entry(case.cat.clone()).or_default();
        tally.1 += 1;
        if ok {
            tally.0 += 1;
        } else {
            // As the engine quoted it: the article's own case and characters, whole.
            let first = reply.quotes().first().map_or("-".to_string(), |q| format!("\u{201C}{}\u{201D}", q.text));
            report.misses.push(format!(
                "MISS [{}: {how}] {:?} -> {} [{}, {:.2}]",
                case.cat,
                case.q,
                first,
                reply.entry().unwrap_or("-"),
                reply.confidence
            ));
        }
    }
    report
}

/// The categories of a question file, as score.py counts them.
pub const CATEGORIES: [&str; 3] = ["answerable", "unanswerable", "offtopic"];

/// Reads a JSONL question file, naming the line of any bad case: not JSON, an unknown `cat`,
/// an answerable case with no expected span. A file with no case at all is refused too: its
/// accuracy would mean nothing.
pub fn read_cases(path: &std::path::Path) -> anyhow::Result<Vec<EvalCase>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut cases = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let at = || format!("{}:{}", path.display(), n + 1);
        let case: EvalCase = serde_json::from_str(line).with_context(|| format!("{}: not a question case", at()))?;
        if !CATEGORIES.contains(&case.cat.as_str()) {
            anyhow::bail!("{}: unknown cat {:?}: use {}", at(), case.cat, CATEGORIES.join(", "));
        }
        if case.cat == "answerable" && case.expect.as_ref().is_none_or(|e| e.iter().all(|s| s.trim().is_empty())) {
            anyhow::bail!("{}: an answerable case needs \"expect\": the spans a right quote contains", at());
        }
        cases.push(case);
    }
    if cases.is_empty() {
        anyhow::bail!("{} has no question cases (one JSON object per line)", path.display());
    }
    Ok(cases)
}

/// A fraction from 0 to 1, for `--fail-under`.
fn fraction(value: &str) -> Result<f64, String> {
    match value.parse::<f64>() {
        Ok(f) if (0.0..=1.0).contains(&f) => Ok(f),
        _ => Err(format!("{value:?} is not a fraction from 0 to 1 (0.95 means 95%)")),
    }
}

/// Totals first (per category, quotes, accuracy), then every miss; and, below
/// `--fail-under`, why the exit status is 1.
pub fn run(engine: &Engine, args: Args) -> anyhow::Result<Outcome> {
    let cases = read_cases(&args.file)?;
    let report = evaluate(engine, &cases);
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", report.summary())?;
    if !report.misses.is_empty() {
        writeln!(out, "\n{} misses:", report.misses.len())?;
    }
    for m in &report.misses {
        writeln!(out, "{}", visible(m))?;
    }
    out.flush()?;
    match args.fail_under {
        Some(min) if report.accuracy() < min => {
            eprintln!("citebot: accuracy {:.3} is below --fail-under {min}", report.accuracy());
            Ok(Outcome::Failure)
        }
        _ => Ok(Outcome::Success),
    }
}
