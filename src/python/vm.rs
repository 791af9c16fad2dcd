//! The virtual machine: explicit frames and one value stack, so that a run
//! can stop after any number of steps ([`Vm::run`] returns
//! [`Status::Paused`]) and continue on the next call, and so that deep
//! Python recursion never becomes deep Rust recursion.
//!
//! Builtins that call back into Python (`sorted(key=…)`, `max(key=…)`,
//! `map`) run the callee to completion inside the current step; every
//! instruction still counts against the step budget.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::ast::{BinOp, CmpOp, UnaryOp};
use super::compile::{compile_module, Code, Op};
use super::error::{ErrorKind, PyError};
use super::host::{Host, HostOp, Thrown};
use super::parser::parse_program;
use super::sets::set_value;
use super::stack::StackGuard;
use super::value::*;

/// Python's default recursion limit.
const MAX_FRAMES: usize = 1000;
/// Builtins calling back into Python inside builtins calling back…
const MAX_NESTED_RUNS: usize = 40;
/// The default total step budget.
pub const DEFAULT_BUDGET: u64 = 10_000_000;

/// A compiled program, ready to run any number of times.
pub struct Program {
    code: Rc<Code>,
}

impl Program {
    /// Parses and compiles `src`.
    ///
    /// # Errors
    /// Syntax errors and constructs outside the subset, with their line.
    pub fn compile(src: &str) -> Result<Program, PyError> {
        let body = parse_program(src).map_err(|e| *e)?;
        Ok(Program {
            code: compile_module(&body).map_err(|e| *e)?,
        })
    }
}

/// A function call's local variables, shared with closures defined in it.
pub struct Env {
    pub slots: RefCell<Vec<Option<Value>>>,
    pub parent: Option<Rc<Env>>,
}

struct Block {
    handler: u32,
    stack_len: usize,
    handling_len: usize,
}

struct Frame {
    code: Rc<Code>,
    pc: usize,
    env: Rc<Env>,
    stack_base: usize,
    handling_base: usize,
    blocks: Vec<Block>,
    /// Returning from this frame leaves the current `execute` call.
    boundary: bool,
}

/// Where a run stands after [`Vm::run`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Done,
    /// The slice's steps ran out; call `run` again to continue.
    Paused,
}

enum Exec {
    Returned(Value),
    Paused,
}

/// One run of a program.
pub struct Vm {
    frames: Vec<Frame>,
    stack: Vec<Value>,
    /// Exceptions being handled (for bare `raise`).
    handling: Vec<Value>,
    globals: HashMap<Rc<str>, Value>,
    pub(super) out: String,
    steps: u64,
    budget: u64,
    nested: usize,
    result: Option<Result<(), PyError>>,
    last_line: u32,
    /// Where the current [`Vm::run`] entered the native stack.
    pub(super) guard: StackGuard,
    /// The scopes closures captured. A function defined in a function
    /// and stored in its scope (a nested helper, a recursive closure) is
    /// an `Rc` cycle; dropping the VM clears these scopes to free them.
    captured: Vec<Weak<Env>>,
}

impl Drop for Vm {
    fn drop(&mut self) {
        for env in self.captured.drain(..).filter_map(|w| w.upgrade()) {
            let slots = env
                .slots
                .try_borrow_mut()
                .map(|mut s| std::mem::take(&mut *s));
            drop(slots);
        }
    }
}

fn budget_message(budget: u64) -> String {
    let digits = budget.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("the program took more than {grouped} steps (an endless loop?)")
}

impl Vm {
    /// A run of `program` with the default step budget.
    pub fn new(program: &Program) -> Vm {
        let code = program.code.clone();
        let env = Rc::new(Env {
            slots: RefCell::new(vec![None; code.locals.len()]),
            parent: None,
        });
        Vm {
            frames: vec![Frame {
                code,
                pc: 0,
                env,
                stack_base: 0,
                handling_base: 0,
                blocks: Vec::new(),
                boundary: true,
            }],
            stack: Vec::new(),
            handling: Vec::new(),
            globals: HashMap::new(),
            out: String::new(),
            steps: 0,
            budget: DEFAULT_BUDGET,
            nested: 0,
            result: None,
            last_line: 0,
            guard: StackGuard::here(),
            captured: Vec::new(),
        }
    }

    /// Sets the total number of steps the run may take.
    pub fn set_budget(&mut self, steps: u64) {
        self.budget = steps;
    }

    /// Defines a global before the run (`manage shell` imports the models).
    pub fn set_global(&mut self, name: &str, value: Value) {
        self.globals.insert(name.into(), value);
    }

    /// What the program printed so far.
    pub fn stdout(&self) -> &str {
        &self.out
    }

    /// Steps taken so far.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// Runs at most `max_steps` more steps.
    ///
    /// # Errors
    /// The uncaught exception, or "not supported", that ended the run
    /// (again on every later call).
    pub fn run(&mut self, host: &mut dyn Host, max_steps: u64) -> Result<Status, PyError> {
        if let Some(result) = &self.result {
            return result.clone().map(|()| Status::Done);
        }
        let end = self.steps.saturating_add(max_steps);
        self.guard = StackGuard::here();
        let outcome = self.execute(host, Some(end));
        let result = match outcome {
            Ok(Exec::Paused) => return Ok(Status::Paused),
            Ok(Exec::Returned(_)) => Ok(()),
            Err(t) => Err(self.error_of(host, t)),
        };
        self.frames.clear();
        self.stack.clear();
        self.result = Some(result.clone());
        result.map(|()| Status::Done)
    }

    /// Runs to the end (or the budget).
    ///
    /// # Errors
    /// As [`Vm::run`].
    pub fn run_to_end(&mut self, host: &mut dyn Host) -> Result<(), PyError> {
        self.run(host, u64::MAX).map(|_| ())
    }

    fn error_of(&mut self, host: &mut dyn Host, t: Thrown) -> PyError {
        match t {
            Thrown::Unsupported(what) => PyError {
                kind: ErrorKind::Unsupported(what.0),
                line: what.1,
            },
            Thrown::Exc(e) => {
                let message = match self.str_of(host, &Value::Exc(e.clone())) {
                    Ok(m) => m,
                    Err(Thrown::Unsupported(what)) => {
                        return PyError {
                            kind: ErrorKind::Unsupported(what.0),
                            line: e.line.get(),
                        }
                    }
                    Err(Thrown::Exc(_)) => String::new(),
                };
                PyError {
                    kind: ErrorKind::Exception {
                        type_name: e.class.qualname.to_string(),
                        message,
                    },
                    line: e.line.get(),
                }
            }
        }
    }

    fn current_line(&self) -> u32 {
        self.frames
            .last()
            .map_or(0, |f| f.code.line_at(f.pc.saturating_sub(1)))
    }

