//! The share dialog: the link for the current state with its length, a
//! copy button; above what messengers take, a playground file instead. It
//! takes focus when it opens and Esc closes it (`dialog`).

use std::rc::Rc;

use yew::prelude::*;

use super::browser::copy_text;
use super::dialog::{use_dialog, DialogKind};
use super::state::ShareView;
use crate::i18n::{Lang, Text};
use crate::limits::{MAX_LINK_CHARS, SHAREABLE_LINK_CHARS};
use crate::report::thousands;

#[derive(Properties, PartialEq)]
pub struct ShareDialogProps {
    pub lang: Lang,
    pub view: Rc<ShareView>,
    pub on_close: Callback<()>,
    /// Saves the share text as a `.playground` file.
    pub on_playground: Callback<()>,
}

#[component]
pub fn ShareDialog(props: &ShareDialogProps) -> Html {
    let lang = props.lang;
    // Whether the last copy worked (`None` before any).
    let copied = use_state(|| None::<bool>);
    // Focus in, Esc closes, focus back to the Share button.
    let node = use_node_ref();
    let kind = DialogKind {
        modal: false,
        return_to: Some("[data-testid=\"share-button\"]"),
    };
    use_dialog(&node, &props.on_close, kind);
    let on_close = props.on_close.reform(|_: MouseEvent| ());
    let body = match (&props.view.text, props.view.url()) {
        (Err(error), _) => html! { <p class="error" role="alert">{ error.clone() }</p> },
        (Ok(text), Some(url)) => {
            let chars = url.len();
            let length = Text::LinkLength.get(lang).replace("{n}", &thousands(chars));
            let action = if text.len() > MAX_LINK_CHARS {
                html! { <p class="error" data-testid="share-too-big">{ Text::ShareTooBig.get(lang) }</p> }
            } else if props.view.shareable() {
                let on_copy = {
                    let copied = copied.setter();
                    let url = url.clone();
                    Callback::from(move |_: MouseEvent| {
                        let copied = copied.clone();
                        copy_text(url.clone(), Callback::from(move |ok| copied.set(Some(ok))));
                    })
                };
                html! {
                    <>
                        <code class="share-link" data-testid="share-link">{ url }</code>
                        <div class="share-actions">
                            <button type="button" class="primary" data-testid="copy-link" data-autofocus="" onclick={on_copy}>
                                { Text::CopyLink.get(lang) }
                            </button>
                            { match *copied {
                                Some(true) => html! { <span class="copy-status" role="status">{ Text::LinkCopied.get(lang) }</span> },
                                Some(false) => html! { <span class="copy-status" role="status">{ Text::LinkCopyFailed.get(lang) }</span> },
                                None => Html::default(),
                            } }
                        </div>
                    </>
                }
            } else {
                let limit = thousands(SHAREABLE_LINK_CHARS);
                html! {
                    <>
                        <p data-testid="share-too-long">{ Text::LinkTooLong.get(lang).replace("{limit}", &limit) }</p>
                        <button type="button" class="primary" data-testid="download-playground"
                            onclick={props.on_playground.reform(|_: MouseEvent| ())}>
                            { Text::DownloadPlayground.get(lang) }
                        </button>
                    </>
                }
            };
            html! {
                <>
                    <p class="share-length" data-testid="share-length" data-chars={chars.to_string()}>{ length }</p>
                    { action }
                </>
            }
        }
        (Ok(_), None) => Html::default(),
    };
    html! {
        <section class="share-dialog" role="dialog" aria-labelledby="share-heading" data-testid="share-dialog"
                 ref={node} tabindex="-1">
            <div class="share-head">
                <h2 id="share-heading">{ Text::ShareTitle.get(lang) }</h2>
                <button type="button" class="small" data-testid="close-share" onclick={on_close}>
                    { Text::Close.get(lang) }
                </button>
            </div>
            <p class="muted">{ Text::ShareExplain.get(lang) }</p>
            { body }
        </section>
    }
}
