//! CPython 3.11's hashes and set table, so that a Python `set` iterates,
//! prints and pops in the order CPython's does (with hash randomization
//! off, `PYTHONHASHSEED=0`, as the reference runs under
//! tests/django_reference and tests/python_reference are made).
//!
//! A set iterates in the slot order of its hash table, so the order
//! follows the members' hashes and the set's history: `int`s hash as
//! themselves (modulo 2**61 - 1, -1 as -2), `float`s and `Decimal`s as
//! the `int` or fraction they equal, `str`s by SipHash-1-3 over their
//! storage (a zero key under `PYTHONHASHSEED=0`; with randomization on,
//! CPython's order changes from run to run and this is one it prints),
//! tuples by the xxHash-based combination of Python 3.8+. [`Table`] is
//! `Objects/setobject.c`'s table: open addressing, linear probes then
//! perturbed jumps, dummies left by deletions, growth at three fifths
//! full, `set_merge`'s copies, `set.pop`'s finger. [`PySet`] pairs it
//! with a key and a value per member.
//!
//! Users: the interpreter's `set` (`Value::Set`; the interpreter's `sets`
//! module builds each operation's result the way CPython's set operations
//! do, so their tables match too), the deletion collector's sets of model instances (which hash as
//! their primary keys) and field updates, a related manager's ids
//! ([`int_set_order`]), and `migrate`, which creates a model's
//! `unique_together` indexes in the order Django's set of tuples iterates
//! ([`created_order`], [`state_order`], [`altered_order`]): on SQLite the
//! rows of `sqlite_master` come in that order.

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

/// `_Py_HashBytes` with `PYTHONHASHSEED=0`: the hash of a `date`,
/// naive `datetime` or `time` (of their packed bytes), and of the
/// storage of a `str`.
pub fn bytes_hash(bytes: &[u8]) -> u64 {
    if bytes.is_empty() {
        return 0;
    }
    let hash = siphash13(bytes);
    // -1 is the C API's error value.
    if hash == u64::MAX {
        u64::MAX - 1
    } else {
        hash
    }
}

/// `hash(tuple)` from its items' hashes (`Objects/tupleobject.c`,
/// `tuplehash`, the xxHash-based combination of Python 3.8+).
pub fn tuple_hash(items: &[u64]) -> u64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for item in items {
        acc = acc.wrapping_add(item.wrapping_mul(PRIME_2));
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

/// `hash(tuple_of_strings)`.
pub fn strings_hash(items: &[String]) -> u64 {
    let hashes: Vec<u64> = items.iter().map(|s| str_hash(s)).collect();
    tuple_hash(&hashes)
}

/// `_PyHASH_MODULUS`: numbers hash as their value modulo this prime.
pub const MODULUS: u64 = (1 << 61) - 1;

/// `hash(None)` in CPython 3.11 is its address shifted right by 4 bits,
/// which changes from run to run above the low 12 bits; this is one
/// address CPython 3.11 printed (its low bits, which place `None` in a
/// set of up to 4,096 slots, are the same in every run).
pub const NONE_HASH: u64 = 8_753_808_825_278;

/// The hash of the number `(-1 if negative) * magnitude * 2**exp2 *
/// 10**exp10`, as `hash()` of an `int`, `float` or `Decimal` of that
/// value gives it (`Python/pyhash.c`, numeric hashing): the value modulo
/// [`MODULUS`], negated for negative values, -1 as -2.
pub fn number_hash(negative: bool, magnitude: u128, exp2: i64, exp10: i64) -> u64 {
    let m = u128::from(MODULUS);
    let mut x = magnitude % m;
    // 2**61 is 1 modulo the prime, so a power of two is a rotation.
    x = x * (1u128 << exp2.rem_euclid(61)) % m;
    if exp10 != 0 {
        // 10**-1 modulo the prime (`_PyHASH_10INV`'s value).
        let base: u128 = if exp10 > 0 {
            10
        } else {
            2_075_258_708_292_324_556
        };
        x = x * pow_mod(base, exp10.unsigned_abs(), m) % m;
    }
    let h = x as i64;
    let h = if negative { -h } else { h };
    (if h == -1 { -2 } else { h }) as u64
}

fn pow_mod(mut base: u128, mut exp: u64, m: u128) -> u128 {
    let mut out = 1u128;
    base %= m;
    while exp > 0 {
        if exp & 1 == 1 {
            out = out * base % m;
        }
        base = base * base % m;
        exp >>= 1;
    }
    out
}

/// `hash(x)` of a `float`: equal to the hash of the `int` it equals;
/// infinities hash as ±314159 and NaN (by identity in CPython) as 0.
pub fn float_hash(f: f64) -> u64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 {
            314_159
        } else {
            (-314_159i64) as u64
        };
    }
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    number_hash(f < 0.0, u128::from(mantissa), exp, 0)
}

