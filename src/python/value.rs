//! Python values: the lean `Value` enum, insertion-ordered dicts, sets in
//! CPython's hash order ([`super::pyset`]), exception classes and
//! instances, and the parts of the data model that need no host (repr,
//! equality, hashing, ordering, truthiness).
//!
//! Lists and dicts are `Rc<RefCell<…>>` because Python aliases them;
//! strings and tuples are immutable and shared by `Rc`. Values of any
//! depth drop without recursion (see the `Drop` impl).

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;

use super::compile::Code;
use super::host::HostObject;
use super::pyset::{float_hash, int_hash, str_hash, tuple_hash, PySet, NONE_HASH};
use super::vm::Env;

/// How deeply repr, equality and hashing follow nested containers before
/// giving up as CPython does (RecursionError).
pub const MAX_NESTING: usize = 200;

/// A Python value.
#[derive(Clone)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<[Value]>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<Set>>),
    /// `range(start, stop, step)`, boxed so that a `Value` is 16 bytes
    /// (less wasm to move one).
    Range(Rc<[i64; 3]>),
    Slice(Rc<[Value; 3]>),
    Func(Rc<Function>),
    Builtin(Builtin),
    /// A method bound to its receiver: `xs.append`.
    Method(Rc<(Value, Rc<str>)>),
    ExcClass(Rc<ExcClass>),
    Exc(Rc<ExcObj>),
    Iter(Rc<RefCell<Iter>>),
    Host(Rc<dyn HostObject>),
    Ellipsis,
    /// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
    View(Rc<RefCell<Dict>>, DictView),
}

/// A user function or lambda with its defaults and defining scope.
pub struct Function {
    pub code: Rc<Code>,
    pub defaults: Vec<Value>,
    pub env: Option<Rc<Env>>,
}

/// Builtin functions and types, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Print,
    Len,
    List,
    Dict,
    Set,
    Tuple,
    Sum,
    Min,
    Max,
    Sorted,
    Reversed,
    Any,
    All,
    Str,
    Repr,
    Int,
    Float,
    Bool,
    Type,
    Isinstance,
    Getattr,
    Hasattr,
    Enumerate,
    Zip,
    Range,
    Abs,
    Round,
    Iter,
    Next,
    Map,
    Filter,
    Format,
    Divmod,
    Callable,
    /// Type objects with no constructor here: `type(None)`, functions.
    NoneType,
    FunctionType,
    Object,
}

impl Builtin {
    pub const ALL: &'static [(&'static str, Builtin)] = &[
        ("print", Builtin::Print),
        ("len", Builtin::Len),
        ("list", Builtin::List),
        ("dict", Builtin::Dict),
        ("set", Builtin::Set),
        ("tuple", Builtin::Tuple),
        ("sum", Builtin::Sum),
        ("min", Builtin::Min),
        ("max", Builtin::Max),
        ("sorted", Builtin::Sorted),
        ("reversed", Builtin::Reversed),
        ("any", Builtin::Any),
        ("all", Builtin::All),
        ("str", Builtin::Str),
        ("repr", Builtin::Repr),
        ("int", Builtin::Int),
        ("float", Builtin::Float),
        ("bool", Builtin::Bool),
        ("type", Builtin::Type),
        ("isinstance", Builtin::Isinstance),
        ("getattr", Builtin::Getattr),
        ("hasattr", Builtin::Hasattr),
        ("enumerate", Builtin::Enumerate),
        ("zip", Builtin::Zip),
        ("range", Builtin::Range),
        ("abs", Builtin::Abs),
        ("round", Builtin::Round),
        ("iter", Builtin::Iter),
        ("next", Builtin::Next),
        ("map", Builtin::Map),
        ("filter", Builtin::Filter),
        ("format", Builtin::Format),
        ("divmod", Builtin::Divmod),
        ("callable", Builtin::Callable),
        ("object", Builtin::Object),
    ];

    pub fn name(self) -> &'static str {
        match self {
            Builtin::NoneType => "NoneType",
            Builtin::FunctionType => "function",
            _ => Builtin::ALL
                .iter()
                .find(|(_, b)| *b == self)
                .map_or("?", |(n, _)| n),
        }
    }

    /// Whether this builtin is a class (its repr is `<class 'int'>`).
    pub fn is_type(self) -> bool {
        matches!(
            self,
            Builtin::List
                | Builtin::Dict
                | Builtin::Set
                | Builtin::Tuple
                | Builtin::Str
                | Builtin::Int
                | Builtin::Float
                | Builtin::Bool
                | Builtin::Type
                | Builtin::Enumerate
                | Builtin::Zip
                | Builtin::Range
                | Builtin::Reversed
                | Builtin::Map
                | Builtin::Filter
                | Builtin::NoneType
                | Builtin::FunctionType
                | Builtin::Object
        )
    }
}

