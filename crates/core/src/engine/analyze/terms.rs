//! The third stage: the terms of a message, each with its role; and who
//! speaks, to whom, in a question about someone's words.

use super::asking::Asking;
use super::reading::Reading;
use super::{
    Analysis, Analyzer, EntityType, QTerm, Term, WordClass, CALL, CHATTER, LOGISTICS, OFFTOPIC, SIGNIFICANCE, TELL,
};
use crate::engine::asked::{asked_words, names_a_topic};
use crate::engine::kind::{is_class_noun, is_text_noun};
use crate::engine::message::{holds_on, is_aux, is_wh, Clause, Role};
use crate::engine::relations::Occurrence;
use crate::text::Break;

impl Analyzer {
    /// Finds the message's terms, phrases first, and pushes them to `out`
    /// with their roles; says who speaks and to whom. Takes the words'
    /// classes. Returns where each term stands, for the later stages.
    pub(super) fn find_terms(&self, out: &mut Analysis, reading: &mut Reading, asking: &Asking) -> Vec<Occurrence> {
        let Reading { words, breaks, classes, phrase_forms, spoken, .. } = reading;
        let (words, breaks, phrase_forms, spoken) = (&*words, &*breaks, &*phrase_forms, &*spoken);
        let Asking { clauses: found, roles, disputed, .. } = asking;
        let disputed = *disputed;
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let hold_on = holds_on(&refs, breaks);
        let names: Vec<bool> = classes
            .iter()
            // "the Tripoli side" is the side of Tripoli's government.
            .map(|c| {
                matches!(c, WordClass::Term(t) if self.entity(t).is_some_and(|e| e.answers_who() || e == EntityType::Place))
            })
            .collect();
        let asked = asked_words(&refs, breaks, &names);
        let heads = self.asked_heads(&refs, breaks);
        // The last name seen in the clause and where, for "what did Merkel
        // say": a name just before a word of saying is whose words are asked.
        let mut last_name: Option<(usize, Term)> = None;
        let mut speech_at = None;
        let mut occurrences: Vec<Occurrence> = Vec::new();
        // Particles already read as part of a verb before them.
        let mut split = vec![false; words.len()];
        let mut i = 0;
        while i < words.len() {
            if i > 0 && breaks[i - 1] >= Break::Comma {
                last_name = None;
            }
            // In a dispute ("my friend says it was the UN…, who's right?")
            // the claims are asked, not anyone's words.
            if roles[i] == Role::Core && !disputed && out.speaker.is_none() && self.spoken_at(&refs, i, spoken[i]) {
                // Not when someone else says it: "which deal with haftar do
                // they say was signed".
                let pronoun = |w: &&str| crate::engine::message::is_subject_pronoun(w);
                // A participle that ends the message says what was done to
                // the word before it: in "sarraj-conte meeting confirmed?"
                // the meeting is confirmed ("has tunisia confirmed?").
                let headline = refs[i].ends_with("ed") && i + 1 == refs.len();
                // "how are the russians beside the lna described": what is
                // said of them, by no one named.
                let passive = |at: usize| {
                    let participle =
                        refs[i].ends_with("ed") || matches!(refs[i], "said" | "told" | "written" | "known");
                    let be = |w: &&str| matches!(*w, "is" | "are" | "was" | "were" | "been" | "being");
                    participle && refs[at.saturating_sub(8)..at].iter().any(be) && refs.get(i + 1) != Some(&"by")
                };
                let apart = |at: usize| i - at > 3 || refs[at + 1..i].iter().any(pronoun);
                let near = |at: usize| !(apart(at) || headline && at + 1 < i || passive(at));
                out.speaker = last_name.as_ref().filter(|(at, _)| near(*at)).map(|(_, t)| t.clone());
                speech_at = Some(i);
            }
            // "is algeria on sarraj's side", "on team haftar": whom it
            // supports; not the particle of a verb ("it turned on which
            // side": the side it turned against).
            let be = |w: &&str| matches!(*w, "is" | "are" | "was" | "were");
            let on = (i.saturating_sub(3)..i).rev().find(|&k| refs[k] == "on");
            let particle = || on.is_some_and(|k| k > 0 && self.is_verb(refs[k - 1]) && !be(&refs[k - 1]));
            // "which side is erdogan on (in libya)": "on" ending the clause,
            // or before where, a few words on.
            let on_after = || {
                (i + 2..(i + 5).min(refs.len())).find(|&k| refs[k] == "on").is_some_and(|k| {
                    // ("…is algeria on tho": a word that only stresses
                    // the question may end it.)
                    let stress = |w: &str| matches!(w, "though" | "then" | "now" | "exactly" | "really");
                    k + 1 == refs.len() || breaks[k] >= Break::Comma || refs[k + 1] == "in" || stress(refs[k + 1])
                })
            };
            let on_side = matches!(refs[i], "side" | "camp" | "team") && (on.is_some() && !particle() || on_after());
            // "russia's side in libya?", "putin's guy there": whom they back,
            // in a message that says nothing else of them (no verb but
            // "is"). A country's guy is its leader ("russia's guy = putin?").
            let whose = || occurrences.last().filter(|o| o.end == i && self.names_someone(&o.term));
            let backed = match refs[i] {
                "side" | "camp" | "team" => whose().is_some(),
                // "moscow's guy in libya": whom a country backs there.
                "guy" | "man" => whose().is_some_and(|o| {
                    o.entity == Some(EntityType::Person)
                        || o.entity == Some(EntityType::Country)
                            && refs.get(i + 1) == Some(&"in")
                            && names.get(i + 2).copied().unwrap_or(false)
                }),
                _ => false,
            } && refs.iter().all(|w| be(w) || !self.is_verb(w))
                // ("the general's side did something w airspace": what it did.)
                && !refs[i + 1..].iter().any(|w| matches!(*w, "did" | "does" | "do"));
            let on_side = on_side || backed;
            if asked[i] || on_side {
                if let Some(WordClass::Term(support)) = on_side.then(|| self.word("support", "support")) {
                    self.push(out, support, roles[i], format!("on … {}", refs[i]), true, false);
                }
                i += 1;
                continue;
            }
            if split[i] {
                i += 1;
                continue;
            }
            // "hold on, greece is involved??": a call to wait that opens the
            // message, not holding on to anything.
            if hold_on == Some(i + 1) {
                i += 2;
                continue;
            }
            // "the 604's non-tribal members": the members who are not, so
            // not the tribes.
            if i > 0 && refs[i - 1] == "non" {
                i += 1;
                continue;
            }
            // "pushed isis out of sirte": a verb and its particle around an
            // object are the phrase "pushed out".
            if let Some((at, term)) = self.split_phrase_at(phrase_forms, breaks, i) {
                occurrences.push(Occurrence { term: term.clone(), entity: self.entity(&term), start: i, end: i + 1 });
                self.push(out, term, roles[i].max(roles[at]), format!("{} … {}", words[i], words[at]), true, false);
                split[at] = true;
                i += 1;
                continue;
            }
            // A phrase stays inside its question: "…in rome or not? the
            // article seemed vague" holds no "not the article". (A stop may
            // be inside one: "tl;dr".)
            let within = |&(len, _): &(usize, Option<Term>)| !breaks[i..i + len - 1].contains(&Break::Question);
            if let Some((len, meaning)) = self.phrase_at(&phrase_forms[i.min(phrase_forms.len())..]).filter(within) {
                // "who is behind the truce appeal": who made it, not whom
                // anyone supports ("who is behind hafter").
                let meaning =
                    meaning.filter(|_| !(refs[i + len - 1] == "behind" && self.event_follows(classes, i + len)));
                // Nor does another subject cross a comma: "…or not, the
                // article seems vague".
                let one_clause = !breaks[i..i + len - 1].iter().any(|&b| b >= Break::Comma);
                match meaning.as_deref() {
                    Some(CHATTER) => out.chatter += len,
                    Some(LOGISTICS) => {
                        out.chatter += len;
                        out.group_talk.push(i);
                    }
                    Some(OFFTOPIC) if roles[i] != Role::Context && one_clause => out.offtopic += 1,
                    _ => {}
                }
                if let Some(term) = meaning.filter(|t| t != CHATTER && t != OFFTOPIC && t != LOGISTICS) {
                    occurrences.push(Occurrence {
                        term: term.clone(),
                        entity: self.entity(&term),
                        start: i,
                        end: i + len,
                    });
                    let role = roles[i..i + len].iter().copied().max().unwrap_or(Role::Core);
                    if self.names_someone(&term) && !names_a_topic(&refs, i, last_name.as_ref()) {
                        last_name = Some((i + len - 1, term.clone()));
                    }
                    // "how big", "what size": a phrase of the lexicon that
                    // opens with a question word is what is asked.
                    // So is the noun "which/what" asks for ("what time zone").
                    let asked = matches!(refs[i], "how" | "what") || heads[i..i + len].contains(&true);
                    self.push(out, term, role, words[i..i + len].join(" "), true, asked);
                }
                i += len;
                continue;
            }
            // "what does sirte give hafter": what it brings someone, its
            // significance ("what reason did they give" is only asking).
            // Not when a thing given follows them ("gave sarraj a warning"),
            // nor when they only name it ("give the libya press conference").
            let someone_at = |at: usize| {
                let determiner = refs.get(at).is_some_and(|w| matches!(*w, "the" | "his" | "their"));
                let receiver = if determiner { at + 1 } else { at };
                let next = receiver + 1;
                let given = if determiner {
                    breaks.get(receiver).is_some_and(|&b| b < Break::Comma)
                        && matches!(classes.get(next), Some(WordClass::Term(_) | WordClass::Unknown(_)))
                } else {
                    refs.get(next).is_some_and(|w| matches!(*w, "a" | "an" | "some" | "any" | "no"))
                };
                !given
                    && matches!(classes.get(receiver), Some(WordClass::Term(p)) if self.entity(p).is_some_and(EntityType::answers_who))
            };
            // So does "what does taking sirte do for hafter" or "what taking
            // sirte does for hafter" (not "what did the brigade do for him",
            // which asks what was done).
            let present = || {
                refs[i.saturating_sub(6)..i]
                    .iter()
                    .any(|w| matches!(*w, "does" | "do" | "will" | "would" | "can" | "could"))
            };
            // But what a person gives someone is what they tell them: "the
            // line the algerian prez gave sarraj" (a country gives aid).
            let by_someone = occurrences
                .last()
                .is_some_and(|o| o.end == i && matches!(o.entity, Some(EntityType::Person | EntityType::Title)));
            let gives_to = matches!(refs[i], "give" | "gives" | "gave") && someone_at(i + 1);
            let tells = gives_to && by_someone;
            let gives = gives_to && !by_someone
                || (refs[i] == "do" && present() || refs[i] == "does")
                    && refs.get(i + 1) == Some(&"for")
                    && someone_at(i + 2);
            // "what did putin and erdogan want", "…the two presidents
            // want", "what do they want": what someone else wants is
            // what they call for ("i want to know…" is only asking).
            // Not what they meant to do: "wanted to protect".
            let intends =
                refs.get(i + 1) == Some(&"to") && refs.get(i + 2).is_some_and(|w| !matches!(*w, "happen" | "see"));
            let wants = matches!(refs[i], "want" | "wants" | "wanted")
                && !intends
                && (last_name.as_ref().is_some_and(|(at, _)| i - at <= 3)
                    || by_someone
                    || refs[i.saturating_sub(2)..i].iter().any(|w| matches!(*w, "they" | "he" | "she")))
                && !refs[i.saturating_sub(3)..i].iter().any(|w| matches!(*w, "i" | "we" | "you" | "u" | "im"));
            // The concept a stop word stands for here, if any.
            let stands_for = if gives {
                Some(SIGNIFICANCE)
            } else if tells {
                Some(TELL)
            } else if wants {
                Some(CALL)
            } else {
                None
            };
            // "cavusoglu's position", "what post does tebboune hold": the
            // office someone holds, which the passage naming them gives.
            let office = matches!(classes[i], WordClass::Term(_))
                .then(|| self.office_at(&refs, breaks, classes, &occurrences, i))
                .flatten();
            match std::mem::replace(&mut classes[i], WordClass::Stop) {
                WordClass::Stop => {
                    // "what's algeria's line here": a noun (after "is"), and
                    // where they stand.
                    let stands = || self.stands_at(&refs, breaks, &occurrences, i, true).then_some("position");
                    if let Some(WordClass::Term(t)) = stands_for.or_else(stands).map(|c| self.word(c, c)) {
                        occurrences.push(Occurrence { term: t.clone(), entity: None, start: i, end: i + 1 });
                        self.push(out, t, roles[i], words[i].clone(), true, false);
                    }
                }
                WordClass::Chatter => out.chatter += 1,
                // "is there a joke in this", not "for my essay (it's for a
                // film studies class lol), who took sirte": another subject
                // in the talk around a question does not change what it asks.
                WordClass::OffTopic if roles[i] == Role::Context => {}
                WordClass::OffTopic => out.offtopic += 1,
                // "i keep spelling it wrong": doing again, not keeping.
                WordClass::Term(_)
                    if matches!(refs[i], "keep" | "keeps" | "kept" | "keeping")
                        && refs.get(i + 1).is_some_and(|n| n.len() > 4 && n.ends_with("ing")) => {}
                // "the deals the four call illegal", "they called it void":
                // naming something, which only says what was said.
                WordClass::Term(_) if self.labels_at(&refs, i) => {}
                // "the misrata-led forces": who leads them only says which
                // forces are meant.
                WordClass::Term(_)
                    if refs[i] == "led"
                        && occurrences.last().is_some_and(|o| o.end == i && o.entity.is_some())
                        && refs.get(i + 1).is_some_and(|w| {
                            matches!(
                                *w,
                                "forces"
                                    | "troops"
                                    | "government"
                                    | "govt"
                                    | "coalition"
                                    | "army"
                                    | "fighters"
                                    | "side"
                            )
                        }) => {}
                WordClass::Term(_) | WordClass::Unknown(_) if the_texts_view(&refs, i) => {}
                WordClass::Term(_) if office.is_some() => {
                    if let Some(Some(hold)) = office {
                        split[hold] = true;
                    }
                }
                // "how do you say it in italian", "does merkel speak
                // russian": a language, which the article never names.
                WordClass::Term(t) if self.is_language_at(&refs, breaks, classes, i, &t) => {
                    occurrences.push(Occurrence { term: LANGUAGE.to_string(), entity: None, start: i, end: i + 1 });
                    self.push(out, LANGUAGE.to_string(), roles[i], words[i].clone(), false, false)
                }
                WordClass::Term(t) => {
                    // "holding sirte", "held the city": controlling a place,
                    // not lasting ("will he be able to hold sirte" is).
                    let ahead = || {
                        refs[i.saturating_sub(5)..i]
                            .iter()
                            .any(|w| matches!(*w, "will" | "can" | "could" | "able" | "manage" | "gonna"))
                    };
                    let place_at = |j: usize| {
                        matches!(&classes[j], WordClass::Term(p) if self.entity(p) == Some(EntityType::Place))
                            || refs[j] == "city"
                    };
                    // What was named just before this word, if anything.
                    let just_before = occurrences.last().filter(|o| o.end == i);
                    let after_a_place = just_before.is_some_and(|o| o.entity == Some(EntityType::Place));
                    // "sirte held since when": the place just before "held".
                    let held = refs[i] == "held" && after_a_place;
                    // "why did sirte flip so fast": a place that flips
                    // changes hands; a unit that flips changes sides.
                    let changes_hands = matches!(refs[i], "flip" | "flips" | "flipped" | "flipping") && after_a_place;
                    // "where were the talks held, istanbul or ankara": an
                    // event is held somewhere; a comma ends the phrase.
                    let passive = refs[i] == "held"
                        && refs[i.saturating_sub(3)..i]
                            .iter()
                            .any(|w| matches!(*w, "was" | "were" | "is" | "are" | "been" | "being"));
                    let place_after = || {
                        (i + 1..(i + 3).min(words.len())).take_while(|&j| breaks[j - 1] < Break::Comma).any(place_at)
                    };
                    let holds = matches!(refs[i], "hold" | "holds" | "held" | "holding")
                        && !ahead()
                        && (!passive && place_after() || held);
                    // "will trump call putin", "who else does he plan to
                    // call about libya": speaking with someone, not calling
                    // for something.
                    let ends = i + 1 == refs.len() || breaks[i] >= Break::Comma;
                    let whom = ends && refs[..i].iter().any(|w| matches!(*w, "who" | "whom"));
                    let phones = matches!(refs[i], "call" | "calls" | "called" | "calling")
                        && (whom
                            || refs.get(i + 1).is_some_and(|n| {
                                matches!(*n, "him" | "her" | "who" | "whom" | "about")
                                    || matches!(&classes[i + 1], WordClass::Term(p) if self.entity(p) == Some(EntityType::Person))
                            }));
                    // "where did sarraj head next": going there.
                    let goes = just_before.is_some_and(|o| {
                        let aux = o.start.checked_sub(1).map_or("", |a| refs[a]);
                        crate::engine::message::heads_somewhere(aux, refs[i]) && self.names_someone(&o.term)
                    });
                    // "haftar's italy stop, who with?": a stop somewhere is
                    // a visit there, not an end.
                    let stops = matches!(refs[i], "stop" | "stops" | "stopover")
                        && just_before
                            .is_some_and(|o| matches!(o.entity, Some(EntityType::Place | EntityType::Country)));
                    // "what else might they go for": what one goes for,
                    // asked, is a target ("go for talks" is a purpose).
                    let targets = matches!(refs[i], "go" | "goes" | "going" | "gone" | "went")
                        && refs.get(i + 1) == Some(&"for")
                        && (i + 2 == refs.len() || breaks[i + 1] >= Break::Comma);
                    let stands = self.stands_at(&refs, breaks, &occurrences, i, false);
                    // "trump's take on libya", "erdogan's take in one line": a
                    // person's view (the possessive is dropped), not taking
                    // something ("did haftar take sirte", "haftar take sirte?").
                    let view = refs[i] == "take"
                        && just_before.is_some_and(|o| self.names_someone(&o.term))
                        && (ends || matches!(refs[i + 1], "on" | "in" | "about"))
                        && !refs[i.saturating_sub(3)..i].iter().any(|w| is_aux(w) || *w == "to");
                    let sense = if view {
                        self.word("position", "position")
                    } else if holds {
                        self.word("control", "control")
                    } else if changes_hands {
                        self.word("capture", "capture")
                    } else if stands {
                        self.word("position", "position")
                    } else if phones {
                        self.word("meet", "meet")
                    } else if goes || stops {
                        self.word("visit", "visit")
                    } else if targets {
                        self.word("attack", "attack")
                    } else {
                        WordClass::Stop
                    };
                    let t = match sense {
                        WordClass::Term(meant) => meant,
                        _ => t,
                    };
                    occurrences.push(Occurrence { term: t.clone(), entity: self.entity(&t), start: i, end: i + 1 });
                    if self.names_someone(&t) && !names_a_topic(&refs, i, last_name.as_ref()) {
                        last_name = Some((i, t.clone()));
                    }
                    self.push(out, t, roles[i], words[i].clone(), true, false)
                }
                WordClass::Unknown(t) => {
                    // "when did erdogan land in istanbul": the verb after an
                    // auxiliary and its subject is what happened, however
                    // common its word.
                    let verb = self.follows_a_subject(&refs, &occurrences, i);
                    occurrences.push(Occurrence { term: t.clone(), entity: None, start: i, end: i + 1 });
                    self.push(out, t.clone(), roles[i], words[i].clone(), false, heads[i]);
                    if let Some(q) = out.terms.iter_mut().find(|q| q.term == t).filter(|_| verb) {
                        q.weighty = true;
                    }
                }
            }
            i += 1;
        }
        if let (Some(speaker), Some(at)) = (&out.speaker, speech_at) {
            out.addressee = self.addressee(&refs, &occurrences, speaker, at);
            // "did trump confirm he will call putin": confirming is saying
            // (the one who says is then required), not a word to find.
            if matches!(refs[at], "confirm" | "confirmed" | "deny" | "denied" | "admit" | "admitted") {
                out.terms.retain(|t| t.surface != words[at]);
            }
        }
        self.read_senses(out, &refs, &occurrences, found);
        self.join_compounds(out, words, &occurrences, found);
        occurrences
    }

