//! A question made ready for scoring: its terms as vocabulary ids with
//! their weights and roles, and what it asks (see [`Query`]).

use super::*;

/// One term of a question as the scorer sees it.
#[derive(Debug, Clone)]
pub struct Weighed {
    /// `None` for a term neither an entry nor the article uses.
    pub id: Option<u32>,
    /// Terms that stand for it ("turkey" for "erdogan").
    pub related: Vec<u32>,
    /// Those of them that are countries: a person's country.
    pub country: Vec<u32>,
    /// Its rarity: what it is worth.
    pub weight: f32,
    /// What a candidate earns by accounting for it.
    pub credit: f32,
    /// What a candidate pays for leaving it out (an entry, then a sentence).
    pub missing: f32,
    pub missing_in_passage: f32,
    /// A core word that carries meaning ("arrive", "reply", "Germany"): an
    /// answer that leaves it out answers another question.
    pub focus: bool,
    /// It names a person.
    pub person: bool,
    /// It names a group or a country (people: see [`Query::stood_in_for`]).
    pub name: bool,
    /// It names a place ("Misrata", "Sirte").
    pub place: bool,
    /// It names a country ("Egypt"; also in `name`).
    pub is_country: bool,
    /// A word of saying ("statement", "comment", "announce"): a passage
    /// that reports someone saying something accounts for it.
    pub saying: bool,
    /// What part of the question it is in.
    pub role: Role,
}

/// A question's terms, weighed.
#[derive(Debug)]
pub struct Query {
    pub terms: Vec<Weighed>,
    /// Whose words the question asks for, by index into `terms`.
    pub speaker: Option<usize>,
    /// The speaker and to whom the speaker's words are asked, each with
    /// what stands for them, as term ids: "what did Putin say to Trump".
    pub addressed: Option<(Vec<u32>, Vec<u32>)>,
    /// For "what did they discuss": the people, groups and countries
    /// named, with what stands for them, one of whom the passage must
    /// report saying something (anyone, when it names none).
    pub discussed: Option<Vec<u32>>,
    /// Titles and who holds them ("the Egyptian president"): each as the
    /// title's ids and the holder's ids (with what stands for them).
    pub bindings: Vec<(Vec<u32>, Vec<u32>)>,
    /// What "how many" counts, with what stands for it.
    pub counted: Option<Vec<u32>>,
    /// The question's event words (core, naming no one): for "when", the
    /// time a passage gives must be the time of one of them.
    pub events: Vec<u32>,
    pub total_credit: f32,
    pub total_missing: f32,
    /// The weight of the question's core terms (not context).
    pub core_weight: f32,
    /// How much to scale scores for the question's length: a question of
    /// many words is matched less completely by a right answer than a short
    /// one, so the same match quality scores lower unless calibrated.
    pub length_boost: f32,
    pub asks: Asks,
    /// The index of the deed a "who" question asks the doer of.
    pub deed: Option<usize>,
    /// The change whose before the question asks about (see
    /// [`Analysis::prior`]).
    pub prior: Option<u32>,
    /// The focus terms that are what the question asks for ("which firm",
    /// "how big"): a candidate without one does not answer it.
    pub asked: Terms,
    /// Its words of saying (see [`Weighed::saying`]).
    pub sayings: Terms,
    /// The groups and countries a candidate must name (see
    /// [`Tuning::absent_name_weight`]).
    pub needed: Terms,
    /// The person a yes/no question asks about, by index into `terms`: "does
    /// putin back sarraj" (see [`yes_no_subject`]).
    pub subject: Option<usize>,
    /// In a yes/no question, the names after what it says happened: "did
    /// haftar meet merkel", "did serraj go to paris" (see
    /// [`Query::corrected_in`]).
    pub guessable: Terms,
    /// The guesses of `guessable` the lexicon does not know, taken for
    /// places by the word before them ("in milan"); the others are people
    /// ("meet macron").
    pub guessed_places: Terms,
    /// It asks for someone's own words ("what did putin personally say",
    /// "…say himself"): what their country says does not count.
    pub own_words: bool,
    /// Term ids of the names in quotes the person was just given: "anywhere
    /// else?" is not answered by a place already quoted.
    pub told: Vec<u32>,
    /// The occasion term ("at a press conference"), when the question names
    /// an occasion itself (see [`crate::engine::relations::names_an_occasion`]):
    /// being at it does not say where it was.
    pub occasion: Option<u32>,
    /// Term ids of the names a "who" question gives only by the title it
    /// asks about ("which Turkish minister"): the answer may name them.
    pub titled: Vec<u32>,
    /// Term ids of what the asker sets aside ("besides a ceasefire"): an
    /// entry that states them all is what they already have. What the
    /// whole article is about ("besides libya, what else did they
    /// discuss") every entry states, named or not.
    pub excluded: Vec<u32>,
    /// What the whole article is about (see [`super::index::ArticleIndex::topic`]).
    pub topic: Option<u32>,
    /// Titles a "who" question offers as its choices ("leaders or
    /// ministers?"): a passage stating one of them settles it, though it
    /// names no one.
    pub offered_titles: Vec<u32>,
}