/// One slot of a set's table (`setentry`): never used, a deleted
/// member's (`dummy`, which probing passes over), or a member with its
/// hash.
#[derive(Clone, Debug)]
enum Slot<T> {
    Empty,
    Dummy,
    Full(u64, T),
}

/// A set's hash table as `Objects/setobject.c` keeps it: open
/// addressing with `LINEAR_PROBES` then perturbed jumps, dummies for
/// deleted members, growth when three fifths of the slots were ever
/// used, and `set.pop`'s finger. Members iterate in slot order, which is
/// the order CPython prints a set in.
#[derive(Clone, Debug)]
pub struct Table<T> {
    slots: Vec<Slot<T>>,
    /// Members (`used`), and members plus dummies (`fill`).
    used: usize,
    fill: usize,
    /// Where `set.pop` looks first.
    finger: usize,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table::with_size(MIN_SIZE)
    }
}

impl<T> Table<T> {
    fn with_size(size: usize) -> Table<T> {
        let mut slots = Vec::with_capacity(size);
        slots.resize_with(size, || Slot::Empty);
        Table {
            slots,
            used: 0,
            fill: 0,
            finger: 0,
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The probe sequence from `hash`: each start and how many slots
    /// after it are looked at linearly.
    fn probes(hash: u64, mask: usize) -> impl Iterator<Item = usize> {
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        let mut first = true;
        std::iter::from_fn(move || {
            if !first {
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
            first = false;
            Some(i)
        })
        .flat_map(move |start| {
            let linear = if start + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            start..=start + linear
        })
    }

    /// `set_insert_clean`: the member goes to the first empty slot of its
    /// probe sequence (the table has no dummies and not the member).
    fn insert_clean(&mut self, hash: u64, item: T) {
        let mask = self.mask();
        for i in Table::<T>::probes(hash, mask) {
            if let Some(slot @ Slot::Empty) = self.slots.get_mut(i) {
                *slot = Slot::Full(hash, item);
                return;
            }
        }
    }

    /// `set_lookkey`: the slot of the member `is_it` recognizes.
    fn find(&self, hash: u64, is_it: impl Fn(&T) -> bool) -> Option<usize> {
        for i in Table::<T>::probes(hash, self.mask()) {
            match self.slots.get(i)? {
                Slot::Empty => return None,
                Slot::Full(h, item) if *h == hash && is_it(item) => return Some(i),
                _ => {}
            }
        }
        None
    }

    pub fn contains(&self, hash: u64, is_it: impl Fn(&T) -> bool) -> bool {
        self.find(hash, is_it).is_some()
    }

    /// `set_add_entry`: a member already there stays; a new one takes
    /// the last dummy on its way (CPython 3.11 keeps overwriting its
    /// `freeslot`, as its outputs show) or else the empty slot that ends it,
    /// and the table grows when three fifths of it were ever filled.
    /// Returns whether it was added.
    pub fn add(&mut self, hash: u64, item: T, is_it: impl Fn(&T) -> bool) -> bool {
        let mut free = None;
        let mut empty = None;
        for i in Table::<T>::probes(hash, self.mask()) {
            match self.slots.get(i) {
                Some(Slot::Empty) | None => {
                    empty = Some(i);
                    break;
                }
                Some(Slot::Full(h, member)) if *h == hash && is_it(member) => return false,
                Some(Slot::Dummy) => free = Some(i),
                _ => {}
            }
        }
        self.used += 1;
        if let Some(i) = free {
            if let Some(slot) = self.slots.get_mut(i) {
                *slot = Slot::Full(hash, item);
            }
            return true;
        }
        if let Some(slot) = empty.and_then(|i| self.slots.get_mut(i)) {
            *slot = Slot::Full(hash, item);
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.grown());
        }
        true
    }

    /// The size `set_add_entry` and `set_difference_update` ask for.
    fn grown(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `set_table_resize`: the smallest table with more than `min_used`
    /// slots, its members inserted again in the old slot order (a
    /// minimal table without dummies stays as it is).
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::take(&mut self.slots);
        self.slots.resize_with(size, || Slot::Empty);
        self.fill = self.used;
        for slot in old {
            if let Slot::Full(hash, item) = slot {
                self.insert_clean(hash, item);
            }
        }
    }

    /// `set_discard_entry`: the member's slot becomes a dummy.
    pub fn discard(&mut self, hash: u64, is_it: impl Fn(&T) -> bool) -> Option<T> {
        let i = self.find(hash, is_it)?;
        let slot = self.slots.get_mut(i)?;
        match std::mem::replace(slot, Slot::Dummy) {
            Slot::Full(_, item) => {
                self.used -= 1;
                Some(item)
            }
            other => {
                *slot = other;
                None
            }
        }
    }

    /// `set.pop()`: the first member from the finger on (wrapping).
    pub fn pop(&mut self) -> Option<T> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots.get(i), Some(Slot::Full(..))) {
            i = if i >= mask { 0 } else { i + 1 };
        }
        let slot = self.slots.get_mut(i)?;
        let Slot::Full(_, item) = std::mem::replace(slot, Slot::Dummy) else {
            return None;
        };
        self.used -= 1;
        self.finger = i + 1;
        Some(item)
    }

