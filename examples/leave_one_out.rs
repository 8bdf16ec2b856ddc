//! For curators: how well each entry is found by phrasings it does not
//! list. Each example question is taken out of its entry in turn and asked;
//! it should still reach the same entry. Misses point at lexicon gaps or
//! entries that need more varied phrasings.
//!
//! cargo run --release --example leave_one_out

use std::path::Path;
use std::sync::Arc;

use citebot::engine::Engine;
use citebot::knowledge::KnowledgeBase;

fn main() -> anyhow::Result<()> {
    let kb = KnowledgeBase::load(Path::new("knowledge")).map_err(|e| anyhow::anyhow!("{e}"))?;
    let engine = Engine::new(&kb);
    let (mut asked, mut found) = (0, 0);
    for (n, entry) in kb.entries.iter().enumerate() {
        for (k, question) in entry.spec.questions.iter().enumerate() {
            let mut spec = entry.spec.clone();
            spec.questions.remove(k);
            if spec.questions.is_empty() {
                continue;
            }
            let without = Arc::new(kb.source.validate(spec).map_err(|e| anyhow::anyhow!("{e:?}"))?);
            let mut entries = kb.entries.clone();
            entries[n] = without;
            let reply = engine.with_entries(entries, None).answer(question);
            asked += 1;
            // Right when the reply quotes what the entry quotes, whichever
            // entry (or passage) it came from.
            let quoted = |t: &str| entry.quotes.iter().any(|q| q.text.contains(t) || t.contains(q.text.as_str()));
            if reply.answered() && reply.quotes().iter().any(|q| quoted(&q.text)) {
                found += 1;
            } else {
                println!(
                    "{:<28} {question:?} -> {} ({:.2})",
                    entry.id(),
                    reply.entry().unwrap_or("-"),
                    reply.confidence
                );
            }
        }
    }
    println!("{found}/{asked} example questions, left out of their entry, still get its quote");
    Ok(())
}