    /// Out of line: thirty call sites share one copy of `Vec::push`.
    #[inline(never)]
    fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }

    fn top(&self) -> Value {
        self.stack.last().cloned().unwrap_or(Value::None)
    }

    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }

    /// The value `depth` below the top.
    fn peek(&self, depth: usize) -> Value {
        let len = self.stack.len();
        len.checked_sub(1 + depth)
            .and_then(|i| self.stack.get(i))
            .cloned()
            .unwrap_or(Value::None)
    }

    /// Runs frames until the boundary frame returns, the slice ends
    /// (`end`, top level only) or an exception leaves the boundary frame.
    fn execute(&mut self, host: &mut dyn Host, end: Option<u64>) -> Result<Exec, Thrown> {
        loop {
            if let Some(end) = end {
                if self.steps >= end {
                    return Ok(Exec::Paused);
                }
            }
            self.steps += 1;
            if self.steps > self.budget {
                return Err(Thrown::Unsupported(Box::new((
                    budget_message(self.budget),
                    self.current_line(),
                ))));
            }
            let Some(frame) = self.frames.last_mut() else {
                return Ok(Exec::Returned(Value::None));
            };
            let op = frame.code.ops.get(frame.pc).copied().unwrap_or(Op::Return);
            frame.pc += 1;
            if let Op::Return = op {
                let value = self.pop();
                let Some(frame) = self.frames.pop() else {
                    return Ok(Exec::Returned(value));
                };
                self.stack.truncate(frame.stack_base);
                self.handling.truncate(frame.handling_base);
                if frame.boundary {
                    return Ok(Exec::Returned(value));
                }
                self.push(value);
                self.notify_line(host);
                continue;
            }
            if let Err(mut t) = self.step(host, op) {
                let line = self.current_line();
                match &mut t {
                    Thrown::Exc(e) if e.line.get() == 0 => e.line.set(line),
                    Thrown::Unsupported(what) if what.1 == 0 => what.1 = line,
                    _ => {}
                }
                self.unwind(t)?;
            }
        }
    }

    fn notify_line(&mut self, host: &mut dyn Host) {
        if let Some(line) = self
            .frames
            .last()
            .and_then(|f| f.code.lines.get(f.pc.saturating_sub(1)))
        {
            if *line != self.last_line {
                self.last_line = *line;
                host.line(*line);
            }
        }
    }

    fn unwind(&mut self, t: Thrown) -> Result<(), Thrown> {
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Err(t);
            };
            if let Thrown::Exc(e) = &t {
                if let Some(b) = frame.blocks.pop() {
                    frame.pc = b.handler as usize;
                    self.stack.truncate(b.stack_len);
                    self.handling.truncate(b.handling_len);
                    self.push(Value::Exc(e.clone()));
                    self.handling.push(Value::Exc(e.clone()));
                    return Ok(());
                }
            }
            let Some(frame) = self.frames.pop() else {
                return Err(t);
            };
            self.stack.truncate(frame.stack_base);
            self.handling.truncate(frame.handling_base);
            if frame.boundary {
                return Err(t);
            }
        }
    }

    /// Remembers a scope a closure captured (see `captured`), forgetting
    /// freed ones as the list grows.
    fn capture(&mut self, env: &Rc<Env>) {
        if self
            .captured
            .last()
            .is_some_and(|w| std::ptr::eq(w.as_ptr(), Rc::as_ptr(env)))
        {
            return;
        }
        if self.captured.len() == self.captured.capacity() && self.captured.len() >= 64 {
            self.captured.retain(|w| w.strong_count() > 0);
        }
        self.captured.push(Rc::downgrade(env));
    }

    fn frame(&self) -> Result<&Frame, Thrown> {
        self.frames
            .last()
            .ok_or_else(|| Thrown::unsupported("internal error: no frame"))
    }

    fn name(&self, i: u32) -> Result<Rc<str>, Thrown> {
        self.frame()?
            .code
            .names
            .get(i as usize)
            .cloned()
            .ok_or_else(|| Thrown::unsupported("internal error: bad name index"))
    }

    fn jump(&mut self, target: u32) {
        if let Some(f) = self.frames.last_mut() {
            f.pc = target as usize;
        }
    }

    fn step(&mut self, host: &mut dyn Host, op: Op) -> Result<(), Thrown> {
        match op {
            Op::Const(i) => {
                let v = self
                    .frame()?
                    .code
                    .consts
                    .get(i as usize)
                    .cloned()
                    .unwrap_or(Value::None);
                self.push(v);
            }
            Op::LoadLocal(i) => {
                let frame = self.frame()?;
                let v = frame.env.slots.borrow().get(i as usize).cloned().flatten();
                match v {
                    Some(v) => self.push(v),
                    None => {
                        let name = frame
                            .code
                            .locals
                            .get(i as usize)
                            .cloned()
                            .unwrap_or_else(|| "?".into());
                        return Err(Thrown::new(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                }
            }
            Op::StoreLocal(i) => {
                let v = self.pop();
                let frame = self.frame()?;
                if let Some(slot) = frame.env.slots.borrow_mut().get_mut(i as usize) {
                    *slot = Some(v);
                }
            }
            Op::DelLocal(i) => {
                let frame = self.frame()?;
                let old = frame
                    .env
                    .slots
                    .borrow_mut()
                    .get_mut(i as usize)
                    .and_then(Option::take);
                if old.is_none() {
                    let name = frame
                        .code
                        .locals
                        .get(i as usize)
                        .cloned()
                        .unwrap_or_else(|| "?".into());
                    return Err(Thrown::new(
                        "UnboundLocalError",
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
            }
            Op::LoadFree(depth, slot) => {
                let frame = self.frame()?;
                let mut env = Some(frame.env.clone());
                for _ in 0..depth {
                    env = env.and_then(|e| e.parent.clone());
                }
                let v = env
                    .as_ref()
                    .and_then(|e| e.slots.borrow().get(slot as usize).cloned().flatten());
                match v {
                    Some(v) => self.push(v),
                    None => {
                        return Err(Thrown::new(
                            "NameError",
                            "cannot access free variable where it is not associated with a value in enclosing scope",
                        ))
                    }
                }
            }
            Op::LoadGlobal(i) => {
                let name = self.name(i)?;
                let v = match self.globals.get(&name) {
                    Some(v) => v.clone(),
                    None => lookup_builtin(&name).ok_or_else(|| undefined(&name))?,
                };
                self.push(v);
            }
            Op::StoreGlobal(i) => {
                let name = self.name(i)?;
                let v = self.pop();
                self.globals.insert(name, v);
            }
            Op::DelGlobal(i) => {
                let name = self.name(i)?;
                if self.globals.remove(&name).is_none() {
                    return Err(Thrown::new(
                        "NameError",
                        format!("name '{name}' is not defined"),
                    ));
                }
            }
            Op::LoadAttr(i) => {
                let name = self.name(i)?;
                let obj = self.pop();
                let v = self.get_attr(host, obj, &name)?;
                self.push(v);
            }
            Op::StoreAttr(i) => {
                let name = self.name(i)?;
                let obj = self.pop();
                let value = self.pop();
                match &obj {
                    Value::Host(h) => host.set_attr(h, &name, value)?,
                    other => {
                        return Err(Thrown::new(
                            "AttributeError",
                            format!("'{}' object has no attribute '{name}'", other.type_name()),
                        ))
                    }
                }
            }
            Op::GetItem => {
                let key = self.pop();
                let obj = self.pop();
                let v = self.get_item(host, &obj, &key)?;
                self.push(v);
            }
            Op::SetItem => {
                let key = self.pop();
                let obj = self.pop();
                let value = self.pop();
                self.set_item(host, &obj, key, value)?;
            }
            Op::DelItem => {
                let key = self.pop();
                let obj = self.pop();
                self.del_item(host, &obj, &key)?;
            }
            Op::BuildSlice => {
                let parts = self.pop_n(3);
                let mut it = parts.into_iter();
                let (a, b, c) = (
                    it.next().unwrap_or(Value::None),
                    it.next().unwrap_or(Value::None),
                    it.next().unwrap_or(Value::None),
                );
                self.push(Value::Slice(Rc::new([a, b, c])));
            }
            Op::Binary(op) => {
                let r = self.pop();
                let l = self.pop();
                let v = self.binary(host, op, &l, &r)?;
                self.push(v);
            }
            Op::Inplace(op) => {
                let r = self.pop();
                let l = self.pop();
                let v = self.inplace(host, op, l, &r)?;
                self.push(v);
            }
            Op::Unary(op) => {
                let v = self.pop();
                let r = self.unary(host, op, &v)?;
                self.push(r);
            }
            Op::Compare(op) => {
                let r = self.pop();
                let l = self.pop();
                let v = self.compare(host, op, &l, &r)?;
                self.push(v);
            }
            Op::Jump(t) => self.jump(t),
            Op::PopJumpIfFalse(t) => {
                let v = self.pop();
                if !self.truthy(host, &v)? {
                    self.jump(t);
                }
            }
            Op::PopJumpIfTrue(t) => {
                let v = self.pop();
                if self.truthy(host, &v)? {
                    self.jump(t);
                }
            }
            Op::JumpIfFalseOrPop(t) => {
                let v = self.top();
                if self.truthy(host, &v)? {
                    self.pop();
                } else {
                    self.jump(t);
                }
            }
            Op::JumpIfTrueOrPop(t) => {
                let v = self.top();
                if self.truthy(host, &v)? {
                    self.jump(t);
                } else {
                    self.pop();
                }
            }
            Op::BuildList(n) => {
                let items = self.pop_n(n as usize);
                self.push(Value::list(items));
            }
            Op::BuildTuple(n) => {
                let items = self.pop_n(n as usize);
                self.push(Value::tuple(items));
            }
            Op::BuildSet(n) | Op::BuildConstSet(n, ..) => {
                let items = self.pop_n(n as usize);
                let mut set = Set::default();
                for item in items {
                    let k = self.hash_key(host, &item)?;
                    set.insert(k, item);
                }
                if let Op::BuildConstSet(_, copied, reinterned) = op {
                    set = Set::of(set.members());
                    if reinterned {
                        set = Set::of(set.members());
                    }
                    if copied {
                        set = set.copied();
                    }
                }
                self.push(set_value(set));
            }
            Op::BuildDict(n) => {
                let items = self.pop_n(2 * n as usize);
                let mut d = Dict::default();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    let hk = self.hash_key(host, &k)?;
                    d.insert(hk, k, v);
                }
                self.push(Value::Dict(Rc::new(RefCell::new(d))));
            }
            Op::ListAppend(depth) => {
                let v = self.pop();
                if let Value::List(l) = &self.peek(depth as usize) {
                    l.borrow_mut().push(v);
                }
            }
            Op::ListExtend(depth) => {
                let v = self.pop();
                let items = self.collect(host, &v)?;
                if let Value::List(l) = &self.peek(depth as usize) {
                    l.borrow_mut().extend(items);
                }
            }
            Op::SetAdd(depth) => {
                let v = self.pop();
                let k = self.hash_key(host, &v)?;
                if let Value::Set(s) = &self.peek(depth as usize) {
                    s.borrow_mut().insert(k, v);
                }
            }
            Op::SetUpdate(depth) => {
                let v = self.pop();
                if let Value::Set(s) = &self.peek(depth as usize) {
                    self.set_update(host, s, &v)?;
                }
            }
            Op::DictInsert(depth) => {
                let v = self.pop();
                let k = self.pop();
                let hk = self.hash_key(host, &k)?;
                if let Value::Dict(d) = &self.peek(depth as usize) {
                    d.borrow_mut().insert(hk, k, v);
                }
            }
            Op::DictUpdate(depth) => {
                let v = self.pop();
                let Value::Dict(src) = &v else {
                    return Err(Thrown::type_error(format!(
                        "'{}' object is not a mapping",
                        v.type_name()
                    )));
                };
                let entries = src.borrow().entries().to_vec();
                if let Value::Dict(d) = &self.peek(depth as usize) {
                    for (k, v) in entries {
                        let hk = self.hash_key(host, &k)?;
                        d.borrow_mut().insert(hk, k, v);
                    }
                }
            }
            Op::ListToTuple => {
                if let Value::List(l) = &self.pop() {
                    let items = l.borrow().clone();
                    self.push(Value::tuple(items));
                }
            }
            Op::Call(n) => {
                let args = self.pop_n(n as usize);
                let func = self.pop();
                self.call_op(host, func, args, Vec::new())?;
            }
            Op::CallKw(n, k) => {
                let names = self
                    .frame()?
                    .code
                    .consts
                    .get(k as usize)
                    .cloned()
                    .unwrap_or(Value::None);
                let Value::Tuple(names) = &names else {
                    return Err(Thrown::unsupported("internal error: kwnames"));
                };
                let mut args = self.pop_n(n as usize);
                let kwvalues = args.split_off(args.len().saturating_sub(names.len()));
                let kwargs = names
                    .iter()
                    .zip(kwvalues)
                    .map(|(n, v)| match n {
                        Value::Str(s) => (s.clone(), v),
                        _ => ("?".into(), v),
                    })
                    .collect();
                let func = self.pop();
                self.call_op(host, func, args, kwargs)?;
            }
            Op::CallEx => {
                let kw = self.pop();
                let args = self.pop();
                let func = self.pop();
                let args = match &args {
                    Value::List(l) => l.borrow().clone(),
                    _ => Vec::new(),
                };
                let mut kwargs = Vec::new();
                if let Value::Dict(d) = &kw {
                    for (k, v) in d.borrow().entries() {
                        match k {
                            Value::Str(s) => kwargs.push((s.clone(), v.clone())),
                            _ => return Err(Thrown::type_error("keywords must be strings")),
                        }
                    }
                }
                self.call_op(host, func, args, kwargs)?;
            }
            Op::GetIter => {
                let v = self.pop();
                let it = self.get_iter(host, &v)?;
                self.push(it);
            }
            Op::ForIter(t) => {
                let it = self.top();
                match self.next_item(host, &it)? {
                    Some(v) => self.push(v),
                    None => {
                        self.pop();
                        self.jump(t);
                    }
                }
            }
            Op::Unpack(n) => {
                let v = self.pop();
                let items = self.unpack(host, &v, n as usize, None)?;
                self.stack.extend(items.into_iter().rev());
            }
            Op::UnpackStar(before, after) => {
                let v = self.pop();
                let items = self.unpack(host, &v, before as usize, Some(after as usize))?;
                self.stack.extend(items.into_iter().rev());
            }
            Op::MakeFunction(i, ndefaults) => {
                let frame = self.frame()?;
                let code = frame.code.codes.get(i as usize).cloned();
                let env = frame.env.clone();
                let Some(code) = code else {
                    return Err(Thrown::unsupported("internal error: code"));
                };
                let defaults = self.pop_n(ndefaults as usize);
                self.capture(&env);
                self.push(Value::Func(Rc::new(Function {
                    code,
                    defaults,
                    env: Some(env),
                })));
            }
            Op::Return => {}
            Op::Pop => {
                self.pop();
            }
            Op::Dup => {
                let v = self.top();
                self.push(v);
            }
            Op::Rot2 => {
                let len = self.stack.len();
                if len >= 2 {
                    self.stack.swap(len - 1, len - 2);
                }
            }
            Op::Rot3 => {
                let v = self.pop();
                let len = self.stack.len();
                self.stack.insert(len.saturating_sub(2), v);
            }
            Op::SetupExcept(t) => {
                let (stack_len, handling_len) = (self.stack.len(), self.handling.len());
                if let Some(f) = self.frames.last_mut() {
                    f.blocks.push(Block {
                        handler: t,
                        stack_len,
                        handling_len,
                    });
                }
            }
            Op::PopBlock => {
                if let Some(f) = self.frames.last_mut() {
                    f.blocks.pop();
                }
            }
            Op::ExcMatch => {
                let class = self.pop();
                let exc = self.top();
                let m = self.exc_matches(&exc, &class)?;
                self.push(Value::Bool(m));
            }
            Op::Raise(has_value) => {
                if !has_value {
                    return match self.handling.last() {
                        Some(Value::Exc(e)) => Err(Thrown::Exc(e.clone())),
                        _ => Err(Thrown::new(
                            "RuntimeError",
                            "No active exception to reraise",
                        )),
                    };
                }
                let v = self.pop();
                return Err(self.make_raise(host, v)?);
            }
            Op::Reraise => {
                let v = self.pop();
                self.handling.pop();
                return match &v {
                    Value::Exc(e) => Err(Thrown::Exc(e.clone())),
                    _ => Err(Thrown::unsupported("internal error: reraise")),
                };
            }
            Op::PopExcept => {
                self.handling.pop();
            }
            Op::WithEnter => {
                let ctx = self.pop();
                let v = match &ctx {
                    Value::Host(h) => host.enter(h)?,
                    other => {
                        return Err(Thrown::type_error(format!(
                            "'{}' object does not support the context manager protocol",
                            other.type_name()
                        )))
                    }
                };
                self.push(v);
            }
            Op::WithExit => {
                if let Value::Host(h) = &self.pop() {
                    host.exit(h, None)?;
                }
            }
            Op::WithExitExc(t) => {
                let ctx = self.pop();
                let exc = self.pop();
                self.handling.pop();
                let suppress = match &ctx {
                    Value::Host(h) => host.exit(h, Some(&exc))?,
                    _ => false,
                };
                if suppress {
                    self.jump(t);
                } else if let Value::Exc(e) = &exc {
                    return Err(Thrown::Exc(e.clone()));
                }
            }
            Op::Import(i) => {
                let name = self.name(i)?;
                let v = host.import(&name, None)?;
                self.push(v);
            }
            Op::ImportFrom(m, n) => {
                let module = self.name(m)?;
                let name = self.name(n)?;
                let v = host.import(&module, Some(&name))?;
                self.push(v);
            }
            Op::Format(conv, has_spec) => {
                let spec = if has_spec { self.pop() } else { Value::str("") };
                let v = self.pop();
                let v = match conv {
                    b'r' => Value::str(&self.repr_of(host, &v)?),
                    b's' => Value::str(&self.str_of(host, &v)?),
                    b'a' => return Err(Thrown::unsupported("the !a conversion")),
                    _ => v,
                };
                let spec: Rc<str> = match &spec {
                    Value::Str(s) => s.clone(),
                    _ => "".into(),
                };
                let s = self.format_value(host, &v, &spec)?;
                self.push(Value::str(&s));
            }
            Op::BuildString(n) => {
                let parts = self.pop_n(n as usize);
                let mut s = String::new();
                for p in parts {
                    if let Value::Str(p) = &p {
                        s.push_str(p);
                    }
                }
                self.push(Value::str(&s));
            }
            Op::Line(line) => {
                if line != self.last_line {
                    self.last_line = line;
                    host.line(line);
                }
            }
        }
        Ok(())
    }

    fn make_raise(&mut self, host: &mut dyn Host, v: Value) -> Result<Thrown, Thrown> {
        match &v {
            Value::Exc(e) => Ok(Thrown::Exc(e.clone())),
            Value::ExcClass(c) => Ok(Thrown::Exc(Rc::new(ExcObj {
                class: c.clone(),
                args: Vec::new(),
                line: std::cell::Cell::new(0),
            }))),
            Value::Host(h) => match &host.call(h, Vec::new(), Vec::new())? {
                Value::Exc(e) => Ok(Thrown::Exc(e.clone())),
                _ => Err(Thrown::type_error(
                    "exceptions must derive from BaseException",
                )),
            },
            _ => Err(Thrown::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    fn exc_matches(&mut self, exc: &Value, class: &Value) -> Result<bool, Thrown> {
        let Value::Exc(e) = exc else { return Ok(false) };
        match class {
            Value::ExcClass(c) => Ok(e.class.is_subclass(c)),
            Value::Tuple(items) => {
                for c in items.iter() {
                    if self.exc_matches(exc, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(Thrown::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// Calls from the Call ops: Python functions get a frame (no Rust
    /// recursion); everything else runs now and pushes its result.
    fn call_op(
        &mut self,
        host: &mut dyn Host,
        func: Value,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> Result<(), Thrown> {
        if let Value::Func(f) = &func {
            return self.push_frame(f, args, kwargs, false);
        }
        let v = self.call_value(host, &func, args, kwargs)?;
        self.push(v);
        Ok(())
    }

    /// Calls any callable and returns its result, running a Python
    /// function to completion (for builtins that call back).
    pub(super) fn call_value(
        &mut self,
        host: &mut dyn Host,
        func: &Value,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> Result<Value, Thrown> {
        match func {
            Value::Func(f) => {
                if self.nested >= MAX_NESTED_RUNS || self.guard.exhausted() {
                    return Err(Thrown::new(
                        "RecursionError",
                        "maximum recursion depth exceeded",
                    ));
                }
                self.push_frame(f, args, kwargs, true)?;
                self.nested += 1;
                let r = self.execute(host, None);
                self.nested -= 1;
                match r? {
                    Exec::Returned(v) => Ok(v),
                    Exec::Paused => {
                        Err(Thrown::unsupported("internal error: paused inside a call"))
                    }
                }
            }
            Value::Builtin(b) => self.call_builtin(host, *b, args, kwargs),
            Value::Method(m) => self.call_method(host, &m.0, &m.1, args, kwargs),
            Value::ExcClass(c) => {
                if !kwargs.is_empty() {
                    return Err(Thrown::type_error(format!(
                        "{}() takes no keyword arguments",
                        c.name
                    )));
                }
                Ok(Value::Exc(Rc::new(ExcObj {
                    class: c.clone(),
                    args,
                    line: std::cell::Cell::new(0),
                })))
            }
            Value::Host(h) => host.call(h, args, kwargs),
            other => Err(Thrown::type_error(format!(
                "'{}' object is not callable",
                other.type_name()
            ))),
        }
    }

    fn push_frame(
        &mut self,
        f: &Rc<Function>,
        args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
        boundary: bool,
    ) -> Result<(), Thrown> {
        if self.frames.len() >= MAX_FRAMES {
            return Err(Thrown::new(
                "RecursionError",
                "maximum recursion depth exceeded",
            ));
        }
        let code = &f.code;
        let nparams = code.nparams;
        let name = &code.name;
        if args.len() > nparams {
            let first_default = nparams - f.defaults.len().min(nparams);
            let takes = if first_default < nparams {
                format!("from {first_default} to {nparams} positional arguments")
            } else if nparams == 1 {
                "1 positional argument".to_string()
            } else {
                format!("{nparams} positional arguments")
            };
            let given = args.len();
            let were = if given == 1 { "was" } else { "were" };
            return Err(Thrown::type_error(format!(
                "{name}() takes {takes} but {given} {were} given"
            )));
        }
        let mut slots: Vec<Option<Value>> = vec![None; code.locals.len()];
        for (slot, a) in slots.iter_mut().zip(args) {
            *slot = Some(a);
        }
        for (k, v) in kwargs {
            let Some(i) = code.locals.iter().take(nparams).position(|p| *p == k) else {
                return Err(Thrown::type_error(format!(
                    "{name}() got an unexpected keyword argument '{k}'"
                )));
            };
            match slots.get_mut(i) {
                Some(slot @ None) => *slot = Some(v),
                _ => {
                    return Err(Thrown::type_error(format!(
                        "{name}() got multiple values for argument '{k}'"
                    )))
                }
            }
        }
        let first_default = nparams.saturating_sub(f.defaults.len());
        for (i, d) in f.defaults.iter().enumerate() {
            if let Some(slot @ None) = slots.get_mut(first_default + i) {
                *slot = Some(d.clone());
            }
        }
        let missing: Vec<String> = code
            .locals
            .iter()
            .take(nparams)
            .zip(&slots)
            .filter(|(_, s)| s.is_none())
            .map(|(n, _)| format!("'{n}'"))
            .collect();
        if !missing.is_empty() {
            let list = match missing.as_slice() {
                [one] => one.clone(),
                [a, b] => format!("{a} and {b}"),
                [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
                [] => String::new(),
            };
            let s = if missing.len() == 1 { "" } else { "s" };
            return Err(Thrown::type_error(format!(
                "{name}() missing {} required positional argument{s}: {list}",
                missing.len()
            )));
        }
        let env = Rc::new(Env {
            slots: RefCell::new(slots),
            parent: f.env.clone(),
        });
        self.frames.push(Frame {
            code: code.clone(),
            pc: 0,
            env,
            stack_base: self.stack.len(),
            handling_base: self.handling.len(),
            blocks: Vec::new(),
            boundary,
        });
        Ok(())
    }

    fn unpack(
        &mut self,
        host: &mut dyn Host,
        v: &Value,
        before: usize,
        after: Option<usize>,
    ) -> Result<Vec<Value>, Thrown> {
        if !self.is_iterable(v) {
            return Err(Thrown::type_error(format!(
                "cannot unpack non-iterable {} object",
                v.type_name()
            )));
        }
        let items = self.collect(host, v)?;
        match after {
            None => {
                if items.len() > before {
                    return Err(Thrown::value_error(format!(
                        "too many values to unpack (expected {before})"
                    )));
                }
                if items.len() < before {
                    return Err(Thrown::value_error(format!(
                        "not enough values to unpack (expected {before}, got {})",
                        items.len()
                    )));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(Thrown::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                items.push(Value::list(middle));
                items.extend(tail);
                Ok(items)
            }
        }
    }

    // ---- operators ----

    pub(super) fn truthy(&mut self, host: &mut dyn Host, v: &Value) -> Result<bool, Thrown> {
        match v {
            Value::Host(h) => host.truthy(h),
            Value::Iter(_) | Value::View(..) => match v {
                Value::View(d, _) => Ok(!d.borrow().is_empty()),
                _ => Ok(true),
            },
            _ => Ok(v.truthy_plain().unwrap_or(true)),
        }
    }

    fn unary(&mut self, host: &mut dyn Host, op: UnaryOp, v: &Value) -> Result<Value, Thrown> {
        let bad = |sym: &str| {
            Thrown::type_error(format!(
                "bad operand type for unary {sym}: '{}'",
                v.type_name()
            ))
        };
        Ok(match (op, v) {
            (UnaryOp::Not, _) => Value::Bool(!self.truthy(host, v)?),
            (_, Value::Host(_)) => {
                return host
                    .operate(HostOp::Unary(op), v, &Value::None)?
                    .ok_or_else(|| {
                        bad(match op {
                            UnaryOp::Neg => "-",
                            UnaryOp::Pos => "+",
                            _ => "~",
                        })
                    })
            }
            (UnaryOp::Neg, Value::Int(n)) => Value::Int(n.checked_neg().ok_or_else(big_int)?),
            (UnaryOp::Neg, Value::Bool(b)) => Value::Int(-i64::from(*b)),
            (UnaryOp::Neg, Value::Float(f)) => Value::Float(-f),
            (UnaryOp::Pos, Value::Int(n)) => Value::Int(*n),
            (UnaryOp::Pos, Value::Bool(b)) => Value::Int(i64::from(*b)),
            (UnaryOp::Pos, Value::Float(f)) => Value::Float(*f),
            (UnaryOp::Invert, Value::Int(n)) => Value::Int(!n),
            (UnaryOp::Invert, Value::Bool(b)) => Value::Int(!i64::from(*b)),
            (UnaryOp::Neg, _) => return Err(bad("-")),
            (UnaryOp::Pos, _) => return Err(bad("+")),
            (UnaryOp::Invert, _) => return Err(bad("~")),
        })
    }

    fn inplace(
        &mut self,
        host: &mut dyn Host,
        op: BinOp,
        l: Value,
        r: &Value,
    ) -> Result<Value, Thrown> {
        match (&l, op) {
            (Value::List(list), BinOp::Add) => {
                let items = self.collect(host, r)?;
                list.borrow_mut().extend(items);
                Ok(l)
            }
            (Value::Set(target), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
                if matches!(r, Value::Set(_)) =>
            {
                self.set_inplace(host, op, target, r)?;
                Ok(l)
            }
            (Value::Dict(_), BinOp::BitOr) => {
                let result = self.binary(host, op, &l, r)?;
                let in_place = match (&l, &result) {
                    (Value::Dict(target), Value::Dict(src)) => {
                        let new = src.borrow().clone();
                        *target.borrow_mut() = new;
                        true
                    }
                    _ => false,
                };
                Ok(if in_place { l } else { result })
            }
            _ => self.binary(host, op, &l, r).map_err(|t| match t {
                Thrown::Exc(e) if &*e.class.name == "TypeError" => {
                    let sym = op.symbol();
                    let from = format!("unsupported operand type(s) for {sym}:");
                    match e.args.first() {
                        Some(Value::Str(m)) if m.starts_with(&from) => {
                            let to = format!("unsupported operand type(s) for {sym}=:");
                            Thrown::type_error(m.replacen(&from, &to, 1))
                        }
                        _ => Thrown::Exc(e),
                    }
                }
                other => other,
            }),
        }
    }

    pub(super) fn binary(
        &mut self,
        host: &mut dyn Host,
        op: BinOp,
        l: &Value,
        r: &Value,
    ) -> Result<Value, Thrown> {
        // `'%s' % obj` formats any object (`str.__mod__` comes first).
        let formats = op == BinOp::Mod && matches!(l, Value::Str(_));
        if !formats && (matches!(l, Value::Host(_)) || matches!(r, Value::Host(_))) {
            if let Some(v) = host.operate(HostOp::Binary(op), l, r)? {
                return Ok(v);
            }
            return Err(unsupported_operands(op, l, r));
        }
        if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
            if matches!((l, r), (Value::Bool(_), Value::Bool(_))) {
                match op {
                    BinOp::BitAnd => return Ok(Value::Bool(a & b != 0)),
                    BinOp::BitOr => return Ok(Value::Bool(a | b != 0)),
                    BinOp::BitXor => return Ok(Value::Bool(a ^ b != 0)),
                    _ => {}
                }
            }
            return int_binary(op, a, b);
        }
        if let (Some(a), Some(b)) = (as_float(l), as_float(r)) {
            return float_binary(op, a, b);
        }
        match (op, l, r) {
            (BinOp::Add, Value::Str(a), Value::Str(b)) => {
                check_size(a.len() + b.len())?;
                let mut s = String::with_capacity(a.len() + b.len());
                s.push_str(a);
                s.push_str(b);
                Ok(Value::str(&s))
            }
            (BinOp::Add, Value::Str(_), _) => Err(Thrown::type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                r.type_name()
            ))),
            (BinOp::Add, Value::List(a), Value::List(b)) => {
                let mut items = a.borrow().clone();
                items.extend(b.borrow().iter().cloned());
                Ok(Value::list(items))
            }
            (BinOp::Add, Value::List(_), _) => Err(Thrown::type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                r.type_name()
            ))),
            (BinOp::Add, Value::Tuple(a), Value::Tuple(b)) => {
                let mut items = a.to_vec();
                items.extend(b.iter().cloned());
                Ok(Value::tuple(items))
            }
            (BinOp::Add, Value::Tuple(_), _) => Err(Thrown::type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                r.type_name()
            ))),
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_), _)
                if as_int(r).is_some() =>
            {
                repeat(l, as_int(r).unwrap_or(0))
            }
            (BinOp::Mul, _, Value::Str(_) | Value::List(_) | Value::Tuple(_))
                if as_int(l).is_some() =>
            {
                repeat(r, as_int(l).unwrap_or(0))
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_), _)
            | (BinOp::Mul, _, Value::Str(_) | Value::List(_) | Value::Tuple(_)) => {
                let other = if matches!(l, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
                    r
                } else {
                    l
                };
                Err(Thrown::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    other.type_name()
                )))
            }
            (BinOp::Mod, Value::Str(format), _) => self.printf(host, format, r),
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Value::Set(a),
                Value::Set(_),
            ) => self.set_binary(host, op, a, r),
            (BinOp::BitOr, Value::Dict(a), Value::Dict(b)) => {
                let mut out = a.borrow().clone();
                for (k, v) in b.borrow().entries() {
                    let hk = self.hash_key(host, k)?;
                    out.insert(hk, k.clone(), v.clone());
                }
                Ok(Value::Dict(Rc::new(RefCell::new(out))))
            }
            _ => Err(unsupported_operands(op, l, r)),
        }
    }

    pub(super) fn compare(
        &mut self,
        host: &mut dyn Host,
        op: CmpOp,
        l: &Value,
        r: &Value,
    ) -> Result<Value, Thrown> {
        if matches!(l, Value::Host(_)) || matches!(r, Value::Host(_)) {
            if let Some(v) = host.operate(HostOp::Compare(op), l, r)? {
                return Ok(v);
            }
        }
        Ok(Value::Bool(match op {
            CmpOp::Eq => self.eq(host, l, r, 0)?,
            CmpOp::Ne => !self.eq(host, l, r, 0)?,
            CmpOp::Is => is_same(l, r),
            CmpOp::IsNot => !is_same(l, r),
            CmpOp::In => self.contains(host, r, l)?,
            CmpOp::NotIn => !self.contains(host, r, l)?,
            CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge => self.order(host, op, l, r, 0)?,
        }))
    }

    /// `l < r` and friends.
    pub(super) fn order(
        &mut self,
        host: &mut dyn Host,
        op: CmpOp,
        l: &Value,
        r: &Value,
        depth: usize,
    ) -> Result<bool, Thrown> {
        if depth > MAX_NESTING || self.guard.exhausted() {
            return Err(Thrown::new(
                "RecursionError",
                "maximum recursion depth exceeded in comparison",
            ));
        }
        let cmp = |o: std::cmp::Ordering| match op {
            CmpOp::Lt => o.is_lt(),
            CmpOp::Le => o.is_le(),
            CmpOp::Gt => o.is_gt(),
            _ => o.is_ge(),
        };
        if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
            return Ok(cmp(a.cmp(&b)));
        }
        if let (Some(a), Some(b)) = (as_float(l), as_float(r)) {
            return Ok(match op {
                CmpOp::Lt => a < b,
                CmpOp::Le => a <= b,
                CmpOp::Gt => a > b,
                _ => a >= b,
            });
        }
        if matches!(l, Value::Host(_)) || matches!(r, Value::Host(_)) {
            if let Some(v) = host.operate(HostOp::Compare(op), l, r)? {
                return self.truthy(host, &v);
            }
        }
        match (l, r) {
            (Value::Str(a), Value::Str(b)) => Ok(cmp(a.cmp(b))),
            (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) => {
                let (a, b) = (seq_items(l), seq_items(r));
                for (x, y) in a.iter().zip(b.iter()) {
                    if !(is_same(x, y) || self.eq(host, x, y, depth + 1)?) {
                        return self.order(host, op, x, y, depth + 1);
                    }
                }
                Ok(cmp(a.len().cmp(&b.len())))
            }
            (Value::Set(a), Value::Set(b)) => {
                let (a, b) = (a.borrow(), b.borrow());
                let subset = |x: &Set, y: &Set| {
                    x.len() <= y.len() && x.iter_hashed().all(|(h, k, _)| y.contains(h, k))
                };
                Ok(match op {
                    CmpOp::Le => subset(&a, &b),
                    CmpOp::Lt => subset(&a, &b) && a.len() < b.len(),
                    CmpOp::Ge => subset(&b, &a),
                    _ => subset(&b, &a) && b.len() < a.len(),
                })
            }
            _ => Err(Thrown::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                l.type_name(),
                r.type_name()
            ))),
        }
    }

    pub(super) fn eq(
        &mut self,
        host: &mut dyn Host,
        l: &Value,
        r: &Value,
        depth: usize,
    ) -> Result<bool, Thrown> {
        if depth > MAX_NESTING || self.guard.exhausted() {
            return Err(Thrown::new(
                "RecursionError",
                "maximum recursion depth exceeded in comparison",
            ));
        }
        if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
            return Ok(a == b);
        }
        if let (Some(a), Some(b)) = (as_float(l), as_float(r)) {
            return Ok(a == b);
        }
        Ok(match (l, r) {
            (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) => {
                let (a, b) = (seq_items(l), seq_items(r));
                if a.len() != b.len() {
                    return Ok(false);
                }
                for (x, y) in a.iter().zip(b.iter()) {
                    if !(is_same(x, y) || self.eq(host, x, y, depth + 1)?) {
                        return Ok(false);
                    }
                }
                true
            }
            (Value::Dict(a), Value::Dict(b)) => {
                if Rc::ptr_eq(a, b) {
                    return Ok(true);
                }
                let (a, b) = (a.borrow().clone(), b.borrow().clone());
                if a.len() != b.len() {
                    return Ok(false);
                }
                for (k, v) in a.entries() {
                    let hk = self.hash_key(host, k)?;
                    match b.get(&hk) {
                        Some(w) => {
                            if !(is_same(v, w) || self.eq(host, v, w, depth + 1)?) {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                true
            }
            (Value::Set(a), Value::Set(b)) => {
                let (a, b) = (a.borrow(), b.borrow());
                a.len() == b.len() && a.iter_hashed().all(|(h, k, _)| b.contains(h, k))
            }
            (Value::Range(x), Value::Range(y)) => {
                let ([a, b, c], [d, e, f]) = (&**x, &**y);
                let (n, m) = (range_len(*a, *b, *c), range_len(*d, *e, *f));
                n == m && (n == 0 || (a == d && (n == 1 || c == f)))
            }
            (Value::Builtin(a), Value::Builtin(b)) => a == b,
            (Value::Host(_), _) | (_, Value::Host(_)) => {
                match host.operate(HostOp::Compare(CmpOp::Eq), l, r)? {
                    Some(v) => self.truthy(host, &v)?,
                    None => is_same(l, r),
                }
            }
            _ => is_same(l, r),
        })
    }

    fn contains(
        &mut self,
        host: &mut dyn Host,
        container: &Value,
        item: &Value,
    ) -> Result<bool, Thrown> {
        match container {
            Value::Str(s) => match item {
                Value::Str(i) => Ok(s.contains(&**i)),
                _ => Err(Thrown::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.type_name()
                ))),
            },
            Value::Dict(d) | Value::View(d, DictView::Keys) => {
                let k = self.hash_key(host, item)?;
                Ok(d.borrow().contains(&k))
            }
            Value::Set(s) => {
                let k = self.hash_key(host, item)?;
                Ok(s.borrow().has(&k))
            }
            Value::Range(r) => Ok(match as_int(item) {
                Some(n) if !matches!(item, Value::Float(_)) => {
                    let (n, start, stop, step) = (
                        i128::from(n),
                        i128::from(r[0]),
                        i128::from(r[1]),
                        i128::from(r[2]),
                    );
                    let inside = if step > 0 {
                        start <= n && n < stop
                    } else {
                        stop < n && n <= start
                    };
                    inside && (n - start) % step == 0
                }
                _ => {
                    let items = self.collect(host, container)?;
                    self.any_eq(host, &items, item)?
                }
            }),
            Value::List(_)
            | Value::Tuple(_)
            | Value::Iter(_)
            | Value::View(..)
            | Value::Host(_) => {
                if let Value::Host(_) = container {
                    if let Some(v) = host.operate(HostOp::Compare(CmpOp::In), item, container)? {
                        return self.truthy(host, &v);
                    }
                }
                let items = self.collect(host, container)?;
                self.any_eq(host, &items, item)
            }
            other => Err(Thrown::type_error(format!(
                "argument of type '{}' is not iterable",
                other.type_name()
            ))),
        }
    }

    fn any_eq(
        &mut self,
        host: &mut dyn Host,
        items: &[Value],
        item: &Value,
    ) -> Result<bool, Thrown> {
        for x in items {
            if is_same(x, item) || self.eq(host, x, item, 0)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The dict key for `v`, or TypeError for unhashable values.
    pub(super) fn hash_key(&mut self, host: &mut dyn Host, v: &Value) -> Result<Key, Thrown> {
        self.hash_key_at(host, v, 0)
    }

    fn hash_key_at(&mut self, host: &mut dyn Host, v: &Value, depth: usize) -> Result<Key, Thrown> {
        if let Some(k) = key_of_plain(v) {
            return Ok(k);
        }
        match v {
            Value::Host(h) => Ok(match host.hash_key(h)? {
                Some(k) => k,
                None => Key::Id(Rc::as_ptr(h) as *const () as usize),
            }),
            Value::Tuple(_) if depth >= MAX_NESTING => Err(too_deep_key()),
            Value::Tuple(_) if self.guard.exhausted() => Err(Thrown::new(
                "RecursionError",
                "maximum recursion depth exceeded while calling a Python object",
            )),
            Value::Tuple(items) => {
                let mut keys = Vec::with_capacity(items.len());
                for i in items.iter() {
                    keys.push(self.hash_key_at(host, i, depth + 1)?);
                }
                Ok(Key::Tuple(keys))
            }
            other => Err(Thrown::type_error(format!(
                "unhashable type: '{}'",
                other.type_name()
            ))),
        }
    }
}

/// CPython hashes tuples of any depth; the keys here nest as deep as the
/// tuple, so deeper ones are refused before they exhaust the stack.
fn too_deep_key() -> Thrown {
    Thrown::unsupported(format!(
        "dict keys or set items nested more than {MAX_NESTING} deep"
    ))
}

/// Keys of values that need no host.
pub(super) fn key_of_plain(v: &Value) -> Option<Key> {
    key_of_plain_at(v, 0)
}

fn key_of_plain_at(v: &Value, depth: usize) -> Option<Key> {
    Some(match v {
        Value::None => Key::None,
        Value::Bool(b) => Key::Int(i64::from(*b)),
        Value::Int(n) => Key::Int(*n),
        Value::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 9.2e18 {
                Key::Int(*f as i64)
            } else {
                Key::Float(f.to_bits())
            }
        }
        Value::Str(s) => Key::Str(s.clone()),
        Value::Tuple(_) if depth >= MAX_NESTING => return None,
        Value::Tuple(items) => Key::Tuple(
            items
                .iter()
                .map(|i| key_of_plain_at(i, depth + 1))
                .collect::<Option<Vec<_>>>()?,
        ),
        Value::Builtin(b) => Key::Builtin(*b),
        Value::Ellipsis => Key::Ellipsis,
        Value::Func(f) => Key::Id(Rc::as_ptr(f) as usize),
        Value::ExcClass(c) => Key::Id(Rc::as_ptr(c) as usize),
        Value::Exc(e) => Key::Id(Rc::as_ptr(e) as usize),
        Value::Range(r) => Key::Tuple(vec![
            Key::Str("range".into()),
            Key::Int(r[0]),
            Key::Int(r[1]),
            Key::Int(r[2]),
        ]),
        _ => return None,
    })
}

pub(super) fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

pub(super) fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(n) => Some(*n as f64),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    }
}

/// The items of a list or tuple (a snapshot).
pub(super) fn seq_items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// `a is b`.
pub(super) fn is_same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x == y,
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y),
        (Value::Tuple(x), Value::Tuple(y)) => Rc::ptr_eq(x, y) || (x.is_empty() && y.is_empty()),
        (Value::Dict(x), Value::Dict(y)) => Rc::ptr_eq(x, y),
        (Value::Set(x), Value::Set(y)) => Rc::ptr_eq(x, y),
        (Value::Func(x), Value::Func(y)) => Rc::ptr_eq(x, y),
        (Value::Builtin(x), Value::Builtin(y)) => x == y,
        (Value::ExcClass(x), Value::ExcClass(y)) => Rc::ptr_eq(x, y),
        (Value::Exc(x), Value::Exc(y)) => Rc::ptr_eq(x, y),
        (Value::Iter(x), Value::Iter(y)) => Rc::ptr_eq(x, y),
        (Value::Host(x), Value::Host(y)) => {
            std::ptr::addr_eq(Rc::as_ptr(x), Rc::as_ptr(y)) || x.same_as(&**y)
        }
        _ => false,
    }
}

