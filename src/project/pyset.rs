//! The order in which CPython 3.11 iterates a set of tuples of strings,
//! with hash randomization off (`PYTHONHASHSEED=0`, as the reference runs
//! under tests/django_reference are made).
//!
//! Django keeps `Meta.unique_together` in migrations as a set of tuples,
//! and the schema editor creates one unique index per tuple in the set's
//! iteration order. That order follows the strings' hashes, so on SQLite
//! the rows of `sqlite_master` come in it. To leave exactly the rows
//! Django leaves, this module computes it as CPython does: `str` hashes
//! (SipHash-1-3 over the string's storage, with a zero key), tuple hashes
//! (the xxHash-based combination of Python 3.8+), and the set's open
//! addressing table (`Objects/setobject.c`: probing, growth, copies).
//! With hash randomization on (Python's default), each run of Django may
//! create those indexes in another order; the playground takes this one.
//!
//! Sets of integers (ids a related manager sends, the primary keys of the
//! deletion collector's field updates) and of model instances (which hash
//! as their primary keys: the objects of a `ProtectedError`) use the same
//! table ([`int_set_order`], [`PySet`]); their order needs no seed.

/// `PySet_MINSIZE`.
const MIN_SIZE: usize = 8;
/// `LINEAR_PROBES` of `Objects/setobject.c`.
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

/// SipHash-1-3 with a zero key (`Python/pyhash.c`, `siphash13`).
fn siphash13(data: &[u8]) -> u64 {
    let mut v0: u64 = 0x736f_6d65_7073_6575;
    let mut v1: u64 = 0x646f_7261_6e64_6f6d;
    let mut v2: u64 = 0x6c79_6765_6e65_7261;
    let mut v3: u64 = 0x7465_6462_7974_6573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v2 = v2.wrapping_add(*v3);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v1);
        *v0 = v0.wrapping_add(*v3);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.rotate_left(32);
    };
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let m = u64::from_le_bytes(word);
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut tail = [0u8; 8];
    let rest = chunks.remainder();
    tail[..rest.len()].copy_from_slice(rest);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(tail);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// `hash(text)`: SipHash over the string's storage (one, two or four
/// bytes per character, by its widest character).
pub fn str_hash(text: &str) -> u64 {
    if text.is_empty() {
        return 0;
    }
    let widest = text.chars().map(u32::from).max().unwrap_or(0);
    let mut bytes = Vec::with_capacity(text.len() * 4);
    for c in text.chars() {
        let code = u32::from(c);
        match widest {
            0..=0xff => bytes.push(code as u8),
            0x100..=0xffff => bytes.extend_from_slice(&(code as u16).to_le_bytes()),
            _ => bytes.extend_from_slice(&code.to_le_bytes()),
        }
    }
    let hash = siphash13(&bytes);
    // -1 is the C API's error value.
    if hash == u64::MAX {
        u64::MAX - 1
    } else {
        hash
    }
}

/// `hash(tuple_of_strings)` (`Objects/tupleobject.c`, `tuplehash`).
pub fn tuple_hash(items: &[String]) -> u64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for item in items {
        acc = acc.wrapping_add(str_hash(item).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc
    }
}

/// A set's table: each slot holds the index of an element (into the
/// caller's list) and its hash.
#[derive(Clone, Debug)]
struct Table {
    slots: Vec<Option<(usize, u64)>>,
    used: usize,
}