impl Query {
    pub fn new(
        index: &Index,
        topic: Option<u32>,
        vocabulary: &Vocabulary,
        analyzer: &Analyzer,
        analysis: &Analysis,
        t: &Tuning,
    ) -> Query {
        let terms = &analysis.terms[..analysis.terms.len().min(MAX_TERMS)];
        let asks = analysis.asks;
        // Whether the question itself names something the article knows.
        let asks_something = terms.iter().any(|q| q.role == Role::Core && q.known);
        // A place that stands for a side ("the east" for Haftar's) does not
        // where the question names the side itself ("when did haftar take
        // control of eastern libya"), nor where it is where people are from
        // ("is the brigade all from the east"); it still stands for other
        // places ("east or west?").
        let named = |id: u32| terms.iter().any(|q| vocabulary.id(&q.term) == Some(id));
        let words = &analysis.words;
        let people_from = |q: &QTerm| {
            let Some(at) = words.iter().position(|s| *s == q.surface) else { return false };
            let before = words[..at].iter().rev().find(|w| *w != "the");
            before.is_some_and(|w| w == "from" || w == "all")
        };
        let mut terms: Vec<Weighed> = terms
            .iter()
            .map(|q| {
                let id = vocabulary.id(&q.term).filter(|&id| index.knows(id));
                let light = lightness(q, t);
                let weight = match id {
                    Some(id) if index.in_entries(id) => index.weight(Some(id)),
                    Some(_) => index.unknown_weight * t.unknown_factor * t.article_factor * light,
                    None => index.unknown_weight * t.unknown_factor * light,
                };
                let (credit, penalty) = match q.role {
                    Role::Core => (1.0, 1.0),
                    Role::Alternative => (1.0, t.alternative_penalty),
                    // A word the article never uses, said around the
                    // question ("i have class in 10 min"), is the asker's,
                    // and no passage lacks it.
                    Role::Context if id.is_none() && asks_something => (t.context_credit, 0.0),
                    Role::Context => (t.context_credit, t.context_penalty),
                };
                let floor = |f: f32| weight.max(f * light) * penalty;
                let place = q.entity == Some(EntityType::Place);
                let is_place = |r: &&String| analyzer.entity(r) == Some(EntityType::Place);
                let stands_for =
                    |r: &&String| !(place && !is_place(r) && (vocabulary.id(r).is_some_and(named) || people_from(q)));
                let related =
                    analyzer.related(&q.term).iter().filter(stands_for).filter_map(|r| vocabulary.id(r)).collect();
                let is_country = |r: &&String| analyzer.entity(r) == Some(EntityType::Country);
                let country = analyzer.related(&q.term).iter().filter(is_country).filter_map(|r| vocabulary.id(r));
                Weighed {
                    id,
                    related,
                    country: country.collect(),
                    weight,
                    credit: weight * credit,
                    missing: floor(t.unmatched_floor),
                    missing_in_passage: floor(t.passage_floor),
                    focus: q.role == Role::Core
                        && q.entity != Some(EntityType::Time)
                        && light >= 1.0
                        && (!q.modifier || q.entity.is_some()),
                    person: q.entity == Some(EntityType::Person),
                    name: matches!(q.entity, Some(EntityType::Group | EntityType::Country)),
                    place: q.entity == Some(EntityType::Place),
                    is_country: q.entity == Some(EntityType::Country),
                    saying: analyzer.is_saying(&q.term),
                    role: q.role,
                }
            })
            .collect();
        // "is that libyan time or turkish time": a choice between things
        // the article never names is one it cannot settle; what is offered
        // is then what the answer must give.
        let offered = |w: &Weighed| w.role == Role::Alternative;
        let choice = terms.iter().any(offered);
        // One guess the article does not have ("my friend says it begins
        // jan 15, is that right?") is no choice: the answer may correct it.
        let unknown = terms.iter().filter(|w| offered(w)).try_fold(0, |n, w| w.id.is_none().then_some(n + 1));
        if unknown.is_some_and(|n| n >= 2) {
            terms.iter_mut().filter(|w| offered(w)).for_each(|w| w.focus = true);
        }
        let total_credit = terms.iter().map(|w| w.credit).sum();
        let total_missing = terms.iter().map(|w| w.missing).sum();
        let speaker = analysis.speaker.as_ref().and_then(|s| analysis.terms.iter().position(|t| &t.term == s));
        let speaker = speaker.filter(|&i| terms[i].id.is_some());
        let with_related = |term: &str| -> Vec<u32> {
            let own = vocabulary.id(term);
            own.into_iter().chain(analyzer.related(term).iter().filter_map(|r| vocabulary.id(r))).collect()
        };
        let bindings = analysis.bindings.iter().map(|(t, h, _)| (with_related(t), with_related(h))).collect();
        let addressed = speaker
            .and(analysis.speaker.as_deref().zip(analysis.addressee.as_deref()))
            .map(|(s, a)| (with_related(s), with_related(a)))
            .filter(|(_, a)| !a.is_empty());
        let counted = analysis.counted.as_deref().map(with_related);
        let asks_who = asks.asks_who();
        let titled = analysis.titled.iter().filter(|_| asks_who).filter_map(|t| vocabulary.id(t)).collect();
        let discussed = analysis.discussed.then(|| {
            let talkers =
                analysis.terms.iter().filter(|q| q.entity.is_some_and(|e| e.answers_who() || e == EntityType::Title));
            talkers.flat_map(|q| with_related(&q.term)).collect()
        });
        let core_weight = terms.iter().filter(|w| w.focus).map(|w| w.weight).sum();
        let events = analysis
            .terms
            .iter()
            .zip(&terms)
            .filter(|(q, w)| q.role == Role::Core && q.entity.is_none() && w.focus && !describes_a_noun(analysis, q))
            .filter_map(|(_, w)| w.id)
            .collect();
        let deed = analysis.deed.as_ref().and_then(|d| analysis.terms.iter().position(|q| &q.term == d));
        let mut asked = Terms::default();
        let mut sayings = Terms::default();
        let mut needed = Terms::default();
        let people = terms.iter().filter(|w| w.person && w.focus).count();
        let subject = yes_no_subject(analysis);
        // "did haftar meet merkel", not "is the 604 from the east" nor "is
        // there a putin trump call".
        let mut guessable = Terms::default();
        let mut guessed_places = Terms::default();
        if yes_no_opening(analysis).is_some() {
            let mut deed = false;
            for (i, (q, w)) in analysis.terms.iter().zip(&terms).enumerate().filter(|(_, (_, w))| w.focus) {
                let unknown = (w.id.is_none() && deed).then(|| unknown_name(analysis, q)).flatten();
                // "jim says the forces in sirte were mostly from benghazi, is
                // that right?": where they are from is a guess of its own.
                let words = &analysis.words;
                // ("are all the 604 guys from the east" asks who they are.)
                let from = |p: usize| p > 0 && words[p - 1] == "from";
                let origin = w.place && words.iter().position(|s| *s == q.surface).is_some_and(from);
                if deed && w.names_one() || unknown.is_some() || origin {
                    guessable.insert(i);
                }
                if unknown == Some(Guess::Place) {
                    guessed_places.insert(i);
                }
                deed |= q.entity.is_none() && !q.term.starts_with(|c: char| c.is_ascii_digit());
            }
        }
        for (i, (q, w)) in analysis.terms.iter().zip(&terms).enumerate() {
            if q.asked && w.focus {
                asked.insert(i);
            }
            if w.saying {
                sayings.insert(i);
            }
            // "what is the US position on the deal": a passage without the
            // US is about someone else's (not beside a choice, which the
            // name may be one side of).
            if w.name && w.weight >= t.absent_name_weight && !choice {
                needed.insert(i);
            }
            // "did haftar meet merkel": about the two of them together.
            if w.person && w.focus && people >= 2 && !choice {
                needed.insert(i);
            }
            // "did haftar agree to the truce turkey and russia called
            // for": about haftar, whatever else it names, unless the
            // subject is itself one side of a choice ("did haftar or
            // sarraj…"). A choice offered after it ("…or reject it") or a
            // guessed date ("…from midnight 12 january?") leaves it needed.
            if subject == Some(i) && w.focus && w.person && w.role != Role::Alternative {
                needed.insert(i);
            }
        }
        let core_terms = analysis.terms.iter().filter(|q| q.role != Role::Context).count();
        let length_boost = 1.0 + t.length_boost * core_terms.saturating_sub(4) as f32;
        Query {
            terms,
            speaker,
            addressed,
            discussed,
            bindings,
            counted,
            events,
            total_credit,
            total_missing,
            core_weight,
            length_boost,
            asks,
            deed,
            prior: analysis.prior.as_deref().and_then(|p| vocabulary.id(p)),
            asked,
            sayings,
            needed,
            subject,
            guessable,
            guessed_places,
            own_words: own_words(&analysis.words),
            told: Vec::new(),
            // Only "where" asks it (not of an occasion offered as a choice:
            // "a speech or a meeting?").
            occasion: (asks.kind == Kind::Where
                && analysis
                    .terms
                    .iter()
                    .any(|t| t.role == Role::Core && crate::engine::relations::names_an_occasion(&t.surface)))
            .then(|| vocabulary.id(crate::engine::relations::VENUE))
            .flatten(),
            titled,
            excluded: analysis.excluded.iter().filter_map(|t| vocabulary.id(t)).collect(),
            // "…for the region, not just libya" asks of the region, which
            // the article may say, not of what else there is.
            topic: topic.filter(|_| !analysis.contrasted),
            offered_titles: analysis
                .terms
                .iter()
                .filter(|t| asks_who && t.role == Role::Alternative && t.entity == Some(EntityType::Title))
                .filter_map(|t| vocabulary.id(&t.term))
                .collect(),
        }
    }

