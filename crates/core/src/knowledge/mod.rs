//! Loading and validating what the bot knows: the article, the curated
//! entries and the lexicon. Nothing here matches questions; that is the
//! engine's job.

mod article;
mod check;
mod english;
mod entries_file;
mod entry;
mod error;
mod files;
mod lexicon;
mod locate;
pub mod rules;
mod slug;

use std::path::Path;
use std::sync::Arc;

pub use article::{is_whole_heading, Article, Block, BlockKind, Metadata, SentenceRef};
pub use check::{check, check_coverage, check_dir};
pub use english::{English, PartOfSpeech};
pub use entries_file::render_entries;
pub use entry::{
    compile_trigger, id_problem, limits, parse_entries, parse_entries_under, text_problem, validate, validate_under,
    Entry, EntrySpec, FieldProblem, Quote,
};
pub use error::toml_problem;
pub use error::{line_of, Diagnostic, LoadError};
pub use files::{Files, EMBEDDED_LABEL};
pub use lexicon::Lexicon;
pub use locate::{Location, QuoteFinder};
pub use rules::{name_problem, question_problem, Rules};
pub use slug::derive_id;

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
        KnowledgeBase::load_files(Files::Dir(dir))
    }

    /// [`KnowledgeBase::load`] from a directory or the built-in copy.
    pub fn load_files(files: Files<'_>) -> Result<KnowledgeBase, LoadError> {
        let article = Article::parse(&files.read("article.md")?, &files.name("article.md"))?;
        let source = Arc::new(Source::new(article));

        // Required: without it every synonym and spelling variant is silently lost.
        if !files.exists("lexicon.toml") {
            let why = "missing: every knowledge directory needs its lexicon (an empty file will do)";
            return Err(LoadError::at(files.name("lexicon.toml"), 0, why));
        }
        let lexicon = Lexicon::parse(&files.read("lexicon.toml")?, &files.name("lexicon.toml"))
            .map_err(|problems| LoadError { problems })?;

        // Not about the article: a directory without its own list uses the
        // one shipped with the sources.
        let english = if files.exists("english.tsv") {
            Arc::new(
                English::parse(&files.read("english.tsv")?, &files.name("english.tsv"))
                    .map_err(|problems| LoadError { problems })?,
            )
        } else {
            English::shipped()
        };

        let mut entries: Vec<Entry> = Vec::new();
        let mut problems = Vec::new();
        for path in files.tomls_in("entries")? {
            let file = files.name(&path);
            match parse_entries(&files.read(&path)?, &file, &source.article, &source.finder) {
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
