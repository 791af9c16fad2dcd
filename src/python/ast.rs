//! The syntax tree the parser builds and the compiler reads. Every statement
//! and expression carries its 1-based source line, which ends up in the
//! bytecode's line table (tracebacks, the host's line hook).

use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    BitAnd,
    BitOr,
    BitXor,
    LShift,
    RShift,
}

impl BinOp {
    /// The operator as Python's error messages spell it.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::MatMul => "@",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    Ellipsis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// One `for target in iter if cond…` clause of a comprehension.
#[derive(Debug, PartialEq)]
pub struct CompFor {
    pub target: Expr,
    pub iter: Expr,
    pub conds: Vec<Expr>,
}

/// A piece of an f-string.
#[derive(Debug, PartialEq)]
pub enum FPart {
    Lit(String),
    /// `{expr!conv:spec}`; `conv` is `r`, `s`, `a` or none; the spec is
    /// itself an f-string.
    Field {
        expr: Box<Expr>,
        conv: Option<char>,
        spec: Vec<FPart>,
    },
}

/// An argument at a call site.
#[derive(Debug, PartialEq)]
pub enum Arg {
    Pos(Expr),
    Star(Expr),
    Kw(Rc<str>, Expr),
    StarStar(Expr),
}

#[derive(Debug, PartialEq)]
pub struct Expr {
    pub line: u32,
    pub kind: ExprKind,
}

#[derive(Debug, PartialEq)]
pub enum ExprKind {
    Const(Const),
    Name(Rc<str>),
    Attr(Box<Expr>, Rc<str>),
    Call(Box<Expr>, Vec<Arg>),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    /// `and` (true) / `or` (false).
    BoolOp(bool, Box<Expr>, Box<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `None` as a key is a `**mapping` entry.
    Dict(Vec<(Option<Expr>, Expr)>),
    Comp {
        kind: CompKind,
        elt: Box<Expr>,
        value: Option<Box<Expr>>,
        fors: Vec<CompFor>,
    },
    Lambda(Rc<FuncDef>),
    FString(Vec<FPart>),
    Starred(Box<Expr>),
}

/// A `def` or a `lambda`.
#[derive(Debug, PartialEq)]
pub struct FuncDef {
    pub name: Rc<str>,
    pub params: Vec<Rc<str>>,
    /// Defaults of the last parameters, in order.
    pub defaults: Vec<Expr>,
    pub body: Vec<Stmt>,
    pub line: u32,
}

#[derive(Debug, PartialEq)]
pub struct Handler {
    pub line: u32,
    pub class: Option<Expr>,
    pub name: Option<Rc<str>>,
    pub body: Vec<Stmt>,
}

#[derive(Debug, PartialEq)]
pub struct Stmt {
    pub line: u32,
    pub kind: StmtKind,
}

#[derive(Debug, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: every target, then the value.
    Assign(Vec<Expr>, Expr),
    AugAssign(Expr, BinOp, Expr),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Expr, Expr, Vec<Stmt>, Vec<Stmt>),
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    Def(Rc<FuncDef>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        /// Shared: the compiler emits it again at each `return`, `break`
        /// and `continue` that leaves the `try`.
        finally: Rc<[Stmt]>,
    },
    Raise(Option<Expr>),
    Assert(Expr, Option<Expr>),
    With(Vec<(Expr, Option<Expr>)>, Vec<Stmt>),
    Del(Vec<Expr>),
    /// `import a.b as c`: dotted name and alias.
    Import(Vec<(Rc<str>, Option<Rc<str>>)>),
    /// `from module import name as alias, …`
    ImportFrom(Rc<str>, Vec<(Rc<str>, Option<Rc<str>>)>),
}
