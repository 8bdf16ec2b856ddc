//! Words the matcher treats specially: synonyms and spelling variants that
//! mean one thing, words that carry no meaning, and chatter. It is data, so
//! whoever curates the knowledge base can teach the bot a new variant.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use toml::Spanned;

use super::error::{line_of, toml_problem, Diagnostic};
use crate::text::{stem, tokens};

#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Canonical term -> the words and phrases that mean it.
    pub synonyms: Vec<(String, Vec<String>)>,
    /// Words ignored when matching ("the", "please", "tell").
    pub stopwords: Vec<String>,
    /// Words that mark small talk rather than a question ("hi", "lol").
    pub chatter: Vec<String>,
    /// Phrases of the study group organising its own work ("take notes",
    /// "who's presenting", "i'll do the … part"): a clause with one is said
    /// to the group, not asked of the bot.
    pub logistics: Vec<String>,
    /// Words that mark a message as about something else entirely
    /// ("weather", "joke"): with one of them, the engine does not answer.
    pub offtopic: Vec<String>,
    /// Words about the asker rather than the article ("essay", "notes",
    /// "slides"): they carry no meaning for matching, and a clause made of
    /// them is framing, not the question.
    pub framing: Vec<String>,
    /// Chat spellings of small words, fixed before anything else reads the
    /// question ("teh" is "the", "wen" is "when").
    pub spellings: Vec<(String, String)>,
    /// What kind of thing a concept names ("person", "place", …), so the
    /// engine can tell whether a quote says *who* or *where*.
    pub types: Vec<(String, Vec<String>)>,
    /// Concepts that stand for others in the article's world: Erdogan for
    /// Turkey, Hafter for the LNA. "Erdogan's foreign minister" is found in
    /// "Turkish foreign minister" this way.
    pub related: Vec<(String, Vec<String>)>,
    /// Verbs and nouns of saying ("said", "told", "reply", "view"): "what
    /// did Merkel say" needs a passage where Merkel is the one who says.
    pub speech: Vec<String>,
    /// Who holds a title in the article: ("president", "usa") is "trump".
    pub titles: Vec<((String, String), String)>,
    /// Two concepts that mean a third when one closely follows the other in
    /// a clause: ("weapon", "end") is "ceasefire", as in "when are the guns
    /// supposed to stop".
    pub compounds: Vec<((String, String), String)>,
    /// A concept that means another beside a third: ("expel", "deal") is
    /// "oppose", as "throw out" is with agreements ("which deals did they
    /// throw out") but not with troops.
    pub senses: Vec<((String, String), String)>,
    /// The concept each part of the article's front matter is
    /// ("headline" -> "headline", "byline" -> "author"): "is the date in the
    /// headline?" is answered from the headline.
    pub parts: Vec<(String, String)>,
    /// Words and phrases that ask how to use the bot ("help", "commands").
    pub help: Vec<String>,
    /// Words and phrases that thank it.
    pub thanks: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    #[serde(default)]
    stopwords: Vec<String>,
    #[serde(default)]
    chatter: Vec<String>,
    #[serde(default)]
    offtopic: Vec<String>,
    #[serde(default)]
    logistics: Vec<String>,
    #[serde(default)]
    framing: Vec<String>,
    #[serde(default)]
    speech: Vec<String>,
    #[serde(default)]
    help: Vec<String>,
    #[serde(default)]
    thanks: Vec<String>,
    #[serde(default)]
    synonyms: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
    #[serde(default)]
    spellings: BTreeMap<String, String>,
    #[serde(default)]
    types: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    related: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    titles: BTreeMap<String, String>,
    #[serde(default)]
    compounds: BTreeMap<String, String>,
    #[serde(default)]
    senses: BTreeMap<String, String>,
    #[serde(default)]
    parts: BTreeMap<String, String>,
}

