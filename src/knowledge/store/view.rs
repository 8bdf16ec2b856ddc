//! What a server knows, as loaded: its own entries and its changes to the
//! shipped ones, and the read-only questions asked of it (what answers
//! here, `/kb list`, `/kb show`, id autocomplete).

use std::collections::HashSet;
use std::sync::Arc;

use super::shipped::ShippedChanges;
use super::version::Version;
use crate::knowledge::{Entry, EntrySpec};

/// One server's knowledge, validated against the article.
#[derive(Debug, Clone)]
pub struct GuildKnowledge {
    pub guild: u64,
    /// The server's own entries, in file order (the order they were added).
    pub entries: Vec<Arc<Entry>>,
    pub shipped: ShippedChanges,
    /// The files' fingerprint when this was read: compare it with
    /// [`GuildStore::version`](super::GuildStore::version) to know whether
    /// another process changed the server since.
    pub version: Version,
}

/// Where an entry a server sees comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Added by the server's moderators.
    Server,
    /// Shipped with the bot, answering here (perhaps with extra questions).
    Shipped,
    /// Shipped with the bot, hidden in this server.
    Hidden,
}

/// An entry as a server sees it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub entry: Arc<Entry>,
    pub origin: Origin,
}

impl GuildKnowledge {
    /// A server that never changed anything.
    pub fn empty(guild: u64) -> GuildKnowledge {
        GuildKnowledge { guild, entries: Vec::new(), shipped: ShippedChanges::default(), version: Version::default() }
    }

    pub fn own(&self, id: &str) -> Option<&Arc<Entry>> {
        self.entries.iter().find(|e| e.id() == id)
    }

    /// The entries that answer in this server: the shipped ones it did not
    /// hide, with the questions it added to them, then its own. Should a
    /// later shipped entry take an id the server already uses, the server's
    /// own entry wins there.
    pub fn answering(&self, shipped: &[Arc<Entry>]) -> Vec<Arc<Entry>> {
        self.listed(shipped).filter(|l| l.origin != Origin::Hidden).map(|l| l.entry).collect()
    }

    /// The entries that answer here, of `topic` if given (ignoring case),
    /// shipped ones first, each in file order: `/kb list`.
    pub fn list(&self, shipped: &[Arc<Entry>], topic: Option<&str>) -> Vec<Listed> {
        let topic = topic.map(str::trim).filter(|t| !t.is_empty());
        self.listed(shipped)
            .filter(|l| l.origin != Origin::Hidden)
            .filter(|l| topic.is_none_or(|t| l.entry.spec.topic.eq_ignore_ascii_case(t)))
            .collect()
    }

    /// Any entry this server could see, hidden ones too: `/kb show`.
    pub fn show(&self, shipped: &[Arc<Entry>], id: &str) -> Option<Listed> {
        self.listed(shipped).find(|l| l.entry.id() == id)
    }

    /// Up to `n` ids that answer here containing `typed`, those starting
    /// with it first: id autocomplete for `/kb alias`, `/kb remove` and
    /// `/kb show`.
    pub fn suggest_ids(&self, shipped: &[Arc<Entry>], typed: &str, n: usize) -> Vec<String> {
        let typed = typed.trim().to_lowercase();
        let mut ids: Vec<String> =
            self.answering(shipped).iter().map(|e| e.id().to_string()).filter(|id| id.contains(&typed)).collect();
        ids.sort_by_key(|id| (!id.starts_with(&typed), id.clone()));
        ids.truncate(n);
        ids
    }

    /// The topics in use here, sorted, for a `topic` choice list.
    pub fn topics(&self, shipped: &[Arc<Entry>]) -> Vec<String> {
        let mut topics: Vec<String> = self.answering(shipped).iter().map(|e| e.spec.topic.clone()).collect();
        topics.sort();
        topics.dedup();
        topics
    }

    fn listed<'a>(&'a self, shipped: &'a [Arc<Entry>]) -> impl Iterator<Item = Listed> + 'a {
        let own: HashSet<&str> = self.entries.iter().map(|e| e.id()).collect();
        let from_shipped = shipped.iter().filter(move |e| !own.contains(e.id())).map(|e| Listed {
            entry: with_aliases(e, self.shipped.aliases_of(e.id())),
            origin: if self.shipped.hidden.contains(e.id()) { Origin::Hidden } else { Origin::Shipped },
        });
        from_shipped.chain(self.entries.iter().map(|e| Listed { entry: e.clone(), origin: Origin::Server }))
    }
}

/// A shipped entry with a server's extra questions. The questions were
/// checked when added; the quotes and triggers are the shipped entry's.
pub(crate) fn with_aliases(entry: &Arc<Entry>, aliases: &[String]) -> Arc<Entry> {
    if aliases.is_empty() {
        return entry.clone();
    }
    let mut e = Entry::clone(entry);
    e.spec.questions.extend(aliases.iter().cloned());
    Arc::new(e)
}

/// A shipped entry's spec as it answers in a server with these aliases.
pub(crate) fn spec_with_aliases(spec: &EntrySpec, aliases: &[String]) -> EntrySpec {
    let mut spec = spec.clone();
    spec.questions.extend(aliases.iter().cloned());
    spec
}
