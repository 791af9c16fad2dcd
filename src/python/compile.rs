//! The syntax tree to bytecode for the VM: one [`Code`] per module,
//! function, lambda and comprehension, with a line per instruction.
//!
//! Names are resolved here as Python's symbol table does: a name bound
//! anywhere in a function is local to it; other names are read from the
//! enclosing functions' scopes (closures) or the module's globals.
//! `break`, `continue` and `return` out of `try`/`with` blocks unwind them
//! with inlined `finally` bodies, as CPython compiles them.

use std::rc::Rc;

use super::ast::*;
use super::error::{ErrorKind, Parsed, PyError};
use super::stack::StackGuard;
use super::value::{builtin_exception, Value};

/// One bytecode instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Const(u32),
    LoadLocal(u32),
    StoreLocal(u32),
    DelLocal(u32),
    /// A variable of an enclosing function: scopes up, slot.
    LoadFree(u32, u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DelGlobal(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    GetItem,
    SetItem,
    DelItem,
    /// Pops lower, upper, step; pushes a slice.
    BuildSlice,
    Binary(BinOp),
    Inplace(BinOp),
    Unary(UnaryOp),
    Compare(CmpOp),
    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    BuildList(u32),
    BuildTuple(u32),
    BuildSet(u32),
    BuildDict(u32),
    /// Appends the top to the list `n` below it (comprehensions, `*x`).
    ListAppend(u32),
    ListExtend(u32),
    SetAdd(u32),
    /// Pops an iterable; `set.update`s the set `n` below it (`{*a, b}`).
    SetUpdate(u32),
    /// A display of constants as CPython 3.11 folds it into a `frozenset`
    /// constant: built item by item, then built again from the first
    /// one's iteration order (the compiler's `merge_consts_recursive`
    /// makes a new frozenset of the items), and a third time from that
    /// one's if a string in it is replaced by the copy CPython had
    /// already interned (`intern_string_constants`). The first flag:
    /// then copied into a new set (a display of three or more constants;
    /// otherwise the iterable of a `for`, iterated as it is); the second:
    /// the third build. Each table can differ from the one before when
    /// hashes collide.
    BuildConstSet(u32, bool, bool),
    /// Pops value and key; inserts into the dict `n` below them.
    DictInsert(u32),
    DictUpdate(u32),
    ListToTuple,
    /// Positional argument count.
    Call(u32),
    /// Argument count (positional then keyword) and the keyword names'
    /// constant (a tuple of str).
    CallKw(u32, u32),
    /// Function, a list of positional arguments, a dict of keywords.
    CallEx,
    GetIter,
    /// Pushes the next item, or pops the iterator and jumps when done.
    ForIter(u32),
    Unpack(u32),
    /// Starred unpacking: items before and after the starred target.
    UnpackStar(u32, u32),
    /// Nested code index and number of defaults on the stack.
    MakeFunction(u32, u32),
    Return,
    Pop,
    Dup,
    Rot2,
    Rot3,
    SetupExcept(u32),
    PopBlock,
    /// Pops a class, tests the exception below it.
    ExcMatch,
    /// `raise x` (true) or bare `raise` (false).
    Raise(bool),
    /// Pops the exception being handled and raises it again.
    Reraise,
    PopExcept,
    /// Pops a context manager, pushes what `__enter__` returned.
    WithEnter,
    /// Pops a context manager; exits it without an exception.
    WithExit,
    /// Pops a context manager; exits it with the exception under it,
    /// which is suppressed (jump) or raised again.
    WithExitExc(u32),
    Import(u32),
    /// Module name, attribute name.
    ImportFrom(u32, u32),
    /// Conversion (0, `r`, `s`, `a`) and whether a spec is on the stack.
    Format(u8, bool),
    BuildString(u32),
    /// A statement starts on this line.
    Line(u32),
}

/// Compiled code for one scope.
pub struct Code {
    pub name: Rc<str>,
    pub ops: Vec<Op>,
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<str>>,
    pub codes: Vec<Rc<Code>>,
    /// Local slots: parameters first, then other locals, then hidden ones.
    pub locals: Vec<Rc<str>>,
    pub nparams: usize,
    pub is_module: bool,
}

impl Code {
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines
            .get(pc)
            .or_else(|| self.lines.last())
            .copied()
            .unwrap_or(1)
    }
}

enum FBlock {
    Loop {
        start: usize,
        breaks: Vec<usize>,
        is_for: bool,
    },
    Try,
    Finally(Rc<[Stmt]>),
    Handler {
        name: Option<Rc<str>>,
    },
    With(u32),
}

struct Scope {
    code: Code,
    fblocks: Vec<FBlock>,
    line: u32,
}

struct Compiler {
    scopes: Vec<Scope>,
    guard: StackGuard,
}

