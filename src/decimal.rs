//! Python's `decimal.Decimal` as a `DecimalField` needs it: parsing
//! (`Decimal(str)`), `Context.create_decimal_from_float`, `quantize`,
//! `str()`, and the default context's `+`, `-`, `*`, `/`, `//`, `%`,
//! comparisons and hashing (28 significant digits, rounded half-even).
//!
//! The coefficient is a string of decimal digits, so it has any length a
//! value needs (an `f64`'s exact expansion has up to 767 digits, a product
//! of two 28-digit coefficients 56) and every operation is exact before
//! the one rounding CPython's context applies. Hand-written rather than a
//! crate: the few operations here are small, a decimal crate costs the
//! page tens of KB it is already over budget by, and none follows CPython's
//! `str()` and context rules exactly. What CPython answers with its
//! context's traps (an exponent beyond ±999999) the functions here return
//! as `None`, for callers to refuse.

use std::cmp::Ordering;

/// A decimal as Python's `decimal.Decimal` holds it: sign, coefficient
/// digits (no leading zeros, `"0"` for zero) and exponent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decimal {
    negative: bool,
    digits: String,
    exponent: i64,
}

impl Decimal {
    /// `Decimal(str)`: whitespace around, decimal digits of any script,
    /// underscores between digits, an optional point and exponent; `None`
    /// for anything else or a value that is not finite (which
    /// `DecimalField` refuses too).
    pub fn parse(text: &str) -> Option<Decimal> {
        let ascii = crate::python::value::ascii_digits(text.trim())?;
        let t = crate::python::value::strip_underscores(&ascii)?;
        let (negative, body) = match t.as_bytes().first()? {
            b'-' => (true, &t[1..]),
            b'+' => (false, &t[1..]),
            _ => (false, &t[..]),
        };
        let (mantissa, exponent) = match body.find(['e', 'E']) {
            Some(at) => {
                let exp = &body[at + 1..];
                let digits = exp.strip_prefix(['+', '-']).unwrap_or(exp);
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                (&body[..at], exp.parse::<i64>().ok()?)
            }
            None => (body, 0),
        };
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        if whole.is_empty() && fraction.is_empty()
            || !whole
                .bytes()
                .chain(fraction.bytes())
                .all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let fraction_len = i64::try_from(fraction.len()).ok()?;
        Some(Decimal::new(
            negative,
            &format!("{whole}{fraction}"),
            exponent.checked_sub(fraction_len)?,
        ))
    }

    pub fn new(negative: bool, digits: &str, exponent: i64) -> Decimal {
        let trimmed = digits.trim_start_matches('0');
        Decimal {
            negative,
            digits: if trimmed.is_empty() { "0" } else { trimmed }.to_owned(),
            exponent,
        }
    }

