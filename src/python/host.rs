//! The seam between the interpreter and what it runs against: Django's
//! managers, querysets, model instances, `Q`/`F`, `transaction.atomic()`
//! and Django's exceptions are host objects that the interpreter holds as
//! opaque `Rc<dyn HostObject>` and asks the [`Host`] about. Every method has
//! a default that behaves as an object without that ability does in Python,
//! so a host implements only what its objects can do.
//!
//! The host also hears which line runs ([`Host::line`]) so that each SQL
//! query can name the line that sent it.

use std::any::Any;
use std::rc::Rc;

use super::ast::{BinOp, CmpOp, UnaryOp};
use super::value::{builtin_exception, Builtin, ExcClass, ExcObj, Key, Value};

/// A value the host owns (a queryset, a model instance, a module).
pub trait HostObject {
    /// `type(x).__name__`, for Python's messages.
    fn type_name(&self) -> String;
    /// For the host to get its own type back.
    fn as_any(&self) -> &dyn Any;
    /// Whether `other` is the same Python object though a different Rust
    /// value (a class or module imported twice): `is` and a class's `==`.
    fn same_as(&self, _other: &dyn HostObject) -> bool {
        false
    }
}

/// Why an operation did not return: a Python exception (catchable by
/// `except`) or a construct outside the playground (ends the run).
#[derive(Clone)]
pub enum Thrown {
    Exc(Rc<ExcObj>),
    /// What is not supported, and the line (0 until the VM fills it in).
    /// Boxed so that a `Result<Value, Thrown>` is no bigger than a
    /// [`Value`]: every operation returns one, and smaller results are
    /// fewer bytes of wasm to move them.
    Unsupported(Box<(String, u32)>),
}

impl Thrown {
    /// An instance of the builtin exception `class` with `message`.
    pub fn new(class: &str, message: impl AsRef<str>) -> Thrown {
        let class = builtin_exception(class)
            .or_else(|| builtin_exception("Exception"))
            .unwrap_or_else(|| ExcClass::new(class, class, None));
        Thrown::Exc(ExcObj::new(class, message.as_ref()))
    }

    /// An instance of any exception class (a host's own).
    pub fn of(class: Rc<ExcClass>, message: &str) -> Thrown {
        Thrown::Exc(ExcObj::new(class, message))
    }

    pub fn unsupported(what: impl Into<String>) -> Thrown {
        Thrown::Unsupported(Box::new((what.into(), 0)))
    }

    pub fn type_error(message: impl AsRef<str>) -> Thrown {
        Thrown::new("TypeError", message)
    }

    pub fn value_error(message: impl AsRef<str>) -> Thrown {
        Thrown::new("ValueError", message)
    }
}

pub type HostResult<T> = Result<T, Thrown>;

/// An operator the host may implement for its objects (`Q(...) | Q(...)`,
/// `F('x') + 1`, `~Q(...)`, `instance == other`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostOp {
    Binary(BinOp),
    Compare(CmpOp),
    Unary(UnaryOp),
}

/// What the interpreter asks of its host. `obj` is always the host's own
/// object; values crossing the seam are plain [`Value`]s.
pub trait Host {
    /// A statement on `line` (1-based) starts running; queries sent from
    /// now on belong to it.
    fn line(&mut self, _line: u32) {}

    /// `import module` (`name` is `None`) or `from module import name`.
    fn import(&mut self, module: &str, name: Option<&str>) -> HostResult<Value> {
        let top = module.split('.').next().unwrap_or(module);
        let _ = name;
        Err(Thrown::new(
            "ModuleNotFoundError",
            format!("No module named '{top}'"),
        ))
    }

    /// `obj.name`; `Ok(None)` gives Python's AttributeError.
    fn get_attr(&mut self, _obj: &Rc<dyn HostObject>, _name: &str) -> HostResult<Option<Value>> {
        Ok(None)
    }

    fn set_attr(&mut self, obj: &Rc<dyn HostObject>, name: &str, _value: Value) -> HostResult<()> {
        Err(Thrown::new(
            "AttributeError",
            format!("'{}' object has no attribute '{name}'", obj.type_name()),
        ))
    }

    /// `obj(*args, **kwargs)`.
    fn call(
        &mut self,
        obj: &Rc<dyn HostObject>,
        _args: Vec<Value>,
        _kwargs: Vec<(Rc<str>, Value)>,
    ) -> HostResult<Value> {
        Err(Thrown::type_error(format!(
            "'{}' object is not callable",
            obj.type_name()
        )))
    }

