//! The answering engine: a question and a knowledge base in, a reply out.
//! Pure: no Discord, no files, no clock, so every front end gets the same
//! answer for the same question.

mod analyze;
mod asked;
mod build;
mod cited;
mod explain;
mod followup;
mod headings;
mod index;
mod kind;
mod later;
mod message;
mod paragraphs;
mod rank;
mod relations;
mod reply;
mod score;
mod search;
mod several;
mod snapshot;
mod spelled;
mod speller;
mod vocabulary;

use std::sync::Arc;

pub use analyze::{Analysis, Analyzer, EntityType, Intent, QTerm};
pub use explain::{ExplainedTerm, Explanation};
pub use index::CompiledEntry;
pub use kind::{Asks, Grain, Kind};
pub use message::{Clause, Form, Role};
pub use reply::{AbstainReason, Outcome, QuoteRef, Reply, Suggestion};
pub use score::{Judged, Tuning};
pub use snapshot::SnapshotError;

use crate::knowledge::{Location, Source};
use build::Triggers;
use index::{ArticleIndex, Index};
use score::{sentence_score, Query};
use vocabulary::Vocabulary;

/// Questions longer than this are answered from their beginning: nobody
/// asks a 100 KB question, and the cost must stay bounded.
pub const MAX_QUESTION_CHARS: usize = 1000;

/// How many topics an abstention suggests.
const SUGGESTIONS: usize = 3;

/// What a reply lacks when the article only says that the thing asked
/// about will happen.
const FORETOLD: &str = "whether it happened, only that it would";

/// A knowledge base made searchable. Cheap to share (`Arc`) and immutable:
/// a change builds a new engine with [`Engine::with_entries`].
#[derive(Debug)]
pub struct Engine {
    source: Arc<Source>,
    analyzer: Arc<Analyzer>,
    /// The shipped base's term numbers, or a server's layer over them.
    vocabulary: Arc<Vocabulary>,
    compiled: Vec<Arc<CompiledEntry>>,
    index: Index,
    article: Arc<ArticleIndex>,
    triggers: Arc<Triggers>,
    /// The article's sentences as words, for the ones a message quotes.
    cited: Arc<cited::SentenceWords>,
    tuning: Tuning,
}

/// What a reply says the article does not give, when it speaks of a thing
/// without naming it, or of a whole without naming its parts.
fn name_missing(analysis: &Analysis) -> String {
    match (analysis.members, analysis.besides.is_empty()) {
        (true, _) => "which ones",
        (false, false) => "which other one",
        (false, true) => "what it is called",
    }
    .to_string()
}

impl Engine {
    pub fn source(&self) -> &Arc<Source> {
        &self.source
    }

    /// The lexicon-aware analysis of a text, with spelling correction, as
    /// the engine sees a question.
    pub fn analyze(&self, text: &str) -> Analysis {
        let text = clip(text);
        let vocabulary = &self.vocabulary;
        self.analyzer.analyze_with(text, |w| {
            if vocabulary.id(w).is_some_and(|id| self.index.knows(id)) {
                None
            } else {
                vocabulary.correct(w, |id| self.index.knows(id))
            }
        })
    }

    fn query(&self, analysis: &Analysis) -> Query {
        let mut q =
            Query::new(&self.index, self.article.topic, &self.vocabulary, &self.analyzer, analysis, &self.tuning);
        q.keep_wrong_guesses(|id, others, deeds| self.article.together(id, others, deeds));
        q
    }

    /// Answers a question. Never panics, whatever the input.
    pub fn answer(&self, question: &str) -> Reply {
        self.answer_message(question, &self.analyze(question))
    }

    /// Answers a message read alone: whole, else question by question
    /// when it asks several things.
    fn answer_message(&self, question: &str, analysis: &Analysis) -> Reply {
        if let Some(reply) = self.answer_heading(question, analysis) {
            return reply;
        }
        if let Some(reply) = self.answer_paragraph(question, analysis) {
            // An entry written for such questions (a server's own "what
            // does paragraph nine say?") stands over the place.
            let entry = self.answer_analysis(question, analysis, clip(question), &[]);
            return if self.asks_for_a_place(&entry) { entry } else { reply };
        }
        if let Some(reply) = self.answer_order(question, analysis) {
            return reply;
        }
        let reply = self.answer_analysis(question, analysis, clip(question), &[]);
        if reply.answered() {
            let reply = self.answer_cited(question, analysis, &reply).unwrap_or(reply);
            return self.answer_spelling(analysis, &reply).unwrap_or(reply);
        }
        if let Some(reply) = self.answer_order_stated(question, analysis) {
            return reply;
        }
        if let Some(reply) = self.answer_each(question, analysis) {
            return reply;
        }
        let reply = self.answer_cited(question, analysis, &reply).unwrap_or(reply);
        self.answer_spelling(analysis, &reply).unwrap_or(reply)
    }

