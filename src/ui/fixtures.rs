//! The fixtures page: what is loaded (rows per table) and the `loaddata` /
//! `dumpdata` commands that correspond to it.

use yew::prelude::*;

use super::code::inline_code;
use super::shared::Shared;
use super::state::FixturesView;
use crate::i18n::{Lang, Text};
use crate::report::thousands;

/// The lesson's commands with what each does.
const COMMANDS: [(&str, Text); 5] = [
    (
        "python manage.py loaddata users.json articles.json comments.json",
        Text::CmdLoaddata,
    ),
    (
        "python manage.py dumpdata --indent 4 accounts.user > users.json",
        Text::CmdDumpUsers,
    ),
    (
        "python manage.py dumpdata --indent 4 articles.article > articles.json",
        Text::CmdDumpArticles,
    ),
    (
        "python manage.py dumpdata --indent 4 articles.comment > comments.json",
        Text::CmdDumpComments,
    ),
    (
        "python manage.py dumpdata --indent 4 > data.json",
        Text::CmdDumpAll,
    ),
];

#[derive(Properties, PartialEq)]
pub struct FixturesPageProps {
    pub lang: Lang,
    pub view: Option<Shared<FixturesView>>,
    pub load_message: AttrValue,
    /// The data panel (download, reset).
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn FixturesPage(props: &FixturesPageProps) -> Html {
    let lang = props.lang;
    let counts = match props.view.as_ref().map(|v| &v.counts) {
        Some(Ok(counts)) => html! {
            <table data-testid="table-counts">
                <thead>
                    <tr>
                        <th scope="col">{ Text::Model.get(lang) }</th>
                        <th scope="col" class="num">{ Text::Rows.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for counts.iter().map(|(label, n)| html! {
                        <tr data-testid="table-count" data-label={label.clone()}>
                            <td><code>{ label.clone() }</code></td>
                            <td class="num">{ thousands(usize::try_from(*n).unwrap_or(0)) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        },
        Some(Err(error)) => html! { <p class="error" role="alert">{ error.clone() }</p> },
        None => html! { <p class="muted">{ Text::Loading.get(lang) }</p> },
    };
    html! {
        <div class="fixtures-page">
            <h2>{ Text::NavFixtures.get(lang) }</h2>
            <p class="intro">{ inline_code(Text::IntroFixtures.get(lang)) }</p>
            <section aria-labelledby="loaded-heading">
                <h3 id="loaded-heading">{ Text::WhatIsLoaded.get(lang) }</h3>
                <p><code data-testid="load-message">{ props.load_message.clone() }</code></p>
                { counts }
            </section>
            <section aria-labelledby="commands-heading">
                <h3 id="commands-heading">{ Text::Commands.get(lang) }</h3>
                <ul class="commands">
                    { for COMMANDS.iter().map(|(command, what)| html! {
                        <li>
                            <pre data-testid="command"><code>{ "$ " }{ *command }</code></pre>
                            <p class="muted">{ what.get(lang) }</p>
                        </li>
                    }) }
                </ul>
            </section>
            { props.children.clone() }
        </div>
    }
}
