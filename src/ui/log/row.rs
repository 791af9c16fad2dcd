//! One fixed-height row of the query log: number, the SQL laid out by
//! [`row_layout`] (plain column lists folded, the end with its parameter
//! values always shown), rows, time bar, relation and group badges,
//! EXPLAIN.
//!
//! A row is one tab stop (the log moves between rows with the arrow keys,
//! see `mod.rs`): the row itself takes focus, its EXPLAIN button is for
//! the mouse (the open detail has the same button for the keyboard).

use yew::prelude::*;

use super::{Hover, ROW_HEIGHT};
use crate::analysis::{can_explain, relation, relation_colour};
use crate::highlight::{row_layout, shown, sql, Piece};
use crate::i18n::{Lang, Text};
use crate::report::{format_ms, thousands, LogReport};
use crate::ui::code::token;
use crate::ui::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct QueryRowProps {
    pub lang: Lang,
    pub log: Shared<LogReport>,
    pub index: usize,
    pub selected: bool,
    /// Whether this row is the log's one tab stop.
    pub tab_stop: bool,
    pub on_toggle: Callback<usize>,
    pub on_explain: Callback<usize>,
    pub on_focus: Callback<usize>,
    pub on_hover: Callback<Option<Hover>>,
}

/// Pieces of a laid-out statement as highlighted spans.
pub fn pieces_html(lang: Lang, pieces: &[Piece<'_>]) -> Html {
    html! {
        { for pieces.iter().map(|piece| match *piece {
            Piece::Sql(text) => html! { { for sql(text).iter().map(token) } },
            Piece::Columns { count, .. } => html! {
                <span class="fold-mark" title={Text::FoldedColumns.get(lang).replace("{n}", &thousands(count))}>
                    { "•••" }
                </span>
            },
            Piece::Elided { text, values } => {
                let title = if values > 0 {
                    Text::ElidedValues.get(lang).replace("{n}", &thousands(values))
                } else {
                    Text::MoreChars.get(lang).replace("{n}", &thousands(text.chars().count()))
                };
                html! { <span class="elided" {title}>{ "…" }</span> }
            }
        }) }
    }
}

#[component]
pub fn QueryRow(props: &QueryRowProps) -> Html {
    let lang = props.lang;
    let Some(row) = props.log.row(props.index) else {
        return Html::default();
    };
    let index = row.index;
    let record = row.record;
    let full = record.sql();
    let layout = row_layout(&full);
    let hover = record.origin.as_ref().map(|o| Hover {
        step: row.step_name,
        kind: o.kind,
        line: o.line,
    });
    let on_enter = props.on_hover.reform(move |_: MouseEvent| hover);
    let on_focus = {
        let (hover_cb, focus_cb) = (props.on_hover.clone(), props.on_focus.clone());
        Callback::from(move |_: FocusEvent| {
            focus_cb.emit(index);
            hover_cb.emit(hover);
        })
    };
    let on_leave = props.on_hover.reform(|_: MouseEvent| None);
    let on_blur = props.on_hover.reform(|_: FocusEvent| None);
    let on_toggle = props.on_toggle.reform(move |_: MouseEvent| index);
    let on_explain = {
        let explain = props.on_explain.clone();
        Callback::from(move |e: MouseEvent| {
            // The row's own click would close what EXPLAIN opens.
            e.stop_propagation();
            explain.emit(index);
        })
    };
    let groups = row.groups;
    let colour = relation_colour(record, row.registry);
    let relation_name = record.cause.as_ref().map(|c| relation(c, row.registry));
    let similar = (groups.similar_count > 1).then(|| {
        Text::SimilarQueries
            .get(lang)
            .replace("{n}", &thousands(groups.similar_count))
    });
    let duplicated = (groups.duplicate_count > 1).then(|| {
        Text::DuplicatedTimes
            .get(lang)
            .replace("{n}", &thousands(groups.duplicate_count))
    });
    let style = format!("height: {ROW_HEIGHT}px");
    let bar = format!(
        "width: {:.1}%",
        (row.time_fraction * 100.0).clamp(1.0, 100.0)
    );
    let rows = match record.rows {
        1 => Text::OneRow.get(lang).to_owned(),
        n => Text::RowCount.get(lang).replace("{n}", &thousands(n)),
    };
    let show_step = row.step_name != "index";
    let label = format!(
        "{} #{}: {} {}",
        Text::Query.get(lang),
        index + 1,
        shown(&layout.head),
        shown(&layout.tail)
    );

    html! {
        <div class={classes!("query-row", format!("grp-{colour}"), props.selected.then_some("selected"),
                             (groups.duplicate_count > 1).then_some("dup"),
                             row.first_of_step.then_some("step-start"))}
             data-testid="query-row" data-index={index.to_string()} data-colour={colour.to_string()}
             data-relation={relation_name.clone()}
             role="option" aria-selected={props.selected.to_string()} aria-label={label}
             tabindex={if props.tab_stop { "0" } else { "-1" }} {style}
             onclick={on_toggle}
             onmouseenter={on_enter} onmouseleave={on_leave} onfocusin={on_focus} onfocusout={on_blur}>
            <div class="q-line">
                <div class="q-main">
                    <span class="q-num">{ index + 1 }</span>
                    <code class="q-sql">
                        <span class="q-head">{ pieces_html(lang, &layout.head) }</span>
                        if !layout.tail.is_empty() {
                            <span class="q-tail"><span>{ pieces_html(lang, &layout.tail) }</span></span>
                        }
                    </code>
                </div>
                if can_explain(record) {
                    <button type="button" class="small q-explain" data-testid="explain-button"
                            tabindex="-1" onclick={on_explain}>{ "EXPLAIN" }</button>
                }
            </div>
            <div class="q-meta">
                if let Some(name) = relation_name {
                    <span class="q-rel">{ name }</span>
                }
                if show_step {
                    <span class="q-step">{ row.step_name }</span>
                }
                <span class="q-rows">{ rows }</span>
                <span class="q-time" title={Text::Time.get(lang)}>
                    <span class="q-bar" aria-hidden="true"><span style={bar}></span></span>
                    { format_ms(record.ms()) }{ " ms" }
                </span>
                if let Some(similar) = similar {
                    <span class="badge similar">{ similar }</span>
                }
                if let Some(duplicated) = duplicated {
                    <span class="badge duplicate">{ duplicated }</span>
                }
            </div>
        </div>
    }
}

/// The first `max` characters of `text` (with `…` when cut) and how many
/// characters were cut.
pub fn clip(text: &str, max: usize) -> (std::borrow::Cow<'_, str>, usize) {
    match text.char_indices().nth(max) {
        Some((at, _)) => (
            format!("{}…", &text[..at]).into(),
            text[at..].chars().count(),
        ),
        None => (text.into(), 0),
    }
}