/// An exception class: builtin (`KeyError`) or the host's
/// (`Article.DoesNotExist`, a subclass of `ObjectDoesNotExist`).
#[derive(Debug)]
pub struct ExcClass {
    /// `__name__`: `DoesNotExist`.
    pub name: Rc<str>,
    /// What the traceback's last line starts with:
    /// `articles.models.Article.DoesNotExist`, or the name for builtins.
    pub qualname: Rc<str>,
    pub parent: Option<Rc<ExcClass>>,
}

impl ExcClass {
    /// A new class under `parent`.
    pub fn new(name: &str, qualname: &str, parent: Option<Rc<ExcClass>>) -> Rc<Self> {
        Rc::new(ExcClass {
            name: name.into(),
            qualname: qualname.into(),
            parent,
        })
    }

    /// Whether `self` is `other` or inherits from it.
    pub fn is_subclass(self: &Rc<Self>, other: &Rc<ExcClass>) -> bool {
        let mut c = Some(self.clone());
        while let Some(class) = c {
            if Rc::ptr_eq(&class, other) {
                return true;
            }
            c = class.parent.clone();
        }
        false
    }
}

/// An exception instance: its class and constructor arguments.
#[derive(Clone)]
pub struct ExcObj {
    pub class: Rc<ExcClass>,
    pub args: Vec<Value>,
    /// Where it was first raised (0 before), the traceback's last line.
    pub line: std::cell::Cell<u32>,
}

impl ExcObj {
    /// An instance with one message argument (or none if empty).
    pub fn new(class: Rc<ExcClass>, message: &str) -> Rc<Self> {
        let args = if message.is_empty() {
            Vec::new()
        } else {
            vec![Value::str(message)]
        };
        Rc::new(ExcObj {
            class,
            args,
            line: std::cell::Cell::new(0),
        })
    }
}

/// Python's builtin exception hierarchy, as `(name, parent)`.
const BUILTIN_EXCEPTIONS: &[(&str, Option<&str>)] = &[
    ("BaseException", None),
    ("Exception", Some("BaseException")),
    ("ArithmeticError", Some("Exception")),
    ("ZeroDivisionError", Some("ArithmeticError")),
    ("OverflowError", Some("ArithmeticError")),
    ("LookupError", Some("Exception")),
    ("KeyError", Some("LookupError")),
    ("IndexError", Some("LookupError")),
    ("TypeError", Some("Exception")),
    ("ValueError", Some("Exception")),
    ("NameError", Some("Exception")),
    ("UnboundLocalError", Some("NameError")),
    ("AttributeError", Some("Exception")),
    ("AssertionError", Some("Exception")),
    ("RuntimeError", Some("Exception")),
    ("RecursionError", Some("RuntimeError")),
    ("NotImplementedError", Some("RuntimeError")),
    ("ImportError", Some("Exception")),
    ("ModuleNotFoundError", Some("ImportError")),
    ("StopIteration", Some("Exception")),
    ("KeyboardInterrupt", Some("BaseException")),
    ("SystemExit", Some("BaseException")),
];

thread_local! {
    static EXCEPTIONS: Vec<Rc<ExcClass>> = {
        let mut classes: Vec<Rc<ExcClass>> = Vec::new();
        for (name, parent) in BUILTIN_EXCEPTIONS {
            let parent = parent.and_then(|p| classes.iter().find(|c| &*c.name == p).cloned());
            classes.push(ExcClass::new(name, name, parent));
        }
        classes
    };
}

/// A builtin exception class by name (`"Exception"`, `"KeyError"`), shared
/// by every run on this thread so that hosts can subclass them.
pub fn builtin_exception(name: &str) -> Option<Rc<ExcClass>> {
    EXCEPTIONS.with(|all| all.iter().find(|c| &*c.name == name).cloned())
}

