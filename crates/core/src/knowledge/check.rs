//! Whole-knowledge-base checks beyond what loading enforces.

use std::path::Path;

use super::{Diagnostic, Files, KnowledgeBase, LoadError};

/// Problems that make a loadable knowledge base incomplete: paragraphs no
/// entry quotes. `article_file` names the article in the messages.
pub fn check_coverage(kb: &KnowledgeBase, article_file: &str) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for p in kb.article().paragraphs() {
        let quoted = kb.entries.iter().any(|e| e.quotes.iter().any(|q| q.at.paragraph == p.paragraph));
        if !quoted {
            problems.push(Diagnostic {
                file: article_file.to_string(),
                line: p.line,
                message: format!("paragraph {} is not quoted by any entry", p.paragraph),
            });
        }
    }
    problems
}

/// Loads a knowledge base and checks its coverage: what `citebot check`
/// reports. `Ok` carries the loaded base.
pub fn check(files: Files<'_>) -> Result<KnowledgeBase, LoadError> {
    let kb = KnowledgeBase::load_files(files)?;
    LoadError::from_problems(check_coverage(&kb, &files.name("article.md")))?;
    Ok(kb)
}

/// [`check`] on a directory.
pub fn check_dir(dir: &Path) -> Result<KnowledgeBase, LoadError> {
    check(Files::Dir(dir))
}
