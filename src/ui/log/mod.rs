//! The query log, as good as django-debug-toolbar's SQL panel: numbered
//! rows with the SQL (column list collapsed to `SELECT •••`), rows, time
//! as a bar, similar/duplicate groups, the findings as a banner, and a
//! detail pane with the whole SQL, parameters, origin, copy and
//! `EXPLAIN QUERY PLAN`.
//!
//! Rows have a fixed height and only the visible window (plus a few rows
//! either side) is in the DOM, so a 110,001-query log scrolls like a
//! 10-query one. Everything per-log (groups, findings, totals) comes
//! precomputed in the shared [`LogReport`]; a render only reads the rows it
//! shows.

mod detail;
mod findings;
mod plan;
mod row;
mod view;

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::shared::Shared;
use super::state::{LogId, Plan};
use crate::i18n::{Lang, Text};
use crate::report::{format_ms, thousands, visible_window, LogReport};
use detail::QueryDetail;
use findings::FindingsBanner;
use row::QueryRow;
pub use view::Hover;
use view::{LogAction, LogView};

/// Height of one row in CSS pixels (the stylesheet uses the same value
/// through the inline style).
pub const ROW_HEIGHT: f64 = 68.0;
/// Rows the viewport shows at most before it scrolls.
const VISIBLE_ROWS: usize = 8;
/// Rows rendered beyond each edge of the viewport.
const OVERSCAN: usize = 4;

#[derive(Properties, PartialEq)]
pub struct QueryLogProps {
    pub lang: Lang,
    pub log_id: LogId,
    pub log: Shared<LogReport>,
    pub plans: Shared<HashMap<(LogId, usize), Rc<Plan>>>,
    pub on_explain: Callback<(LogId, usize)>,
    #[prop_or_default]
    pub on_hover: Callback<Option<Hover>>,
    /// Offered as "export JSON" when set.
    #[prop_or_default]
    pub on_export: Option<Callback<()>>,
}

#[component]
pub fn QueryLog(props: &QueryLogProps) -> Html {
    let lang = props.lang;
    let view = use_reducer(LogView::default);
    let viewport = use_node_ref();
    let log = &props.log;
    let total = log.len();
    let height = ROW_HEIGHT * total.min(VISIBLE_ROWS) as f64;
    let window = visible_window(view.scroll_top, height, ROW_HEIGHT, total, OVERSCAN);
    let selected = view.selected.filter(|&i| i < total);
    let totals = log.totals();

    let on_scroll = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let top = e.target_unchecked_into::<web_sys::Element>().scroll_top();
            view.dispatch(LogAction::Scroll(f64::from(top)));
        })
    };
    // Stable callbacks: scrolling re-renders the window, and rows whose
    // props did not change are skipped.
    let dispatcher = view.dispatcher();
    let on_select = use_callback(dispatcher.clone(), |row: usize, d| {
        d.dispatch(LogAction::Select(row))
    });
    let on_explain = use_callback(
        (dispatcher, props.on_explain.clone(), props.log_id),
        |row: usize, (d, explain, id)| {
            d.dispatch(LogAction::Select(row));
            explain.emit((*id, row));
        },
    );
    // A finding's "show" scrolls its first query into view and opens it.
    let on_jump = use_callback(
        (viewport.clone(), on_select.clone()),
        |row: usize, (viewport, on_select)| {
            if let Some(el) = viewport.cast::<web_sys::Element>() {
                el.set_scroll_top((row as f64 * ROW_HEIGHT) as i32);
            }
            on_select.emit(row);
        },
    );
    let on_export = props
        .on_export
        .clone()
        .map(|cb| cb.reform(|_: MouseEvent| ()));
    let spacer = format!("height: {}px", ROW_HEIGHT * total as f64);
    let offset = format!(
        "transform: translateY({}px)",
        ROW_HEIGHT * window.start as f64
    );
    let viewport_style = format!("height: {height}px");
    let summary = Text::LogSummary
        .get(lang)
        .replace("{queries}", &thousands(totals.queries))
        .replace("{ms}", &format_ms(totals.ms()))
        .replace("{rows}", &thousands(totals.rows));
    let plan = selected.and_then(|row| props.plans.get(&(props.log_id, row)).cloned());

    html! {
        <section class="query-log" aria-label={Text::QueryLog.get(lang)}>
            <div class="log-toolbar">
                <span class="log-summary">{ summary }</span>
                if let Some(onclick) = on_export {
                    <button type="button" class="small" data-testid="export-log" {onclick}>
                        { Text::ExportJson.get(lang) }
                    </button>
                }
            </div>
            <FindingsBanner {lang} log={log.clone()} on_jump={on_jump} />
            if total == 0 {
                <p class="muted" data-testid="log-empty">{ Text::NoQueries.get(lang) }</p>
            } else {
                <div class="log-viewport" ref={viewport} style={viewport_style} onscroll={on_scroll}
                     role="list" aria-label={Text::QueryLog.get(lang)} data-total={total.to_string()}>
                    <div class="log-spacer" style={spacer}>
                        <div class="log-window" style={offset}>
                            { for window.clone().filter_map(|i| log.row(i)).map(|row| html! {
                                <QueryRow key={row.index} {lang} log={log.clone()} index={row.index}
                                    selected={selected == Some(row.index)}
                                    on_select={on_select.clone()} on_explain={on_explain.clone()}
                                    on_hover={props.on_hover.clone()} />
                            }) }
                        </div>
                    </div>
                </div>
            }
            if let Some(index) = selected {
                <QueryDetail key={index} {lang} log={log.clone()} {index} {plan}
                    on_explain={on_explain.clone()} />
            }
        </section>
    }
}