/// Compiles a parsed module.
///
/// # Errors
/// `SyntaxError`s found only now (`break` outside a loop, `return` outside
/// a function) and "not supported" constructs.
pub fn compile_module(body: &[Stmt]) -> Parsed<Rc<Code>> {
    let mut c = Compiler {
        scopes: Vec::new(),
        guard: StackGuard::here(),
    };
    c.push_scope("<module>", Vec::new(), 0, true);
    c.block(body)?;
    c.emit(Op::Const(0));
    c.emit(Op::Return);
    Ok(c.pop_scope())
}

fn syntax(msg: &str, line: u32) -> Box<PyError> {
    PyError::syntax("SyntaxError", msg, line)
}

impl Compiler {
    fn scope(&mut self) -> &mut Scope {
        // The module scope is pushed first and popped last.
        let last = self.scopes.len().saturating_sub(1);
        &mut self.scopes[last]
    }

    fn push_scope(&mut self, name: &str, locals: Vec<Rc<str>>, nparams: usize, is_module: bool) {
        self.scopes.push(Scope {
            code: Code {
                name: name.into(),
                ops: Vec::new(),
                lines: Vec::new(),
                consts: vec![Value::None],
                names: Vec::new(),
                codes: Vec::new(),
                locals,
                nparams,
                is_module,
            },
            fblocks: Vec::new(),
            line: 1,
        });
    }

    fn pop_scope(&mut self) -> Rc<Code> {
        let scope = self.scopes.pop();
        Rc::new(scope.map_or_else(
            || Code {
                name: "".into(),
                ops: Vec::new(),
                lines: Vec::new(),
                consts: Vec::new(),
                names: Vec::new(),
                codes: Vec::new(),
                locals: Vec::new(),
                nparams: 0,
                is_module: true,
            },
            |s| s.code,
        ))
    }

    fn emit(&mut self, op: Op) -> usize {
        let s = self.scope();
        let line = s.line;
        s.code.ops.push(op);
        s.code.lines.push(line);
        s.code.ops.len() - 1
    }

    fn here(&mut self) -> u32 {
        u32::try_from(self.scope().code.ops.len()).unwrap_or(u32::MAX)
    }

    fn patch(&mut self, at: usize) {
        let target = self.here();
        if let Some(op) = self.scope().code.ops.get_mut(at) {
            *op = match *op {
                Op::Jump(_) => Op::Jump(target),
                Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(target),
                Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(target),
                Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
                Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
                Op::ForIter(_) => Op::ForIter(target),
                Op::SetupExcept(_) => Op::SetupExcept(target),
                Op::WithExitExc(_) => Op::WithExitExc(target),
                other => other,
            };
        }
    }

    fn set_line(&mut self, line: u32) {
        self.scope().line = line;
    }

    fn konst(&mut self, v: Value) -> u32 {
        let consts = &mut self.scope().code.consts;
        consts.push(v);
        u32::try_from(consts.len() - 1).unwrap_or(0)
    }

    fn name_index(&mut self, name: &Rc<str>) -> u32 {
        let names = &mut self.scope().code.names;
        let i = names.iter().position(|n| n == name).unwrap_or_else(|| {
            names.push(name.clone());
            names.len() - 1
        });
        u32::try_from(i).unwrap_or(0)
    }

    fn hidden_local(&mut self) -> u32 {
        let locals = &mut self.scope().code.locals;
        locals.push(".hidden".into());
        u32::try_from(locals.len() - 1).unwrap_or(0)
    }

    fn local_slot(&self, scope: &Scope, name: &str) -> Option<u32> {
        if scope.code.is_module {
            return None;
        }
        scope
            .code
            .locals
            .iter()
            .position(|n| &**n == name)
            .and_then(|i| u32::try_from(i).ok())
    }

    fn load_name(&mut self, name: &Rc<str>) {
        let n = self.scopes.len();
        for depth in 0..n {
            let Some(scope) = self.scopes.get(n - 1 - depth) else {
                break;
            };
            if let Some(slot) = self.local_slot(scope, name) {
                let depth = u32::try_from(depth).unwrap_or(0);
                self.emit(if depth == 0 {
                    Op::LoadLocal(slot)
                } else {
                    Op::LoadFree(depth, slot)
                });
                return;
            }
        }
        let i = self.name_index(name);
        self.emit(Op::LoadGlobal(i));
    }

    fn store_name(&mut self, name: &Rc<str>) {
        let slot = self.scopes.last().and_then(|s| self.local_slot(s, name));
        match slot {
            Some(slot) => self.emit(Op::StoreLocal(slot)),
            None => {
                let i = self.name_index(name);
                self.emit(Op::StoreGlobal(i))
            }
        };
    }