    /// `Context(prec=precision).create_decimal_from_float(f)`: the exact
    /// binary value, rounded half-even to `precision` significant digits.
    pub fn from_float(f: f64, precision: usize) -> Decimal {
        // A whole number keeps every digit at exponent 0 (CPython's
        // `from_float` writes `n * 5**k` for `n / 2**k`, k = 0 here):
        // `Decimal(100.0)` is `Decimal('100')`, not `1E+2`.
        if f.fract() == 0.0 {
            let digits = format!("{:.0}", f.abs());
            return Decimal::new(f.is_sign_negative(), &digits, 0).round_to(precision);
        }
        // 800 digits hold any f64's exact expansion.
        let exact = format!("{:.800e}", f.abs());
        let (mantissa, exp) = exact.split_once('e').unwrap_or((&exact, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
        let significant = digits.trim_end_matches('0');
        let significant = if significant.is_empty() {
            "0"
        } else {
            significant
        };
        // digits[0] is at 10^exp, so the last significant digit is at:
        let last = exp - (i64::try_from(significant.len()).unwrap_or(0) - 1);
        let value = Decimal::new(f.is_sign_negative(), significant, last);
        value.round_to(precision)
    }

    /// Rounds half-even to at most `precision` significant digits.
    pub fn round_to(self, precision: usize) -> Decimal {
        let len = self.digits.len();
        if len <= precision || self.digits == "0" {
            return self;
        }
        let drop = len - precision;
        let exponent = self
            .exponent
            .saturating_add(i64::try_from(drop).unwrap_or(0));
        let kept = round_half_even(&self.digits[..precision], &self.digits[precision..]);
        // A carry (999.5 → 1000) makes one digit more: drop it again.
        if kept.len() > precision {
            let shortened = &kept[..precision];
            return Decimal::new(self.negative, shortened, exponent.saturating_add(1));
        }
        Decimal {
            negative: self.negative,
            digits: kept,
            exponent,
        }
    }

    /// `quantize(Decimal(1).scaleb(-places))` in a context of
    /// `max_digits` precision; `None` where Python raises
    /// `InvalidOperation` (the result needs more digits).
    pub fn quantize(&self, places: u32, max_digits: u32) -> Option<Decimal> {
        let target = -i64::from(places);
        let digits = if self.exponent >= target {
            let zeros = usize::try_from(self.exponent - target).ok()?;
            if zeros > 1000 {
                return None;
            }
            format!("{}{}", self.digits, "0".repeat(zeros))
        } else {
            let drop = usize::try_from(target - self.exponent).ok()?;
            if drop > self.digits.len() + 1 {
                // Every digit is below the first dropped one: rounds to 0
                // (without padding a value like 1E-999999999 out).
                return Some(Decimal::new(self.negative, "0", target));
            }
            let padded = if drop >= self.digits.len() {
                format!(
                    "{}{}",
                    "0".repeat(drop - self.digits.len() + 1),
                    self.digits
                )
            } else {
                self.digits.clone()
            };
            let keep = padded.len() - drop;
            round_half_even(&padded[..keep], &padded[keep..])
        };
        let value = Decimal::new(self.negative, &digits, target);
        (value.digits.len() <= usize::try_from(max_digits).ok()?).then_some(value)
    }

    /// `str(Decimal)`: Python's `to_sci_string`.
    pub fn to_sci_string(&self) -> String {
        let sign = if self.negative { "-" } else { "" };
        let len = i64::try_from(self.digits.len()).unwrap_or(0);
        let adjusted = self.adjusted();
        if self.exponent <= 0 && adjusted >= -6 {
            if self.exponent == 0 {
                return format!("{sign}{}", self.digits);
            }
            let point = len + self.exponent;
            return if point > 0 {
                let at = usize::try_from(point).unwrap_or(0);
                format!("{sign}{}.{}", &self.digits[..at], &self.digits[at..])
            } else {
                let zeros = usize::try_from(-point).unwrap_or(0);
                format!("{sign}0.{}{}", "0".repeat(zeros), self.digits)
            };
        }
        let (first, rest) = self.digits.split_at(1);
        let rest = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let exp_sign = if adjusted >= 0 { "+" } else { "" };
        format!("{sign}{first}{rest}E{exp_sign}{adjusted}")
    }
}

/// `kept` rounded by the dropped digits `rest`, half to even.
fn round_half_even(kept: &str, rest: &str) -> String {
    let mut rest_digits = rest.bytes();
    let first = rest_digits.next().unwrap_or(b'0');
    let beyond = rest_digits.any(|b| b != b'0');
    let last_odd = kept.bytes().last().is_some_and(|b| (b - b'0') % 2 == 1);
    let up = first > b'5' || first == b'5' && (beyond || last_odd);
    if !up {
        return kept.to_owned();
    }
    let mut bytes = kept.as_bytes().to_vec();
    let mut i = bytes.len();
    loop {
        if i == 0 {
            bytes.insert(0, b'1');
            break;
        }
        i -= 1;
        if bytes[i] == b'9' {
            bytes[i] = b'0';
        } else {
            bytes[i] += 1;
            break;
        }
    }
    String::from_utf8(bytes).unwrap_or_default()
}

/// `decimal.getcontext().prec`: the default context's 28 digits.
pub const PRECISION: usize = 28;

/// The default context's `Emax` (and `-Emin`): results beyond it trap.
const EMAX: i64 = 999_999;

/// How many zeros aligning two operands of `+`/`-` may add here; CPython
/// has a shortcut for operands further apart, which this leaves out.
const MAX_ALIGN: usize = 2_000;

impl Decimal {
    /// `Decimal(int)`: exact.
    pub fn from_int(n: i64) -> Decimal {
        Decimal::new(n < 0, &n.unsigned_abs().to_string(), 0)
    }

    /// `Decimal(float)` and comparisons with a float: the exact binary
    /// value, every digit of it.
    pub fn exact_float(f: f64) -> Option<Decimal> {
        f.is_finite().then(|| Decimal::from_float(f, usize::MAX))
    }

    /// `hash(Decimal)`: the value modulo 2**61 - 1 as numbers hash (equal
    /// to the hash of the `int` or `float` it equals).
    pub fn py_hash(&self) -> u64 {
        let modulus = u128::from(crate::python::pyset::MODULUS);
        let coefficient = self
            .digits
            .bytes()
            .fold(0u128, |acc, b| (acc * 10 + u128::from(b - b'0')) % modulus);
        crate::python::pyset::number_hash(self.negative, coefficient, 0, self.exponent)
    }

    /// The exponent of the last digit (`as_tuple().exponent`).
    pub fn exponent(&self) -> i64 {
        self.exponent
    }

    pub fn is_zero(&self) -> bool {
        self.digits == "0"
    }

    /// The exponent of the first digit (`adjusted()`).
    pub fn adjusted(&self) -> i64 {
        self.exponent
            .saturating_add(i64::try_from(self.digits.len()).unwrap_or(i64::MAX) - 1)
    }

    /// The numeric order (`Decimal('1.0') == Decimal('1')`, `-0 == 0`).
    pub fn cmp_value(&self, other: &Decimal) -> Ordering {
        let sign = |d: &Decimal| match (d.is_zero(), d.negative) {
            (true, _) => 0,
            (false, true) => -1,
            (false, false) => 1,
        };
        let (a, b) = (sign(self), sign(other));
        if a != b || a == 0 {
            return a.cmp(&b);
        }
        let magnitude = self.adjusted().cmp(&other.adjusted()).then_with(|| {
            // Same first-digit exponent: the digits compare as
            // fractions (trailing zeros do not matter).
            let (x, y) = (self.digits.as_bytes(), other.digits.as_bytes());
            let n = x.len().max(y.len());
            (0..n)
                .map(|i| {
                    let dx = x.get(i).copied().unwrap_or(b'0');
                    let dy = y.get(i).copied().unwrap_or(b'0');
                    dx.cmp(&dy)
                })
                .find(|o| o.is_ne())
                .unwrap_or(Ordering::Equal)
        });
        if a < 0 {
            magnitude.reverse()
        } else {
            magnitude
        }
    }

    /// The value as an `i64` when it is a whole number that fits.
    pub fn as_i64(&self) -> Option<i64> {
        let whole = if self.exponent >= 0 {
            if self.is_zero() {
                "0".to_owned()
            } else {
                let zeros = usize::try_from(self.exponent).ok().filter(|z| *z <= 20)?;
                format!("{}{}", self.digits, "0".repeat(zeros))
            }
        } else {
            let drop = usize::try_from(self.exponent.unsigned_abs()).ok()?;
            if drop >= self.digits.len() {
                if self.digits.bytes().any(|b| b != b'0') {
                    return None;
                }
                "0".to_owned()
            } else {
                let (head, tail) = self.digits.split_at(self.digits.len() - drop);
                if tail.bytes().any(|b| b != b'0') {
                    return None;
                }
                head.to_owned()
            }
        };
        let magnitude: i128 = whole.parse().ok()?;
        i64::try_from(if self.negative { -magnitude } else { magnitude }).ok()
    }

    /// `int(d)`: truncated toward zero, `None` beyond 64 bits.
    pub fn trunc_i64(&self) -> Option<i64> {
        if self.exponent >= 0 {
            return self.as_i64();
        }
        let drop = usize::try_from(self.exponent.unsigned_abs()).ok()?;
        let head = self
            .digits
            .get(..self.digits.len().saturating_sub(drop))
            .unwrap_or("");
        let whole = if head.is_empty() { "0" } else { head };
        Decimal::new(self.negative, whole, 0).as_i64()
    }

    /// `float(d)`: the nearest double (the interpreter's parser, which
    /// costs the page less than `str::parse`).
    pub fn to_f64(&self) -> f64 {
        crate::python::parse_float::parse_float(&self.to_sci_string()).unwrap_or(f64::NAN)
    }

    /// `d.normalize()`'s digits and exponent, with the sign: one text for
    /// every representation of the same value (hashing).
    pub fn normalized(&self) -> String {
        if self.is_zero() {
            return "0".into();
        }
        let trimmed = self.digits.trim_end_matches('0');
        let exponent = self.exponent + (self.digits.len() - trimmed.len()) as i64;
        let sign = if self.negative { "-" } else { "" };
        format!("{sign}{trimmed}e{exponent}")
    }

    /// The context's `_fix`: rounded to 28 digits; `None` beyond its
    /// exponents (±999999), where CPython traps an overflow or makes a
    /// subnormal or clamped value the playground does not.
    fn fixed(self) -> Option<Decimal> {
        let d = self.round_to(PRECISION);
        let ok = if d.is_zero() {
            d.exponent.unsigned_abs() <= EMAX as u64
        } else {
            d.adjusted().unsigned_abs() <= EMAX as u64
        };
        ok.then_some(d)
    }

    /// `a + b` in the default context.
    pub fn add(&self, other: &Decimal) -> Option<Decimal> {
        let exponent = self.exponent.min(other.exponent);
        let a = self.aligned(exponent)?;
        let b = other.aligned(exponent)?;
        let sum = if self.negative == other.negative {
            Decimal::new(self.negative, &add_digits(&a, &b), exponent)
        } else {
            match cmp_digits(&a, &b) {
                // Exact zero: negative only when both were (ROUND_HALF_EVEN).
                Ordering::Equal => Decimal::new(false, "0", exponent),
                Ordering::Greater => Decimal::new(self.negative, &sub_digits(&a, &b), exponent),
                Ordering::Less => Decimal::new(other.negative, &sub_digits(&b, &a), exponent),
            }
        };
        let both_negative_zero =
            self.is_zero() && other.is_zero() && self.negative && other.negative;
        Decimal {
            negative: sum.negative || both_negative_zero,
            ..sum
        }
        .fixed()
    }

    /// `a - b`: `a + b.copy_negate()`.
    pub fn sub(&self, other: &Decimal) -> Option<Decimal> {
        let negated = Decimal {
            negative: !other.negative,
            ..other.clone()
        };
        self.add(&negated)
    }

    /// `a * b` in the default context.
    pub fn mul(&self, other: &Decimal) -> Option<Decimal> {
        let exponent = self.exponent.checked_add(other.exponent)?;
        let product = Decimal::new(
            self.negative != other.negative,
            &mul_digits(&self.digits, &other.digits)?,
            exponent,
        );
        product.fixed()
    }

    /// `a / b` in the default context (CPython's `_pydecimal.__truediv__`:
    /// 28 digits and one more, a sticky last digit for an inexact
    /// quotient, trailing zeros dropped down to the ideal exponent of an
    /// exact one). `None` for a zero divisor (CPython raises
    /// `DivisionByZero` or `InvalidOperation`) or operands too long here.
    pub fn div(&self, other: &Decimal) -> Option<Decimal> {
        if other.is_zero() {
            return None;
        }
        let negative = self.negative != other.negative;
        let ideal = self.exponent.checked_sub(other.exponent)?;
        if self.is_zero() {
            return Decimal::new(negative, "0", ideal).fixed();
        }
        let (a, b) = (self.digits.len() as i64, other.digits.len() as i64);
        let shift = b - a + PRECISION as i64 + 1;
        let mut exponent = ideal.checked_sub(shift)?;
        let pad = |digits: &str, zeros: i64| {
            usize::try_from(zeros)
                .ok()
                .filter(|z| *z <= MAX_ALIGN)
                .map(|z| format!("{digits}{}", "0".repeat(z)))
        };
        let (dividend, divisor) = if shift >= 0 {
            (pad(&self.digits, shift)?, other.digits.clone())
        } else {
            (self.digits.clone(), pad(&other.digits, -shift)?)
        };
        if dividend.len().saturating_mul(divisor.len()) > 4_000_000 {
            return None;
        }
        let (mut coefficient, remainder) = divmod_digits(&dividend, &divisor);
        if remainder != "0" {
            // Inexact: a last digit of 0 or 5 becomes 1 or 6, so that the
            // rounding below sees the quotient is a bit more.
            if coefficient.ends_with(['0', '5']) {
                coefficient = add_digits(&coefficient, "1");
            }
        } else {
            while exponent < ideal && coefficient.len() > 1 && coefficient.ends_with('0') {
                coefficient.pop();
                exponent += 1;
            }
        }
        Decimal::new(negative, &coefficient, exponent).fixed()
    }

    /// `a // b`: the quotient truncated toward zero (not floored, unlike
    /// `int`'s). `None` for a zero divisor or a quotient beyond 28 digits
    /// (CPython's `DivisionImpossible`).
    pub fn floor_div(&self, other: &Decimal) -> Option<Decimal> {
        self.divide_integer(other).map(|(q, _)| q)
    }

    /// `a % b`: the remainder with the dividend's sign, rounded to the
    /// context. `None` as for [`Decimal::floor_div`].
    pub fn rem(&self, other: &Decimal) -> Option<Decimal> {
        self.divide_integer(other).and_then(|(_, r)| r.fixed())
    }

    /// CPython's `_pydecimal._divide`: the integer quotient and the
    /// remainder (not yet rounded) at the smaller exponent.
    fn divide_integer(&self, other: &Decimal) -> Option<(Decimal, Decimal)> {
        if other.is_zero() {
            return None;
        }
        let negative = self.negative != other.negative;
        let ideal = self.exponent.min(other.exponent);
        let expdiff = self.adjusted().checked_sub(other.adjusted())?;
        if self.is_zero() || expdiff <= -2 {
            let rest = Decimal::new(self.negative, &self.aligned(ideal)?, ideal);
            return Some((Decimal::new(negative, "0", 0), rest));
        }
        if expdiff > PRECISION as i64 {
            return None;
        }
        let (a, b) = (self.aligned(ideal)?, other.aligned(ideal)?);
        if a.len().saturating_mul(b.len()) > 4_000_000 {
            return None;
        }
        let (q, r) = divmod_digits(&a, &b);
        (q.len() <= PRECISION).then(|| {
            (
                Decimal::new(negative, &q, 0),
                Decimal::new(self.negative, &r, ideal),
            )
        })
    }

    /// `-d`: a zero comes out positive, as in CPython's default context.
    pub fn neg(&self) -> Option<Decimal> {
        Decimal {
            negative: !self.negative && !self.is_zero(),
            ..self.clone()
        }
        .fixed()
    }

    /// `abs(d)`.
    pub fn abs(&self) -> Option<Decimal> {
        Decimal {
            negative: false,
            ..self.clone()
        }
        .fixed()
    }

    /// `+d`: rounded to the context, a zero positive.
    pub fn plus(&self) -> Option<Decimal> {
        Decimal {
            negative: self.negative && !self.is_zero(),
            ..self.clone()
        }
        .fixed()
    }

    /// The coefficient's digits for `exponent` (not above this one's),
    /// without leading zeros (a zero stays `"0"`).
    fn aligned(&self, exponent: i64) -> Option<String> {
        if self.is_zero() {
            return Some("0".into());
        }
        let zeros = usize::try_from(self.exponent - exponent).ok()?;
        (zeros <= MAX_ALIGN).then(|| format!("{}{}", self.digits, "0".repeat(zeros)))
    }
}

/// Compares two digit strings without leading zeros as numbers.
fn cmp_digits(a: &str, b: &str) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

fn add_digits(a: &str, b: &str) -> String {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut out = Vec::with_capacity(a.len().max(b.len()) + 1);
    let mut carry = 0;
    for i in 0..a.len().max(b.len()) {
        let da = a.len().checked_sub(i + 1).map_or(0, |j| a[j] - b'0');
        let db = b.len().checked_sub(i + 1).map_or(0, |j| b[j] - b'0');
        let s = da + db + carry;
        out.push(b'0' + s % 10);
        carry = s / 10;
    }
    if carry > 0 {
        out.push(b'0' + carry);
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// `a - b` for `a >= b`.
fn sub_digits(a: &str, b: &str) -> String {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0;
    for i in 0..a.len() {
        let da = i16::from(a[a.len() - 1 - i] - b'0');
        let db = b
            .len()
            .checked_sub(i + 1)
            .map_or(0, |j| i16::from(b[j] - b'0'));
        let mut d = da - db - borrow;
        borrow = 0;
        if d < 0 {
            d += 10;
            borrow = 1;
        }
        out.push(b'0' + d as u8);
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// `divmod(a, b)` of two digit strings (`b` not zero), by long division.
fn divmod_digits(a: &str, b: &str) -> (String, String) {
    let trim = |s: String| {
        let t = s.trim_start_matches('0');
        if t.is_empty() {
            "0".to_owned()
        } else {
            t.to_owned()
        }
    };
    let mut remainder = String::from("0");
    let mut quotient = String::with_capacity(a.len());
    for digit in a.chars() {
        remainder = trim(format!("{remainder}{digit}"));
        let mut q = b'0';
        while cmp_digits(&remainder, b) != Ordering::Less {
            remainder = trim(sub_digits(&remainder, b));
            q += 1;
        }
        quotient.push(char::from(q));
    }
    (trim(quotient), remainder)
}

/// The digits of `a * b`; `None` past a size the playground keeps its
/// time for (schoolbook multiplication is quadratic).
fn mul_digits(a: &str, b: &str) -> Option<String> {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().saturating_mul(b.len()) > 4_000_000 {
        return None;
    }
    let mut acc = vec![0u64; a.len() + b.len()];
    for (i, x) in a.iter().rev().enumerate() {
        for (j, y) in b.iter().rev().enumerate() {
            acc[i + j] += u64::from(x - b'0') * u64::from(y - b'0');
        }
    }
    let mut carry = 0;
    let mut out = Vec::with_capacity(acc.len());
    for cell in acc {
        let v = cell + carry;
        out.push(b'0' + (v % 10) as u8);
        carry = v / 10;
    }
    out.reverse();
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::parse(text).expect("a decimal")
    }

    fn s(value: Option<Decimal>) -> String {
        value.map(|v| v.to_sci_string()).unwrap_or_default()
    }

    /// Each answer is CPython 3.11's (`tests/django_reference/python`).
    #[test]
    fn arithmetic_as_cpython_rounds_it() {
        assert_eq!(s(d("1.1").add(&d("2.20"))), "3.30");
        assert_eq!(s(d("1").sub(&d("1.00"))), "0.00");
        assert_eq!(s(d("-0").add(&d("-0.0"))), "-0.0");
        assert_eq!(s(d("-0").add(&d("0"))), "0");
        assert_eq!(s(d("12.345").mul(&d("3"))), "37.035");
        assert_eq!(s(d("-0").mul(&Decimal::from_int(5))), "-0");
        assert_eq!(s(d("0").mul(&d("-5.0"))), "-0.0");
        assert_eq!(
            s(d("1.0000000000000000000000000001").mul(&d("1.0000000000000000000000000001"))),
            "1.000000000000000000000000000"
        );
        assert_eq!(
            s(d("9999999999999999999999999999").add(&Decimal::from_int(1))),
            "1.000000000000000000000000000E+28"
        );
        assert_eq!(
            s(d("1E+30").add(&d("1"))),
            "1.000000000000000000000000000E+30"
        );
        assert_eq!(
            s(d("0.1").add(&d("1E-40"))),
            "0.1000000000000000000000000000"
        );
        assert_eq!(s(d("-0.00").neg()), "0.00");
        assert_eq!(s(d("-0").neg()), "0");
        assert_eq!(s(d("-2.50").abs()), "2.50");
        assert_eq!(
            s(d("1.00000000000000000000000000005").plus()),
            "1.000000000000000000000000000"
        );
        assert_eq!(s(d("3.50").sub(&d("3.5"))), "0.00");
        assert_eq!(s(d("5").sub(&d("7.25"))), "-2.25");
        // A zero operand with a larger exponent (found against CPython).
        assert_eq!(s(d("-032E-5").add(&Decimal::from_int(0))), "-0.00032");
        assert_eq!(s(Decimal::from_int(0).sub(&d("1.5"))), "-1.5");
        assert_eq!(s(d("0E+3").add(&d("-2"))), "-2");
        assert_eq!(
            s(d("123456789012345678901234567890").mul(&Decimal::from_int(1))),
            "1.234567890123456789012345679E+29"
        );
        assert_eq!(
            s(d("0.5").add(&d("0.49999999999999999999999999999"))),
            "1.000000000000000000000000000"
        );
        // Beyond the context's exponents CPython traps: refused here.
        assert_eq!(d("1E+999999").mul(&d("10")), None);
        // round(Decimal(x), n) is quantize in the default context.
        let q = |x: &str, places| d(x).quantize(places, 28).map(|v| v.to_sci_string());
        assert_eq!(q("2.675", 2).as_deref(), Some("2.68"));
        assert_eq!(q("-1.005", 2).as_deref(), Some("-1.00"));
        assert_eq!(q("0.004", 2).as_deref(), Some("0.00"));
        assert_eq!(q("-0.004", 2).as_deref(), Some("-0.00"));
        assert_eq!(q("1E-999999999", 0).as_deref(), Some("0"));
        assert_eq!(q("0.5", 0).as_deref(), Some("0"));
        assert_eq!(q("1", 30), None);
        // Division, as CPython divides.
        for (a, b, quotient) in [
            ("1", "3", "0.3333333333333333333333333333"),
            ("10", "4", "2.5"),
            ("7.00", "2", "3.50"),
            ("1", "8", "0.125"),
            ("-2", "3", "-0.6666666666666666666666666667"),
            ("0", "5.0", "0E+1"),
            ("100", "0.1", "1.00E+3"),
            ("1.5", "1.5", "1"),
            ("3.50", "2", "1.75"),
            ("1E+30", "3", "3.333333333333333333333333333E+29"),
            ("12", "4.0", "3"),
            ("0.00", "-7", "-0.00"),
            ("2", "0.0003", "6666.666666666666666666666667"),
            ("1234.5678", "0.01", "123456.78"),
            (
                "9999999999999999999999999999",
                "0.3",
                "3.333333333333333333333333333E+28",
            ),
        ] {
            assert_eq!(s(d(a).div(&d(b))), quotient, "{a} / {b}");
        }
        assert_eq!(d("1").div(&d("0.00")), None);
        // // truncates toward zero, % keeps the dividend's sign (CPython).
        for (a, b, quotient, remainder) in [
            ("7", "2", "3", "1"),
            ("-7", "2", "-3", "-1"),
            ("7", "-2", "-3", "1"),
            ("-7", "-2", "3", "-1"),
            ("7.5", "2", "3", "1.5"),
            ("1", "3", "0", "1"),
            ("1", "-3", "-0", "1"),
            ("0.001", "7", "0", "0.001"),
            ("12.345", "0.1", "123", "0.045"),
            ("-0", "5", "-0", "-0"),
            ("1E+3", "7", "142", "6"),
            ("5", "0.003", "1666", "0.002"),
            ("2.000", "0.5", "4", "0.000"),
            ("10", "3.00", "3", "1.00"),
        ] {
            assert_eq!(s(d(a).floor_div(&d(b))), quotient, "{a} // {b}");
            assert_eq!(s(d(a).rem(&d(b))), remainder, "{a} % {b}");
        }
        // CPython: InvalidOperation (DivisionImpossible).
        assert_eq!(d("100").floor_div(&d("1E-27")), None);
        // Exponents at i64's ends neither panic nor wrap.
        assert_eq!(Decimal::parse("1.5E-9223372036854775808"), None);
        assert_eq!(
            d("1E+9223372036854775807").to_sci_string(),
            "1E+9223372036854775807"
        );
    }

    #[test]
    fn comparisons_and_conversions_as_cpython_has_them() {
        let exact = |f: f64| Decimal::exact_float(f).map(|v| v.to_sci_string());
        assert_eq!(
            exact(0.1).as_deref(),
            Some("0.1000000000000000055511151231257827021181583404541015625")
        );
        assert_eq!(exact(-0.0).as_deref(), Some("-0"));
        // CPython: Decimal(1e20), Decimal(10.0), and Context(prec=15)'s
        // create_decimal_from_float of both.
        assert_eq!(exact(1e20).as_deref(), Some("100000000000000000000"));
        assert_eq!(exact(10.0).as_deref(), Some("10"));
        assert_eq!(
            Decimal::from_float(1e20, 15).to_sci_string(),
            "1.00000000000000E+20"
        );
        assert_eq!(Decimal::from_float(10.0, 15).to_sci_string(), "10");
        // Decimal('0.1') == 0.1 is False, Decimal('0.1') < 0.1 True.
        let tenth = Decimal::exact_float(0.1).expect("finite");
        assert_eq!(d("0.1").cmp_value(&tenth), Ordering::Less);
        assert_eq!(d("1.50").cmp_value(&d("1.5")), Ordering::Equal);
        assert_eq!(d("-0").cmp_value(&d("0.00")), Ordering::Equal);
        assert_eq!(d("-2").cmp_value(&d("-10")), Ordering::Greater);
        assert_eq!(d("0.3").cmp_value(&d("0.25")), Ordering::Greater);
        assert_eq!(d("2.000").as_i64(), Some(2));
        assert_eq!(d("-1E+3").as_i64(), Some(-1000));
        assert_eq!(d("2.5").as_i64(), None);
        assert_eq!(d("2.50").normalized(), d("2.5000").normalized());
        assert_eq!(d("1.5").to_f64(), 1.5);
    }
}