    /// Whether the word at `i`, which names country `t`, is its language:
    /// a nationality word after "in" or a verb of speaking, that no noun
    /// follows ("in italian", not "in italian hands"), or before "language".
    fn is_language_at(&self, refs: &[&str], breaks: &[Break], classes: &[WordClass], i: usize, t: &str) -> bool {
        const NATIONALITY: [&str; 7] = ["ian", "ish", "ese", "ch", "ek", "an", "ic"];
        let w = refs[i];
        if w == t || !NATIONALITY.iter().any(|e| w.ends_with(e)) || self.entity(t) != Some(EntityType::Country) {
            return false;
        }
        let next = refs.get(i + 1).copied();
        if matches!(next, Some("language" | "languages" | "translation")) {
            return true;
        }
        let after_speaking = i > 0
            && matches!(
                refs[i - 1],
                "in" | "speak" | "speaks" | "spoke" | "speaking" | "learn" | "learning" | "translate" | "translated"
            );
        let ends = next.is_none()
            || breaks[i] >= Break::Comma
            || matches!(classes.get(i + 1), Some(WordClass::Stop | WordClass::Chatter));
        after_speaking && ends
    }

    /// Whether the first word of meaning from `from` on names an event (a
    /// term that is no person, place or group), or a place right before
    /// one does: "behind the truce call", "behind the sirte takeover".
    fn event_follows(&self, classes: &[WordClass], from: usize) -> bool {
        let event = |c: Option<&WordClass>| matches!(c, Some(WordClass::Term(t)) if self.entity(t).is_none());
        let Some(at) = (from..classes.len()).find(|&j| !matches!(classes[j], WordClass::Stop)) else {
            return false;
        };
        // "who was behind the sirte takeover": a place right before the
        // event says where it was ("who is behind tripoli" is backing).
        let placed = matches!(&classes[at], WordClass::Term(t) if self.entity(t) == Some(EntityType::Place));
        event(classes.get(at)) || placed && event(classes.get(at + 1))
    }