    fn del_name(&mut self, name: &Rc<str>) {
        let slot = self.scopes.last().and_then(|s| self.local_slot(s, name));
        match slot {
            Some(slot) => self.emit(Op::DelLocal(slot)),
            None => {
                let i = self.name_index(name);
                self.emit(Op::DelGlobal(i))
            }
        };
    }

    // ---- statements ----

    fn block(&mut self, body: &[Stmt]) -> Parsed<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    /// CPython's error for syntax trees too deep to compile.
    fn check_stack(&self, line: u32) -> Parsed<()> {
        if self.guard.exhausted() {
            return Err(Box::new(PyError {
                kind: ErrorKind::Exception {
                    type_name: "RecursionError".into(),
                    message: "maximum recursion depth exceeded during compilation".into(),
                },
                line,
            }));
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Parsed<()> {
        self.check_stack(s.line)?;
        self.set_line(s.line);
        self.emit(Op::Line(s.line));
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::Pop);
            }
            StmtKind::Assign(targets, value) => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign(target, op, value) => self.aug_assign(target, *op, value)?,
            StmtKind::If(cond, body, orelse) => {
                self.expr(cond)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.block(body)?;
                if orelse.is_empty() {
                    self.patch(jf);
                } else {
                    let j = self.emit(Op::Jump(0));
                    self.patch(jf);
                    self.block(orelse)?;
                    self.patch(j);
                }
            }
            StmtKind::While(cond, body, orelse) => {
                let start = self.here() as usize;
                self.expr(cond)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.scope().fblocks.push(FBlock::Loop {
                    start,
                    breaks: Vec::new(),
                    is_for: false,
                });
                self.block(body)?;
                self.emit(Op::Jump(u32::try_from(start).unwrap_or(0)));
                let breaks = self.pop_loop();
                self.patch(jf);
                self.block(orelse)?;
                breaks.into_iter().for_each(|b| self.patch(b));
            }
            StmtKind::For(target, iter, body, orelse) => {
                self.iterable(iter)?;
                self.emit(Op::GetIter);
                let start = self.here() as usize;
                let fi = self.emit(Op::ForIter(0));
                self.scope().fblocks.push(FBlock::Loop {
                    start,
                    breaks: Vec::new(),
                    is_for: true,
                });
                self.store(target)?;
                self.block(body)?;
                self.emit(Op::Jump(u32::try_from(start).unwrap_or(0)));
                let breaks = self.pop_loop();
                self.patch(fi);
                self.block(orelse)?;
                breaks.into_iter().for_each(|b| self.patch(b));
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                self.jump_out(is_break, s.line)?;
            }
            StmtKind::Pass => {}
            StmtKind::Return(value) => {
                if self.scopes.len() <= 1 {
                    return Err(syntax("'return' outside function", s.line));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Op::Const(0));
                    }
                }
                self.unwind_all()?;
                self.emit(Op::Return);
            }
            StmtKind::Def(def) => {
                self.function(def)?;
                self.store_name(&def.name);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => self.try_stmt(body, handlers, orelse, finally)?,
            StmtKind::Raise(value) => match value {
                Some(v) => {
                    self.expr(v)?;
                    self.emit(Op::Raise(true));
                }
                None => {
                    self.emit(Op::Raise(false));
                }
            },
            StmtKind::Assert(cond, msg) => {
                self.expr(cond)?;
                let jt = self.emit(Op::PopJumpIfTrue(0));
                let class =
                    builtin_exception("AssertionError").map_or(Value::None, Value::ExcClass);
                let k = self.konst(class);
                self.emit(Op::Const(k));
                if let Some(msg) = msg {
                    self.expr(msg)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(true));
                self.patch(jt);
            }
            StmtKind::With(items, body) => self.with_stmt(items, body)?,
            StmtKind::Del(targets) => {
                for t in targets {
                    self.del(t)?;
                }
            }
            StmtKind::Import(names) => {
                for (name, alias) in names {
                    let bound = match alias {
                        Some(alias) => {
                            let i = self.name_index(name);
                            self.emit(Op::Import(i));
                            alias.clone()
                        }
                        None => {
                            let top: Rc<str> = name.split('.').next().unwrap_or(name).into();
                            let i = self.name_index(&top);
                            self.emit(Op::Import(i));
                            top
                        }
                    };
                    self.store_name(&bound);
                }
            }
            StmtKind::ImportFrom(module, names) => {
                for (name, alias) in names {
                    let m = self.name_index(module);
                    let n = self.name_index(name);
                    self.emit(Op::ImportFrom(m, n));
                    self.store_name(alias.as_ref().unwrap_or(name));
                }
            }
        }
        Ok(())
    }

    fn pop_loop(&mut self) -> Vec<usize> {
        match self.scope().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        }
    }

    /// Emits what leaving the blocks inside the innermost loop needs, then
    /// the jump.
    fn jump_out(&mut self, is_break: bool, line: u32) -> Parsed<()> {
        let blocks = &self.scope().fblocks;
        let Some(loop_at) = blocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(syntax(msg, line));
        };
        let inner: Vec<usize> = ((loop_at + 1)..blocks.len()).rev().collect();
        for i in inner {
            self.unwind_block(i)?;
        }
        let (start, is_for) = match self.scope().fblocks.get(loop_at) {
            Some(FBlock::Loop { start, is_for, .. }) => (*start, *is_for),
            _ => (0, false),
        };
        if is_break {
            if is_for {
                self.emit(Op::Pop);
            }
            let j = self.emit(Op::Jump(0));
            if let Some(FBlock::Loop { breaks, .. }) = self.scope().fblocks.get_mut(loop_at) {
                breaks.push(j);
            }
        } else {
            self.emit(Op::Jump(u32::try_from(start).unwrap_or(0)));
        }
        Ok(())
    }

    /// Before `return`: leaves every block of the function.
    fn unwind_all(&mut self) -> Parsed<()> {
        let n = self.scope().fblocks.len();
        for i in (0..n).rev() {
            self.unwind_block(i)?;
        }
        Ok(())
    }

    fn unwind_block(&mut self, i: usize) -> Parsed<()> {
        // The finally body is compiled with the blocks outside it only.
        let taken = match self.scope().fblocks.get(i) {
            Some(FBlock::Try) => {
                self.emit(Op::PopBlock);
                return Ok(());
            }
            Some(FBlock::Handler { name }) => {
                let name = name.clone();
                self.emit(Op::PopExcept);
                if let Some(name) = name {
                    self.emit(Op::Const(0));
                    self.store_name(&name);
                    self.del_name(&name);
                }
                return Ok(());
            }
            Some(FBlock::With(slot)) => {
                let slot = *slot;
                self.emit(Op::PopBlock);
                self.emit(Op::LoadLocal(slot));
                self.emit(Op::WithExit);
                return Ok(());
            }
            Some(FBlock::Finally(body)) => Rc::clone(body),
            _ => return Ok(()),
        };
        self.emit(Op::PopBlock);
        let saved = self.scope().fblocks.split_off(i);
        let r = self.block(&taken);
        self.scope().fblocks.extend(saved);
        r
    }

    fn try_stmt(
        &mut self,
        body: &[Stmt],
        handlers: &[Handler],
        orelse: &[Stmt],
        finally: &Rc<[Stmt]>,
    ) -> Parsed<()> {
        let fin_setup = if finally.is_empty() {
            None
        } else {
            let at = self.emit(Op::SetupExcept(0));
            self.scope()
                .fblocks
                .push(FBlock::Finally(Rc::clone(finally)));
            Some(at)
        };
        if handlers.is_empty() {
            self.block(body)?;
        } else {
            let setup = self.emit(Op::SetupExcept(0));
            self.scope().fblocks.push(FBlock::Try);
            self.block(body)?;
            self.scope().fblocks.pop();
            self.emit(Op::PopBlock);
            self.block(orelse)?;
            let to_end = self.emit(Op::Jump(0));
            self.patch(setup);
            let mut ends = vec![to_end];
            for h in handlers {
                self.set_line(h.line);
                let next = match &h.class {
                    Some(class) => {
                        // ExcMatch leaves the exception on the stack.
                        self.expr(class)?;
                        self.emit(Op::ExcMatch);
                        Some(self.emit(Op::PopJumpIfFalse(0)))
                    }
                    None => None,
                };
                match &h.name {
                    Some(name) => self.store_name(name),
                    None => {
                        self.emit(Op::Pop);
                    }
                }
                self.scope().fblocks.push(FBlock::Handler {
                    name: h.name.clone(),
                });
                self.block(&h.body)?;
                self.scope().fblocks.pop();
                self.emit(Op::PopExcept);
                if let Some(name) = &h.name {
                    self.emit(Op::Const(0));
                    self.store_name(name);
                    self.del_name(name);
                }
                ends.push(self.emit(Op::Jump(0)));
                if let Some(next) = next {
                    self.patch(next);
                }
            }
            self.emit(Op::Reraise);
            ends.into_iter().for_each(|e| self.patch(e));
        }
        if let Some(at) = fin_setup {
            self.scope().fblocks.pop();
            self.emit(Op::PopBlock);
            self.block(finally)?;
            let j = self.emit(Op::Jump(0));
            self.patch(at);
            self.block(finally)?;
            self.emit(Op::Reraise);
            self.patch(j);
        }
        Ok(())
    }

    fn with_stmt(&mut self, items: &[(Expr, Option<Expr>)], body: &[Stmt]) -> Parsed<()> {
        let Some(((ctx, target), rest)) = items.split_first() else {
            return self.block(body);
        };
        let line = self.scope().line;
        self.expr(ctx)?;
        let slot = self.hidden_local();
        self.emit(Op::StoreLocal(slot));
        self.emit(Op::LoadLocal(slot));
        self.emit(Op::WithEnter);
        match target {
            Some(t) => self.store(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        let setup = self.emit(Op::SetupExcept(0));
        self.scope().fblocks.push(FBlock::With(slot));
        if rest.is_empty() {
            self.block(body)?;
        } else {
            self.with_stmt(rest, body)?;
        }
        self.scope().fblocks.pop();
        // CPython runs `__exit__` on the `with` line (what Django's
        // savepoint release and rollback are logged with).
        self.set_line(line);
        self.emit(Op::Line(line));
        self.emit(Op::PopBlock);
        self.emit(Op::LoadLocal(slot));
        self.emit(Op::WithExit);
        let j = self.emit(Op::Jump(0));
        self.patch(setup);
        self.emit(Op::Line(line));
        self.emit(Op::LoadLocal(slot));
        let exit = self.emit(Op::WithExitExc(0));
        self.patch(exit);
        self.patch(j);
        Ok(())
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> Parsed<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.store_name(n);
            }
            ExprKind::Attr(obj, name) => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                let i = self.name_index(name);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript(obj, index) => {
                // obj, index kept in hidden slots: the stack has no Dup2.
                self.expr(obj)?;
                let o = self.hidden_local();
                self.emit(Op::StoreLocal(o));
                self.expr(index)?;
                let k = self.hidden_local();
                self.emit(Op::StoreLocal(k));
                self.emit(Op::LoadLocal(o));
                self.emit(Op::LoadLocal(k));
                self.emit(Op::GetItem);
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::LoadLocal(o));
                self.emit(Op::LoadLocal(k));
                self.emit(Op::SetItem);
            }
            _ => {
                return Err(syntax(
                    "illegal expression for augmented assignment",
                    target.line,
                ))
            }
        }
        Ok(())
    }

    /// Stores the top of the stack into `target`.
    fn store(&mut self, target: &Expr) -> Parsed<()> {
        match &target.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attr(obj, name) => {
                self.expr(obj)?;
                let i = self.name_index(name);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript(obj, index) => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Op::SetItem);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let n = u32::try_from(items.len()).unwrap_or(0);
                match items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)))
                {
                    Some(star) => {
                        let before = u32::try_from(star).unwrap_or(0);
                        self.emit(Op::UnpackStar(before, n - before - 1));
                    }
                    None => {
                        self.emit(Op::Unpack(n));
                    }
                }
                for item in items {
                    self.store(item)?;
                }
                return Ok(());
            }
            ExprKind::Starred(inner) => return self.store(inner),
            _ => return Err(syntax("cannot assign to expression", target.line)),
        };
        Ok(())
    }

    fn del(&mut self, target: &Expr) -> Parsed<()> {
        match &target.kind {
            ExprKind::Name(n) => self.del_name(n),
            ExprKind::Subscript(obj, index) => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Op::DelItem);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                return items.iter().try_for_each(|i| self.del(i));
            }
            ExprKind::Attr(..) => {
                return Err(PyError::unsupported("deleting attributes", target.line))
            }
            _ => return Err(syntax("cannot delete expression", target.line)),
        };
        Ok(())
    }

    /// Compiles a def/lambda body into its own code and emits
    /// MakeFunction (defaults evaluated here, in the defining scope).
    fn function(&mut self, def: &FuncDef) -> Parsed<()> {
        for d in &def.defaults {
            self.expr(d)?;
        }
        let mut locals = def.params.clone();
        for s in &def.body {
            bound_in_stmt(s, &mut locals);
        }
        self.push_scope(&def.name, locals, def.params.len(), false);
        self.set_line(def.line);
        self.block(&def.body)?;
        self.emit(Op::Const(0));
        self.emit(Op::Return);
        let code = self.pop_scope();
        self.make_function(code, def.defaults.len());
        Ok(())
    }

    fn make_function(&mut self, code: Rc<Code>, ndefaults: usize) {
        let codes = &mut self.scope().code.codes;
        codes.push(code);
        let i = u32::try_from(codes.len() - 1).unwrap_or(0);
        self.emit(Op::MakeFunction(i, u32::try_from(ndefaults).unwrap_or(0)));
    }

    // ---- expressions ----

    fn expr(&mut self, e: &Expr) -> Parsed<()> {
        self.check_stack(e.line)?;
        let saved = self.scope().line;
        self.set_line(e.line);
        let r = self.expr_inner(e);
        self.set_line(saved);
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> Parsed<()> {
        match &e.kind {
            ExprKind::Const(c) => {
                let v = match c {
                    Const::None => Value::None,
                    Const::Bool(b) => Value::Bool(*b),
                    Const::Int(n) => Value::Int(*n),
                    Const::Float(f) => Value::Float(*f),
                    Const::Str(s) => Value::Str(s.clone()),
                    Const::Ellipsis => Value::Ellipsis,
                };
                let k = self.konst(v);
                self.emit(Op::Const(k));
            }
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Attr(obj, name) => {
                self.expr(obj)?;
                let i = self.name_index(name);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Call(func, args) => self.call(func, args)?,
            ExprKind::Subscript(obj, index) => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Op::GetItem);
            }
            ExprKind::Slice(a, b, c) => {
                for part in [a, b, c] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => {
                            self.emit(Op::Const(0));
                        }
                    }
                }
                self.emit(Op::BuildSlice);
            }
            ExprKind::Bin(op, l, r) => {
                self.expr(l)?;
                self.expr(r)?;
                self.emit(Op::Binary(*op));
            }
            ExprKind::Unary(op, inner) => {
                self.expr(inner)?;
                self.emit(Op::Unary(*op));
            }
            ExprKind::BoolOp(is_and, l, r) => {
                self.expr(l)?;
                let j = self.emit(if *is_and {
                    Op::JumpIfFalseOrPop(0)
                } else {
                    Op::JumpIfTrueOrPop(0)
                });
                self.expr(r)?;
                self.patch(j);
            }
            ExprKind::Compare(first, rest) => self.compare(first, rest)?,
            ExprKind::IfExp(cond, body, orelse) => {
                self.expr(cond)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.expr(body)?;
                let j = self.emit(Op::Jump(0));
                self.patch(jf);
                self.expr(orelse)?;
                self.patch(j);
            }
            ExprKind::List(items) => self.sequence(items, false)?,
            ExprKind::Tuple(items) => self.sequence(items, true)?,
            ExprKind::Set(items) => self.set_display(items, false)?,
            ExprKind::Dict(items) => {
                self.emit(Op::BuildDict(0));
                for (k, v) in items {
                    match k {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(v)?;
                            self.emit(Op::DictInsert(0));
                        }
                        None => {
                            self.expr(v)?;
                            self.emit(Op::DictUpdate(0));
                        }
                    }
                }
            }
            ExprKind::Comp {
                kind,
                elt,
                value,
                fors,
            } => self.comprehension(*kind, elt, value.as_deref(), fors, e.line)?,
            ExprKind::Lambda(def) => self.function(def)?,
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Starred(_) => {
                return Err(syntax("can't use starred expression here", e.line));
            }
        }
        Ok(())
    }

    fn sequence(&mut self, items: &[Expr], tuple: bool) -> Parsed<()> {
        let n = u32::try_from(items.len()).unwrap_or(0);
        if !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
            for i in items {
                self.expr(i)?;
            }
            self.emit(if tuple {
                Op::BuildTuple(n)
            } else {
                Op::BuildList(n)
            });
            return Ok(());
        }
        self.emit(Op::BuildList(0));
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::ListExtend(0));
                }
                _ => {
                    self.expr(i)?;
                    self.emit(Op::ListAppend(0));
                }
            }
        }
        if tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    /// A set display as CPython 3.11 compiles it: three or more
    /// constants folded into a `frozenset` and copied into a new set
    /// (constants iterated by `for` are the `frozenset` itself); items
    /// added one by one; from the first `*iterable` on, each iterable
    /// `set.update`d (a set merged slot by slot).
    fn set_display(&mut self, items: &[Expr], iterated: bool) -> Parsed<()> {
        let n = u32::try_from(items.len()).unwrap_or(0);
        if items.iter().all(is_constant) && (iterated || items.len() > 2) {
            for i in items {
                self.expr(i)?;
            }
            let reinterned = items.iter().any(|i| {
                matches!(&i.kind, ExprKind::Const(Const::Str(text))
                    if text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                        && super::builtins::interned_at_startup(text))
            });
            self.emit(Op::BuildConstSet(n, !iterated, reinterned));
            return Ok(());
        }
        let star = items
            .iter()
            .position(|i| matches!(i.kind, ExprKind::Starred(_)))
            .unwrap_or(items.len());
        let (plain, rest) = items.split_at(star);
        for i in plain {
            self.expr(i)?;
        }
        self.emit(Op::BuildSet(u32::try_from(star).unwrap_or(0)));
        for i in rest {
            if let ExprKind::Starred(inner) = &i.kind {
                self.expr(inner)?;
                self.emit(Op::SetUpdate(0));
            } else {
                self.expr(i)?;
                self.emit(Op::SetAdd(0));
            }
        }
        Ok(())
    }

    /// The iterable of a `for` or a comprehension: a display of
    /// constants there is CPython's folded `frozenset`, built item by
    /// item and not copied.
    fn iterable(&mut self, iter: &Expr) -> Parsed<()> {
        match &iter.kind {
            ExprKind::Set(items) if items.iter().all(is_constant) => {
                self.set_line(iter.line);
                self.set_display(items, true)
            }
            _ => self.expr(iter),
        }
    }

    fn compare(&mut self, first: &Expr, rest: &[(CmpOp, Expr)]) -> Parsed<()> {
        self.expr(first)?;
        if let [(op, right)] = rest {
            self.expr(right)?;
            self.emit(Op::Compare(*op));
            return Ok(());
        }
        // a < b < c: each middle operand is compared twice, evaluated once.
        let mut fails = Vec::new();
        for (i, (op, right)) in rest.iter().enumerate() {
            self.expr(right)?;
            if i + 1 < rest.len() {
                self.emit(Op::Dup);
                self.emit(Op::Rot3);
                self.emit(Op::Compare(*op));
                fails.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.emit(Op::Compare(*op));
            }
        }
        let end = self.emit(Op::Jump(0));
        for f in fails {
            self.patch(f);
        }
        // The failed comparison's result is on top of the saved operand.
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.patch(end);
        Ok(())
    }

    fn call(&mut self, func: &Expr, args: &[Arg]) -> Parsed<()> {
        self.expr(func)?;
        let simple = args.iter().all(|a| matches!(a, Arg::Pos(_) | Arg::Kw(..)));
        if simple {
            let mut kwnames = Vec::new();
            for a in args {
                match a {
                    Arg::Pos(e) => self.expr(e)?,
                    Arg::Kw(name, e) => {
                        self.expr(e)?;
                        kwnames.push(Value::Str(name.clone()));
                    }
                    _ => {}
                }
            }
            let n = u32::try_from(args.len()).unwrap_or(0);
            if kwnames.is_empty() {
                self.emit(Op::Call(n));
            } else {
                let k = self.konst(Value::tuple(kwnames));
                self.emit(Op::CallKw(n, k));
            }
            return Ok(());
        }
        self.emit(Op::BuildList(0));
        for a in args {
            match a {
                Arg::Pos(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListAppend(0));
                }
                Arg::Star(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListExtend(0));
                }
                _ => {}
            }
        }
        self.emit(Op::BuildDict(0));
        for a in args {
            match a {
                Arg::Kw(name, e) => {
                    let k = self.konst(Value::Str(name.clone()));
                    self.emit(Op::Const(k));
                    self.expr(e)?;
                    self.emit(Op::DictInsert(0));
                }
                Arg::StarStar(e) => {
                    self.expr(e)?;
                    self.emit(Op::DictUpdate(0));
                }
                _ => {}
            }
        }
        self.emit(Op::CallEx);
        Ok(())
    }

    fn fstring(&mut self, parts: &[FPart]) -> Parsed<()> {
        for p in parts {
            match p {
                FPart::Lit(s) => {
                    let k = self.konst(Value::str(s));
                    self.emit(Op::Const(k));
                }
                FPart::Field { expr, conv, spec } => {
                    self.expr(expr)?;
                    let has_spec = !spec.is_empty();
                    if has_spec {
                        self.fstring(spec)?;
                    }
                    let conv = conv.map_or(0, |c| c as u8);
                    self.emit(Op::Format(conv, has_spec));
                }
            }
        }
        self.emit(Op::BuildString(u32::try_from(parts.len()).unwrap_or(0)));
        Ok(())
    }

    /// A comprehension is a nested function called on its first iterable,
    /// so that its variables stay in their own scope as in Python 3.
    fn comprehension(
        &mut self,
        kind: CompKind,
        elt: &Expr,
        value: Option<&Expr>,
        fors: &[CompFor],
        line: u32,
    ) -> Parsed<()> {
        let Some(first) = fors.first() else {
            return Err(syntax("invalid syntax", line));
        };
        self.iterable(&first.iter)?;
        self.emit(Op::GetIter);
        let mut locals: Vec<Rc<str>> = vec![".0".into()];
        for f in fors {
            bound_in_target(&f.target, &mut locals);
        }
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        self.push_scope(name, locals, 1, false);
        self.set_line(line);
        match kind {
            CompKind::Dict => self.emit(Op::BuildDict(0)),
            CompKind::Set => self.emit(Op::BuildSet(0)),
            _ => self.emit(Op::BuildList(0)),
        };
        let mut loops = Vec::new();
        for (i, f) in fors.iter().enumerate() {
            if i == 0 {
                self.emit(Op::LoadLocal(0));
            } else {
                self.iterable(&f.iter)?;
                self.emit(Op::GetIter);
            }
            let start = self.here();
            let fi = self.emit(Op::ForIter(0));
            self.store(&f.target)?;
            for cond in &f.conds {
                self.expr(cond)?;
                self.emit(Op::PopJumpIfFalse(start));
            }
            loops.push((start, fi));
        }
        let depth = u32::try_from(fors.len()).unwrap_or(0);
        match (kind, value) {
            (CompKind::Dict, Some(v)) => {
                self.expr(elt)?;
                self.expr(v)?;
                self.emit(Op::DictInsert(depth));
            }
            (CompKind::Set, _) => {
                self.expr(elt)?;
                self.emit(Op::SetAdd(depth));
            }
            _ => {
                self.expr(elt)?;
                self.emit(Op::ListAppend(depth));
            }
        }
        for (start, fi) in loops.into_iter().rev() {
            self.emit(Op::Jump(start));
            self.patch(fi);
        }
        if kind == CompKind::Generator {
            self.emit(Op::GetIter);
        }
        self.emit(Op::Return);
        let code = self.pop_scope();
        self.make_function(code, 0);
        self.emit(Op::Rot2);
        self.emit(Op::Call(1));
        Ok(())
    }
}