    /// `set.clear()`: back to the minimal empty table (the finger stays).
    pub fn clear(&mut self) {
        let finger = self.finger;
        *self = Table::default();
        self.finger = finger;
    }

    /// The members with their hashes in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (u64, &T)> {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Full(hash, item) => Some((*hash, item)),
            _ => None,
        })
    }

    /// The first member at slot `pos` or after, with its slot: a set
    /// iterator's step.
    pub fn next_from(&self, pos: usize) -> Option<(usize, &T)> {
        self.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, slot)| match slot {
                Slot::Full(_, item) => Some((i, item)),
                _ => None,
            })
    }

    /// Every member, leaving the table empty (for dropping deep values
    /// without recursion).
    pub fn take_all(&mut self) -> Vec<T> {
        let slots = std::mem::take(&mut self.slots);
        *self = Table::default();
        slots
            .into_iter()
            .filter_map(|slot| match slot {
                Slot::Full(_, item) => Some(item),
                _ => None,
            })
            .collect()
    }

    /// The members with their hashes in slot order, by value.
    fn into_members(self) -> impl Iterator<Item = (u64, T)> {
        self.slots.into_iter().filter_map(|slot| match slot {
            Slot::Full(hash, item) => Some((hash, item)),
            _ => None,
        })
    }

    /// `set_copy` (a `set_merge` into a new empty set), taking this
    /// table's members: the same slots if the sizes agree and there are
    /// no dummies, else the members inserted in slot order.
    pub fn into_copy(self) -> Table<T> {
        let mut table = Table::default();
        table.reserve(self.used);
        if table.slots.len() == self.slots.len() && self.fill == self.used {
            return Table { finger: 0, ..self };
        }
        table.fill = self.used;
        table.used = self.used;
        for (hash, item) in self.into_members() {
            table.insert_clean(hash, item);
        }
        table
    }

    /// The resize `set_update_internal` does before adding `incoming`
    /// members one by one (from a dict) and `set_merge` before merging.
    pub fn reserve(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// The end of `set_difference_update`: more than a quarter of the
    /// slots dummies, the table is rebuilt.
    pub fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.grown());
        }
    }
}

