//! The follow and like toggles of the lesson (`exists` and `likes`): the
//! Rust twins of `lessons/exists/*/views.py` (`follow`, `profile` and the
//! profile template) and `lessons/likes/*/views.py`.
//!
//! The variants differ only in how they test membership, which is the
//! lesson: `request.user in qs.all()` fetches every row, `if
//! qs.filter(pk=...)` fetches the matching rows, `.exists()` asks for one.

use rusqlite::types::Value;

use super::render::{escape, Source};
use super::Variant;
use crate::db::Database;
use crate::models::lesson;
use crate::orm::{get, Instance, ManyToManyManager, OrmError};
use crate::query_log::OriginKind;

/// How a view decides whether `request.user` is already in the relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Membership {
    /// `if request.user in manager.all():`
    In,
    /// `if manager.filter(pk=request.user.pk):`
    Filter,
    /// `if manager.filter(pk=request.user.pk).exists():`
    Exists,
}

impl Membership {
    /// Runs the test the way the variant's view writes it.
    fn test(
        self,
        db: &mut Database,
        manager: &ManyToManyManager,
        user_pk: i64,
    ) -> Result<bool, OrmError> {
        match self {
            Membership::In => manager.contains(db, user_pk),
            Membership::Filter => manager.filter_pk_truthy(db, user_pk),
            Membership::Exists => manager.exists_pk(db, user_pk),
        }
    }

    /// The view line holding the test, to attribute its query.
    fn snippet(self) -> &'static str {
        match self {
            Membership::In => "in person.followers.all()",
            Membership::Filter => "if person.followers.filter(pk=request.user.pk):",
            Membership::Exists => "person.followers.filter(pk=request.user.pk).exists()",
        }
    }

    fn likes_snippet(self) -> &'static str {
        match self {
            Membership::In => "in article.like_users.all()",
            Membership::Filter => "if article.like_users.filter(pk=request.user.pk):",
            Membership::Exists => "article.like_users.filter(pk=request.user.pk).exists()",
        }
    }
}

/// What a toggle view did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toggle {
    Added,
    Removed,
    /// Acting on oneself: no write.
    Unchanged,
}

fn view_source(variant: &Variant) -> Source {
    Source {
        kind: OriginKind::View,
        text: variant.view,
    }
}

/// `follow(request, user_pk)`: toggles `request.user` in `person.followers`.
pub fn follow(
    db: &mut Database,
    variant: &Variant,
    membership: Membership,
    acting: &Instance,
    user_pk: i64,
) -> Result<Toggle, OrmError> {
    let view = view_source(variant);
    db.set_origin(Some(
        view.origin_in("def follow(", "User.objects.get(pk=user_pk)"),
    ));
    let person = get(db, lesson::USER, "pk", user_pk)?;
    let mut outcome = Toggle::Unchanged;
    if person.pk() != acting.pk() {
        let followers = person.m2m("followers")?;
        db.set_origin(Some(view.origin_in("def follow(", membership.snippet())));
        if membership.test(db, &followers, acting.pk())? {
            db.set_origin(Some(
                view.origin_in("def follow(", "person.followers.remove(request.user)"),
            ));
            followers.remove(db, acting.pk())?;
            outcome = Toggle::Removed;
        } else {
            db.set_origin(Some(
                view.origin_in("def follow(", "person.followers.add(request.user)"),
            ));
            followers.add(db, acting.pk())?;
            outcome = Toggle::Added;
        }
    }
    db.set_origin(None);
    Ok(outcome)
}

/// `profile(request, username)` and its template; returns the HTML.
pub fn profile(
    db: &mut Database,
    variant: &Variant,
    membership: Membership,
    acting: &Instance,
    username: &str,
) -> Result<String, OrmError> {
    let view = view_source(variant);
    let template = Source {
        kind: OriginKind::Template,
        text: variant.template.unwrap_or_default(),
    };
    db.set_origin(Some(
        view.origin_in("def profile(", "User.objects.get(username=username)"),
    ));
    let person = get(
        db,
        lesson::USER,
        "username",
        Value::Text(username.to_owned()),
    )?;
    let followers = person.m2m("followers")?;
    let followings = person.m2m("followings")?;
    let optimized = membership == Membership::Exists;
    let is_following = if optimized {
        db.set_origin(Some(view.origin_in(
            "def profile(",
            "is_following = person.followers.filter(pk=request.user.pk).exists()",
        )));
        Some(followers.exists_pk(db, acting.pk())?)
    } else {
        None
    };
    let name = escape(&person.display("username"));
    let mut html = format!("<h1>{name}님의 프로필</h1>\n<div>\n");
    let (following_count, follower_count) = if optimized {
        db.set_origin(Some(template.origin("person.followings.count")));
        let a = followings.count(db)?;
        db.set_origin(Some(template.origin("person.followers.count")));
        (a, followers.count(db)?)
    } else {
        db.set_origin(Some(template.origin("person.followings.all|length")));
        let a = followings.length(db)?;
        db.set_origin(Some(template.origin("person.followers.all|length")));
        (a, followers.length(db)?)
    };
    html.push_str(&format!(
        "  팔로잉 : {following_count} / 팔로워 : {follower_count}\n</div>\n"
    ));
    if person.pk() != acting.pk() {
        let following = match is_following {
            Some(known) => known,
            None => {
                db.set_origin(Some(
                    template.origin("{% if request.user in person.followers.all %}"),
                ));
                followers.contains(db, acting.pk())?
            }
        };
        html.push_str(&format!(
            "  <form action=\"/accounts/{}/follow/\" method=\"POST\">\n    \n      <button type=\"submit\">{}</button>\n  </form>\n",
            person.pk(),
            if following { "Unfollow" } else { "Follow" }
        ));
    }
    db.set_origin(None);
    Ok(html)
}

/// `likes(request, article_pk)`: toggles `request.user` in
/// `article.like_users`.
pub fn likes(
    db: &mut Database,
    variant: &Variant,
    membership: Membership,
    acting: &Instance,
    article_pk: i64,
) -> Result<Toggle, OrmError> {
    let view = view_source(variant);
    db.set_origin(Some(view.origin("Article.objects.get(pk=article_pk)")));
    let article = get(db, lesson::ARTICLE, "pk", article_pk)?;
    let like_users = article.m2m("like_users")?;
    db.set_origin(Some(view.origin(membership.likes_snippet())));
    let outcome = if membership.test(db, &like_users, acting.pk())? {
        db.set_origin(Some(view.origin("article.like_users.remove(request.user)")));
        like_users.remove(db, acting.pk())?;
        Toggle::Removed
    } else {
        db.set_origin(Some(view.origin("article.like_users.add(request.user)")));
        like_users.add(db, acting.pk())?;
        Toggle::Added
    };
    db.set_origin(None);
    Ok(outcome)
}
