//! Numbers for terms, shared by every engine built from one analyzer.
//!
//! Interning a term once, when its entry is compiled, means rebuilding an
//! index after a moderator's change never hashes a string: postings are
//! keyed by number. Ids are global, but nothing about answering depends on
//! which other terms exist: each engine weighs and corrects only against
//! the terms it holds itself, so one server's entries cannot change another
//! server's answers.

use std::sync::RwLock;

use rustc_hash::FxHashMap;

use super::speller::Speller;

#[derive(Debug, Default)]
pub struct Vocabulary {
    inner: RwLock<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    ids: FxHashMap<String, u32>,
    words: Vec<String>,
    speller: Speller,
    /// Ids below this are the lexicon's own words, known to every engine.
    shared: u32,
}

impl Vocabulary {
    /// The ids of `terms`, adding the ones not seen before.
    pub fn intern_all(&self, terms: &[String]) -> Vec<u32> {
        if let Some(ids) = self.read_ids(terms) {
            return ids;
        }
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        terms.iter().map(|t| inner.intern(t)).collect()
    }

    /// Marks every term interned so far as shared by all engines.
    pub fn seal_shared(&self) {
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        inner.shared = inner.words.len() as u32;
    }

    fn read_ids(&self, terms: &[String]) -> Option<Vec<u32>> {
        let inner = self.inner.read().unwrap_or_else(|e| e.into_inner());
        terms.iter().map(|t| inner.ids.get(t).copied()).collect()
    }

    pub fn id(&self, term: &str) -> Option<u32> {
        self.inner.read().unwrap_or_else(|e| e.into_inner()).ids.get(term).copied()
    }

    /// The word a typo was meant to be, among the shared words and those
    /// `known` says the caller's knowledge base holds.
    pub fn correct(&self, word: &str, known: impl Fn(u32) -> bool) -> Option<String> {
        let inner = self.inner.read().unwrap_or_else(|e| e.into_inner());
        let shared = inner.shared;
        inner.speller.correct(word, |id| id < shared || known(id)).map(|id| inner.words[id as usize].clone())
    }
}

impl Inner {
    fn intern(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.words.len() as u32;
        self.ids.insert(term.to_string(), id);
        self.words.push(term.to_string());
        self.speller.add(id, term);
        id
    }
}
