//! A code panel: a lesson source (view or template) highlighted by
//! `crate::highlight`, with line numbers, and the line a hovered query came
//! from marked.

use yew::prelude::*;

use crate::highlight::{lines, tokens, Language, Token};

#[derive(Properties, PartialEq)]
pub struct CodePanelProps {
    /// The file name shown above the code, e.g. `views.py`.
    pub title: AttrValue,
    pub language: Language,
    pub source: &'static str,
    /// The 1-based line to mark.
    #[prop_or_default]
    pub highlight: Option<u32>,
}

#[component]
pub fn CodePanel(props: &CodePanelProps) -> Html {
    // Tokenized once per source, not on every hover.
    let lines = use_memo((props.source.as_ptr() as usize, props.language), {
        let (source, language) = (props.source, props.language);
        move |_| lines(&tokens(language, source))
    });
    let language = match props.language {
        Language::Python => "python",
        Language::DjangoTemplate => "django",
        Language::Sql => "sql",
    };
    html! {
        <figure class="code-panel" data-language={language}>
            <figcaption>{ props.title.clone() }</figcaption>
            <pre><code>
                { for lines.iter().enumerate().map(|(i, line)| {
                    let number = i as u32 + 1;
                    let marked = props.highlight == Some(number);
                    html! {
                        <span class={classes!("line", marked.then_some("origin"))} data-line={number.to_string()}>
                            <span class="ln" aria-hidden="true">{ number }</span>
                            { for line.iter().map(token) }
                            { "\n" }
                        </span>
                    }
                }) }
            </code></pre>
        </figure>
    }
}

/// One token as a text node in a classed span.
pub fn token(&(kind, text): &Token<'_>) -> Html {
    html! { <span class={kind.class()}>{ text }</span> }
}

/// Text with `backtick` spans as `<code>`, the rest as plain text.
pub fn inline_code(text: &str) -> Html {
    html! {
        { for text.split('`').enumerate().map(|(i, part)| {
            if i % 2 == 1 { html! { <code>{ part }</code> } } else { html! { { part } } }
        }) }
    }
}
