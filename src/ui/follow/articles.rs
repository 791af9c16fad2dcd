//! The articles with Like buttons, as the acting user sees them.

use std::rc::Rc;

use yew::prelude::*;

use crate::dataset::ArticleSummary;
use crate::i18n::{Lang, Text};
use crate::report::thousands;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub lang: Lang,
    pub articles: Rc<Vec<ArticleSummary>>,
    /// How many articles there are (the list holds the first ones).
    pub total: usize,
    pub on_like: Callback<i64>,
}

#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="articles" aria-labelledby="articles-heading">
            <h3 id="articles-heading">{ Text::Articles.get(lang) }</h3>
            <ul data-testid="article-list">
                { for props.articles.iter().map(|a| {
                    let pk = a.pk;
                    let onclick = props.on_like.reform(move |_: MouseEvent| pk);
                    let label = if a.liked { Text::Unlike } else { Text::Like };
                    let meta = Text::ArticleMeta.get(lang)
                        .replace("{author}", &a.author)
                        .replace("{comments}", &a.comments.to_string())
                        .replace("{likes}", &a.likes.to_string());
                    html! {
                        <li data-testid="article-row" data-article-pk={pk.to_string()}>
                            <span class="title">{ a.title.clone() }</span>
                            <span class="muted meta">{ meta }</span>
                            <button type="button" class={classes!("like", (!a.liked).then_some("primary"))}
                                    data-testid="like-button" data-article-pk={pk.to_string()}
                                    aria-pressed={a.liked.to_string()} {onclick}>
                                { label.get(lang) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if props.total > props.articles.len() {
                <p class="muted">{ Text::MoreItems.get(lang).replace("{n}", &thousands(props.total - props.articles.len())) }</p>
            }
        </section>
    }
}