impl<T: Clone> Table<T> {
    /// `set_merge(self, other)`: `set.update(other_set)`, `a | b`,
    /// `set(other_set)` and `other.copy()` (a merge into an empty set).
    /// An empty table of the same size and without dummies on the other
    /// side takes the slots as they are; an empty one takes the members
    /// in the other's slot order by `insert_clean`; otherwise each is
    /// added.
    pub fn merge(&mut self, other: &Table<T>, same: impl Fn(&T, &T) -> bool) {
        if other.used == 0 {
            return;
        }
        self.reserve(other.used);
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (hash, item) in other.iter() {
                self.insert_clean(hash, item.clone());
            }
            return;
        }
        for (hash, item) in other.iter() {
            self.add(hash, item.clone(), |m| same(m, item));
        }
    }

    /// `set_copy`: a new set merged from this one.
    pub fn copied(&self) -> Table<T> {
        self.clone().into_copy()
    }
}

/// A table of indexes built by adding `elements` (index and hash) one
/// by one.
fn built(elements: impl Iterator<Item = (usize, u64)>) -> Table<usize> {
    let mut table = Table::default();
    for (i, hash) in elements {
        table.add(hash, i, |m| *m == i);
    }
    table
}

/// The indexes and hashes of a table, in its slot order.
fn indexed(table: &Table<usize>) -> impl Iterator<Item = (usize, u64)> + '_ {
    table.iter().map(|(hash, i)| (*i, hash))
}

/// The set a migration file's literal `{('a', 'b'), …}` evaluates to:
/// its elements added one by one (`BUILD_SET`), or, from three elements
/// on, the compiler's folded `frozenset` of them (built, then built again
/// from its own order by `merge_consts_recursive`) copied into a new set
/// (`SET_UPDATE`).
fn literal_table(together: &[Vec<String>]) -> Table<usize> {
    let elements: Vec<(usize, u64)> = literal(together).collect();
    let folded = elements.len() > 2;
    let table = built(elements.into_iter());
    if folded {
        built(indexed(&table)).copied()
    } else {
        table
    }
}

fn order(table: &Table<usize>) -> Vec<usize> {
    table.iter().map(|(_, i)| *i).collect()
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
    let news = built(indexed(&value));
    let difference = if news.len() >> 2 > 0 {
        news.copied()
    } else {
        built(indexed(&news))
    };
    order(&difference)
}

/// The distinct `values` (ids, in the order given) in the order a Python
/// set built from them iterates (`hash(n)` is `n` for the ids here; -1
/// hashes as -2).
pub fn int_set_order(values: &[i64]) -> Vec<i64> {
    let mut set = PySet::default();
    for value in values {
        set.add(int_hash(*value), *value, ());
    }
    set.iter().map(|(v, _)| *v).collect()
}

/// `hash(n)` of a Python `int`: `n` modulo 2**61 - 1, keeping the sign;
/// -1 becomes -2.
pub fn int_hash(v: i64) -> u64 {
    number_hash(v < 0, u128::from(v.unsigned_abs()), 0, 0)
}

/// A Python set of `K`s (equal as `K`s are, hashed by the caller), each
/// carrying a `V`, iterated in CPython's order: the interpreter's `set`
/// (a value's dict key and the value), the deletion collector's sets of
/// model instances (which hash as their primary keys).
#[derive(Clone, Debug)]
pub struct PySet<K, V> {
    table: Table<(K, V)>,
}

impl<K, V> Default for PySet<K, V> {
    fn default() -> Self {
        PySet {
            table: Table::default(),
        }
    }
}

impl<K: PartialEq, V> PySet<K, V> {
    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// `set.add`: a member already there stays (with its first value).
    /// Returns whether it was added.
    pub fn add(&mut self, hash: u64, key: K, value: V) -> bool {
        if self.contains(hash, &key) {
            return false;
        }
        self.table.add(hash, (key, value), |_| false)
    }

    pub fn contains(&self, hash: u64, key: &K) -> bool {
        self.table.contains(hash, |(k, _)| k == key)
    }

    /// `set.discard`: the member, if it was there.
    pub fn discard(&mut self, hash: u64, key: &K) -> Option<(K, V)> {
        self.table.discard(hash, |(k, _)| k == key)
    }

    /// `set.pop()`.
    pub fn pop(&mut self) -> Option<(K, V)> {
        self.table.pop()
    }

    pub fn clear(&mut self) {
        self.table.clear();
    }

