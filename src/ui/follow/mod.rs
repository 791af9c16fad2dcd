//! The follow lab: log in as a user, follow and unfollow the others, like
//! articles. Every click runs the chosen variant's view on the real data
//! (the change stays, and every pattern page re-runs on it) and appends
//! its queries to a live log.

mod articles;
mod controls;
mod people;

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::code::{inline_code, CodePanel};
use super::log::{Hover, QueryLog};
use super::shared::Shared;
use super::state::{DataView, Lab, LogId, Plan};
use crate::highlight::Language;
use crate::i18n::{Lang, Text};
use crate::query_log::OriginKind;
use crate::scenarios::ScenarioId;
use articles::ArticleList;
use controls::LabControls;
use people::{PeopleList, ProfileCard};

/// What the lab can ask for.
#[derive(Clone, PartialEq)]
pub struct FollowCallbacks {
    pub on_set_acting: Callback<i64>,
    pub on_set_variant: Callback<&'static str>,
    pub on_view_profile: Callback<i64>,
    pub on_follow: Callback<i64>,
    pub on_like: Callback<i64>,
    pub on_clear: Callback<()>,
    pub on_explain: Callback<(LogId, usize)>,
}

#[derive(Properties, PartialEq)]
pub struct FollowPageProps {
    pub lang: Lang,
    pub data: Shared<DataView>,
    pub lab: Shared<Lab>,
    pub plans: Shared<HashMap<(LogId, usize), Rc<Plan>>>,
    pub callbacks: FollowCallbacks,
}

#[component]
pub fn FollowPage(props: &FollowPageProps) -> Html {
    let lang = props.lang;
    let lab = &props.lab;
    let cb = &props.callbacks;
    let hover = use_state(|| None::<Hover>);
    let on_hover = use_callback(hover.setter(), |h: Option<Hover>, set| set.set(h));
    // A likes request points into the likes view; the rest into the
    // follow/profile views and the profile template.
    let line_in = |likes: bool, kind: OriginKind| {
        hover
            .filter(|h| (h.step == "likes") == likes && h.kind == kind)
            .map(|h| h.line)
    };
    let follow_variant = ScenarioId::Exists.variant(lab.variant);
    let likes_variant = ScenarioId::Likes.variant(lab.variant);
    let on_clear = cb.on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="follow-lab">
            <h2>{ Text::NavFollow.get(lang) }</h2>
            <p class="intro">{ inline_code(Text::IntroFollowLab.get(lang)) }</p>
            <LabControls {lang} users={props.data.clone()} acting={lab.acting} variant={lab.variant}
                on_set_acting={cb.on_set_acting.clone()} on_set_variant={cb.on_set_variant.clone()} />
            <div class="lab-grid">
                <div class="lab-people">
                    <ProfileCard {lang} data={props.data.clone()} profile={lab.profile} page={lab.page.clone()} />
                    <PeopleList {lang} data={props.data.clone()} acting={lab.acting} profile={lab.profile}
                        followings={lab.followings.clone()} on_view={cb.on_view_profile.clone()}
                        on_follow={cb.on_follow.clone()} />
                    <ArticleList {lang} articles={lab.articles.clone()} total={lab.articles_total} on_like={cb.on_like.clone()} />
                </div>
                <div class="lab-code">
                    <section class="live-log" aria-labelledby="live-log-heading">
                        <div class="scenario-head">
                            <h3 id="live-log-heading">{ Text::LiveLog.get(lang) }{ " · " }{ lab.variant }</h3>
                            <button type="button" class="small" data-testid="clear-live-log" onclick={on_clear}>
                                { Text::Clear.get(lang) }
                            </button>
                        </div>
                        <div data-testid="live-log">
                            <QueryLog {lang} log_id={LogId::Live} log={Shared::new(&lab.live)}
                                plans={props.plans.clone()} on_explain={cb.on_explain.clone()} {on_hover} />
                        </div>
                    </section>
                    if let Some(v) = follow_variant {
                        <CodePanel title="accounts/views.py" language={Language::Python} source={v.view}
                            highlight={line_in(false, OriginKind::View)} />
                        if let Some(template) = v.template {
                            <CodePanel title="accounts/profile.html" language={Language::DjangoTemplate}
                                source={template} highlight={line_in(false, OriginKind::Template)} />
                        }
                    }
                    if let Some(v) = likes_variant {
                        <CodePanel title="articles/views.py" language={Language::Python} source={v.view}
                            highlight={line_in(true, OriginKind::View)} />
                    }
                </div>
            </div>
        </div>
    }
}
