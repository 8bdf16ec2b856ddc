//! Scoring an entry or a sentence against a [`Query`]: coverage, the
//! answer type, and the bound that lets ranking stop early.

use super::*;

/// A set of a question's terms, by index: at most [`MAX_TERMS`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Terms(pub(super) u64);

/// How many of a question's terms the scorer weighs: more is no question.
pub const MAX_TERMS: usize = 64;

impl Terms {
    pub(super) fn insert(&mut self, i: usize) {
        if i < MAX_TERMS {
            self.0 |= 1 << i;
        }
    }

    pub(super) fn union(self, other: Terms) -> Terms {
        Terms(self.0 | other.0)
    }

    pub(super) fn without(self, other: Terms) -> Terms {
        Terms(self.0 & !other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn contains(self, i: usize) -> bool {
        i < MAX_TERMS && self.0 >> i & 1 == 1
    }

    /// Whether the two sets share a term.
    pub(super) fn meets(self, other: Terms) -> bool {
        self.0 & other.0 != 0
    }

    /// The indexes in the set, in order.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        bits(self.0)
    }
}

/// A candidate's score, and what held it back.
#[derive(Debug, Clone, Default)]
pub struct Judged {
    pub score: f32,
    /// The score before the kind and focus checks: how well it matches
    /// the question's words at all.
    pub base: f32,
    /// It cannot give what the question asks for.
    pub wrong_kind: bool,
    /// It does not report the words of the one the question asks about.
    pub wrong_speaker: bool,
    /// A title of the question it does not bind to the same holder
    /// ("the Egyptian president"), by index into the question's bindings.
    pub unbound: Option<usize>,
    /// The question's focus words it leaves out (indexes into the query).
    pub missed: Terms,
    /// How far the match went past a full score before it was capped:
    /// what orders two entries that both score 1.
    pub beyond: f32,
}

/// How close an example must be to the question (F-score) to count as the
/// curator's own statement that the entry answers it.
pub(super) const CURATED: f32 = 0.95;

/// The full score of an entry for a question, in [0, 1].
pub fn entry_score(
    q: &Query,
    e: &CompiledEntry,
    example_weights: &[f32],
    coverage: f32,
    triggered: bool,
    t: &Tuning,
) -> Judged {
    if q.total_credit <= 0.0 {
        return Judged::default();
    }
    // Each question term's examples in this entry, as bits; then every
    // example's matched credit and matched `missing` weight from them.
    let mut masks = [0u64; MAX_TERMS];
    for (m, w) in masks.iter_mut().zip(&q.terms) {
        *m = w.id.map_or(0, |id| e.examples_with(id));
    }
    let masks = &masks[..q.terms.len().min(MAX_TERMS)];
    let mut matched = [0f32; 64];
    let mut matched_missing = [0f32; 64];
    for (w, &mask) in q.terms.iter().zip(masks) {
        for k in bits(mask) {
            matched[k] += w.credit;
            matched_missing[k] += w.missing;
        }
    }
    // Examples that use at least one of the question's terms (`seen`), and
    // at least two (`twice`); an example with none scores nothing.
    let mut seen = 0u64;
    let mut twice = 0u64;
    for &m in masks {
        twice |= seen & m;
        seen |= m;
    }
    let best_example = bits(seen)
        .map(|k| {
            let recall = q.coverage(matched[k], matched_missing[k]);
            let f = f_score(recall, matched[k] / example_weights[k].max(f32::EPSILON), t.beta);
            if q.asks.kind != crate::engine::kind::Kind::Open && e.example_kinds()[k] != q.asks.kind {
                f * t.example_kind
            } else {
                f
            }
        })
        .fold(0.0, f32::max);
    let mut base = t.example_share * best_example + (1.0 - t.example_share) * coverage;
    if triggered {
        base += t.trigger_bonus;
    }
    // A term is accounted for if the entry states it, or an example uses it
    // together with another of the question's terms: "Egyptian president"
    // is not accounted for by one example about Egypt and another about a
    // president.
    let accounts = |id: u32| e.states(id) || e.examples_with(id) & twice != 0;
    let missed = q.missed_focus_by(accounts, e.context()).union(q.stood_in_for(accounts, e.offer()));
    let missed = missed.without(q.said_in(e.offer())).without(q.corrected_in(e.offer(), accounts));
    // An example that is the question itself: the curator said this entry
    // answers it, whatever its quote's wording shows.
    let curated = best_example >= CURATED;
    // An example that is the question vouches for what it asks, but not
    // for a finer time than the quote gives ("what month" of "in 2015").
    let serves =
        (curated && q.asks.grain.is_none()) || e.serves(q.asks, |id| q.names(id)) || q.settles_titles(e.offer());
    let vouched = Vouched {
        curated,
        timed: curated || asked_by_example(q, e, Kind::When),
        placed: curated || asked_by_example(q, e, Kind::Where),
    };
    let mut judged = judge(q, base.clamp(0.0, 1.0), serves, vouched, e.offer(), missed, t);
    judged.beyond = (base * q.length_boost - 1.0).max(0.0);
    // "besides a ceasefire, what did they want": not the ceasefire entry.
    judged.score *= kept_after_set_aside(q, |id| e.states(id), e.offer(), t);
    judged
}

/// The most an entry can score, from its overlap with the question alone:
/// what [`entry_score`] gives before the checks, which only lower it, with
/// the best conceivable example and full coverage (what it costs to work
/// out the coverage with the names around the entry is saved for the
/// entries that get a full score). An example's recall is at most the
/// entry's `overlap` (the coverage of the question terms its whole
/// vocabulary holds, since every example's terms are in it), and an
/// example's F-score is at most (1 + β²)/β² times its recall, whatever its
/// precision.
pub fn upper_bound(q: &Query, overlap: f32, triggered: bool, t: &Tuning) -> Bound {
    if q.total_credit <= 0.0 {
        return Bound { score: 0.0, beyond: 0.0 };
    }
    let b2 = t.beta * t.beta;
    let best_example = (1.0 + b2) / b2 * overlap;
    let mut base = t.example_share * best_example + (1.0 - t.example_share);
    if triggered {
        base += t.trigger_bonus;
    }
    Bound { score: (base.clamp(0.0, 1.0) * q.length_boost).min(1.0), beyond: (base * q.length_boost - 1.0).max(0.0) }
}

/// What [`upper_bound`] gives: the highest score, and the highest
/// [`Judged::beyond`], which orders entries that both score 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bound {
    pub score: f32,
    pub beyond: f32,
}

