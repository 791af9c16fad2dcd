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
//!
//! The log is a listbox with one tab stop: ↑/↓, Page Up/Down, Home and End
//! move between rows (scrolling the window to rows not yet rendered), Enter
//! or Space opens and closes a row. Opening a row scrolls its detail into
//! view and reports the row's origin, which the code panels keep marked.

mod detail;
mod findings;
mod plan;
mod row;
mod view;

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::later::use_later;
use super::shared::Shared;
use super::state::{LogId, Plan};
use crate::analysis::RELATION_COLOURS;
use crate::i18n::{Lang, Text};
use crate::query_log::OriginKind;
use crate::report::{format_ms, settle_scroll, thousands, visible_window, LogReport};
use detail::QueryDetail;
use findings::FindingsBanner;
use row::QueryRow;
pub use view::Hover;
use view::{LogAction, LogView};
use wasm_bindgen::JsCast;

/// Height of one row in CSS pixels (the stylesheet uses the same value
/// through the inline style).
pub const ROW_HEIGHT: f64 = 92.0;
/// Rows the viewport shows at most before it scrolls.
const VISIBLE_ROWS: usize = 7;
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
    /// The origin of the open row (`None` when none is open), for the
    /// code panels to keep marked.
    #[prop_or_default]
    pub on_pick: Callback<Option<Hover>>,
    /// Offered as "export JSON" when set.
    #[prop_or_default]
    pub on_export: Option<Callback<()>>,
    /// The origins are lines of one program (the console): findings name
    /// their line.
    #[prop_or_default]
    pub program_lines: bool,
    /// The rows come a task after the rest of the log (`ui::later`).
    #[prop_or_default]
    pub rows_later: bool,
}

/// Where a keyboard key moves from row `from` of `total`, with `page` rows
/// in view (`None` for keys the log does not take).
fn key_target(key: &str, from: usize, total: usize, page: usize) -> Option<usize> {
    let last = total.checked_sub(1)?;
    let to = match key {
        "ArrowDown" => from.saturating_add(1),
        "ArrowUp" => from.saturating_sub(1),
        "PageDown" => from.saturating_add(page),
        "PageUp" => from.saturating_sub(page),
        "Home" => 0,
        "End" => last,
        _ => return None,
    };
    Some(to.min(last))
}

/// Space above the view that a sticky header may cover, in CSS pixels.
const STICKY_TOP: f64 = 72.0;
/// How much of an opened detail must come into view.
const DETAIL_HEAD: f64 = 180.0;