/// A Python `set`: each member's dict key (its identity and CPython hash)
/// and the member itself, in CPython's table.
pub type Set = PySet<Key, Value>;

/// An insertion-ordered dict.
#[derive(Default, Clone)]
pub struct Dict {
    entries: Vec<(Value, Value)>,
    index: HashMap<Key, usize, foldhash::fast::FixedState>,
}

/// A hashable value's identity for dict lookups: equal Python values
/// (`1`, `1.0`, `True`) have equal keys.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Key {
    None,
    Int(i64),
    Float(u64),
    Str(Rc<str>),
    Tuple(Vec<Key>),
    /// Identity (functions, classes, builtins).
    Id(usize),
    Builtin(Builtin),
    /// The host's own key for its value (a model instance's class and
    /// pk) and CPython's hash of it (the pk's).
    Host(String, u64),
    Ellipsis,
}

impl Key {
    /// CPython's `hash()` of the values with this key (equal keys hash
    /// alike): where the value goes in a set's table.
    pub fn py_hash(&self) -> u64 {
        match self {
            Key::None => NONE_HASH,
            Key::Int(n) => int_hash(*n),
            Key::Float(bits) => float_hash(f64::from_bits(*bits)),
            Key::Str(s) => str_hash(s),
            Key::Tuple(items) => {
                let hashes: Vec<u64> = items.iter().map(Key::py_hash).collect();
                tuple_hash(&hashes)
            }
            // CPython hashes these by address, which differs from run to
            // run: any order of them is one CPython could print.
            Key::Id(address) => (*address as u64).rotate_right(4),
            Key::Builtin(b) => *b as u64 + 0x10_0000,
            Key::Ellipsis => 0x20_0000,
            Key::Host(_, hash) => *hash,
        }
    }
}

impl PySet<Key, Value> {
    /// A set holding `items` (already keyed), added one by one.
    pub fn of(items: impl IntoIterator<Item = (Key, Value)>) -> Set {
        let mut set = Set::default();
        for (key, value) in items {
            set.insert(key, value);
        }
        set
    }

    /// `set.add`: whether the member was new.
    pub fn insert(&mut self, key: Key, value: Value) -> bool {
        self.add(key.py_hash(), key, value)
    }

    pub fn has(&self, key: &Key) -> bool {
        self.contains(key.py_hash(), key)
    }

    /// `set.discard`: the member, if it was there.
    pub fn remove(&mut self, key: &Key) -> Option<Value> {
        self.discard(key.py_hash(), key).map(|(_, v)| v)
    }

    /// The members in iteration order.
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }

    /// The members with their keys in iteration order.
    pub fn members(&self) -> Vec<(Key, Value)> {
        self.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }
}

impl Dict {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, key: &Key) -> Option<&Value> {
        self.index
            .get(key)
            .and_then(|&i| self.entries.get(i))
            .map(|(_, v)| v)
    }

    pub fn contains(&self, key: &Key) -> bool {
        self.index.contains_key(key)
    }

    /// Inserts or replaces (keeping the first key object and position, as
    /// CPython does).
    pub fn insert(&mut self, hk: Key, key: Value, value: Value) {
        if let Some(&i) = self.index.get(&hk) {
            if let Some(slot) = self.entries.get_mut(i) {
                slot.1 = value;
            }
            return;
        }
        self.index.insert(hk, self.entries.len());
        self.entries.push((key, value));
    }

    pub fn remove(&mut self, key: &Key) -> Option<(Value, Value)> {
        let i = self.index.remove(key)?;
        if i >= self.entries.len() {
            return None;
        }
        let removed = self.entries.remove(i);
        for slot in self.index.values_mut() {
            if *slot > i {
                *slot -= 1;
            }
        }
        Some(removed)
    }

    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let (k, v) = self.entries.pop()?;
        let len = self.entries.len();
        self.index.retain(|_, i| *i != len);
        Some((k, v))
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
    }

    pub fn entries(&self) -> &[(Value, Value)] {
        &self.entries
    }

    pub fn entry(&self, i: usize) -> Option<&(Value, Value)> {
        self.entries.get(i)
    }
}