pub(super) fn big_int() -> Thrown {
    Thrown::unsupported("integers beyond 64 bits")
}

/// Refuses results that would exhaust the page's memory.
pub(super) fn check_size(n: usize) -> Result<(), Thrown> {
    if n > 50_000_000 {
        return Err(Thrown::unsupported(
            "strings or lists of more than 50,000,000 items",
        ));
    }
    Ok(())
}

fn unsupported_operands(op: BinOp, l: &Value, r: &Value) -> Thrown {
    Thrown::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        l.type_name(),
        r.type_name()
    ))
}

fn repeat(seq: &Value, n: i64) -> Result<Value, Thrown> {
    let n = usize::try_from(n.max(0)).unwrap_or(0);
    Ok(match seq {
        Value::Str(s) => {
            check_size(s.len().saturating_mul(n))?;
            Value::str(&s.repeat(n))
        }
        Value::List(l) => {
            let items = l.borrow();
            check_size(items.len().saturating_mul(n))?;
            Value::list(
                items
                    .iter()
                    .cloned()
                    .cycle()
                    .take(items.len() * n)
                    .collect(),
            )
        }
        Value::Tuple(t) => {
            check_size(t.len().saturating_mul(n))?;
            Value::tuple(t.iter().cloned().cycle().take(t.len() * n).collect())
        }
        _ => Value::None,
    })
}