    /// Whether the word at `i` follows "did", "will" or the like and the
    /// subject after it: a pronoun or someone named ("did erdogan land").
    fn follows_a_subject(&self, words: &[&str], occurrences: &[Occurrence], i: usize) -> bool {
        let takes_verb = |at: usize| matches!(words[at], "did" | "does" | "do" | "will" | "would" | "can" | "could");
        let pronoun = i >= 2 && matches!(words[i - 1], "he" | "she" | "they" | "it") && takes_verb(i - 2);
        let named = occurrences
            .last()
            .filter(|o| o.end == i && o.start > 0 && self.names_someone(&o.term))
            .is_some_and(|o| takes_verb(o.start - 1));
        pronoun || named
    }

    /// Whether the word at `i` asks the office someone holds, which the
    /// passage naming them gives: after their name, ending the clause
    /// ("cavusoglu's position?", "putin's title"), or before it and a
    /// verb of holding ("what post does tebboune hold"), which is then
    /// where the verb stands.
    fn office_at(
        &self,
        words: &[&str],
        breaks: &[Break],
        classes: &[WordClass],
        occurrences: &[Occurrence],
        i: usize,
    ) -> Option<Option<usize>> {
        // ("titl": the stem the speller gives a misspelt "titel".)
        if !matches!(words[i], "position" | "title" | "titl" | "post" | "rank") {
            return None;
        }
        let person = |o: &Occurrence| o.entity == Some(EntityType::Person);
        // Only where the clause ends: "does sirte strengthen hafter's
        // position elsewhere" is his standing.
        // "merkel's title in the article": where it is given adds nothing.
        let in_text = matches!(words.get(i + 1..), Some(["in" | "from", "the" | "this", text]) if is_text_noun(text));
        // "merkels title as given", "…title please": nothing after it
        // means anything.
        let end = (i..words.len()).find(|&j| breaks[j] >= Break::Comma).map_or(words.len(), |j| j + 1);
        let bare = (i + 1..end).all(|j| matches!(classes[j], WordClass::Stop | WordClass::Chatter));
        let ends = bare || in_text;
        // ("contes job titel": small words may come between.)
        let whose = occurrences
            .last()
            .filter(|o| o.end <= i && (o.end..i).all(|j| words[j] == "s" || matches!(classes[j], WordClass::Stop)));
        if ends && whose.is_some_and(person) {
            return Some(None);
        }
        let asked = i > 0 && matches!(words[i - 1], "what" | "which" | "whats");
        if !asked || !matches!(words.get(i + 1), Some(&("does" | "did" | "do"))) {
            return None;
        }
        let holder = |j: usize| matches!(&classes[j], WordClass::Term(p) if self.entity(p) == Some(EntityType::Person));
        let hold = (i + 3..words.len().min(i + 6))
            .find(|&j| matches!(words[j], "hold" | "holds" | "have" | "has" | "occupy" | "give" | "gives"))?;
        // "what title does the article give merkel": the holder after.
        let given = matches!(words[hold], "give" | "gives") && (hold + 1..words.len().min(hold + 3)).any(holder);
        ((i + 2..hold).any(holder) || given).then_some(Some(hold))
    }