    /// Whether `offer` states one of the titles the question offers as its
    /// choices: "which officials rejected the deals, leaders or ministers?"
    /// is settled by "the Foreign Ministers of Greece… rejected…".
    pub fn settles_titles(&self, offer: &Offer) -> bool {
        self.offered_titles.iter().any(|t| offer.said.binary_search(t).is_ok())
    }

    /// Whether the question itself names the term (not only as a choice it
    /// offers, nor, for "who" or "where", in the talk around it), or the
    /// person was just told it.
    pub fn names(&self, id: u32) -> bool {
        // A choice offered may be the answer ("is mitiga in tripoli or
        // somewhere else?"), and so may a person named around a "who"
        // question or a place around a "where" question: the guess it
        // checks ("im guessing algiers but confirm"). A wrong guess ("my
        // partner says rome, where did sarraj actually go?") is not
        // answered by it, as the rest of the question does not fit.
        let asked = |w: &Weighed| match w.role {
            Role::Core => true,
            Role::Alternative => false,
            Role::Context => !matches!(self.asks.kind, Kind::Who | Kind::Where),
        };
        // A person's country stands for them: "who has Trump talked to" is
        // not answered by "U.S. President Donald Trump said…".
        let theirs = |w: &Weighed| w.person && w.country.contains(&id);
        (self.terms.iter().any(|w| (w.id == Some(id) || theirs(w)) && asked(w)) && !self.titled.contains(&id))
            || self.told.contains(&id)
            || self.occasion == Some(id)
    }

