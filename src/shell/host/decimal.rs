//! `decimal.Decimal` in the shell: what a `DecimalField` reads as (the
//! SQLite backend's converter), and the operators, hashing and builtins a
//! program uses on the values, as CPython's default context answers them
//! (the arithmetic itself is [`crate::decimal`]'s). What the playground
//! does not compute (powers, the other methods, contexts) is refused,
//! never answered differently.

use rusqlite::types::Value as Sv;

use super::{unsupported, Conv};
use crate::decimal::Decimal;
use crate::python::ast::{BinOp, CmpOp, UnaryOp};
use crate::python::value::{Builtin, Key};
use crate::python::{HostOp, HostResult, Thrown, Value};
use crate::shell::objects::{obj, wrap, Obj};

/// `get_decimalfield_converter`: SQLite's number through
/// `Context(prec=15).create_decimal_from_float`, then, for a column,
/// `quantize` to its places in a context of `max_digits`.
pub(super) fn from_db(v: &Sv, conv: Conv) -> HostResult<Value> {
    let read = match v {
        Sv::Null => return Ok(Value::None),
        Sv::Integer(n) => Decimal::from_int(*n).round_to(15),
        Sv::Real(f) => Decimal::from_float(*f, 15),
        Sv::Text(_) | Sv::Blob(_) => {
            return unsupported("a decimal column holding text (Django raises TypeError)")
        }
    };
    let value = match conv {
        Conv::Decimal { max_digits, places } => match read.quantize(places, max_digits) {
            Some(q) => q,
            None => {
                return unsupported(format!(
                    "reading {} into a DecimalField of max_digits={max_digits}, \
                     decimal_places={places} (Django raises decimal.InvalidOperation)",
                    read.to_sci_string()
                ))
            }
        },
        _ => read,
    };
    Ok(wrap(Obj::Decimal(value)))
}

/// `Decimal(value)`: exact, as CPython's constructor is.
pub(super) fn construct(args: &[Value], kwargs_empty: bool) -> HostResult<Value> {
    if args.len() > 1 || !kwargs_empty {
        return unsupported("Decimal() with a context");
    }
    let d = match args.first() {
        None => Decimal::from_int(0),
        Some(Value::Int(n)) => Decimal::from_int(*n),
        Some(Value::Bool(b)) => Decimal::from_int(i64::from(*b)),
        Some(Value::Float(f)) => match Decimal::exact_float(*f) {
            Some(d) => d,
            None => return unsupported("Decimal of an infinite or NaN float"),
        },
        Some(Value::Str(s)) => match Decimal::parse(s) {
            // CPython's decimal has no exponents beyond ±10^18.
            Some(d) if d.adjusted().unsigned_abs() >= 999_999_999_999_999_999 => {
                return unsupported("a Decimal with an exponent this large")
            }
            Some(d) => d,
            None => {
                return unsupported(format!(
                "Decimal({}) (CPython raises decimal.InvalidOperation, or makes a NaN or Infinity)",
                crate::python::value::str_repr(s)
            ))
            }
        },
        Some(other) => match obj(other) {
            Some(Obj::Decimal(d)) => d.clone(),
            _ => {
                return Err(Thrown::type_error(format!(
                    "conversion from {} to Decimal is not supported",
                    other.type_name()
                )))
            }
        },
    };
    Ok(wrap(Obj::Decimal(d)))
}

