//! The open row of the query log: the whole SQL laid out one clause per
//! line (the column list folded until asked), parameters, rows, time,
//! origin, groups, copy SQL and `EXPLAIN QUERY PLAN`.

use std::rc::Rc;

use yew::prelude::*;

use super::plan::QueryPlan;
use super::row::clip;
use crate::analysis::can_explain;
use crate::highlight::{split_select, sql, sql_clauses};
use crate::i18n::{Lang, Text};
use crate::query_log::{quote, OriginKind};
use crate::report::{format_ms, thousands, LogReport};
use crate::ui::browser::copy_text;
use crate::ui::code::token;
use crate::ui::shared::Shared;
use crate::ui::state::Plan;

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
    let select = split_select(&full);
    let (head, columns, rest) = match select {
        Some(s) => (s.head, Some((s.columns, s.column_count)), s.rest),
        None => ("", None, full.as_str()),
    };
    let clauses = sql_clauses(rest);
    let params: Vec<String> = record.params.iter().map(quote).collect();
    let origin = record.origin.as_ref().map(|o| {
        let place = match o.kind {
            OriginKind::View => Text::OriginView,
            OriginKind::Template => Text::OriginTemplate,
        };
        format!("{} {}: {}", place.get(lang), o.line, o.snippet)
    });
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
    let fold_label = columns
        .map(|(_, n)| Text::ColumnCount.get(lang).replace("{n}", &n.to_string()))
        .unwrap_or_default();
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
                if let Some((cols, _)) = columns {
                    <span class="tok-kw">{ head }</span>{ " " }
                    if *expanded {
                        <span class="sql-columns">{ for sql(cols).iter().map(token) }</span>
                    }
                    <button type="button" class="fold" aria-expanded={expanded.to_string()}
                            data-testid="toggle-columns" title={fold_label.clone()} onclick={on_toggle}>
                        { if *expanded { Text::Collapse.get(lang) } else { "•••" } }
                    </button>
                    { "\n" }
                }
                { for clauses.iter().map(|line| {
                    let (line, cut) = clip(line, CLAUSE_CHARS);
                    html! {
                        <span class="sql-line">
                            { for sql(&line).iter().map(token) }
                            if cut > 0 {
                                <span class="muted">{ Text::MoreChars.get(lang).replace("{n}", &thousands(cut)) }</span>
                            }
                            { "\n" }
                        </span>
                    }
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
            <QueryPlan {lang} plan={props.plan.clone()} />
        </section>
    }
}
