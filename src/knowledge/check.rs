//! Whole-knowledge-base checks beyond what loading enforces.

use std::path::Path;

use super::{Diagnostic, KnowledgeBase, LoadError};

/// Problems that make a loadable knowledge base incomplete: paragraphs no
/// entry quotes.
pub fn check_coverage(kb: &KnowledgeBase, dir: &Path) -> Vec<Diagnostic> {
    let article_file = dir.join("article.md").display().to_string();
    let mut problems = Vec::new();
    for p in kb.article().paragraphs() {
        let quoted = kb.entries.iter().any(|e| e.quotes.iter().any(|q| q.at.paragraph == p.paragraph));
        if !quoted {
            problems.push(Diagnostic {
                file: article_file.clone(),
                line: p.line,
                message: format!("paragraph {} is not quoted by any entry", p.paragraph),
            });
        }
    }
    problems
}

/// Loads a knowledge directory and checks its coverage: what `citebot
/// check` reports. `Ok` carries the loaded base.
pub fn check_dir(dir: &Path) -> Result<KnowledgeBase, LoadError> {
    let kb = KnowledgeBase::load(dir)?;
    LoadError::from_problems(check_coverage(&kb, dir))?;
    Ok(kb)
}