    /// How much of the question a sorted term list accounts for: the
    /// matched credit, and the coverage.
    pub fn coverage_of(&self, sorted: &[u32]) -> (f32, f32) {
        let mut matched = 0.0;
        let mut matched_missing = 0.0;
        for w in &self.terms {
            if w.id.is_some_and(|id| sorted.binary_search(&id).is_ok()) {
                matched += w.credit;
                matched_missing += w.missing;
            }
        }
        (matched, self.coverage(matched, matched_missing))
    }

    /// Matched credit over matched credit plus what is left unmatched, from
    /// the matched credit and the matched terms' `missing` weights, so the
    /// unmatched rest is known without knowing which terms it holds.
    pub fn coverage(&self, matched: f32, matched_missing: f32) -> f32 {
        let unmatched = (self.total_missing - matched_missing).max(0.0);
        if matched <= 0.0 {
            0.0
        } else {
            matched / (matched + unmatched)
        }
    }

    /// Whether a candidate reports the words of the question's speaker,
    /// to the one the question names (true when the question asks for no
    /// one's words), and for "what did they discuss", anyone's words.
    pub fn speaker_in(&self, offer: &Offer) -> bool {
        self.speaker.is_none_or(|i| {
            let w = &self.terms[i];
            // "what did putin personally say": not his country's statement.
            let standing_in: &[u32] = if self.own_words { &[] } else { &w.related };
            let speaks = w.id.is_some_and(|id| offer.quotes_speaker(id, standing_in));
            speaks && self.addressed.as_ref().is_none_or(|(s, a)| offer.addresses(s, a))
        }) && self.discussed.as_ref().is_none_or(|talkers| offer.quotes_any_speaker(talkers))
    }

