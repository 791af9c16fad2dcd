//! The follow lab: log in as a user, follow and unfollow the others, like
//! articles. Every click runs the chosen variant's view on the real data
//! (the change stays, and every pattern page re-runs on it) and puts its
//! queries at the top of a live log, one group per request (`live`). The
//! log sits beside the buttons on wide screens and right under the people
//! list on phones, so a click's queries are in view.

mod articles;
mod controls;
mod live;
mod people;

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::code::{inline_code, CodePanel};
use super::log::Hover;
use super::shared::Shared;
use super::state::{DataView, Lab, LogId, Plan};
use crate::highlight::Language;
use crate::i18n::{Lang, Text};
use crate::query_log::OriginKind;
use crate::scenarios::ScenarioId;
use articles::ArticleList;
use controls::LabControls;
use live::LiveLog;
use people::{profile_card, PeopleList, ProfileCardProps};

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
    html! {
        <div class="follow-lab">
            <h2>{ Text::NavFollow.get(lang) }</h2>
            <p class="intro">{ inline_code(Text::IntroFollowLab.get(lang)) }</p>
            <LabControls {lang} users={props.data.clone()} acting={lab.acting} variant={lab.variant}
                on_set_acting={cb.on_set_acting.clone()} on_set_variant={cb.on_set_variant.clone()} />
            <div class="lab-grid">
                <div class="lab-people">
                    { profile_card(&ProfileCardProps { lang, data: props.data.clone(), profile: lab.profile,
                        page: lab.page.clone() }) }
                    <PeopleList {lang} data={props.data.clone()} acting={lab.acting} profile={lab.profile}
                        followings={lab.followings.clone()} on_view={cb.on_view_profile.clone()}
                        on_follow={cb.on_follow.clone()} />
                </div>
                <LiveLog {lang} variant={lab.variant} requests={Shared::new(&lab.requests)}
                    data={props.data.clone()} plans={props.plans.clone()}
                    on_explain={cb.on_explain.clone()} {on_hover} on_clear={cb.on_clear.clone()} />
                <div class="lab-articles">
                    <ArticleList {lang} articles={lab.articles.clone()} total={lab.articles_total} on_like={cb.on_like.clone()} />
                </div>
            </div>
            <div class="lab-code">
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
    }
}