fn int_binary(op: BinOp, a: i64, b: i64) -> Result<Value, Thrown> {
    let zero = |m: &str| Thrown::new("ZeroDivisionError", m);
    Ok(Value::Int(match op {
        BinOp::Add => a.checked_add(b).ok_or_else(big_int)?,
        BinOp::Sub => a.checked_sub(b).ok_or_else(big_int)?,
        BinOp::Mul => a.checked_mul(b).ok_or_else(big_int)?,
        BinOp::Div => {
            if b == 0 {
                return Err(zero("division by zero"));
            }
            return Ok(Value::Float(a as f64 / b as f64));
        }
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(zero("integer division or modulo by zero"));
            }
            let q = a.checked_div(b).ok_or_else(big_int)?;
            if (a % b != 0) && ((a < 0) != (b < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(zero("integer modulo by zero"));
            }
            let m = a.checked_rem(b).unwrap_or(0);
            if m != 0 && ((m < 0) != (b < 0)) {
                m + b
            } else {
                m
            }
        }
        BinOp::Pow => {
            if b < 0 {
                if a == 0 {
                    return Err(zero("0.0 cannot be raised to a negative power"));
                }
                return Ok(Value::Float((a as f64).powf(b as f64)));
            }
            let e = u32::try_from(b).map_err(|_| big_int())?;
            a.checked_pow(e).ok_or_else(big_int)?
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::LShift => {
            if b < 0 {
                return Err(Thrown::value_error("negative shift count"));
            }
            if a == 0 {
                0
            } else {
                let shifted = u32::try_from(b)
                    .ok()
                    .and_then(|s| a.checked_shl(s))
                    .ok_or_else(big_int)?;
                if shifted >> b != a {
                    return Err(big_int());
                }
                shifted
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(Thrown::value_error("negative shift count"));
            }
            a >> b.min(63)
        }
        BinOp::MatMul => {
            return Err(Thrown::type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    }))
}

fn float_binary(op: BinOp, a: f64, b: f64) -> Result<Value, Thrown> {
    let zero = |m: &str| Thrown::new("ZeroDivisionError", m);
    Ok(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return Err(zero("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv | BinOp::Mod => {
            if b == 0.0 {
                return Err(zero(if op == BinOp::Mod {
                    "float modulo"
                } else {
                    "float floor division by zero"
                }));
            }
            let (div, m) = float_divmod(a, b);
            if op == BinOp::Mod {
                m
            } else {
                div
            }
        }
        BinOp::Pow => {
            if a == 0.0 && b < 0.0 {
                return Err(zero("0.0 cannot be raised to a negative power"));
            }
            if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                return Err(Thrown::unsupported("complex numbers"));
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return Err(Thrown::new(
                    "OverflowError",
                    "(34, 'Numerical result out of range')",
                ));
            }
            r
        }
        _ => {
            return Err(Thrown::type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol()
            )))
        }
    }))
}

