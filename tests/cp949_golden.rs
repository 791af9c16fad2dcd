//! The CP949 decoder against Python's own `cp949` codec: every byte pair
//! it reads decodes to what Python decodes it to, and every other pair is
//! refused (never a wrong character). The golden file is written by
//! `tests/django_reference/gen_cp949.py` from Python's codec: each line is
//! `LEAD TRAIL chars`, the pairs from `LEAD TRAIL` on, one character each.

// Native only: the test reads a file from the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use orm_playground::fixtures::cp949::{decode, Syllables, Unreadable};

fn golden() -> HashMap<(u8, u8), char> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/cp949.txt");
    let text = std::fs::read_to_string(path).expect("tests/golden/cp949.txt");
    let mut pairs = HashMap::new();
    for line in text.lines() {
        let mut parts = line.splitn(3, ' ');
        let mut byte = || u8::from_str_radix(parts.next().expect("a byte"), 16).expect("hex");
        let (lead, first) = (byte(), byte());
        let chars = parts.next().expect("characters");
        for (n, c) in chars.chars().enumerate() {
            let trail = u8::try_from(usize::from(first) + n).expect("a trail byte");
            assert!(
                pairs.insert((lead, trail), c).is_none(),
                "{lead:02x}{trail:02x} twice"
            );
        }
    }
    pairs
}

#[test]
fn every_pair_decodes_as_python_does_or_is_refused() {
    let golden = golden();
    // All Hangul syllables, the rows 0xA1-0xA4 (symbols, full-width forms,
    // jamo): 11,172 + what Python defines in those rows.
    let hangul = golden
        .values()
        .filter(|c| ('가'..='힣').contains(*c))
        .count();
    assert_eq!(hangul, 11_172);
    assert!(golden.len() > 11_172 + 3 * 94);
    let syllables = Syllables::new();
    let mut read = 0;
    for lead in 0x80..=0xFF_u8 {
        for trail in 0x00..=0xFF_u8 {
            let expected = golden.get(&(lead, trail)).copied();
            assert_eq!(
                syllables.pair(lead, trail),
                expected,
                "{lead:02x}{trail:02x}"
            );
            let bytes = [lead, trail];
            match expected {
                Some(c) => {
                    read += 1;
                    assert_eq!(
                        syllables.decode(&bytes),
                        Ok(c.to_string()),
                        "{lead:02x}{trail:02x}"
                    );
                }
                None => assert_eq!(
                    syllables.decode(&bytes),
                    Err(Unreadable { offset: 0, bytes }),
                    "{lead:02x}{trail:02x}"
                ),
            }
        }
    }
    assert_eq!(read, golden.len());
}

/// The whole golden text at once, as a file holds it: one string, each
/// pair after ASCII.
#[test]
fn a_file_of_every_pair_decodes_whole() {
    let golden = golden();
    let mut keys: Vec<_> = golden.keys().copied().collect();
    keys.sort_unstable();
    let mut bytes = b"[\"".to_vec();
    let mut expected = String::from("[\"");
    for (lead, trail) in keys {
        bytes.extend([lead, trail, b' ']);
        expected.push(golden[&(lead, trail)]);
        expected.push(' ');
    }
    bytes.extend(b"\"]\n");
    expected.push_str("\"]\n");
    assert_eq!(decode(&bytes), Ok(expected));
}