#[component]
pub fn QueryLog(props: &QueryLogProps) -> Html {
    let lang = props.lang;
    let view = use_reducer(LogView::default);
    let viewport = use_node_ref();
    let detail = use_node_ref();
    let rows_ready = use_later(props.rows_later);
    let log = &props.log;
    let total = log.len();
    let height = ROW_HEIGHT * total.min(VISIBLE_ROWS) as f64;
    let window = visible_window(view.scroll_top, height, ROW_HEIGHT, total, OVERSCAN);
    let selected = view.selected.filter(|&i| i < total);
    let tab_row = if window.contains(&view.active) {
        view.active
    } else {
        window.start
    };
    let totals = log.totals();

    let origin_of = {
        let log = log.clone();
        move |row: usize| {
            log.row(row).and_then(|r| {
                r.record.origin.as_ref().map(|o| Hover {
                    step: r.step_name,
                    kind: o.kind,
                    line: o.line,
                })
            })
        }
    };
    // The open row's origin goes to the code panels.
    {
        let (on_pick, origin_of) = (props.on_pick.clone(), origin_of.clone());
        use_effect_with(selected, move |selected| {
            on_pick.emit(selected.and_then(origin_of));
        });
    }
    // The keyboard moved: focus the row once it is rendered.
    {
        let (viewport, active) = (viewport.clone(), view.active);
        use_effect_with(view.focus_moves, move |moves| {
            if *moves > 0 {
                focus_row(&viewport, active);
            }
        });
    }
    // A row opened: bring its detail (and the row, and its code line) into view.
    {
        let (viewport, detail, scroll_top) = (viewport.clone(), detail.clone(), view.scroll_top);
        let origin = selected.and_then(origin_of);
        use_effect_with(view.opened, move |opened| {
            if let (true, Some(row)) = (*opened > 0, selected) {
                reveal_opened(&viewport, &detail, row, scroll_top, origin);
            }
        });
    }

    let on_scroll = {
        let view = view.clone();
        Callback::from(move |e: Event| {
            let top = e.target_unchecked_into::<web_sys::Element>().scroll_top();
            view.dispatch(LogAction::Scroll(f64::from(top)));
        })
    };
    let on_key = {
        let (view, viewport) = (view.clone(), viewport.clone());
        Callback::from(move |e: KeyboardEvent| {
            let on_row = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| el.get_attribute("data-testid").as_deref() == Some("query-row"));
            if !on_row {
                return;
            }
            let key = e.key();
            if key == "Enter" || key == " " {
                e.prevent_default();
                view.dispatch(LogAction::Toggle(view.active));
                return;
            }
            let Some(to) = key_target(&key, view.active, total, VISIBLE_ROWS) else {
                return;
            };
            e.prevent_default();
            // Rows outside the rendered window are not in the DOM yet:
            // scroll the log so the target row is shown, then focus it.
            if let Some(el) = viewport.cast::<web_sys::Element>() {
                let top = f64::from(el.scroll_top());
                let row_top = to as f64 * ROW_HEIGHT;
                let next = if row_top < top {
                    row_top
                } else if row_top + ROW_HEIGHT > top + height {
                    row_top + ROW_HEIGHT - height
                } else {
                    top
                };
                if next != top {
                    el.set_scroll_top(next as i32);
                    view.dispatch(LogAction::Scroll(next));
                }
            }
            view.dispatch(LogAction::MoveTo(to));
        })
    };
    // Stable callbacks: scrolling re-renders the window, and rows whose
    // props did not change are skipped.
    let dispatcher = view.dispatcher();
    let on_toggle = use_callback(dispatcher.clone(), |row: usize, d| {
        d.dispatch(LogAction::Toggle(row))
    });
    let on_focus = use_callback(dispatcher.clone(), |row: usize, d| {
        d.dispatch(LogAction::Focused(row))
    });
    let on_explain = use_callback(
        (dispatcher.clone(), props.on_explain.clone(), props.log_id),
        |row: usize, (d, explain, id)| {
            d.dispatch(LogAction::Select(row));
            explain.emit((*id, row));
        },
    );
    // A finding's "show" scrolls its first query into view and opens it.
    let on_jump = use_callback(
        (viewport.clone(), dispatcher),
        |row: usize, (viewport, d)| {
            if let Some(el) = viewport.cast::<web_sys::Element>() {
                el.set_scroll_top((row as f64 * ROW_HEIGHT) as i32);
            }
            d.dispatch(LogAction::Select(row));
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
            <FindingsBanner {lang} log={log.clone()} on_jump={on_jump} program_lines={props.program_lines} />
            if total == 0 {
                <p class="muted" data-testid="log-empty">{ Text::NoQueries.get(lang) }</p>
            } else {
                <div class="log-viewport" ref={viewport} style={viewport_style} onscroll={on_scroll}
                     onkeydown={on_key} role="listbox" aria-label={Text::QueryLog.get(lang)}
                     data-total={total.to_string()}>
                    <div class="log-spacer" style={spacer}>
                        <div class="log-window" style={offset}>
                            { for window.clone().filter(|_| rows_ready).filter_map(|i| log.row(i)).map(|row| html! {
                                <QueryRow key={row.index} {lang} log={log.clone()} index={row.index}
                                    selected={selected == Some(row.index)} tab_stop={tab_row == row.index}
                                    on_toggle={on_toggle.clone()} on_explain={on_explain.clone()}
                                    on_focus={on_focus.clone()} on_hover={props.on_hover.clone()} />
                            }) }
                        </div>
                    </div>
                </div>
                { legend(lang) }
            }
            <div ref={detail} class="detail-slot">
                if let Some(index) = selected {
                    <QueryDetail key={index} {lang} log={log.clone()} {index} {plan}
                        on_explain={on_explain.clone()} program_lines={props.program_lines} />
                }
            </div>
        </section>
    }
}