impl Table {
    fn new(size: usize) -> Table {
        Table {
            slots: vec![None; size],
            used: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_insert_clean` (also `set_add_entry` on a table without
    /// dummies and without the element: both probe alike).
    fn insert_clean(&mut self, element: (usize, u64)) {
        let mask = self.mask();
        let mut perturb = element.1;
        let mut i = (element.1 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                if self.slots[i + j].is_none() {
                    self.slots[i + j] = Some(element);
                    self.used += 1;
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_add_entry` of a new element, with `set_table_resize` when
    /// the table is three fifths full.
    /// The element must not be in the set yet (the callers add distinct
    /// tuples).
    fn add(&mut self, element: (usize, u64)) {
        self.insert_clean(element);
        if self.used * 5 >= self.mask() * 3 {
            let wanted = if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(wanted);
        }
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(self, Table::new(size));
        for element in old.slots.into_iter().flatten() {
            self.insert_clean(element);
        }
    }

    fn iter(&self) -> impl Iterator<Item = (usize, u64)> + '_ {
        self.slots.iter().flatten().copied()
    }

    /// A set built by adding `elements` one by one.
    fn built(elements: impl Iterator<Item = (usize, u64)>) -> Table {
        let mut table = Table::new(MIN_SIZE);
        for element in elements {
            table.add(element);
        }
        table
    }

    /// `set(other)` / `other.copy()`: `set_merge` into an empty set.
    fn copied(&self) -> Table {
        let mut table = Table::new(MIN_SIZE);
        if self.used * 5 >= table.mask() * 3 {
            table.resize(self.used * 2);
        }
        if table.slots.len() == self.slots.len() {
            return self.clone();
        }
        for element in self.iter() {
            table.insert_clean(element);
        }
        table
    }
}

/// The set a migration file's literal `{('a', 'b'), …}` evaluates to:
/// its elements added one by one (`BUILD_SET`), or, from three elements
/// on, the compiler's folded `frozenset` of them copied into a new set
/// (`SET_UPDATE`).
fn literal_table(together: &[Vec<String>]) -> Table {
    let elements: Vec<(usize, u64)> = literal(together).collect();
    let folded = elements.len() > 2;
    let table = Table::built(elements.into_iter());
    if folded {
        table.copied()
    } else {
        table
    }
}

fn order(table: &Table) -> Vec<usize> {
    table.iter().map(|(i, _)| i).collect()
}

/// The sets of `together` (each a list of field names) as indexes into
/// it, in the order a `CreateModel`'s set literal of them iterates: the
/// order `create_model` creates their indexes in.
pub fn created_order(together: &[Vec<String>]) -> Vec<usize> {
    order(&literal_table(together))
}

/// The order the state's set iterates in after `AlterUniqueTogether`
/// (`set(normalize_together(literal))`): a rebuilt table's indexes.
pub fn state_order(together: &[Vec<String>]) -> Vec<usize> {
    order(&literal_table(together).copied())
}

/// The order `AlterUniqueTogether` (not folded into `CreateModel`)
/// creates them in: the state's set, the schema editor's
/// `{tuple(f) for f in new}` and its `news.difference(olds)` against the
/// empty old set.
pub fn altered_order(together: &[Vec<String>]) -> Vec<usize> {
    let value = literal_table(together).copied();
    let news = Table::built(value.iter());
    let difference = if news.used >> 2 > 0 {
        news.copied()
    } else {
        Table::built(news.iter())
    };
    order(&difference)
}

/// The distinct `values` (ids, in the order given) in the order a Python
/// set built from them iterates (`hash(n)` is `n` for the ids here; -1
/// hashes as -2).
pub fn int_set_order(values: &[i64]) -> Vec<i64> {
    let mut distinct: Vec<i64> = Vec::new();
    for value in values {
        if !distinct.contains(value) {
            distinct.push(*value);
        }
    }
    let table = Table::built(distinct.iter().enumerate().map(|(i, v)| (i, int_hash(*v))));
    table
        .iter()
        .filter_map(|(i, _)| distinct.get(i).copied())
        .collect()
}

/// `hash(n)` of a Python `int`: `n` modulo 2**61 - 1, keeping the sign;
/// -1 becomes -2.
pub fn int_hash(v: i64) -> u64 {
    const MODULUS: i64 = (1 << 61) - 1;
    let h = if v < 0 {
        -((-(v as i128) % MODULUS as i128) as i64)
    } else {
        v % MODULUS
    };
    (if h == -1 { -2 } else { h }) as u64
}

/// A Python set of `K`s (equal as `K`s are, hashed by the caller), each
/// carrying a `V`, iterated in CPython's order: the deletion collector's
/// sets of model instances, which hash as their primary keys.
#[derive(Clone, Debug)]
pub struct PySet<K, V> {
    items: Vec<(K, V)>,
    table: Table,
}

impl<K: PartialEq, V> Default for PySet<K, V> {
    fn default() -> Self {
        PySet {
            items: Vec::new(),
            table: Table::new(MIN_SIZE),
        }
    }
}

impl<K: PartialEq, V> PySet<K, V> {
    pub fn is_empty(&self) -> bool {
        self.table.used == 0
    }

    /// `set.add`: a member already there stays (with its first value).
    pub fn add(&mut self, hash: u64, key: K, value: V) {
        let present = self
            .table
            .iter()
            .any(|(i, h)| h == hash && self.items.get(i).is_some_and(|(k, _)| *k == key));
        if !present {
            self.table.add((self.items.len(), hash));
            self.items.push((key, value));
        }
    }

    /// The members in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.table
            .iter()
            .filter_map(|(i, _)| self.items.get(i).map(|(k, v)| (k, v)))
    }

    /// `self - other`, keeping the members `keep` says, where `other` has
    /// `other_len` members: CPython copies `self` and discards (slots
    /// kept: the result is only iterated after) when `self` has more than
    /// four times as many, and otherwise adds the kept ones to a new set.
    pub fn difference(self, other_len: usize, keep: impl Fn(&K) -> bool) -> PySet<K, V> {
        let kept = |i: usize| self.items.get(i).is_some_and(|(k, _)| keep(k));
        let table = if (self.table.used >> 2) > other_len {
            let mut table = self.table.copied();
            for slot in table.slots.iter_mut() {
                if slot.is_some_and(|(i, _)| !kept(i)) {
                    *slot = None;
                    table.used -= 1;
                }
            }
            table
        } else {
            Table::built(self.table.iter().filter(|(i, _)| kept(*i)))
        };
        PySet {
            items: self.items,
            table,
        }
    }
}

