//! `difflib.get_close_matches` as Python writes it, for the
//! "perhaps you meant icontains or contains?" of Django's
//! `Unsupported lookup` error.
//!
//! Hand-written because the message must match Django's byte for byte:
//! it depends on `SequenceMatcher.ratio()` (matching blocks found by
//! `find_longest_match`), which no string-similarity crate reproduces
//! (strsim's metrics rank differently), and the whole algorithm is a few
//! dozen lines over words shorter than 200 characters (so difflib's
//! "autojunk" never applies).

use std::collections::HashMap;

/// `difflib.get_close_matches(word, possibilities)` with the defaults
/// (`n=3`, `cutoff=0.6`): the best matches first, ties broken as
/// `heapq.nlargest` breaks them (the larger string first).
pub fn close_matches<'a>(word: &str, possibilities: &[&'a str]) -> Vec<&'a str> {
    let b: Vec<char> = word.chars().collect();
    let mut scored: Vec<(f64, &str)> = possibilities
        .iter()
        .map(|x| (ratio(&x.chars().collect::<Vec<_>>(), &b), *x))
        .filter(|(score, _)| *score >= 0.6)
        .collect();
    crate::sort::sort_by(&mut scored, |l, r| {
        r.0.total_cmp(&l.0).then_with(|| r.1.cmp(l.1))
    });
    scored.into_iter().take(3).map(|(_, x)| x).collect()
}

/// `SequenceMatcher(None, a, b).ratio()`.
fn ratio(a: &[char], b: &[char]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    let mut b2j: HashMap<char, Vec<usize>> = HashMap::new();
    for (j, c) in b.iter().enumerate() {
        b2j.entry(*c).or_default().push(j);
    }
    let mut matched = 0;
    let mut queue = vec![(0, a.len(), 0, b.len())];
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, &b2j, (alo, ahi), (blo, bhi));
        if k == 0 {
            continue;
        }
        matched += k;
        if alo < i && blo < j {
            queue.push((alo, i, blo, j));
        }
        if i + k < ahi && j + k < bhi {
            queue.push((i + k, ahi, j + k, bhi));
        }
    }
    2.0 * matched as f64 / total as f64
}

/// `SequenceMatcher.find_longest_match` without junk: the earliest longest
/// block in `a[alo..ahi]` equal to one in `b[blo..bhi]` (`b` given by its
/// character positions). Without junk, difflib's extension loops after
/// the search never extend a block, so they are left out.
fn longest_match(
    a: &[char],
    b2j: &HashMap<char, Vec<usize>>,
    (alo, ahi): (usize, usize),
    (blo, bhi): (usize, usize),
) -> (usize, usize, usize) {
    let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0);
    let mut j2len: HashMap<usize, usize> = HashMap::new();
    for (i, c) in a.iter().enumerate().take(ahi).skip(alo) {
        let mut next = HashMap::new();
        for &j in b2j.get(c).map(Vec::as_slice).unwrap_or_default() {
            if j < blo {
                continue;
            }
            if j >= bhi {
                break;
            }
            let k = j
                .checked_sub(1)
                .and_then(|p| j2len.get(&p))
                .copied()
                .unwrap_or(0)
                + 1;
            next.insert(j, k);
            if k > bestsize {
                (besti, bestj, bestsize) = (i + 1 - k, j + 1 - k, k);
            }
        }
        j2len = next;
    }
    (besti, bestj, bestsize)
}

#[cfg(test)]
mod tests {
    use super::close_matches;

    /// A `CharField`'s lookups: every field's (the engine's own list).
    const CHAR_LOOKUPS: &[&str] = super::super::query::FIELD_LOOKUPS;

    /// Python 3.11's `difflib.get_close_matches(word, CHAR_LOOKUPS)`.
    #[test]
    fn matches_pythons_difflib() {
        for (word, want) in [
            ("icontain", vec!["icontains", "contains"]),
            ("contain", vec!["contains", "icontains"]),
            ("foo", vec![]),
            ("range", vec!["range", "regex"]),
            ("startwith", vec!["startswith", "istartswith"]),
            ("gtee", vec!["gte", "gt"]),
            ("usernam", vec![]),
            ("is_null", vec!["isnull"]),
            ("", vec![]),
        ] {
            assert_eq!(close_matches(word, CHAR_LOOKUPS), want, "{word}");
        }
    }
}