    /// The focus words a candidate leaves out, by index: neither its own
    /// terms (`sorted`) nor, for names, the names around it (`context`).
    pub fn missed_focus(&self, sorted: &[u32], context: &[u32]) -> Terms {
        self.missed_focus_by(|id| has(sorted, id), context)
    }

    /// The matched credit and `missing` weight with the words of saying a
    /// candidate that reports someone's words accounts for (see
    /// [`Query::said_in`]), when its own terms (`own`) lack them.
    pub fn with_saying(&self, matched: f32, missing: f32, own: &[u32], offer: &Offer) -> (f32, f32) {
        self.said_in(offer)
            .iter()
            .map(|i| &self.terms[i])
            .filter(|w| !w.id.is_some_and(|id| has(own, id)))
            .fold((matched, missing), |(m, x), w| (m + w.credit, x + w.missing))
    }

    /// The words of saying a candidate accounts for by reporting what
    /// someone said: "the four countries' statement" is their "saying…".
    pub fn said_in(&self, offer: &Offer) -> Terms {
        if offer.quotes_any_speaker(&[]) {
            self.sayings
        } else {
            Terms::default()
        }
    }

    /// The same, with `accounts` saying which terms the candidate accounts for.
    pub fn missed_focus_by(&self, accounts: impl Fn(u32) -> bool, context: &[u32]) -> Terms {
        let mut missed = Terms::default();
        // "is misrata pro tripoli or pro hafter": what stands for a name
        // does not, when the question offers it as a choice ("Tripoli" is
        // not Misrata here).
        let apart = |r: u32| self.terms.iter().any(|o| o.id == Some(r) && o.role == Role::Alternative);
        for (i, w) in self.terms.iter().enumerate().filter(|(_, w)| w.focus) {
            let stands = |r: &&u32| !((w.name || w.person || w.place) && apart(**r));
            let direct = w.id.is_some_and(&accounts) || w.related.iter().filter(stands).any(|&r| accounts(r));
            let around =
                w.id.is_some_and(|id| has(context, id)) || w.related.iter().filter(stands).any(|&r| has(context, r));
            if !direct && !around {
                missed.insert(i);
            }
        }
        missed
    }

