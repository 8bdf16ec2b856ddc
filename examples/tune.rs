//! Explores the scorer's knobs on question files, one knob at a time
//! around the defaults, so a change of tuning is a measured decision.
//!
//! cargo run --release --example tune -- tests/data/dev.jsonl tests/data/heldout.jsonl

use std::path::Path;

use citebot::cli::{evaluate, read_cases};
use citebot::engine::{Engine, Tuning};
use citebot::knowledge::KnowledgeBase;

fn main() -> anyhow::Result<()> {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let kb = KnowledgeBase::load(Path::new("knowledge")).map_err(|e| anyhow::anyhow!("{e}"))?;
    let sets: Vec<_> = files.iter().map(|f| read_cases(Path::new(f))).collect::<Result<_, _>>()?;
    let score = |t: Tuning| -> String {
        let engine = Engine::with_tuning(&kb, t);
        sets.iter()
            .map(|cases| {
                let r = evaluate(&engine, cases);
                format!(
                    "{:.3} (a{} u{} o{})",
                    r.accuracy(),
                    r.right("answerable"),
                    r.right("unanswerable"),
                    r.right("offtopic")
                )
            })
            .collect::<Vec<_>>()
            .join("  ")
    };
    let base = Tuning::default();
    println!("default            {}", score(base));
    type Knob = (&'static str, Vec<f32>, fn(&mut Tuning, f32));
    let knobs: Vec<Knob> = vec![
        ("answer_threshold", vec![0.4, 0.45, 0.5, 0.55, 0.6, 0.65], |t, v| t.answer_threshold = v),
        ("passage_threshold", vec![0.55, 0.62, 0.7, 0.8, 1.1], |t, v| t.passage_threshold = v),
        ("example_share", vec![0.3, 0.4, 0.5, 0.6, 0.7, 0.8], |t, v| t.example_share = v),
        ("beta", vec![1.0, 1.5, 2.0, 3.0], |t, v| t.beta = v),
        ("kind_mismatch", vec![0.4, 0.5, 0.6, 0.7, 0.8], |t, v| t.kind_mismatch = v),
        ("focus_miss", vec![0.5, 0.6, 0.7, 0.8, 0.9, 1.0], |t, v| t.focus_miss = v),
        ("focus_share", vec![0.01, 0.1, 0.15, 0.2, 0.25, 0.35, 0.5], |t, v| t.focus_share = v),
        ("shortlist", vec![6.0, 8.0, 12.0, 16.0, 24.0], |t, v| t.shortlist = v as usize),
        ("length_boost", vec![0.0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15], |t, v| t.length_boost = v),
        ("context_credit", vec![0.3, 0.45, 0.6, 0.8, 1.0], |t, v| t.context_credit = v),
        ("context_penalty", vec![0.0, 0.1, 0.15, 0.25, 0.4], |t, v| t.context_penalty = v),
        ("alternative_penalty", vec![0.0, 0.15, 0.3, 0.5, 1.0], |t, v| t.alternative_penalty = v),
        ("article_factor", vec![0.5, 0.65, 0.8, 1.0], |t, v| t.article_factor = v),
        ("light_zipf", vec![5.2, 5.5, 5.8, 6.1, 9.0], |t, v| t.light_zipf = v),
        ("adverb_lightness", vec![0.1, 0.3, 0.5, 1.0], |t, v| t.adverb_lightness = v),
        ("trigger_bonus", vec![0.0, 0.1, 0.15, 0.25], |t, v| t.trigger_bonus = v),
        ("unknown_factor", vec![0.5, 0.7, 0.85, 1.0, 1.2, 1.5], |t, v| t.unknown_factor = v),
        ("unmatched_floor", vec![0.0, 1.0, 1.5, 2.0, 2.5, 3.0], |t, v| t.unmatched_floor = v),
        ("passage_floor", vec![1.5, 2.0, 2.5, 3.0, 4.0], |t, v| t.passage_floor = v),
        ("example_kind", vec![0.7, 0.8, 0.9, 0.95, 1.0], |t, v| t.example_kind = v),
    ];
    for (name, values, set) in knobs {
        for v in values {
            let mut t = base;
            set(&mut t, v);
            println!("{name:<18} {v:<5} {}", score(t));
        }
    }
    Ok(())
}