    /// Answers a question that may follow up `previous`, the same person's
    /// question just before in the same place ("Who backs Hafter?" then "and
    /// Serraj?"). A question that stands on its own is answered as it is;
    /// one that leans on the previous ("and Serraj?", "on what date?", "who
    /// signed those deals?") is read together with it. The front end keeps
    /// who asked what; the engine only reads the pair.
    pub fn answer_after(&self, question: &str, previous: Option<&str>) -> Reply {
        let analysis = self.analyze(question);
        let Some((previous, before, merged)) = self.follow_up(&analysis, previous) else {
            return self.answer_message(question, &analysis);
        };
        let both = format!("{} {}", clip(previous), clip(question));
        // "anything else?", "any other reason?": not what was just quoted.
        let before_reply = followup::asks_for_more(&analysis)
            .then(|| self.answer_analysis(previous, &before, clip(previous), &[]))
            .filter(Reply::answered);
        let told = before_reply.as_ref().map_or_else(Vec::new, |r| r.quotes().to_vec());
        let reply = self.answer_analysis(question, &merged, clip(&both), &told);
        if reply.answered() {
            return reply;
        }
        // Nothing new, but what was quoted names more than the question
        // did: "who did Serraj meet in Algiers?" then "anyone else?" is
        // answered by the same quote, which names Cavusoglu too.
        if let Some(again) = before_reply.filter(|r| self.names_more(&merged, r.quotes())) {
            return Reply { question: question.to_string(), ..again };
        }
        if !told.is_empty() {
            return reply;
        }
        // The pair is not answered: the question may stand on its own after
        // all, unless it leans on the previous ("and Sarraj's?", "how long
        // will it last?"). If alone it is not answered either, the pair's
        // reply says better what the article lacks.
        if followup::leans_on_previous(&analysis) && matches!(reply.outcome, Outcome::NotStated { .. }) {
            return reply;
        }
        let alone = self.answer_message(question, &analysis);
        if alone.answered() || !matches!(reply.outcome, Outcome::NotStated { .. }) {
            alone
        } else {
            reply
        }
    }

    /// Whether `quotes` name at least two people, groups or countries (for
    /// "who else?") or places (for "where else?") that the question does
    /// not.
    fn names_more(&self, question: &Analysis, quotes: &[QuoteRef]) -> bool {
        let fits: fn(EntityType) -> bool = match question.asks.kind {
            Kind::Who => EntityType::answers_who,
            Kind::Where => EntityType::answers_where,
            _ => return false,
        };
        let mut names: Vec<String> = quotes
            .iter()
            .flat_map(|q| self.analyzer.analyze(&q.text).terms)
            .filter(|t| t.entity.is_some_and(fits) && !question.terms.iter().any(|m| m.term == t.term))
            .map(|t| t.term)
            .collect();
        names.sort_unstable();
        names.dedup();
        names.len() >= 2
    }

