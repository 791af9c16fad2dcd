//! How much native stack the interpreter has used since it was entered,
//! so that every recursive part (the parser, the compiler, nested calls
//! from builtins such as `sorted(key=...)`, repr, comparison, hashing)
//! stops with a Python error before the stack overflows. A wasm page has
//! a 1 MB stack and an overflow kills the page; frame sizes differ between
//! debug and release builds, so counting levels alone cannot promise this.

/// Bytes of stack the interpreter may use below the point it was entered:
/// half of wasm's 1 MB, which leaves room for the page's own frames and
/// for the deepest stretch between two checks.
const BUDGET: usize = 512 * 1024;

/// The stack position where a parse, compile or run began.
#[derive(Clone, Copy)]
pub(crate) struct StackGuard {
    base: usize,
}

impl StackGuard {
    /// Marks the current stack position as the start.
    #[inline(never)]
    pub(crate) fn here() -> StackGuard {
        StackGuard { base: position() }
    }

    /// Whether the stack used since the start is past the budget.
    #[inline(never)]
    pub(crate) fn exhausted(self) -> bool {
        self.base.abs_diff(position()) > BUDGET
    }
}

/// The address of a local: where the stack is now.
#[inline(always)]
fn position() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}
