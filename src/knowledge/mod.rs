//! Loading and validating what the bot knows: the article, the curated
//! entries and the lexicon. Nothing here matches questions; that is the
//! engine's job.

mod article;
mod check;
mod english;
mod entry;
mod error;
mod lexicon;
mod locate;
pub mod rules;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use article::{Article, Block, BlockKind, Metadata, SentenceRef};
pub use check::{check_coverage, check_dir};
pub use english::{English, PartOfSpeech};
pub use entry::{
    compile_trigger, id_problem, limits, parse_entries, parse_entries_under, text_problem, validate, validate_under,
    Entry, EntrySpec, FieldProblem, Quote,
};
pub(crate) use error::toml_problem;
pub use error::{line_of, Diagnostic, LoadError};
pub use lexicon::Lexicon;
pub use locate::{Location, QuoteFinder};
pub use rules::{name_problem, question_problem, Rules};

/// The article with what is needed to check quotes against it.
#[derive(Debug)]
pub struct Source {
    pub article: Article,
    pub finder: QuoteFinder,
}

impl Source {
    pub fn new(article: Article) -> Source {
        let finder = QuoteFinder::new(&article);
        Source { article, finder }
    }

    /// Validates a new entry against this article, under every rule.
    pub fn validate(&self, spec: EntrySpec) -> Result<Entry, Vec<FieldProblem>> {
        validate(spec, &self.article, &self.finder)
    }

    /// Validates an entry read back from a server's files ([`Rules::Saved`]).
    pub fn validate_saved(&self, spec: EntrySpec) -> Result<Entry, Vec<FieldProblem>> {
        validate_under(spec, &self.article, &self.finder, Rules::Saved)
    }
}

/// Everything loaded from a knowledge directory.
#[derive(Debug, Clone)]
pub struct KnowledgeBase {
    pub source: Arc<Source>,
    pub lexicon: Arc<Lexicon>,
    /// Common English words, for what the article's own words cannot tell.
    pub english: Arc<English>,
    pub entries: Vec<Arc<Entry>>,
}

impl KnowledgeBase {
    pub fn article(&self) -> &Article {
        &self.source.article
    }

    /// Loads `article.md`, `lexicon.toml` and every `entries/*.toml` of a
    /// knowledge directory, refusing it with every problem found.
    pub fn load(dir: &Path) -> Result<KnowledgeBase, LoadError> {
        let article_path = dir.join("article.md");
        let article_src = read(&article_path)?;
        let article = Article::parse(&article_src, &display(&article_path))?;
        let source = Arc::new(Source::new(article));

        // Required: without it every synonym and spelling variant is silently lost.
        let lexicon_path = dir.join("lexicon.toml");
        if !lexicon_path.is_file() {
            let why = "missing: every knowledge directory needs its lexicon (an empty file will do)";
            return Err(LoadError::at(display(&lexicon_path), 0, why));
        }
        let lexicon = Lexicon::parse(&read(&lexicon_path)?, &display(&lexicon_path))
            .map_err(|problems| LoadError { problems })?;

        // Not about the article: a directory without its own list uses the
        // one shipped with the sources.
        let english_path = dir.join("english.tsv");
        let english = if english_path.is_file() {
            Arc::new(
                English::parse(&read(&english_path)?, &display(&english_path))
                    .map_err(|problems| LoadError { problems })?,
            )
        } else {
            English::shipped()
        };

        let mut entries: Vec<Entry> = Vec::new();
        let mut problems = Vec::new();
        for path in entry_files(&dir.join("entries"))? {
            let file = display(&path);
            match parse_entries(&read(&path)?, &file, &source.article, &source.finder) {
                Ok(found) => {
                    for e in found {
                        if entries.iter().any(|known| known.id() == e.id()) {
                            problems.push(Diagnostic {
                                file: file.clone(),
                                line: 0,
                                message: format!("entry id {:?} is used twice", e.id()),
                            });
                        }
                        entries.push(e);
                    }
                }
                Err(found) => problems.extend(found),
            }
        }
        LoadError::from_problems(problems)?;
        Ok(KnowledgeBase {
            source,
            lexicon: Arc::new(lexicon),
            english,
            entries: entries.into_iter().map(Arc::new).collect(),
        })
    }
}

/// The `*.toml` files of a directory, sorted so load order is stable.
fn entry_files(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let listing = std::fs::read_dir(dir).map_err(|e| LoadError::io(dir, &e))?;
    let mut files: Vec<PathBuf> = listing
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    Ok(files)
}

fn read(path: &Path) -> Result<String, LoadError> {
    std::fs::read_to_string(path).map_err(|e| LoadError::io(path, &e))
}

fn display(path: &Path) -> String {
    path.display().to_string()
}
