//! The last stage: rules that read the whole question once its terms and
//! titles are known: what "how many" counts, the deed a "who" question
//! asks the doer of, coursework, a choice of times, the article's own
//! voice, and whether it asks what was discussed or how things stand now.

use super::asking::Asking;
use super::reading::Reading;
use super::{Analysis, Analyzer, EntityType, QTerm, Term, WordClass, SIGNIFICANCE, SUMMARY};
use crate::engine::asked::{asks_discussed, asks_the_present, offers_a_past};
use crate::engine::kind::{
    asks_a_first_name, is_number_word, is_text_noun, month_number, names_a_place_asked, Asks, Grain, Kind,
};
use crate::engine::message::{is_aux, is_wh, takes_bare_verb, Clause, Form, Role};
use crate::engine::relations::{self, Occurrence};

/// Concepts of a change to something that was there before.
const CHANGES: &[&str] = &["extend"];

/// The concept of leading: who leads something is a person.
const LEAD: &str = "lead";

impl Analyzer {
    /// Applies the rules that need the whole question's terms, occurrences
    /// and titles.
    pub(super) fn refine(&self, out: &mut Analysis, reading: &Reading, asking: &Asking, occurrences: &[Occurrence]) {
        let Reading { words, content, known, .. } = reading;
        let Asking { clauses: found, roles, guess, excluded, contrasted, .. } = asking;
        out.contrasted = *contrasted;
        let refs = reading.refs();
        // "what date is the article": a time asked of the text itself, and
        // of nothing else, is when it was published.
        let bare = out.terms.iter().all(|t| t.role == Role::Context);
        if out.asks.kind == Kind::When && bare && refs.iter().any(|w| is_text_noun(w)) {
            if let WordClass::Term(publish) = self.word("publish", "publish") {
                self.push(out, publish, Role::Core, "article".to_string(), true, false);
            }
        }
        given_name_asked(out, &refs, occurrences);
        // "what is 12 times 12": a sum is another subject.
        let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) || is_number_word(w);
        let sum = |w: &[&str]| number(w[0]) && matches!(w[1], "times" | "plus" | "minus") && number(w[2]);
        if refs.windows(3).any(sum) {
            out.offtopic += 1;
        }
        if out.asks.kind == Kind::HowMany {
            out.counted = relations::counted(words, occurrences).map(|t| self.counted_head(words, occurrences, t));
        }
        for o in occurrences.iter().filter(|o| excluded.contains(&o.start)) {
            if !out.excluded.contains(&o.term) {
                out.excluded.push(o.term.clone());
            }
        }
        // "…besides the guns stopping": what two set aside make together is
        // set aside, in their place.
        let parts = if out.excluded.len() >= 2 { out.excluded.clone() } else { Vec::new() };
        for first in &parts {
            let made = self.compounds.get(first).into_iter().flatten();
            for (second, meaning) in made.filter(|(second, _)| parts.contains(second)) {
                out.excluded.retain(|t| t != first && t != second);
                if !out.excluded.contains(meaning) {
                    out.excluded.push(meaning.clone());
                }
            }
        }
        if let Some(g) = guess {
            let guessed = occurrences.iter().filter(|o| g.contains(&o.start) && self.names_someone(&o.term));
            out.titled.extend(guessed.map(|o| o.term.clone()));
        }
        // "formed after which jihadist group captured sirte": the group
        // "which" asks for is the answer's to name, not the question's.
        if out.asks.kind == Kind::Who {
            // (Not one that only says whose: "which eu official".)
            let head = |o: &Occurrence| refs.get(o.end).is_none_or(|w| self.is_verb(w));
            let asked = |o: &&Occurrence| {
                o.entity == Some(EntityType::Group)
                    && o.start > 0
                    && matches!(refs[o.start - 1], "which" | "what")
                    && head(o)
            };
            for o in occurrences.iter().filter(asked) {
                if !out.titled.contains(&o.term) {
                    out.titled.push(o.term.clone());
                }
            }
        }
        self.set_aside_group_talk(out, &refs, found, occurrences);
        greeted_from(out, &refs, content, found, occurrences);
        let asked_in = |i: usize| found.iter().position(|c| c.form == Form::Question && (c.start..c.end).contains(&i));
        let coursework: Vec<usize> = self.coursework_at(&refs).filter_map(asked_in).collect();
        // ("will the ceasefire stick? what's the verdict": another question
        // asks about the article, and this one only what, not where or when:
        // "…, like where the line is" asks where the deal's line runs.)
        let core = |o: &Occurrence| out.terms.iter().any(|t| t.term == o.term && t.role == Role::Core);
        let asks_the_article = || {
            coursework.iter().all(|&c| found[c].asks.kind == Kind::Open)
                && occurrences.iter().any(|o| asked_in(o.start).is_some_and(|c| !coursework.contains(&c)) && core(o))
        };
        if !coursework.is_empty()
            && !out.terms.iter().any(|t| t.role != Role::Context && t.entity.is_some())
            && !asks_the_article()
        {
            out.offtopic += 1;
        }
        if out.asks.kind == Kind::Who {
            // "who exactly gave the order": an adverb may come between.
            let adverb = |w: &&&str| matches!(**w, "exactly" | "actually" | "specifically" | "precisely" | "really");
            let who = refs
                .iter()
                .position(|w| matches!(*w, "who" | "whos"))
                .map(|w| w + refs[w + 1..].iter().take_while(adverb).count());
            // "who gave the order", "who made the call": the deed is the
            // noun a light verb takes.
            let light = |w: usize| {
                matches!(refs.get(w + 1), Some(&("gave" | "give" | "gives" | "made" | "make" | "makes" | "issued")))
            };
            // "who will host the talks": the deed is the verb after a modal.
            let modal = |w: usize| refs.get(w + 1).is_some_and(|m| takes_bare_verb(m));
            // "who was leading them": the deed is the verb in -ing.
            let progressive = |w: usize| {
                matches!(refs.get(w + 1), Some(&("is" | "was" | "are" | "were")))
                    && refs.get(w + 2).is_some_and(|v| v.ends_with("ing"))
            };
            let deed_at = |w: usize| {
                let w = w + usize::from(modal(w) || progressive(w));
                let skip =
                    if light(w) { 2 + usize::from(matches!(refs.get(w + 2), Some(&("the" | "a" | "an")))) } else { 1 };
                w + skip
            };
            let deed = who.and_then(|w| occurrences.iter().find(|o| o.start == deed_at(w) && o.entity.is_none()));
            out.deed = deed.filter(|o| roles[o.start] == Role::Core).map(|o| o.term.clone());
            // The deed asked about carries the question, however common
            // its word ("who gave the order").
            for t in out.terms.iter_mut().filter(|t| out.deed.as_ref() == Some(&t.term)) {
                t.weighty = true;
            }
            // "who was leading islamic state in sirte": its leader, a person
            // ("who was running sirte" asks who held the town).
            // "who was commanding the misratan forces": the forces, named
            // by their town, are led; so the words right after the deed,
            // up to the first that is not a name, are what is led.
            let led = deed.map(|d| {
                let mut end = d.end;
                let after = occurrences.iter().filter(|o| o.start >= d.end && o.entity.is_some());
                after
                    .take_while(move |o| {
                        let next = o.start <= end + 1;
                        end = o.end;
                        next
                    })
                    .collect::<Vec<_>>()
            });
            let led = led.unwrap_or_default();
            if out.deed.as_deref() == Some(LEAD) && led.iter().any(|o| o.entity == Some(EntityType::Group)) {
                out.asks.person = true;
            }
        }
        if out.asks == Asks::OPEN && out.deed.is_none() {
            out.deed = self.what_deed(words, &refs, found, roles, occurrences);
        }
        // "did sirte fall on the weekend or on a weekday": a choice of
        // times asks when.
        let choices = || out.terms.iter().filter(|t| t.role == Role::Alternative);
        if out.asks == Asks::OPEN && choices().next().is_some() && choices().all(|t| t.entity == Some(EntityType::Time))
        {
            out.asks = Asks::of(Kind::When);
        }
        // "why is sirte such a big deal for him": what it means for him is
        // the answer, not a cause.
        if out.asks.kind == Kind::Why && out.terms.iter().any(|t| t.term == SIGNIFICANCE && t.role == Role::Core) {
            out.asks = Asks::OPEN;
        }
        self.date_significance(out, words, occurrences);
        // "cavusoglu's official reason for the visit": the reason someone
        // gave, which a passage must report them giving.
        let official = refs.windows(2).any(|p| {
            p[0] == "official"
                && matches!(
                    p[1],
                    "reason" | "reasons" | "purpose" | "explanation" | "justification" | "line" | "version"
                )
        }) || out.asks.kind == Kind::Why && refs.contains(&"officially");
        if official && out.speaker.is_none() {
            out.speaker = occurrences.iter().find(|o| self.names_someone(&o.term)).map(|o| o.term.clone());
        }
        // "before it got extended, what did the zone cover": the state
        // before a change.
        let before = |o: &&Occurrence| refs[o.start.saturating_sub(4)..o.start].contains(&"before");
        out.prior =
            occurrences.iter().filter(|o| CHANGES.contains(&o.term.as_str())).find(before).map(|o| o.term.clone());
        self.drop_the_articles_voice(out, &refs);
        self.mark_attributes(out, words, occurrences);
        capital_asked(out, &refs);
        acronym_meaning(out, &refs, occurrences);
        in_the_country_asked(out, &refs, occurrences);
        refer_back(out, &refs, found, occurrences);
        // "did each of them speak alone, or was it one joint call":
        // one concept in two different words on the two sides of a choice
        // is what the choice is about, and the answer must settle it.
        for t in out.terms.iter_mut().filter(|t| t.role == Role::Alternative && t.entity.is_none() && t.known) {
            let sides = occurrences.iter().filter(|o| o.term == t.term && roles[o.start] == Role::Alternative);
            let mut said = sides.map(|o| &words[o.start..o.end]);
            let first = said.next();
            if first.is_some_and(|f| said.any(|w| w != f)) {
                t.role = Role::Core;
                t.asked = true;
            }
        }
        let someone = occurrences.iter().any(|o| self.names_someone(&o.term));
        out.discussed = out.asks == Asks::OPEN && asks_discussed(&refs, someone);
        // "are the misratans still in sirte or did they leave?" may be
        // settled by what the article reports, if it knows all it names,
        // the change offered included ("is conte still managing tottenham
        // or did he leave?" and "is merkel still chancellor or did she step
        // down?" are not).
        let past = offers_a_past(&refs);
        let reported = |c: &Clause| past && (c.start..refs.len()).all(|i| !content[i] || known[i]);
        out.present = found
            .iter()
            .any(|c| c.form != Form::Statement && asks_the_present(&refs[c.start..c.end], &refs) && !reported(c));
        if found
            .iter()
            .any(|c| c.form != Form::Statement && self.asks_membership(&refs[c.start..c.end], c.start, occurrences))
        {
            out.offtopic += 1;
        }
        if self.only_remarks(out, &refs, found) {
            out.chatter += 1;
            out.terms.clear();
        }
        // "what was serraj doing in brussels vs haftar in rome, same day
        // trip thing?": a question that names three or more of the article's
        // people and places is about the article, whatever word of travel or
        // leisure it also uses ("is tunisia nice for a holiday" names one).
        let named = out
            .terms
            .iter()
            .filter(|t| {
                t.role == Role::Core && t.entity.is_some_and(|e| !matches!(e, EntityType::Time | EntityType::Title))
            })
            .count();
        if named >= 3 && out.chatter == 0 {
            out.offtopic = 0;
        }
    }

    /// Whether a clause asks if a country belongs to a bloc ("is cyprus in
    /// the eu", "is turkey part of nato"): membership, which the article
    /// never states, whatever else it says of both.
    fn asks_membership(&self, clause: &[&str], start: usize, occurrences: &[Occurrence]) -> bool {
        let at = |i: usize| occurrences.iter().find(|o| o.start == start + i);
        let country = |i: usize| at(i).filter(|o| o.entity == Some(EntityType::Country));
        let Some(first) = clause.iter().position(|w| !matches!(*w, "so" | "and" | "but" | "wait" | "ok" | "also"))
        else {
            return false;
        };
        if !matches!(clause[first], "is" | "are" | "isnt" | "arent" | "was") {
            return false;
        }
        let Some(land) = country(first + 1) else { return false };
        let mut i = land.end - start;
        let link: &[&[&str]] =
            &[&["in"], &["part", "of"], &["a", "part", "of"], &["member", "of"], &["a", "member", "of"]];
        let Some(l) = link.iter().find(|l| clause.get(i..).is_some_and(|rest| rest.starts_with(l))) else {
            return false;
        };
        i += l.len();
        if clause.get(i) == Some(&"the") {
            i += 1;
        }
        let bloc_word = |w: &str| matches!(w, "nato" | "opec" | "brics" | "g20" | "g7" | "commonwealth");
        let union = |i: usize| matches!(clause.get(i..i + 2), Some(["african" | "arab", "union" | "league"]));
        let end = if at(i).is_some_and(|o| o.term == "eu") {
            at(i).map_or(i, |o| o.end - start)
        } else if clause.get(i).is_some_and(|w| bloc_word(w)) {
            i + 1
        } else if union(i) {
            i + 2
        } else {
            return false;
        };
        end == clause.len()
    }

    /// Whether the message only remarks, in a sentence of its own, with one
    /// word the article has that names nothing ("lol this reading is so
    /// long", "just joined the study group"): small talk, not a search for
    /// a verb or an adjective. A message that names a thing ("red line
    /// quote", "info on the no-fly zone") is a request in few words.
    fn only_remarks(&self, out: &Analysis, words: &[&str], clauses: &[Clause]) -> bool {
        use crate::knowledge::PartOfSpeech;
        let [only] = &out.terms[..] else { return false };
        let describes = self
            .english
            .lookup(&only.surface)
            .is_some_and(|(_, p)| matches!(p, PartOfSpeech::Verb | PartOfSpeech::Adjective | PartOfSpeech::Adverb));
        // ("rejected on what day" asks, though its question word comes last.)
        // ("smuggling in there at all" asks whether the article has it.)
        let in_the_text = words.windows(2).any(|p| matches!(p, ["in", "there" | "here"] | ["at", "all"]));
        let asks = words.iter().any(|w| is_wh(w)) || clauses.iter().any(|c| c.form != Form::Statement) || in_the_text;
        words.len() >= 4 && !asks && only.entity.is_none() && describes
    }

    /// "what's the significance of 6 january": what happened on a date is
    /// what it means, so a passage need not call it important.
    fn date_significance(&self, out: &mut Analysis, words: &[String], occurrences: &[Occurrence]) {
        use crate::engine::kind::is_time_word;
        let month = |o: &Occurrence| month_number(&o.term).is_some();
        let beside_month =
            |o: &Occurrence| occurrences.iter().any(|m| month(m) && (m.end == o.start || o.end == m.start));
        let dated = |o: &Occurrence| month(o) || beside_month(o) || (o.start..o.end).all(|i| is_time_word(words, i));
        let core = |term: &Term| out.terms.iter().any(|t| &t.term == term && t.role == Role::Core);
        let others = || occurrences.iter().filter(|o| o.term != SIGNIFICANCE && core(&o.term));
        let significance = occurrences.iter().any(|o| o.term == SIGNIFICANCE && core(&o.term));
        // "why does it matter that ferjan people are in it": so does the
        // fact a clause after it states.
        let fact = words.windows(2).any(|p| {
            matches!(p[0].as_str(), "matter" | "matters" | "important" | "significant" | "relevant") && p[1] == "that"
        });
        if significance && others().next().is_some() && (fact || others().all(dated)) {
            for t in out.terms.iter_mut().filter(|t| t.term == SIGNIFICANCE) {
                t.modifier = true;
            }
        }
    }

    /// "what did the two ministers agree on": the verb that "what did"
    /// asks the object of, which a passage must report to answer.
    fn what_deed(
        &self,
        words: &[String],
        refs: &[&str],
        found: &[Clause],
        roles: &[Role],
        occurrences: &[Occurrence],
    ) -> Option<Term> {
        use crate::knowledge::PartOfSpeech;
        let clause = found.iter().find(|c| c.form == Form::Question)?;
        let what = (clause.start..clause.end).find(|&i| refs[i] == "what")?;
        // "what exactly did they agree on": an adverb may come between.
        let adverb = |w: &&&str| matches!(**w, "exactly" | "actually" | "specifically" | "precisely" | "else");
        let what = what + refs[what + 1..].iter().take_while(adverb).count();
        if !refs.get(what + 1).is_some_and(|m| takes_bare_verb(m)) {
            return None;
        }
        // "what did turkey offer to send": the verb "to" leads to.
        let verb = |o: &&Occurrence| {
            self.english.pos(&words[o.start]) == Some(PartOfSpeech::Verb) && refs.get(o.end) != Some(&"to")
        };
        // "what did the brigade do that let him in": the doing is asked,
        // and what follows only says which.
        let doing = (what + 2..clause.end).find(|&i| matches!(refs[i], "do" | "doing")).unwrap_or(clause.end);
        let deed = occurrences
            .iter()
            .filter(|o| o.start > what + 1 && o.end <= doing && o.entity.is_none())
            .find(verb)
            // What someone said or asked is the speaker rules' to check.
            .filter(|o| !self.is_speech_at(refs, o.start))
            .filter(|o| roles[o.start] == Role::Core)?;
        Some(deed.term.clone())
    }

    /// "the new no-fly zone", "its latest media appearance": an adjective of
    /// degree that the lexicon lists, right before the noun it describes,
    /// colours the question like any other adjective. One that names a kind
    /// ("the maritime deal", "legal grounds") still says which thing is
    /// asked about, and said of the noun ("how new is the zone", "is he
    /// new") an adjective is what is asked.
    fn mark_attributes(&self, out: &mut Analysis, words: &[String], occurrences: &[Occurrence]) {
        for (o, next) in occurrences.iter().zip(occurrences.iter().skip(1)) {
            let before_its_noun = o.end == o.start + 1 && next.start == o.end && o.term != next.term;
            if !before_its_noun || o.entity.is_some() || !self.english.is_gradable(&words[o.start]) {
                continue;
            }
            if let Some(t) = out.terms.iter_mut().find(|t| t.term == o.term && t.known && !t.asked) {
                t.modifier = true;
            }
        }
    }

    /// "how many separate deals": when the word counted qualifies the one
    /// right after it (not a participle or a modifier: "how many deals
    /// signed", "how many deals between…"), that one is the thing counted.
    fn counted_head(&self, words: &[String], occurrences: &[Occurrence], counted: Term) -> Term {
        let Some(at) = occurrences.iter().find(|o| o.term == counted) else { return counted };
        let head = |o: &&Occurrence| {
            let word = &words[o.end - 1];
            let modifier = self.english.lookup(word).is_some_and(|(_, p)| p.is_modifier());
            // "how many countries turned down…": a verb with its particle.
            // "how many presidents sat down…": so is an irregular one.
            let verb = [word, &words[o.start]]
                .iter()
                .any(|w| w.ends_with("ed") || w.ends_with("ing") || super::is_irregular_verb(w));
            o.start == at.end && o.entity.is_none() && !modifier && !verb
        };
        occurrences.iter().find(head).map_or(counted, |o| o.term.clone())
    }

    /// "is the author confident the guns will go quiet", "is the writer
    /// hinting…": the author as the article's voice, whose view is the
    /// article's. The author is asked about only by who, when or where,
    /// by name ("the author's name", "who wrote it"), or alone ("tell me
    /// about the author"). Nor is "summary" when the question names what
    /// is to be summed up: it only favours an overview.
    fn drop_the_articles_voice(&self, out: &mut Analysis, words: &[&str]) {
        use crate::knowledge::BlockKind;
        let Some(author) = self.part(BlockKind::Byline) else { return };
        let identity = words.iter().any(|w| {
            w.starts_with("name")
                || w.starts_with("publish")
                || matches!(*w, "write" | "writes" | "wrote" | "written" | "authored" | "byline")
        }) || matches!(*words, [.., "called"]);
        let voice = out.asks == Asks::OPEN || out.asks.kind == Kind::Why;
        let other = out.terms.iter().any(|t| t.role == Role::Core && t.term != author);
        if voice && other && !identity {
            out.terms.retain(|t| t.term != author);
        }
        // "algeria's position in a nutshell", "the problems they list, sum
        // it up": asking for a summary of something asks about that thing.
        let about_more = out.terms.iter().any(|t| t.role == Role::Core && t.term != SUMMARY && t.term != author);
        if about_more {
            out.terms.iter_mut().filter(|t| t.term == SUMMARY).for_each(|t| t.role = Role::Context);
        }
    }

    /// "someone take notes on the algeria part pls", "i'll do the greece
    /// cyprus part": a clause that talks to the group about its own work
    /// (the lexicon's logistics) asks the bot nothing, and what it names is
    /// the group's topic. Its terms are context; a message of nothing else
    /// is chatter.
    ///
    /// Talk that only says what an ask is for ends where the asker says
    /// what they want: "for the write-up on our club politics thread i
    /// want the bit where russia and turkey…".
    fn set_aside_group_talk(&self, out: &mut Analysis, words: &[&str], clauses: &[Clause], occurrences: &[Occurrence]) {
        if out.group_talk.is_empty() {
            return;
        }
        let wants = |k: usize| {
            matches!(words[k], "i" | "we") && words.get(k + 1).is_some_and(|w| matches!(*w, "want" | "need" | "wanted"))
        };
        let aside: Vec<std::ops::Range<usize>> = clauses
            .iter()
            .filter_map(|c| {
                let g = out.group_talk.iter().copied().find(|&g| (c.start..c.end).contains(&g))?;
                let end = (g + 1..c.end).find(|&k| wants(k)).unwrap_or(c.end);
                Some(c.start..end)
            })
            .collect();
        let set_aside = |o: &Occurrence| aside.iter().any(|r| r.contains(&o.start));
        for t in &mut out.terms {
            let mut at = occurrences.iter().filter(|o| o.term == t.term).peekable();
            if at.peek().is_some() && at.all(set_aside) {
                t.role = Role::Context;
            }
        }
        if out.terms.iter().all(|t| t.role == Role::Context) {
            out.terms.clear();
            out.chatter += 1;
        }
    }

    /// Where the message names the group's own coursework as a thing of its
    /// own ("when's the essay due", "does anyone have the slides"): "the",
    /// "this", "our" before it, not framing ("for the essay") nor the
    /// article itself ("the reading says…").
    fn coursework_at<'a>(&'a self, words: &'a [&str]) -> impl Iterator<Item = usize> + 'a {
        let determiner = |w: &str| matches!(w, "the" | "this" | "that" | "these" | "those" | "our" | "your");
        let preposition = |w: &str| {
            matches!(
                w,
                "for"
                    | "in"
                    | "into"
                    | "on"
                    | "of"
                    | "about"
                    | "from"
                    | "with"
                    | "to"
                    | "at"
                    | "by"
                    | "under"
                    | "against"
            )
        };
        // "can you write my essay": a task on the asker's own work.
        let task = |i: usize| {
            i >= 2
                && matches!(words[i - 1], "my" | "our")
                && matches!(words[i - 2], "write" | "do" | "finish" | "proofread" | "edit" | "mark" | "grade")
        };
        // "the line says", "the line that says that": the article's own
        // words, not the asker's.
        let says_at = move |j: usize| {
            words
                .get(j)
                .is_some_and(|n| self.speech.contains(*n) || matches!(*n, "mentions" | "mention" | "goes" | "reads"))
        };
        let relative = move |j: usize| words.get(j).is_some_and(|n| matches!(*n, "that" | "which" | "where"));
        let quoted = move |i: usize| says_at(i + 1) || relative(i + 1) && says_at(i + 2);
        // ("what's the bit about terrorism": a part of the article.)
        let part =
            |w: &str| matches!(w, "bit" | "bits" | "paragraph" | "paragraphs" | "para" | "graf" | "grafs" | "page");
        let named = move |i: usize| {
            let after_preposition = i >= 2 && preposition(words[i - 2]);
            determiner(words[i - 1]) && !after_preposition && !quoted(i) && !part(words[i])
        };
        (1..words.len()).filter(move |&i| self.coursework.contains(words[i]) && (task(i) || named(i)))
    }
}

