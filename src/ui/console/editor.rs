//! The console's editor without a JavaScript library: a plain textarea
//! (typing, IME, undo, `fill` in tests all work as in any textarea) with
//! transparent text over a highlighted copy of the program
//! (`crate::highlight`), beside a gutter of line numbers and each line's
//! query count. The typing rules (Tab, Shift+Tab, auto-indent) are
//! `crate::code_edit`'s; Ctrl/Cmd+Enter runs. Escape, then Tab, leaves the
//! editor (Tab itself indents).
//!
//! The textarea never wraps and is sized to its text, so the highlighted
//! copy under it lines up character for character and only the frame
//! scrolls.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::code_edit::{self, Edit};
use crate::highlight::{lines, tokens, Language};
use crate::i18n::{Lang, Text};
use crate::ui::code::token;

#[derive(Properties)]
pub struct EditorProps {
    pub lang: Lang,
    pub program: Rc<str>,
    /// Bumped when the program is replaced from outside: the textarea
    /// takes it then (never while the learner types, which would break an
    /// IME composition).
    pub revision: u64,
    /// `(line, queries)` of the last run.
    pub counts: Rc<Vec<(u32, usize)>>,
    /// The line the last run failed on.
    pub error_line: Option<u32>,
    /// The line of the hovered or open query.
    pub marked: Option<u32>,
    pub on_edit: Callback<String>,
    pub on_run: Callback<()>,
}

/// Compared without the callbacks: the app makes new ones on every
/// render, but they always dispatch the same actions, and re-rendering
/// the editor on each progress report of a running program would spend
/// the page's time on unchanged code.
impl PartialEq for EditorProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && Rc::ptr_eq(&self.program, &other.program)
            && self.revision == other.revision
            && Rc::ptr_eq(&self.counts, &other.counts)
            && self.error_line == other.error_line
            && self.marked == other.marked
    }
}

/// The editor's height in lines when the program is shorter.
const MIN_LINES: usize = 6;

/// Width of a line in `ch`: Hangul and other wide characters take two.
fn width(line: &str) -> usize {
    line.chars()
        .map(|c| match u32::from(c) {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFF60 => 2,
            0x1F300..=0x1FAFF => 2,
            _ => 1,
        })
        .sum()
}

/// Replaces the selection as `edit` says through the browser's own
/// editing (so Ctrl+Z undoes it), else by hand.
fn apply(area: &HtmlTextAreaElement, edit: &Edit, on_edit: &Callback<String>) {
    let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    let _ = area.set_selection_range(to_u32(edit.start), to_u32(edit.end));
    let inserted = gloo::utils::document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|doc| {
            let command = if edit.insert.is_empty() {
                "delete"
            } else {
                "insertText"
            };
            doc.exec_command_with_show_ui_and_value(command, false, &edit.insert)
                .ok()
        })
        .unwrap_or(false);
    if !inserted {
        let value = code_edit::apply(&area.value(), edit);
        area.set_value(&value);
        on_edit.emit(value);
    }
    let _ = area.set_selection_range(to_u32(edit.select.0), to_u32(edit.select.1));
}

#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let lang = props.lang;
    let area = use_node_ref();
    // Escape was pressed: the next Tab leaves the editor.
    let escaped = use_mut_ref(|| Cell::new(false));
    {
        let (area, program) = (area.clone(), props.program.clone());
        use_effect_with(props.revision, move |_| {
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                if area.value() != *program {
                    area.set_value(&program);
                }
            }
        });
    }
    let oninput = props
        .on_edit
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let onkeydown = {
        let (area, on_run, on_edit, escaped) = (
            area.clone(),
            props.on_run.clone(),
            props.on_edit.clone(),
            escaped.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            let was_escaped = escaped.borrow().replace(key == "Escape");
            if key == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                on_run.emit(());
                return;
            }
            if e.is_composing() || e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            let Some(el) = area.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let start = el.selection_start().ok().flatten().unwrap_or(0) as usize;
            let end = el.selection_end().ok().flatten().unwrap_or(0) as usize;
            let edit = match key.as_str() {
                "Tab" if was_escaped => return,
                "Tab" => code_edit::tab(&el.value(), start, end, e.shift_key()),
                "Enter" if !e.shift_key() => code_edit::newline(&el.value(), start, end),
                _ => return,
            };
            e.prevent_default();
            apply(&el, &edit, &on_edit);
        })
    };

    let program = &props.program;
    let highlighted = lines(&tokens(Language::Python, program));
    let count = program.split('\n').count().max(1);
    let widest = program.split('\n').map(width).max().unwrap_or(0);
    // At least a few lines high, so the editor is easy to click into.
    let size = format!(
        "width: calc({}ch + 2rem); height: calc({} * var(--editor-line) + 1rem)",
        widest + 2,
        count.max(MIN_LINES)
    );
    let counts = &props.counts;
    html! {
        <div class="console-editor">
            <div class="editor-gutter" aria-hidden="true">
                { for (1..=count as u32).map(|line| {
                    let n = counts.iter().find(|(l, _)| *l == line).map(|(_, n)| *n);
                    let title = n.map(|n| Text::ConsoleLineQueries.get(lang)
                        .replace("{line}", &line.to_string()).replace("{n}", &n.to_string()));
                    html! {
                        <div class={classes!("gutter-row", (props.error_line == Some(line)).then_some("error-line"))}>
                            if let Some(n) = n {
                                <span class="line-count" data-testid="console-line-count"
                                      data-line={line.to_string()} {title}>{ n }</span>
                            }
                            <span class="ln">{ line }</span>
                        </div>
                    }
                }) }
            </div>
            <div class="editor-frame">
                <pre class="editor-highlight" aria-hidden="true" style={size.clone()}><code>
                    { for highlighted.iter().enumerate().map(|(i, tokens)| {
                        let line = i as u32 + 1;
                        let class = classes!(
                            "line",
                            (props.error_line == Some(line)).then_some("error-line"),
                            (props.marked == Some(line)).then_some("origin"),
                        );
                        html! { <span {class}>{ for tokens.iter().map(token) }{ "\n" }</span> }
                    }) }
                </code></pre>
                <textarea ref={area} class="editor-input" data-testid="console-editor"
                    aria-label={Text::ConsoleEditorLabel.get(lang)} spellcheck="false"
                    autocapitalize="off" autocomplete="off" wrap="off" style={size}
                    {oninput} {onkeydown} />
            </div>
        </div>
    }
}
