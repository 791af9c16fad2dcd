//! The console editor's typing rules, as plain text edits: Tab indents
//! (four spaces, to the next stop), Tab and Shift+Tab on a selection
//! indent and dedent its lines, Enter keeps the line's indentation and adds
//! a level after a `:`. The page applies an [`Edit`] to its textarea (so
//! the browser's undo keeps working); here it is tested natively.
//!
//! Positions are in UTF-16 code units, as a textarea's `selectionStart`
//! counts them (a Korean syllable is one, an emoji two).

/// One indentation level, as PEP 8 writes it.
pub const INDENT: usize = 4;

/// Replace `start..end` with `insert`, then select `select`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub insert: String,
    pub select: (usize, usize),
}

fn len16(s: &str) -> usize {
    s.encode_utf16().count()
}

/// The byte offset of UTF-16 position `at` (clamped to the text).
fn byte_at(text: &str, at: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= at {
            return i;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// The byte offset where the line holding byte `at` starts.
fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// The byte offset where the line holding byte `at` ends (before `\n`).
fn line_end(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |i| at + i)
}

fn leading_spaces(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Tab (`shift` false) or Shift+Tab on the selection `start..end`.
pub fn tab(text: &str, start: usize, end: usize, shift: bool) -> Edit {
    let (start, end) = (start.min(end), start.max(end));
    let (b_start, b_end) = (byte_at(text, start), byte_at(text, end));
    let one_line = !text[b_start..b_end].contains('\n');
    if !shift && one_line {
        let column = text[line_start(text, b_start)..b_start].chars().count();
        let spaces = INDENT - column % INDENT;
        return Edit {
            start,
            end,
            insert: " ".repeat(spaces),
            select: (start + spaces, start + spaces),
        };
    }
    // Whole lines: from the first selected line's start to the last's end
    // (a selection ending at a line's very start leaves that line alone).
    let first = line_start(text, b_start);
    let last_at = if b_end > b_start && text[..b_end].ends_with('\n') {
        b_end - 1
    } else {
        b_end
    };
    let last = line_end(text, last_at);
    let block: Vec<String> = text[first..last]
        .split('\n')
        .map(|line| {
            if shift {
                line[leading_spaces(line).min(INDENT)..].to_owned()
            } else if line.trim().is_empty() {
                line.to_owned()
            } else {
                format!("{}{line}", " ".repeat(INDENT))
            }
        })
        .collect();
    let insert = block.join("\n");
    let from = len16(&text[..first]);
    Edit {
        start: from,
        end: from + len16(&text[first..last]),
        select: (from, from + len16(&insert)),
        insert,
    }
}

/// Enter at the selection `start..end`: a new line indented as the
/// current one, one level more after a `:`.
pub fn newline(text: &str, start: usize, end: usize) -> Edit {
    let (start, end) = (start.min(end), start.max(end));
    let at = byte_at(text, start);
    let before = &text[line_start(text, at)..at];
    let mut indent = leading_spaces(before);
    if before.trim_end().ends_with(':') {
        indent += INDENT;
    }
    let insert = format!("\n{}", " ".repeat(indent));
    let caret = start + len16(&insert);
    Edit {
        start,
        end,
        insert,
        select: (caret, caret),
    }
}

/// `text` with `edit` applied (what the textarea will hold).
pub fn apply(text: &str, edit: &Edit) -> String {
    let (a, b) = (byte_at(text, edit.start), byte_at(text, edit.end));
    format!("{}{}{}", &text[..a], edit.insert, &text[b..])
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn tab_inserts_spaces_to_the_next_stop() {
        let e = tab("ab", 2, 2, false);
        assert_eq!(apply("ab", &e), "ab  ");
        assert_eq!(e.select, (4, 4));
        let e = tab("x\n", 2, 2, false);
        assert_eq!(apply("x\n", &e), "x\n    ");
    }

    #[test]
    fn tab_and_shift_tab_indent_and_dedent_selected_lines() {
        let text = "for a in x:\nprint(a)\n\nprint(1)";
        let e = tab(text, 3, 20, false);
        assert_eq!(apply(text, &e), "    for a in x:\n    print(a)\n\nprint(1)");
        let indented = apply(text, &e);
        let back = tab(&indented, e.select.0, e.select.1, true);
        assert_eq!(apply(&indented, &back), text);
        // Shift+Tab on one line with two spaces takes both.
        let e = tab("  x = 1", 7, 7, true);
        assert_eq!(apply("  x = 1", &e), "x = 1");
    }

    #[test]
    fn enter_keeps_indentation_and_adds_a_level_after_a_colon() {
        let text = "for a in Article.objects.all():";
        let e = newline(text, 31, 31);
        assert_eq!(apply(text, &e), format!("{text}\n    "));
        assert_eq!(e.select, (36, 36));
        let text = "    print(a)";
        assert_eq!(apply(text, &newline(text, 12, 12)), "    print(a)\n    ");
    }

    #[test]
    fn positions_count_utf16_units() {
        // "제목" is two units, "😀" two more.
        let text = "print('제목😀')\nx";
        let e = tab(text, 13, 13, false);
        assert_eq!(apply(text, &e), "print('제목😀')    \nx");
        let e = newline(text, 13, 13);
        assert_eq!(apply(text, &e), "print('제목😀')\n\nx");
    }
}