/// "i'm doing a slide on algeria - which side are they behind?": a
/// pronoun the question leans on, with no name of its own to mean, means
/// the one name the talk before it gave, when that talk is the asker's
/// own, and the question then asks about it. "He" and "she" mean a
/// person; "they" and "it" a country, group or place. Not "is it true…"
/// or "was it…", whose "it" means nothing.
fn refer_back(out: &mut Analysis, words: &[&str], clauses: &[Clause], occurrences: &[Occurrence]) {
    let Some(asked) = clauses.iter().position(|c| c.form != Form::Statement) else { return };
    let c = &clauses[asked];
    let dummy = |i: usize| words[i] == "it" && i > 0 && matches!(words[i - 1], "is" | "was" | "isnt" | "wasnt");
    let pronoun = (c.start..c.end).filter(|&i| !dummy(i)).find_map(|i| match words[i] {
        "he" | "him" | "his" | "she" | "her" => Some(true),
        "they" | "them" | "their" | "it" | "its" => Some(false),
        _ => None,
    });
    let Some(person) = pronoun else { return };
    let named = |o: &&Occurrence| o.entity.is_some_and(|e| !matches!(e, EntityType::Time | EntityType::Title));
    // "which libyan side…": a name describing what is asked is not one
    // the pronoun could mean.
    let described = |at: usize| {
        let from = (c.start..at).rev().find(|&j| matches!(words[j], "which" | "what"));
        from.is_some_and(|f| words[f + 1..at].iter().all(|w| !is_aux(w)))
    };
    let own = |o: &&Occurrence| (c.start..c.end).contains(&o.start) && !described(o.start);
    if occurrences.iter().filter(named).any(|o| own(&o)) {
        return;
    }
    let fits = |o: &&Occurrence| (o.entity == Some(EntityType::Person)) == person;
    // The talk is the asker's own: "for my essay on…", "we're reading
    // about…".
    let own_talk =
        |b: &&Clause| words[b.start..b.end].iter().any(|w| matches!(*w, "i" | "im" | "my" | "we" | "our" | "us"));
    let talk: Vec<&Clause> = clauses[..asked].iter().filter(own_talk).collect();
    let before = |o: &&Occurrence| talk.iter().any(|b| (b.start..b.end).contains(&o.start));
    let mut given = occurrences.iter().filter(named).filter(before).filter(fits).map(|o| &o.term);
    let Some(term) = given.next() else { return };
    if given.any(|t| t != term) {
        return;
    }
    for t in out.terms.iter_mut().filter(|t| &t.term == term && t.role == Role::Context) {
        t.role = Role::Core;
    }
}

