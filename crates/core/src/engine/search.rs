//! What the front ends offer besides answers: autocomplete, sentence
//! search and the topics covered.

use super::{clip, Asks, Engine, QuoteRef, Suggestion};

impl Engine {
    /// Example questions most like what has been typed so far, for
    /// autocomplete: those containing the typed text first, then those of
    /// the best-matching entries. With nothing typed, one per topic.
    pub fn similar_questions(&self, typed: &str, limit: usize) -> Vec<String> {
        let typed = clip(typed).trim();
        let mut out: Vec<String> = Vec::new();
        let push = |q: &String, out: &mut Vec<String>| {
            if out.len() < limit && !out.contains(q) {
                out.push(q.clone());
            }
        };
        if typed.is_empty() {
            for s in self.suggest_all() {
                push(&s.example, &mut out);
            }
            return out;
        }
        let needle = typed.to_lowercase();
        for c in &self.compiled {
            for q in c.entry.spec.questions.iter().filter(|q| q.to_lowercase().contains(&needle)) {
                push(q, &mut out);
            }
        }
        let query = self.query(&self.analyze(typed));
        for (e, judged) in self.rank(&query, typed, true) {
            if judged.score <= 0.0 {
                break;
            }
            for q in &self.compiled[e].entry.spec.questions {
                push(q, &mut out);
            }
        }
        out
    }

    /// The article's sentences that share words with `text`, best first.
    pub fn search_sentences(&self, text: &str, limit: usize) -> Vec<QuoteRef> {
        let mut analysis = self.analyze(text);
        analysis.asks = Asks::OPEN;
        let query = self.query(&analysis);
        let mut scored: Vec<(usize, f32)> = self
            .article
            .sentences
            .iter()
            .enumerate()
            .map(|(i, s)| (i, query.coverage_of(&s.terms).1))
            .filter(|&(_, c)| c > 0.0)
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored.into_iter().take(limit).map(|(i, _)| self.sentence_quote(i)).collect()
    }

    /// One suggestion per topic, in knowledge-base order: what the bot covers.
    pub fn suggest_all(&self) -> Vec<Suggestion> {
        let mut out: Vec<Suggestion> = Vec::new();
        for c in &self.compiled {
            let spec = &c.entry.spec;
            if !out.iter().any(|s| s.topic == spec.topic) {
                out.push(Suggestion { topic: spec.topic.clone(), example: spec.questions[0].clone() });
            }
        }
        out
    }
}
