//! Builtin functions, the methods of str/list/dict/set, and the data
//! model operations that may need the host: attributes, subscripts,
//! iteration, repr/str and `format()` specs.

use std::cell::RefCell;
use std::fmt::Write;
use std::rc::Rc;

use super::ast::CmpOp;
use super::host::{Host, Thrown};
use super::parse_float::parse_float;
use super::printf::{float_exp, float_general};
use super::value::*;
use super::vm::{as_float, as_int, check_size, float_divmod, is_same, seq_items, Vm};

type Kwargs = Vec<(Rc<str>, Value)>;

const STR_METHODS: &[&str] = &[
    "join",
    "split",
    "strip",
    "lstrip",
    "rstrip",
    "upper",
    "lower",
    "startswith",
    "endswith",
    "replace",
    "format",
    "title",
    "count",
    "find",
    "index",
    "capitalize",
    "isdigit",
    "isalpha",
    "zfill",
    "center",
    "ljust",
    "rjust",
    "splitlines",
    "rsplit",
    "isupper",
    "islower",
    "swapcase",
];
const LIST_METHODS: &[&str] = &[
    "append", "extend", "pop", "insert", "index", "count", "sort", "remove", "reverse", "copy",
    "clear",
];
const DICT_METHODS: &[&str] = &[
    "get",
    "items",
    "keys",
    "values",
    "setdefault",
    "pop",
    "update",
    "copy",
    "clear",
    "popitem",
];
const SET_METHODS: &[&str] = &[
    "add",
    "discard",
    "remove",
    "pop",
    "update",
    "union",
    "intersection",
    "difference",
    "intersection_update",
    "difference_update",
    "symmetric_difference",
    "symmetric_difference_update",
    "copy",
    "clear",
    "issubset",
    "issuperset",
    "isdisjoint",
];
const TUPLE_METHODS: &[&str] = &["index", "count"];

/// Whether CPython 3.11 has interned another copy of the string `text`
/// before any program runs, as far as the playground knows: the names of
/// the builtins, the builtin exceptions and the builtin types' methods,
/// and the one-letter lowercase names (and `_`), which the modules it
/// loads use. (It interns many more, from those modules; a folded set
/// display holding one of those iterates in the order of
/// `Op::BuildConstSet`'s third build there.)
pub(super) fn interned_at_startup(text: &str) -> bool {
    if let [b] = text.as_bytes() {
        return b.is_ascii_lowercase() || *b == b'_';
    }
    [
        STR_METHODS,
        LIST_METHODS,
        DICT_METHODS,
        SET_METHODS,
        TUPLE_METHODS,
    ]
    .iter()
    .any(|names| names.contains(&text))
        || Builtin::ALL.iter().any(|(name, _)| *name == text)
        || super::value::builtin_exception(text).is_some()
}

pub(super) fn arg_count(name: &str, args: &[Value], min: usize, max: usize) -> Result<(), Thrown> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({} given)", args.len()),
                1 => format!("{name}() takes exactly one argument ({} given)", args.len()),
                n => format!("{name} expected {n} arguments, got {}", args.len()),
            }
        } else if args.len() < min {
            format!(
                "{name} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                args.len()
            )
        };
        return Err(Thrown::type_error(msg));
    }
    Ok(())
}

fn no_kwargs(name: &str, kwargs: &Kwargs) -> Result<(), Thrown> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(Thrown::type_error(format!(
            "{name}() takes no keyword arguments"
        )))
    }
}

fn take_kw(kwargs: &mut Kwargs, name: &str) -> Option<Value> {
    let i = kwargs.iter().position(|(k, _)| &**k == name)?;
    Some(kwargs.remove(i).1)
}

fn unexpected_kw(func: &str, kwargs: &Kwargs) -> Result<(), Thrown> {
    match kwargs.first() {
        Some((k, _)) => Err(Thrown::type_error(format!(
            "{func}() got an unexpected keyword argument '{k}'"
        ))),
        None => Ok(()),
    }
}

fn str_arg<'a>(v: &'a Value, what: &str) -> Result<&'a Rc<str>, Thrown> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(Thrown::type_error(format!(
            "{what} must be str, not {}",
            other.type_name()
        ))),
    }
}

fn index_arg(v: &Value) -> Result<i64, Thrown> {
    as_int(v).ok_or_else(|| {
        Thrown::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))
    })
}

/// Python's index normalisation; `None` when out of range.
fn norm_index(i: i64, len: usize) -> Option<usize> {
    let len = i64::try_from(len).ok()?;
    let i = if i < 0 { i + len } else { i };
    if (0..len).contains(&i) {
        usize::try_from(i).ok()
    } else {
        None
    }
}

/// The positions a slice selects from a sequence of `len`.
pub(crate) fn slice_indices(s: &[Value; 3], len: usize) -> Result<Vec<usize>, Thrown> {
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    let get = |v: &Value| -> Result<Option<i64>, Thrown> {
        match v {
            Value::None => Ok(None),
            other => as_int(other).map(Some).ok_or_else(|| {
                Thrown::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )
            }),
        }
    };
    let step = get(&s[2])?.unwrap_or(1);
    if step == 0 {
        return Err(Thrown::value_error("slice step cannot be zero"));
    }
    let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
        match v {
            None => default,
            Some(v) => {
                let v = if v < 0 { v.saturating_add(len) } else { v };
                v.clamp(lo, hi)
            }
        }
    };
    let (start, stop) = if step > 0 {
        (
            clamp(get(&s[0])?, 0, 0, len),
            clamp(get(&s[1])?, len, 0, len),
        )
    } else {
        (
            clamp(get(&s[0])?, len - 1, -1, len - 1),
            clamp(get(&s[1])?, -1, -1, len - 1),
        )
    };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(usize::try_from(i).unwrap_or(0));
        i = match i.checked_add(step) {
            Some(n) => n,
            None => break,
        };
    }
    Ok(out)
}

impl Vm {
    // ---- attributes ----

    pub(super) fn get_attr(
        &mut self,
        host: &mut dyn Host,
        obj: Value,
        name: &str,
    ) -> Result<Value, Thrown> {
        let methods: &[&str] = match &obj {
            Value::Str(_) => STR_METHODS,
            Value::List(_) => LIST_METHODS,
            Value::Dict(_) => DICT_METHODS,
            Value::Set(_) => SET_METHODS,
            Value::Tuple(_) => TUPLE_METHODS,
            Value::Host(h) => {
                return host.get_attr(h, name)?.ok_or_else(|| {
                    Thrown::new(
                        "AttributeError",
                        format!("'{}' object has no attribute '{name}'", h.type_name()),
                    )
                })
            }
            Value::Exc(e) if name == "args" => return Ok(Value::tuple(e.args.clone())),
            // Django's `ProtectedError(msg, protected_objects)` and
            // `RestrictedError(msg, restricted_objects)` keep their set.
            Value::Exc(e)
                if matches!(
                    (&*e.class.qualname, name),
                    (
                        "django.db.models.deletion.ProtectedError",
                        "protected_objects"
                    ) | (
                        "django.db.models.deletion.RestrictedError",
                        "restricted_objects"
                    )
                ) && e.args.len() == 2 =>
            {
                return Ok(e.args[1].clone())
            }
            Value::ExcClass(c) if name == "__name__" => return Ok(Value::Str(c.name.clone())),
            Value::Func(f) if name == "__name__" => return Ok(Value::Str(f.code.name.clone())),
            Value::Builtin(b) if name == "__name__" => return Ok(Value::str(b.name())),
            // `str.upper`: unbound, called with the instance first.
            Value::Builtin(Builtin::Str) => STR_METHODS,
            Value::Builtin(Builtin::List) => LIST_METHODS,
            Value::Builtin(Builtin::Dict) => DICT_METHODS,
            Value::Builtin(Builtin::Set) => SET_METHODS,
            Value::Builtin(Builtin::Tuple) => TUPLE_METHODS,
            Value::Int(_) | Value::Bool(_) if matches!(name, "real" | "numerator") => {
                return Ok(Value::Int(as_int(&obj).unwrap_or(0)))
            }
            Value::Range(r) => {
                let [a, b, c] = &**r;
                return match name {
                    "start" => Ok(Value::Int(*a)),
                    "stop" => Ok(Value::Int(*b)),
                    "step" => Ok(Value::Int(*c)),
                    _ => Err(Thrown::new(
                        "AttributeError",
                        format!("'range' object has no attribute '{name}'"),
                    )),
                };
            }
            _ => &[],
        };
        if methods.contains(&name) {
            return Ok(Value::Method(Rc::new((obj, name.into()))));
        }
        let msg = match &obj {
            Value::ExcClass(c) => format!("type object '{}' has no attribute '{name}'", c.name),
            Value::Builtin(b) if b.is_type() => {
                format!("type object '{}' has no attribute '{name}'", b.name())
            }
            _ => format!("'{}' object has no attribute '{name}'", obj.type_name()),
        };
        Err(Thrown::new("AttributeError", msg))
    }

    // ---- subscripts ----