impl Lexicon {
    /// Parses `lexicon.toml`. A word listed under two meanings is refused,
    /// since the matcher could not tell which one a question means; so is a
    /// concept listed as a word of another concept (`misrata = ["misurata"]`
    /// with `misurata = ["misrata"]`), which splits one meaning into two.
    pub fn parse(source: &str, file: &str) -> Result<Lexicon, Vec<Diagnostic>> {
        let raw: LexiconFile = toml::from_str(source).map_err(|e| vec![toml_problem(file, source, &e)])?;
        // Line numbers of ~2,000 words: found by binary search, not by
        // counting newlines from the start for each one.
        let newlines: Vec<usize> = source.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i).collect();
        let line_of = |_: &str, at: usize| 1 + newlines.partition_point(|&n| n < at);
        // The concept each word (stemmed) is listed under, and the line it is listed on.
        let mut owner: HashMap<String, (String, usize)> = HashMap::new();
        let mut concepts: Vec<(String, usize)> = Vec::new();
        let mut problems = Vec::new();
        let mut synonyms = Vec::new();
        for (concept, members) in raw.synonyms {
            let concept_line = line_of(source, concept.span().start);
            let concept = concept.into_inner();
            concepts.push((concept.clone(), concept_line));
            let mut words = Vec::new();
            for m in members {
                let word = m.get_ref().trim().to_lowercase();
                let line = line_of(source, m.span().start);
                // Words meet after stemming, so that is where two meanings clash.
                let key = stemmed(&word);
                if key.is_empty() {
                    problems.push(Diagnostic {
                        file: file.into(),
                        line,
                        message: format!("empty synonym of {concept:?}"),
                    });
                    continue;
                }
                if let Some((other, _)) = owner.insert(key, (concept.clone(), line)) {
                    if other != concept {
                        problems.push(Diagnostic {
                            file: file.into(),
                            line,
                            message: format!("{word:?} is listed under both {other:?} and {concept:?}"),
                        });
                    }
                }
                words.push(word);
            }
            synonyms.push((concept, words));
        }
        let mut split = Vec::new();
        for (concept, concept_line) in &concepts {
            if let Some((other, line)) = owner.get(&stemmed(concept)).filter(|(other, _)| other != concept) {
                split.push(Diagnostic {
                    file: file.into(),
                    line: *line,
                    message: format!(
                        "{concept:?} is listed under {other:?} but is a concept of its own (line {concept_line}), \
                         which splits one meaning in two: list all its words under one of them"
                    ),
                });
            }
        }
        split.sort_by_key(|d| d.line);
        problems.extend(split);
        // A word listed as a stop word and as a synonym: the analyzer would
        // take it as the synonym, so the stop word entry is a mistake. (Words
        // meet here as written; "according" may be a stop word although
        // "accord" means a deal, because the written form is checked first.)
        let written: HashMap<String, &String> = synonyms
            .iter()
            .flat_map(|(concept, words): &(String, Vec<String>)| words.iter().map(move |w| (w.clone(), concept)))
            .collect();
        // Framing words are stop words listed apart; for a phrase of both
        // lists the analyzer would keep the stop word's meaning of none.
        for (what, list) in [("stop word", &raw.stopwords), ("framing word", &raw.framing)] {
            for (i, word) in list.iter().enumerate() {
                if let Some(concept) = written.get(&word.trim().to_lowercase()) {
                    problems.push(Diagnostic {
                        file: file.into(),
                        line: stopword_line(source, word).unwrap_or(1),
                        message: format!("{what} {word:?} (#{}) is also a synonym of {concept:?}", i + 1),
                    });
                }
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let lower = |v: Vec<String>| v.into_iter().map(|w| w.trim().to_lowercase()).collect();
        // Types and relations name concepts; a name that is none is a typo.
        let relations = raw.related.iter().flat_map(|(c, rs)| std::iter::once(c).chain(rs).map(|r| ("related", r)));
        let typed = raw.types.iter().flat_map(|(ty, cs)| cs.iter().map(move |c| (ty.as_str(), c)));
        // [titles] and [compounds]: two concepts ("president usa") and a third.
        let mut pairs = |map: &BTreeMap<String, String>, what: &str, shape: &str| {
            let mut out = Vec::new();
            let mut named = Vec::new();
            for (key, value) in map {
                match key.split_once(' ') {
                    Some((a, b)) if !b.contains(' ') => {
                        out.push(((a.to_lowercase(), b.to_lowercase()), value.to_lowercase()));
                        named.extend([a.to_string(), b.to_string(), value.clone()]);
                    }
                    _ => problems.push(Diagnostic {
                        file: file.into(),
                        line: line_of_text(source, &format!("\"{key}\"")).unwrap_or(1),
                        message: format!("{what} {key:?} must be two concepts{shape}"),
                    }),
                }
            }
            (out, named)
        };
        let (titles, title_words) = pairs(&raw.titles, "title", ", the title and its holder: \"president usa\"");
        let (compounds, compound_words) = pairs(&raw.compounds, "compound", " in order: \"weapon end\"");
        let (senses, sense_words) = pairs(&raw.senses, "sense", ", the concept and its context: \"expel deal\"");
        let compounded =
            compound_words.iter().map(|c| ("compounds", c)).chain(sense_words.iter().map(|c| ("senses", c)));
        let titled = title_words.iter().map(|c| ("titles", c));
        let parted = raw.parts.values().map(|c| ("parts", c));
        for part in raw.parts.keys() {
            if !matches!(part.as_str(), "headline" | "byline" | "dateline" | "subheading") {
                problems.push(Diagnostic {
                    file: file.into(),
                    line: line_of_text(source, part).unwrap_or(1),
                    message: format!("[parts] knows headline, byline, dateline and subheading, not {part:?}"),
                });
            }
        }
        for (list, c) in typed.chain(relations).chain(titled).chain(compounded).chain(parted) {
            if !synonyms.iter().any(|(concept, _)| concept == c) {
                problems.push(Diagnostic {
                    file: file.into(),
                    line: line_of_text(source, &format!("\"{c}\"")).unwrap_or(1),
                    message: format!("{list:?} lists {c:?}, which is not a concept under [synonyms]"),
                });
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Lexicon {
            synonyms,
            stopwords: lower(raw.stopwords),
            chatter: lower(raw.chatter),
            offtopic: lower(raw.offtopic),
            logistics: lower(raw.logistics),
            framing: lower(raw.framing),
            spellings: raw.spellings.into_iter().map(|(k, v)| (k.to_lowercase(), v.to_lowercase())).collect(),
            types: raw.types.into_iter().map(|(k, v)| (k, lower(v))).collect(),
            related: raw.related.into_iter().map(|(k, v)| (k.to_lowercase(), lower(v))).collect(),
            titles,
            compounds,
            senses,
            parts: raw.parts.into_iter().map(|(k, v)| (k, v.to_lowercase())).collect(),
            speech: lower(raw.speech),
            help: lower(raw.help),
            thanks: lower(raw.thanks),
        })
    }
}

/// A word or phrase as the matcher meets it: its tokens, stemmed.
fn stemmed(word: &str) -> String {
    tokens(word).into_iter().map(|t| stem(&t.text)).collect::<Vec<_>>().join(" ")
}

/// The line a stop word is written on, for messages.
fn stopword_line(source: &str, word: &str) -> Option<usize> {
    line_of_text(source, &format!("\"{word}\""))
}

/// The line `needle` first appears on.
fn line_of_text(source: &str, needle: &str) -> Option<usize> {
    source.find(needle).map(|at| line_of(source, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_with_two_meanings_is_refused_with_its_line() {
        let src = "[synonyms]\nhaftar = [\"hafter\"]\nserraj = [\"sarraj\",\n \"Hafter's\"]\n";
        let e = Lexicon::parse(src, "lexicon.toml").unwrap_err();
        assert_eq!(e[0].line, 4);
        assert!(e[0].message.contains("both"), "{}", e[0].message);
    }

    #[test]
    fn a_concept_listed_under_another_concept_is_refused_with_its_line() {
        let src = "[synonyms]\nmisrata = [\"misratan\",\n \"misurata\"]\nmisurata = [\"misrata\"]\n";
        let e = Lexicon::parse(src, "lexicon.toml").unwrap_err();
        let lines: Vec<usize> = e.iter().map(|d| d.line).collect();
        assert_eq!(lines, [3, 4], "{e:?}");
        assert!(e[0].message.contains("\"misurata\" is listed under \"misrata\""), "{}", e[0].message);
        assert!(e[0].message.contains("concept of its own (line 4)"), "{}", e[0].message);
        let chain = "[synonyms]\nhaftar = [\"hafter\"]\nhafter = [\"khalifa\"]\n";
        assert_eq!(Lexicon::parse(chain, "lexicon.toml").unwrap_err()[0].line, 2);
        assert!(Lexicon::parse("[synonyms]\nmisrata = [\"misrata\", \"misurata\"]\n", "l").is_ok());
    }

    #[test]
    fn a_stop_word_that_is_also_a_synonym_is_refused() {
        let src = "stopwords = [\"the\",\n \"truce\"]\n[synonyms]\nceasefire = [\"truce\"]\n";
        let e = Lexicon::parse(src, "lexicon.toml").unwrap_err();
        assert_eq!(e[0].line, 2, "{:?}", e);
        // A framing phrase is a stop word too: "tl;dr" would mean nothing.
        let framing = "framing = [\"essay\",\n \"tl;dr\"]\n[synonyms]\nsummary = [\"tl;dr\"]\n";
        let e = Lexicon::parse(framing, "lexicon.toml").unwrap_err();
        assert_eq!(e[0].line, 2, "{:?}", e);
        assert!(e[0].message.starts_with("framing word \"tl;dr\""), "{}", e[0].message);
    }

    #[test]
    fn a_sense_names_a_concept_its_context_and_its_meaning() {
        let ok = "[synonyms]\nexpel = [\"throw out\"]\ndeal = [\"deals\"]\noppose = [\"reject\"]\n[senses]\n\"expel deal\" = \"oppose\"\n";
        let lexicon = Lexicon::parse(ok, "lexicon.toml").unwrap();
        assert_eq!(lexicon.senses, [(("expel".into(), "deal".into()), "oppose".into())]);
        let typo = ok.replace("= \"oppose\"", "= \"opose\"");
        let e = Lexicon::parse(&typo, "lexicon.toml").unwrap_err();
        assert!(e[0].message.contains("\"senses\" lists \"opose\""), "{e:?}");
    }

    #[test]
    fn a_compound_names_two_concepts_and_its_meaning() {
        let ok = "[synonyms]\nweapon = [\"guns\"]\nend = [\"stop\"]\nceasefire = [\"truce\"]\n[compounds]\n\"weapon end\" = \"ceasefire\"\n";
        let lexicon = Lexicon::parse(ok, "lexicon.toml").unwrap();
        assert_eq!(lexicon.compounds, [(("weapon".into(), "end".into()), "ceasefire".into())]);
        let typo = ok.replace("\"weapon end\"", "\"weapons end\"");
        let e = Lexicon::parse(&typo, "lexicon.toml").unwrap_err();
        assert!(e[0].message.contains("\"weapons\", which is not a concept"), "{e:?}");
        let one = ok.replace("\"weapon end\"", "\"weapon\"");
        assert!(Lexicon::parse(&one, "lexicon.toml").unwrap_err()[0].message.contains("two concepts in order"));
    }
}