/// The state of an iterator value.
pub enum Iter {
    Seq {
        items: Value,
        index: usize,
    },
    Chars {
        text: Rc<str>,
        pos: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// A set's members from slot `pos` on, with the size it had when
    /// iteration began (CPython refuses a size change).
    Set {
        set: Rc<RefCell<Set>>,
        pos: usize,
        len: usize,
    },
    /// A dict's keys / values / items, with the length it had when
    /// iteration began (CPython refuses a size change).
    Dict {
        dict: Rc<RefCell<Dict>>,
        index: usize,
        len: usize,
        what: DictView,
    },
    /// Items already computed (generator expressions, `reversed`).
    Vec(std::vec::IntoIter<Value>),
    Enumerate {
        inner: Value,
        count: i64,
    },
    Zip(Vec<Value>),
    Host(Rc<dyn HostObject>),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

impl Value {
    /// Out of line: copying into a new `Rc<str>` is not small.
    #[inline(never)]
    pub fn str(s: &str) -> Value {
        Value::Str(s.into())
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(items.into())
    }

    pub fn iter(it: Iter) -> Value {
        Value::Iter(Rc::new(RefCell::new(it)))
    }

    /// The name `type(x).__name__` gives, for messages.
    pub fn type_name(&self) -> String {
        match self {
            Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Str(_) => "str".into(),
            Value::List(_) => "list".into(),
            Value::Tuple(_) => "tuple".into(),
            Value::Dict(_) => "dict".into(),
            Value::Set(_) => "set".into(),
            Value::Range(..) => "range".into(),
            Value::Slice(_) => "slice".into(),
            Value::Func(_) => "function".into(),
            Value::Builtin(b) if b.is_type() => "type".into(),
            Value::Builtin(_) => "builtin_function_or_method".into(),
            Value::Method(m) if matches!(m.0, Value::Builtin(_)) => "method_descriptor".into(),
            Value::Method(_) => "builtin_function_or_method".into(),
            Value::ExcClass(_) => "type".into(),
            Value::Exc(e) => e.class.name.to_string(),
            Value::Iter(it) => match &*it.borrow() {
                Iter::Seq {
                    items: Value::List(_),
                    ..
                } => "list_iterator".into(),
                Iter::Seq {
                    items: Value::Tuple(_),
                    ..
                } => "tuple_iterator".into(),
                Iter::Chars { .. } => "str_ascii_iterator".into(),
                Iter::Range { .. } => "range_iterator".into(),
                Iter::Set { .. } => "set_iterator".into(),
                Iter::Dict {
                    what: DictView::Keys,
                    ..
                } => "dict_keyiterator".into(),
                Iter::Dict {
                    what: DictView::Values,
                    ..
                } => "dict_valueiterator".into(),
                Iter::Dict {
                    what: DictView::Items,
                    ..
                } => "dict_itemiterator".into(),
                Iter::Enumerate { .. } => "enumerate".into(),
                Iter::Zip(_) => "zip".into(),
                _ => "iterator".into(),
            },
            Value::Host(h) => h.type_name(),
            Value::Ellipsis => "ellipsis".into(),
            Value::View(_, DictView::Keys) => "dict_keys".into(),
            Value::View(_, DictView::Values) => "dict_values".into(),
            Value::View(_, DictView::Items) => "dict_items".into(),
        }
    }

    /// A class's `__name__` (`str` for the builtin `str`), else `?`.
    pub fn name_of_type(&self) -> &str {
        match self {
            Value::Builtin(b) => b.name(),
            Value::ExcClass(c) => &c.name,
            _ => "?",
        }
    }

    /// Truthiness for values that need no host.
    pub fn truthy_plain(&self) -> Option<bool> {
        Some(match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(n) => *n != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) | Value::View(d, _) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::Range(r) => range_len(r[0], r[1], r[2]) > 0,
            Value::Host(_) => return None,
            _ => true,
        })
    }
}