    /// The focus people a candidate accounts for only through what stands
    /// for them ("Tripoli" for Serraj) while it names another person: "and
    /// Sarraj's tribe?" is not answered by "Haftar's own tribe".
    pub fn stood_in_for(&self, accounts: impl Fn(u32) -> bool, offer: &Offer) -> Terms {
        let mut missed = Terms::default();
        let another = || offer.names.iter().any(|&(id, ty)| ty == EntityType::Person && !self.names(id));
        // "is putin on sarraj's side": what his country does is his side,
        // even where it sides with someone else ("Russia backs … Hafter").
        let by_country = |i: usize, w: &Weighed| self.subject == Some(i) && w.country.iter().any(|&c| accounts(c));
        for (i, w) in self.terms.iter().enumerate().filter(|(_, w)| w.focus && w.person) {
            if !w.id.is_some_and(&accounts) && !by_country(i, w) && another() {
                missed.insert(i);
            }
        }
        missed
    }

    /// Takes back the guesses the article speaks of together with the
    /// question's other names and, when it names one, what they did: "did
    /// sarraj meet conte" is no wrong guess where it reports that he might;
    /// "was the ceasefire called by erdogan and merkel" is, though the
    /// article names Merkel beside Erdogan elsewhere.
    pub fn keep_wrong_guesses(&mut self, together: impl Fn(u32, &[u32], &[u32]) -> bool) {
        let deeds: Vec<u32> = self
            .terms
            .iter()
            .filter(|w| w.focus && !w.names_one() && !w.name && !w.saying)
            .filter_map(|w| w.id)
            .collect();
        for g in self.guessable.iter() {
            let others: Vec<u32> = self.other_names(g).filter_map(|w| w.id).collect();
            if self.terms[g].id.is_some_and(|id| together(id, &others, &deeds)) {
                self.guessable = self.guessable.without(Terms(1 << g));
            }
        }
    }

