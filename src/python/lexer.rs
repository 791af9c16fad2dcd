//! Python source to tokens: names, numbers, strings (with their prefixes
//! resolved), operators, and the NEWLINE / INDENT / DEDENT tokens that carry
//! Python's block structure. Lines inside brackets join implicitly and a
//! trailing `\` joins explicitly, as in CPython's tokenizer. F-strings come
//! out as one token holding their raw body: the parser splits them.

use std::rc::Rc;

use super::case::identifier_char;
use super::error::{Parsed, PyError};
use super::parse_float::parse_float;

/// One token's kind and payload.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(Rc<str>),
    Int(i64),
    Float(f64),
    /// A plain string literal, escapes already resolved.
    Str(String),
    /// An f-string's body as written, with whether it was raw.
    FStr {
        body: String,
        raw: bool,
    },
    /// Operators and punctuation: `+`, `**=`, `(`, `->`, …
    Op(&'static str),
    Newline,
    Indent,
    Dedent,
    Eof,
}

/// A token and where it starts (1-based line).
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub line: u32,
}

const OPS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
    ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", "%", "&", "(", ")", "*", "+", ",", "-",
    ".", "/", ":", ";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}", "~",
];

/// CPython's tokenizer refuses more than 200 open brackets.
const MAX_BRACKETS: usize = 200;

/// Splits `src` into tokens.
///
/// # Errors
/// `SyntaxError` / `IndentationError` as CPython reports them, and
/// "not supported" for literals outside the subset (bytes, complex numbers,
/// integers beyond 64 bits).
pub fn tokenize(src: &str) -> Parsed<Vec<Token>> {
    Lexer {
        src,
        pos: 0,
        line: 1,
        tokens: Vec::new(),
        indents: vec![0],
        brackets: Vec::new(),
    }
    .run()
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    line: u32,
    tokens: Vec<Token>,
    indents: Vec<usize>,
    brackets: Vec<(char, u32)>,
}

