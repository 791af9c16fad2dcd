//! The open row of the query log: the whole SQL laid out one clause per
//! line (the column list folded until asked), parameters, rows, time,
//! origin, groups, copy SQL and `EXPLAIN QUERY PLAN`.

use std::rc::Rc;

use yew::prelude::*;

use super::plan::query_plan;
use super::row::{clip, pieces_html};
use crate::analysis::can_explain;
use crate::highlight::{pieces, sql, sql_clauses, Piece};
use crate::i18n::{Lang, Text};
use crate::query_log::{quote, OriginKind};
use crate::report::{format_ms, thousands, LogReport};
use crate::ui::browser::copy_text;
use crate::ui::code::token;
use crate::ui::shared::Shared;
use crate::ui::state::Plan;

/// The column fold of the detail: one toggle for every folded list.
struct Fold<'a> {
    expanded: bool,
    /// Whether this clause holds the first fold (which carries the test id
    /// and, when expanded, the "fold" button).
    first: bool,
    label: &'a str,
    on_toggle: &'a Callback<MouseEvent>,
}

/// One clause: folded column lists as `•••` buttons (or their columns
/// when expanded), cut `IN` lists as `…` (or their values, up to
/// [`CLAUSE_CHARS`], when expanded).
fn clause_html(lang: Lang, clause: &[Piece<'_>], fold: Fold<'_>) -> Html {
    let mut first_in_clause = fold.first;
    html! {
        { for clause.iter().map(|piece| match *piece {
            Piece::Sql(text) => html! { { for sql(text).iter().map(token) } },
            Piece::Columns { text, .. } => {
                let testid = first_in_clause.then_some("toggle-columns");
                let show_button = !fold.expanded || first_in_clause;
                first_in_clause = false;
                html! {
                    <>
                        if fold.expanded {
                            <span class="sql-columns">{ for sql(text).iter().map(token) }</span>
                        }
                        if show_button {
                            <button type="button" class="fold" aria-expanded={fold.expanded.to_string()}
                                    data-testid={testid} title={fold.label.to_owned()}
                                    onclick={fold.on_toggle.clone()}>
                                { if fold.expanded { Text::Collapse.get(lang) } else { "•••" } }
                            </button>
                        }
                    </>
                }
            }
            Piece::Elided { text, .. } if fold.expanded => {
                let (shown, cut) = clip(text, CLAUSE_CHARS);
                html! {
                    <>
                        { for sql(&shown).iter().map(token) }
                        if cut > 0 {
                            <span class="muted">{ Text::MoreChars.get(lang).replace("{n}", &thousands(cut)) }</span>
                        }
                    </>
                }
            }
            Piece::Elided { .. } => pieces_html(lang, std::slice::from_ref(piece)),
        }) }
    }
}

/// Characters of one clause laid out with highlighting; the rest of a
/// 10,000-id `IN (...)` is summarized (Copy SQL copies it whole).
const CLAUSE_CHARS: usize = 3_000;

#[derive(Properties, PartialEq)]
pub struct QueryDetailProps {
    pub lang: Lang,
    pub log: Shared<LogReport>,
    pub index: usize,
    pub plan: Option<Rc<Plan>>,
    pub on_explain: Callback<usize>,
    /// Origins are lines of the console's program.
    #[prop_or_default]
    pub program_lines: bool,
}

/// Whether the clipboard took the SQL.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

#[component]
pub fn QueryDetail(props: &QueryDetailProps) -> Html {
    let lang = props.lang;
    let expanded = use_state(|| false);
    let copied = use_state(|| Copied::Not);
    let Some(row) = props.log.row(props.index) else {
        return Html::default();
    };
    let record = row.record;
    let full = record.sql();
    let clauses: Vec<Vec<Piece<'_>>> = sql_clauses(&full).into_iter().map(pieces).collect();
    let folded: usize = clauses
        .iter()
        .flatten()
        .map(|p| match p {
            Piece::Columns { count, .. } => *count,
            _ => 0,
        })
        .sum();
    let params: Vec<String> = record.params.iter().map(quote).collect();
    let origin = record.origin.as_ref().map(|o| {
        let place = match o.kind {
            _ if props.program_lines => Text::OriginProgram,
            OriginKind::View => Text::OriginView,
            OriginKind::Template => Text::OriginTemplate,
        };
        format!("{} {}: {}", place.get(lang), o.line, o.snippet)
    });
    let first_fold = clauses
        .iter()
        .position(|line| line.iter().any(|p| matches!(p, Piece::Columns { .. })))
        .unwrap_or(usize::MAX);
    let on_toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let on_copy = {
        let (copied, text) = (copied.clone(), full.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            copy_text(
                text.clone(),
                Callback::from(move |ok| {
                    copied.set(if ok { Copied::Done } else { Copied::Failed })
                }),
            );
        })
    };
    let index = props.index;
    let on_explain = props.on_explain.reform(move |_: MouseEvent| index);
    let fold_label = Text::ColumnCount
        .get(lang)
        .replace("{n}", &folded.to_string());
    let heading = format!("{} #{}", Text::Query.get(lang), index + 1);
    let groups = row.groups;
    let group_text: Vec<String> = [
        (groups.similar_count > 1).then(|| {
            Text::SimilarQueries
                .get(lang)
                .replace("{n}", &thousands(groups.similar_count))
        }),
        (groups.duplicate_count > 1).then(|| {
            Text::DuplicatedTimes
                .get(lang)
                .replace("{n}", &thousands(groups.duplicate_count))
        }),
    ]
    .into_iter()
    .flatten()
    .collect();

    html! {
        <section class="query-detail" data-testid="query-detail" aria-label={heading.clone()}>
            <h4>{ heading }{ (row.step_name != "index").then(|| format!(" · {}", row.step_name)) }</h4>
            <pre class="sql-formatted" data-testid="detail-sql"><code>
                { for clauses.iter().enumerate().map(|(i, line)| html! {
                    <span class="sql-line">
                        { clause_html(lang, line, Fold { expanded: *expanded, first: i == first_fold,
                                                         label: &fold_label, on_toggle: &on_toggle }) }
                        { "\n" }
                    </span>
                }) }
            </code></pre>
            <dl class="detail-facts">
                <dt>{ Text::Params.get(lang) }</dt>
                <dd><code>{ if params.is_empty() { "—".to_owned() } else { clip(&params.join(", "), CLAUSE_CHARS).0.into_owned() } }</code></dd>
                <dt>{ Text::Rows.get(lang) }</dt>
                <dd>{ thousands(record.rows) }</dd>
                <dt>{ Text::Time.get(lang) }</dt>
                <dd>{ format_ms(record.ms()) }{ " ms" }</dd>
                if !group_text.is_empty() {
                    <dt>{ Text::Groups.get(lang) }</dt>
                    <dd>{ group_text.join(" · ") }</dd>
                }
                if let Some(origin) = origin {
                    <dt>{ Text::Origin.get(lang) }</dt>
                    <dd><code>{ origin }</code></dd>
                }
            </dl>
            <div class="detail-actions">
                <button type="button" class="small" data-testid="copy-sql" onclick={on_copy}>
                    { Text::CopySql.get(lang) }
                </button>
                if can_explain(record) {
                    <button type="button" class="small" data-testid="detail-explain" onclick={on_explain}>
                        { "EXPLAIN QUERY PLAN" }
                    </button>
                }
                <span role="status" class="copy-status">
                    { match *copied {
                        Copied::Not => "",
                        Copied::Done => Text::Copied.get(lang),
                        Copied::Failed => Text::CopyFailed.get(lang),
                    } }
                </span>
            </div>
            { query_plan(lang, props.plan.as_deref()) }
        </section>
    }
}