fn add_name(names: &mut Vec<Rc<str>>, n: &Rc<str>) {
    if !names.contains(n) {
        names.push(n.clone());
    }
}

fn bound_in_target(t: &Expr, names: &mut Vec<Rc<str>>) {
    match &t.kind {
        ExprKind::Name(n) => add_name(names, n),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().for_each(|i| bound_in_target(i, names))
        }
        ExprKind::Starred(inner) => bound_in_target(inner, names),
        _ => {}
    }
}

/// The names a statement binds in its function (not in nested ones).
fn bound_in_stmt(s: &Stmt, names: &mut Vec<Rc<str>>) {
    let block =
        |b: &[Stmt], names: &mut Vec<Rc<str>>| b.iter().for_each(|s| bound_in_stmt(s, names));
    match &s.kind {
        StmtKind::Assign(targets, _) => targets.iter().for_each(|t| bound_in_target(t, names)),
        StmtKind::AugAssign(t, ..) => bound_in_target(t, names),
        StmtKind::If(_, body, orelse) | StmtKind::While(_, body, orelse) => {
            block(body, names);
            block(orelse, names);
        }
        StmtKind::For(t, _, body, orelse) => {
            bound_in_target(t, names);
            block(body, names);
            block(orelse, names);
        }
        StmtKind::Def(def) => add_name(names, &def.name),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finally,
        } => {
            block(body, names);
            for h in handlers {
                if let Some(n) = &h.name {
                    add_name(names, n);
                }
                block(&h.body, names);
            }
            block(orelse, names);
            block(finally, names);
        }
        StmtKind::With(items, body) => {
            for (_, t) in items {
                if let Some(t) = t {
                    bound_in_target(t, names);
                }
            }
            block(body, names);
        }
        StmtKind::Del(targets) => targets.iter().for_each(|t| bound_in_target(t, names)),
        StmtKind::Import(items) => {
            for (name, alias) in items {
                let bound: Rc<str> = match alias {
                    Some(a) => a.clone(),
                    None => name.split('.').next().unwrap_or(name).into(),
                };
                add_name(names, &bound);
            }
        }
        StmtKind::ImportFrom(_, items) => {
            for (name, alias) in items {
                add_name(names, alias.as_ref().unwrap_or(name));
            }
        }
        _ => {}
    }
}

