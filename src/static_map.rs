//! Maps written out at build time (src/build.rs turns the data files' keyed objects into these): slices
//! of pairs, small enough to search without hashing or tree code.

use std::ops::Index;

/// Keyed by an enum's values.
#[derive(Debug)]
pub struct StaticMap<K: 'static, V: 'static>(&'static [(K, V)]);

impl<K: PartialEq, V> StaticMap<K, V> {
    pub const fn new(entries: &'static [(K, V)]) -> Self {
        StaticMap(entries)
    }

    pub fn get(&self, key: &K) -> Option<&'static V> {
        self.0.iter().find(|(entry, _)| entry == key).map(|(_, value)| value)
    }

    pub fn contains_key(&self, key: &K) -> bool {
        self.get(key).is_some()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static K, &'static V)> {
        self.0.iter().map(|(key, value)| (key, value))
    }

    pub fn keys(&self) -> impl Iterator<Item = &'static K> {
        self.0.iter().map(|(key, _)| key)
    }

    pub fn values(&self) -> impl Iterator<Item = &'static V> {
        self.0.iter().map(|(_, value)| value)
    }
}

impl<K: PartialEq, V> Index<&K> for StaticMap<K, V> {
    type Output = V;

    fn index(&self, key: &K) -> &V {
        self.get(key).expect("the tests check every key the code looks up")
    }
}

/// Keyed by text, sorted by key (the build sorts them), as a BTreeMap iterates.
#[derive(Debug)]
pub struct TextMap<V: 'static>(&'static [(&'static str, V)]);

impl<V> TextMap<V> {
    pub const fn new(entries: &'static [(&'static str, V)]) -> Self {
        TextMap(entries)
    }

    pub fn get(&self, key: &str) -> Option<&'static V> {
        self.0.binary_search_by(|(entry, _)| (*entry).cmp(key)).ok().map(|at| &self.0[at].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &'static str> {
        self.0.iter().map(|(key, _)| *key)
    }

    pub fn values(&self) -> impl Iterator<Item = &'static V> {
        self.0.iter().map(|(_, value)| value)
    }
}