    /// The members in iteration order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.table.iter().map(|(_, (k, v))| (k, v))
    }

    /// The members with their hashes in iteration order.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (u64, &K, &V)> {
        self.table.iter().map(|(h, (k, v))| (h, k, v))
    }

    /// The first member at slot `pos` or after, and its slot.
    pub fn next_from(&self, pos: usize) -> Option<(usize, &K, &V)> {
        self.table.next_from(pos).map(|(i, (k, v))| (i, k, v))
    }

    /// Every member, leaving the set empty.
    pub fn take_all(&mut self) -> Vec<(K, V)> {
        self.table.take_all()
    }

    /// `set_swap_bodies` with a new set (`a &= b`): this set takes its
    /// table; `pop`'s finger stays.
    pub fn replace_table(&mut self, other: PySet<K, V>) {
        let finger = self.table.finger;
        self.table = other.table;
        self.table.finger = finger;
    }

    /// See [`Table::reserve`].
    pub fn reserve(&mut self, incoming: usize) {
        self.table.reserve(incoming);
    }

    /// See [`Table::purge_dummies`].
    pub fn purge_dummies(&mut self) {
        self.table.purge_dummies();
    }

    /// `self - other`, keeping the members `keep` says, where `other` has
    /// `other_len` members: CPython copies `self` and discards when
    /// `self` has more than four times as many, and otherwise adds the
    /// kept ones to a new set.
    pub fn difference(self, other_len: usize, keep: impl Fn(&K) -> bool) -> PySet<K, V> {
        if (self.len() >> 2) > other_len {
            let mut table = self.table.into_copy();
            let gone: Vec<(usize, u64)> = table
                .slots
                .iter()
                .enumerate()
                .filter_map(|(i, slot)| match slot {
                    Slot::Full(hash, (k, _)) if !keep(k) => Some((i, *hash)),
                    _ => None,
                })
                .collect();
            for (i, _) in gone {
                if let Some(slot) = table.slots.get_mut(i) {
                    *slot = Slot::Dummy;
                    table.used -= 1;
                }
            }
            table.purge_dummies();
            return PySet { table };
        }
        let mut out = PySet::default();
        for (hash, (k, v)) in self.table.into_members() {
            if keep(&k) {
                out.table.add(hash, (k, v), |_| false);
            }
        }
        out
    }
}

impl<K: PartialEq + Clone, V: Clone> PySet<K, V> {
    /// `set_merge`: see [`Table::merge`].
    pub fn merge(&mut self, other: &PySet<K, V>) {
        self.table.merge(&other.table, |a, b| a.0 == b.0);
    }

    /// `set.copy()`.
    pub fn copied(&self) -> PySet<K, V> {
        PySet {
            table: self.table.copied(),
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
        .map(|(_, i)| (i, strings_hash(&together[i])))
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
            strings_hash(&strings(&["title", "user"])) as i64,
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

    /// Numeric hashes, printed by CPython 3.11.
    #[test]
    fn numbers_hash_as_cpython() {
        let floats: [(f64, i64); 7] = [
            (0.5, 1152921504606846976),
            (-1.5, -1152921504606846977),
            (1e16, 10000000000000000),
            (0.1, 230584300921369408),
            (1e300, 1224995262755759164),
            (5e-324, 16777216),
            (f64::INFINITY, 314159),
        ];
        for (f, cpython) in floats {
            assert_eq!(float_hash(f) as i64, cpython, "{f}");
        }
        // Decimal('0.1'), Decimal('-3.25'), Decimal('7.000'), Decimal('1E+30')
        assert_eq!(number_hash(false, 1, 0, -1) as i64, 2075258708292324556);
        assert_eq!(number_hash(true, 325, 0, -2) as i64, -576460752303423491);
        assert_eq!(number_hash(false, 7000, 0, -3) as i64, 7);
        assert_eq!(number_hash(false, 1, 0, 30) as i64, 465258685558744706);
        // hash((1, 'a', 2.5)), hash(())
        let items = [int_hash(1), str_hash("a"), float_hash(2.5)];
        assert_eq!(tuple_hash(&items) as i64, -8030008116423961961);
        assert_eq!(tuple_hash(&[]) as i64, 5740354900026072187);
        // hash(b'ab')
        assert_eq!(bytes_hash(b"ab") as i64, 6148830537548944441);
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
