//! The question before the learner's own data is replaced, and the undo
//! button after. What needs asking and what undo brings back is decided in
//! the reducer (`state`, with the types of `replace`); these only show it
//! and answer.

use std::rc::Rc;

use yew::prelude::*;

use super::dialog::{use_dialog, DialogKind};
use super::state::{Pending, Undo};
use crate::i18n::{Lang, Text};

#[derive(Properties, PartialEq)]
pub struct ConfirmReplaceProps {
    pub lang: Lang,
    pub pending: Rc<Pending>,
    pub on_yes: Callback<()>,
    pub on_no: Callback<()>,
}

/// "Replace your data?": what is there now, what would replace it, yes or
/// no (Esc is no).
#[component]
pub fn ConfirmReplace(props: &ConfirmReplaceProps) -> Html {
    let lang = props.lang;
    let node = use_node_ref();
    let kind = DialogKind {
        modal: true,
        return_to: None,
    };
    use_dialog(&node, &props.on_no, kind);
    let on_yes = props.on_yes.reform(|_: MouseEvent| ());
    let on_no = props.on_no.reform(|_: MouseEvent| ());
    html! {
        <div class="modal-backdrop">
            <section class="confirm-dialog" role="alertdialog" aria-modal="true" ref={node} tabindex="-1"
                     aria-labelledby="confirm-heading" aria-describedby="confirm-body"
                     data-testid="confirm-replace">
                <h2 id="confirm-heading">{ Text::ReplaceTitle.get(lang) }</h2>
                <dl id="confirm-body" class="confirm-facts">
                    <dt>{ Text::ReplaceNow.get(lang) }</dt>
                    <dd data-testid="confirm-replace-own">{ props.pending.own.describe(lang) }</dd>
                    <dt>{ Text::ReplaceNew.get(lang) }</dt>
                    <dd data-testid="confirm-replace-new">{ props.pending.replacement.describe(lang) }</dd>
                </dl>
                <p class="muted">{ Text::ReplaceUndoHint.get(lang) }</p>
                <div class="confirm-actions">
                    <button type="button" data-testid="confirm-replace-no" data-autofocus="" onclick={on_no}>
                        { Text::ReplaceNo.get(lang) }
                    </button>
                    <button type="button" class="primary" data-testid="confirm-replace-yes" onclick={on_yes}>
                        { Text::ReplaceYes.get(lang) }
                    </button>
                </div>
            </section>
        </div>
    }
}

/// Brings back the data from before the last replacement, once. A plain
/// function, not a component: it has no state (see
/// [`crate::ui::log::plan::query_plan`]).
pub fn undo_replace(lang: Lang, undo: &Undo, on_undo: &Callback<()>) -> Html {
    let onclick = on_undo.reform(|_: MouseEvent| ());
    html! {
        <div class="undo-bar">
            <button type="button" data-testid="undo-replace" {onclick}>
                { "↶ " }{ undo.label(lang) }
            </button>
        </div>
    }
}
