//! One fixed-height row of the query log: number, one-line SQL with the
//! column list collapsed, rows, time bar, group badges, EXPLAIN.

use yew::prelude::*;

use super::{Hover, ROW_HEIGHT};
use crate::analysis::can_explain;
use crate::highlight::{split_select, sql};
use crate::i18n::{Lang, Text};
use crate::report::{format_ms, thousands, LogReport};
use crate::ui::code::token;
use crate::ui::shared::Shared;

/// Colours cycle through this many group classes.
const GROUP_COLOURS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct QueryRowProps {
    pub lang: Lang,
    pub log: Shared<LogReport>,
    pub index: usize,
    pub selected: bool,
    pub on_select: Callback<usize>,
    pub on_explain: Callback<usize>,
    pub on_hover: Callback<Option<Hover>>,
}

/// Characters of SQL a row shows: the row is one line cut with an
/// ellipsis anyway, and a prefetch's `IN (...)` of 10,000 ids would put
/// 20,000 token spans into the DOM for nothing.
const ROW_CHARS: usize = 400;

/// `SELECT ••• FROM ...`: the statement with its column list folded.
pub fn one_line(sql_text: &str) -> String {
    // Folding needs the column list and FROM, well within the first
    // characters; the rest of a huge statement is cut anyway.
    let (sql_text, _) = clip(sql_text, 8 * ROW_CHARS);
    let text = match split_select(&sql_text) {
        Some(select) => format!("{} ••• {}", select.head, select.rest),
        None => sql_text.into_owned(),
    };
    clip(&text, ROW_CHARS).0.into_owned()
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

#[component]
pub fn QueryRow(props: &QueryRowProps) -> Html {
    let lang = props.lang;
    let Some(row) = props.log.row(props.index) else {
        return Html::default();
    };
    let index = row.index;
    let record = row.record;
    let text = one_line(&record.sql());
    let tokens = sql(&text);
    let hover = record.origin.as_ref().map(|o| Hover {
        step: row.step_name,
        kind: o.kind,
        line: o.line,
    });
    let on_enter = props.on_hover.reform(move |_: MouseEvent| hover);
    let on_focus = props.on_hover.reform(move |_: FocusEvent| hover);
    let on_leave = props.on_hover.reform(|_: MouseEvent| None);
    let on_blur = props.on_hover.reform(|_: FocusEvent| None);
    let on_select = props.on_select.reform(move |_: MouseEvent| index);
    let on_explain = props.on_explain.reform(move |_: MouseEvent| index);
    let groups = row.groups;
    let group_class = groups
        .similar_group
        .map(|g| format!("grp-{}", g % GROUP_COLOURS));
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
    let label = format!("{} #{}", Text::Query.get(lang), index + 1);

    html! {
        <div class={classes!("query-row", group_class, props.selected.then_some("selected"),
                             (groups.duplicate_count > 1).then_some("dup"),
                             row.first_of_step.then_some("step-start"))}
             data-testid="query-row" data-index={index.to_string()} role="listitem" {style}
             onmouseenter={on_enter} onmouseleave={on_leave} onfocusin={on_focus} onfocusout={on_blur}>
            <div class="q-line">
                <button type="button" class="q-main" aria-pressed={props.selected.to_string()}
                        aria-label={label} onclick={on_select}>
                    <span class="q-num">{ index + 1 }</span>
                    <code class="q-sql">{ for tokens.iter().map(token) }</code>
                </button>
                if can_explain(record) {
                    <button type="button" class="small q-explain" data-testid="explain-button"
                            onclick={on_explain}>{ "EXPLAIN" }</button>
                }
            </div>
            <div class="q-meta">
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
