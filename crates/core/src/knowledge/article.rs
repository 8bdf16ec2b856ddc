//! The article: its metadata and its text as blocks, paragraphs and sentences.

use serde::{Deserialize, Serialize};

use super::LoadError;
use crate::text::split_sentences;

/// Who wrote the article, where and when, as the reply's attribution.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    pub title: String,
    pub byline: String,
    pub dateline: String,
    pub author: String,
    pub place: String,
    pub date: String,
}

impl Metadata {
    /// Who wrote it, where and when: "Sami Zaptia, London, 8 January 2020".
    pub fn attribution(&self) -> String {
        format!("{}, {}, {}", self.author, self.place, self.date)
    }
}

/// What part of the article a block is. Only body paragraphs are numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    Headline,
    Byline,
    Dateline,
    Paragraph,
    /// A section heading: quotable ("what's the second subheading?"), but
    /// no sentence of it is a passage that answers a question.
    Heading,
}

/// A run of text quotes can be taken from: the headline, the byline, the
/// dateline, a body paragraph or a section heading.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// 1-based reading order among body paragraphs; 0 for the front matter;
    /// for a heading, the paragraph it stands above.
    pub paragraph: usize,
    /// The section heading above it; `None` before the first heading.
    pub section: Option<String>,
    pub text: String,
    /// Byte ranges of its sentences within `text`.
    pub sentences: Vec<(usize, usize)>,
    /// Line of `article.md` the block starts on, for messages.
    pub line: usize,
}

impl Block {
    /// Where this block sits, in words: "Headline", "paragraph 3", …
    pub fn label(&self) -> String {
        match self.kind {
            BlockKind::Headline => "Headline".into(),
            BlockKind::Byline => "Byline".into(),
            BlockKind::Dateline => "Dateline".into(),
            BlockKind::Paragraph => format!("paragraph {}", self.paragraph),
            BlockKind::Heading => format!("the heading above paragraph {}", self.paragraph),
        }
    }
}

/// A sentence of the article, addressed by its block.
#[derive(Debug, Clone, Copy)]
pub struct SentenceRef {
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Article {
    pub meta: Metadata,
    /// The front matter and the body paragraphs in reading order, then the
    /// section headings (each with the paragraph it stands above).
    pub blocks: Vec<Block>,
    pub sections: Vec<String>,
}

impl Article {
    /// Parses `article.md`: a `+++` TOML front matter with the metadata, then
    /// body paragraphs separated by blank lines, with `## ` section headings.
    /// The headline, byline and dateline come from the front matter, so they
    /// can be quoted too (as paragraph 0).
    pub fn parse(source: &str, file: &str) -> Result<Article, LoadError> {
        let err = |line: usize, message: String| LoadError::at(file, line, message);
        let rest = source
            .strip_prefix("+++\n")
            .ok_or_else(|| err(1, "the article must start with a `+++` front matter line".into()))?;
        let close =
            rest.find("\n+++\n").ok_or_else(|| err(1, "the front matter is not closed by a `+++` line".into()))?;
        let meta: Metadata = toml::from_str(&rest[..close]).map_err(|e| {
            let line = e.span().map_or(1, |s| 2 + rest[..s.start].matches('\n').count());
            err(line, format!("bad front matter: {}", e.message()))
        })?;
        let front_lines = 3 + rest[..close].matches('\n').count();
        let body = &rest[close + 5..];

        let mut blocks = Vec::new();
        for (kind, text) in [
            (BlockKind::Headline, &meta.title),
            (BlockKind::Byline, &meta.byline),
            (BlockKind::Dateline, &meta.dateline),
        ] {
            blocks.push(block(kind, 0, None, text.clone(), 2));
        }
        if !meta.byline.contains(&meta.author) {
            return Err(err(2, format!("the byline {:?} does not name the author {:?}", meta.byline, meta.author)));
        }

        let mut section: Option<String> = None;
        let mut sections = Vec::new();
        let mut headings = Vec::new();
        let mut paragraph = 0;
        let mut current: Option<(usize, String)> = None;
        let lines = body.lines().chain(std::iter::once(""));
        for (i, line) in lines.enumerate() {
            let line_no = front_lines + 1 + i;
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with("## ") {
                if let Some((start, text)) = current.take() {
                    paragraph += 1;
                    blocks.push(block(BlockKind::Paragraph, paragraph, section.clone(), text, start));
                }
                if let Some(heading) = trimmed.strip_prefix("## ") {
                    let heading = heading.trim().to_string();
                    sections.push(heading.clone());
                    headings.push(block(
                        BlockKind::Heading,
                        paragraph + 1,
                        Some(heading.clone()),
                        heading.clone(),
                        line_no,
                    ));
                    section = Some(heading);
                }
                continue;
            }
            if trimmed.starts_with('#') {
                return Err(err(line_no, "only `## ` section headings are allowed in the body".into()));
            }
            match &mut current {
                Some((_, text)) => {
                    text.push(' ');
                    text.push_str(trimmed);
                }
                None => current = Some((line_no, trimmed.to_string())),
            }
        }
        if paragraph == 0 {
            return Err(err(front_lines, "the article has no paragraphs".into()));
        }
        // After the body, so a paragraph's block is the one after the
        // paragraph before it, and the body's blocks are numbered as they
        // would be without headings.
        blocks.extend(headings);
        Ok(Article { meta, blocks, sections })
    }

