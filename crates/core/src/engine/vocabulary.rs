//! Numbers for terms, and the speller over them.
//!
//! Interning a term once, when its entry is compiled, means rebuilding an
//! index after a moderator's change never hashes a string: postings are
//! keyed by number. The shipped knowledge base's terms form a sealed base
//! vocabulary; each server's engine gets its own [`Vocabulary::layer`] over
//! it for the words its moderators added. The layer is dropped with that
//! server's engines, so one server's words never reach another server's
//! spelling corrections, and memory is bounded by what each server holds.

use std::sync::{Arc, RwLock};

use rustc_hash::FxHashMap;

use super::speller::Speller;

#[derive(Debug, Default)]
pub struct Vocabulary {
    /// The sealed vocabulary this one extends, for a server's layer.
    base: Option<Arc<Vocabulary>>,
    /// Ids of this level start here: the base's size when layered.
    first: u32,
    /// Ids below this are the lexicon's own words, which every engine may
    /// correct towards (see [`Vocabulary::share`]).
    shared: std::sync::atomic::AtomicU32,
    inner: RwLock<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    ids: FxHashMap<String, u32>,
    words: Vec<String>,
    /// Built on the first correction asked for, not at start: most
    /// questions need none, and a process answering one should not pay
    /// for it.
    speller: Option<Speller>,
    /// No more words may be added: layers number their words after these.
    sealed: bool,
}

impl Vocabulary {
    /// The words in id order and how many of them are shared: what a
    /// snapshot keeps of a base vocabulary.
    pub fn words(&self) -> (Vec<String>, u32) {
        (self.read().words.clone(), self.shared.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// A base vocabulary of `words` in id order, the first `shared` of them
    /// the lexicon's.
    pub fn from_words(words: Vec<String>, shared: u32) -> Vocabulary {
        let ids = words.iter().enumerate().map(|(id, w)| (w.clone(), id as u32)).collect();
        let inner = Inner { ids, words, speller: None, sealed: false };
        Vocabulary { base: None, first: 0, shared: shared.into(), inner: RwLock::new(inner) }
    }

    /// A new vocabulary for a server over this sealed one.
    pub fn layer(self: &Arc<Vocabulary>) -> Vocabulary {
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        inner.sealed = true;
        let first = self.first + inner.words.len() as u32;
        Vocabulary { base: Some(Arc::clone(self)), first, inner: RwLock::default(), shared: Default::default() }
    }

    /// Marks every word interned so far as known to every engine: the
    /// lexicon's words, which the speller may always correct towards
    /// ("sendin" to "sending"), whether or not an entry uses them.
    pub fn share(&self) {
        let len = self.first + self.read().words.len() as u32;
        self.shared.store(len, std::sync::atomic::Ordering::Relaxed);
    }

    fn usable(&self, id: u32, known: impl Fn(u32) -> bool) -> bool {
        id < self.shared.load(std::sync::atomic::Ordering::Relaxed) || known(id)
    }

    /// Whether this is a layer directly over `base`.
    pub fn extends(&self, base: &Arc<Vocabulary>) -> bool {
        self.base.as_ref().is_some_and(|b| Arc::ptr_eq(b, base))
    }

    /// How many words this level itself added (not its base).
    pub fn own_len(&self) -> usize {
        self.read().words.len()
    }

    /// The ids of `terms`, adding the ones not seen before. A sealed
    /// vocabulary adds none; their ids are `None`.
    pub fn intern_all(&self, terms: &[String]) -> Vec<u32> {
        if let Some(ids) = terms.iter().map(|t| self.id(t)).collect::<Option<Vec<u32>>>() {
            return ids;
        }
        let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
        let first = self.first;
        terms
            .iter()
            .filter_map(|t| self.base.as_ref().and_then(|b| b.id(t)).or_else(|| inner.intern(t, first)))
            .collect()
    }

    pub fn id(&self, term: &str) -> Option<u32> {
        self.base.as_ref().and_then(|b| b.id(term)).or_else(|| self.read().ids.get(term).copied())
    }

    /// The word a typo was meant to be, among the words `known` says the
    /// caller's knowledge base holds: the closest in this layer or its base.
    pub fn correct(&self, word: &str, known: impl Fn(u32) -> bool + Copy) -> Option<String> {
        let here = self.with_speller(|inner, speller| {
            speller
                .correct(word, |id| self.usable(id + self.first, known))
                .map(|(id, rank)| (rank, inner.words[id as usize].clone()))
        });
        let below = self.base.as_ref().and_then(|b| b.correct_ranked(word, known));
        match (here, below) {
            (Some(a), Some(b)) => Some(if b.0 < a.0 { b.1 } else { a.1 }),
            (a, b) => a.or(b).map(|(_, w)| w),
        }
    }

    fn correct_ranked(&self, word: &str, known: impl Fn(u32) -> bool) -> Option<(super::speller::Rank, String)> {
        self.with_speller(|inner, speller| {
            speller
                .correct(word, |id| self.usable(id + self.first, &known))
                .map(|(id, rank)| (rank, inner.words[id as usize].clone()))
        })
    }

    /// Runs `f` with this level's speller, building it first if need be.
    fn with_speller<R>(&self, f: impl FnOnce(&Inner, &Speller) -> R) -> R {
        {
            let inner = self.read();
            if let Some(speller) = &inner.speller {
                return f(&inner, speller);
            }
        }
        {
            let mut inner = self.inner.write().unwrap_or_else(|e| e.into_inner());
            if inner.speller.is_none() {
                let mut speller = Speller::default();
                for (local, word) in inner.words.iter().enumerate() {
                    speller.add(local as u32, word);
                }
                inner.speller = Some(speller);
            }
        }
        let inner = self.read();
        let speller = inner.speller.as_ref().expect("built just above");
        f(&inner, speller)
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Inner> {
        self.inner.read().unwrap_or_else(|e| e.into_inner())
    }
}

impl Inner {
    /// The id of `term` at this level, adding it unless sealed.
    fn intern(&mut self, term: &str, first: u32) -> Option<u32> {
        if let Some(&id) = self.ids.get(term) {
            return Some(id);
        }
        if self.sealed {
            return None;
        }
        let local = self.words.len() as u32;
        self.ids.insert(term.to_string(), first + local);
        self.words.push(term.to_string());
        if let Some(speller) = &mut self.speller {
            speller.add(local, term);
        }
        Some(first + local)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_share_the_base_and_not_each_other() {
        let base = Arc::new(Vocabulary::default());
        let shipped = base.intern_all(&["ceasefire".into(), "sirte".into()]);
        let a = base.layer();
        let b = base.layer();
        assert_eq!(a.intern_all(&["ceasefire".into()]), [shipped[0]], "base words keep their ids");
        let brigade = a.intern_all(&["brigadier".into()])[0];
        assert!(brigade >= 2);
        assert_eq!(b.id("brigadier"), None, "one server's word is not another's");
        assert_eq!(b.correct("brigadeir", |_| true), None);
        assert_eq!(a.correct("brigadeir", |_| true).as_deref(), Some("brigadier"));
        assert_eq!(a.correct("ceasfire", |_| true).as_deref(), Some("ceasefire"), "the base corrects too");
        assert!(base.intern_all(&["new".into()]).is_empty(), "a layered base is sealed");
    }
}