/// The number of items in `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (start, stop, step) = (i128::from(start), i128::from(stop), i128::from(step));
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// CPython's `repr(float)`: the shortest string that round-trips, in
/// fixed notation for exponents from -4 to 15, scientific otherwise.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let decpt = exp + 1;
    if (-4..=16).contains(&decpt) && decpt > -4 {
        let mut out = String::from(sign);
        if decpt <= 0 {
            out.push_str("0.");
            for _ in 0..(-decpt) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let d = usize::try_from(decpt).unwrap_or(0);
            if digits.len() <= d {
                out.push_str(&digits);
                for _ in digits.len()..d {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(digits.get(..d).unwrap_or(""));
                out.push('.');
                out.push_str(digits.get(d..).unwrap_or(""));
            }
        }
        out
    } else {
        let mut out = String::from(sign);
        out.push_str(digits.get(..1).unwrap_or("0"));
        if digits.len() > 1 {
            out.push('.');
            out.push_str(digits.get(1..).unwrap_or(""));
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
        out
    }
}

/// What Python's `int(text)` (base 10) makes of a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntText {
    Int(i64),
    /// Not an integer literal: Python raises `ValueError`.
    Invalid,
    /// A literal beyond 64 bits (Python's integers have no limit).
    TooBig,
}

/// Python's `int(text)` in base 10, as the interpreter's `int()`, an
/// `IntegerField` reading a fixture and a key saved from text all apply
/// it: the whitespace Python strips (Unicode's `White_Space`, which is
/// `char::is_whitespace`: not `\x1c`–`\x1f`, which `str.isspace()`
/// counts), a sign, then decimal digits of any script (`'٣'` and the
/// full-width `'３'` are 3) with single underscores between them.
pub fn int_text(text: &str) -> IntText {
    let Some(ascii) = ascii_digits(text.trim()) else {
        return IntText::Invalid;
    };
    let digits = ascii.strip_prefix(['+', '-']).unwrap_or(&ascii);
    let Some(clean) = strip_underscores(digits) else {
        return IntText::Invalid;
    };
    if clean.is_empty() || !clean.bytes().all(|b| b.is_ascii_digit()) {
        return IntText::Invalid;
    }
    // Only ASCII digits are left: `parse` fails on overflow alone.
    let signed = if ascii.starts_with('-') {
        format!("-{clean}")
    } else {
        clean
    };
    signed.parse::<i64>().map_or(IntText::TooBig, IntText::Int)
}

/// Python's `float(text)`, as the interpreter's `float()` and a
/// `FloatField` reading a fixture apply it: surrounding whitespace, decimal
/// digits of any script, single underscores between digits,
/// `inf`/`infinity`/`nan` in any case; `None` where Python raises
/// `ValueError`.
pub fn float_text(text: &str) -> Option<f64> {
    let t = ascii_digits(text.trim())?;
    let (sign, body) = match t.as_bytes().first()? {
        b'-' => (-1.0, &t[1..]),
        b'+' => (1.0, &t[1..]),
        _ => (1.0, &t[..]),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Some(f64::NAN);
    }
    let digits = strip_underscores(body)?;
    let bytes = digits.as_bytes();
    let ok = !bytes.is_empty()
        && bytes
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        && bytes.iter().any(u8::is_ascii_digit)
        && !digits.starts_with(['e', 'E', '+', '-']);
    if !ok {
        return None;
    }
    super::parse_float::parse_float(&digits).map(|f| sign * f)
}

/// What CPython does to the text of a number before reading it
/// (`_PyUnicode_TransformDecimalAndSpaceToASCII`): a decimal digit of any
/// script becomes its ASCII digit; `None` if another character outside
/// ASCII is left, which no number's syntax accepts. `text` is already
/// stripped of its surrounding whitespace.
pub fn ascii_digits(text: &str) -> Option<std::borrow::Cow<'_, str>> {
    if text.is_ascii() {
        return Some(std::borrow::Cow::Borrowed(text));
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push(char::from_digit(decimal_digit(c)?, 10)?);
        }
    }
    Some(std::borrow::Cow::Owned(out))
}

/// Python's numeric literal rule: an underscore only between two digits.
pub fn strip_underscores(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'_' {
            let before = i.checked_sub(1).and_then(|j| bytes.get(j));
            let after = bytes.get(i + 1);
            if !before.is_some_and(u8::is_ascii_digit) || !after.is_some_and(u8::is_ascii_digit) {
                return None;
            }
        }
    }
    Some(text.replace('_', ""))
}