    /// Whether "call" at `i` names something rather than calls for it or
    /// phones someone: an adjective follows ("call illegal"), or "it",
    /// "them" and then not "off" ("called it void", not "called it off").
    fn labels_at(&self, words: &[&str], i: usize) -> bool {
        use crate::knowledge::PartOfSpeech;
        if !matches!(words[i], "call" | "calls" | "called" | "calling") {
            return false;
        }
        let adjective = |w: &str| self.english.lookup(w).is_some_and(|(_, p)| p == PartOfSpeech::Adjective);
        // "what's it called", "what was haftar's army called in the
        // article": the name of something.
        let what_is = |p: &[&str]| {
            matches!(p[0], "what" | "whats") && matches!(p[1], "is" | "was" | "are" | "were" | "it" | "this" | "that")
                // ("whats the oil region called", its "is" spelt away.)
                || matches!(p, ["what" | "whats", "the" | "his" | "her" | "their" | "its"])
        };
        let named = words[i] == "called"
            && words
                .get(i + 1)
                // ("what's the oil region called that might be targeted".)
                .is_none_or(|w| {
                    matches!(
                        *w,
                        "and"
                            | "again"
                            | "exactly"
                            | "then"
                            | "now"
                            | "in"
                            | "by"
                            | "that"
                            | "which"
                            | "officially"
                            | "formally"
                            | "properly"
                            | "actually"
                    )
                })
            && words[i.saturating_sub(6)..i].windows(2).any(what_is);
        // "what does the article call the tripoli government": its name
        // for it.
        let writer = |w: &&str| is_the_text_or_its_writer(w);
        let calls_for = words.get(i + 1).is_some_and(|w| matches!(*w, "for" | "on" | "upon"));
        // "what does it call his trip": "it" is the article.
        let it_calls = matches!(words[i.saturating_sub(3)..i], ["what" | "whats", "does" | "did", "it"]);
        // "what do they call haftar's army in the article": the article's
        // name for it, when the article is named after.
        // So is what people call something named after it: "what do they
        // call the sirte brigade that switched", "what do people call the
        // 604" (not "what do they call for").
        // But "what did they call the deals" asks what the four called
        // them: only people at large name, or a thing described by what it
        // did ("the brigade that switched").
        let who_calls = match words[i.saturating_sub(3)..i] {
            ["what" | "whats", "do" | "did", who] => Some(who),
            _ => None,
        };
        let object_named = words.get(i + 1).is_some_and(|w| {
            matches!(*w, "the" | "this" | "that" | "these" | "those" | "his" | "their")
                || w.starts_with(|c: char| c.is_ascii_digit())
        });
        let described = (i + 3..words.len().min(i + 6)).any(|j| matches!(words[j], "that" | "which" | "who"));
        let they_call = match who_calls {
            Some("they") => words[i + 1..].iter().any(writer) || object_named && described,
            Some("people" | "you" | "u" | "we" | "folks") => object_named,
            _ => false,
        };
        let names_it = words[i] == "call"
            && !calls_for
            && (it_calls || they_call || words[i.saturating_sub(3)..i].iter().any(writer));
        if named || names_it {
            return true;
        }
        match words.get(i + 1).copied() {
            Some("it" | "them" | "these" | "those") => words.get(i + 2).is_some_and(|w| *w != "off"),
            Some(next) => adjective(next),
            None => false,
        }
    }