impl Lexer<'_> {
    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.src[self.pos..].chars().nth(n)
    }

    fn push(&mut self, tok: Tok, line: u32) {
        self.tokens.push(Token { tok, line });
    }

    fn syntax(&self, msg: &str) -> Box<PyError> {
        PyError::syntax("SyntaxError", msg, self.line)
    }

    /// A character outside strings and comments whose place in a name
    /// needs Unicode's tables (see `case::identifier_char`).
    fn unknown_char(&self, c: char) -> Box<PyError> {
        PyError::unsupported(&format!("the character '{c}' outside strings"), self.line)
    }

    fn run(mut self) -> Parsed<Vec<Token>> {
        let mut at_line_start = true;
        loop {
            if at_line_start && self.brackets.is_empty() {
                if !self.indentation()? {
                    break;
                }
                at_line_start = false;
            }
            let Some(c) = self.peek() else { break };
            match c {
                ' ' | '\t' | '\x0c' => self.pos += 1,
                '#' => {
                    while let Some(c) = self.peek() {
                        if c == '\n' {
                            break;
                        }
                        self.pos += c.len_utf8();
                    }
                }
                '\r' | '\n' => {
                    self.newline_char();
                    if self.brackets.is_empty() {
                        let line = self.line - 1;
                        self.push(Tok::Newline, line);
                        at_line_start = true;
                    }
                }
                '\\' => {
                    self.pos += 1;
                    match self.peek() {
                        Some('\n' | '\r') => self.newline_char(),
                        None => return Err(self.syntax("unexpected EOF while parsing")),
                        Some(_) => {
                            return Err(self
                                .syntax("unexpected character after line continuation character"))
                        }
                    }
                }
                c if c.is_ascii_digit()
                    || (c == '.' && self.peek_at(1).is_some_and(|d| d.is_ascii_digit())) =>
                {
                    self.number()?
                }
                '\'' | '"' => self.string("")?,
                c => match identifier_char(c) {
                    Some(true) => self.name_or_string()?,
                    Some(false) => self.op()?,
                    None => return Err(self.unknown_char(c)),
                },
            }
        }
        if let Some(&(open, line)) = self.brackets.last() {
            return Err(PyError::syntax(
                "SyntaxError",
                &format!("'{open}' was never closed"),
                line,
            ));
        }
        let line = self.line;
        if !matches!(
            self.tokens.last().map(|t| &t.tok),
            None | Some(Tok::Newline)
        ) {
            self.push(Tok::Newline, line);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Tok::Dedent, line);
        }
        self.push(Tok::Eof, line);
        Ok(self.tokens)
    }

    fn newline_char(&mut self) {
        if self.peek() == Some('\r') {
            self.pos += 1;
            if self.peek() == Some('\n') {
                self.pos += 1;
            }
        } else {
            self.pos += 1;
        }
        self.line += 1;
    }

    /// Measures a logical line's indentation and emits INDENT/DEDENT.
    /// Returns false at the end of input.
    fn indentation(&mut self) -> Parsed<bool> {
        loop {
            let mut width = 0;
            while let Some(c) = self.peek() {
                match c {
                    ' ' => width += 1,
                    '\t' => width = (width / 8 + 1) * 8,
                    '\x0c' => width = 0,
                    _ => break,
                }
                self.pos += 1;
            }
            match self.peek() {
                None => return Ok(false),
                Some('#') => {
                    while let Some(c) = self.peek() {
                        if c == '\n' || c == '\r' {
                            break;
                        }
                        self.pos += c.len_utf8();
                    }
                }
                Some('\n' | '\r') => self.newline_char(),
                Some('\\') if matches!(self.peek_at(1), Some('\n' | '\r')) => return Ok(true),
                Some(_) => {
                    let current = self.indents.last().copied().unwrap_or(0);
                    if width > current {
                        if self.tokens.is_empty() {
                            return Err(PyError::syntax(
                                "IndentationError",
                                "unexpected indent",
                                self.line,
                            ));
                        }
                        self.indents.push(width);
                        self.push(Tok::Indent, self.line);
                    } else {
                        while width < self.indents.last().copied().unwrap_or(0) {
                            self.indents.pop();
                            self.push(Tok::Dedent, self.line);
                        }
                        if width != self.indents.last().copied().unwrap_or(0) {
                            return Err(PyError::syntax(
                                "IndentationError",
                                "unindent does not match any outer indentation level",
                                self.line,
                            ));
                        }
                    }
                    return Ok(true);
                }
            }
        }
    }

    fn op(&mut self) -> Parsed<()> {
        let rest = &self.src[self.pos..];
        let Some(op) = OPS.iter().find(|op| rest.starts_with(**op)) else {
            let c = rest.chars().next().unwrap_or(' ');
            return Err(if c == '$' || c == '?' || c == '`' || c == '!' {
                self.syntax("invalid syntax")
            } else {
                self.syntax(&format!("invalid character '{c}' (U+{:04X})", c as u32))
            });
        };
        self.pos += op.len();
        match *op {
            "(" | "[" | "{" => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(self.syntax("too many nested parentheses"));
                }
                self.brackets
                    .push((op.chars().next().unwrap_or('('), self.line));
            }
            ")" | "]" | "}" => {
                let close = op.chars().next().unwrap_or(')');
                match self.brackets.pop() {
                    None => return Err(self.syntax(&format!("unmatched '{close}'"))),
                    Some((open, line)) => {
                        let expected = match open {
                            '(' => ')',
                            '[' => ']',
                            _ => '}',
                        };
                        if expected != close {
                            let msg = if line == self.line {
                                format!(
                                    "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                                )
                            } else {
                                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {line}")
                            };
                            return Err(self.syntax(&msg));
                        }
                    }
                }
            }
            _ => {}
        }
        let line = self.line;
        self.push(Tok::Op(op), line);
        Ok(())
    }

    fn name_or_string(&mut self) -> Parsed<()> {
        let start = self.pos;
        while let Some(c) = self.peek() {
            match identifier_char(c) {
                Some(true) => self.pos += c.len_utf8(),
                Some(false) => break,
                None => return Err(self.unknown_char(c)),
            }
        }
        let word = &self.src[start..self.pos];
        if matches!(self.peek(), Some('\'' | '"')) && word.len() <= 2 {
            let prefix = word.to_ascii_lowercase();
            if matches!(
                prefix.as_str(),
                "r" | "f" | "u" | "rf" | "fr" | "b" | "br" | "rb"
            ) {
                return self.string(&prefix);
            }
        }
        let line = self.line;
        self.push(Tok::Name(word.into()), line);
        Ok(())
    }

    fn number(&mut self) -> Parsed<()> {
        let start = self.pos;
        let line = self.line;
        let rest = &self.src[start..];
        let radix = match rest.get(..2).map(str::to_ascii_lowercase).as_deref() {
            Some("0x") => 16,
            Some("0o") => 8,
            Some("0b") => 2,
            _ => 10,
        };
        if radix != 10 {
            self.pos += 2;
            let digits_start = self.pos;
            while let Some(c) = self.peek() {
                if c.is_ascii_alphanumeric() || c == '_' {
                    self.pos += 1;
                } else {
                    break;
                }
            }
            let digits: String = self.src[digits_start..self.pos]
                .chars()
                .filter(|c| *c != '_')
                .collect();
            return match i64::from_str_radix(&digits, radix) {
                Ok(n) if !digits.is_empty() => {
                    self.push(Tok::Int(n), line);
                    Ok(())
                }
                Err(e) if matches!(e.kind(), std::num::IntErrorKind::PosOverflow) => {
                    Err(PyError::unsupported("integers beyond 64 bits", line))
                }
                _ => Err(self.syntax("invalid syntax")),
            };
        }
        let mut is_float = false;
        while let Some(c) = self.peek() {
            match c {
                '0'..='9' | '_' => self.pos += 1,
                '.' if !is_float => {
                    is_float = true;
                    self.pos += 1;
                }
                'e' | 'E' => {
                    let sign = matches!(self.peek_at(1), Some('+' | '-'));
                    let digit_at = if sign { 2 } else { 1 };
                    if !self.peek_at(digit_at).is_some_and(|d| d.is_ascii_digit()) {
                        break;
                    }
                    is_float = true;
                    self.pos += digit_at + 1;
                    while self.peek().is_some_and(|d| d.is_ascii_digit() || d == '_') {
                        self.pos += 1;
                    }
                    break;
                }
                _ => break,
            }
        }
        if matches!(self.peek(), Some('j' | 'J')) {
            return Err(PyError::unsupported("complex numbers", line));
        }
        if let Some(c) = self.peek() {
            match identifier_char(c) {
                Some(true) => return Err(self.syntax("invalid decimal literal")),
                None => return Err(self.unknown_char(c)),
                Some(false) => {}
            }
        }
        let text: String = self.src[start..self.pos]
            .chars()
            .filter(|c| *c != '_')
            .collect();
        if is_float {
            let value = parse_float(&text).ok_or_else(|| self.syntax("invalid syntax"))?;
            self.push(Tok::Float(value), line);
        } else {
            if text.len() > 1 && text.starts_with('0') && text.chars().any(|c| c != '0') {
                return Err(self.syntax(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                ));
            }
            match text.parse::<i64>() {
                Ok(n) => self.push(Tok::Int(n), line),
                Err(_) => return Err(PyError::unsupported("integers beyond 64 bits", line)),
            }
        }
        Ok(())
    }

    fn string(&mut self, prefix: &str) -> Parsed<()> {
        let line = self.line;
        if prefix.contains('b') {
            return Err(PyError::unsupported("bytes literals", line));
        }
        let raw = prefix.contains('r');
        let fstring = prefix.contains('f');
        let quote = self.peek().unwrap_or('"');
        let triple = self.src[self.pos..].starts_with(&quote.to_string().repeat(3));
        self.pos += if triple { 3 } else { 1 };
        let body_start = self.pos;
        loop {
            let Some(c) = self.peek() else {
                return Err(PyError::syntax(
                    "SyntaxError",
                    if triple {
                        "unterminated triple-quoted string literal"
                    } else {
                        "unterminated string literal"
                    },
                    line,
                ));
            };
            if c == '\\' {
                self.pos += 1;
                match self.peek() {
                    Some('\n' | '\r') => self.newline_char(),
                    Some(c) => self.pos += c.len_utf8(),
                    None => {}
                }
                continue;
            }
            if c == '\n' || c == '\r' {
                if !triple {
                    return Err(PyError::syntax(
                        "SyntaxError",
                        "unterminated string literal",
                        line,
                    ));
                }
                self.newline_char();
                continue;
            }
            if c == quote
                && (!triple || self.src[self.pos..].starts_with(&quote.to_string().repeat(3)))
            {
                break;
            }
            self.pos += c.len_utf8();
        }
        let body = self.src[body_start..self.pos].replace("\r\n", "\n");
        self.pos += if triple { 3 } else { 1 };
        let tok = if fstring {
            Tok::FStr { body, raw }
        } else if raw {
            Tok::Str(body)
        } else {
            Tok::Str(unescape(&body, line)?)
        };
        // Adjacent literals concatenate; an f-string joins as an f-string.
        match (self.tokens.last_mut(), tok) {
            (
                Some(Token {
                    tok: Tok::Str(prev),
                    ..
                }),
                Tok::Str(next),
            ) => prev.push_str(&next),
            (
                Some(Token {
                    tok:
                        Tok::FStr {
                            body: prev,
                            raw: prev_raw,
                        },
                    ..
                }),
                Tok::Str(next),
            ) => {
                let _ = prev_raw;
                prev.push_str(&next.replace('{', "{{").replace('}', "}}"));
            }
            (
                Some(
                    last @ Token {
                        tok: Tok::Str(_), ..
                    },
                ),
                Tok::FStr { body, raw },
            ) => {
                let Tok::Str(prev) = &last.tok else {
                    return Ok(());
                };
                if raw {
                    return Err(PyError::unsupported(
                        "raw f-strings joined to other strings",
                        line,
                    ));
                }
                let joined = format!("{}{}", prev.replace('{', "{{").replace('}', "}}"), body);
                last.tok = Tok::FStr {
                    body: joined,
                    raw: false,
                };
            }
            (
                Some(Token {
                    tok: Tok::FStr { raw: true, .. },
                    ..
                }),
                Tok::FStr { .. },
            )
            | (
                Some(Token {
                    tok: Tok::FStr { .. },
                    ..
                }),
                Tok::FStr { raw: true, .. },
            ) => {
                return Err(PyError::unsupported(
                    "raw f-strings joined to other strings",
                    line,
                ));
            }
            (
                Some(Token {
                    tok: Tok::FStr { body: prev, .. },
                    ..
                }),
                Tok::FStr { body, .. },
            ) => {
                prev.push_str(&body);
            }
            (_, tok) => self.push(tok, line),
        }
        Ok(())
    }
}