    pub fn paragraph_count(&self) -> usize {
        self.paragraphs().count()
    }

    pub fn paragraphs(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph)
    }

    /// Body paragraph `n` (1-based), if there is one.
    pub fn paragraph(&self, n: usize) -> Option<&Block> {
        self.paragraphs().find(|b| b.paragraph == n)
    }

    /// Every sentence of every block but the section headings, in reading
    /// order: the passages a question may be answered from.
    pub fn sentences(&self) -> impl Iterator<Item = SentenceRef> + '_ {
        self.blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind != BlockKind::Heading)
            .flat_map(|(block, b)| b.sentences.iter().map(move |&(start, end)| SentenceRef { block, start, end }))
    }

    pub fn sentence_text(&self, s: SentenceRef) -> &str {
        &self.blocks[s.block].text[s.start..s.end]
    }
}

/// Whether a quote is a whole section heading: its text is the name of the
/// section it is placed in (a quote of a heading's words is located in the
/// heading first, so no paragraph's quote is ever read as one).
pub fn is_whole_heading(text: &str, paragraph: usize, section: Option<&str>) -> bool {
    paragraph > 0 && section == Some(text)
}

fn block(kind: BlockKind, paragraph: usize, section: Option<String>, text: String, line: usize) -> Block {
    let sentences = split_sentences(&text);
    Block { kind, paragraph, section, text, sentences, line }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINI: &str = "+++\ntitle = \"T\"\nbyline = \"By A.\"\ndateline = \"X, 1 May:\"\nauthor = \"A\"\nplace = \"X\"\ndate = \"1 May\"\n+++\n\nOne. Two.\n\n## Part\n\nThree\ncontinued.\n";

    #[test]
    fn paragraphs_sections_and_sentences() {
        let a = Article::parse(MINI, "a.md").unwrap();
        assert_eq!(a.paragraph_count(), 2);
        let p1 = a.paragraph(1).unwrap();
        assert_eq!((p1.section.as_deref(), p1.sentences.len()), (None, 2));
        let p2 = a.paragraph(2).unwrap();
        assert_eq!((p2.section.as_deref(), p2.text.as_str(), p2.line), (Some("Part"), "Three continued.", 14));
    }

    #[test]
    fn headings_are_quotable_blocks_after_the_body_but_no_passages() {
        let a = Article::parse(MINI, "a.md").unwrap();
        let heading = a.blocks.last().unwrap();
        assert_eq!((heading.kind, heading.text.as_str(), heading.paragraph), (BlockKind::Heading, "Part", 2));
        assert_eq!(heading.label(), "the heading above paragraph 2");
        assert!(a.sentences().all(|s| a.blocks[s.block].kind != BlockKind::Heading));
        let found = crate::knowledge::locate::QuoteFinder::new(&a).locate(&a, "Part").unwrap();
        assert_eq!((found.block, found.paragraph, found.section.as_deref()), (a.blocks.len() - 1, 2, Some("Part")));
    }

    #[test]
    fn errors_name_the_line() {
        let broken = MINI.replace("author = \"A\"", "author = A");
        let e = Article::parse(&broken, "a.md").unwrap_err().to_string();
        assert!(e.starts_with("a.md:5:"), "{e}");
    }
}
