//! Programs the console offers: each lesson pattern's variant as a
//! runnable `manage shell` program (the view's queryset, then the
//! template's loop as `print`s), which prints the page's visible text and
//! sends the same queries as the pattern page's column, and the examples
//! menu.
//!
//! Written by hand rather than translated from the view and template: a
//! template's `{{ article.comment_set.count }}` is a call in Python, and the
//! pairing of the two files is easier to read as one short program. A
//! test runs every one against its column.

use crate::i18n::{Lang, Text};
use crate::scenarios::ScenarioId;

/// The queryset each page variant's view builds.
fn queryset(scenario: ScenarioId, variant: &str) -> Option<&'static str> {
    Some(match (scenario, variant) {
        (ScenarioId::Annotate, "naive")
        | (ScenarioId::SelectRelated, "naive")
        | (ScenarioId::PrefetchRelated, "naive")
        | (ScenarioId::SelectAndPrefetch, "naive") => "Article.objects.order_by('-pk')",
        (ScenarioId::Annotate, "optimized") => {
            "Article.objects.annotate(Count('comment')).order_by('-pk')"
        }
        (ScenarioId::SelectRelated, "optimized") => {
            "Article.objects.select_related('user').order_by('-pk')"
        }
        (ScenarioId::PrefetchRelated, "optimized")
        | (ScenarioId::SelectAndPrefetch, "prefetch_only") => {
            "Article.objects.prefetch_related('comment_set').order_by('-pk')"
        }
        (ScenarioId::SelectAndPrefetch, "optimized") => {
            "Article.objects.prefetch_related(\n    Prefetch('comment_set', queryset=Comment.objects.select_related('user'))\n).order_by('-pk')"
        }
        _ => return None,
    })
}

/// The template's loop, as `print`s of the same lines.
fn template_loop(scenario: ScenarioId, variant: &str) -> Option<&'static str> {
    Some(match (scenario, variant) {
        (ScenarioId::Annotate, "naive") => {
            "for article in articles:\n    print(f'제목 : {article.title}')\n    print(f'댓글개수 : {article.comment_set.count()}')\n"
        }
        (ScenarioId::Annotate, _) => {
            "for article in articles:\n    print(f'제목 : {article.title}')\n    print(f'댓글개수 : {article.comment__count}')\n"
        }
        (ScenarioId::SelectRelated, _) => {
            "for article in articles:\n    print(f'작성자 : {article.user.username}')\n    print(f'제목 : {article.title}')\n"
        }
        (ScenarioId::PrefetchRelated, _) => {
            "for article in articles:\n    print(f'제목 : {article.title}')\n    print('댓글 목록')\n    for comment in article.comment_set.all():\n        print(comment.content)\n"
        }
        (ScenarioId::SelectAndPrefetch, _) => {
            "for article in articles:\n    print(f'제목 : {article.title}')\n    print('댓글 목록')\n    for comment in article.comment_set.all():\n        print(f'{comment.user.username} : {comment.content}')\n"
        }
        _ => return None,
    })
}

/// The program of a pattern page's variant (`None` for the follow and
/// like toggles: they write, which the console does not run yet).
pub fn variant_program(scenario: ScenarioId, variant: &str) -> Option<String> {
    let queryset = queryset(scenario, variant)?;
    let body = template_loop(scenario, variant)?;
    let mut imports = Vec::new();
    if queryset.contains("Count(") {
        imports.push("Count");
    }
    if queryset.contains("Prefetch(") {
        imports.push("Prefetch");
    }
    let imports = if imports.is_empty() {
        String::new()
    } else {
        format!("from django.db.models import {}\n\n", imports.join(", "))
    };
    Some(format!(
        "# {} · {variant}\n{imports}articles = {queryset}\n\n{body}",
        scenario.name()
    ))
}

/// An entry of the examples menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Example {
    /// A lesson pattern's variant (its page's program).
    Variant(ScenarioId, &'static str),
    /// The follow button's question: does the learner follow this user?
    FollowCheck,
    /// Counting with `aggregate` and `annotate`.
    Aggregation,
    /// A write and the deletion collector's cascade, inside one
    /// transaction that leaves the data as it was.
    WriteCascade,
}

/// The menu, in lesson order: each pattern naive then fixed, then the
/// follow check, aggregation and a write.
pub const EXAMPLES: [Example; 11] = [
    Example::Variant(ScenarioId::Annotate, "naive"),
    Example::Variant(ScenarioId::Annotate, "optimized"),
    Example::Variant(ScenarioId::SelectRelated, "naive"),
    Example::Variant(ScenarioId::SelectRelated, "optimized"),
    Example::Variant(ScenarioId::PrefetchRelated, "naive"),
    Example::Variant(ScenarioId::PrefetchRelated, "optimized"),
    Example::Variant(ScenarioId::SelectAndPrefetch, "naive"),
    Example::Variant(ScenarioId::SelectAndPrefetch, "optimized"),
    Example::FollowCheck,
    Example::Aggregation,
    Example::WriteCascade,
];

