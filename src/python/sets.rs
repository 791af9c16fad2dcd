//! The `set` type's operations, each building its result the way CPython
//! 3.11's `Objects/setobject.c` does, so that the result's table, and so
//! its iteration and printing order, is CPython's: `a | b` copies `a` and
//! merges `b` slot by slot, `a & b` walks the smaller set, `a - b` copies
//! and discards or adds the survivors to a new set by the sizes, `a ^ b`
//! copies `b` and toggles `a`'s members, `set(iterable)` adds one by one
//! but merges a set and pre-sizes for a dict. The table itself is
//! [`super::pyset`].

use std::cell::RefCell;
use std::rc::Rc;

use super::ast::BinOp;
use super::host::{Host, Thrown};
use super::value::{ExcObj, Key, Set, Value};
use super::vm::Vm;

/// A set value shared as Python shares it.
pub type SetRef = Rc<RefCell<Set>>;

/// A new set value.
pub fn set_value(set: Set) -> Value {
    Value::Set(Rc::new(RefCell::new(set)))
}

impl Vm {
    /// The members of an iterable with their keys (TypeError for an
    /// unhashable one).
    fn keyed(&mut self, host: &mut dyn Host, v: &Value) -> Result<Vec<(Key, Value)>, Thrown> {
        if let Value::Set(s) = v {
            return Ok(s.borrow().members());
        }
        let items = self.collect(host, v)?;
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            let key = self.hash_key(host, &item)?;
            out.push((key, item));
        }
        Ok(out)
    }

    /// `set_update_internal`: a set is merged, a dict's keys are added
    /// after one resize, any other iterable's items one by one.
    pub(super) fn set_update(
        &mut self,
        host: &mut dyn Host,
        target: &SetRef,
        other: &Value,
    ) -> Result<(), Thrown> {
        match other {
            Value::Set(o) => {
                if !Rc::ptr_eq(target, o) {
                    target.borrow_mut().merge(&o.borrow());
                }
            }
            Value::Dict(d) => {
                let keys: Vec<Value> = d
                    .borrow()
                    .entries()
                    .iter()
                    .map(|(k, _)| k.clone())
                    .collect();
                target.borrow_mut().reserve(keys.len());
                for k in keys {
                    let key = self.hash_key(host, &k)?;
                    target.borrow_mut().insert(key, k);
                }
            }
            _ => {
                // One by one: an unhashable item fails after the ones
                // before it went in, as in CPython.
                for item in self.collect(host, other)? {
                    let key = self.hash_key(host, &item)?;
                    target.borrow_mut().insert(key, item);
                }
            }
        }
        Ok(())
    }

    /// `set(iterable)`.
    pub(super) fn make_set(&mut self, host: &mut dyn Host, v: &Value) -> Result<Value, Thrown> {
        Ok(Value::Set(self.new_set(host, v)?))
    }

    fn new_set(&mut self, host: &mut dyn Host, v: &Value) -> Result<SetRef, Thrown> {
        let target = Rc::new(RefCell::new(Set::default()));
        self.set_update(host, &target, v)?;
        Ok(target)
    }

    /// `set_intersection(so, other)`: over a set, the smaller one's
    /// members (the right operand's when the sizes are equal) that the
    /// other holds; over an iterable, its items that `so` holds.
    fn intersection(
        &mut self,
        host: &mut dyn Host,
        so: &SetRef,
        other: &Value,
    ) -> Result<Set, Thrown> {
        let mut result = Set::default();
        match other {
            Value::Set(o) if Rc::ptr_eq(so, o) => return Ok(so.borrow().copied()),
            Value::Set(o) => {
                let (a, b) = (so.borrow(), o.borrow());
                let (big, small) = if b.len() > a.len() {
                    (&*b, &*a)
                } else {
                    (&*a, &*b)
                };
                for (hash, key, value) in small.iter_hashed() {
                    if big.contains(hash, key) {
                        result.add(hash, key.clone(), value.clone());
                    }
                }
            }
            _ => {
                for (key, item) in self.keyed(host, other)? {
                    if so.borrow().has(&key) {
                        result.insert(key, item);
                    }
                }
            }
        }
        Ok(result)
    }

    /// `set_difference_update_internal`: `other`'s members discarded
    /// (over a set more than eight times larger, only those also in
    /// `so`), then the dummies purged if they fill a quarter.
    fn difference_update(
        &mut self,
        host: &mut dyn Host,
        so: &SetRef,
        other: &Value,
    ) -> Result<(), Thrown> {
        let gone = match other {
            Value::Set(o) if Rc::ptr_eq(so, o) => {
                so.borrow_mut().clear();
                return Ok(());
            }
            Value::Set(o) => {
                if (o.borrow().len() >> 3) > so.borrow().len() {
                    self.intersection(host, so, other)?.members()
                } else {
                    o.borrow().members()
                }
            }
            _ => {
                for item in self.collect(host, other)? {
                    let key = self.hash_key(host, &item)?;
                    so.borrow_mut().remove(&key);
                }
                Vec::new()
            }
        };
        let mut set = so.borrow_mut();
        for (key, _) in gone {
            set.remove(&key);
        }
        set.purge_dummies();
        Ok(())
    }

    /// `set_difference(so, other)`: copied and discarded when `so` has
    /// more than four times as many members as a set or dict `other` (and
    /// always for other iterables), else `so`'s members not in `other`
    /// added to a new set.
    fn difference(
        &mut self,
        host: &mut dyn Host,
        so: &SetRef,
        other: &Value,
    ) -> Result<Set, Thrown> {
        let other_len = match other {
            Value::Set(o) => Some(o.borrow().len()),
            Value::Dict(d) => Some(d.borrow().len()),
            _ => None,
        };
        let copy_first = other_len.is_none_or(|n| (so.borrow().len() >> 2) > n);
        if copy_first {
            let result = Rc::new(RefCell::new(so.borrow().copied()));
            self.difference_update(host, &result, other)?;
            return Ok(result.take());
        }
        let mut result = Set::default();
        let members: Vec<(u64, Key, Value)> = so
            .borrow()
            .iter_hashed()
            .map(|(h, k, v)| (h, k.clone(), v.clone()))
            .collect();
        for (hash, key, value) in members {
            let in_other = match other {
                Value::Set(o) => o.borrow().contains(hash, &key),
                Value::Dict(d) => d.borrow().contains(&key),
                _ => false,
            };
            if !in_other {
                result.add(hash, key, value);
            }
        }
        Ok(result)
    }

    /// `set_symmetric_difference_update`: each of `other`'s members
    /// (a dict's keys, a set's in slot order, an iterable's as a new set)
    /// discarded if there, else added.
    fn symmetric_update(
        &mut self,
        host: &mut dyn Host,
        so: &SetRef,
        other: &Value,
    ) -> Result<(), Thrown> {
        let members = match other {
            Value::Set(o) if Rc::ptr_eq(so, o) => {
                so.borrow_mut().clear();
                return Ok(());
            }
            Value::Set(o) => o.borrow().members(),
            Value::Dict(_) => self.keyed(host, other)?,
            _ => self.new_set(host, other)?.borrow().members(),
        };
        let mut set = so.borrow_mut();
        for (key, value) in members {
            if set.remove(&key).is_none() {
                set.insert(key, value);
            }
        }
        Ok(())
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` of two sets.
    pub(super) fn set_binary(
        &mut self,
        host: &mut dyn Host,
        op: BinOp,
        a: &SetRef,
        b: &Value,
    ) -> Result<Value, Thrown> {
        let result = match op {
            BinOp::BitOr => {
                let result = Rc::new(RefCell::new(a.borrow().copied()));
                if !matches!(b, Value::Set(o) if Rc::ptr_eq(a, o)) {
                    self.set_update(host, &result, b)?;
                }
                return Ok(Value::Set(result));
            }
            BinOp::BitAnd => self.intersection(host, a, b)?,
            BinOp::Sub => self.difference(host, a, b)?,
            _ => {
                let result = Rc::new(RefCell::new(Set::default()));
                self.set_update(host, &result, b)?;
                self.symmetric_update(host, &result, &Value::Set(a.clone()))?;
                return Ok(Value::Set(result));
            }
        };
        Ok(set_value(result))
    }

    /// `a |= b`, `a &= b`, `a -= b`, `a ^= b` on the set itself.
    pub(super) fn set_inplace(
        &mut self,
        host: &mut dyn Host,
        op: BinOp,
        a: &SetRef,
        b: &Value,
    ) -> Result<(), Thrown> {
        match op {
            BinOp::BitOr => self.set_update(host, a, b),
            BinOp::BitAnd => {
                let result = self.intersection(host, a, b)?;
                a.borrow_mut().replace_table(result);
                Ok(())
            }
            BinOp::Sub => self.difference_update(host, a, b),
            _ => self.symmetric_update(host, a, b),
        }
    }

    /// The methods of a set.
    pub(super) fn set_method(
        &mut self,
        host: &mut dyn Host,
        s: &SetRef,
        name: &str,
        args: Vec<Value>,
    ) -> Result<Value, Thrown> {
        let one = args.first().cloned().unwrap_or(Value::None);
        let count = |min: usize, max: usize| {
            super::builtins::arg_count(&format!("set.{name}"), &args, min, max)
        };
        match name {
            "add" => {
                count(1, 1)?;
                let k = self.hash_key(host, &one)?;
                s.borrow_mut().insert(k, one);
            }
            "discard" | "remove" => {
                count(1, 1)?;
                let k = self.hash_key(host, &one)?;
                let removed = s.borrow_mut().remove(&k);
                if removed.is_none() && name == "remove" {
                    return Err(Thrown::Exc(ExcObj::with_args("KeyError", vec![one])));
                }
            }
            "pop" => {
                count(0, 0)?;
                let popped = s.borrow_mut().pop();
                return match popped {
                    Some((_, v)) => Ok(v),
                    None => Err(Thrown::new("KeyError", "pop from an empty set")),
                };
            }
            "update" => {
                for a in &args {
                    self.set_update(host, s, a)?;
                }
            }
            "union" => {
                let result = Rc::new(RefCell::new(s.borrow().copied()));
                for a in &args {
                    if !matches!(a, Value::Set(o) if Rc::ptr_eq(s, o)) {
                        self.set_update(host, &result, a)?;
                    }
                }
                return Ok(Value::Set(result));
            }
            "intersection" | "intersection_update" => {
                let mut result = s.clone();
                if args.is_empty() {
                    result = Rc::new(RefCell::new(s.borrow().copied()));
                }
                for a in &args {
                    result = Rc::new(RefCell::new(self.intersection(host, &result, a)?));
                }
                if name == "intersection" {
                    return Ok(Value::Set(result));
                }
                let result = result.take();
                s.borrow_mut().replace_table(result);
            }
            "difference" => {
                let Some((first, rest)) = args.split_first() else {
                    return Ok(set_value(s.borrow().copied()));
                };
                let result = Rc::new(RefCell::new(self.difference(host, s, first)?));
                for a in rest {
                    self.difference_update(host, &result, a)?;
                }
                return Ok(Value::Set(result));
            }
            "difference_update" => {
                for a in &args {
                    self.difference_update(host, s, a)?;
                }
            }
            "symmetric_difference" => {
                count(1, 1)?;
                let result = self.new_set(host, &one)?;
                self.symmetric_update(host, &result, &Value::Set(s.clone()))?;
                return Ok(Value::Set(result));
            }
            "symmetric_difference_update" => {
                count(1, 1)?;
                self.symmetric_update(host, s, &one)?;
            }
            "issubset" | "issuperset" | "isdisjoint" => {
                count(1, 1)?;
                let other = match &one {
                    Value::Set(_) => one.clone(),
                    _ => self.make_set(host, &one)?,
                };
                let Value::Set(o) = &other else {
                    return Ok(Value::None);
                };
                let (a, b) = (s.borrow(), o.borrow());
                let within = |x: &Set, y: &Set| x.iter_hashed().all(|(h, k, _)| y.contains(h, k));
                return Ok(Value::Bool(match name {
                    "issubset" => within(&a, &b),
                    "issuperset" => within(&b, &a),
                    _ => !a.iter_hashed().any(|(h, k, _)| b.contains(h, k)),
                }));
            }
            "copy" => return Ok(set_value(s.borrow().copied())),
            "clear" => s.borrow_mut().clear(),
            _ => {
                return Err(Thrown::new(
                    "AttributeError",
                    format!("'set' object has no attribute '{name}'"),
                ))
            }
        }
        Ok(Value::None)
    }
}
