//! Where each stored quote is in the article, so that loading a large server does not search
//! the article for every quote again.
//!
//! An entry is fully validated when it is saved, and its quotes' places are stored with a
//! fingerprint of the article. Loading it with the same article only checks that each stored
//! place still holds the quote, character for character, and rebuilds the entry exactly as
//! validation would; anything else (another article, a place that no longer matches, triggers
//! to compile) is validated in full again.

use crate::knowledge::{Article, Entry, EntrySpec, Location, Quote};

/// A fingerprint of the article's text (FNV-1a over its blocks): stable across builds and
/// platforms, unlike the standard library's hasher.
pub(crate) fn fingerprint(article: &Article) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for block in &article.blocks {
        for byte in block.text.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The places of a validated entry's quotes, as stored: `[[block, start, end], …]`.
pub(crate) fn places(entry: &Entry) -> String {
    let places: Vec<[usize; 3]> = entry.quotes.iter().map(|q| [q.at.block, q.at.start, q.at.end]).collect();
    serde_json::to_string(&places).unwrap_or_else(|_| "[]".into())
}

/// The entry as validation would give it, if its stored places still hold its quotes in this
/// article and it has no trigger to compile; `None` means: validate it in full.
pub(crate) fn trusted(
    article: &Article,
    fingerprint: &str,
    spec: &EntrySpec,
    stored: &str,
    places: &str,
) -> Option<Entry> {
    if stored != fingerprint || !spec.triggers.is_empty() {
        return None;
    }
    let places: Vec<[usize; 3]> = serde_json::from_str(places).ok()?;
    if places.len() != spec.quotes.len() {
        return None;
    }
    let quotes = places
        .iter()
        .zip(&spec.quotes)
        .map(|(&[block, start, end], quote)| {
            let b = article.blocks.get(block)?;
            let text = b.text.get(start..end).filter(|t| *t == quote)?;
            let sentence = b.sentences.iter().rposition(|&(s, _)| s <= start).unwrap_or(0);
            let at = Location { block, paragraph: b.paragraph, section: b.section.clone(), start, end, sentence };
            Some(Quote { text: text.to_owned(), at })
        })
        .collect::<Option<Vec<Quote>>>()?;
    Some(Entry { spec: spec.clone(), quotes })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::KnowledgeBase;

    #[test]
    fn trusted_entries_are_exactly_the_validated_ones() {
        let kb = KnowledgeBase::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")).unwrap();
        let article = &kb.source.article;
        let print = fingerprint(article);
        assert_eq!(print.len(), 16);
        let mut checked = 0;
        for entry in kb.entries.iter().filter(|e| e.spec.triggers.is_empty()) {
            let mut spec = entry.spec.clone();
            spec.quotes = entry.quotes.iter().map(|q| q.text.clone()).collect();
            let validated = kb.source.validate(spec.clone()).unwrap();
            let stored = places(&validated);
            let rebuilt = trusted(article, &print, &spec, &print, &stored).expect("trusted");
            assert_eq!((rebuilt.spec, rebuilt.quotes), (validated.spec, validated.quotes));
            assert!(trusted(article, &print, &spec, "0000000000000000", &stored).is_none(), "another article");
            let mut changed = spec.clone();
            changed.quotes[0].push('x');
            assert!(trusted(article, &print, &changed, &print, &stored).is_none(), "a quote changed by hand");
            checked += 1;
        }
        assert!(checked > 10, "{checked}");
    }
}
