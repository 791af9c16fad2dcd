//! The profile on show (팔로잉 / 팔로워) and everyone else with a
//! Follow/Unfollow button (none on oneself, as in the lecture).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{Lang, Text};
use crate::report::thousands;
use crate::ui::shared::Shared;
use crate::ui::state::DataView;

/// Users listed at most (the benchmark's 1,000 would be slow to lay out;
/// "log in as" still offers everyone).
const SHOWN_USERS: usize = 100;

#[derive(Properties, PartialEq)]
pub struct ProfileCardProps {
    pub lang: Lang,
    pub data: Shared<DataView>,
    pub profile: i64,
    /// The last profile page the view rendered.
    pub page: Rc<Vec<String>>,
}

/// A plain function, not a component: it has no state, and a component
/// costs about 1.3 KB of wasm of its own (BENCHMARKS.md, "Shrinking the
/// page").
pub fn profile_card(props: &ProfileCardProps) -> Html {
    let lang = props.lang;
    let Some(user) = props.data.users.iter().find(|u| u.pk == props.profile) else {
        return Html::default();
    };
    let page = props.page.join("\n");
    html! {
        <section class="profile-card" data-testid="profile-card" data-user-pk={user.pk.to_string()}
                 aria-labelledby="profile-heading">
            <h3 id="profile-heading">{ Text::ProfileOf.get(lang).replace("{name}", &user.username) }</h3>
            <dl class="profile-counts">
                <div><dt>{ Text::Followings.get(lang) }</dt><dd data-testid="following-count">{ user.followings }</dd></div>
                <div><dt>{ Text::Followers.get(lang) }</dt><dd data-testid="follower-count">{ user.followers }</dd></div>
            </dl>
            if !page.is_empty() {
                <figure class="page-text-figure">
                    <figcaption>{ Text::LastRendered.get(lang) }</figcaption>
                    <pre class="page-text" data-testid="profile-page">{ page }</pre>
                </figure>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PeopleListProps {
    pub lang: Lang,
    pub data: Shared<DataView>,
    pub acting: i64,
    pub profile: i64,
    /// Whom the acting user follows.
    pub followings: Rc<Vec<i64>>,
    pub on_view: Callback<i64>,
    pub on_follow: Callback<i64>,
}

#[component]
pub fn PeopleList(props: &PeopleListProps) -> Html {
    let lang = props.lang;
    if props.data.users.is_empty() {
        return html! { <p data-testid="users-empty">{ Text::NoUsers.get(lang) }</p> };
    }
    html! {
        <section class="people" aria-labelledby="people-heading">
            <h3 id="people-heading">{ Text::Users.get(lang) }</h3>
            <ul data-testid="users-list">
                { for props.data.users.iter().take(SHOWN_USERS).map(|u| {
                    let pk = u.pk;
                    let following = props.followings.contains(&pk);
                    let on_view = props.on_view.reform(move |_: MouseEvent| pk);
                    let on_follow = props.on_follow.reform(move |_: MouseEvent| pk);
                    let label = if following { Text::Unfollow } else { Text::Follow };
                    let counts = Text::FollowCounts.get(lang)
                        .replace("{following}", &u.followings.to_string())
                        .replace("{followers}", &u.followers.to_string());
                    html! {
                        <li data-testid="user-row" data-user-pk={pk.to_string()}
                            class={classes!((pk == props.profile).then_some("current"))}>
                            <button type="button" class="link username" data-testid="view-profile"
                                    aria-current={(pk == props.profile).then_some("true")} onclick={on_view}>
                                { u.username.clone() }
                            </button>
                            <span class="muted counts">
                                <span data-testid="user-followings" hidden=true>{ u.followings }</span>
                                <span data-testid="user-followers" hidden=true>{ u.followers }</span>
                                { counts }
                            </span>
                            if pk == props.acting {
                                <span class="you">{ Text::You.get(lang) }</span>
                            } else {
                                <button type="button" class={classes!("follow", (!following).then_some("primary"))}
                                        data-testid="follow-button" data-user-pk={pk.to_string()}
                                        aria-pressed={following.to_string()} onclick={on_follow}>
                                    { label.get(lang) }
                                </button>
                            }
                        </li>
                    }
                }) }
            </ul>
            if props.data.users.len() > SHOWN_USERS {
                <p class="muted">{ Text::MoreItems.get(lang).replace("{n}", &thousands(props.data.users.len() - SHOWN_USERS)) }</p>
            }
        </section>
    }
}