/// The first digit (zero) of every run of ten decimal digits, Unicode's
/// category Nd, in Unicode 14 (CPython 3.11's `unicodedata`, which
/// `int()` reads): each run is zero to nine in order. Written out because
/// the standard library has no digit values outside ASCII and no crate
/// is worth 66 numbers.
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// A decimal digit's value (Unicode's category Nd), as `int()` reads it;
/// `None` for anything else (`'²'` is numeric, not a decimal digit).
fn decimal_digit(c: char) -> Option<u32> {
    let n = u32::from(c);
    let run = DIGIT_ZEROS
        .partition_point(|&zero| zero <= n)
        .checked_sub(1)?;
    let offset = n - DIGIT_ZEROS.get(run)?;
    (offset < 10).then_some(offset)
}

/// Why Python's `int(float)` gives no 64-bit integer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatToInt {
    /// `int(nan)`: Python raises `ValueError`.
    NaN,
    /// `int(inf)`: Python raises `OverflowError`.
    Infinite,
    /// Finite but beyond 64 bits (Python's integers have no limit).
    TooBig,
}

/// Python's `int(float)`, truncating toward zero, as the interpreter's
/// `int()`, an `IntegerField` reading a fixture, a key saved from a float
/// and `SET(value)` all apply it: one place decides where 64 bits end.
pub fn int_float(f: f64) -> Result<i64, FloatToInt> {
    if f.is_nan() {
        return Err(FloatToInt::NaN);
    }
    if f.is_infinite() {
        return Err(FloatToInt::Infinite);
    }
    let t = f.trunc();
    // -2^63 is an i64; 2^63 is not. Both are exact as f64.
    if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&t) {
        Ok(t as i64)
    } else {
        Err(FloatToInt::TooBig)
    }
}

/// CPython's `repr(str)`: single quotes unless the text has a single quote
/// and no double quote; non-printable characters escaped.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                let _ = if n < 0x100 {
                    write!(out, "\\x{n:02x}")
                } else if n < 0x10000 {
                    write!(out, "\\u{n:04x}")
                } else {
                    write!(out, "\\U{n:08x}")
                };
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for one character: control and
/// format characters, separators other than space, and private-use
/// characters are not printable.
fn is_printable(c: char) -> bool {
    let n = c as u32;
    !(n < 0x20
        || (0x7f..=0xa0).contains(&n)
        || n == 0xad
        || (0x2000..=0x200f).contains(&n)
        || (0x2028..=0x202f).contains(&n)
        || (0x205f..=0x2064).contains(&n)
        || n == 0x3000
        || n == 0xfeff
        || (0xe000..=0xf8ff).contains(&n)
        || (0xfff0..=0xfffb).contains(&n)
        || n == 0x1680
        || n == 0x180e)
}
/// Dropping a value frees what only it holds without recursion: a list
/// nested 100,000 deep (`a = [a]` in a loop) would otherwise overflow the
/// stack (1 MB in wasm) one Rust frame per level. Children of containers
/// this value owns alone are moved to a work list and dropped from there.
impl Drop for Value {
    fn drop(&mut self) {
        let mut pending = Vec::new();
        take_children(self, &mut pending);
        while let Some(mut v) = pending.pop() {
            take_children(&mut v, &mut pending);
        }
    }
}