    /// When `question` (analysed) leans on `previous`: the previous
    /// question, its analysis, and the two read together.
    fn follow_up<'p>(&self, analysis: &Analysis, previous: Option<&'p str>) -> Option<(&'p str, Analysis, Analysis)> {
        let previous = previous.filter(|_| analysis.intent.is_none() && followup::is_follow_up(analysis))?;
        let before = self.analyze(previous);
        let merged = followup::merge(&before, analysis);
        Some((previous, before, merged))
    }

    /// Answers an analysed question; `told` are quotes the person was just
    /// given, which a follow-up asking for more must not repeat.
    fn answer_analysis(&self, question: &str, analysis: &Analysis, trigger_text: &str, told: &[QuoteRef]) -> Reply {
        let reply = |confidence: f32, outcome: Outcome| Reply {
            question: question.to_string(),
            confidence,
            outcome,
            unanswered: Vec::new(),
        };
        let abstain = |reason| reply(0.0, Outcome::Abstain { reason, suggestions: self.suggest(&[]) });
        match analysis.intent {
            Some(Intent::Help) => return abstain(AbstainReason::Help),
            Some(Intent::Thanks) => return abstain(AbstainReason::Thanks),
            None => {}
        }
        if analysis.terms.is_empty() || analysis.offtopic > 0 {
            let reason = if analysis.chatter > 0 {
                AbstainReason::Chatter
            } else if analysis.offtopic > 0 {
                AbstainReason::OffTopic
            } else {
                AbstainReason::Empty
            };
            return abstain(reason);
        }
        let mut query = self.query(analysis);
        query.told = told
            .iter()
            .flat_map(|q| self.analyzer.analyze(&q.text).terms)
            .filter(|t| t.entity.is_some())
            .filter_map(|t| self.vocabulary.id(&t.term))
            .collect();
        let mut ranked = self.rank(&query, trigger_text, !told.is_empty());
        let repeats = |text: &str| told.iter().any(|t| t.text.contains(text) || text.contains(t.text.as_str()));
        if !told.is_empty() {
            // Nothing but what was told is no answer; some of it again is
            // a worse answer than something new that answers as well.
            let quotes = |e: usize| self.compiled[e].entry.quotes.iter();
            ranked.retain(|(e, _)| !quotes(*e).all(|q| repeats(&q.text)));
            let fresh = |e: usize| !quotes(e).any(|q| repeats(&q.text));
            if ranked.iter().any(|(e, j)| fresh(*e) && j.score >= self.tuning.answer_threshold) {
                ranked.retain(|(e, _)| fresh(*e));
            }
        }
        // The article's sentences are a fallback: not scored when an entry
        // answers the whole question. One that leaves out a focus word may
        // lose to a sentence that has it (see `decide`).
        let answers =
            ranked.first().is_some_and(|(_, j)| j.score >= self.tuning.answer_threshold && j.missed.is_empty());
        let sentence = if answers {
            None
        } else {
            self.best_sentence(&query, |i| told.is_empty() || !repeats(&self.sentence_quote(i).text))
        };
        let (confidence, outcome) = self.decide(analysis, &ranked, sentence.as_ref());
        reply(confidence, outcome)
    }

    /// From the scored candidates to what the person is told: the best
    /// entry if it is good enough, else the best sentence; else, when a
    /// candidate matches the question's names but cannot say what it
    /// asks, that the article does not say it, with the nearest it comes;
    /// else that the article does not cover it.
    fn decide(
        &self,
        analysis: &Analysis,
        ranked: &[(usize, Judged)],
        sentence: Option<&(usize, Judged)>,
    ) -> (f32, Outcome) {
        let t = &self.tuning;
        let quotes_of = |e: usize| self.compiled[e].entry.quotes.iter().map(|q| self.quote_ref(&q.at)).collect();
        if analysis.present || later::asks_how_it_turned_out(analysis, &self.article.dated) {
            let (confidence, related) = match (ranked.first(), sentence) {
                (Some((e, j)), _) => (j.score, quotes_of(*e)),
                (None, Some((s, j))) => (j.score, vec![self.sentence_quote(*s)]),
                (None, None) => (0.0, Vec::new()),
            };
            let what = if analysis.present { "how things stand now" } else { "how it turned out" };
            let missing = format!("{what} (it was written on {})", self.source.article.meta.date);
            return (confidence, Outcome::NotStated { missing, related });
        }
        let asks_who = analysis.asks.asks_who();
        // "the context in which they made the call": an entry about the
        // call that leaves out its context loses to a sentence that has
        // both, by a clear margin.
        let outdone = |j: &Judged| {
            !j.missed.is_empty()
                && sentence.is_some_and(|(_, s)| s.missed.is_empty() && s.score >= j.score + t.sentence_margin)
        };
        if let Some((best, j)) = ranked.first().filter(|(_, j)| j.score >= t.answer_threshold && !outdone(j)) {
            let e = &self.compiled[*best].entry;
            let mut quotes: Vec<QuoteRef> = e.quotes.iter().map(|q| self.quote_ref(&q.at)).collect();
            let first = || e.quotes.first().and_then(|q| self.sentence_at(q.at.block, q.at.start));
            if let Some(before) = asks_who.then(first).flatten().and_then(|s| self.antecedent(s)) {
                if !quotes.iter().any(|q| q.text == before.text) {
                    quotes.insert(0, before);
                }
            }
            if let Some(missing) = self.unsaid(analysis, &quotes) {
                return (j.score, Outcome::NotStated { missing, related: quotes });
            }
            let outcome = Outcome::Answer {
                entry: e.spec.id.clone(),
                topic: e.spec.topic.clone(),
                answer: e.spec.answer.clone(),
                quotes,
            };
            return (j.score, outcome);
        }
        if let Some((s, j)) = sentence.filter(|(_, j)| j.score >= t.passage_threshold) {
            let before = self.antecedent(*s).filter(|_| asks_who);
            let quotes: Vec<QuoteRef> = before.into_iter().chain([self.sentence_quote(*s)]).collect();
            if let Some(missing) = self.unsaid(analysis, &quotes) {
                return (j.score, Outcome::NotStated { missing, related: quotes });
            }
            return (j.score, Outcome::Passage { quotes });
        }
        let near_entry = ranked
            .iter()
            .filter(|(_, j)| j.base >= t.answer_threshold)
            .max_by(|a, b| a.1.base.total_cmp(&b.1.base))
            .map(|(e, j)| (quotes_of(*e), j));
        let near_sentence =
            || sentence.filter(|(_, j)| j.base >= t.passage_threshold).map(|(s, j)| (vec![self.sentence_quote(*s)], j));
        if let Some((related, j)) = near_entry.or_else(near_sentence) {
            return (j.score, Outcome::NotStated { missing: self.missing(analysis, j), related });
        }
        let confidence = ranked.first().map_or(0.0, |(_, j)| j.score);
        let near: Vec<usize> = ranked.iter().map(|&(e, _)| e).collect();
        (confidence, Outcome::Abstain { reason: AbstainReason::NotCovered, suggestions: self.suggest(&near) })
    }

    /// What a near candidate does not say: what the question asks for, or
    /// its focus words ("anything about “arrive”"), or, when the article
    /// uses each word it leaves out, the question's words together.
    /// Whether quotes give the name a question asks, if it asks one
    /// ("what is the contractor group called").
    fn names_it(&self, analysis: &Analysis, quotes: &[QuoteRef]) -> bool {
        if analysis.named.is_empty() {
            return true;
        }
        let asked: Vec<String> = analysis.terms.iter().map(|t| t.term.clone()).collect();
        // A section heading is a name ("what's the second subheading called").
        quotes
            .iter()
            .any(|q| q.is_heading() || self.analyzer.gives_a_name(&q.text, &analysis.named, &asked, &analysis.besides))
    }

    /// What quotes that match a question still do not say: the name it
    /// asks ([`Engine::names_it`]), or that what it asks about happened
    /// when they only say it will ([`later::only_foretold`]).
    fn unsaid(&self, analysis: &Analysis, quotes: &[QuoteRef]) -> Option<String> {
        if !self.names_it(analysis, quotes) {
            return Some(name_missing(analysis));
        }
        let texts = quotes.iter().map(|q| q.text.as_str());
        later::only_foretold(&self.analyzer, analysis, texts).then(|| FORETOLD.to_string())
    }

    fn missing(&self, analysis: &Analysis, j: &Judged) -> String {
        if let Some((_, _, surface)) = j.unbound.filter(|_| !j.wrong_kind).and_then(|i| analysis.bindings.get(i)) {
            return format!("anything about \u{201C}{surface}\u{201D}");
        }
        if let Some(speaker) = analysis.speaker.as_ref().filter(|_| j.wrong_speaker && !j.wrong_kind) {
            let surface = |term: &String| {
                analysis.terms.iter().find(|t| &t.term == term).map_or_else(|| term.clone(), |t| t.surface.clone())
            };
            return match &analysis.addressee {
                Some(to) => format!("what {} said to {}", surface(speaker), surface(to)),
                None => format!("what {} said", surface(speaker)),
            };
        }
        if analysis.discussed && j.wrong_speaker && !j.wrong_kind {
            return "what was discussed".to_string();
        }
        // "what did the zone cover before it was extended".
        let prior = analysis.prior.as_ref().filter(|_| j.wrong_kind);
        if let Some(t) = prior.and_then(|p| analysis.terms.iter().find(|t| &t.term == p)) {
            return format!("what there was before it was \u{201C}{}\u{201D}", t.surface);
        }
        if j.wrong_kind || j.missed.is_empty() {
            return analysis.asks.wording().to_string();
        }
        let quoted = |t: &QTerm| format!("\u{201C}{}\u{201D}", t.surface);
        // "what will happen after the ceasefire": the article says plenty
        // about the ceasefire, only not this; what it lacks is the words
        // together.
        let in_article = |t: &QTerm| self.vocabulary.id(&t.term).is_some_and(|id| self.article.uses(id));
        if j.missed.iter().all(|i| in_article(&analysis.terms[i])) {
            let mut core: Vec<&QTerm> = Vec::new();
            for t in analysis.terms.iter().filter(|t| t.role == Role::Core) {
                if !core.iter().any(|c| c.term == t.term) {
                    core.push(t);
                }
            }
            let words: Vec<String> = core.into_iter().map(quoted).collect();
            return match &words[..] {
                [a, b] => format!("anything about {a} and {b} together"),
                [a, b, c] => format!("anything about {a}, {b} and {c} together"),
                _ => "that".to_string(),
            };
        }
        let words: Vec<String> = j.missed.iter().map(|i| quoted(&analysis.terms[i])).collect();
        format!("anything about {}", words.join(" or "))
    }

    /// The best sentence among those sharing a term with the question (a
    /// sentence that shares none cannot cover it).
    fn best_sentence(&self, q: &Query, allowed: impl Fn(usize) -> bool) -> Option<(usize, Judged)> {
        let candidates = self.article.sentences_with(q.terms.iter().filter_map(|w| w.id));
        let candidates = candidates.into_iter().filter(|&i| allowed(i));
        candidates.map(|i| (i, sentence_score(q, &self.article.sentences[i], &self.tuning))).fold(
            None,
            |best: Option<(usize, Judged)>, (i, j)| match best {
                Some((_, ref b)) if b.score >= j.score => best,
                _ => Some((i, j)),
            },
        )
    }

    /// Distinct topics of the nearest entries, or the first topics of the
    /// knowledge base when nothing is near.
    fn suggest(&self, near: &[usize]) -> Vec<Suggestion> {
        let mut out: Vec<Suggestion> = Vec::new();
        let all = 0..self.compiled.len();
        for e in near.iter().copied().chain(all) {
            let spec = &self.compiled[e].entry.spec;
            if out.len() == SUGGESTIONS {
                break;
            }
            if !out.iter().any(|s| s.topic == spec.topic) {
                let example = spec.questions.first().cloned().unwrap_or_default();
                out.push(Suggestion { topic: spec.topic.clone(), example });
            }
        }
        out
    }

    /// The article's sentence holding byte `start` of `block`.
    fn sentence_at(&self, block: usize, start: usize) -> Option<usize> {
        self.article.sentences.iter().position(|s| s.block == block && (s.start..s.end).contains(&start))
    }

    /// For a sentence that opens with a pronoun ("They had controlled
    /// Sirte…") or gives whose words it reports by one ("…, their statement
    /// said."), the one before it, which names them: a "who" question is
    /// answered by the name, not by "they".
    fn antecedent(&self, i: usize) -> Option<QuoteRef> {
        let s = &self.article.sentences[i];
        let text = &self.source.article.blocks[s.block].text[s.start..s.end];
        // "They had controlled…", "…, their statement said."; the words of
        // the last a paragraph reports may open the next.
        let opens = ["They ", "He ", "She ", "It "].iter().any(|p| text.starts_with(p));
        let ends = s.pronoun_speaker;
        let blocks = &self.source.article.blocks;
        let follows = |b: usize| {
            let before = &self.article.sentences[b];
            before.block == s.block
                || ends
                    && before.block + 1 == s.block
                    && blocks[before.block].section == blocks[s.block].section
                    && blocks[before.block].kind == crate::knowledge::BlockKind::Paragraph
        };
        let before = i.checked_sub(1).filter(|&b| (opens || ends) && follows(b))?;
        Some(self.sentence_quote(before))
    }

    fn sentence_quote(&self, i: usize) -> QuoteRef {
        let s = &self.article.sentences[i];
        let block = &self.source.article.blocks[s.block];
        QuoteRef {
            text: block.text[s.start..s.end].to_string(),
            paragraph: block.paragraph,
            section: block.section.clone(),
        }
    }

    fn quote_ref(&self, at: &Location) -> QuoteRef {
        let block = &self.source.article.blocks[at.block];
        QuoteRef {
            text: block.text[at.start..at.end].to_string(),
            paragraph: at.paragraph,
            section: at.section.clone(),
        }
    }
}

/// The first [`MAX_QUESTION_CHARS`] characters of a question.
fn clip(question: &str) -> &str {
    // No more bytes than that is no more characters: nothing to count.
    if question.len() <= MAX_QUESTION_CHARS {
        return question;
    }
    match question.char_indices().nth(MAX_QUESTION_CHARS) {
        Some((at, _)) => &question[..at],
        None => question,
    }
}
