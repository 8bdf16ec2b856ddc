//! Ranking the entries for a question: a shortlist by vocabulary overlap
//! from the postings, then each one's full score, best first.

use super::index::{CompiledEntry, Index};
use super::score::{entry_score, upper_bound, Bound, Judged, Query};
use super::Engine;

impl Engine {
    /// Entries by score, best first: a shortlist by vocabulary overlap
    /// from the postings, then the full score for each. Unless `complete`,
    /// the list may stop short once an entry answers: an entry whose
    /// [`upper_bound`] cannot beat the best so far is not scored,
    /// which changes nothing a reply shows (only the first entry counts
    /// when one answers).
    pub(super) fn rank(&self, q: &Query, question: &str, complete: bool) -> Vec<(usize, Judged)> {
        let mut candidates = self.shortlist(q, question);
        candidates.sort_unstable_by(|a, b| b.bound.total_cmp(&a.bound).then(a.entry.cmp(&b.entry)));
        let mut ranked: Vec<(usize, Judged)> = Vec::with_capacity(candidates.len());
        let mut best: Option<(f32, f32)> = None;
        for c in candidates {
            let answered = best.filter(|&(score, _)| score >= self.tuning.answer_threshold);
            if !complete && answered.is_some_and(|best| c.bound.cannot_beat(best)) {
                break;
            }
            let weights = &self.index.example_weights[c.entry];
            let coverage = c.coverage(q, &self.compiled[c.entry]);
            let judged = entry_score(q, &self.compiled[c.entry], weights, coverage, c.triggered, &self.tuning);
            if best.is_none_or(|(score, beyond)| (judged.score, judged.beyond) > (score, beyond)) {
                best = Some((judged.score, judged.beyond));
            }
            ranked.push((c.entry, judged));
        }
        ranked.sort_unstable_by(|a, b| {
            b.1.score.total_cmp(&a.1.score).then(b.1.beyond.total_cmp(&a.1.beyond)).then(a.0.cmp(&b.0))
        });
        ranked
    }

    /// The entries worth a full score, each with the most it can score.
    fn shortlist(&self, q: &Query, question: &str) -> Vec<Candidate> {
        let mut overlap = accumulate(q, &self.index, self.compiled.len());
        // Most questions match no trigger, and telling so is cheaper than
        // finding every pattern that matches.
        let triggered: Vec<usize> = if self.triggers.patterns.is_empty() || !self.triggers.set.is_match(question) {
            Vec::new()
        } else {
            self.triggers.set.matches(question).iter().map(|p| self.triggers.owners[p]).collect()
        };
        for &e in &triggered {
            if !overlap.iter().any(|&(o, _, _)| o as usize == e) {
                overlap.push((e as u32, 0.0, 0.0));
            }
        }
        let shortlist = self.tuning.shortlist.max(triggered.len());
        if overlap.len() > shortlist {
            overlap.select_nth_unstable_by(shortlist - 1, |a, b| b.1.total_cmp(&a.1));
            overlap.truncate(shortlist);
        }
        overlap
            .into_iter()
            .map(|(e, matched, missing)| {
                let e = e as usize;
                let triggered = triggered.contains(&e);
                let bound = upper_bound(q, q.coverage(matched, missing), triggered, &self.tuning);
                Candidate { entry: e, matched, missing, triggered, bound }
            })
            .collect()
    }
}

thread_local! {
    /// Per-entry sums for [`accumulate`], reused across questions so a large
    /// knowledge base costs no allocation per question.
    static SCRATCH: std::cell::RefCell<Scratch> = const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
}

/// Per-entry sums, and the entries touched.
type Scratch = (Vec<(f32, f32)>, Vec<u32>);

/// A shortlisted entry before its full score.
struct Candidate {
    entry: usize,
    /// The matched weight and the matched terms' weight when missing.
    matched: f32,
    missing: f32,
    triggered: bool,
    /// The most it can score.
    bound: Bound,
}

impl Candidate {
    /// Its coverage of the question, with the names around it and the
    /// words of saying it accounts for.
    fn coverage(&self, q: &Query, c: &CompiledEntry) -> f32 {
        let (near, near_missing) = q.with_context(self.matched, self.missing, c.bag(), c.context());
        let (near, near_missing) = q.with_saying(near, near_missing, c.bag(), c.offer());
        let (near, near_missing) = q.with_corrected(near, near_missing, c.bag(), c.offer());
        q.coverage(near, near_missing)
    }
}

/// For every entry sharing a term with the question: the matched weight and
/// the matched terms' weight when missing (see [`Query::coverage`]).
fn accumulate(q: &Query, index: &Index, entries: usize) -> Vec<(u32, f32, f32)> {
    SCRATCH.with(|cell| {
        let (sums, touched) = &mut *cell.borrow_mut();
        if sums.len() < entries {
            sums.resize(entries, (0.0, 0.0));
        }
        // Room for every entry once, and one more: each entry's number is
        // written, and kept (`n` moves on) only when first touched, which
        // costs no branch to mispredict.
        if touched.len() <= entries {
            touched.resize(entries + 1, 0);
        }
        let (sums, touched) = (sums.as_mut_slice(), touched.as_mut_slice());
        let mut n = 0;
        for w in &q.terms {
            let (credit, missing) = (w.credit, w.missing);
            for &e in w.id.map_or(&[][..], |id| index.entries_with(id)) {
                let slot = &mut sums[e as usize];
                touched[n.min(entries)] = e;
                n += usize::from(slot.0 == 0.0);
                slot.0 += credit;
                slot.1 += missing;
            }
        }
        touched[..n.min(entries)]
            .iter()
            .map(|&e| {
                let (w, m) = std::mem::take(&mut sums[e as usize]);
                (e, w, m)
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::KnowledgeBase;
    use std::path::Path;

    /// The questions of the dev sets, as `ask --json` reads them.
    fn questions() -> Vec<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        ["dev.jsonl", "dev_chat.jsonl", "heldout40.jsonl", "heldout41.jsonl"]
            .iter()
            .flat_map(|f| {
                std::fs::read_to_string(root.join("tests/data").join(f))
                    .unwrap()
                    .lines()
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .map(|l| serde_json::from_str::<serde_json::Value>(&l).unwrap()["q"].as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn no_entry_scores_above_its_bound_and_stopping_early_keeps_the_best() {
        let kb = KnowledgeBase::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../knowledge")).unwrap();
        let engine = Engine::new(&kb);
        let questions = questions();
        assert!(questions.len() > 150, "{}", questions.len());
        let mut stopped_early = 0;
        for question in &questions {
            let query = engine.query(&engine.analyze(question));
            for c in engine.shortlist(&query, question) {
                let weights = &engine.index.example_weights[c.entry];
                let entry = &engine.compiled[c.entry];
                let j = entry_score(&query, entry, weights, c.coverage(&query, entry), c.triggered, &engine.tuning);
                assert!(j.score <= c.bound.score && j.beyond <= c.bound.beyond, "{question}: {j:?} > {:?}", c.bound);
            }
            let all = engine.rank(&query, question, true);
            let some = engine.rank(&query, question, false);
            let best = |r: &[(usize, Judged)]| r.first().map(|(e, j)| (*e, j.score, j.beyond));
            assert_eq!(best(&all), best(&some), "{question}");
            stopped_early += usize::from(some.len() < all.len());
        }
        // The bound is worth having: over a third of the questions stop early.
        assert!(stopped_early * 3 > questions.len(), "{stopped_early} of {}", questions.len());
    }
}