/// Moves the children of `v`'s container to `out` if `v` holds the only
/// reference to it (otherwise dropping `v` frees nothing below it).
fn take_children(v: &mut Value, out: &mut Vec<Value>) {
    match v {
        Value::List(l) => {
            if let Some(items) = Rc::get_mut(l) {
                out.append(items.get_mut());
            }
        }
        Value::Tuple(t) => {
            if let Some(items) = Rc::get_mut(t) {
                out.extend(items.iter_mut().map(std::mem::take));
            }
        }
        Value::Slice(s) => {
            if let Some(items) = Rc::get_mut(s) {
                out.extend(items.iter_mut().map(std::mem::take));
            }
        }
        Value::Dict(d) | Value::View(d, _) => {
            if let Some(d) = Rc::get_mut(d) {
                take_dict(d.get_mut(), out);
            }
        }
        Value::Set(s) => {
            if let Some(s) = Rc::get_mut(s) {
                take_set(s.get_mut(), out);
            }
        }
        Value::Func(f) => {
            if let Some(f) = Rc::get_mut(f) {
                out.append(&mut f.defaults);
                if let Some(env) = f.env.as_mut().and_then(Rc::get_mut) {
                    out.extend(env.slots.get_mut().iter_mut().filter_map(Option::take));
                }
            }
        }
        Value::Method(m) => {
            if let Some(m) = Rc::get_mut(m) {
                out.push(std::mem::take(&mut m.0));
            }
        }
        Value::Exc(e) => {
            if let Some(e) = Rc::get_mut(e) {
                out.append(&mut e.args);
            }
        }
        Value::Iter(it) => {
            if let Some(it) = Rc::get_mut(it) {
                match it.get_mut() {
                    Iter::Seq { items, .. } => out.push(std::mem::take(items)),
                    Iter::Enumerate { inner, .. } => out.push(std::mem::take(inner)),
                    Iter::Zip(items) => out.append(items),
                    Iter::Vec(items) => out.extend(items.by_ref()),
                    Iter::Dict { dict, .. } => {
                        if let Some(d) = Rc::get_mut(dict) {
                            take_dict(d.get_mut(), out);
                        }
                    }
                    Iter::Set { set, .. } => {
                        if let Some(s) = Rc::get_mut(set) {
                            take_set(s.get_mut(), out);
                        }
                    }
                    Iter::Chars { .. } | Iter::Range { .. } | Iter::Host(_) => {}
                }
            }
        }
        _ => {}
    }
}

fn take_dict(d: &mut Dict, out: &mut Vec<Value>) {
    d.index.clear();
    for (k, v) in d.entries.drain(..) {
        out.push(k);
        out.push(v);
    }
}

fn take_set(s: &mut Set, out: &mut Vec<Value>) {
    out.extend(s.take_all().into_iter().map(|(_, v)| v));
}

impl Default for Value {
    /// `None`, what a slot holds once its value was taken.
    fn default() -> Self {
        Value::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    /// What CPython 3.11's `int(float)` gives at the edges of 64 bits.
    #[test]
    fn int_float_truncates_as_cpython_int() {
        assert_eq!(int_float(-2.9), Ok(-2));
        assert_eq!(int_float(9.2e18), Ok(9_200_000_000_000_000_000));
        assert_eq!(int_float(-9_223_372_036_854_775_808.0), Ok(i64::MIN));
        assert_eq!(
            int_float(9_223_372_036_854_775_808.0),
            Err(FloatToInt::TooBig)
        );
        assert_eq!(int_float(1e30), Err(FloatToInt::TooBig));
        assert_eq!(int_float(f64::NAN), Err(FloatToInt::NaN));
        assert_eq!(int_float(f64::NEG_INFINITY), Err(FloatToInt::Infinite));
    }

    /// What CPython 3.11's `int(text)` gave for each text.
    #[test]
    fn int_text_reads_as_cpython_int() {
        let read = [
            ("7", 7),
            (" -1_000 ", -1000),
            ("+7", 7),
            ("0_3", 3),
            ("\u{3000} 3\u{3000}", 3),
            ("\u{85}3\u{a0}", 3),
        ];
        for (text, n) in read {
            assert_eq!(int_text(text), IntText::Int(n), "{text:?}");
        }
        for text in [
            "1__0", "_1", "1_", "", "+", "3.0", "abc", "\u{e9}3", "\x1c3", "\u{b2}", "\u{2460}",
            "-+3", "+-3", "- 3",
        ] {
            assert_eq!(int_text(text), IntText::Invalid, "{text:?}");
        }
        // Digits of other scripts, mixed too: Arabic-Indic, full-width,
        // NKo, mathematical bold, Devanagari.
        let scripts = [
            ("\u{663}", 3),
            ("\u{ff13}\u{ff10}", 30),
            ("-\u{7c3}", -3),
            ("\u{1d7d3}_1", 51),
            ("1\u{969}", 13),
        ];
        for (text, n) in scripts {
            assert_eq!(int_text(text), IntText::Int(n), "{text:?}");
        }
        assert_eq!(int_text("99999999999999999999"), IntText::TooBig);
        assert_eq!(int_text("-9223372036854775808"), IntText::Int(i64::MIN));
        assert_eq!(int_text("9223372036854775808"), IntText::TooBig);
        assert_eq!(
            int_text("123456789012345678901234567890123456789012345"),
            IntText::TooBig
        );
    }
}