    /// `iter(obj)`: an iterator, usually another host object whose items
    /// [`Host::next`] pulls one at a time.
    fn iter(&mut self, obj: &Rc<dyn HostObject>) -> HostResult<Value> {
        Err(Thrown::type_error(format!(
            "'{}' object is not iterable",
            obj.type_name()
        )))
    }

    /// The next item of a host iterator, `None` when exhausted.
    fn next(&mut self, obj: &Rc<dyn HostObject>) -> HostResult<Option<Value>> {
        Err(Thrown::type_error(format!(
            "'{}' object is not an iterator",
            obj.type_name()
        )))
    }

    /// `obj[key]` (`key` may be a slice value).
    fn get_item(&mut self, obj: &Rc<dyn HostObject>, _key: &Value) -> HostResult<Value> {
        Err(Thrown::type_error(format!(
            "'{}' object is not subscriptable",
            obj.type_name()
        )))
    }

    /// Whether `obj` has `__getitem__` (CPython's `PyMapping_Check`):
    /// `'%(key)s' % obj` then looks keys up in it, and `'text' % obj`
    /// leaves it unused without an error, as for a dict.
    fn is_subscriptable(&mut self, _obj: &Rc<dyn HostObject>) -> bool {
        false
    }

    fn set_item(
        &mut self,
        obj: &Rc<dyn HostObject>,
        _key: &Value,
        _value: Value,
    ) -> HostResult<()> {
        Err(Thrown::type_error(format!(
            "'{}' object does not support item assignment",
            obj.type_name()
        )))
    }

    /// `repr(obj)`.
    fn repr(&mut self, obj: &Rc<dyn HostObject>) -> HostResult<String> {
        Ok(format!("<{} object>", obj.type_name()))
    }

    /// `str(obj)`; defaults to `repr`.
    fn str(&mut self, obj: &Rc<dyn HostObject>) -> HostResult<String> {
        self.repr(obj)
    }

    fn truthy(&mut self, _obj: &Rc<dyn HostObject>) -> HostResult<bool> {
        Ok(true)
    }

    /// `len(obj)`; `Ok(None)` gives Python's "has no len()".
    fn len(&mut self, _obj: &Rc<dyn HostObject>) -> HostResult<Option<i64>> {
        Ok(None)
    }

    /// An operator with a host object on either side; `Ok(None)` falls
    /// back to Python's default (identity for `==`/`is`, TypeError for
    /// the rest).
    fn operate(&mut self, _op: HostOp, _left: &Value, _right: &Value) -> HostResult<Option<Value>> {
        Ok(None)
    }

    /// The key equal objects share in a dict or set (a number's is the
    /// key of the `int` or `float` it equals; the host's own keys carry
    /// CPython's `hash()` of the object, which places it in a set's
    /// table); `Ok(None)` means hash by identity.
    fn hash_key(&mut self, _obj: &Rc<dyn HostObject>) -> HostResult<Option<Key>> {
        Ok(None)
    }

    /// `format(obj, spec)` with a non-empty spec; `Ok(None)` pads
    /// `str(obj)` as `object.__format__` would refuse to (the interpreter's
    /// default for host objects).
    fn format(&mut self, _obj: &Rc<dyn HostObject>, _spec: &str) -> HostResult<Option<String>> {
        Ok(None)
    }

    /// `int(obj)`, `float(obj)`, `abs(obj)` or `round(obj, ndigits)` of a
    /// number the host owns (a `Decimal`); `Ok(None)` for the builtin's
    /// own behaviour.
    fn number(
        &mut self,
        _func: Builtin,
        _obj: &Rc<dyn HostObject>,
        _ndigits: Option<&Value>,
    ) -> HostResult<Option<Value>> {
        Ok(None)
    }

    /// `isinstance(value, class)` where `class` is the host's.
    fn isinstance(&mut self, _value: &Value, _class: &Rc<dyn HostObject>) -> HostResult<bool> {
        Err(Thrown::type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ))
    }

    /// `with obj:` entry; the result is what `as` binds.
    fn enter(&mut self, obj: &Rc<dyn HostObject>) -> HostResult<Value> {
        Err(Thrown::type_error(format!(
            "'{}' object does not support the context manager protocol",
            obj.type_name()
        )))
    }

    /// `with` exit, with the exception that ended the block if any;
    /// `Ok(true)` suppresses it.
    fn exit(&mut self, _obj: &Rc<dyn HostObject>, _exc: Option<&Value>) -> HostResult<bool> {
        Ok(false)
    }
}

/// A host with no objects: pure Python (tests, the fuzzer).
pub struct NoHost;

impl Host for NoHost {}
