//! Decimal text to the nearest `f64`, for float literals, `float(str)` and
//! `round(x, n)`: the same answers and the same accepted syntax as Rust's
//! `str::parse::<f64>` (so CPython's, correctly rounded, ties to even).
//!
//! Why not `str::parse`: it brings a 10 KB table of powers of five and its
//! own big-decimal code, about 9 KB of the page's gzipped download, for
//! what is a rare path here. This one takes the exact fast path when it
//! can (up to 2^53 with a power of ten up to 10^22) and otherwise
//! corrects an estimate one step at a time by comparing exact big
//! integers with the midpoints between neighbouring floats.

use std::cmp::Ordering;

/// At most this many significant digits take part in comparisons: more
/// never decide a rounding (767 do for `f64`); the rest only say "a bit
/// more than that".
const MAX_DIGITS: usize = 780;

/// `text` as Rust's `f64::from_str` reads it, or `None` where it fails.
pub fn parse_float(text: &str) -> Option<f64> {
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let value = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        decimal(body)?
    };
    Some(if negative { -value } else { value })
}

/// `digits[.digits][(e|E)[+|-]digits]` with at least one mantissa digit.
fn decimal(body: &str) -> Option<f64> {
    let bytes = body.as_bytes();
    let mut i = 0;
    let mut digits: Vec<u8> = Vec::new();
    // The value is 0.d1 d2 d3 ... x 10^point once leading zeros are gone.
    let mut point: i64 = 0;
    let mut seen_digit = false;
    let mut seen_dot = false;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => {
                seen_digit = true;
                if digits.is_empty() && b == b'0' {
                    if seen_dot {
                        point -= 1;
                    }
                } else {
                    digits.push(b - b'0');
                    if !seen_dot {
                        point += 1;
                    }
                }
            }
            b'.' if !seen_dot => seen_dot = true,
            _ => break,
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        i += 1;
        let negative = match bytes.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut exp: i64 = 0;
        while let Some(&b @ b'0'..=b'9') = bytes.get(i) {
            exp = (exp * 10 + i64::from(b - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return None;
        }
        point += if negative { -exp } else { exp };
    }
    if i != bytes.len() {
        return None;
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    if digits.is_empty() {
        return Some(0.0);
    }
    // 0.d1... x 10^point: at least 10^(point-1), below 10^point.
    if point > 310 {
        return Some(f64::INFINITY);
    }
    if point < -324 {
        return Some(0.0);
    }
    let more = digits.len() > MAX_DIGITS;
    digits.truncate(MAX_DIGITS);
    // digits as an integer N, times 10^exp10.
    let exp10 = point - digits.len() as i64;
    if let Some(v) = fast_path(&digits, exp10) {
        return Some(v);
    }
    let mut x = estimate(&digits, exp10);
    if x.is_infinite() {
        x = f64::MAX;
    }
    let n = Big::from_digits(&digits);
    loop {
        let (m, e2, field) = decompose(x);
        // Above the midpoint to the next float (a tie goes to an even m).
        let c = compare(&n, exp10, more, 2 * m + 1, e2 - 1);
        if c == Ordering::Greater || (c == Ordering::Equal && m % 2 == 1) {
            x = f64::from_bits(x.to_bits() + 1);
            if x.is_infinite() {
                return Some(x);
            }
            continue;
        }
        if x == 0.0 {
            return Some(x);
        }
        let below = if m == 1 << 52 && field > 1 {
            compare(&n, exp10, more, 4 * m - 1, e2 - 2)
        } else {
            compare(&n, exp10, more, 2 * m - 1, e2 - 1)
        };
        if below == Ordering::Less || (below == Ordering::Equal && m % 2 == 1) {
            x = f64::from_bits(x.to_bits() - 1);
            continue;
        }
        return Some(x);
    }
}

/// N x 10^exp10 when both N and the power of ten are exact in `f64`: one
/// correctly rounded operation.
fn fast_path(digits: &[u8], exp10: i64) -> Option<f64> {
    if digits.len() > 15 || !(-22..=22).contains(&exp10) {
        return None;
    }
    let n = digits.iter().fold(0u64, |n, d| n * 10 + u64::from(*d)) as f64;
    let mut power = 1.0f64;
    for _ in 0..exp10.unsigned_abs() {
        power *= 10.0;
    }
    Some(if exp10 < 0 { n / power } else { n * power })
}

/// A start within a few hundred units in the last place.
fn estimate(digits: &[u8], exp10: i64) -> f64 {
    let used = digits.len().min(19);
    let lead = digits[..used]
        .iter()
        .fold(0u64, |n, d| n * 10 + u64::from(*d)) as f64;
    let rest = exp10 + (digits.len() - used) as i64;
    // Two halves, so that neither power of ten overflows or underflows.
    let half = i32::try_from(rest / 2).unwrap_or(0);
    let other = i32::try_from(rest - rest / 2).unwrap_or(0);
    if rest < 0 {
        lead / 10f64.powi(-half) / 10f64.powi(-other)
    } else {
        lead * 10f64.powi(half) * 10f64.powi(other)
    }
}

/// A finite `x >= 0` as m x 2^e2 and its exponent field.
fn decompose(x: f64) -> (u64, i64, u64) {
    let bits = x.to_bits();
    let field = bits >> 52;
    let fraction = bits & ((1 << 52) - 1);
    if field == 0 {
        (fraction, -1074, 0)
    } else {
        (fraction | 1 << 52, field as i64 - 1075, field)
    }
}

/// N x 10^exp10 (plus a little if `more`) against k x 2^e2, exactly.
fn compare(n: &Big, exp10: i64, more: bool, k: u64, e2: i64) -> Ordering {
    let mut left = n.clone();
    let mut right = Big::from_u64(k);
    if exp10 >= 0 {
        left.mul_pow10(exp10 as u64);
    } else {
        right.mul_pow10(exp10.unsigned_abs());
    }
    if e2 >= 0 {
        right.shl(e2 as u64);
    } else {
        left.shl(e2.unsigned_abs());
    }
    match left.cmp(&right) {
        Ordering::Equal if more => Ordering::Greater,
        other => other,
    }
}

/// An unsigned integer, 32-bit limbs, least significant first, no zero
/// limbs on top.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big {
        let mut b = Big(vec![v as u32, (v >> 32) as u32]);
        b.trim();
        b
    }

    fn from_digits(digits: &[u8]) -> Big {
        let mut b = Big(Vec::new());
        for chunk in digits.chunks(9) {
            let mut value = 0u32;
            let mut scale = 1u32;
            for d in chunk {
                value = value * 10 + u32::from(*d);
                scale *= 10;
            }
            b.mul_add(scale, value);
        }
        b
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn mul_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(factor) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, mut n: u64) {
        while n > 0 {
            let step = n.min(9);
            self.mul_add(10u32.pow(step as u32), 0);
            n -= step;
        }
    }

    fn shl(&mut self, bits: u64) {
        let (limbs, bits) = ((bits / 32) as usize, (bits % 32) as u32);
        if bits > 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let v = (u64::from(*limb) << bits) | u64::from(carry);
                *limb = v as u32;
                carry = (v >> 32) as u32;
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        if !self.0.is_empty() {
            self.0.splice(0..0, std::iter::repeat_n(0, limbs));
        }
    }

    fn cmp(&self, other: &Big) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

#[cfg(test)]
mod tests {
    use super::parse_float;

    fn same(text: &str) {
        let ours = parse_float(text).map(f64::to_bits);
        let rust = text.parse::<f64>().ok().map(f64::to_bits);
        assert_eq!(ours, rust, "{text:?}");
    }

    #[test]
    fn tricky_inputs_match_rust() {
        for text in [
            "0",
            "-0",
            "0.0",
            "1",
            "1.5",
            ".5",
            "5.",
            ".",
            "",
            "-",
            "+1",
            "+-1",
            "1e5",
            "1E+5",
            "1e-5",
            "1e",
            "1e+",
            "e5",
            ".e5",
            "1.2.3",
            "1e5e5",
            "inf",
            "-Infinity",
            "NaN",
            "-nan",
            "infin",
            "0.1",
            "0.2",
            "0.30000000000000004",
            "9007199254740993",
            "9007199254740992.5",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-400",
            "1e400",
            "0e999999999999999999999",
            "1e-99999999999999999999",
            "123456789012345678901234567890",
            "0.000000000000000000000000000001",
            "1_0",
            "1 ",
            " 1",
            "00012.500",
            "7.2057594037927933e16",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
        ] {
            same(text);
        }
        let long = format!("0.{}1", "0".repeat(1000));
        same(&long);
        let tie = format!(
            "1.00000000000000011102230246251565404236316680908203125{}1",
            "0".repeat(900)
        );
        same(&tie);
    }

    #[test]
    fn random_inputs_match_rust() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        for _ in 0..30_000 {
            let mut text = String::new();
            let digits = 1 + next(25);
            for i in 0..digits {
                if i == next(digits + 1) {
                    text.push('.');
                }
                text.push(char::from(b'0' + next(10) as u8));
            }
            if next(2) == 0 {
                text.push('e');
                text.push_str(&(next(700) as i64 - 350).to_string());
            }
            same(&text);
            let bits = next(u64::MAX) & !(1 << 63);
            let x = f64::from_bits(bits);
            if x.is_finite() {
                same(&format!("{x:e}"));
                same(&format!("{x}"));
                same(&format!("{:.17e}", x));
            }
        }
    }
}