impl Bound {
    /// Whether an entry with this bound ranks below `best` (a score and
    /// its `beyond`) whatever its full score: strictly below, so a tie,
    /// which the entries' order settles, is always scored.
    pub fn cannot_beat(self, (score, beyond): (f32, f32)) -> bool {
        self.score < score || (self.score == score && self.beyond < beyond)
    }

    pub fn total_cmp(&self, other: &Bound) -> std::cmp::Ordering {
        self.score.total_cmp(&other.score).then(self.beyond.total_cmp(&other.beyond))
    }
}

/// Whether one of the entry's examples asks when (or where, as `kind`
/// says) the question's events happened ("when did Serraj visit Algiers?"
/// for "Algiers trip date"): the curator's word that the entry times or
/// places it, though the quote that gives the date does not use the
/// event's word.
pub(super) fn asked_by_example(q: &Query, e: &CompiledEntry, kind: Kind) -> bool {
    if q.asks.kind != kind || q.events.is_empty() {
        return false;
    }
    let asks =
        e.example_kinds().iter().take(64).enumerate().filter(|(_, &k)| k == kind).fold(0u64, |m, (k, _)| m | 1 << k);
    q.events.iter().fold(asks, |m, &ev| m & e.examples_with(ev)) != 0
}

/// The indexes of the set bits, lowest first.
pub(super) fn bits(mut set: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (set != 0).then(|| {
            let k = set.trailing_zeros() as usize;
            set &= set - 1;
            k
        })
    })
}

/// The score of an article sentence: mostly how much of the question it
/// covers, a little how focused it is.
pub fn sentence_score(q: &Query, s: &IndexedSentence, t: &Tuning) -> Judged {
    if q.total_credit <= 0.0 || s.terms.is_empty() {
        return Judged::default();
    }
    let mut matched = 0.0;
    let mut unmatched = 0.0;
    let mut matched_terms = 0usize;
    let said = q.said_in(&s.offer);
    let corrected = q.corrected_in(&s.offer, |id| has(&s.terms, id));
    for (i, w) in q.terms.iter().enumerate() {
        if w.id.is_some_and(|id| has(&s.terms, id)) || said.contains(i) {
            matched += w.credit;
            matched_terms += 1;
        } else if corrected.contains(i) || w.near(&s.terms, &s.context) {
            matched += 0.5 * w.credit;
            unmatched += 0.5 * w.missing_in_passage;
        } else {
            unmatched += w.missing_in_passage;
        }
    }
    let coverage = if matched > 0.0 { matched / (matched + unmatched) } else { 0.0 };
    let focus = matched_terms.min(s.terms.len()) as f32 / s.terms.len() as f32;
    let base = (0.9 * coverage + 0.1 * focus).clamp(0.0, 1.0);
    let answers = s.offer.answers(q.asks, |id| q.names(id)) || q.settles_titles(&s.offer);
    let missed = q.missed_focus(&s.terms, &s.context).union(q.stood_in_for(|id| has(&s.terms, id), &s.offer));
    let missed = missed.without(said).without(corrected);
    let mut judged = judge(q, base, answers, Vouched::default(), &s.offer, missed, t);
    judged.score *= kept_after_set_aside(q, |id| has(&s.terms, id), &s.offer, t);
    judged
}

