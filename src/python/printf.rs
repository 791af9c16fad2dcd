//! printf-style string formatting, `'%s: %5.2f' % (name, price)`, as
//! CPython 3.11's `PyUnicode_Format` does it: the conversions
//! `s r a d i u o x X e E f F g G c %`, the flags `- + space # 0`, widths
//! and precisions (also `*`), `%(key)s` with a mapping, a tuple or a
//! single value on the right, and CPython's errors word for word (`not all
//! arguments converted during string formatting`, `not enough arguments
//! for format string`, `%d format: a real number is required, not str`).
//!
//! Owns this one operator because learners meet it in older Django
//! tutorials and Stack Overflow answers; the float digit rules it shares
//! with `format()` live here too ([`float_exp`], [`float_general`]).

use std::fmt::Write;

use super::host::{Host, Thrown};
use super::value::{Builtin, Value};
use super::vm::{as_int, check_size, Vm};

/// Where the next argument comes from, as CPython's formatter tracks it:
/// a tuple's items (`len` of them), or one value (`len` is -1, index -2).
struct Args {
    items: Vec<Value>,
    len: isize,
    index: isize,
}

impl Args {
    fn of(right: &Value) -> Args {
        match right {
            Value::Tuple(t) => Args {
                items: t.to_vec(),
                len: isize::try_from(t.len()).unwrap_or(isize::MAX),
                index: 0,
            },
            one => Args::single(one.clone()),
        }
    }

    fn single(v: Value) -> Args {
        Args {
            items: vec![v],
            len: -1,
            index: -2,
        }
    }

    fn next(&mut self) -> Result<Value, Thrown> {
        if self.index >= self.len {
            return Err(Thrown::type_error("not enough arguments for format string"));
        }
        let at = if self.len < 0 { 0 } else { self.index };
        self.index += 1;
        Ok(usize::try_from(at)
            .ok()
            .and_then(|i| self.items.get(i))
            .cloned()
            .unwrap_or(Value::None))
    }
}

/// One conversion's flags, width and precision.
#[derive(Default)]
struct Conv {
    left: bool,
    plus: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

/// The characters of a format after a `%`, with their positions (CPython
/// reports the index of a bad conversion character).
struct Cursor<'a> {
    chars: std::iter::Peekable<std::iter::Enumerate<std::str::Chars<'a>>>,
    /// Index just past the last character taken.
    pos: usize,
}

impl Cursor<'_> {
    fn take(&mut self) -> Result<char, Thrown> {
        let (i, c) = self
            .chars
            .next()
            .ok_or_else(|| Thrown::value_error("incomplete format"))?;
        self.pos = i + 1;
        Ok(c)
    }

    /// Digits starting with `first` (already taken); returns the number
    /// and the character after them.
    fn number(&mut self, first: char) -> Result<(usize, char), Thrown> {
        let mut n = first.to_digit(10).unwrap_or(0) as usize;
        loop {
            let c = self.take()?;
            match c.to_digit(10) {
                Some(d) => {
                    n = n.saturating_mul(10).saturating_add(d as usize);
                }
                None => return Ok((n, c)),
            }
        }
    }
}

fn star_arg(args: &mut Args) -> Result<i64, Thrown> {
    as_int(&args.next()?).ok_or_else(|| Thrown::type_error("* wants int"))
}