/// What CPython's AST optimizer folds into a constant: literals, signs
/// and `not` of constants, tuples of constants, arithmetic on numbers
/// (not a division by a literal zero) and `+` of strings.
fn is_constant(e: &Expr) -> bool {
    constant_kind(e).is_some()
}

/// Whether a folded constant is a number (`Some(true)`), another
/// constant (`Some(false)`) or not a constant.
fn constant_kind(e: &Expr) -> Option<bool> {
    match &e.kind {
        ExprKind::Const(c) => Some(matches!(
            c,
            Const::Int(_) | Const::Float(_) | Const::Bool(_)
        )),
        ExprKind::Unary(UnaryOp::Not, inner) => constant_kind(inner).map(|_| false),
        ExprKind::Unary(_, inner) => constant_kind(inner).filter(|number| *number),
        ExprKind::Tuple(items) => items.iter().all(is_constant).then_some(false),
        ExprKind::Bin(op, l, r) => {
            let by_zero = matches!(op, BinOp::Div | BinOp::FloorDiv | BinOp::Mod)
                && matches!(r.kind, ExprKind::Const(Const::Int(0)));
            match (constant_kind(l)?, constant_kind(r)?) {
                (true, true) if !by_zero && *op != BinOp::MatMul => Some(true),
                (false, false) if *op == BinOp::Add && is_str(l) && is_str(r) => Some(false),
                _ => None,
            }
        }
        _ => None,
    }
}

fn is_str(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Const(Const::Str(_)) => true,
        ExprKind::Bin(BinOp::Add, l, r) => is_str(l) && is_str(r),
        _ => false,
    }
}