/// `d.quantize(exp)` in the default context: `exp`'s exponent, rounded
/// half-even; more than 28 digits is CPython's `InvalidOperation`.
pub(super) fn quantize(d: &Decimal, args: &[Value], kwargs_empty: bool) -> HostResult<Value> {
    if args.len() != 1 || !kwargs_empty {
        return unsupported("quantize() with a rounding or context argument");
    }
    let target = match (&args[0], obj(&args[0])) {
        (_, Some(Obj::Decimal(e))) => e.exponent(),
        (Value::Int(_) | Value::Bool(_), _) => 0,
        _ => return unsupported("quantize() of something other than a Decimal or an int"),
    };
    let places = match u32::try_from(-i128::from(target)) {
        Ok(places) => places,
        Err(_) => return unsupported("quantize() to a positive exponent"),
    };
    match d.quantize(places, crate::decimal::PRECISION as u32) {
        Some(q) => Ok(wrap(Obj::Decimal(q))),
        None => unsupported(
            "quantize() to more than 28 digits (CPython raises decimal.InvalidOperation)",
        ),
    }
}

/// `repr(Decimal)`.
pub(super) fn repr(d: &Decimal) -> String {
    format!("Decimal('{}')", d.to_sci_string())
}

/// An operand as a decimal operation sees it.
enum Operand {
    Dec(Decimal),
    Float(f64),
    /// Anything else (a `str`, a list, another object).
    Other,
}

fn operand(v: &Value) -> Operand {
    match (v, obj(v)) {
        (_, Some(Obj::Decimal(d))) => Operand::Dec(d.clone()),
        (Value::Int(n), _) => Operand::Dec(Decimal::from_int(*n)),
        (Value::Bool(b), _) => Operand::Dec(Decimal::from_int(i64::from(*b))),
        (Value::Float(f), _) => Operand::Float(*f),
        _ => Operand::Other,
    }
}

fn result(d: Option<Decimal>, what: &str) -> HostResult<Option<Value>> {
    match d {
        Some(d) => Ok(Some(wrap(Obj::Decimal(d)))),
        None => unsupported(format!(
            "Decimal {what} this large (beyond the default context's exponents or the playground's digits)"
        )),
    }
}

/// An operator with a `Decimal` on either side; `Ok(None)` when neither
/// is one, or for Python's own TypeError (a `float` in arithmetic).
pub(super) fn operate(op: HostOp, left: &Value, right: &Value) -> HostResult<Option<Value>> {
    let is_dec = |v: &Value| matches!(obj(v), Some(Obj::Decimal(_)));
    if !is_dec(left) && !is_dec(right) {
        return Ok(None);
    }
    let (l, r) = (operand(left), operand(right));
    match op {
        HostOp::Unary(u) => {
            let Operand::Dec(d) = l else { return Ok(None) };
            match u {
                UnaryOp::Neg => result(d.neg(), "negation"),
                UnaryOp::Pos => result(d.plus(), "unary plus"),
                _ => Ok(None),
            }
        }
        HostOp::Binary(b) => match (l, r) {
            (Operand::Dec(a), Operand::Dec(c)) => match b {
                BinOp::Add => result(a.add(&c), "addition"),
                BinOp::Sub => result(a.sub(&c), "subtraction"),
                BinOp::Mul => result(a.mul(&c), "multiplication"),
                BinOp::Div if c.is_zero() => unsupported(
                    "Decimal division by zero (CPython raises decimal.DivisionByZero, or InvalidOperation for 0/0)",
                ),
                BinOp::Div => result(a.div(&c), "division"),
                BinOp::FloorDiv | BinOp::Mod if c.is_zero() => unsupported(format!(
                    "Decimal {} by zero (CPython raises decimal.DivisionByZero or InvalidOperation)",
                    b.symbol()
                )),
                BinOp::FloorDiv => result(a.floor_div(&c), "integer division"),
                BinOp::Mod => result(a.rem(&c), "remainder"),
                BinOp::Pow => unsupported(format!(
                    "the {} operator on Decimal values (+, -, *, /, // and % are computed)",
                    b.symbol()
                )),
                _ => Ok(None),
            },
            (Operand::Other, _) | (_, Operand::Other) if b == BinOp::Mul => {
                unsupported("multiplying a sequence or another object by a Decimal")
            }
            _ => Ok(None),
        },
        HostOp::Compare(c @ (CmpOp::Eq | CmpOp::Ne)) => {
            let equal = match (l, r) {
                (Operand::Dec(a), Operand::Dec(b)) => a.cmp_value(&b).is_eq(),
                (Operand::Dec(a), Operand::Float(f)) | (Operand::Float(f), Operand::Dec(a)) => {
                    Decimal::exact_float(f).is_some_and(|b| a.cmp_value(&b).is_eq())
                }
                _ => return Ok(None),
            };
            Ok(Some(Value::Bool(equal == (c == CmpOp::Eq))))
        }
        HostOp::Compare(c @ (CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge)) => {
            let ordering = match (l, r) {
                (Operand::Dec(a), Operand::Dec(b)) => a.cmp_value(&b),
                (Operand::Dec(a), Operand::Float(f)) => a.cmp_value(&float_side(f)?),
                (Operand::Float(f), Operand::Dec(b)) => float_side(f)?.cmp_value(&b),
                _ => {
                    return Err(Thrown::type_error(format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        c.symbol(),
                        left.type_name(),
                        right.type_name()
                    )))
                }
            };
            Ok(Some(Value::Bool(match c {
                CmpOp::Lt => ordering.is_lt(),
                CmpOp::Le => ordering.is_le(),
                CmpOp::Gt => ordering.is_gt(),
                _ => ordering.is_ge(),
            })))
        }
        HostOp::Compare(_) => Ok(None),
    }
}