/// What the row colours and badges mean, and the keys. A plain function,
/// not a component: it has no state (see [`plan::query_plan`]).
fn legend(lang: Lang) -> Html {
    html! {
        <p class="log-legend" data-testid="log-legend">
            <span class="legend-colour">
                <span class="swatches" aria-hidden="true">
                    { for (0..RELATION_COLOURS).take(4).map(|c| html! { <span class={format!("sw grp-{c}")}></span> }) }
                </span>
                { Text::LogLegendColour.get(lang) }
            </span>
            <span><span class="badge similar">{ "≈" }</span>{ " " }{ Text::LogLegendSimilar.get(lang) }</span>
            <span><span class="badge duplicate">{ "=" }</span>{ " " }{ Text::LogLegendDuplicated.get(lang) }</span>
            <span class="keys">{ Text::LogLegendKeys.get(lang) }</span>
        </p>
    }
}

/// Focuses row `row` of the log in `viewport`, if it is rendered.
fn focus_row(viewport: &NodeRef, row: usize) {
    let Some(el) = viewport.cast::<web_sys::Element>() else {
        return;
    };
    let found = el
        .query_selector(&format!("[data-index=\"{row}\"]"))
        .ok()
        .flatten()
        .and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(row) = found {
        // A refused focus leaves the previous one; nothing to undo.
        let _ = row.focus();
    }
}

/// Top of `el` in document coordinates (offsets do not see transforms, so
/// this is only used for elements outside the log's moving window).
fn doc_top(el: &web_sys::HtmlElement) -> f64 {
    let mut top = 0.0;
    let mut at = Some(el.clone());
    while let Some(e) = at {
        top += f64::from(e.offset_top());
        at = e
            .offset_parent()
            .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok());
    }
    top
}

/// Scrolls the page so an opened row's detail comes into view, keeping
/// the row and the code line it came from when they fit (see
/// [`settle_scroll`]).
fn reveal_opened(
    viewport: &NodeRef,
    detail: &NodeRef,
    row: usize,
    scroll_top: f64,
    origin: Option<Hover>,
) {
    let (Some(log), Some(detail), Some(window)) = (
        viewport.cast::<web_sys::HtmlElement>(),
        detail.cast::<web_sys::HtmlElement>(),
        web_sys::window(),
    ) else {
        return;
    };
    let scroll_y = window.scroll_y().unwrap_or(0.0);
    let view_height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let rect = |top: f64, height: f64| (top - scroll_y, top - scroll_y + height);
    let detail_top = doc_top(&detail);
    let detail_height = f64::from(detail.offset_height());
    let row_top = doc_top(&log) + row as f64 * ROW_HEIGHT - scroll_top;
    let mut wants = vec![
        rect(detail_top, detail_height.min(DETAIL_HEAD)),
        rect(row_top, ROW_HEIGHT),
    ];
    if let Some(line) = origin.and_then(|o| code_line(&log, o)) {
        wants.push(rect(doc_top(&line), f64::from(line.offset_height())));
    }
    wants.push(rect(detail_top, detail_height));
    let delta = settle_scroll((STICKY_TOP, view_height), &wants);
    if delta.abs() >= 1.0 {
        window.scroll_by_with_x_and_y(0.0, delta);
    }
}

/// The code panel line of the log's column that `origin` points at.
fn code_line(log: &web_sys::HtmlElement, origin: Hover) -> Option<web_sys::HtmlElement> {
    let language = match origin.kind {
        OriginKind::View => "python",
        OriginKind::Template => "django",
    };
    log.closest(".variant-column")
        .ok()
        .flatten()?
        .query_selector(&format!(
            ".code-panel[data-language=\"{language}\"] .line[data-line=\"{}\"]",
            origin.line
        ))
        .ok()
        .flatten()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}
