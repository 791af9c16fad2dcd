//! What a Django template produces and what a learner sees of it:
//! autoescaping on output, and the page's visible text (tags removed,
//! entities decoded, one entry per non-blank line).
//!
//! Also finds the line of a template or view source that an expression
//! comes from, so each query can point at its origin.

use std::sync::Arc;

use crate::query_log::{Origin, OriginKind};

/// Django's `escape()`: `& < > " '`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

/// The visible text of rendered HTML, as the reference script computes it:
/// tags (`<[^>]+>`) removed, entities decoded once, split on `\n`, each
/// line stripped (Python's `str.strip`), blank lines dropped.
pub fn visible_text(html: &str) -> Vec<String> {
    let stripped = strip_tags(html);
    let text = unescape(&stripped);
    text.split('\n')
        .map(|line| line.trim_matches(is_python_space).to_owned())
        .filter(|line| !line.is_empty())
        .collect()
}

/// Python's `str.isspace()`: Unicode whitespace plus the ASCII separators
/// U+001C to U+001F.
fn is_python_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `re.sub(r"<[^>]+>", "", html)`.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('>') {
            // `[^>]+` needs at least one character between the brackets.
            Some(close) if close > 0 => rest = &after[close + 1..],
            _ => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `html.unescape` for the entities Django's escaping and our templates
/// produce: the five named ones and numeric references, in one pass.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let (decoded, used) = decode_entity(after);
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character of the entity at the start of `text` (after `&`) and the
/// bytes it used, including the `;`.
fn decode_entity(text: &str) -> (Option<char>, usize) {
    let named = [
        ("amp;", '&'),
        ("lt;", '<'),
        ("gt;", '>'),
        ("quot;", '"'),
        ("apos;", '\''),
        ("nbsp;", '\u{a0}'),
    ];
    for (name, c) in named {
        if text.starts_with(name) {
            return (Some(c), name.len());
        }
    }
    if let Some(number) = text.strip_prefix('#') {
        let (digits, radix, skip) = match number.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 2),
            None => (number, 10, 1),
        };
        let len = digits.chars().take_while(|c| c.is_digit(radix)).count();
        if len > 0 && digits[len..].starts_with(';') {
            if let Some(c) = u32::from_str_radix(&digits[..len], radix)
                .ok()
                .and_then(char::from_u32)
            {
                return (Some(c), skip + len + 1);
            }
        }
    }
    (None, 0)
}

/// A view or template source shown to the learner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub kind: OriginKind,
    pub text: &'static str,
}

impl Source {
    /// The origin of a query caused by `snippet`: the first line of the
    /// source containing it (line 0 if the source does not, which the
    /// scenario tests rule out).
    pub fn origin(&self, snippet: &'static str) -> Origin {
        self.origin_in("", snippet)
    }

    /// Like [`Source::origin`], looking only from the first line that
    /// contains `scope` on (`def follow(` when two views share a file).
    pub fn origin_in(&self, scope: &str, snippet: &'static str) -> Origin {
        let start = self
            .text
            .lines()
            .position(|l| l.contains(scope))
            .unwrap_or(0);
        let line = self
            .text
            .lines()
            .enumerate()
            .skip(start)
            .find(|(_, l)| l.contains(snippet))
            .map(|(i, _)| i as u32 + 1)
            .unwrap_or(0);
        Origin {
            kind: self.kind,
            line,
            snippet: Arc::from(snippet),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_like_the_reference_script() {
        let html = "<h1>&lt;b&gt;해커&lt;/b&gt;님의 프로필</h1>\n<div>\n  팔로잉 : 1 / 팔로워 : 2\n</div>\n\n  <p>&amp;lt;b&amp;gt; 는 \t문자</p>\n<button>Follow</button>";
        assert_eq!(
            visible_text(html),
            [
                "<b>해커</b>님의 프로필",
                "팔로잉 : 1 / 팔로워 : 2",
                "&lt;b&gt; 는 \t문자",
                "Follow"
            ]
        );
    }

    #[test]
    fn escaping_round_trips_through_visible_text() {
        let cases = [
            "<script>alert(1)</script>",
            "'따옴표' \"q\"",
            "&amp; & <",
            "a <> b",
        ];
        for case in cases {
            assert_eq!(visible_text(&format!("<p>{}</p>", escape(case))), [case]);
        }
    }

    #[test]
    fn origins_find_their_line() {
        let source = Source {
            kind: OriginKind::Template,
            text: "{% for a in articles %}\n  <p>{{ a.user.username }}</p>\n{% endfor %}",
        };
        assert_eq!(source.origin("a.user.username").line, 2);
        assert_eq!(source.origin("missing").line, 0);
    }
}
