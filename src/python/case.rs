//! `str.upper()`, `lower()`, `swapcase()`, `capitalize()`, `title()`,
//! `isalpha()`, `isupper()` and `islower()` with CPython 3.11's answers for
//! the characters the playground knows without Unicode's tables: ASCII,
//! Latin-1, fullwidth Latin letters, and the caseless scripts and symbols
//! learners type here (Hangul, CJK ideographs, kana, general and CJK
//! punctuation, arrows, box drawing, dingbats, emoji).
//!
//! The lexer asks [`identifier_char`] the same way: which characters make
//! up a name, without Unicode's `XID_Continue` table.
//!
//! Why not `char::to_uppercase` and friends: they bring Unicode's case
//! tables, 8.5 KB of the page's gzipped download, and Rust's
//! `is_alphabetic` is not Python's `isalpha` (Roman numerals, combining
//! marks). Any other character fails with `not supported in the
//! playground: …`, never a guess.

use super::host::Thrown;
use super::value::Value;

/// What a character is to Python's case methods.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An uppercase letter; its lowercase is 0x20 above it.
    Upper,
    /// A lowercase letter; its uppercase is 0x20 below it, except `ß`
    /// and `ÿ`.
    Lower,
    /// A letter without case (Hangul, CJK ideographs, kana).
    Caseless,
    /// Not a letter: digits, spaces, punctuation, symbols, emoji.
    Other,
}

fn kind(c: char) -> Option<Kind> {
    Some(match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' | 'Ａ'..='Ｚ' => Kind::Upper,
        'a'..='z' | 'ß'..='ö' | 'ø'..='ÿ' | 'ａ'..='ｚ' => Kind::Lower,
        '\u{ac00}'..='\u{d7a3}'
        | '\u{1100}'..='\u{11ff}'
        | '\u{3131}'..='\u{318e}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{3041}'..='\u{3096}'
        | '\u{30a1}'..='\u{30fa}' => Kind::Caseless,
        // Latin-1 without its letters (ª µ º have case rules of their own).
        '\0'..='\u{a9}'
        | '\u{ab}'..='\u{b4}'
        | '\u{b6}'..='\u{b9}'
        | '\u{bb}'..='\u{bf}'
        | '×'
        | '÷'
        | '\u{2000}'..='\u{206f}'
        | '\u{2190}'..='\u{23ff}'
        | '\u{2500}'..='\u{27bf}'
        | '\u{3000}'..='\u{3004}'
        | '\u{3008}'..='\u{3020}'
        | '\u{fe0f}'
        | '！'..='＠'
        | '［'..='｀'
        | '｛'..='･'
        | '\u{1f300}'..='\u{1faff}' => Kind::Other,
        _ => return None,
    })
}

fn shifted(c: char, up: bool) -> char {
    let code = if up { c as u32 - 0x20 } else { c as u32 + 0x20 };
    char::from_u32(code).unwrap_or(c)
}

fn push_upper(out: &mut String, c: char, k: Kind) {
    match (k, c) {
        (Kind::Lower, 'ß') => out.push_str("SS"),
        (Kind::Lower, 'ÿ') => out.push('Ÿ'),
        (Kind::Lower, _) => out.push(shifted(c, true)),
        _ => out.push(c),
    }
}

fn push_lower(out: &mut String, c: char, k: Kind) {
    out.push(if k == Kind::Upper {
        shifted(c, false)
    } else {
        c
    });
}

/// Titlecase: uppercase, except `ß` becomes `Ss`.
fn push_title(out: &mut String, c: char, k: Kind) {
    if c == 'ß' {
        out.push_str("Ss");
    } else {
        push_upper(out, c, k);
    }
}

/// `s.method()` for the case methods named in the module docs.
pub(crate) fn str_case(s: &str, method: &str) -> Result<Value, Thrown> {
    let mut kinds = Vec::with_capacity(s.len());
    for c in s.chars() {
        let k = kind(c)
            .ok_or_else(|| Thrown::unsupported(format!("str.{method}() on the character '{c}'")))?;
        kinds.push((c, k));
    }
    let has = |want: Kind| kinds.iter().any(|&(_, k)| k == want);
    match method {
        "isalpha" => return Ok(Value::Bool(!kinds.is_empty() && !has(Kind::Other))),
        "isupper" => return Ok(Value::Bool(has(Kind::Upper) && !has(Kind::Lower))),
        "islower" => return Ok(Value::Bool(has(Kind::Lower) && !has(Kind::Upper))),
        _ => {}
    }
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &(c, k)) in kinds.iter().enumerate() {
        match method {
            "upper" => push_upper(&mut out, c, k),
            "lower" => push_lower(&mut out, c, k),
            "swapcase" if k == Kind::Upper => push_lower(&mut out, c, k),
            "swapcase" => push_upper(&mut out, c, k),
            "capitalize" if i == 0 => push_title(&mut out, c, k),
            "capitalize" => push_lower(&mut out, c, k),
            // title: a letter after a cased one is lowered, others titled.
            _ if prev_cased => push_lower(&mut out, c, k),
            _ => push_title(&mut out, c, k),
        }
        prev_cased = matches!(k, Kind::Upper | Kind::Lower);
    }
    Ok(Value::str(&out))
}

/// Whether `c` is part of a name (`Some(true)`) or not (`Some(false)`),
/// or `None` where the answer needs Unicode's tables or NFKC (which Python
/// applies to names: `ｘ` is `x`).
pub(super) fn identifier_char(c: char) -> Option<bool> {
    match c {
        '0'..='9' | '_' => Some(true),
        // Non-letters that may continue a name, and letters NFKC changes.
        '\u{b7}'
        | '\u{203f}'
        | '\u{2040}'
        | '\u{2054}'
        | '\u{fe0f}'
        | '０'..='９'
        | '＿'
        | '･'
        | 'Ａ'..='Ｚ'
        | 'ａ'..='ｚ'
        | '\u{1100}'..='\u{11ff}'
        | '\u{3131}'..='\u{318e}' => None,
        _ => kind(c).map(|k| k != Kind::Other),
    }
}