    pub(super) fn get_item(
        &mut self,
        host: &mut dyn Host,
        obj: &Value,
        key: &Value,
    ) -> Result<Value, Thrown> {
        match obj {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(..) => {
                let kind = match obj {
                    Value::List(_) => "list",
                    Value::Tuple(_) => "tuple",
                    Value::Str(_) => "string",
                    _ => "range object",
                };
                if let Value::Slice(s) = key {
                    return self.slice_of(obj, s);
                }
                let Some(i) = as_int(key) else {
                    let what = if kind == "string" {
                        "string"
                    } else {
                        kind.split(' ').next().unwrap_or(kind)
                    };
                    return Err(Thrown::type_error(format!(
                        "{what} indices must be integers or slices, not {}",
                        key.type_name()
                    )));
                };
                let len = self.plain_len(obj);
                let index = norm_index(i, len).ok_or_else(|| {
                    Thrown::new("IndexError", format!("{kind} index out of range"))
                })?;
                Ok(match obj {
                    Value::List(l) => l.borrow().get(index).cloned().unwrap_or(Value::None),
                    Value::Tuple(t) => t.get(index).cloned().unwrap_or(Value::None),
                    Value::Str(s) => {
                        Value::str(&s.chars().nth(index).map(String::from).unwrap_or_default())
                    }
                    Value::Range(r) => Value::Int(
                        r[0].saturating_add(r[2].saturating_mul(i64::try_from(index).unwrap_or(0))),
                    ),
                    _ => Value::None,
                })
            }
            Value::Dict(d) => {
                let k = self.hash_key(host, key)?;
                let v = d.borrow().get(&k).cloned();
                v.ok_or_else(|| Thrown::Exc(ExcObj::with_args("KeyError", vec![key.clone()])))
            }
            Value::Host(h) => host.get_item(h, key),
            Value::Builtin(
                b @ (Builtin::List
                | Builtin::Dict
                | Builtin::Set
                | Builtin::Tuple
                | Builtin::Type
                | Builtin::Enumerate),
            ) => Err(Thrown::unsupported(format!(
                "subscripting the class {0} ({0}[int] is a type hint)",
                b.name()
            ))),
            Value::Builtin(b) if b.is_type() => Err(Thrown::type_error(format!(
                "type '{}' is not subscriptable",
                b.name()
            ))),
            Value::ExcClass(c) => Err(Thrown::type_error(format!(
                "type '{}' is not subscriptable",
                c.name
            ))),
            other => Err(Thrown::type_error(format!(
                "'{}' object is not subscriptable",
                other.type_name()
            ))),
        }
    }

    fn plain_len(&self, obj: &Value) -> usize {
        match obj {
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::Str(s) => s.chars().count(),
            Value::Range(r) => usize::try_from(range_len(r[0], r[1], r[2])).unwrap_or(0),
            Value::Dict(d) | Value::View(d, _) => d.borrow().len(),
            Value::Set(s) => s.borrow().len(),
            _ => 0,
        }
    }

    fn slice_of(&self, obj: &Value, s: &[Value; 3]) -> Result<Value, Thrown> {
        match obj {
            Value::Str(text) => {
                let chars: Vec<char> = text.chars().collect();
                let idx = slice_indices(s, chars.len())?;
                Ok(Value::str(
                    &idx.iter().filter_map(|&i| chars.get(i)).collect::<String>(),
                ))
            }
            Value::Range(r) => {
                let [a, b, c] = &**r;
                let n = usize::try_from(range_len(*a, *b, *c)).unwrap_or(0);
                if n > 10_000_000 {
                    return Err(Thrown::unsupported("slicing ranges this long"));
                }
                let items: Vec<i64> = (0..n)
                    .map(|i| a + c * i64::try_from(i).unwrap_or(0))
                    .collect();
                let idx = slice_indices(s, n)?;
                let picked: Vec<i64> = idx.iter().filter_map(|&i| items.get(i).copied()).collect();
                let step = c * as_int(&s[2]).unwrap_or(1);
                let start = picked.first().copied().unwrap_or(*a);
                let stop = start + step * i64::try_from(picked.len()).unwrap_or(0);
                Ok(Value::Range(Rc::new([start, stop, step])))
            }
            _ => {
                let items = seq_items(obj);
                let idx = slice_indices(s, items.len())?;
                let picked: Vec<Value> =
                    idx.iter().filter_map(|&i| items.get(i).cloned()).collect();
                Ok(if let Value::Tuple(_) = obj {
                    Value::tuple(picked)
                } else {
                    Value::list(picked)
                })
            }
        }
    }