/// The elements in the order `makemigrations` writes them, with hashes.
fn literal(together: &[Vec<String>]) -> impl Iterator<Item = (usize, u64)> {
    let mut order: Vec<(String, usize)> = together
        .iter()
        .enumerate()
        .map(|(i, fields)| (tuple_repr(fields), i))
        .collect();
    crate::sort::sort_by(&mut order, |a, b| a.0.cmp(&b.0));
    // A set holds each tuple once.
    order.dedup_by(|a, b| a.0 == b.0);
    let hashes: Vec<(usize, u64)> = order
        .into_iter()
        .map(|(_, i)| (i, tuple_hash(&together[i])))
        .collect();
    hashes.into_iter()
}

/// `repr(tuple_of_identifiers)`: `('a', 'b')`, `('a',)`.
fn tuple_repr(fields: &[String]) -> String {
    let items: Vec<String> = fields.iter().map(|f| format!("'{f}'")).collect();
    if items.len() == 1 {
        format!("({},)", items[0])
    } else {
        format!("({})", items.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    /// Values printed by CPython 3.11 with `PYTHONHASHSEED=0`.
    #[test]
    fn hashes_and_orders_as_cpython() {
        assert_eq!(str_hash("a") as i64, 4644417185603328019);
        assert_eq!(str_hash("title") as i64, -353449685595137602);
        assert_eq!(str_hash("é가") as i64, 8251641675512641080);
        assert_eq!(str_hash("abcdefghij") as i64, -829746140550000655);
        assert_eq!(
            tuple_hash(&strings(&["title", "user"])) as i64,
            -3383979604746481744
        );
        // list({('a', 'b'), ('c', 'd'), ('title', 'user')})
        let together = [
            strings(&["a", "b"]),
            strings(&["title", "user"]),
            strings(&["c", "d"]),
        ];
        assert_eq!(created_order(&together), [1, 0, 2]);
        // Five sets: the folded frozenset (32 slots) copied into 16 slots,
        // as migrate created Seat's indexes (w00-unique-together).
        let together = [
            strings(&["row", "col"]),
            strings(&["a", "b"]),
            strings(&["b", "c"]),
            strings(&["a", "c"]),
            strings(&["row", "a", "b", "c"]),
        ];
        assert_eq!(created_order(&together), [4, 2, 0, 3, 1]);
        // Sets of ids built one by one, as CPython iterates them.
        let cases: [(&[i64], &[i64]); 4] = [
            (&[8, 1], &[8, 1]),
            (&[122, 279, 67, 190, 243], &[67, 243, 279, 122, 190]),
            (
                &[298, 34, 7, 241, 133, 283, 120, 99, 241, 277, 282, 244],
                &[34, 99, 133, 7, 298, 241, 244, 277, 120, 282, 283],
            ),
            (
                &[
                    204, 78, 119, 78, 268, 200, 8, 33, 82, 22, 155, 16, 138, 243, 199, 219, 203,
                    296, 228, 69, 188, 50, 19, 70, 254, 112, 133, 224, 155, 216,
                ],
                &[
                    133, 8, 138, 268, 16, 19, 22, 155, 33, 296, 50, 188, 69, 70, 199, 200, 203,
                    204, 78, 82, 216, 219, 224, 228, 112, 243, 119, 254,
                ],
            ),
        ];
        for (given, cpython) in cases {
            assert_eq!(int_set_order(given), cpython);
        }
        assert_eq!(int_hash(-1) as i64, -2);
        assert_eq!(int_hash(1 << 62), 2);
        assert_eq!(int_set_order(&[9, 1, 17, 3]), [9, 3, 1, 17]);
        assert_eq!(
            int_set_order(&[40, 8, 16, 24, 32, 0, 1]),
            [32, 0, 1, 40, 8, 16, 24]
        );
    }

    /// `set - other`, both ways CPython computes it (printed by 3.11).
    #[test]
    fn differences_keep_cpythons_order() {
        let set = |items: &[i64]| {
            let mut s = PySet::default();
            for n in items {
                s.add(int_hash(*n), *n, ());
            }
            s
        };
        let order = |s: &PySet<i64, ()>| s.iter().map(|(k, _)| *k).collect::<Vec<_>>();
        let s = set(&[1, 9, 17, 25, 33, 2, 3, 4, 5, 9]);
        assert_eq!(order(&s), [1, 33, 2, 3, 4, 5, 9, 17, 25]);
        // Nine members, one in `other`: copied, then discarded.
        let copied = s.clone().difference(1, |k| *k != 17);
        assert_eq!(order(&copied), [1, 33, 2, 3, 4, 5, 9, 25]);
        // Three in `other`: the kept ones added to a new set.
        let rebuilt = s.difference(3, |k| *k != 17);
        assert_eq!(order(&rebuilt), [1, 2, 3, 4, 33, 5, 9, 25]);
    }
}