/// "what's the eastern general's first name": someone named by a phrase
/// ("eastern general") is found only among the occurrences, and it is his
/// name that is asked, not who he is.
fn given_name_asked(out: &mut Analysis, refs: &[&str], occurrences: &[Occurrence]) {
    if out.asks.grain.is_none()
        && asks_a_first_name(refs)
        && occurrences.iter().any(|o| o.entity == Some(EntityType::Person))
    {
        out.asks = Asks { grain: Some(Grain::GivenName), ..Asks::OPEN };
    }
    // "haftar's first name khalid?": a rare word the lexicon does not know
    // is the asker's guess at the name, which the answer may correct: it
    // is not what the answer must say. (Not "his wife's first name".)
    if out.asks.grain == Some(Grain::GivenName) {
        let guess = |t: &QTerm| !t.known && t.zipf.is_none_or(|z| z < 3.5);
        // ("khalifa or khaled?": so is one offered beside the right one.)
        for t in out.terms.iter_mut().filter(|t| guess(t) && matches!(t.role, Role::Core | Role::Alternative)) {
            t.role = Role::Context;
        }
    }
}

/// "which capital was sarraj visiting": the place asked may be one the
/// passage calls the capital ("an attack on the capital") or one it only
/// names ("in Algiers"). The word weighs like any other, but a passage
/// need not say it: it is the kind of place asked, not a title.
fn capital_asked(out: &mut Analysis, refs: &[&str]) {
    let bare = refs.windows(2).any(|p| matches!(p, ["which" | "what", "capital" | "capitals"]));
    if out.asks.kind == Kind::Where && bare {
        for t in out.terms.iter_mut().filter(|t| matches!(t.surface.as_str(), "capital" | "capitals")) {
            t.modifier = true;
            t.entity = None;
        }
    }
}