    pub(super) fn set_item(
        &mut self,
        host: &mut dyn Host,
        obj: &Value,
        key: Value,
        value: Value,
    ) -> Result<(), Thrown> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(_) = key {
                    return Err(Thrown::unsupported("assigning to list slices"));
                }
                let i = as_int(&key).ok_or_else(|| {
                    Thrown::type_error(format!(
                        "list indices must be integers or slices, not {}",
                        key.type_name()
                    ))
                })?;
                let len = l.borrow().len();
                let index = norm_index(i, len).ok_or_else(|| {
                    Thrown::new("IndexError", "list assignment index out of range")
                })?;
                if let Some(slot) = l.borrow_mut().get_mut(index) {
                    *slot = value;
                }
                Ok(())
            }
            Value::Dict(d) => {
                let k = self.hash_key(host, &key)?;
                d.borrow_mut().insert(k, key, value);
                Ok(())
            }
            Value::Host(h) => host.set_item(h, &key, value),
            other => Err(Thrown::type_error(format!(
                "'{}' object does not support item assignment",
                other.type_name()
            ))),
        }
    }

    pub(super) fn del_item(
        &mut self,
        host: &mut dyn Host,
        obj: &Value,
        key: &Value,
    ) -> Result<(), Thrown> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.borrow().len();
                    let mut idx = slice_indices(s, len)?;
                    // Each index once, descending for a negative step.
                    if idx.first() > idx.last() {
                        idx.reverse();
                    }
                    let mut list = l.borrow_mut();
                    for i in idx.into_iter().rev() {
                        if i < list.len() {
                            list.remove(i);
                        }
                    }
                    return Ok(());
                }
                let i = as_int(key).ok_or_else(|| {
                    Thrown::type_error(format!(
                        "list indices must be integers or slices, not {}",
                        key.type_name()
                    ))
                })?;
                let len = l.borrow().len();
                let index = norm_index(i, len).ok_or_else(|| {
                    Thrown::new("IndexError", "list assignment index out of range")
                })?;
                l.borrow_mut().remove(index);
                Ok(())
            }
            Value::Dict(d) => {
                let k = self.hash_key(host, key)?;
                let removed = d.borrow_mut().remove(&k);
                removed
                    .map(|_| ())
                    .ok_or_else(|| Thrown::Exc(ExcObj::with_args("KeyError", vec![key.clone()])))
            }
            other => Err(Thrown::type_error(format!(
                "'{}' object doesn't support item deletion",
                other.type_name()
            ))),
        }
    }

    // ---- iteration ----

    pub(super) fn is_iterable(&self, v: &Value) -> bool {
        matches!(
            v,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Dict(_)
                | Value::Set(_)
                | Value::Range(..)
                | Value::Iter(_)
                | Value::View(..)
                | Value::Host(_)
        )
    }

    pub(super) fn get_iter(&mut self, host: &mut dyn Host, v: &Value) -> Result<Value, Thrown> {
        Ok(Value::iter(match v {
            Value::List(_) | Value::Tuple(_) => Iter::Seq {
                items: v.clone(),
                index: 0,
            },
            Value::Str(s) => Iter::Chars {
                text: s.clone(),
                pos: 0,
            },
            Value::Set(s) => Iter::Set {
                set: s.clone(),
                pos: 0,
                len: s.borrow().len(),
            },
            Value::Dict(d) => Iter::Dict {
                dict: d.clone(),
                index: 0,
                len: d.borrow().len(),
                what: DictView::Keys,
            },
            Value::View(d, what) => Iter::Dict {
                dict: d.clone(),
                index: 0,
                len: d.borrow().len(),
                what: *what,
            },
            Value::Range(r) => Iter::Range {
                next: r[0],
                stop: r[1],
                step: r[2],
            },
            Value::Iter(_) => return Ok(v.clone()),
            Value::Host(h) => match &host.iter(h)? {
                Value::Host(it) => Iter::Host(it.clone()),
                other => return self.get_iter(host, other),
            },
            other => {
                return Err(Thrown::type_error(format!(
                    "'{}' object is not iterable",
                    other.type_name()
                )))
            }
        }))
    }

    pub(super) fn next_item(
        &mut self,
        host: &mut dyn Host,
        it: &Value,
    ) -> Result<Option<Value>, Thrown> {
        let Value::Iter(it) = it else { return Ok(None) };
        // Host and nested iterators are pulled without holding the borrow.
        let delegate = match &*it.borrow() {
            Iter::Host(h) => Some(Value::Host(h.clone())),
            Iter::Enumerate { inner, .. } => Some(inner.clone()),
            _ => None,
        };
        if let Some(inner) = delegate {
            if let Value::Host(h) = &inner {
                if matches!(&*it.borrow(), Iter::Host(_)) {
                    return host.next(h);
                }
            }
            let item = self.next_item(host, &inner)?;
            let mut state = it.borrow_mut();
            if let Iter::Enumerate { count, .. } = &mut *state {
                let Some(item) = item else { return Ok(None) };
                let n = *count;
                *count += 1;
                return Ok(Some(Value::tuple(vec![Value::Int(n), item])));
            }
            return Ok(item);
        }
        if let Iter::Zip(inners) = &*it.borrow() {
            let inners = inners.clone();
            let mut items = Vec::with_capacity(inners.len());
            for i in &inners {
                match self.next_item(host, i)? {
                    Some(v) => items.push(v),
                    None => return Ok(None),
                }
            }
            return Ok(if items.is_empty() {
                None
            } else {
                Some(Value::tuple(items))
            });
        }
        let mut state = it.borrow_mut();
        Ok(match &mut *state {
            Iter::Seq { items, index } => {
                let v = match items {
                    Value::List(l) => l.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    _ => None,
                };
                *index += 1;
                v
            }
            Iter::Chars { text, pos } => {
                let c = text.get(*pos..).and_then(|s| s.chars().next());
                if let Some(c) = c {
                    *pos += c.len_utf8();
                }
                c.map(|c| Value::str(c.encode_utf8(&mut [0; 4])))
            }
            Iter::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    if *next == v {
                        *next = *stop;
                    }
                    Some(Value::Int(v))
                } else {
                    None
                }
            }
            Iter::Dict {
                dict,
                index,
                len,
                what,
            } => {
                let d = dict.borrow();
                if d.len() != *len {
                    return Err(Thrown::new(
                        "RuntimeError",
                        "dictionary changed size during iteration",
                    ));
                }
                let entry = d.entry(*index).cloned();
                *index += 1;
                entry.map(|(k, v)| match what {
                    DictView::Keys => k,
                    DictView::Values => v,
                    DictView::Items => Value::tuple(vec![k, v]),
                })
            }
            Iter::Set { set, pos, len } => {
                let s = set.borrow();
                if s.len() != *len {
                    return Err(Thrown::new(
                        "RuntimeError",
                        "Set changed size during iteration",
                    ));
                }
                let next = s.next_from(*pos);
                *pos = next.as_ref().map_or(usize::MAX, |(i, _, _)| i + 1);
                next.map(|(_, _, v)| v.clone())
            }
            Iter::Vec(items) => items.next(),
            _ => None,
        })
    }

    /// All items of an iterable.
    pub(super) fn collect(&mut self, host: &mut dyn Host, v: &Value) -> Result<Vec<Value>, Thrown> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(host, v)?;
        let mut out = Vec::new();
        while let Some(item) = self.next_item(host, &it)? {
            out.push(item);
            check_size(out.len())?;
        }
        Ok(out)
    }

    // ---- repr / str ----

    pub(super) fn repr_of(&mut self, host: &mut dyn Host, v: &Value) -> Result<String, Thrown> {
        let mut out = String::new();
        self.write_repr(host, v, &mut out, &mut Vec::new())?;
        Ok(out)
    }

    pub(super) fn str_of(&mut self, host: &mut dyn Host, v: &Value) -> Result<String, Thrown> {
        let mut v = v;
        // `str(ValueError(ValueError('x')))` is `x`: a loop, not recursion.
        for _ in 0..=MAX_NESTING {
            match v {
                Value::Str(s) => return Ok(s.to_string()),
                Value::Host(h) => return host.str(h),
                Value::Exc(e) => match e.args.as_slice() {
                    [] => return Ok(String::new()),
                    [one] if &*e.class.name == "KeyError" => return self.repr_of(host, one),
                    [one] => v = one,
                    many => return self.repr_of(host, &Value::tuple(many.to_vec())),
                },
                _ => return self.repr_of(host, v),
            }
        }
        Err(Thrown::new(
            "RecursionError",
            "maximum recursion depth exceeded while getting the str of an object",
        ))
    }

    fn write_repr(
        &mut self,
        host: &mut dyn Host,
        v: &Value,
        out: &mut String,
        seen: &mut Vec<usize>,
    ) -> Result<(), Thrown> {
        if seen.len() > MAX_NESTING || self.guard.exhausted() {
            return Err(Thrown::new(
                "RecursionError",
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        // `seen` holds the containers being written (to print `[...]` for
        // a list inside itself) and a 0 for other values with items, so
        // that its length is the depth.
        let ptr = match v {
            Value::List(l) => Some(Rc::as_ptr(l) as *const () as usize),
            Value::Dict(d) => Some(Rc::as_ptr(d) as *const () as usize),
            Value::Set(s) => Some(Rc::as_ptr(s) as *const () as usize),
            Value::Tuple(_) | Value::Exc(_) | Value::Slice(_) | Value::View(..) => Some(0),
            _ => None,
        };
        if let Some(p) = ptr {
            if p != 0 && seen.contains(&p) {
                out.push_str(match v {
                    Value::List(_) => "[...]",
                    Value::Dict(_) => "{...}",
                    _ => "set(...)",
                });
                return Ok(());
            }
            seen.push(p);
        }
        let r = self.write_repr_inner(host, v, out, seen);
        if ptr.is_some() {
            seen.pop();
        }
        r
    }

    fn write_items(
        &mut self,
        host: &mut dyn Host,
        items: &[Value],
        out: &mut String,
        seen: &mut Vec<usize>,
    ) -> Result<(), Thrown> {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.write_repr(host, item, out, seen)?;
        }
        Ok(())
    }

    fn write_repr_inner(
        &mut self,
        host: &mut dyn Host,
        v: &Value,
        out: &mut String,
        seen: &mut Vec<usize>,
    ) -> Result<(), Thrown> {
        match v {
            Value::None => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Value::Float(f) => out.push_str(&float_repr(*f)),
            Value::Str(s) => out.push_str(&str_repr(s)),
            Value::List(l) => {
                let items = l.borrow().clone();
                out.push('[');
                self.write_items(host, &items, out, seen)?;
                out.push(']');
            }
            Value::Tuple(t) => {
                out.push('(');
                self.write_items(host, t, out, seen)?;
                if t.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Value::Dict(d) => {
                let entries = d.borrow().entries().to_vec();
                out.push('{');
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_repr(host, k, out, seen)?;
                    out.push_str(": ");
                    self.write_repr(host, v, out, seen)?;
                }
                out.push('}');
            }
            Value::Set(s) => {
                let members = s.borrow().values();
                if members.is_empty() {
                    out.push_str("set()");
                } else {
                    out.push('{');
                    self.write_items(host, &members, out, seen)?;
                    out.push('}');
                }
            }
            Value::Range(r) => {
                let [a, b, c] = &**r;
                let _ = if *c == 1 {
                    write!(out, "range({a}, {b})")
                } else {
                    write!(out, "range({a}, {b}, {c})")
                };
            }
            Value::Slice(s) => {
                out.push_str("slice(");
                self.write_items(host, s.as_slice(), out, seen)?;
                out.push(')');
            }
            Value::Builtin(b) if b.is_type() => {
                let _ = write!(out, "<class '{}'>", b.name());
            }
            Value::Builtin(b) => {
                let _ = write!(out, "<built-in function {}>", b.name());
            }
            Value::ExcClass(c) => {
                let _ = write!(out, "<class '{}'>", c.qualname);
            }
            Value::Exc(e) => {
                out.push_str(&e.class.name);
                out.push('(');
                let args = e.args.clone();
                self.write_items(host, &args, out, seen)?;
                out.push(')');
            }
            Value::View(d, what) => {
                let name = match what {
                    DictView::Keys => "dict_keys",
                    DictView::Values => "dict_values",
                    DictView::Items => "dict_items",
                };
                let items = self.collect(host, v)?;
                let _ = d;
                out.push_str(name);
                out.push_str("([");
                self.write_items(host, &items, out, seen)?;
                out.push_str("])");
            }
            Value::Host(h) => out.push_str(&host.repr(h)?),
            Value::Ellipsis => out.push_str("Ellipsis"),
            Value::Method(m) if matches!(m.0, Value::Builtin(_)) => {
                let _ = write!(
                    out,
                    "<method '{}' of '{}' objects>",
                    m.1,
                    m.0.name_of_type()
                );
            }
            Value::Func(_) | Value::Method(_) | Value::Iter(_) => {
                return Err(Thrown::unsupported(format!(
                    "printing a {} object (CPython shows its memory address)",
                    v.type_name()
                )))
            }
        }
        Ok(())
    }

    // ---- format() ----

    pub(super) fn format_value(
        &mut self,
        host: &mut dyn Host,
        v: &Value,
        spec: &str,
    ) -> Result<String, Thrown> {
        if spec.is_empty() {
            return self.str_of(host, v);
        }
        if let Value::Host(h) = v {
            if let Some(text) = host.format(h, spec)? {
                return Ok(text);
            }
        }
        let spec = Spec::parse(spec)?;
        let body = match v {
            Value::Int(_) | Value::Bool(_)
                if !matches!(spec.kind, Some('f' | 'F' | 'e' | 'E' | '%' | 'g' | 'G')) =>
            {
                let n = as_int(v).unwrap_or(0);
                if spec.kind.is_none()
                    && matches!(v, Value::Bool(_))
                    && spec.sign.is_none()
                    && spec.grouping.is_none()
                {
                    self.str_of(host, v)?
                } else {
                    match spec.kind {
                        None | Some('d') | Some('n') => {
                            spec.number(n < 0, &n.unsigned_abs().to_string())
                        }
                        Some('x') => spec.number(n < 0, &format!("{:x}", n.unsigned_abs())),
                        Some('X') => spec.number(n < 0, &format!("{:X}", n.unsigned_abs())),
                        Some('b') => spec.number(n < 0, &format!("{:b}", n.unsigned_abs())),
                        Some('o') => spec.number(n < 0, &format!("{:o}", n.unsigned_abs())),
                        Some('c') => char::from_u32(u32::try_from(n).unwrap_or(0xfffd))
                            .map(String::from)
                            .unwrap_or_default(),
                        Some(k) => {
                            return Err(Thrown::value_error(format!(
                                "Unknown format code '{k}' for object of type 'int'"
                            )))
                        }
                    }
                }
            }
            Value::Int(_) | Value::Bool(_) | Value::Float(_) => {
                let f = as_float(v).unwrap_or(0.0);
                let neg = f.is_sign_negative() && !f.is_nan();
                let a = f.abs();
                let digits = match spec.kind {
                    Some('f' | 'F') => fixed(a, spec.precision.unwrap_or(6)),
                    Some('%') => format!("{}%", fixed(a * 100.0, spec.precision.unwrap_or(6))),
                    Some('e') => float_exp(a, spec.precision.unwrap_or(6), false),
                    Some('E') => {
                        float_exp(a, spec.precision.unwrap_or(6), false).to_ascii_uppercase()
                    }
                    Some('g') => float_general(a, spec.precision.unwrap_or(6), false),
                    Some('G') => {
                        float_general(a, spec.precision.unwrap_or(6), false).to_ascii_uppercase()
                    }
                    None if spec.precision.is_none() => float_repr(a),
                    Some('d') => {
                        return Err(Thrown::value_error(
                            "Unknown format code 'd' for object of type 'float'",
                        ))
                    }
                    Some(k) => {
                        return Err(Thrown::unsupported(format!(
                            "the format code '{k}' for floats"
                        )))
                    }
                    None => {
                        return Err(Thrown::unsupported(
                            "float formats with a precision and no type (use .2f)",
                        ))
                    }
                };
                let digits = match (a.is_infinite(), a.is_nan()) {
                    (true, _) => "inf".to_string(),
                    (_, true) => "nan".to_string(),
                    _ => digits,
                };
                let digits = match spec.kind {
                    Some(k) if k.is_ascii_uppercase() => digits.to_ascii_uppercase(),
                    _ => digits,
                };
                spec.number(neg, &digits)
            }
            Value::Str(s) => {
                if !matches!(spec.kind, None | Some('s')) {
                    return Err(Thrown::value_error(format!(
                        "Unknown format code '{}' for object of type 'str'",
                        spec.kind.unwrap_or('?')
                    )));
                }
                if spec.sign.is_some() {
                    return Err(Thrown::value_error(
                        "Sign not allowed in string format specifier",
                    ));
                }
                let text: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s.to_string(),
                };
                spec.pad(&text, '<')
            }
            Value::None | Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Host(_) => {
                if spec.kind.is_some() || spec.precision.is_some() || spec.sign.is_some() {
                    return Err(Thrown::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        v.type_name()
                    )));
                }
                if !matches!(v, Value::Host(_)) {
                    return Err(Thrown::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        v.type_name()
                    )));
                }
                let text = self.str_of(host, v)?;
                spec.pad(&text, '<')
            }
            other => {
                return Err(Thrown::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    other.type_name()
                )))
            }
        };
        Ok(body)
    }
}