const FOLLOW_CHECK: &str = "me = User.objects.get(pk=2)
person = User.objects.get(pk=1)

# {naive}
print(me in person.followers.all())

# {fixed}
print(person.followers.filter(pk=me.pk).exists())
";

const AGGREGATION: &str = "from django.db.models import Avg, Count

print(Article.objects.aggregate(articles=Count('pk', distinct=True), comments=Count('comment')))
print(User.objects.annotate(n=Count('article')).aggregate(Avg('n')))

for user in User.objects.annotate(n=Count('article')).order_by('-n', 'pk'):
    print(user.username, user.n)
";

const WRITE_CASCADE: &str = "from django.db import transaction

with transaction.atomic():
    me = User.objects.get(pk=2)
    article = Article.objects.create(user=me, title='new', content='...')
    Comment.objects.create(article=article, user=me, content='first!')
    article.like_users.add(me)
    print(article.comment_set.count(), article.like_users.count())
    # delete(): the collector finds the comments and likes first
    print(article.delete())
";

impl Example {
    /// Its stable name (`data-example`).
    pub fn id(self) -> String {
        match self {
            Example::Variant(scenario, variant) => format!("{}-{variant}", scenario.name()),
            Example::FollowCheck => "follow-check".into(),
            Example::Aggregation => "aggregation".into(),
            Example::WriteCascade => "write-cascade".into(),
        }
    }

    /// Its name in the menu.
    pub fn title(self, lang: Lang) -> String {
        match self {
            Example::Variant(scenario, variant) => {
                let how = if variant == "naive" {
                    Text::ExampleNaive
                } else {
                    Text::ExampleFixed
                };
                format!("{} · {}", scenario.name(), how.get(lang))
            }
            Example::FollowCheck => Text::ExampleFollowCheck.get(lang).to_owned(),
            Example::Aggregation => Text::ExampleAggregation.get(lang).to_owned(),
            Example::WriteCascade => Text::ExampleWrite.get(lang).to_owned(),
        }
    }

    /// The program, its comments in `lang`.
    pub fn code(self, lang: Lang) -> String {
        match self {
            Example::Variant(scenario, variant) => {
                variant_program(scenario, variant).unwrap_or_default()
            }
            Example::FollowCheck => format!(
                "# {}\n{}",
                self.title(lang),
                FOLLOW_CHECK
                    .replace("{naive}", Text::ExampleFollowNaive.get(lang))
                    .replace("{fixed}", Text::ExampleFollowFixed.get(lang))
            ),
            Example::Aggregation => format!("# {}\n{AGGREGATION}", self.title(lang)),
            Example::WriteCascade => format!("# {}\n{WRITE_CASCADE}", self.title(lang)),
        }
    }
}

/// What the console shows before the learner writes anything.
pub fn first_program() -> String {
    variant_program(ScenarioId::SelectRelated, "naive").unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson_data::lesson_database;
    use crate::scenarios::{self, RunOptions, ScenarioKind};
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    fn printed(stdout: &str) -> Vec<&str> {
        stdout
            .strip_prefix(crate::shell::BANNER)
            .unwrap_or(stdout)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    }

    /// Every page variant's program prints the column's page text and
    /// sends as many queries, line by line of the same kind.
    #[test]
    fn each_variant_program_matches_its_column() {
        let Ok((mut db, _)) = lesson_database("2024-03-08T12:34:56.789012Z") else {
            panic!("lesson database");
        };
        let mut checked = 0;
        for scenario in ScenarioId::ALL {
            let run = scenarios::run(&mut db, scenario, &RunOptions::default());
            let Ok(run) = run else {
                panic!("{scenario:?}: {run:?}");
            };
            for variant in &run.variants {
                let program = variant_program(scenario, variant.variant.name);
                let Some(program) = program else {
                    assert_eq!(scenario.kind(), ScenarioKind::Toggle);
                    continue;
                };
                let shell = crate::shell::run(&mut db, &program, None);
                let name = format!("{}/{}", scenario.name(), variant.variant.name);
                assert_eq!(shell.error, None, "{name}");
                assert_eq!(shell.queries.len(), variant.query_count(), "{name}");
                let sql: Vec<String> = variant.queries().map(|q| q.sql()).collect();
                let shell_sql: Vec<String> = shell.queries.iter().map(|q| q.sql.clone()).collect();
                assert_eq!(shell_sql, sql, "{name}");
                assert_eq!(printed(&shell.stdout), variant.result_text(), "{name}");
                checked += 1;
            }
        }
        assert_eq!(checked, 9);
    }

    #[test]
    fn every_example_runs_without_error_in_both_languages() {
        let Ok((mut db, _)) = lesson_database("2024-03-08T12:34:56.789012Z") else {
            panic!("lesson database");
        };
        for example in EXAMPLES {
            for lang in [Lang::Ko, Lang::En] {
                let run = crate::shell::run(&mut db, &example.code(lang), None);
                assert_eq!(run.error, None, "{}", example.id());
                assert!(!run.queries.is_empty(), "{}", example.id());
                assert!(!example.title(lang).is_empty());
            }
        }
    }
}