/// Resolves backslash escapes as CPython does for a non-raw literal.
///
/// # Errors
/// Malformed `\x` / `\u` escapes (SyntaxError) and `\N{…}` (not supported).
pub fn unescape(body: &str, line: u32) -> Parsed<String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut n = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            n = n * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let len = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut n = 0u32;
                for i in 0..len {
                    match chars.peek().and_then(|d| d.to_digit(16)) {
                        Some(d) => {
                            n = n.wrapping_mul(16).wrapping_add(d);
                            chars.next();
                        }
                        None => {
                            let kind = if e == 'x' {
                                "\\xXX"
                            } else if e == 'u' {
                                "\\uXXXX"
                            } else {
                                "\\UXXXXXXXX"
                            };
                            let _ = i;
                            return Err(PyError::syntax(
                                "SyntaxError",
                                &format!("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-{}: truncated {kind} escape", i + 1),
                                line,
                            ));
                        }
                    }
                }
                match char::from_u32(n) {
                    Some(c) => out.push(c),
                    None => return Err(PyError::unsupported("this \\U escape", line)),
                }
            }
            'N' => return Err(PyError::unsupported("\\N{...} escapes", line)),
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        tokenize(src)
            .map(|t| t.into_iter().map(|t| t.tok).collect())
            .unwrap_or_default()
    }

    #[test]
    fn tokens() {
        let name = |s: &str| Tok::Name(s.into());
        let cases: &[(&str, Vec<Tok>)] = &[
            (
                "x = 1\n",
                vec![name("x"), Tok::Op("="), Tok::Int(1), Tok::Newline, Tok::Eof],
            ),
            (
                "1_000 0x1F 1.5e3 .5",
                vec![
                    Tok::Int(1000),
                    Tok::Int(31),
                    Tok::Float(1500.0),
                    Tok::Float(0.5),
                    Tok::Newline,
                    Tok::Eof,
                ],
            ),
            (
                "'a\\n' \"b\"",
                vec![Tok::Str("a\nb".into()), Tok::Newline, Tok::Eof],
            ),
            (
                "r'a\\n'",
                vec![Tok::Str("a\\n".into()), Tok::Newline, Tok::Eof],
            ),
            (
                "f'{x}'",
                vec![
                    Tok::FStr {
                        body: "{x}".into(),
                        raw: false,
                    },
                    Tok::Newline,
                    Tok::Eof,
                ],
            ),
            (
                "(1,\n 2)",
                vec![
                    Tok::Op("("),
                    Tok::Int(1),
                    Tok::Op(","),
                    Tok::Int(2),
                    Tok::Op(")"),
                    Tok::Newline,
                    Tok::Eof,
                ],
            ),
            (
                "a **= 2 # c",
                vec![
                    name("a"),
                    Tok::Op("**="),
                    Tok::Int(2),
                    Tok::Newline,
                    Tok::Eof,
                ],
            ),
            (
                "if x:\n    y\nz",
                vec![
                    name("if"),
                    name("x"),
                    Tok::Op(":"),
                    Tok::Newline,
                    Tok::Indent,
                    name("y"),
                    Tok::Newline,
                    Tok::Dedent,
                    name("z"),
                    Tok::Newline,
                    Tok::Eof,
                ],
            ),
            (
                "x = 1 + \\\n 2",
                vec![
                    name("x"),
                    Tok::Op("="),
                    Tok::Int(1),
                    Tok::Op("+"),
                    Tok::Int(2),
                    Tok::Newline,
                    Tok::Eof,
                ],
            ),
            (
                "'''a\nb'''",
                vec![Tok::Str("a\nb".into()), Tok::Newline, Tok::Eof],
            ),
            (
                "'\\x41\\u00e9'",
                vec![Tok::Str("Aé".into()), Tok::Newline, Tok::Eof],
            ),
        ];
        for (src, expected) in cases {
            assert_eq!(&toks(src), expected, "{src:?}");
        }
    }

    #[test]
    fn errors() {
        let cases: &[(&str, &str, u32)] = &[
            ("x = (1,", "SyntaxError: '(' was never closed", 1),
            ("  x", "IndentationError: unexpected indent", 1),
            (
                "if x:\n    a\n  b",
                "IndentationError: unindent does not match any outer indentation level",
                3,
            ),
            ("'abc", "SyntaxError: unterminated string literal", 1),
            (
                "x = 99999999999999999999",
                "not supported in the playground: integers beyond 64 bits",
                1,
            ),
            ("b'x'", "not supported in the playground: bytes literals", 1),
            ("x)", "SyntaxError: unmatched ')'", 1),
            (
                &"(".repeat(300),
                "SyntaxError: too many nested parentheses",
                1,
            ),
        ];
        for (src, msg, line) in cases {
            let err = tokenize(src).err();
            assert_eq!(
                err.as_ref().map(|e| (e.last_line(), e.line)),
                Some((msg.to_string(), *line)),
                "{src:?}"
            );
        }
    }
}