fn fixed(a: f64, p: usize) -> String {
    if p > 100 {
        return format!("{a:.100}");
    }
    format!("{a:.p$}")
}

/// A parsed format spec: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
struct Spec {
    fill: char,
    align: Option<char>,
    sign: Option<char>,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

impl Spec {
    fn parse(s: &str) -> Result<Spec, Thrown> {
        let chars: Vec<char> = s.chars().collect();
        let mut i = 0;
        let mut spec = Spec {
            fill: ' ',
            align: None,
            sign: None,
            zero: false,
            width: 0,
            grouping: None,
            precision: None,
            kind: None,
        };
        let is_align = |c: Option<&char>| matches!(c, Some('<' | '>' | '^' | '='));
        if is_align(chars.get(1)) {
            spec.fill = chars.first().copied().unwrap_or(' ');
            spec.align = chars.get(1).copied();
            i = 2;
        } else if is_align(chars.first()) {
            spec.align = chars.first().copied();
            i = 1;
        }
        if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
            spec.sign = Some(c);
            i += 1;
        }
        if chars.get(i) == Some(&'#') {
            return Err(Thrown::unsupported("the # format option"));
        }
        if chars.get(i) == Some(&'0') {
            spec.zero = true;
            i += 1;
        }
        let mut width = String::new();
        while let Some(c) = chars.get(i).filter(|c| c.is_ascii_digit()) {
            width.push(*c);
            i += 1;
        }
        spec.width = width.parse().unwrap_or(0).min(10_000);
        if let Some(&c @ (',' | '_')) = chars.get(i) {
            spec.grouping = Some(c);
            i += 1;
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            let mut p = String::new();
            while let Some(c) = chars.get(i).filter(|c| c.is_ascii_digit()) {
                p.push(*c);
                i += 1;
            }
            if p.is_empty() {
                return Err(Thrown::value_error("Format specifier missing precision"));
            }
            spec.precision = Some(p.parse().unwrap_or(0).min(1000));
        }
        if let Some(&c) = chars.get(i) {
            spec.kind = Some(c);
            i += 1;
        }
        if i < chars.len() {
            return Err(Thrown::value_error("Invalid format specifier"));
        }
        Ok(spec)
    }

    fn pad(&self, text: &str, default_align: char) -> String {
        let len = text.chars().count();
        if len >= self.width {
            return text.to_string();
        }
        let n = self.width - len;
        let fill = |k: usize| std::iter::repeat_n(self.fill, k).collect::<String>();
        match self.align.unwrap_or(default_align) {
            '>' | '=' => format!("{}{text}", fill(n)),
            '^' => format!("{}{text}{}", fill(n / 2), fill(n - n / 2)),
            _ => format!("{text}{}", fill(n)),
        }
    }

    /// Sign, grouping, zero padding and alignment for a number whose
    /// absolute value's digits are `digits`.
    fn number(&self, negative: bool, digits: &str) -> String {
        let digits = match self.grouping {
            Some(sep) => {
                let (int, rest) = match digits.find(|c: char| !c.is_ascii_digit()) {
                    Some(i) => digits.split_at(i),
                    None => (digits, ""),
                };
                let mut g = String::new();
                for (i, c) in int.chars().enumerate() {
                    if i > 0 && (int.len() - i) % 3 == 0 {
                        g.push(sep);
                    }
                    g.push(c);
                }
                g + rest
            }
            None => digits.to_string(),
        };
        let sign = if negative {
            "-"
        } else {
            match self.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        if self.zero && self.align.is_none() {
            let width = self.width.saturating_sub(sign.len());
            let pad = width.saturating_sub(digits.chars().count());
            return format!("{sign}{}{digits}", "0".repeat(pad));
        }
        if self.align == Some('=') {
            let pad = self
                .width
                .saturating_sub(sign.len() + digits.chars().count());
            return format!(
                "{sign}{}{digits}",
                std::iter::repeat_n(self.fill, pad).collect::<String>()
            );
        }
        self.pad(&format!("{sign}{digits}"), '>')
    }
}

impl ExcObj {
    /// A builtin exception with arbitrary arguments (`KeyError(key)`).
    pub fn with_args(class: &str, args: Vec<Value>) -> Rc<ExcObj> {
        let class = builtin_exception(class)
            .or_else(|| builtin_exception("Exception"))
            .unwrap_or_else(|| ExcClass::new(class, class, None));
        Rc::new(ExcObj {
            class,
            args,
            line: std::cell::Cell::new(0),
        })
    }
}

/// A stable merge sort that only asks `less`, which may fail: Rust's own
/// sorts may panic on a comparison that is not a total order (NaN).
fn merge_sort(
    items: Vec<(Value, Value)>,
    less: &mut dyn FnMut(&Value, &Value) -> Result<bool, Thrown>,
) -> Result<Vec<(Value, Value)>, Thrown> {
    if items.len() <= 1 {
        return Ok(items);
    }
    let mut right = items;
    let left = right.drain(..right.len() / 2).collect::<Vec<_>>();
    let left = merge_sort(left, less)?;
    let right = merge_sort(right, less)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut l = left.into_iter().peekable();
    let mut r = right.into_iter().peekable();
    loop {
        match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => {
                if less(&b.0, &a.0)? {
                    out.extend(r.next());
                } else {
                    out.extend(l.next());
                }
            }
            (Some(_), None) => out.extend(l.next()),
            (None, Some(_)) => out.extend(r.next()),
            (None, None) => break,
        }
    }
    Ok(out)
}

