//! The lab's live log: one group per request, newest first. Each group
//! says what was asked (who followed whom, through which variant), and
//! shows that request's queries with its findings said once, so six clicks
//! make six short groups instead of one log repeating the same warnings.
//! When a click far down the page (a like) leaves the log's top above the
//! screen, the log scrolls back into view: the new request is what the
//! learner clicked to see.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::scenarios::toggles::Toggle;
use crate::ui::log::{Hover, QueryLog};
use crate::ui::shared::Shared;
use crate::ui::state::{DataView, LabAction, LabRequest, LogId, Plan};

#[derive(Properties, PartialEq)]
pub struct LiveLogProps {
    pub lang: Lang,
    pub variant: &'static str,
    pub requests: Shared<Vec<Rc<LabRequest>>>,
    pub data: Shared<DataView>,
    pub plans: Shared<HashMap<(LogId, usize), Rc<Plan>>>,
    pub on_explain: Callback<(LogId, usize)>,
    pub on_hover: Callback<Option<Hover>>,
    pub on_clear: Callback<()>,
}

/// `name (pk 3)`, or the pk alone when the user is gone.
fn user_name(data: &DataView, pk: i64) -> String {
    match data.users.iter().find(|u| u.pk == pk) {
        Some(u) => format!("{} (pk {pk})", u.username),
        None => format!("pk {pk}"),
    }
}

/// The request's heading and its stable name (`data-action`).
fn describe(lang: Lang, data: &DataView, action: LabAction) -> (String, &'static str) {
    let user = |pk| user_name(data, pk);
    let (text, value, id) = match action {
        LabAction::Profile(pk) => (Text::LiveProfile, user(pk), "profile"),
        LabAction::Follow(pk, toggle) => {
            let text = match toggle {
                Toggle::Added => Text::LiveFollowed,
                Toggle::Removed => Text::LiveUnfollowed,
                Toggle::Unchanged => Text::LiveFollowSelf,
            };
            (text, user(pk), "follow")
        }
        LabAction::Like(pk, toggle) => {
            let text = match toggle {
                Toggle::Added => Text::LiveLiked,
                Toggle::Removed => Text::LiveUnliked,
                Toggle::Unchanged => Text::LiveLikeNone,
            };
            (text, pk.to_string(), "like")
        }
    };
    let filled = text
        .get(lang)
        .replace("{user}", &value)
        .replace("{article}", &value);
    (filled, id)
}

#[component]
pub fn LiveLog(props: &LiveLogProps) -> Html {
    let lang = props.lang;
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    let node = use_node_ref();
    {
        let node = node.clone();
        let newest = props.requests.first().map(|r| r.id);
        use_effect_with(newest, move |newest| {
            if newest.is_some() {
                show_top(&node);
            }
        });
    }
    html! {
        <section class="live-log" aria-labelledby="live-log-heading" ref={node}>
            <div class="scenario-head">
                <h3 id="live-log-heading">{ Text::LiveLog.get(lang) }{ " · " }{ props.variant }</h3>
                <button type="button" class="small" data-testid="clear-live-log" onclick={on_clear}>
                    { Text::Clear.get(lang) }
                </button>
            </div>
            <div data-testid="live-log">
                if props.requests.is_empty() {
                    <p class="muted" data-testid="log-empty">{ Text::LiveEmpty.get(lang) }</p>
                } else {
                    <p class="muted small">{ Text::LiveNewestFirst.get(lang) }</p>
                }
                { for props.requests.iter().enumerate().map(|(i, request)| {
                    let (title, action) = describe(lang, &props.data, request.action);
                    let n = request.log.len();
                    let count = if n == 1 { Text::LiveQueriesOne } else { Text::LiveQueries };
                    let meta = format!(
                        "{} · {} · {}",
                        Text::LiveAs.get(lang).replace("{user}", &user_name(&props.data, request.acting)),
                        request.variant,
                        count.get(lang).replace("{n}", &n.to_string()),
                    );
                    html! {
                        // Only the newest is open: older ones are one line each.
                        <details key={request.id} class="live-request" open={i == 0}
                                 data-testid="live-request" data-request={request.id.to_string()}
                                 data-action={action} data-queries={n.to_string()}>
                            <summary>
                                <span class="request-title">{ title }</span>
                                <span class="request-meta muted">{ meta }</span>
                            </summary>
                            <QueryLog {lang} log_id={LogId::Live(request.id)} log={Shared::new(&request.log)}
                                plans={props.plans.clone()} on_explain={props.on_explain.clone()}
                                on_hover={props.on_hover.clone()} />
                        </details>
                    }
                }) }
            </div>
        </section>
    }
}

/// Scrolls the log's top into view when it is above the screen (under the
/// sticky navigation); a log below the screen is left where it is, so the
/// buttons stay under the learner's finger.
fn show_top(node: &NodeRef) {
    let Some(log) = node.cast::<web_sys::Element>() else {
        return;
    };
    let nav = gloo::utils::document()
        .query_selector("nav.sections")
        .ok()
        .flatten()
        .map_or(0.0, |n| n.get_bounding_client_rect().bottom());
    if log.get_bounding_client_rect().top() < nav {
        // `scroll-margin-top` keeps it clear of the navigation.
        log.scroll_into_view();
    }
}