    /// The guess a candidate corrects: "did haftar meet merkel in rome?"
    /// is answered by "Hafter met … Conte in Rome", "did serraj go to
    /// paris?" by "Serraj visited the EU in Brussels". In a yes/no
    /// question, the one focus name a candidate lacks (`accounts` says
    /// which it has), when it is not the name asked about and all the
    /// rest is met, is corrected by a clause of the candidate that names
    /// another of its kind, the question does not, beside one of the
    /// question's other names. What the article is about is no guess.
    pub fn corrected_in(&self, offer: &Offer, accounts: impl Fn(u32) -> bool) -> Terms {
        let mut corrected = Terms::default();
        if self.guessable.is_empty() {
            return corrected;
        }
        let met = |w: &Weighed| w.id.is_some_and(&accounts) || w.related.iter().any(|&r| accounts(r));
        let mut unmet = self.terms.iter().enumerate().filter(|(_, w)| w.focus && !met(w));
        let (Some((g, guess)), None) = (unmet.next(), unmet.next()) else { return corrected };
        if !self.guessable.contains(g) || self.subject == Some(g) || guess.id.is_some_and(|id| Some(id) == self.topic) {
            return corrected;
        }
        let person = guess.person || guess.id.is_none() && !self.guessed_places.contains(g);
        // A place must be where the passage puts something ("in Rome"), not
        // any place it names ("eastern-based").
        let same_kind = |id: u32, ty: EntityType| match ty {
            EntityType::Person => person,
            EntityType::Place | EntityType::Country => !person && offer.located.binary_search(&id).is_ok(),
            _ => false,
        };
        // The question's other names, and what stands for them.
        let others: Vec<u32> = self.other_names(g).flat_map(|w| w.id.iter().chain(&w.related).copied()).collect();
        let beside =
            |clause: &[(u32, EntityType)]| others.is_empty() || clause.iter().any(|(id, _)| others.contains(id));
        let replaced = offer.clauses.iter().any(|clause| {
            beside(clause)
                && clause.iter().any(|&(id, ty)| same_kind(id, ty) && !self.names(id) && Some(id) != self.topic)
        });
        if replaced {
            corrected.insert(g);
        }
        corrected
    }

    /// The focus names of the question but the one at `g`: people, places,
    /// countries and groups.
    pub(super) fn other_names(&self, g: usize) -> impl Iterator<Item = &Weighed> {
        self.terms
            .iter()
            .enumerate()
            .filter(move |&(i, w)| i != g && w.focus && (w.names_one() || w.name))
            .map(|(_, w)| w)
    }

    /// The matched credit and `missing` weight with half of the guess a
    /// candidate corrects (see [`Query::corrected_in`]), when its own terms
    /// (`own`) lack it: a passage that has the name asked about answers
    /// better ("did sarraj meet conte" is answered by the reports that he
    /// might, not by his meeting Tebboune).
    pub fn with_corrected(&self, matched: f32, missing: f32, own: &[u32], offer: &Offer) -> (f32, f32) {
        self.corrected_in(offer, |id| has(own, id))
            .iter()
            .map(|i| &self.terms[i])
            .fold((matched, missing), |(m, x), w| (m + 0.5 * w.credit, x + 0.5 * w.missing))
    }

    /// The matched credit and matched `missing` weight of a candidate,
    /// given those of its own terms, plus half for each name of the
    /// question that its own terms lack but the article gives around it.
    pub fn with_context(&self, matched: f32, missing: f32, own: &[u32], context: &[u32]) -> (f32, f32) {
        self.terms
            .iter()
            .filter(|w| !w.id.is_some_and(|id| has(own, id)) && w.near(own, context))
            .fold((matched, missing), |(m, x), w| (m + 0.5 * w.credit, x + 0.5 * w.missing))
    }
}

/// The term a yes/no question asks about, the name right after its verb:
/// "did haftar actually agree…", "has the eu said…" (only a person's is
/// then needed; "is the libyan government…" names a country as a word of
/// description).
pub(super) fn yes_no_subject(analysis: &Analysis) -> Option<usize> {
    let words = &analysis.words;
    let opening = yes_no_opening(analysis)?;
    let at = opening + 1 + usize::from(words.get(opening + 1).is_some_and(|w| w == "the"));
    let first = words.get(at)?;
    analysis.terms.iter().position(|t| t.surface.split(' ').next() == Some(first.as_str()))
}

/// Whether a message asks for someone's own words: "personally",
/// "himself", "his own words".
pub(super) fn own_words(words: &[String]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "personally" | "himself" | "herself")
            || w == "own" && words.get(i + 1).is_some_and(|n| matches!(n.as_str(), "words" | "word"))
    })
}

/// What a word the lexicon does not know is taken for as a guess.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Guess {
    Person,
    Place,
}

