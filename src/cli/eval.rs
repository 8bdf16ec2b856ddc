//! `citebot eval`: the dev-set scorer (../shared/eval/score.py) in Rust, so
//! whoever edits the knowledge base sees at once whether it got worse.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use anyhow::Context as _;
use serde::Deserialize;

use super::Outcome;
use crate::engine::Engine;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// A JSONL file of {"q": ..., "cat": "answerable"|"unanswerable"|"offtopic", "expect": [spans]|null}.
    file: PathBuf,

    /// Exit with status 1 when accuracy is below this fraction.
    #[arg(long, value_name = "FRACTION")]
    fail_under: Option<f64>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EvalCase {
    pub q: String,
    pub cat: String,
    pub expect: Option<Vec<String>>,
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
        let reply = engine.answer(&case.q);
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
            let first = quotes.first().map_or("-".to_string(), |q| q.chars().take(100).collect());
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

/// Reads a JSONL question file, naming the line of any bad case.
pub fn read_cases(path: &std::path::Path) -> anyhow::Result<Vec<EvalCase>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).with_context(|| format!("{}:{}: not a question case", path.display(), n + 1))
        })
        .collect()
}

pub fn run(engine: &Engine, args: Args) -> anyhow::Result<Outcome> {
    let cases = read_cases(&args.file)?;
    let report = evaluate(engine, &cases);
    for m in &report.misses {
        println!("{m}");
    }
    println!("{}", report.summary());
    match args.fail_under {
        Some(min) if report.accuracy() < min => Ok(Outcome::Failure),
        _ => Ok(Outcome::Success),
    }
}
