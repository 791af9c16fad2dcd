//! Tokens to a syntax tree, by recursive descent over Python 3's grammar
//! for the playground's subset. Statements outside the subset (`class`,
//! `yield`, `global`, `async`, …) fail here with "not supported"; nesting
//! (and the depth of the trees flat chains build) is bounded, and checked
//! against the stack guard, so that no input can exhaust the Rust stack.

use std::rc::Rc;

use super::ast::*;
use super::error::{ErrorKind, Parsed, PyError};
use super::lexer::{tokenize, unescape, Tok, Token};
use super::stack::StackGuard;

/// Deeper expressions fail as CPython's parser does on its own limits.
const MAX_DEPTH: usize = 100;

/// Flat chains (`a + b + …`, `x.f().g()…`, `a or b or …`, `elif`) build
/// trees as deep as they are long, which the compiler walks recursively;
/// longer ones fail as CPython's compiler does on very long chains.
const MAX_CHAIN: usize = 1000;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Parses a whole program.
///
/// # Errors
/// The first syntax error, or "not supported" for a construct outside the
/// subset.
pub fn parse_program(src: &str) -> Parsed<Vec<Stmt>> {
    let tokens = tokenize(src)?;
    let mut p = Parser {
        tokens,
        pos: 0,
        depth: 0,
        chain: 0,
        line_offset: 0,
        guard: StackGuard::here(),
    };
    let mut body = Vec::new();
    while !p.at_eof() {
        if p.eat_tok(&Tok::Newline) {
            continue;
        }
        p.statement(&mut body)?;
    }
    Ok(body)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    depth: usize,
    /// Links of the flat chains being parsed (see [`MAX_CHAIN`]).
    chain: usize,
    /// For f-string fields parsed from their own token list.
    line_offset: u32,
    guard: StackGuard,
}

fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

impl Parser {
    fn tok(&self) -> &Tok {
        self.tokens.get(self.pos).map_or(&Tok::Eof, |t| &t.tok)
    }

    fn tok_at(&self, n: usize) -> &Tok {
        self.tokens.get(self.pos + n).map_or(&Tok::Eof, |t| &t.tok)
    }

    fn line(&self) -> u32 {
        self.tokens
            .get(self.pos)
            .or_else(|| self.tokens.last())
            .map_or(1, |t| t.line)
            + self.line_offset
    }

    fn at_eof(&self) -> bool {
        matches!(self.tok(), Tok::Eof)
    }

    fn advance(&mut self) -> Tok {
        let t = self.tok().clone();
        if self.pos < self.tokens.len() {
            self.pos += 1;
        }
        t
    }

