//! A Python 3 subset for `manage shell` and the console: lexer, parser,
//! bytecode compiler and a resumable virtual machine.
//!
//! Owns the pure-Python part of the language: literals, operators,
//! containers, functions, exceptions, and the builtins learners use, with
//! CPython 3.11's semantics and messages. Knows nothing of Django: managers,
//! querysets, model instances and Django's exceptions plug in through
//! [`Host`], which also hears which line runs (to attribute each SQL query
//! to its line). Anything outside the subset fails with
//! `not supported in the playground: …`, never a wrong answer.
//!
//! Why hand-written: a general Python parser crate costs 560–1,600 KB of
//! gzipped wasm; this subset costs a small fraction of that. Why a bytecode
//! VM instead of walking the tree: the page runs long programs in 40 ms
//! slices, so [`Vm::run`] must stop after a number of steps and resume.

pub mod ast;
pub mod error;
pub mod lexer;
pub mod parse_float;
pub mod parser;

pub use error::{ErrorKind, PyError};
pub mod builtins;
pub(crate) mod case;
pub mod compile;
pub mod host;
mod printf;
pub mod pyset;
mod sets;
mod stack;
pub mod value;
pub mod vm;

pub use host::{Host, HostObject, HostOp, HostResult, NoHost, Thrown};
pub use value::{builtin_exception, ExcClass, ExcObj, Value};
pub use vm::{run_source, Program, Status, Vm, DEFAULT_BUDGET};
#[cfg(test)]
mod tests;