impl Vm {
    /// `format % right`.
    pub(super) fn printf(
        &mut self,
        host: &mut dyn Host,
        format: &str,
        right: &Value,
    ) -> Result<Value, Thrown> {
        // CPython: any object with __getitem__ but a tuple or str is a
        // mapping for `%(key)s`, and then leftover arguments are no error.
        let mapping = match right {
            Value::Dict(_) | Value::List(_) | Value::Range(..) => Some(right),
            Value::Host(h) if host.is_subscriptable(h) => Some(right),
            _ => None,
        };
        let mut args = Args::of(right);
        let mut out = String::with_capacity(format.len());
        let mut cursor = Cursor {
            chars: format.chars().enumerate().peekable(),
            pos: 0,
        };
        while let Some((_, c)) = cursor.chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            if let Some((_, '%')) = cursor.chars.peek() {
                cursor.chars.next();
                out.push('%');
                continue;
            }
            self.conversion(host, &mut cursor, &mut args, mapping, &mut out)?;
            check_size(out.len())?;
        }
        if args.index < args.len && mapping.is_none() {
            return Err(Thrown::type_error(
                "not all arguments converted during string formatting",
            ));
        }
        Ok(Value::str(&out))
    }

    /// One `%…x` after its `%`: parses it, takes its argument, writes it.
    fn conversion(
        &mut self,
        host: &mut dyn Host,
        cursor: &mut Cursor,
        args: &mut Args,
        mapping: Option<&Value>,
        out: &mut String,
    ) -> Result<(), Thrown> {
        if let Some((_, '(')) = cursor.chars.peek() {
            cursor.chars.next();
            let key = mapping_key(cursor)?;
            let Some(map) = mapping else {
                return Err(Thrown::type_error("format requires a mapping"));
            };
            let value = self.get_item(host, map, &Value::str(&key))?;
            *args = Args::single(value);
        }
        let mut conv = Conv::default();
        let mut c = cursor.take()?;
        loop {
            match c {
                '-' => conv.left = true,
                '+' => conv.plus = true,
                ' ' => conv.blank = true,
                '#' => conv.alt = true,
                '0' => conv.zero = true,
                _ => break,
            }
            c = cursor.take()?;
        }
        if c == '*' {
            let w = star_arg(args)?;
            conv.left |= w < 0;
            conv.width = usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX);
            c = cursor.take()?;
        } else if c.is_ascii_digit() {
            (conv.width, c) = cursor.number(c)?;
        }
        if c == '.' {
            c = cursor.take()?;
            if c == '*' {
                conv.precision = Some(usize::try_from(star_arg(args)?.max(0)).unwrap_or(0));
                c = cursor.take()?;
            } else if c.is_ascii_digit() {
                let (p, next) = cursor.number(c)?;
                conv.precision = Some(p);
                c = next;
            } else {
                conv.precision = Some(0);
            }
        }
        if matches!(c, 'h' | 'l' | 'L') {
            c = cursor.take()?;
        }
        check_size(conv.width)?;
        check_size(conv.precision.unwrap_or(0))?;
        let value = args.next()?;
        // A number the host owns converts itself (`Decimal.__int__`,
        // `__float__`), as `%d` and `%f` call them.
        let value = match (&value, c) {
            (Value::Host(h), 'd' | 'i' | 'u' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G') => {
                let func = if matches!(c, 'd' | 'i' | 'u') {
                    Builtin::Int
                } else {
                    Builtin::Float
                };
                host.number(func, &h.clone(), None)?.unwrap_or(value)
            }
            _ => value,
        };
        let (text, numeric) = match c {
            's' | 'r' | 'a' => {
                let text = match c {
                    's' => self.str_of(host, &value)?,
                    'r' => self.repr_of(host, &value)?,
                    _ => ascii(&self.repr_of(host, &value)?),
                };
                let text = match conv.precision {
                    Some(p) => text.chars().take(p).collect(),
                    None => text,
                };
                (text, false)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (integer(c, &conv, &value)?, true),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => (real(c, &conv, &value)?, true),
            'c' => (character(&value)?, false),
            _ => {
                let shown = if (' '..='~').contains(&c) { c } else { '?' };
                return Err(Thrown::value_error(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {}",
                    c as u32,
                    cursor.pos - 1
                )));
            }
        };
        let prefixed = conv.alt && matches!(c, 'o' | 'x' | 'X');
        pad(out, &text, &conv, numeric, prefixed);
        Ok(())
    }
}

/// The key of `%(key)s`, with balanced parentheses inside.
fn mapping_key(cursor: &mut Cursor) -> Result<String, Thrown> {
    let mut depth = 1;
    let mut key = String::new();
    loop {
        let Some((_, c)) = cursor.chars.next() else {
            return Err(Thrown::value_error("incomplete format key"));
        };
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(key);
                }
            }
            _ => {}
        }
        key.push(c);
    }
}

