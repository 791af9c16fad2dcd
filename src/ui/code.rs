//! A code panel: a lesson source (view or template) highlighted by
//! `crate::highlight`, with line numbers; the lines a variant changed from
//! the naive one marked `+` (`report::changed_lines`), and the line the
//! hovered or open query came from marked. Long lines wrap with a hanging
//! indent, so every character is visible at any width.

use std::rc::Rc;

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
    /// 1-based lines that differ from the naive variant's file.
    #[prop_or_default]
    pub changed: Rc<Vec<u32>>,
    /// What the changed-line marker means ("changed from naive").
    #[prop_or_default]
    pub changed_title: Option<AttrValue>,
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
    let changed = &props.changed;
    let title = props.changed_title.clone().filter(|_| !changed.is_empty());
    html! {
        <figure class="code-panel" data-language={language}
                data-changed={changed.len().to_string()}>
            <figcaption>
                <span>{ props.title.clone() }</span>
                if let Some(title) = title.clone() {
                    <span class="changed-legend" data-testid="changed-legend">
                        <span class="changed-mark" aria-hidden="true">{ "+" }</span>{ title }
                    </span>
                }
            </figcaption>
            <pre><code>
                { for lines.iter().enumerate().map(|(i, line)| {
                    let number = i as u32 + 1;
                    let marked = props.highlight == Some(number);
                    let is_changed = changed.contains(&number);
                    html! {
                        <span class={classes!("line", marked.then_some("origin"), is_changed.then_some("changed"))}
                              data-line={number.to_string()}
                              title={is_changed.then(|| title.clone()).flatten()}>
                            <span class="ln" aria-hidden="true">{ number }</span>
                            <span class="src">{ for line.iter().map(token) }</span>
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