/// A float on one side of `<`: its exact value; infinities and NaN are
/// refused.
fn float_side(f: f64) -> HostResult<Decimal> {
    match Decimal::exact_float(f) {
        Some(d) => Ok(d),
        None => unsupported("ordering a Decimal against an infinite or NaN float"),
    }
}

/// `hash(Decimal)`: equal to the hash of the `int` or `float` it equals.
pub(super) fn hash_key(d: &Decimal) -> Key {
    if let Some(n) = d.as_i64() {
        return Key::Int(n);
    }
    let f = d.to_f64();
    let same = Decimal::exact_float(f).is_some_and(|e| e.cmp_value(d).is_eq());
    if same {
        return Key::Float(f.to_bits());
    }
    Key::Host(format!("decimal:{}", d.normalized()), d.py_hash())
}

/// `int()`, `float()`, `abs()` and `round()` of a `Decimal`.
pub(super) fn number(
    func: Builtin,
    d: &Decimal,
    ndigits: Option<&Value>,
) -> HostResult<Option<Value>> {
    match func {
        Builtin::Float => Ok(Some(Value::Float(d.to_f64()))),
        Builtin::Abs => result(d.abs(), "abs()"),
        Builtin::Int => match d.trunc_i64() {
            Some(n) => Ok(Some(Value::Int(n))),
            None => unsupported("int() of a Decimal beyond 64 bits"),
        },
        Builtin::Round => round(d, ndigits),
        _ => Ok(None),
    }
}

/// `Decimal.__round__`: an `int` rounded half-even, or with `ndigits`
/// `quantize(Decimal('1E-n'))` in the default context (28 digits).
fn round(d: &Decimal, ndigits: Option<&Value>) -> HostResult<Option<Value>> {
    match ndigits {
        None | Some(Value::None) => match d.quantize(0, u32::MAX).and_then(|q| q.as_i64()) {
            Some(n) => Ok(Some(Value::Int(n))),
            None => unsupported("round() of a Decimal beyond 64 bits"),
        },
        Some(Value::Int(n)) => match u32::try_from(*n) {
            Ok(places) => match d.quantize(places, crate::decimal::PRECISION as u32) {
                Some(q) => Ok(Some(wrap(Obj::Decimal(q)))),
                None => unsupported(
                    "round() of a Decimal to more than 28 digits (CPython raises decimal.InvalidOperation)",
                ),
            },
            Err(_) => unsupported("round() of a Decimal to negative digits"),
        },
        Some(other) => Err(Thrown::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}