    fn eat_tok(&mut self, t: &Tok) -> bool {
        if self.tok() == t {
            self.advance();
            true
        } else {
            false
        }
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn eat_op(&mut self, op: &str) -> bool {
        if self.is_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Name(n) if &**n == kw)
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.is_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn invalid(&self) -> Box<PyError> {
        PyError::syntax("SyntaxError", "invalid syntax", self.line())
    }

    fn expect_op(&mut self, op: &str) -> Parsed<()> {
        if self.eat_op(op) {
            Ok(())
        } else if op == ":" {
            Err(PyError::syntax("SyntaxError", "expected ':'", self.line()))
        } else {
            Err(self.invalid())
        }
    }

    fn expect_kw(&mut self, kw: &str) -> Parsed<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    fn name(&mut self) -> Parsed<Rc<str>> {
        match self.tok() {
            Tok::Name(n) if !is_keyword(n) => {
                let n = n.clone();
                self.advance();
                Ok(n)
            }
            _ => Err(self.invalid()),
        }
    }

    fn enter(&mut self) -> Parsed<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH || self.guard.exhausted() {
            return Err(PyError::syntax(
                "SyntaxError",
                "too many nested parentheses",
                self.line(),
            ));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// One more link of a flat chain; the caller undoes its links with
    /// [`Parser::unlink`] when the chain ends.
    fn link(&mut self) -> Parsed<()> {
        self.chain += 1;
        if self.chain > MAX_CHAIN || self.guard.exhausted() {
            return Err(Box::new(PyError {
                kind: ErrorKind::Exception {
                    type_name: "RecursionError".into(),
                    message: "maximum recursion depth exceeded during compilation".into(),
                },
                line: self.line(),
            }));
        }
        Ok(())
    }

    fn unlink(&mut self, links: usize) {
        self.chain = self.chain.saturating_sub(links);
    }

    // ---- statements ----

    fn statement(&mut self, out: &mut Vec<Stmt>) -> Parsed<()> {
        let line = self.line();
        let Tok::Name(word) = self.tok().clone() else {
            return self.simple_statements(out);
        };
        match &*word {
            "if" => {
                self.advance();
                let s = self.if_rest(line)?;
                out.push(s);
            }
            "while" => {
                self.advance();
                let cond = self.test()?;
                let body = self.block("while", line)?;
                let orelse = self.else_block()?;
                out.push(Stmt {
                    line,
                    kind: StmtKind::While(cond, body, orelse),
                });
            }
            "for" => {
                self.advance();
                let target = self.target_list()?;
                self.expect_kw("in")?;
                let iter = self.testlist()?;
                let body = self.block("for", line)?;
                let orelse = self.else_block()?;
                out.push(Stmt {
                    line,
                    kind: StmtKind::For(target, iter, body, orelse),
                });
            }
            "def" => {
                self.advance();
                let name = self.name()?;
                self.expect_op("(")?;
                let (params, defaults) = self.params(")")?;
                self.expect_op(")")?;
                if self.eat_op("->") {
                    self.test()?;
                }
                let body = self.block("function definition", line)?;
                out.push(Stmt {
                    line,
                    kind: StmtKind::Def(Rc::new(FuncDef {
                        name,
                        params,
                        defaults,
                        body,
                        line,
                    })),
                });
            }
            "try" => {
                self.advance();
                let s = self.try_rest(line)?;
                out.push(s);
            }
            "with" => {
                self.advance();
                let mut items = Vec::new();
                loop {
                    let ctx = self.test()?;
                    let target = if self.eat_kw("as") {
                        Some(self.target()?)
                    } else {
                        None
                    };
                    items.push((ctx, target));
                    if !self.eat_op(",") {
                        break;
                    }
                }
                let body = self.block("with", line)?;
                out.push(Stmt {
                    line,
                    kind: StmtKind::With(items, body),
                });
            }
            "class" => return Err(PyError::unsupported("class definitions", line)),
            "async" => return Err(PyError::unsupported("async code", line)),
            "elif" | "else" | "except" | "finally" => return Err(self.invalid()),
            _ => return self.simple_statements(out),
        }
        Ok(())
    }

    fn if_rest(&mut self, line: u32) -> Parsed<Stmt> {
        let cond = self.test()?;
        let body = self.block("if", line)?;
        let orelse = if self.is_kw("elif") {
            let elif_line = self.line();
            self.advance();
            self.link()?;
            let rest = self.if_rest(elif_line);
            self.unlink(1);
            vec![rest?]
        } else {
            self.else_block()?
        };
        Ok(Stmt {
            line,
            kind: StmtKind::If(cond, body, orelse),
        })
    }

    fn else_block(&mut self) -> Parsed<Vec<Stmt>> {
        if self.is_kw("else") {
            let line = self.line();
            self.advance();
            self.block("else", line)
        } else {
            Ok(Vec::new())
        }
    }

    fn try_rest(&mut self, line: u32) -> Parsed<Stmt> {
        let body = self.block("try", line)?;
        let mut handlers = Vec::new();
        while self.is_kw("except") {
            let hline = self.line();
            self.advance();
            if self.is_op("*") {
                return Err(PyError::unsupported("except*", hline));
            }
            let (class, name) = if self.is_op(":") {
                (None, None)
            } else {
                let class = self.test()?;
                let class = if self.is_op(",") {
                    return Err(PyError::syntax(
                        "SyntaxError",
                        "multiple exception types must be parenthesized",
                        hline,
                    ));
                } else {
                    class
                };
                let name = if self.eat_kw("as") {
                    Some(self.name()?)
                } else {
                    None
                };
                (Some(class), name)
            };
            let body = self.block("except", hline)?;
            handlers.push(Handler {
                line: hline,
                class,
                name,
                body,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finally = if self.is_kw("finally") {
            let fline = self.line();
            self.advance();
            self.block("finally", fline)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finally.is_empty() {
            return Err(PyError::syntax(
                "SyntaxError",
                "expected 'except' or 'finally' block",
                self.line(),
            ));
        }
        Ok(Stmt {
            line,
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finally: finally.into(),
            },
        })
    }

    /// `:` then either simple statements on the same line or an indented
    /// block.
    fn block(&mut self, what: &str, line: u32) -> Parsed<Vec<Stmt>> {
        self.expect_op(":")?;
        let mut body = Vec::new();
        if !self.eat_tok(&Tok::Newline) {
            self.simple_statements(&mut body)?;
            return Ok(body);
        }
        if !self.eat_tok(&Tok::Indent) {
            let what = match what {
                "function definition" => format!("function definition on line {line}"),
                "else" | "try" | "finally" => format!("'{what}' statement on line {line}"),
                "except" => format!("'except' statement on line {line}"),
                other => format!("'{other}' statement on line {line}"),
            };
            return Err(PyError::syntax(
                "IndentationError",
                &format!("expected an indented block after {what}"),
                self.line(),
            ));
        }
        self.enter()?;
        while !self.eat_tok(&Tok::Dedent) {
            if self.at_eof() {
                break;
            }
            if self.eat_tok(&Tok::Newline) {
                continue;
            }
            self.statement(&mut body)?;
        }
        self.leave();
        Ok(body)
    }

    fn simple_statements(&mut self, out: &mut Vec<Stmt>) -> Parsed<()> {
        loop {
            out.push(self.simple_statement()?);
            if self.eat_op(";") {
                if self.eat_tok(&Tok::Newline) || self.at_eof() {
                    return Ok(());
                }
                continue;
            }
            if self.eat_tok(&Tok::Newline) || self.at_eof() {
                return Ok(());
            }
            return Err(self.invalid());
        }
    }

    fn simple_statement(&mut self) -> Parsed<Stmt> {
        let line = self.line();
        if let Tok::Name(word) = self.tok().clone() {
            let kind = match &*word {
                "pass" => Some(StmtKind::Pass),
                "break" => Some(StmtKind::Break),
                "continue" => Some(StmtKind::Continue),
                _ => None,
            };
            if let Some(kind) = kind {
                self.advance();
                return Ok(Stmt { line, kind });
            }
            match &*word {
                "return" => {
                    self.advance();
                    let value = if self.at_stmt_end() {
                        None
                    } else {
                        Some(self.testlist_star()?)
                    };
                    return Ok(Stmt {
                        line,
                        kind: StmtKind::Return(value),
                    });
                }
                "raise" => {
                    self.advance();
                    let value = if self.at_stmt_end() {
                        None
                    } else {
                        Some(self.test()?)
                    };
                    if self.is_kw("from") {
                        return Err(PyError::unsupported("raise ... from ...", line));
                    }
                    return Ok(Stmt {
                        line,
                        kind: StmtKind::Raise(value),
                    });
                }
                "assert" => {
                    self.advance();
                    let cond = self.test()?;
                    let msg = if self.eat_op(",") {
                        Some(self.test()?)
                    } else {
                        None
                    };
                    return Ok(Stmt {
                        line,
                        kind: StmtKind::Assert(cond, msg),
                    });
                }
                "del" => {
                    self.advance();
                    let mut targets = Vec::new();
                    loop {
                        targets.push(self.target()?);
                        if !self.eat_op(",") || self.at_stmt_end() {
                            break;
                        }
                    }
                    return Ok(Stmt {
                        line,
                        kind: StmtKind::Del(targets),
                    });
                }
                "import" => {
                    self.advance();
                    let mut names = Vec::new();
                    loop {
                        let name = self.dotted_name()?;
                        let alias = if self.eat_kw("as") {
                            Some(self.name()?)
                        } else {
                            None
                        };
                        names.push((name, alias));
                        if !self.eat_op(",") {
                            break;
                        }
                    }
                    return Ok(Stmt {
                        line,
                        kind: StmtKind::Import(names),
                    });
                }
                "from" => {
                    self.advance();
                    if self.is_op(".") || self.is_op("...") {
                        return Err(PyError::unsupported("relative imports", line));
                    }
                    let module = self.dotted_name()?;
                    self.expect_kw("import")?;
                    if self.is_op("*") {
                        return Err(PyError::unsupported("import *", line));
                    }
                    let paren = self.eat_op("(");
                    let mut names = Vec::new();
                    loop {
                        let name = self.name()?;
                        let alias = if self.eat_kw("as") {
                            Some(self.name()?)
                        } else {
                            None
                        };
                        names.push((name, alias));
                        if !self.eat_op(",") {
                            break;
                        }
                        if paren && self.is_op(")") {
                            break;
                        }
                    }
                    if paren {
                        self.expect_op(")")?;
                    }
                    return Ok(Stmt {
                        line,
                        kind: StmtKind::ImportFrom(module, names),
                    });
                }
                "global" | "nonlocal" => {
                    return Err(PyError::unsupported(&format!("'{word}' statements"), line))
                }
                "yield" => return Err(PyError::unsupported("generators (yield)", line)),
                _ => {}
            }
        }
        let first = self.testlist_star()?;
        if let Tok::Op(op) = self.tok() {
            let aug = match *op {
                "+=" => Some(BinOp::Add),
                "-=" => Some(BinOp::Sub),
                "*=" => Some(BinOp::Mul),
                "/=" => Some(BinOp::Div),
                "//=" => Some(BinOp::FloorDiv),
                "%=" => Some(BinOp::Mod),
                "**=" => Some(BinOp::Pow),
                "&=" => Some(BinOp::BitAnd),
                "|=" => Some(BinOp::BitOr),
                "^=" => Some(BinOp::BitXor),
                "<<=" => Some(BinOp::LShift),
                ">>=" => Some(BinOp::RShift),
                "@=" => Some(BinOp::MatMul),
                _ => None,
            };
            if let Some(op) = aug {
                self.advance();
                if !matches!(
                    first.kind,
                    ExprKind::Name(_) | ExprKind::Attr(..) | ExprKind::Subscript(..)
                ) {
                    return Err(PyError::syntax(
                        "SyntaxError",
                        &format!(
                            "'{}' is an illegal expression for augmented assignment",
                            describe(&first)
                        ),
                        line,
                    ));
                }
                let value = self.testlist()?;
                return Ok(Stmt {
                    line,
                    kind: StmtKind::AugAssign(first, op, value),
                });
            }
            if *op == ":" {
                return Err(PyError::unsupported("annotated assignments", line));
            }
        }
        if !self.is_op("=") {
            return Ok(Stmt {
                line,
                kind: StmtKind::Expr(first),
            });
        }
        let mut targets = vec![first];
        let mut value;
        loop {
            self.advance();
            value = self.testlist_star()?;
            if !self.is_op("=") {
                break;
            }
            targets.push(value);
        }
        for t in &targets {
            check_target(t, "assign to")?;
        }
        Ok(Stmt {
            line,
            kind: StmtKind::Assign(targets, value),
        })
    }

    fn at_stmt_end(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::Eof) || self.is_op(";")
    }

    fn dotted_name(&mut self) -> Parsed<Rc<str>> {
        let mut name = self.name()?.to_string();
        while self.eat_op(".") {
            name.push('.');
            name.push_str(&self.name()?);
        }
        Ok(name.into())
    }

    /// Parameters up to `end`: names with optional defaults.
    fn params(&mut self, end: &str) -> Parsed<(Vec<Rc<str>>, Vec<Expr>)> {
        let mut params: Vec<Rc<str>> = Vec::new();
        let mut defaults = Vec::new();
        while !self.is_op(end) {
            let line = self.line();
            if self.is_op("*") || self.is_op("**") || self.is_op("/") {
                return Err(PyError::unsupported(
                    "*args, **kwargs and / or * in parameter lists",
                    line,
                ));
            }
            let name = self.name()?;
            if end == ")" && self.eat_op(":") {
                self.test()?;
            }
            if params.contains(&name) {
                return Err(PyError::syntax(
                    "SyntaxError",
                    &format!("duplicate argument '{name}' in function definition"),
                    line,
                ));
            }
            params.push(name);
            if self.eat_op("=") {
                defaults.push(self.test()?);
            } else if !defaults.is_empty() {
                return Err(PyError::syntax(
                    "SyntaxError",
                    "non-default argument follows default argument",
                    line,
                ));
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok((params, defaults))
    }

    // ---- targets ----

    fn target(&mut self) -> Parsed<Expr> {
        let e = self.or_expr()?;
        check_target(&e, "assign to")?;
        Ok(e)
    }

    /// `a, (b, c)` after `for` or in comprehensions.
    fn target_list(&mut self) -> Parsed<Expr> {
        let line = self.line();
        let first = self.star_or(Self::or_expr)?;
        let e = if self.is_op(",") {
            let mut items = vec![first];
            while self.eat_op(",") {
                if self.is_kw("in") || self.is_op("=") {
                    break;
                }
                items.push(self.star_or(Self::or_expr)?);
            }
            Expr {
                line,
                kind: ExprKind::Tuple(items),
            }
        } else {
            first
        };
        check_target(&e, "assign to")?;
        Ok(e)
    }

    // ---- expressions ----

    fn star_or(&mut self, f: fn(&mut Self) -> Parsed<Expr>) -> Parsed<Expr> {
        let line = self.line();
        if self.eat_op("*") {
            let inner = self.or_expr()?;
            return Ok(Expr {
                line,
                kind: ExprKind::Starred(Box::new(inner)),
            });
        }
        f(self)
    }

    /// `a, b` as a tuple (or a single expression).
    fn testlist(&mut self) -> Parsed<Expr> {
        self.tuple_of(Self::test)
    }

    /// Like `testlist`, allowing `*x` items.
    fn testlist_star(&mut self) -> Parsed<Expr> {
        self.tuple_of(|p| p.star_or(Self::test))
    }

    fn tuple_of(&mut self, f: fn(&mut Self) -> Parsed<Expr>) -> Parsed<Expr> {
        let line = self.line();
        let first = f(self)?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_expr_end() {
                break;
            }
            items.push(f(self)?);
        }
        Ok(Expr {
            line,
            kind: ExprKind::Tuple(items),
        })
    }

    fn at_expr_end(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::Eof)
            || matches!(self.tok(), Tok::Op(o) if matches!(*o, "=" | ")" | "]" | "}" | ";" | ":"))
            || (matches!(self.tok(), Tok::Op(o) if o.ends_with('=') && o.len() > 1 && !matches!(*o, "==" | "!=" | "<=" | ">=")))
    }

    /// `test`: a conditional expression or a lambda.
    fn test(&mut self) -> Parsed<Expr> {
        self.enter()?;
        let r = self.test_inner();
        self.leave();
        r
    }

    fn test_inner(&mut self) -> Parsed<Expr> {
        let line = self.line();
        if self.eat_kw("lambda") {
            let (params, defaults) = self.params(":")?;
            self.expect_op(":")?;
            let body = self.test()?;
            let body = vec![Stmt {
                line: body.line,
                kind: StmtKind::Return(Some(body)),
            }];
            return Ok(Expr {
                line,
                kind: ExprKind::Lambda(Rc::new(FuncDef {
                    name: "<lambda>".into(),
                    params,
                    defaults,
                    body,
                    line,
                })),
            });
        }
        let body = self.or_test()?;
        if self.is_op(":=") {
            return Err(PyError::unsupported("the walrus operator :=", line));
        }
        if !self.eat_kw("if") {
            return Ok(body);
        }
        let cond = self.or_test()?;
        if !self.eat_kw("else") {
            return Err(PyError::syntax(
                "SyntaxError",
                "expected 'else' after 'if' expression",
                line,
            ));
        }
        let orelse = self.test()?;
        Ok(Expr {
            line,
            kind: ExprKind::IfExp(Box::new(cond), Box::new(body), Box::new(orelse)),
        })
    }

    fn test_nocond(&mut self) -> Parsed<Expr> {
        if self.is_kw("lambda") {
            return self.test();
        }
        self.or_test()
    }

    fn or_test(&mut self) -> Parsed<Expr> {
        self.bool_chain("or", Self::and_test)
    }

    fn and_test(&mut self) -> Parsed<Expr> {
        self.bool_chain("and", Self::not_test)
    }

    /// `a or b or c` (or `and`): left-nested, one link per operator.
    fn bool_chain(
        &mut self,
        keyword: &str,
        operand: fn(&mut Self) -> Parsed<Expr>,
    ) -> Parsed<Expr> {
        let mut left = operand(self)?;
        let mut links = 0;
        let result = loop {
            if !self.is_kw(keyword) {
                break Ok(left);
            }
            let line = self.line();
            self.advance();
            links += 1;
            let right = match self.link().and_then(|()| operand(self)) {
                Ok(right) => right,
                Err(e) => break Err(e),
            };
            left = Expr {
                line,
                kind: ExprKind::BoolOp(keyword == "and", Box::new(left), Box::new(right)),
            };
        };
        self.unlink(links);
        result
    }

    fn not_test(&mut self) -> Parsed<Expr> {
        let line = self.line();
        if self.eat_kw("not") {
            self.enter()?;
            let inner = self.not_test();
            self.leave();
            return Ok(Expr {
                line,
                kind: ExprKind::Unary(UnaryOp::Not, Box::new(inner?)),
            });
        }
        self.comparison()
    }

    fn comp_op(&mut self) -> Option<CmpOp> {
        let op = match self.tok() {
            Tok::Op("==") => CmpOp::Eq,
            Tok::Op("!=") => CmpOp::Ne,
            Tok::Op("<") => CmpOp::Lt,
            Tok::Op("<=") => CmpOp::Le,
            Tok::Op(">") => CmpOp::Gt,
            Tok::Op(">=") => CmpOp::Ge,
            Tok::Name(n) if &**n == "in" => CmpOp::In,
            Tok::Name(n) if &**n == "is" => {
                if matches!(self.tok_at(1), Tok::Name(n) if &**n == "not") {
                    self.advance();
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            Tok::Name(n)
                if &**n == "not" && matches!(self.tok_at(1), Tok::Name(n) if &**n == "in") =>
            {
                self.advance();
                CmpOp::NotIn
            }
            _ => return None,
        };
        self.advance();
        Some(op)
    }

    fn comparison(&mut self) -> Parsed<Expr> {
        let line = self.line();
        let first = self.or_expr()?;
        let mut rest = Vec::new();
        while let Some(op) = self.comp_op() {
            rest.push((op, self.or_expr()?));
        }
        if rest.is_empty() {
            return Ok(first);
        }
        Ok(Expr {
            line,
            kind: ExprKind::Compare(Box::new(first), rest),
        })
    }

    /// Binary operators by precedence climbing: one Rust frame per
    /// precedence step instead of one per grammar level, so that nested
    /// parentheses cost less stack.
    fn binary(&mut self, min_level: usize) -> Parsed<Expr> {
        const LEVELS: &[&[(&str, BinOp)]] = &[
            &[("|", BinOp::BitOr)],
            &[("^", BinOp::BitXor)],
            &[("&", BinOp::BitAnd)],
            &[("<<", BinOp::LShift), (">>", BinOp::RShift)],
            &[("+", BinOp::Add), ("-", BinOp::Sub)],
            &[
                ("*", BinOp::Mul),
                ("/", BinOp::Div),
                ("//", BinOp::FloorDiv),
                ("%", BinOp::Mod),
                ("@", BinOp::MatMul),
            ],
        ];
        let mut left = self.factor()?;
        let mut links = 0;
        let result = loop {
            let found = LEVELS
                .iter()
                .enumerate()
                .skip(min_level)
                .find_map(|(level, ops)| {
                    ops.iter()
                        .find(|(s, _)| self.is_op(s))
                        .map(|&(_, op)| (level, op))
                });
            let Some((level, op)) = found else {
                break Ok(left);
            };
            let line = self.line();
            self.advance();
            links += 1;
            let right = match self.link().and_then(|()| self.binary(level + 1)) {
                Ok(right) => right,
                Err(e) => break Err(e),
            };
            left = Expr {
                line,
                kind: ExprKind::Bin(op, Box::new(left), Box::new(right)),
            };
        };
        self.unlink(links);
        result
    }

    fn or_expr(&mut self) -> Parsed<Expr> {
        self.binary(0)
    }

    fn factor(&mut self) -> Parsed<Expr> {
        let line = self.line();
        let op = match self.tok() {
            Tok::Op("-") => Some(UnaryOp::Neg),
            Tok::Op("+") => Some(UnaryOp::Pos),
            Tok::Op("~") => Some(UnaryOp::Invert),
            _ => None,
        };
        if let Some(op) = op {
            self.advance();
            self.enter()?;
            let inner = self.factor();
            self.leave();
            let inner = inner?;
            // Fold `-5` to a constant so that `-9223372036854775808` works.
            if let (UnaryOp::Neg, ExprKind::Const(Const::Float(f))) = (op, &inner.kind) {
                return Ok(Expr {
                    line,
                    kind: ExprKind::Const(Const::Float(-f)),
                });
            }
            return Ok(Expr {
                line,
                kind: ExprKind::Unary(op, Box::new(inner)),
            });
        }
        self.power()
    }

    fn power(&mut self) -> Parsed<Expr> {
        let base = self.atom_expr()?;
        if self.is_op("**") {
            let line = self.line();
            self.advance();
            self.enter()?;
            let exp = self.factor();
            self.leave();
            return Ok(Expr {
                line,
                kind: ExprKind::Bin(BinOp::Pow, Box::new(base), Box::new(exp?)),
            });
        }
        Ok(base)
    }

    fn atom_expr(&mut self) -> Parsed<Expr> {
        if self.is_kw("await") {
            return Err(PyError::unsupported("async code", self.line()));
        }
        let e = self.atom()?;
        let mut links = 0;
        let result = self.trailers(e, &mut links);
        self.unlink(links);
        result
    }

    /// `.name`, `(args)` and `[index]` after an atom, one link each.
    fn trailers(&mut self, mut e: Expr, links: &mut usize) -> Parsed<Expr> {
        loop {
            let line = self.line();
            if !matches!(self.tok(), Tok::Op("." | "(" | "[")) {
                return Ok(e);
            }
            *links += 1;
            self.link()?;
            if self.eat_op(".") {
                let name = self.name()?;
                e = Expr {
                    line,
                    kind: ExprKind::Attr(Box::new(e), name),
                };
            } else if self.eat_op("(") {
                self.enter()?;
                let args = self.call_args();
                self.leave();
                e = Expr {
                    line,
                    kind: ExprKind::Call(Box::new(e), args?),
                };
            } else if self.eat_op("[") {
                self.enter()?;
                let index = self.subscript();
                self.leave();
                self.expect_op("]")?;
                e = Expr {
                    line,
                    kind: ExprKind::Subscript(Box::new(e), Box::new(index?)),
                };
            }
        }
    }

    fn call_args(&mut self) -> Parsed<Vec<Arg>> {
        let mut args = Vec::new();
        let mut seen_kw = false;
        while !self.eat_op(")") {
            let line = self.line();
            if self.eat_op("**") {
                args.push(Arg::StarStar(self.test()?));
                seen_kw = true;
            } else if self.eat_op("*") {
                args.push(Arg::Star(self.test()?));
            } else if matches!(self.tok(), Tok::Name(_)) && matches!(self.tok_at(1), Tok::Op("=")) {
                let name = self.name()?;
                self.advance();
                if args
                    .iter()
                    .any(|a| matches!(a, Arg::Kw(n, _) if *n == name))
                {
                    return Err(PyError::syntax(
                        "SyntaxError",
                        &format!("keyword argument repeated: {name}"),
                        line,
                    ));
                }
                args.push(Arg::Kw(name, self.test()?));
                seen_kw = true;
            } else {
                let e = self.test()?;
                if self.is_kw("for") {
                    let comp = self.comprehension(CompKind::Generator, e, None, line)?;
                    args.push(Arg::Pos(comp));
                    self.expect_op(")")?;
                    return Ok(args);
                }
                if seen_kw {
                    return Err(PyError::syntax(
                        "SyntaxError",
                        "positional argument follows keyword argument",
                        line,
                    ));
                }
                args.push(Arg::Pos(e));
            }
            if !self.eat_op(",") {
                self.expect_op(")")?;
                break;
            }
        }
        Ok(args)
    }

    fn subscript(&mut self) -> Parsed<Expr> {
        let line = self.line();
        let first = self.slice_item()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.is_op("]") {
                break;
            }
            items.push(self.slice_item()?);
        }
        Ok(Expr {
            line,
            kind: ExprKind::Tuple(items),
        })
    }

    fn slice_item(&mut self) -> Parsed<Expr> {
        let line = self.line();
        let lower = if self.is_op(":") {
            None
        } else {
            Some(Box::new(self.test()?))
        };
        if !self.eat_op(":") {
            return lower.map(|b| *b).ok_or_else(|| self.invalid());
        }
        let part = |p: &mut Self| -> Parsed<Option<Box<Expr>>> {
            if p.is_op(":") || p.is_op("]") || p.is_op(",") {
                Ok(None)
            } else {
                Ok(Some(Box::new(p.test()?)))
            }
        };
        let upper = part(self)?;
        let step = if self.eat_op(":") { part(self)? } else { None };
        Ok(Expr {
            line,
            kind: ExprKind::Slice(lower, upper, step),
        })
    }

    fn atom(&mut self) -> Parsed<Expr> {
        let line = self.line();
        let kind = match self.advance() {
            Tok::Int(n) => ExprKind::Const(Const::Int(n)),
            Tok::Float(f) => ExprKind::Const(Const::Float(f)),
            Tok::Str(s) => ExprKind::Const(Const::Str(s.into())),
            Tok::FStr { body, raw } => ExprKind::FString(self.fstring(&body, raw, line, 0)?),
            Tok::Name(n) => match &*n {
                "None" => ExprKind::Const(Const::None),
                "True" => ExprKind::Const(Const::Bool(true)),
                "False" => ExprKind::Const(Const::Bool(false)),
                "yield" => return Err(PyError::unsupported("generators (yield)", line)),
                "await" | "async" => return Err(PyError::unsupported("async code", line)),
                _ if is_keyword(&n) => {
                    self.pos = self.pos.saturating_sub(1);
                    return Err(self.invalid());
                }
                _ => ExprKind::Name(n),
            },
            Tok::Op("...") => ExprKind::Const(Const::Ellipsis),
            Tok::Op("(") => {
                return self.paren(line);
            }
            Tok::Op("[") => {
                return self.list_display(line);
            }
            Tok::Op("{") => {
                return self.brace_display(line);
            }
            Tok::Indent => {
                return Err(PyError::syntax(
                    "IndentationError",
                    "unexpected indent",
                    line,
                ));
            }
            _ => {
                self.pos = self.pos.saturating_sub(1);
                return Err(self.invalid());
            }
        };
        Ok(Expr { line, kind })
    }

    fn paren(&mut self, line: u32) -> Parsed<Expr> {
        if self.eat_op(")") {
            return Ok(Expr {
                line,
                kind: ExprKind::Tuple(Vec::new()),
            });
        }
        let first = self.star_or(Self::test)?;
        if self.is_kw("for") {
            let e = self.comprehension(CompKind::Generator, first, None, line)?;
            self.expect_op(")")?;
            return Ok(e);
        }
        if self.eat_op(")") {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(PyError::syntax(
                    "SyntaxError",
                    "cannot use starred expression here",
                    line,
                ));
            }
            return Ok(first);
        }
        let items = self.display_items(first, ")")?;
        Ok(Expr {
            line,
            kind: ExprKind::Tuple(items),
        })
    }

    /// The rest of a tuple, list or set display after its first item: more
    /// items (starred allowed) separated by commas, a trailing comma, then
    /// `close`.
    fn display_items(&mut self, first: Expr, close: &str) -> Parsed<Vec<Expr>> {
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.is_op(close) {
                break;
            }
            items.push(self.star_or(Self::test)?);
        }
        self.expect_op(close)?;
        Ok(items)
    }

    fn list_display(&mut self, line: u32) -> Parsed<Expr> {
        if self.eat_op("]") {
            return Ok(Expr {
                line,
                kind: ExprKind::List(Vec::new()),
            });
        }
        let first = self.star_or(Self::test)?;
        if self.is_kw("for") {
            let e = self.comprehension(CompKind::List, first, None, line)?;
            self.expect_op("]")?;
            return Ok(e);
        }
        let items = self.display_items(first, "]")?;
        Ok(Expr {
            line,
            kind: ExprKind::List(items),
        })
    }

    fn brace_display(&mut self, line: u32) -> Parsed<Expr> {
        if self.eat_op("}") {
            return Ok(Expr {
                line,
                kind: ExprKind::Dict(Vec::new()),
            });
        }
        if self.eat_op("**") {
            let spread = self.or_expr()?;
            return self.dict_rest(line, vec![(None, spread)]);
        }
        let first = self.star_or(Self::test)?;
        if self.eat_op(":") {
            let value = self.test()?;
            if self.is_kw("for") {
                let e = self.comprehension(CompKind::Dict, first, Some(value), line)?;
                self.expect_op("}")?;
                return Ok(e);
            }
            return self.dict_rest(line, vec![(Some(first), value)]);
        }
        if self.is_kw("for") {
            let e = self.comprehension(CompKind::Set, first, None, line)?;
            self.expect_op("}")?;
            return Ok(e);
        }
        let items = self.display_items(first, "}")?;
        Ok(Expr {
            line,
            kind: ExprKind::Set(items),
        })
    }

    fn dict_rest(&mut self, line: u32, mut items: Vec<(Option<Expr>, Expr)>) -> Parsed<Expr> {
        while self.eat_op(",") {
            if self.is_op("}") {
                break;
            }
            if self.eat_op("**") {
                items.push((None, self.or_expr()?));
                continue;
            }
            let key = self.test()?;
            self.expect_op(":")?;
            items.push((Some(key), self.test()?));
        }
        self.expect_op("}")?;
        Ok(Expr {
            line,
            kind: ExprKind::Dict(items),
        })
    }

    fn comprehension(
        &mut self,
        kind: CompKind,
        elt: Expr,
        value: Option<Expr>,
        line: u32,
    ) -> Parsed<Expr> {
        if matches!(elt.kind, ExprKind::Starred(_)) {
            return Err(PyError::syntax(
                "SyntaxError",
                "iterable unpacking cannot be used in comprehension",
                line,
            ));
        }
        let mut fors = Vec::new();
        while self.eat_kw("for") {
            let target = self.target_list()?;
            self.expect_kw("in")?;
            let iter = self.or_test()?;
            let mut conds = Vec::new();
            while self.eat_kw("if") {
                conds.push(self.test_nocond()?);
            }
            fors.push(CompFor {
                target,
                iter,
                conds,
            });
        }
        if self.is_kw("async") {
            return Err(PyError::unsupported("async code", line));
        }
        Ok(Expr {
            line,
            kind: ExprKind::Comp {
                kind,
                elt: Box::new(elt),
                value: value.map(Box::new),
                fors,
            },
        })
    }

    /// Splits an f-string body into literal parts and `{expr!c:spec}`
    /// fields, each field's expression parsed by its own parser.
    fn fstring(&mut self, body: &str, raw: bool, line: u32, nesting: u32) -> Parsed<Vec<FPart>> {
        let err = |msg: &str| PyError::syntax("SyntaxError", &format!("f-string: {msg}"), line);
        if nesting > 1 {
            return Err(err("expressions nested too deeply"));
        }
        let mut parts = Vec::new();
        let mut lit = String::new();
        let chars: Vec<char> = body.chars().collect();
        let mut i = 0;
        let flush = |lit: &mut String, parts: &mut Vec<FPart>| -> Parsed<()> {
            if !lit.is_empty() {
                let text = if raw {
                    std::mem::take(lit)
                } else {
                    unescape(&std::mem::take(lit), line)?
                };
                parts.push(FPart::Lit(text));
            }
            Ok(())
        };
        while let Some(&c) = chars.get(i) {
            match c {
                '{' if chars.get(i + 1) == Some(&'{') => {
                    lit.push('{');
                    i += 2;
                }
                '}' if chars.get(i + 1) == Some(&'}') => {
                    lit.push('}');
                    i += 2;
                }
                '}' => return Err(err("single '}' is not allowed")),
                '{' => {
                    flush(&mut lit, &mut parts)?;
                    i += 1;
                    let start = i;
                    let mut depth = 0usize;
                    let mut quote: Option<char> = None;
                    while let Some(&c) = chars.get(i) {
                        if let Some(q) = quote {
                            if c == q {
                                quote = None;
                            }
                        } else {
                            match c {
                                '\'' | '"' => quote = Some(c),
                                '(' | '[' | '{' => depth += 1,
                                ')' | ']' => depth = depth.saturating_sub(1),
                                '}' if depth > 0 => depth -= 1,
                                '}' | ':' if depth == 0 => break,
                                '!' if depth == 0 && chars.get(i + 1) != Some(&'=') => break,
                                '=' if depth == 0
                                    && chars.get(i + 1) != Some(&'=')
                                    && !matches!(
                                        chars.get(i.wrapping_sub(1)),
                                        Some('=' | '!' | '<' | '>')
                                    ) =>
                                {
                                    return Err(PyError::unsupported(
                                        "self-documenting f-string fields {x=}",
                                        line,
                                    ));
                                }
                                _ => {}
                            }
                        }
                        i += 1;
                    }
                    let text: String = chars.get(start..i).unwrap_or(&[]).iter().collect();
                    if text.trim().is_empty() {
                        return Err(err("empty expression not allowed"));
                    }
                    let expr = self.sub_expression(&text, line)?;
                    let mut conv = None;
                    if chars.get(i) == Some(&'!') {
                        match chars.get(i + 1) {
                            Some(&c @ ('r' | 's' | 'a')) => conv = Some(c),
                            _ => {
                                return Err(err(
                                    "invalid conversion character: expected 's', 'r', or 'a'",
                                ))
                            }
                        }
                        i += 2;
                    }
                    let mut spec = Vec::new();
                    if chars.get(i) == Some(&':') {
                        i += 1;
                        let spec_start = i;
                        let mut depth = 0usize;
                        while let Some(&c) = chars.get(i) {
                            match c {
                                '{' => depth += 1,
                                '}' if depth == 0 => break,
                                '}' => depth -= 1,
                                _ => {}
                            }
                            i += 1;
                        }
                        let spec_text: String =
                            chars.get(spec_start..i).unwrap_or(&[]).iter().collect();
                        spec = self.fstring(&spec_text, raw, line, nesting + 1)?;
                    }
                    if chars.get(i) != Some(&'}') {
                        return Err(err("expecting '}'"));
                    }
                    i += 1;
                    parts.push(FPart::Field {
                        expr: Box::new(expr),
                        conv,
                        spec,
                    });
                }
                _ => {
                    lit.push(c);
                    i += 1;
                }
            }
        }
        flush(&mut lit, &mut parts)?;
        Ok(parts)
    }

    fn sub_expression(&mut self, text: &str, line: u32) -> Parsed<Expr> {
        if text.contains('\\') {
            return Err(PyError::syntax(
                "SyntaxError",
                "f-string expression part cannot include a backslash",
                line,
            ));
        }
        if text.contains('#') {
            return Err(PyError::syntax(
                "SyntaxError",
                "f-string expression part cannot include '#'",
                line,
            ));
        }
        let tokens = tokenize(&format!("({text})")).map_err(|mut e| {
            e.line = line;
            e
        })?;
        let mut sub = Parser {
            tokens,
            pos: 0,
            depth: self.depth + 2,
            chain: self.chain,
            line_offset: line.saturating_sub(1),
            guard: self.guard,
        };
        let e = sub.testlist().map_err(|mut e| {
            e.line = line;
            e
        })?;
        if !matches!(sub.tok(), Tok::Newline | Tok::Eof) {
            return Err(PyError::syntax(
                "SyntaxError",
                "f-string: invalid syntax",
                line,
            ));
        }
        Ok(e)
    }
}

fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call(..) => "function call",
        ExprKind::Const(Const::None | Const::Bool(_)) | ExprKind::Const(Const::Ellipsis) => {
            "literal"
        }
        ExprKind::Const(_) | ExprKind::FString(_) => "literal",
        ExprKind::Bin(..) | ExprKind::Unary(..) => "expression",
        ExprKind::BoolOp(..) => "expression",
        ExprKind::Compare(..) => "comparison",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::IfExp(..) => "conditional expression",
        ExprKind::Comp { .. } => "comprehension",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        _ => "expression",
    }
}

/// Refuses what cannot be assigned to, as CPython does.
fn check_target(e: &Expr, verb: &str) -> Parsed<()> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attr(..) | ExprKind::Subscript(..) => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            if items
                .iter()
                .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
                .count()
                > 1
            {
                return Err(PyError::syntax(
                    "SyntaxError",
                    "multiple starred expressions in assignment",
                    e.line,
                ));
            }
            items.iter().try_for_each(|i| check_target(i, verb))
        }
        ExprKind::Starred(inner) => check_target(inner, verb),
        ExprKind::Const(Const::None | Const::Bool(_)) => {
            let ExprKind::Const(c) = &e.kind else {
                return Ok(());
            };
            let name = match c {
                Const::None => "None",
                Const::Bool(true) => "True",
                _ => "False",
            };
            Err(PyError::syntax(
                "SyntaxError",
                &format!("cannot {verb} {name}"),
                e.line,
            ))
        }
        _ => {
            let what = describe(e);
            let msg = if matches!(
                e.kind,
                ExprKind::Const(_) | ExprKind::Compare(..) | ExprKind::Bin(..) | ExprKind::Call(..)
            ) {
                format!("cannot {verb} {what} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot {verb} {what}")
            };
            Err(PyError::syntax("SyntaxError", &msg, e.line))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_expr(src: &str) -> ExprKind {
        match parse_program(src)
            .ok()
            .and_then(|b| b.into_iter().next())
            .map(|s| s.kind)
        {
            Some(StmtKind::Expr(e)) => e.kind,
            other => panic!("{src:?}: {other:?}"),
        }
    }

    #[test]
    fn shapes() {
        let name = |n: &str| Expr {
            line: 1,
            kind: ExprKind::Name(n.into()),
        };
        let int = |n| Expr {
            line: 1,
            kind: ExprKind::Const(Const::Int(n)),
        };
        let cases: Vec<(&str, ExprKind)> = vec![
            (
                "a + b * 2",
                ExprKind::Bin(
                    BinOp::Add,
                    Box::new(name("a")),
                    Box::new(Expr {
                        line: 1,
                        kind: ExprKind::Bin(BinOp::Mul, Box::new(name("b")), Box::new(int(2))),
                    }),
                ),
            ),
            (
                "-2 ** 2",
                ExprKind::Unary(
                    UnaryOp::Neg,
                    Box::new(Expr {
                        line: 1,
                        kind: ExprKind::Bin(BinOp::Pow, Box::new(int(2)), Box::new(int(2))),
                    }),
                ),
            ),
            (
                "a < b < 1",
                ExprKind::Compare(
                    Box::new(name("a")),
                    vec![(CmpOp::Lt, name("b")), (CmpOp::Lt, int(1))],
                ),
            ),
            (
                "a not in b",
                ExprKind::Compare(Box::new(name("a")), vec![(CmpOp::NotIn, name("b"))]),
            ),
            (
                "a is not b",
                ExprKind::Compare(Box::new(name("a")), vec![(CmpOp::IsNot, name("b"))]),
            ),
            ("(1,)", ExprKind::Tuple(vec![int(1)])),
            ("x.y", ExprKind::Attr(Box::new(name("x")), "y".into())),
            (
                "f(1, k=2)",
                ExprKind::Call(
                    Box::new(name("f")),
                    vec![Arg::Pos(int(1)), Arg::Kw("k".into(), int(2))],
                ),
            ),
            (
                "a[1:]",
                ExprKind::Subscript(
                    Box::new(name("a")),
                    Box::new(Expr {
                        line: 1,
                        kind: ExprKind::Slice(Some(Box::new(int(1))), None, None),
                    }),
                ),
            ),
        ];
        for (src, expected) in cases {
            assert_eq!(first_expr(src), expected, "{src}");
        }
    }

    #[test]
    fn statements_parse() {
        let ok = [
            "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
            "for i, x in enumerate(y):\n    print(i)\nelse:\n    pass\n",
            "def f(a, b=1):\n    return a + b\n",
            "try:\n    x\nexcept (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
            "with t.atomic():\n    pass\n",
            "from django.db.models import Count, Q as q\nimport os.path\n",
            "x = [i * 2 for i in range(3) if i for j in k]\n",
            "d = {k: v for k, v in x.items()}\ns = {1, 2}\ne = {}\n",
            "f'{x!r:>{w}} {y:.2f} {{}}'\n",
            "a, *b = 1, 2, 3\n",
            "x = lambda a, b=2: a * b\n",
            "del a[0], b\n",
            "x = 1; y = 2\n",
            "print(*a, **k)\n",
            "sum(x for x in y)\n",
        ];
        for src in ok {
            assert!(
                parse_program(src).is_ok(),
                "{src}: {:?}",
                parse_program(src)
            );
        }
    }

    #[test]
    fn errors() {
        let cases: &[(&str, &str, u32)] = &[
            ("x = = 1", "SyntaxError: invalid syntax", 1),
            ("if x\n    pass", "SyntaxError: expected ':'", 1),
            ("if x:\npass", "IndentationError: expected an indented block after 'if' statement on line 1", 2),
            ("class A: pass", "not supported in the playground: class definitions", 1),
            ("f() = 1", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?", 1),
            ("None = 1", "SyntaxError: cannot assign to None", 1),
            ("f(a=1, 2)", "SyntaxError: positional argument follows keyword argument", 1),
            ("global x", "not supported in the playground: 'global' statements", 1),
            (&format!("x = {}1", "-".repeat(500)), "SyntaxError: too many nested parentheses", 1),
            (&format!("x = {}1", "not ".repeat(500)), "SyntaxError: too many nested parentheses", 1),
        ];
        for (src, msg, line) in cases {
            let err = parse_program(src).err();
            assert_eq!(
                err.map(|e| (e.last_line(), e.line)),
                Some((msg.to_string(), *line)),
                "{src}"
            );
        }
    }
}