    /// Whom the words of saying at `at` are said to: "say to Trump", "talk
    /// with Merkel", "tell Sarraj"; "say to each other" is the other one
    /// named before.
    fn addressee(&self, words: &[&str], occurrences: &[Occurrence], speaker: &Term, at: usize) -> Option<Term> {
        let someone = |o: &&Occurrence| self.names_someone(&o.term) && &o.term != speaker;
        let after = &words[at + 1..(at + 4).min(words.len())];
        if after.windows(2).any(|p| matches!(p, ["each", "other"] | ["one", "another"])) {
            return occurrences.iter().filter(|o| o.start < at).find(someone).map(|o| o.term.clone());
        }
        let tell = matches!(words[at], "tell" | "tells" | "told" | "telling");
        occurrences.iter().filter(|o| o.start > at && o.start <= at + 3).find(someone).and_then(|o| {
            let to = words[at + 1..o.start].iter().any(|w| matches!(*w, "to" | "with"));
            (to || (tell && o.start == at + 1)).then(|| o.term.clone())
        })
    }

    /// The noun a "which/what" question asks for, when it is no class noun
    /// ([`asked_words`]): the last noun of the words after "which" before a
    /// verb ("which Russian company do…", "which airfield got…"). The
    /// answer must speak of one, however common the word.
    fn asked_heads(&self, words: &[&str], breaks: &[Break]) -> Vec<bool> {
        use crate::knowledge::PartOfSpeech;
        let mut heads = vec![false; words.len()];
        // "size of 604 brigade?", "no fly zone size": a fragment that names
        // a measure asks for it.
        if !words.iter().any(|w| is_wh(w)) {
            let first = words.iter().position(|w| !crate::engine::message::is_opener(w));
            if let Some(f) = first.filter(|&f| is_measure(words[f]) && words.get(f + 1) == Some(&"of")) {
                heads[f] = true;
            }
            if let Some(last) = words.len().checked_sub(1).filter(|&l| l > 0 && is_measure(words[l])) {
                heads[last] = true;
            }
        }
        // "how big is cyprus": the quality asked for, which the answer must
        // give however common its word.
        let quality = |n: &&str| {
            !matches!(*n, "many" | "much" | "long" | "old" | "come" | "often" | "soon" | "so" | "exactly" | "about")
                && self.english.lookup(n).is_some_and(|(_, p)| p == PartOfSpeech::Adjective)
        };
        let noun = |j: usize| {
            words.get(j).is_some_and(|n| {
                !is_class_noun(n)
                    && !crate::engine::kind::is_kind_noun(n)
                    && self.english.lookup(n).is_some_and(|(_, p)| p == PartOfSpeech::Noun)
            })
        };
        for (i, w) in words.iter().enumerate() {
            if *w == "how" && breaks[i] == Break::None && words.get(i + 1).is_some_and(quality) {
                heads[i + 1] = true;
            }
            // "what's the population of tunisia": the attribute asked of
            // something, which the answer must give; not the gist of it
            // ("what was the point of the call").
            if *w == "what" {
                let be = usize::from(words.get(i + 1).is_some_and(|v| matches!(*v, "is" | "was" | "are" | "were")));
                let the = i + 1 + be;
                let unbroken = breaks.get(i..the + 2).is_some_and(|b| b.iter().all(|&b| b == Break::None));
                let measure = the + 1;
                if unbroken
                    && words.get(the) == Some(&"the")
                    && noun(measure)
                    && !is_gist(words[measure])
                    && words.get(the + 2) == Some(&"of")
                {
                    heads[measure] = true;
                }
            }
            // "which russian military company", "the name of the russian
            // contractor company": the noun the question asks a name of.
            let name_of = matches!(*w, "name" | "names") && words.get(i + 1) == Some(&"of");
            if !(matches!(*w, "what" | "which") || name_of) || breaks[i] != Break::None {
                continue;
            }
            let from = if name_of {
                i + 2 + usize::from(matches!(words.get(i + 2), Some(&("the" | "a" | "an"))))
            } else {
                i + 1
            };
            let mut head = None;
            for j in from..(from + 4).min(words.len()) {
                match self.english.lookup(words[j]).map(|(_, p)| p) {
                    _ if is_class_noun(words[j]) || crate::engine::kind::is_kind_noun_at(words, j) => break,
                    // "which two leaders": how many, not what.
                    _ if crate::engine::kind::is_number_word(words[j]) => {}
                    Some(PartOfSpeech::Noun) if !is_aux(words[j]) => head = Some(j),
                    // "which russian firm are they with": a word the list
                    // takes for an adjective ("firm") is the noun when the
                    // verb follows it.
                    Some(PartOfSpeech::Adjective) if words.get(j + 1).is_some_and(|n| is_aux(n)) => head = Some(j),
                    Some(PartOfSpeech::Adjective) => {}
                    _ => break,
                }
                if breaks[j] != Break::None {
                    break;
                }
            }
            if let Some(j) = head {
                heads[j] = true;
            }
        }
        heads
    }

