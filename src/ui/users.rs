//! The users list with following and follower counts.

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::UserSummary;
use crate::i18n::{Lang, Text};

#[derive(Properties, PartialEq)]
pub struct UsersListProps {
    pub lang: Lang,
    pub users: Rc<Vec<UserSummary>>,
}

#[component]
pub fn UsersList(props: &UsersListProps) -> Html {
    let lang = props.lang;
    if props.users.is_empty() {
        return html! { <p data-testid="users-empty">{ Text::NoUsers.get(lang) }</p> };
    }
    html! {
        <section class="users" aria-labelledby="users-heading">
            <h2 id="users-heading">{ Text::Users.get(lang) }</h2>
            <table data-testid="users-list">
                <thead>
                    <tr>
                        <th scope="col">{ "pk" }</th>
                        <th scope="col">{ Text::Username.get(lang) }</th>
                        <th scope="col">{ Text::Followings.get(lang) }</th>
                        <th scope="col">{ Text::Followers.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for props.users.iter().map(|u| html! {
                        <tr data-testid="user-row" data-user-pk={u.pk.to_string()}>
                            <td>{ u.pk }</td>
                            <td class="username">{ u.username.clone() }</td>
                            <td data-testid="following-count">{ u.followings }</td>
                            <td data-testid="follower-count">{ u.followers }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