/// A word the lexicon does not know, guessed as a name by the word before
/// it: a place after "in", "to", "at" ("did haftar meet conte in milan"),
/// a person after a verb of meeting or "with" ("did trump talk with
/// macron", "to see the pope"). Not a common word ("in person", "at the
/// weekend").
pub(super) fn unknown_name(analysis: &Analysis, q: &QTerm) -> Option<Guess> {
    const COMMON_ZIPF: f32 = 4.5;
    if q.entity.is_some() || q.zipf.is_some_and(|z| z >= COMMON_ZIPF) || q.surface.contains(' ') {
        return None;
    }
    let words = &analysis.words;
    let at = words.iter().position(|w| *w == q.surface)?;
    let mut earlier = words[..at].iter().rev().filter(|w| !matches!(w.as_str(), "the" | "a" | "an"));
    let before = earlier.next()?;
    // "talk to macron" is to someone; "go to paris" somewhere.
    let spoken = earlier.next().is_some_and(|v| {
        matches!(v.as_str(), "talk" | "talked" | "talking" | "speak" | "spoke" | "speaking" | "chat" | "chatted")
    });
    match before.as_str() {
        "to" if spoken => Some(Guess::Person),
        "in" | "to" | "at" | "into" | "from" => Some(Guess::Place),
        "meet" | "met" | "meeting" | "see" | "saw" | "seeing" | "visit" | "visited" | "with" => Some(Guess::Person),
        _ => None,
    }
}

/// Where the verb that opens a yes/no question stands ("did", "is"), if
/// the message asks one.
pub(super) fn yes_no_opening(analysis: &Analysis) -> Option<usize> {
    let asked = analysis.clauses.iter().find(|c| c.form != Form::Statement)?;
    yes_no_verb(&analysis.words, asked)
}

pub(super) fn has(sorted: &[u32], id: u32) -> bool {
    sorted.binary_search(&id).is_ok()
}

impl Weighed {
    /// Whether it names a person, a place or a country: what a guess may be.
    pub(super) fn names_one(&self) -> bool {
        self.person || self.place || self.is_country
    }

    /// Whether a candidate accounts for this term at least indirectly: it
    /// has it, the article names it around the candidate, or it has a term
    /// that stands for it.
    pub(super) fn near(&self, own: &[u32], context: &[u32]) -> bool {
        let in_either = |id: u32| has(own, id) || has(context, id);
        self.id.is_some_and(in_either) || self.related.iter().any(|&r| in_either(r))
    }
}

/// 1 for a word that carries meaning; less for a very common English word
/// the lexicon does not know ("way", "around"), and for an adverb in -ly
/// ("originally", "suddenly"), which colours a question but is rarely what
/// it asks.
pub(super) fn lightness(q: &QTerm, t: &Tuning) -> f32 {
    match q.zipf {
        Some(_) if !q.known && q.surface.len() > 4 && q.surface.ends_with("ly") => t.adverb_lightness,
        Some(z) if !q.known && !q.weighty && z >= t.light_zipf - 1.0 => {
            (1.0 - (z - (t.light_zipf - 1.0)) * 0.75).clamp(0.25, 1.0)
        }
        _ => 1.0,
    }
}

/// Whether a participle after a name only describes the noun that follows
/// it: "the russia backed guys", "the turkey-backed government". It names
/// who they are, not an event whose time or place is asked.
fn describes_a_noun(analysis: &Analysis, q: &QTerm) -> bool {
    if !q.surface.ends_with("ed") {
        return false;
    }
    let words = &analysis.words;
    let Some(at) = words.iter().position(|w| *w == q.surface) else { return false };
    let named = |w: &str| analysis.terms.iter().any(|t| t.surface == w && t.entity.is_some());
    let function = |w: &str| {
        matches!(w, "to" | "the" | "a" | "an" | "by" | "in" | "on" | "at" | "for" | "with" | "and" | "or" | "from")
    };
    at > 0
        && named(&words[at - 1])
        && words.get(at + 1).is_some_and(|next| !function(next) && !crate::engine::message::is_aux(next))
}