/// "hello everybody, good morning from istanbul!": where someone greets
/// from is theirs. In a message that greets and asks nothing, places after
/// "from" with nothing before it but greetings and small words are chatter.
fn greeted_from(out: &mut Analysis, refs: &[&str], content: &[bool], found: &[Clause], occurrences: &[Occurrence]) {
    if out.chatter == 0 || found.iter().any(|c| c.form != Form::Statement) {
        return;
    }
    let Some(from) = refs.iter().position(|w| *w == "from") else { return };
    if from == 0 || content[..from].iter().any(|&c| c) {
        return;
    }
    let after: Vec<&Occurrence> = occurrences.iter().filter(|o| o.start > from).collect();
    let place = |o: &&Occurrence| matches!(o.entity, Some(EntityType::Place | EntityType::Country));
    if after.is_empty() || !after.iter().all(place) {
        return;
    }
    let before = out.terms.len();
    out.terms.retain(|t| !after.iter().any(|o| o.term == t.term));
    out.chatter += before - out.terms.len();
}

/// "what does gna mean": what a short name stands for, as "what does gna
/// stand for" asks; not what something means for someone ("what does it
/// mean for haftar").
fn acronym_meaning(out: &mut Analysis, refs: &[&str], occurrences: &[Occurrence]) {
    let named = |at: usize| {
        refs[at].len() <= 4 && occurrences.iter().any(|o| o.start == at && o.end == at + 1 && o.entity.is_some())
    };
    let asked = (2..refs.len()).filter(|&m| matches!(refs[m], "mean" | "means")).any(|m| {
        let before = &refs[..m - 1];
        let before = before.strip_suffix(&["the"][..]).unwrap_or(before);
        let opens = matches!(before, [.., "what" | "whats"] | [.., "what", "does" | "do"]);
        opens && named(m - 1) && !matches!(refs.get(m + 1), Some(&("for" | "to" | "that" | "in")))
    });
    if asked {
        out.terms.retain(|t| !matches!(t.surface.as_str(), "mean" | "means"));
    }
}

/// "which libyan city did haftar take": a country between "which" and the
/// kind of place asked only says where that place is, which the passage
/// that names it need not repeat. It stays said around the question.
fn in_the_country_asked(out: &mut Analysis, refs: &[&str], occurrences: &[Occurrence]) {
    if out.asks.kind != Kind::Where {
        return;
    }
    for o in occurrences.iter().filter(|o| o.entity == Some(EntityType::Country) && o.start > 0) {
        let which = matches!(refs[o.start - 1], "which" | "what");
        if which && refs.get(o.end).is_some_and(|w| names_a_place_asked(w)) {
            for t in out.terms.iter_mut().filter(|t| t.term == o.term && t.role == Role::Core) {
                t.role = Role::Context;
            }
        }
    }
}
