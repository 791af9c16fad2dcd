//! The article index pages of the lesson, one per variant: the Rust twin of
//! each `lessons/<scenario>/<variant>/views.py` plus its template. Each
//! renderer sends the queries Django sends, in the same order, and writes
//! the HTML the template writes; the scenario tests hold both to Django's
//! goldens.

use super::render::{escape, visible_text, Source};
use super::Variant;
use crate::db::Database;
use crate::job::{no_deadline, Deadline};
use crate::models::lesson;
use crate::orm::{objects, Evaluation, Instance, OrmError, QuerySet};
use crate::query_log::Cause;

/// A page view: the queryset its view builds.
pub type PageQuery = fn() -> QuerySet;

/// How the template shows each article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageTemplate {
    /// `댓글개수 : {{ article.comment_set.count }}`.
    CommentCount,
    /// `댓글개수 : {{ article.comment__count }}`.
    AnnotatedCount,
    /// `작성자 : {{ article.user.username }}`.
    Author,
    /// `{% for comment in article.comment_set.all %}{{ comment.content }}`.
    Comments,
    /// The same with `{{ comment.user.username }} : {{ comment.content }}`.
    CommentsWithAuthors,
}

pub fn naive_index() -> QuerySet {
    objects(lesson::ARTICLE).order_by(&["-pk"])
}

pub fn annotated_index() -> QuerySet {
    objects(lesson::ARTICLE)
        .annotate_count("comment")
        .order_by(&["-pk"])
}

pub fn select_related_index() -> QuerySet {
    objects(lesson::ARTICLE)
        .select_related(&["user"])
        .order_by(&["-pk"])
}

pub fn prefetch_index() -> QuerySet {
    objects(lesson::ARTICLE)
        .prefetch_related("comment_set", &[])
        .order_by(&["-pk"])
}

pub fn prefetch_with_users_index() -> QuerySet {
    objects(lesson::ARTICLE)
        .prefetch_related("comment_set", &["user"])
        .order_by(&["-pk"])
}

/// Renders the index page of `variant` at once (see [`PageRender`] for
/// the sliced form), sending its queries through `db`.
pub fn render(
    db: &mut Database,
    variant: &Variant,
    query: PageQuery,
    template: PageTemplate,
) -> Result<String, OrmError> {
    let mut page = PageRender::start(variant, query, template)?;
    while !page.step(db, &mut Deadline::new(no_deadline(), u32::MAX))? {}
    Ok(page.finish(db).0)
}

/// An index page being rendered a few articles at a time: the naive
/// variants send a query or more per article, 110,001 for the benchmark;
/// the optimized ones read their few big SELECTs a slice at a time.
pub struct PageRender {
    source: Source,
    template: PageTemplate,
    /// The view's queryset until it is read.
    evaluation: Option<Evaluation>,
    articles: Vec<Instance>,
    next: usize,
    html: String,
    /// The visible text so far, computed article by article (each
    /// article's HTML starts and ends on a line boundary), so finishing a
    /// 6 MB page does not convert it in one long block.
    text: Vec<String>,
}

impl PageRender {
    /// Prepares the view's queryset, which the first steps evaluate as the
    /// template's first loop does (with its prefetch queries).
    ///
    /// # Errors
    /// [`OrmError`] for a queryset naming unknown fields.
    pub fn start(
        variant: &Variant,
        query: PageQuery,
        template: PageTemplate,
    ) -> Result<Self, OrmError> {
        let source = Source {
            kind: crate::query_log::OriginKind::Template,
            text: variant.template.unwrap_or_default(),
        };
        let evaluation = Evaluation::new(
            query(),
            Cause::QuerySet {
                model: lesson::ARTICLE,
            },
        )?;
        Ok(PageRender {
            source,
            template,
            evaluation: Some(evaluation),
            articles: Vec::new(),
            next: 0,
            html: String::new(),
            text: Vec::new(),
        })
    }

    /// Evaluates the queryset, then renders articles, until `clock` says
    /// stop; `true` when all are done.
    ///
    /// # Errors
    /// [`OrmError`] when a query fails.
    pub fn step(&mut self, db: &mut Database, clock: &mut Deadline) -> Result<bool, OrmError> {
        if let Some(evaluation) = self.evaluation.as_mut() {
            // The view only builds the queryset; the template's loop
            // evaluates it.
            db.set_origin(Some(self.source.origin("{% for article in articles %}")));
            match evaluation.step(db, clock.at())? {
                Some(articles) => {
                    self.articles = articles;
                    self.evaluation = None;
                }
                None => return Ok(false),
            }
        }
        while let Some(article) = self.articles.get_mut(self.next) {
            let before = self.html.len();
            render_article(db, &self.source, self.template, article, &mut self.html)?;
            self.text.extend(visible_text(&self.html[before..]));
            self.next += 1;
            if clock.passed() {
                break;
            }
        }
        Ok(self.next >= self.articles.len())
    }

    /// Stops, closing a SELECT being read.
    pub fn cancel(&mut self, db: &mut Database) {
        if let Some(evaluation) = self.evaluation.as_mut() {
            evaluation.cancel(db);
        }
        db.set_origin(None);
    }

    /// Articles rendered and in all, for progress.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.articles.len())
    }

    /// The page's HTML and its visible text.
    pub fn finish(self, db: &mut Database) -> (String, Vec<String>) {
        db.set_origin(None);
        (self.html, self.text)
    }
}

fn render_article(
    db: &mut Database,
    source: &Source,
    template: PageTemplate,
    article: &mut Instance,
    html: &mut String,
) -> Result<(), OrmError> {
    let title = escape(&article.display("title"));
    match template {
        PageTemplate::CommentCount | PageTemplate::AnnotatedCount => {
            html.push_str(&format!("\n  <p>제목 : {title}</p>\n"));
            let count = if template == PageTemplate::CommentCount {
                db.set_origin(Some(source.origin("article.comment_set.count")));
                article.reverse_count(db, "comment_set")?.to_string()
            } else {
                article.display("comment__count")
            };
            html.push_str(&format!("  <p>댓글개수 : {}</p>\n  <hr>\n", escape(&count)));
        }
        PageTemplate::Author => {
            db.set_origin(Some(source.origin("article.user.username")));
            let author = escape(&article.forward(db, "user")?.display("username"));
            html.push_str(&format!(
                "\n  <h3>작성자 : {author}</h3>\n  <p>제목 : {title}</p>\n  <hr>\n"
            ));
        }
        PageTemplate::Comments | PageTemplate::CommentsWithAuthors => {
            html.push_str(&format!("\n  <p>제목 : {title}</p>\n  <p>댓글 목록</p>\n"));
            db.set_origin(Some(source.origin("article.comment_set.all")));
            let mut comments = article.reverse_all(db, "comment_set")?;
            for comment in &mut comments {
                let content = escape(&comment.display("content"));
                if template == PageTemplate::Comments {
                    html.push_str(&format!("\n    <p>{content}</p>\n  "));
                } else {
                    db.set_origin(Some(source.origin("comment.user.username")));
                    let author = escape(&comment.forward(db, "user")?.display("username"));
                    html.push_str(&format!("\n    <p>{author} : {content}</p>\n  "));
                }
            }
            html.push_str("\n  <hr>\n");
        }
    }
    Ok(())
}