/// What an answer keeps of its score when the asker set aside all it
/// states ("besides a ceasefire, what did they want"): not the whole of
/// it. But "besides jufra, what else…" may be the rest of a list with it.
/// What the whole article is about ("besides libya, what else did they
/// discuss") every passage states, named or not, so what else is asked is
/// beyond the article.
pub(super) fn kept_after_set_aside(q: &Query, states: impl Fn(u32) -> bool, offer: &Offer, t: &Tuning) -> f32 {
    let topic = |id: u32| q.asks.kind == Kind::Open && q.topic == Some(id);
    let listed = q.excluded.iter().any(|&id| !topic(id) && offer.lists_with_others(id));
    if q.excluded.is_empty() || listed || !q.excluded.iter().all(|&id| states(id) || topic(id)) {
        1.0
    } else if q.excluded.iter().any(|&id| topic(id)) {
        t.kind_mismatch
    } else {
        t.set_aside
    }
}

/// What the curator's examples vouch for, beyond the quotes' wording.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Vouched {
    /// An example is the question itself.
    curated: bool,
    /// An example asks when the question's event happened.
    timed: bool,
    /// An example asks where the question's event happened.
    placed: bool,
}

/// The checks beyond word overlap: what the question asks (a time, a
/// count of the right thing, a new name), whose words, which title of
/// whom, and its focus words.
pub(super) fn judge(
    q: &Query,
    base: f32,
    serves: bool,
    vouched: Vouched,
    offer: &Offer,
    missed: Terms,
    t: &Tuning,
) -> Judged {
    let curated = vouched.curated;
    let counts = curated || q.counted.as_ref().is_none_or(|what| offer.counts_any(what));
    let timed = vouched.timed || q.asks.kind != Kind::When || q.events.is_empty() || offer.times_any(&q.events);
    // "who commands the brigade?" is not answered by a passage that names
    // someone but not the commanding (an example that is the question
    // vouches for it).
    let done = curated || q.deed.is_none_or(|d| !missed.contains(d));
    // Nor is "how big is the airbase" by a passage about the airbase.
    let given = curated || !missed.meets(q.asked);
    let placed = vouched.placed
        || q.asks.kind != Kind::Where
        || q.events.is_empty()
        || offer.places_any(&q.events, q.occasion.is_some());
    // "why did the 604 brigade turn": not by what the turning explains.
    // "why was putin in istanbul", which names no event: not by what
    // being there led to.
    let focus = || q.terms.iter().filter(|w| w.focus).filter_map(|w| w.id).collect::<Vec<_>>();
    let only_causes = || if q.events.is_empty() { offer.only_causes(&focus()) } else { offer.only_causes(&q.events) };
    let explained = curated || q.asks.kind != Kind::Why || !only_causes();
    // "what did the zone cover before it was extended": not by the extension.
    let before = curated || q.prior.is_none_or(|p| offer.said.binary_search(&p).is_err());
    // "who was qaddafi": not by "Qaddafi's tribe", which says whose
    // the tribe is but not who he was.
    let only_owners = || {
        let owned = |w: &&Weighed| w.person && w.id.is_some_and(|id| offer.possessed.binary_search(&id).is_ok());
        let mut focus = q.terms.iter().filter(|w| w.focus).peekable();
        focus.peek().is_some() && focus.all(|w| owned(&w))
    };
    let described = curated || q.asks.kind != Kind::Who || q.deed.is_some() || !only_owners();
    let serves = serves && counts && timed && placed && done && given && explained && before && described;
    let speaks = q.speaker_in(offer);
    let unbound = q.bindings.iter().position(|(title, holder)| !offer.binds(title, holder));
    let base = (base * q.length_boost).min(1.0);
    let mut score = base;
    let absent = missed.meets(q.needed);
    if !serves || !speaks || unbound.is_some() || absent {
        score *= t.kind_mismatch;
    }
    if !missed.is_empty() {
        // The full penalty when what it leaves out is a good part of the
        // question; less for one word among many ("what concrete diplomacy
        // is it actually talking about, like who went where").
        let left: f32 = missed.iter().map(|i| q.terms[i].weight).sum();
        let share = (left / (q.core_weight * t.focus_share).max(f32::EPSILON)).min(1.0);
        score *= 1.0 - (1.0 - t.focus_miss) * share;
    }
    Judged {
        score: score.clamp(0.0, 1.0),
        base,
        wrong_kind: !serves,
        wrong_speaker: !speaks,
        unbound,
        missed,
        beyond: 0.0,
    }
}

/// Weighted harmonic mean of question coverage (`recall`) and example
/// coverage (`precision`), favouring recall by `beta`.
pub(super) fn f_score(recall: f32, precision: f32, beta: f32) -> f32 {
    if recall <= 0.0 || precision <= 0.0 {
        return 0.0;
    }
    let b2 = beta * beta;
    (1.0 + b2) * precision * recall / (b2 * precision + recall)
}