    pub(super) fn push(&self, out: &mut Analysis, term: Term, role: Role, surface: String, known: bool, head: bool) {
        if let Some(t) = out.terms.iter_mut().find(|t| t.term == term) {
            t.role = t.role.max(role);
            return;
        }
        let listed = self.english.lookup(&surface);
        // Only for words the lexicon does not know: a concept it lists
        // ("before", "new") was listed because it matters.
        let zipf = if known { None } else { listed.map(|(z, _)| z) };
        let pos = listed.map(|(_, p)| p);
        // The noun a "which" question asks for is none, whatever the list
        // says of its word ("which firm").
        let modifier = !known && !head && pos.is_some_and(|p| p.is_modifier());
        let weighty = head || pos == Some(crate::knowledge::PartOfSpeech::Verb);
        let entity = self.entity(&term);
        out.terms.push(QTerm { term, role, surface, entity, zipf, known, modifier, weighty, asked: head });
    }

    /// "trump's take?", "egypt's move?": a noun after whose it is, ending
    /// the clause, is where they stand (not "did haftar take", nor "will
    /// egypt move troops"; a word that is only a `noun` needs no such check).
    fn stands_at(&self, refs: &[&str], breaks: &[Break], occurrences: &[Occurrence], i: usize, noun: bool) -> bool {
        matches!(refs[i], "take" | "move" | "stand" | "line")
            && (i + 1 == refs.len() || breaks[i] >= Break::Comma || refs[i + 1] == "here")
            && occurrences.last().is_some_and(|o| {
                let aux = o.start.checked_sub(1).map_or("", |a| refs[a]);
                o.end == i && self.names_someone(&o.term) && (noun || !is_auxiliary(aux))
            })
    }

