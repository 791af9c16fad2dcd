//! Stable sorting with one instantiation of the standard library's sort.
//!
//! `slice::sort_by` is generic over the element and the comparison: every
//! call site with its own element type or closure compiles its own copy of
//! the driftsort and its small-sort helpers (about 4.5 KB of wasm each). The
//! page sorts a handful of small lists (keyword arguments, choices in an
//! error, highlight marks, a collector's models; ids and names before
//! `dedup`, where a stable sort gives what `sort_unstable` gave since equal
//! items are indistinguishable), none of them hot, so they share one sort of
//! indices here: the comparison goes through `&mut dyn`, and only the cheap
//! reordering is generic.

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`, as `slice::sort_by` does (equal items keep
/// their order).
pub fn sort_by<T>(items: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = stable_order(items.len(), &mut |a, b| cmp(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| taken.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts `items` stably by the key `key` gives, as `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..len` in the stable order `cmp` gives them: the one
/// instantiation of the standard library's sort every caller shares.
#[inline(never)]
fn stable_order(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        let mut expected = items.clone();
        expected.sort_by_key(|x| x.0);
        sort_by_key(&mut items, |x| x.0);
        assert_eq!(items, expected);
        sort_by(&mut items, |a, b| b.0.cmp(&a.0));
        assert_eq!(items, [(3, 'a'), (3, 'c'), (1, 'b'), (1, 'e'), (0, 'd')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, u8::cmp);
        assert!(empty.is_empty());
    }
}
