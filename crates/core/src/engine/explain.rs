//! Why the engine answers as it does, for whoever curates the knowledge
//! base (`citebot ask --explain`).

use super::{clip, Asks, Engine, Form, Judged, Reply, Role};

impl Engine {
    /// Why the engine answers as it does: how it read the message (clauses,
    /// what it asks, each term's role and weight) and the best-scoring
    /// entries and sentence. For whoever curates the knowledge base
    /// (`citebot ask --explain`).
    /// With `previous`, a follow-up is shown as read with it.
    pub fn explain(&self, question: &str, previous: Option<&str>) -> Explanation {
        let alone = self.analyze(question);
        let read = self.follow_up(&alone, previous);
        let follows = read.as_ref().map(|(p, _, _)| p.to_string());
        let analysis = read.map_or(alone, |(_, _, merged)| merged);
        let query = self.query(&analysis);
        let terms = analysis
            .terms
            .iter()
            .zip(&query.terms)
            .map(|(t, w)| ExplainedTerm {
                term: t.term.clone(),
                surface: t.surface.clone(),
                role: t.role,
                weight: w.weight,
                known: w.id.is_some(),
                focus: w.focus,
            })
            .collect();
        let clauses =
            analysis.clauses.iter().map(|c| (analysis.words[c.start..c.end].join(" "), c.form, c.asks)).collect();
        let entries = self
            .rank(&query, clip(question), true)
            .into_iter()
            .take(5)
            .map(|(e, j)| (self.compiled[e].entry.spec.id.clone(), j))
            .collect();
        let sentence = self.best_sentence(&query, |_| true).map(|(i, j)| (self.sentence_quote(i).text, j));
        let reply = self.answer_after(question, previous);
        Explanation {
            follows,
            asks: analysis.asks,
            named: analysis.named.clone(),
            members: analysis.members,
            besides: analysis.besides.clone(),
            clauses,
            terms,
            entries,
            sentence,
            reply,
        }
    }
}

/// What [`Engine::explain`] reports.
#[derive(Debug, Clone)]
pub struct Explanation {
    /// The previous question, when the question was read as its follow-up.
    pub follows: Option<String>,
    /// What the question asks for.
    pub asks: Asks,
    /// The thing whose name it asks, if it asks one (see [`Analysis::named`]).
    pub named: Vec<String>,
    /// Whether it asks which ones of them (see [`Analysis::members`]).
    pub members: bool,
    /// The one of that kind it sets aside (see [`Analysis::besides`]).
    pub besides: Vec<String>,
    /// The message's clauses: their words, form and what each asks.
    pub clauses: Vec<(String, Form, Asks)>,
    pub terms: Vec<ExplainedTerm>,
    /// The best entries, with their scores and what held them back.
    pub entries: Vec<(String, Judged)>,
    /// The best sentence of the article, and its score.
    pub sentence: Option<(String, Judged)>,
    /// The reply itself.
    pub reply: Reply,
}

/// One term of the question, as the scorer weighed it.
#[derive(Debug, Clone)]
pub struct ExplainedTerm {
    pub term: String,
    /// The question's own word(s).
    pub surface: String,
    pub role: Role,
    pub weight: f32,
    /// Whether an entry or the article uses it.
    pub known: bool,
    /// A core word naming no one: an answer must account for it.
    pub focus: bool,
}