    /// "how many agreements did they throw out": a concept beside its
    /// context in one clause, a few words either side, means what the
    /// lexicon's [senses] say (rejecting, not driving out).
    fn read_senses(&self, out: &mut Analysis, words: &[&str], occurrences: &[Occurrence], clauses: &[Clause]) {
        if self.senses.is_empty() {
            return;
        }
        let clause_of = |at: usize| clauses.iter().position(|c| (c.start..c.end).contains(&at));
        for o in occurrences {
            let mut senses = self.senses.iter().filter(|(concept, _, _)| *concept == o.term).peekable();
            if senses.peek().is_none() {
                continue;
            }
            // ("how many deals between ankara and tripoli did the four
            // throw out": what a question opens with is its verb's object,
            // however far.)
            let fronted = |c: &&Occurrence| {
                clause_of(c.start).is_some_and(|n| {
                    let start = clauses[n].start;
                    c.start <= start + 2 && words.get(start).is_some_and(|w| is_wh(w))
                })
            };
            let beside = |c: &&Occurrence| {
                (c.start.abs_diff(o.start) <= SENSE_REACH || fronted(c)) && clause_of(c.start) == clause_of(o.start)
            };
            let meaning = senses.find_map(|(_, context, meaning)| {
                occurrences.iter().filter(beside).any(|c| c.term == *context).then_some(meaning)
            });
            let Some(meaning) = meaning else { continue };
            if out.terms.iter().any(|t| &t.term == meaning) {
                out.terms.retain(|t| t.term != o.term);
            } else if let Some(t) = out.terms.iter_mut().find(|t| t.term == o.term) {
                t.term = meaning.clone();
                t.entity = self.entity(meaning);
            }
        }
    }

