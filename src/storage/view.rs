//! What a server knows, as loaded: its own entries and its changes to the shipped ones, and
//! the read-only questions asked of it (what answers here, `/kb list`, `/kb show`, id
//! autocomplete). Pure data: no database here.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::Arc;

use crate::knowledge::Entry;

/// One server's knowledge, validated against the article.
#[derive(Debug, Clone)]
pub struct GuildKnowledge {
    pub guild: u64,
    /// The server's own entries, in the order they were added.
    pub entries: Vec<Arc<Entry>>,
    pub shipped: ShippedChanges,
    /// The change clock when this was read: a later change anywhere in the server has a
    /// greater version.
    pub version: i64,
}

/// A server's changes to the shipped entries, which it never edits: which it hides, and
/// which extra questions it gives them. Ids the shipped knowledge base no longer has are kept
/// (they may come back) and ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShippedChanges {
    pub hidden: BTreeSet<String>,
    /// Extra questions for shipped entries, by id, in the order added.
    pub aliases: BTreeMap<String, Vec<String>>,
}

impl ShippedChanges {
    pub fn is_empty(&self) -> bool {
        self.hidden.is_empty() && self.aliases.is_empty()
    }

    pub fn aliases_of(&self, id: &str) -> &[String] {
        self.aliases.get(id).map_or(&[], Vec::as_slice)
    }
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

/// How one committed change altered a server's knowledge, so a copy that was current before
/// it can be brought up to date without reading the server again.
#[derive(Debug, Clone)]
pub(crate) enum Delta {
    /// The server's own entry, new or with other questions: replaced in place, or appended.
    Own(Arc<Entry>),
    /// The server's own entry removed.
    Removed(String),
    Hidden(String),
    Unhidden(String),
    /// A shipped entry's extra questions, all of them, after the change.
    Aliases {
        id: String,
        aliases: Vec<String>,
    },
    /// Several at once: the new entries of an add or an import.
    Many(Vec<Delta>),
}

impl GuildKnowledge {
    /// A server that never changed anything.
    pub fn empty(guild: u64) -> GuildKnowledge {
        GuildKnowledge { guild, entries: Vec::new(), shipped: ShippedChanges::default(), version: 0 }
    }

    /// Whether the server answers exactly as the shipped knowledge base does.
    pub fn is_unchanged(&self) -> bool {
        self.entries.is_empty() && self.shipped.is_empty()
    }

    pub fn own(&self, id: &str) -> Option<&Arc<Entry>> {
        self.entries.iter().find(|e| e.id() == id)
    }

    /// This knowledge with `delta` applied, at `version`.
    pub(crate) fn apply(&mut self, delta: Delta, version: i64) {
        match delta {
            Delta::Own(entry) => match self.entries.iter_mut().find(|e| e.id() == entry.id()) {
                Some(slot) => *slot = entry,
                None => self.entries.push(entry),
            },
            Delta::Removed(id) => self.entries.retain(|e| e.id() != id),
            Delta::Hidden(id) => {
                self.shipped.hidden.insert(id);
            }
            Delta::Unhidden(id) => {
                self.shipped.hidden.remove(&id);
            }
            Delta::Aliases { id, aliases } if aliases.is_empty() => {
                self.shipped.aliases.remove(&id);
            }
            Delta::Aliases { id, aliases } => {
                self.shipped.aliases.insert(id, aliases);
            }
            Delta::Many(deltas) => deltas.into_iter().for_each(|d| self.apply(d, version)),
        }
        self.version = version;
    }

    /// The entries that answer in this server: the shipped ones it did not hide, with the
    /// questions it added to them, then its own. Should a later shipped entry take an id the
    /// server already uses, the server's own entry wins there.
    pub fn answering(&self, shipped: &[Arc<Entry>]) -> Vec<Arc<Entry>> {
        self.listed(shipped).filter(|l| l.origin != Origin::Hidden).map(|l| l.entry).collect()
    }

    /// The entries that answer here, of `topic` if given (ignoring case), shipped ones first,
    /// each in the order added: `/kb list`.
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

    /// Up to `n` ids that answer here containing `typed`, those starting with it first: id
    /// autocomplete.
    pub fn suggest_ids(&self, shipped: &[Arc<Entry>], typed: &str, n: usize) -> Vec<String> {
        let typed = typed.trim().to_lowercase();
        let mut ids: Vec<String> =
            self.answering(shipped).iter().map(|e| e.id().to_string()).filter(|id| id.contains(&typed)).collect();
        ids.sort_by_key(|id| (!id.starts_with(&typed), id.clone()));
        ids.truncate(n);
        ids
    }

    /// Up to `n` ids of hidden shipped entries containing `typed`: `/kb unhide` autocomplete.
    pub fn suggest_hidden(&self, typed: &str, n: usize) -> Vec<String> {
        let typed = typed.trim().to_lowercase();
        self.shipped.hidden.iter().filter(|id| id.contains(&typed)).take(n).cloned().collect()
    }

    /// The topics in use here, sorted, for a `topic` choice list.
    pub fn topics(&self, shipped: &[Arc<Entry>]) -> Vec<String> {
        let topics: BTreeSet<String> = self.answering(shipped).iter().map(|e| e.spec.topic.clone()).collect();
        topics.into_iter().collect()
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

/// A shipped entry with a server's extra questions. The questions were checked when added;
/// the quotes and triggers are the shipped entry's.
pub(crate) fn with_aliases(entry: &Arc<Entry>, aliases: &[String]) -> Arc<Entry> {
    if aliases.is_empty() {
        return entry.clone();
    }
    let mut e = Entry::clone(entry);
    e.spec.questions.extend(aliases.iter().cloned());
    Arc::new(e)
}