/// CPython's float_divmod: floor quotient and a remainder with the
/// divisor's sign.
pub(super) fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// CPython's builtins (and `site`'s, which `manage.py shell` has) that the
/// subset leaves out: a name no program defined that is one of these is
/// refused, where any other is Python's `NameError`.
const BUILTINS_OUTSIDE: &[&str] = &[
    "aiter",
    "anext",
    "ascii",
    "bin",
    "breakpoint",
    "bytearray",
    "bytes",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dir",
    "eval",
    "exec",
    "exit",
    "frozenset",
    "globals",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "issubclass",
    "license",
    "locals",
    "memoryview",
    "oct",
    "open",
    "ord",
    "pow",
    "property",
    "quit",
    "setattr",
    "slice",
    "staticmethod",
    "super",
    "vars",
];

/// What looking up `name` raises when nothing defines it.
fn undefined(name: &str) -> Thrown {
    if BUILTINS_OUTSIDE.contains(&name) {
        Thrown::unsupported(format!("the builtin {name}"))
    } else {
        Thrown::new("NameError", format!("name '{name}' is not defined"))
    }
}

/// The builtin a global name falls back to.
fn lookup_builtin(name: &str) -> Option<Value> {
    if let Some((_, b)) = Builtin::ALL.iter().find(|(n, _)| *n == name) {
        return Some(Value::Builtin(*b));
    }
    builtin_exception(name).map(Value::ExcClass)
}

/// Parses and runs `src` against `host` within `budget` steps: what it
/// printed, and the error that ended it if any.
pub fn run_source(src: &str, host: &mut dyn Host, budget: u64) -> (String, Option<PyError>) {
    let program = match Program::compile(src) {
        Ok(p) => p,
        Err(e) => return (String::new(), Some(e)),
    };
    let mut vm = Vm::new(&program);
    vm.set_budget(budget);
    let result = vm.run_to_end(host);
    (std::mem::take(&mut vm.out), result.err())
}