    /// "when are the guns supposed to stop", "the fighting will stop": two
    /// concepts a few words apart in one clause that mean a third (the
    /// lexicon's [compounds]) are that one, with the stronger role.
    fn join_compounds(&self, out: &mut Analysis, words: &[String], occurrences: &[Occurrence], clauses: &[Clause]) {
        if self.compounds.is_empty() {
            return;
        }
        let same_clause =
            |a: usize, b: usize| clauses.iter().any(|c| (c.start..c.end).contains(&a) && (c.start..c.end).contains(&b));
        for (n, first) in occurrences.iter().enumerate() {
            let Some(seconds) = self.compounds.get(&first.term) else { continue };
            let joined = occurrences[n + 1..].iter().take_while(|o| o.start <= first.end + 4).find_map(|second| {
                let (_, meaning) = seconds.iter().find(|(s, _)| *s == second.term)?;
                // "an end to hostilities or just a pause": two choices, not one thing.
                let choice = words[first.end..second.start].iter().any(|w| w == "or");
                (same_clause(first.start, second.start) && !choice).then_some((second, meaning))
            });
            let Some((second, meaning)) = joined else { continue };
            let parts = [&first.term, &second.term];
            let role =
                out.terms.iter().filter(|t| parts.contains(&&t.term)).map(|t| t.role).max().unwrap_or(Role::Core);
            let surface =
                format!("{} … {}", words[first.start..first.end].join(" "), words[second.start..second.end].join(" "));
            out.terms.retain(|t| !parts.contains(&&t.term));
            self.push(out, meaning.clone(), role, surface, true, false);
        }
    }

    /// A verb at `i` whose particle follows one to three words later, in the
    /// same clause, where the two make a phrase of the lexicon ("pushed
    /// isis out", "set the brigade up"): the particle's index and the
    /// phrase's meaning. Not when a phrase starts at the verb, or one
    /// between takes the particle ("got kicked out" is "kicked out").
    fn split_phrase_at(&self, forms: &[String], breaks: &[Break], i: usize) -> Option<(usize, Term)> {
        // As phrases compare them (stemmed): "com" is "coming", for "seen
        // the sirte grab coming".
        const PARTICLES: &[&str] = &["out", "up", "off", "over", "down", "back", "away", "com"];
        let last = (i + 4).min(forms.len().saturating_sub(1));
        let reach = || (i + 2..=last).take_while(|&at| breaks[at - 1] < Break::Comma);
        // Most words have no particle within reach: that is told before
        // the phrases starting with the word are looked up.
        if !reach().any(|at| PARTICLES.contains(&forms[at].as_str())) {
            return None;
        }
        let candidates = self.phrases.get(forms.get(i)?)?;
        if !candidates.iter().any(|(tail, _)| tail.len() == 1 && PARTICLES.contains(&tail[0].as_str())) {
            return None;
        }
        // A phrase at the verb, or one between that takes the particle.
        let taken = |j: usize, at: usize| self.phrase_at(&forms[j..]).is_some_and(|(len, _)| j == i || j + len > at);
        reach().find_map(|at| {
            let particle = forms[at].as_str();
            // "got anybody out there": where, not the verb's particle.
            let place = forms.get(at + 1).is_some_and(|w| matches!(w.as_str(), "there" | "here"));
            if !PARTICLES.contains(&particle) || place || (i..at).any(|j| taken(j, at)) {
                return None;
            }
            let (_, term) = candidates.iter().find(|(tail, _)| tail.len() == 1 && tail[0] == particle)?;
            term.clone().map(|t| (at, t))
        })
    }
}

/// A word before a verb's subject that makes the word after the subject
/// a verb: "did haftar take", "will egypt move". Unlike a question's
/// auxiliaries, no form of "be": "what is egypt's move" asks a noun.
fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "did"
            | "does"
            | "do"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "might"
            | "may"
            | "to"
            | "gonna"
            | "let"
    )
}

/// Nouns of a measure of something: "the size of the brigade".
fn is_measure(noun: &str) -> bool {
    matches!(
        noun,
        "size"
            | "population"
            | "strength"
            | "length"
            | "height"
            | "age"
            | "area"
            | "budget"
            | "cost"
            | "price"
            | "width"
    )
}

/// How many words apart a concept and the context that gives it another
/// sense may stand ("deals … they threw out").
const SENSE_REACH: usize = 6;

/// The term of a language named by a nationality word ("in italian"):
/// none the article uses.
const LANGUAGE: &str = "language";

/// Nouns that ask for the gist of something rather than one of its
/// attributes: "what was the point / goal / outcome of the call".
fn is_gist(noun: &str) -> bool {
    matches!(
        noun,
        "point"
            | "goal"
            | "goals"
            | "aim"
            | "aims"
            | "objective"
            | "objectives"
            | "idea"
            | "intent"
            | "intention"
            | "motivation"
            | "agenda"
            | "gist"
            | "upshot"
            | "thrust"
            | "message"
            | "takeaway"
            | "result"
            | "results"
            | "outcome"
            | "effect"
            | "effects"
            | "impact"
            | "consequence"
            | "consequences"
            | "meaning"
            | "significance"
            | "importance"
            | "nature"
            | "context"
            | "background"
            | "state"
            | "status"
            | "situation"
            | "content"
            | "contents"
            | "substance"
            | "focus"
            | "topic"
            | "subject"
            | "summary"
            | "deal"
            | "story"
    )
}

/// Whether `words[i]` is the text's or its author's view ("in the article's
/// telling", "the author's take", "in zaptia's words"): where the asker
/// looks, not what they ask.
fn the_texts_view(words: &[&str], i: usize) -> bool {
    let view = matches!(
        words[i],
        "view" | "telling" | "words" | "account" | "opinion" | "reading" | "version" | "framing" | "take" | "eyes"
    );
    view && i > 0 && is_the_text_or_its_writer(words[i - 1])
}

/// The article, or whoever wrote it: "the article", "the author", "zaptia".
fn is_the_text_or_its_writer(w: &str) -> bool {
    is_text_noun(w) || matches!(w, "author" | "writer" | "journalist" | "reporter" | "zaptia")
}