/// `%d %i %u %o %x %X`: sign, `0x`/`0o` prefix (with `#`), digits padded
/// to the precision.
fn integer(c: char, conv: &Conv, value: &Value) -> Result<String, Thrown> {
    let wrong = |need: &str| {
        Thrown::type_error(format!(
            "%{c} format: {need} is required, not {}",
            value.type_name()
        ))
    };
    let (negative, magnitude) = match value {
        Value::Int(_) | Value::Bool(_) => {
            let n = as_int(value).unwrap_or(0);
            (n < 0, n.unsigned_abs())
        }
        Value::Float(f) if matches!(c, 'd' | 'i' | 'u') => {
            if f.is_nan() {
                return Err(Thrown::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(Thrown::new(
                    "OverflowError",
                    "cannot convert float infinity to integer",
                ));
            }
            let t = f.trunc();
            let digits = format!("{:.0}", t.abs());
            return Ok(with_precision(t < 0.0, "", &digits, conv));
        }
        Value::Float(_) => return Err(wrong("an integer")),
        _ if matches!(c, 'd' | 'i' | 'u') => return Err(wrong("a real number")),
        _ => return Err(wrong("an integer")),
    };
    let (prefix, digits) = match c {
        'o' => ("0o", format!("{magnitude:o}")),
        'x' => ("0x", format!("{magnitude:x}")),
        'X' => ("0X", format!("{magnitude:X}")),
        _ => ("", magnitude.to_string()),
    };
    let prefix = if conv.alt { prefix } else { "" };
    Ok(with_precision(negative, prefix, &digits, conv))
}

fn with_precision(negative: bool, prefix: &str, digits: &str, conv: &Conv) -> String {
    let zeros = conv.precision.unwrap_or(0).saturating_sub(digits.len());
    let mut s = String::with_capacity(prefix.len() + zeros + digits.len() + 1);
    if negative {
        s.push('-');
    }
    s.push_str(prefix);
    s.extend(std::iter::repeat_n('0', zeros));
    s.push_str(digits);
    s
}

/// `%e %E %f %F %g %G`.
fn real(c: char, conv: &Conv, value: &Value) -> Result<String, Thrown> {
    let f = match value {
        Value::Float(f) => *f,
        Value::Int(n) => *n as f64,
        Value::Bool(b) => f64::from(u8::from(*b)),
        other => {
            return Err(Thrown::type_error(format!(
                "must be real number, not {}",
                other.type_name()
            )))
        }
    };
    let p = conv.precision.unwrap_or(6);
    let a = f.abs();
    let body = if a.is_infinite() {
        "inf".to_string()
    } else if a.is_nan() {
        "nan".to_string()
    } else {
        match c.to_ascii_lowercase() {
            'e' => float_exp(a, p, conv.alt),
            'f' => {
                let mut s = format!("{a:.p$}");
                if conv.alt && p == 0 {
                    s.push('.');
                }
                s
            }
            _ => float_general(a, p, conv.alt),
        }
    };
    let body = if c.is_ascii_uppercase() {
        body.to_ascii_uppercase()
    } else {
        body
    };
    let negative = f.is_sign_negative() && !f.is_nan();
    Ok(if negative { format!("-{body}") } else { body })
}

/// `%c`: an int's character or a one-character string.
fn character(value: &Value) -> Result<String, Thrown> {
    match value {
        Value::Int(_) | Value::Bool(_) => {
            let n = as_int(value).unwrap_or(-1);
            match u32::try_from(n).ok().filter(|n| *n < 0x11_0000) {
                None => Err(Thrown::new(
                    "OverflowError",
                    "%c arg not in range(0x110000)",
                )),
                Some(n) => char::from_u32(n)
                    .map(String::from)
                    .ok_or_else(|| Thrown::unsupported("lone surrogate characters")),
            }
        }
        Value::Str(s) if s.chars().count() == 1 => Ok(s.to_string()),
        _ => Err(Thrown::type_error("%c requires int or char")),
    }
}

/// Writes `text` padded to the width as CPython does: the sign (and
/// `0x` prefix) before zero padding, spaces after with `-`.
fn pad(out: &mut String, text: &str, conv: &Conv, numeric: bool, prefixed: bool) {
    let (mut sign, mut body) = ("", text);
    if numeric {
        if let Some(rest) = text.strip_prefix('-') {
            (sign, body) = ("-", rest);
        } else if conv.plus {
            sign = "+";
        } else if conv.blank {
            sign = " ";
        }
    }
    let (prefix, body) = if prefixed {
        (body.get(..2).unwrap_or(""), body.get(2..).unwrap_or(""))
    } else {
        ("", body)
    };
    let len = sign.len() + prefix.len() + body.chars().count();
    let fill = conv.width.saturating_sub(len);
    if conv.left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if numeric && conv.zero {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
}

/// `ascii()` of a repr: every non-ASCII character escaped.
fn ascii(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        let _ = match n {
            0..=0x7f => {
                out.push(c);
                Ok(())
            }
            0x80..=0xff => write!(out, "\\x{n:02x}"),
            0x100..=0xffff => write!(out, "\\u{n:04x}"),
            _ => write!(out, "\\U{n:08x}"),
        };
    }
    out
}

/// A finite non-negative float in C's `%.{p}e` (`1.500000e+00`); `alt`
/// keeps the point when `p` is 0.
pub fn float_exp(a: f64, p: usize, alt: bool) -> String {
    let s = format!("{a:.p$e}");
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let point = if alt && p == 0 { "." } else { "" };
    format!(
        "{mantissa}{point}e{}{:02}",
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
}

/// A finite non-negative float in C's `%.{p}g`: `p` significant digits,
/// scientific when the exponent is below -4 or at least `p`, trailing
/// zeros dropped unless `alt`.
pub fn float_general(a: f64, p: usize, alt: bool) -> String {
    let p = p.max(1);
    let sci = float_exp(a, p - 1, false);
    let exp: i64 = sci
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    let p_i = i64::try_from(p).unwrap_or(i64::MAX);
    let (mut digits, exp_part) = if (-4..p_i).contains(&exp) {
        let decimals = usize::try_from(p_i - 1 - exp).unwrap_or(0);
        (format!("{a:.decimals$}"), String::new())
    } else {
        let (m, e) = sci.split_once('e').unwrap_or((&sci, "+00"));
        (m.to_string(), format!("e{e}"))
    };
    if alt {
        if !digits.contains('.') {
            digits.push('.');
        }
    } else if digits.contains('.') {
        let trimmed = digits.trim_end_matches('0').trim_end_matches('.');
        digits.truncate(trimmed.len());
    }
    digits + &exp_part
}