/// CPython's sort for fewer than 64 items (a run, then binary insertion),
/// comparison for comparison, so that a failing comparison names the
/// same two types CPython's message does.
fn small_sort(
    mut v: Vec<(Value, Value)>,
    less: &mut dyn FnMut(&Value, &Value) -> Result<bool, Thrown>,
) -> Result<Vec<(Value, Value)>, Thrown> {
    let n = v.len();
    if n < 2 {
        return Ok(v);
    }
    let mut run = 2;
    if less(&v[1].0, &v[0].0)? {
        while run < n && less(&v[run].0, &v[run - 1].0)? {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !less(&v[run].0, &v[run - 1].0)? {
            run += 1;
        }
    }
    for start in run..n {
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + (r - l) / 2;
            if less(&v[start].0, &v[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=start].rotate_right(1);
    }
    Ok(v)
}

impl Vm {
    /// Sorts `items` by `key` (a callable or None) as `sorted` does.
    fn sort_values(
        &mut self,
        host: &mut dyn Host,
        items: Vec<Value>,
        key: Option<Value>,
        reverse: bool,
    ) -> Result<Vec<Value>, Thrown> {
        let mut keyed = Vec::with_capacity(items.len());
        for item in items {
            let k = match &key {
                Some(f) => self.call_value(host, f, vec![item.clone()], Vec::new())?,
                None => item.clone(),
            };
            keyed.push((k, item));
        }
        if reverse {
            keyed.reverse();
        }
        let mut less = |a: &Value, b: &Value| self.order(host, CmpOp::Lt, a, b, 0);
        let mut sorted = if keyed.len() < 64 {
            small_sort(keyed, &mut less)?
        } else {
            merge_sort(keyed, &mut less)?
        };
        if reverse {
            sorted.reverse();
        }
        Ok(sorted.into_iter().map(|(_, v)| v).collect())
    }

    fn min_max(
        &mut self,
        host: &mut dyn Host,
        name: &str,
        args: Vec<Value>,
        mut kwargs: Kwargs,
    ) -> Result<Value, Thrown> {
        let key = take_kw(&mut kwargs, "key").filter(|k| !matches!(k, Value::None));
        let default = take_kw(&mut kwargs, "default");
        unexpected_kw(name, &kwargs)?;
        let items = match args.len() {
            0 => {
                return Err(Thrown::type_error(format!(
                    "{name} expected at least 1 argument, got 0"
                )))
            }
            1 => {
                let v = args.into_iter().next().unwrap_or(Value::None);
                self.collect(host, &v)?
            }
            _ => {
                if default.is_some() {
                    return Err(Thrown::type_error(format!(
                        "Cannot specify a default for {name}() with multiple positional arguments"
                    )));
                }
                args
            }
        };
        let mut best: Option<(Value, Value)> = None;
        for item in items {
            let k = match &key {
                Some(f) => self.call_value(host, f, vec![item.clone()], Vec::new())?,
                None => item.clone(),
            };
            let better = match &best {
                None => true,
                Some((bk, _)) => {
                    let op = if name == "min" { CmpOp::Lt } else { CmpOp::Gt };
                    self.order(host, op, &k, bk, 0)?
                }
            };
            if better {
                best = Some((k, item));
            }
        }
        match (best, default) {
            (Some((_, v)), _) => Ok(v),
            (None, Some(d)) => Ok(d),
            (None, None) => Err(Thrown::value_error(format!(
                "{name}() arg is an empty sequence"
            ))),
        }
    }

    fn int_of(&mut self, host: &mut dyn Host, v: &Value) -> Result<Value, Thrown> {
        match v {
            Value::Int(n) => Ok(Value::Int(*n)),
            Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
            Value::Float(f) => match int_float(*f) {
                Ok(n) => Ok(Value::Int(n)),
                Err(FloatToInt::NaN) => {
                    Err(Thrown::value_error("cannot convert float NaN to integer"))
                }
                Err(FloatToInt::Infinite) => Err(Thrown::new(
                    "OverflowError",
                    "cannot convert float infinity to integer",
                )),
                Err(FloatToInt::TooBig) => Err(Thrown::unsupported("integers beyond 64 bits")),
            },
            Value::Str(s) => match int_text(s) {
                IntText::Int(n) => Ok(Value::Int(n)),
                IntText::Invalid => Err(Thrown::value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    str_repr(s)
                ))),
                IntText::TooBig => Err(Thrown::unsupported("integers beyond 64 bits")),
            },
            Value::Host(_) => {
                let s = self.str_of(host, v)?;
                self.int_of(host, &Value::str(&s))
            }
            other => Err(Thrown::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                other.type_name()
            ))),
        }
    }

    fn float_of(&mut self, v: &Value) -> Result<Value, Thrown> {
        match v {
            Value::Float(f) => Ok(Value::Float(*f)),
            Value::Int(_) | Value::Bool(_) => Ok(Value::Float(as_float(v).unwrap_or(0.0))),
            Value::Str(s) => float_text(s).map(Value::Float).ok_or_else(|| {
                Thrown::value_error(format!(
                    "could not convert string to float: {}",
                    str_repr(s)
                ))
            }),
            other => Err(Thrown::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                other.type_name()
            ))),
        }
    }

    fn isinstance(
        &mut self,
        host: &mut dyn Host,
        v: &Value,
        class: &Value,
    ) -> Result<bool, Thrown> {
        Ok(match class {
            Value::Tuple(items) => {
                for c in items.iter() {
                    if self.isinstance(host, v, c)? {
                        return Ok(true);
                    }
                }
                false
            }
            Value::Builtin(b) if b.is_type() => match b {
                Builtin::Int => matches!(v, Value::Int(_) | Value::Bool(_)),
                Builtin::Object => true,
                Builtin::Type => {
                    matches!(v, Value::ExcClass(_)) || matches!(v, Value::Builtin(b) if b.is_type())
                }
                _ => v.type_name() == b.name(),
            },
            Value::ExcClass(c) => matches!(v, Value::Exc(e) if e.class.is_subclass(c)),
            Value::Host(h) => host.isinstance(v, h)?,
            _ => {
                return Err(Thrown::type_error(
                    "isinstance() arg 2 must be a type, a tuple of types, or a union",
                ))
            }
        })
    }

    fn print(
        &mut self,
        host: &mut dyn Host,
        args: Vec<Value>,
        mut kwargs: Kwargs,
    ) -> Result<Value, Thrown> {
        let sep = take_kw(&mut kwargs, "sep");
        let end = take_kw(&mut kwargs, "end");
        take_kw(&mut kwargs, "flush");
        unexpected_kw("print", &kwargs)?;
        let text_of = |v: Option<Value>, what: &str, default: &str| -> Result<String, Thrown> {
            match &v {
                None | Some(Value::None) => Ok(default.to_string()),
                Some(Value::Str(s)) => Ok(s.to_string()),
                Some(other) => Err(Thrown::type_error(format!(
                    "{what} must be None or a string, not {}",
                    other.type_name()
                ))),
            }
        };
        let sep = text_of(sep, "sep", " ")?;
        let end = text_of(end, "end", "\n")?;
        let mut line = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                line.push_str(&sep);
            }
            line.push_str(&self.str_of(host, a)?);
        }
        line.push_str(&end);
        check_size(self.out.len() + line.len())?;
        self.out.push_str(&line);
        Ok(Value::None)
    }

    pub(super) fn call_builtin(
        &mut self,
        host: &mut dyn Host,
        b: Builtin,
        args: Vec<Value>,
        mut kwargs: Kwargs,
    ) -> Result<Value, Thrown> {
        let name = b.name();
        let one = |args: &[Value]| -> Value { args.first().cloned().unwrap_or(Value::None) };
        match b {
            Builtin::Print => return self.print(host, args, kwargs),
            Builtin::Min | Builtin::Max => return self.min_max(host, name, args, kwargs),
            Builtin::Sorted => {
                let key = take_kw(&mut kwargs, "key").filter(|k| !matches!(k, Value::None));
                let reverse = match take_kw(&mut kwargs, "reverse") {
                    Some(r) => self.truthy(host, &r)?,
                    None => false,
                };
                unexpected_kw("sort", &kwargs)?;
                if args.len() != 1 {
                    return Err(Thrown::type_error(format!(
                        "sorted expected 1 argument, got {}",
                        args.len()
                    )));
                }
                let items = self.collect(host, &one(&args))?;
                return Ok(Value::list(self.sort_values(host, items, key, reverse)?));
            }
            Builtin::Enumerate => {
                let start = take_kw(&mut kwargs, "start");
                unexpected_kw("enumerate", &kwargs)?;
                arg_count("enumerate", &args, 1, 2)?;
                let start = match args.get(1).cloned().or(start) {
                    Some(s) => index_arg(&s)?,
                    None => 0,
                };
                let inner = self.get_iter(host, &one(&args))?;
                return Ok(Value::iter(Iter::Enumerate {
                    inner,
                    count: start,
                }));
            }
            _ => {}
        }
        if b != Builtin::Dict {
            no_kwargs(name, &kwargs)?;
        }
        // A number the host owns (a `Decimal`) converts itself.
        if let (
            Builtin::Int | Builtin::Float | Builtin::Abs | Builtin::Round,
            Some(Value::Host(h)),
            1 | 2,
        ) = (b, args.first(), args.len())
        {
            if let Some(v) = host.number(b, h, args.get(1))? {
                return Ok(v);
            }
        }
        match b {
            Builtin::Len => {
                arg_count("len", &args, 1, 1)?;
                let v = one(&args);
                let n = match &v {
                    Value::List(_)
                    | Value::Tuple(_)
                    | Value::Str(_)
                    | Value::Dict(_)
                    | Value::Set(_)
                    | Value::Range(..)
                    | Value::View(..) => i64::try_from(self.plain_len(&v)).unwrap_or(i64::MAX),
                    Value::Host(h) => host.len(h)?.ok_or_else(|| {
                        Thrown::type_error(format!(
                            "object of type '{}' has no len()",
                            h.type_name()
                        ))
                    })?,
                    other => {
                        return Err(Thrown::type_error(format!(
                            "object of type '{}' has no len()",
                            other.type_name()
                        )))
                    }
                };
                Ok(Value::Int(n))
            }
            Builtin::List => {
                arg_count("list", &args, 0, 1)?;
                Ok(Value::list(if args.is_empty() {
                    Vec::new()
                } else {
                    self.collect(host, &one(&args))?
                }))
            }
            Builtin::Tuple => {
                arg_count("tuple", &args, 0, 1)?;
                Ok(Value::tuple(if args.is_empty() {
                    Vec::new()
                } else {
                    self.collect(host, &one(&args))?
                }))
            }
            Builtin::Set => {
                arg_count("set", &args, 0, 1)?;
                if args.is_empty() {
                    return Ok(super::sets::set_value(Default::default()));
                }
                self.make_set(host, &one(&args))
            }
            Builtin::Dict => {
                arg_count("dict", &args, 0, 1)?;
                let d = Rc::new(RefCell::new(Dict::default()));
                if let Some(src) = args.first() {
                    self.dict_update(host, &d, src)?;
                }
                for (k, v) in kwargs {
                    d.borrow_mut().insert(Key::Str(k.clone()), Value::Str(k), v);
                }
                Ok(Value::Dict(d))
            }
            Builtin::Sum => {
                arg_count("sum", &args, 1, 2)?;
                let items = self.collect(host, &one(&args))?;
                let mut total = args.get(1).cloned().unwrap_or(Value::Int(0));
                if let Value::Str(_) = total {
                    return Err(Thrown::type_error(
                        "sum() can't sum strings [use ''.join(seq) instead]",
                    ));
                }
                for item in items {
                    total = self.binary(host, super::ast::BinOp::Add, &total, &item)?;
                }
                Ok(total)
            }
            Builtin::Reversed => {
                arg_count("reversed", &args, 1, 1)?;
                let v = one(&args);
                let items = match &v {
                    Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(..) => {
                        self.collect(host, &v)?
                    }
                    Value::Dict(_) => self.collect(host, &v)?,
                    other => {
                        return Err(Thrown::type_error(format!(
                            "'{}' object is not reversible",
                            other.type_name()
                        )))
                    }
                };
                Ok(Value::iter(Iter::Vec(
                    items.into_iter().rev().collect::<Vec<_>>().into_iter(),
                )))
            }
            Builtin::Any | Builtin::All => {
                arg_count(name, &args, 1, 1)?;
                let it = self.get_iter(host, &one(&args))?;
                let want = b == Builtin::Any;
                while let Some(item) = self.next_item(host, &it)? {
                    if self.truthy(host, &item)? == want {
                        return Ok(Value::Bool(want));
                    }
                }
                Ok(Value::Bool(!want))
            }
            Builtin::Str => {
                arg_count("str", &args, 0, 1)?;
                if args.is_empty() {
                    return Ok(Value::str(""));
                }
                Ok(Value::str(&self.str_of(host, &one(&args))?))
            }
            Builtin::Repr => {
                arg_count("repr", &args, 1, 1)?;
                Ok(Value::str(&self.repr_of(host, &one(&args))?))
            }
            Builtin::Int => {
                arg_count("int", &args, 0, 1)?;
                if args.is_empty() {
                    return Ok(Value::Int(0));
                }
                self.int_of(host, &one(&args))
            }
            Builtin::Float => {
                arg_count("float", &args, 0, 1)?;
                if args.is_empty() {
                    return Ok(Value::Float(0.0));
                }
                self.float_of(&one(&args))
            }
            Builtin::Bool => {
                arg_count("bool", &args, 0, 1)?;
                if args.is_empty() {
                    return Ok(Value::Bool(false));
                }
                Ok(Value::Bool(self.truthy(host, &one(&args))?))
            }
            Builtin::Type => {
                if args.len() != 1 {
                    return Err(Thrown::type_error("type() takes 1 or 3 arguments"));
                }
                let v = one(&args);
                Ok(match &v {
                    Value::None => Value::Builtin(Builtin::NoneType),
                    Value::Bool(_) => Value::Builtin(Builtin::Bool),
                    Value::Int(_) => Value::Builtin(Builtin::Int),
                    Value::Float(_) => Value::Builtin(Builtin::Float),
                    Value::Str(_) => Value::Builtin(Builtin::Str),
                    Value::List(_) => Value::Builtin(Builtin::List),
                    Value::Tuple(_) => Value::Builtin(Builtin::Tuple),
                    Value::Dict(_) => Value::Builtin(Builtin::Dict),
                    Value::Set(_) => Value::Builtin(Builtin::Set),
                    Value::Range(..) => Value::Builtin(Builtin::Range),
                    Value::Func(_) => Value::Builtin(Builtin::FunctionType),
                    Value::Exc(e) => Value::ExcClass(e.class.clone()),
                    Value::Host(h) => host.get_attr(h, "__class__")?.ok_or_else(|| {
                        Thrown::unsupported(format!("type() of a {} object", h.type_name()))
                    })?,
                    other => {
                        return Err(Thrown::unsupported(format!(
                            "type() of a {} object",
                            other.type_name()
                        )))
                    }
                })
            }
            Builtin::Isinstance => {
                if args.len() != 2 {
                    return Err(Thrown::type_error(format!(
                        "isinstance expected 2 arguments, got {}",
                        args.len()
                    )));
                }
                let class = args.get(1).cloned().unwrap_or(Value::None);
                Ok(Value::Bool(self.isinstance(host, &one(&args), &class)?))
            }
            Builtin::Getattr | Builtin::Hasattr => {
                if b == Builtin::Getattr {
                    arg_count("getattr", &args, 2, 3)?;
                } else if args.len() != 2 {
                    return Err(Thrown::type_error(format!(
                        "hasattr expected 2 arguments, got {}",
                        args.len()
                    )));
                }
                let attr = args.get(1).cloned().unwrap_or(Value::None);
                let Value::Str(attr) = &attr else {
                    return Err(Thrown::type_error(format!(
                        "attribute name must be string, not '{}'",
                        attr.type_name()
                    )));
                };
                match self.get_attr(host, one(&args), attr) {
                    Ok(v) => Ok(if b == Builtin::Hasattr {
                        Value::Bool(true)
                    } else {
                        v
                    }),
                    Err(Thrown::Exc(e)) if &*e.class.name == "AttributeError" => {
                        if b == Builtin::Hasattr {
                            Ok(Value::Bool(false))
                        } else {
                            args.get(2).cloned().ok_or(Thrown::Exc(e))
                        }
                    }
                    Err(e) => Err(e),
                }
            }
            Builtin::Zip => {
                let mut iters = Vec::new();
                for a in &args {
                    iters.push(self.get_iter(host, a)?);
                }
                Ok(Value::iter(Iter::Zip(iters)))
            }
            Builtin::Range => {
                arg_count("range", &args, 1, 3)?;
                let nums = args.iter().map(index_arg).collect::<Result<Vec<_>, _>>()?;
                let (a, b, c) = match nums.as_slice() {
                    [stop] => (0, *stop, 1),
                    [start, stop] => (*start, *stop, 1),
                    [start, stop, step] => (*start, *stop, *step),
                    _ => (0, 0, 1),
                };
                if c == 0 {
                    return Err(Thrown::value_error("range() arg 3 must not be zero"));
                }
                Ok(Value::Range(Rc::new([a, b, c])))
            }
            Builtin::Abs => {
                arg_count("abs", &args, 1, 1)?;
                match one(&args) {
                    Value::Int(n) => {
                        Ok(Value::Int(n.checked_abs().ok_or_else(super::vm::big_int)?))
                    }
                    Value::Bool(b) => Ok(Value::Int(i64::from(b))),
                    Value::Float(f) => Ok(Value::Float(f.abs())),
                    other => Err(Thrown::type_error(format!(
                        "bad operand type for abs(): '{}'",
                        other.type_name()
                    ))),
                }
            }
            Builtin::Round => {
                arg_count("round", &args, 1, 2)?;
                let ndigits = match args.get(1) {
                    None | Some(Value::None) => None,
                    Some(v) => Some(index_arg(v)?),
                };
                match (one(&args), ndigits) {
                    (v @ (Value::Int(_) | Value::Bool(_)), None) => {
                        Ok(Value::Int(as_int(&v).unwrap_or(0)))
                    }
                    (v @ (Value::Int(_) | Value::Bool(_)), Some(d)) => {
                        if d >= 0 {
                            return Ok(Value::Int(as_int(&v).unwrap_or(0)));
                        }
                        Err(Thrown::unsupported("round() of an int to negative digits"))
                    }
                    (Value::Float(f), None) => {
                        if f.is_nan() {
                            return Err(Thrown::value_error("cannot convert float NaN to integer"));
                        }
                        if f.is_infinite() {
                            return Err(Thrown::new(
                                "OverflowError",
                                "cannot convert float infinity to integer",
                            ));
                        }
                        let r = f.round_ties_even();
                        if r.abs() >= 9.2e18 {
                            return Err(super::vm::big_int());
                        }
                        Ok(Value::Int(r as i64))
                    }
                    (Value::Float(f), Some(d)) => {
                        if !f.is_finite() || d > 300 {
                            return Ok(Value::Float(f));
                        }
                        if d < 0 {
                            return Err(Thrown::unsupported("round() to negative digits"));
                        }
                        let d = usize::try_from(d).unwrap_or(0);
                        let s = format!("{f:.d$}");
                        Ok(Value::Float(parse_float(&s).unwrap_or(f)))
                    }
                    (other, _) => Err(Thrown::type_error(format!(
                        "type {} doesn't define __round__ method",
                        other.type_name()
                    ))),
                }
            }
            Builtin::Iter => {
                arg_count("iter", &args, 1, 1)?;
                self.get_iter(host, &one(&args))
            }
            Builtin::Next => {
                arg_count("next", &args, 1, 2)?;
                let it = one(&args);
                if !matches!(it, Value::Iter(_)) {
                    return Err(Thrown::type_error(format!(
                        "'{}' object is not an iterator",
                        it.type_name()
                    )));
                }
                match self.next_item(host, &it)? {
                    Some(v) => Ok(v),
                    None => args
                        .get(1)
                        .cloned()
                        .ok_or_else(|| Thrown::new("StopIteration", "")),
                }
            }
            Builtin::Map | Builtin::Filter => {
                if args.len() < 2 {
                    return Err(Thrown::type_error(format!(
                        "{name}() must have at least two arguments."
                    )));
                }
                let f = one(&args);
                let mut iters = Vec::new();
                for a in args.iter().skip(1) {
                    iters.push(self.get_iter(host, a)?);
                }
                let mut out = Vec::new();
                'outer: loop {
                    let mut items = Vec::new();
                    for it in &iters {
                        match self.next_item(host, it)? {
                            Some(v) => items.push(v),
                            None => break 'outer,
                        }
                    }
                    if b == Builtin::Map {
                        out.push(self.call_value(host, &f, items, Vec::new())?);
                    } else {
                        let item = items.into_iter().next().unwrap_or(Value::None);
                        let keep = if let Value::None = f {
                            self.truthy(host, &item)?
                        } else {
                            let r = self.call_value(host, &f, vec![item.clone()], Vec::new())?;
                            self.truthy(host, &r)?
                        };
                        if keep {
                            out.push(item);
                        }
                    }
                    check_size(out.len())?;
                }
                Ok(Value::iter(Iter::Vec(out.into_iter())))
            }
            Builtin::Format => {
                arg_count("format", &args, 1, 2)?;
                let spec = match args.get(1) {
                    Some(Value::Str(s)) => s.clone(),
                    Some(other) => {
                        return Err(Thrown::type_error(format!(
                            "format() argument 2 must be str, not {}",
                            other.type_name()
                        )))
                    }
                    None => "".into(),
                };
                Ok(Value::str(&self.format_value(host, &one(&args), &spec)?))
            }
            Builtin::Divmod => {
                arg_count("divmod", &args, 2, 2)?;
                let (a, b) = (one(&args), args.get(1).cloned().unwrap_or(Value::None));
                if let (Some(x), Some(y)) = (as_float(&a), as_float(&b)) {
                    if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
                        if y == 0.0 {
                            return Err(Thrown::new("ZeroDivisionError", "float divmod()"));
                        }
                        let (d, m) = float_divmod(x, y);
                        return Ok(Value::tuple(vec![Value::Float(d), Value::Float(m)]));
                    }
                    if as_int(&b) == Some(0) {
                        return Err(Thrown::new(
                            "ZeroDivisionError",
                            "integer division or modulo by zero",
                        ));
                    }
                }
                let d = self.binary(host, super::ast::BinOp::FloorDiv, &a, &b)?;
                let m = self.binary(host, super::ast::BinOp::Mod, &a, &b)?;
                Ok(Value::tuple(vec![d, m]))
            }
            Builtin::Callable => {
                arg_count("callable", &args, 1, 1)?;
                Ok(Value::Bool(matches!(
                    one(&args),
                    Value::Func(_)
                        | Value::Builtin(_)
                        | Value::Method(_)
                        | Value::ExcClass(_)
                        | Value::Host(_)
                )))
            }
            Builtin::NoneType | Builtin::FunctionType | Builtin::Object => {
                Err(Thrown::unsupported(format!("calling {name}()")))
            }
            Builtin::Print | Builtin::Min | Builtin::Max | Builtin::Sorted | Builtin::Enumerate => {
                Ok(Value::None)
            }
        }
    }

    fn dict_update(
        &mut self,
        host: &mut dyn Host,
        d: &Rc<RefCell<Dict>>,
        src: &Value,
    ) -> Result<(), Thrown> {
        if let Value::Dict(s) = src {
            let entries = s.borrow().entries().to_vec();
            for (k, v) in entries {
                let hk = self.hash_key(host, &k)?;
                d.borrow_mut().insert(hk, k, v);
            }
            return Ok(());
        }
        let items = self.collect(host, src)?;
        for (i, item) in items.into_iter().enumerate() {
            let pair = if matches!(item, Value::List(_) | Value::Tuple(_) | Value::Str(_)) {
                self.collect(host, &item)?
            } else {
                return Err(Thrown::type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            };
            let [k, v] = <[Value; 2]>::try_from(pair).map_err(|p| {
                Thrown::value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    p.len()
                ))
            })?;
            let hk = self.hash_key(host, &k)?;
            d.borrow_mut().insert(hk, k, v);
        }
        Ok(())
    }

    // ---- methods ----

    pub(super) fn call_method(
        &mut self,
        host: &mut dyn Host,
        recv: &Value,
        name: &str,
        args: Vec<Value>,
        mut kwargs: Kwargs,
    ) -> Result<Value, Thrown> {
        match recv {
            Value::Builtin(class) => {
                let mut args = args.into_iter();
                let Some(recv) = args.next() else {
                    return Err(Thrown::type_error(format!(
                        "unbound method {}.{name}() needs an argument",
                        class.name()
                    )));
                };
                if recv.type_name() != class.name() {
                    return Err(Thrown::type_error(format!(
                        "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
                        class.name(),
                        recv.type_name()
                    )));
                }
                self.call_method(host, &recv, name, args.collect(), kwargs)
            }
            Value::List(l) if name == "sort" => {
                let key = take_kw(&mut kwargs, "key").filter(|k| !matches!(k, Value::None));
                let reverse = match take_kw(&mut kwargs, "reverse") {
                    Some(r) => self.truthy(host, &r)?,
                    None => false,
                };
                unexpected_kw("sort", &kwargs)?;
                if !args.is_empty() {
                    return Err(Thrown::type_error("sort() takes no positional arguments"));
                }
                let items = std::mem::take(&mut *l.borrow_mut());
                let sorted = self.sort_values(host, items.clone(), key, reverse);
                *l.borrow_mut() = match sorted {
                    Ok(s) => s,
                    Err(e) => {
                        *l.borrow_mut() = items;
                        return Err(e);
                    }
                };
                Ok(Value::None)
            }
            Value::Str(s) if name == "format" => self.str_format(host, s, args, kwargs),
            Value::Str(s) if matches!(name, "split" | "rsplit") => {
                let sep = take_kw(&mut kwargs, "sep");
                let maxsplit = take_kw(&mut kwargs, "maxsplit");
                unexpected_kw(name, &kwargs)?;
                arg_count(name, &args, 0, 2)?;
                let sep = args.first().cloned().or(sep).unwrap_or(Value::None);
                let maxsplit = match args.get(1).cloned().or(maxsplit) {
                    Some(m) => index_arg(&m)?,
                    None => -1,
                };
                if maxsplit >= 0 && name == "rsplit" {
                    return Err(Thrown::unsupported("rsplit with maxsplit"));
                }
                let max = usize::try_from(maxsplit).ok();
                let parts: Vec<Value> = match &sep {
                    Value::None => {
                        let mut parts: Vec<String> = Vec::new();
                        let mut rest = s.trim_start();
                        while !rest.is_empty() {
                            if max.is_some_and(|m| parts.len() >= m) {
                                parts.push(rest.to_string());
                                break;
                            }
                            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                            parts.push(rest.get(..end).unwrap_or("").to_string());
                            rest = rest.get(end..).unwrap_or("").trim_start();
                        }
                        parts.iter().map(|p| Value::str(p)).collect()
                    }
                    Value::Str(sep) => {
                        if sep.is_empty() {
                            return Err(Thrown::value_error("empty separator"));
                        }
                        match max {
                            Some(m) => s.splitn(m + 1, &**sep).map(Value::str).collect(),
                            None => s.split(&**sep).map(Value::str).collect(),
                        }
                    }
                    other => {
                        return Err(Thrown::type_error(format!(
                            "must be str or None, not {}",
                            other.type_name()
                        )))
                    }
                };
                Ok(Value::list(parts))
            }
            _ => {
                no_kwargs(name, &kwargs)?;
                match recv {
                    Value::Str(s) => self.str_method(host, s, name, args),
                    Value::List(l) => self.list_method(host, l, name, args),
                    Value::Dict(d) => self.dict_method(host, d, name, args),
                    Value::Set(d) => self.set_method(host, d, name, args),
                    Value::Tuple(t) => self.seq_search(host, t, name, args, "tuple"),
                    other => Err(Thrown::new(
                        "AttributeError",
                        format!("'{}' object has no attribute '{name}'", other.type_name()),
                    )),
                }
            }
        }
    }

    fn seq_search(
        &mut self,
        host: &mut dyn Host,
        items: &[Value],
        name: &str,
        args: Vec<Value>,
        kind: &str,
    ) -> Result<Value, Thrown> {
        arg_count(name, &args, 1, if name == "index" { 3 } else { 1 })?;
        let x = args.first().cloned().unwrap_or(Value::None);
        if name == "count" {
            let mut n = 0;
            for item in items {
                if is_same(item, &x) || self.eq(host, item, &x, 0)? {
                    n += 1;
                }
            }
            return Ok(Value::Int(n));
        }
        let len = items.len();
        let bound = |v: Option<&Value>, default: usize| -> Result<usize, Thrown> {
            match v {
                None => Ok(default),
                Some(v) => {
                    let i = index_arg(v)?;
                    let l = i64::try_from(len).unwrap_or(i64::MAX);
                    let i = if i < 0 { (i + l).max(0) } else { i.min(l) };
                    Ok(usize::try_from(i).unwrap_or(0))
                }
            }
        };
        let (start, stop) = (bound(args.get(1), 0)?, bound(args.get(2), len)?);
        for (i, item) in items.iter().enumerate().take(stop).skip(start) {
            if is_same(item, &x) || self.eq(host, item, &x, 0)? {
                return Ok(Value::Int(i64::try_from(i).unwrap_or(0)));
            }
        }
        let shown = if kind == "list" {
            format!("{} is not in list", self.repr_of(host, &x)?)
        } else {
            "tuple.index(x): x not in tuple".into()
        };
        Err(Thrown::value_error(shown))
    }

    fn list_method(
        &mut self,
        host: &mut dyn Host,
        l: &Rc<RefCell<Vec<Value>>>,
        name: &str,
        args: Vec<Value>,
    ) -> Result<Value, Thrown> {
        let one = args.first().cloned().unwrap_or(Value::None);
        match name {
            "append" => {
                arg_count("list.append", &args, 1, 1).map_err(|_| {
                    Thrown::type_error(format!(
                        "list.append() takes exactly one argument ({} given)",
                        args.len()
                    ))
                })?;
                l.borrow_mut().push(one);
                check_size(l.borrow().len())?;
            }
            "extend" => {
                arg_count("list.extend", &args, 1, 1)?;
                let items = self.collect(host, &one)?;
                l.borrow_mut().extend(items);
                check_size(l.borrow().len())?;
            }
            "pop" => {
                arg_count("pop", &args, 0, 1)?;
                let len = l.borrow().len();
                if len == 0 {
                    return Err(Thrown::new("IndexError", "pop from empty list"));
                }
                let i = if args.is_empty() {
                    -1
                } else {
                    index_arg(&one)?
                };
                let index = norm_index(i, len)
                    .ok_or_else(|| Thrown::new("IndexError", "pop index out of range"))?;
                return Ok(l.borrow_mut().remove(index));
            }
            "insert" => {
                arg_count("insert", &args, 2, 2)?;
                let i = index_arg(&one)?;
                let len = i64::try_from(l.borrow().len()).unwrap_or(0);
                let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
                l.borrow_mut().insert(
                    usize::try_from(i).unwrap_or(0),
                    args.get(1).cloned().unwrap_or(Value::None),
                );
            }
            "index" | "count" => {
                let items = l.borrow().clone();
                return self.seq_search(host, &items, name, args, "list");
            }
            "remove" => {
                arg_count("list.remove", &args, 1, 1)?;
                let items = l.borrow().clone();
                for (i, item) in items.iter().enumerate() {
                    if is_same(item, &one) || self.eq(host, item, &one, 0)? {
                        l.borrow_mut().remove(i);
                        return Ok(Value::None);
                    }
                }
                return Err(Thrown::value_error("list.remove(x): x not in list"));
            }
            "reverse" => {
                arg_count("reverse", &args, 0, 0)?;
                l.borrow_mut().reverse();
            }
            "copy" => {
                arg_count("copy", &args, 0, 0)?;
                return Ok(Value::list(l.borrow().clone()));
            }
            "clear" => {
                arg_count("clear", &args, 0, 0)?;
                l.borrow_mut().clear();
            }
            _ => {
                return Err(Thrown::new(
                    "AttributeError",
                    format!("'list' object has no attribute '{name}'"),
                ))
            }
        }
        Ok(Value::None)
    }

    fn dict_method(
        &mut self,
        host: &mut dyn Host,
        d: &Rc<RefCell<Dict>>,
        name: &str,
        args: Vec<Value>,
    ) -> Result<Value, Thrown> {
        let one = args.first().cloned().unwrap_or(Value::None);
        match name {
            "get" => {
                arg_count("get", &args, 1, 2)?;
                let k = self.hash_key(host, &one)?;
                let v = d.borrow().get(&k).cloned();
                Ok(v.unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::None)))
            }
            "keys" | "values" | "items" => {
                arg_count(&format!("dict.{name}"), &args, 0, 0)?;
                let what = match name {
                    "keys" => DictView::Keys,
                    "values" => DictView::Values,
                    _ => DictView::Items,
                };
                Ok(Value::View(d.clone(), what))
            }
            "setdefault" => {
                arg_count("setdefault", &args, 1, 2)?;
                let k = self.hash_key(host, &one)?;
                let existing = d.borrow().get(&k).cloned();
                Ok(match existing {
                    Some(v) => v,
                    None => {
                        let v = args.get(1).cloned().unwrap_or(Value::None);
                        d.borrow_mut().insert(k, one, v.clone());
                        v
                    }
                })
            }
            "pop" => {
                arg_count("pop", &args, 1, 2)?;
                let k = self.hash_key(host, &one)?;
                let removed = d.borrow_mut().remove(&k);
                match (removed, args.get(1)) {
                    (Some((_, v)), _) => Ok(v),
                    (None, Some(default)) => Ok(default.clone()),
                    (None, None) => Err(Thrown::Exc(ExcObj::with_args("KeyError", vec![one]))),
                }
            }
            "popitem" => {
                arg_count("popitem", &args, 0, 0)?;
                let last = d.borrow_mut().pop_last();
                last.map(|(k, v)| Value::tuple(vec![k, v]))
                    .ok_or_else(|| Thrown::new("KeyError", "popitem(): dictionary is empty"))
            }
            "update" => {
                arg_count("update", &args, 0, 1)?;
                if !args.is_empty() {
                    self.dict_update(host, d, &one)?;
                }
                Ok(Value::None)
            }
            "copy" => Ok(Value::Dict(Rc::new(RefCell::new(d.borrow().clone())))),
            "clear" => {
                d.borrow_mut().clear();
                Ok(Value::None)
            }
            _ => Err(Thrown::new(
                "AttributeError",
                format!("'dict' object has no attribute '{name}'"),
            )),
        }
    }

    fn str_method(
        &mut self,
        host: &mut dyn Host,
        s: &Rc<str>,
        name: &str,
        args: Vec<Value>,
    ) -> Result<Value, Thrown> {
        let one = args.first().cloned().unwrap_or(Value::None);
        let text = |v: String| Ok(Value::str(&v));
        match name {
            "join" => {
                arg_count("str.join", &args, 1, 1)?;
                let items = self.collect(host, &one)?;
                let mut out = String::new();
                for (i, item) in items.iter().enumerate() {
                    let Value::Str(p) = item else {
                        return Err(Thrown::type_error(format!(
                            "sequence item {i}: expected str instance, {} found",
                            item.type_name()
                        )));
                    };
                    if i > 0 {
                        out.push_str(s);
                    }
                    out.push_str(p);
                    check_size(out.len())?;
                }
                text(out)
            }
            "strip" | "lstrip" | "rstrip" => {
                arg_count(&format!("str.{name}"), &args, 0, 1)?;
                let chars: Option<Vec<char>> = match &one {
                    Value::None => None,
                    Value::Str(c) => Some(c.chars().collect()),
                    other => {
                        return Err(Thrown::type_error(format!(
                            "{name} arg must be None or str, not {}",
                            other.type_name()
                        )))
                    }
                };
                let pred = |c: char| match &chars {
                    Some(cs) => cs.contains(&c),
                    None => c.is_whitespace(),
                };
                text(match name {
                    "strip" => s.trim_matches(pred).to_string(),
                    "lstrip" => s.trim_start_matches(pred).to_string(),
                    _ => s.trim_end_matches(pred).to_string(),
                })
            }
            "upper" | "lower" | "swapcase" | "capitalize" | "title" | "isalpha" | "isupper"
            | "islower" => super::case::str_case(s, name),
            "startswith" | "endswith" => {
                arg_count(name, &args, 1, 1)?;
                let prefixes: Vec<Value> = match &one {
                    Value::Tuple(t) => t.to_vec(),
                    other => vec![other.clone()],
                };
                for p in prefixes {
                    let Value::Str(p) = &p else {
                        return Err(Thrown::type_error(format!(
                            "{name} first arg must be str or a tuple of str, not {}",
                            one.type_name()
                        )));
                    };
                    let hit = if name == "startswith" {
                        s.starts_with(&**p)
                    } else {
                        s.ends_with(&**p)
                    };
                    if hit {
                        return Ok(Value::Bool(true));
                    }
                }
                Ok(Value::Bool(false))
            }
            "replace" => {
                arg_count("replace", &args, 2, 3)?;
                let old = str_arg(&one, "replace() argument 1")?;
                let new = args.get(1).cloned().unwrap_or(Value::None);
                let new = str_arg(&new, "replace() argument 2")?;
                let count = match args.get(2) {
                    Some(c) => index_arg(c)?,
                    None => -1,
                };
                let out = match usize::try_from(count) {
                    Ok(n) => {
                        if old.is_empty() {
                            return Err(Thrown::unsupported("replace('' , ...) with a count"));
                        }
                        s.replacen(&**old, new, n)
                    }
                    Err(_) => {
                        if old.is_empty() {
                            let mut out = String::from(&**new);
                            for c in s.chars() {
                                out.push(c);
                                out.push_str(new);
                            }
                            out
                        } else {
                            s.replace(&**old, new)
                        }
                    }
                };
                check_size(out.len())?;
                text(out)
            }
            "count" | "find" | "index" => {
                arg_count(name, &args, 1, 1)?;
                let sub = str_arg(&one, "must be str").map_err(|_| {
                    Thrown::type_error(format!("must be str, not {}", one.type_name()))
                })?;
                if name == "count" {
                    let n = if sub.is_empty() {
                        s.chars().count() + 1
                    } else {
                        s.matches(&**sub).count()
                    };
                    return Ok(Value::Int(i64::try_from(n).unwrap_or(0)));
                }
                match s.find(&**sub) {
                    Some(byte) => Ok(Value::Int(
                        i64::try_from(s.get(..byte).unwrap_or("").chars().count()).unwrap_or(0),
                    )),
                    None if name == "find" => Ok(Value::Int(-1)),
                    None => Err(Thrown::value_error("substring not found")),
                }
            }
            "isdigit" => Ok(Value::Bool(
                !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()),
            )),
            "zfill" | "center" | "ljust" | "rjust" => {
                arg_count(name, &args, 1, if name == "zfill" { 1 } else { 2 })?;
                let width = usize::try_from(index_arg(&one)?).unwrap_or(0);
                check_size(width)?;
                let len = s.chars().count();
                if len >= width {
                    return text(s.to_string());
                }
                let fill = match args.get(1) {
                    Some(Value::Str(f)) if f.chars().count() == 1 => {
                        f.chars().next().unwrap_or(' ')
                    }
                    Some(_) => {
                        return Err(Thrown::type_error(
                            "The fill character must be exactly one character long",
                        ))
                    }
                    None => ' ',
                };
                let n = width - len;
                let pad = |k: usize, c: char| std::iter::repeat_n(c, k).collect::<String>();
                text(match name {
                    "zfill" => {
                        let (sign, rest) = match s.strip_prefix(['+', '-']) {
                            Some(rest) => (s.get(..1).unwrap_or(""), rest),
                            None => ("", &**s),
                        };
                        format!("{sign}{}{rest}", pad(n, '0'))
                    }
                    "ljust" => format!("{s}{}", pad(n, fill)),
                    "rjust" => format!("{}{s}", pad(n, fill)),
                    _ => {
                        let left = n / 2 + (n & width & 1);
                        format!("{}{s}{}", pad(left, fill), pad(n - left, fill))
                    }
                })
            }
            "splitlines" => Ok(Value::list(s.lines().map(Value::str).collect())),
            _ => Err(Thrown::new(
                "AttributeError",
                format!("'str' object has no attribute '{name}'"),
            )),
        }
    }

    /// `str.format` with `{}`, `{0}`, `{name}`, `{x!r}`, `{x:spec}`.
    fn str_format(
        &mut self,
        host: &mut dyn Host,
        s: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> Result<Value, Thrown> {
        let mut out = String::new();
        let chars: Vec<char> = s.chars().collect();
        let mut i = 0;
        let mut auto = 0usize;
        while let Some(&c) = chars.get(i) {
            match c {
                '{' if chars.get(i + 1) == Some(&'{') => {
                    out.push('{');
                    i += 2;
                }
                '}' if chars.get(i + 1) == Some(&'}') => {
                    out.push('}');
                    i += 2;
                }
                '}' => {
                    return Err(Thrown::value_error(
                        "Single '}' encountered in format string",
                    ))
                }
                '{' => {
                    let Some(len) = chars
                        .get(i + 1..)
                        .and_then(|r| r.iter().position(|c| *c == '}'))
                    else {
                        return Err(Thrown::value_error(
                            "Single '{' encountered in format string",
                        ));
                    };
                    let field: String = chars
                        .get(i + 1..i + 1 + len)
                        .unwrap_or(&[])
                        .iter()
                        .collect();
                    if field.contains('{') {
                        return Err(Thrown::unsupported("nested fields in str.format"));
                    }
                    i += len + 2;
                    let (field, spec) = field.split_once(':').unwrap_or((&field, ""));
                    let (field, conv) = match field.split_once('!') {
                        Some((f, c)) => (f, Some(c)),
                        None => (field, None),
                    };
                    if field.contains('.') || field.contains('[') {
                        return Err(Thrown::unsupported(
                            "attribute or index lookups in str.format fields",
                        ));
                    }
                    let v = if field.is_empty() {
                        let v = args.get(auto).cloned().ok_or_else(|| {
                            Thrown::new("IndexError", format!("Replacement index {auto} out of range for positional args tuple"))
                        })?;
                        auto += 1;
                        v
                    } else if let Ok(n) = field.parse::<usize>() {
                        args.get(n).cloned().ok_or_else(|| {
                            Thrown::new(
                                "IndexError",
                                format!(
                                    "Replacement index {n} out of range for positional args tuple"
                                ),
                            )
                        })?
                    } else {
                        kwargs
                            .iter()
                            .find(|(k, _)| &**k == field)
                            .map(|(_, v)| v.clone())
                            .ok_or_else(|| {
                                Thrown::Exc(ExcObj::with_args("KeyError", vec![Value::str(field)]))
                            })?
                    };
                    let v = match conv {
                        Some("r") => Value::str(&self.repr_of(host, &v)?),
                        Some("s") => Value::str(&self.str_of(host, &v)?),
                        None => v,
                        Some(_) => return Err(Thrown::value_error("Unknown conversion specifier")),
                    };
                    out.push_str(&self.format_value(host, &v, spec)?);
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        Ok(Value::str(&out))
    }
}
