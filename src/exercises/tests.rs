//! The exercises against the real engine and real SQLite: every reference
//! solution passes, every starting program fails on the budget alone, and
//! wrong, hard-coded and failing programs fail on what they got wrong.

use std::sync::OnceLock;

use super::check::{check, Dataset, Failure, HiddenData, OutputCheck, Transcript, Usage, NOW};
use super::{Exercise, EXERCISES};
use crate::db::Database;
use crate::lesson_data::lesson_database;
use crate::report::DiffLine;
use crate::shell;

fn hidden() -> &'static HiddenData {
    static HIDDEN: OnceLock<HiddenData> = OnceLock::new();
    HIDDEN.get_or_init(|| HiddenData::build().expect("hidden data"))
}

fn lesson() -> Database {
    lesson_database("2024-01-01 00:00:00").expect("lesson").0
}

fn reads() -> impl Iterator<Item = &'static Exercise> {
    EXERCISES.iter().filter(|e| !e.writes)
}

fn writes() -> impl Iterator<Item = &'static Exercise> {
    EXERCISES.iter().filter(|e| e.writes)
}

fn on(mut db: Database, code: &str) -> (Transcript, Usage) {
    let run = shell::run(&mut db, code, Some(NOW));
    (Transcript::of(&run), Usage::of(&run))
}

fn reference_passes(exercise: &'static Exercise) {
    let report = check(exercise, exercise.solution, &mut lesson(), hidden()).expect("check");
    assert!(
        report.passed(),
        "{}: the reference fails {:?}: {report:#?}",
        exercise.id,
        report.failures()
    );
}

fn start_fails_only_on_the_budget(exercise: &'static Exercise) {
    let report = check(exercise, exercise.start, &mut lesson(), hidden()).expect("check");
    assert_eq!(
        report.failures(),
        vec![Failure::Budget],
        "{}: {report:#?}",
        exercise.id
    );
    // Over the budget on the lesson data already: what the learner sees.
    assert!(
        !report.current.usage.within(exercise.budget),
        "{}: {:?}",
        exercise.id,
        report.current.usage
    );
}

#[test]
fn the_catalog_follows_the_lecture_with_at_least_twelve_exercises() {
    assert!(EXERCISES.len() >= 12);
    let mut ids: Vec<&str> = EXERCISES.iter().map(|e| e.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), EXERCISES.len(), "ids are unique");
    for exercise in EXERCISES {
        assert!(!exercise.hints.is_empty(), "{}", exercise.id);
        assert_ne!(exercise.start, exercise.solution, "{}", exercise.id);
        let texts = [exercise.title, exercise.task]
            .into_iter()
            .chain(exercise.hints.iter().copied());
        for text in texts {
            assert!(!text.ko.trim().is_empty() && !text.en.trim().is_empty());
            assert!(
                !text.ko.contains("이(가)") && !text.ko.contains(';'),
                "{}: {}",
                exercise.id,
                text.ko
            );
            assert!(
                text.ko.chars().any(|c| ('가'..='힣').contains(&c)) || text.ko == text.en,
                "{}: not Korean: {}",
                exercise.id,
                text.ko
            );
        }
    }
}

#[test]
fn every_reference_solution_passes() {
    reads().for_each(reference_passes);
}

#[test]
fn every_starting_program_fails_only_on_the_budget() {
    reads().for_each(start_fails_only_on_the_budget);
}

#[test]
fn every_writing_reference_solution_passes() {
    writes().for_each(reference_passes);
}

#[test]
fn every_writing_starting_program_fails_only_on_the_budget() {
    writes().for_each(start_fails_only_on_the_budget);
}

#[test]
fn the_hidden_data_changes_every_answer() {
    for exercise in reads() {
        let (lesson_out, _) = on(lesson(), exercise.solution);
        let (hidden_out, _) = on(hidden().fresh().expect("hidden"), exercise.solution);
        assert_eq!(lesson_out.error, None, "{}", exercise.id);
        assert_eq!(hidden_out.error, None, "{}", exercise.id);
        assert!(!hidden_out.stdout.is_empty(), "{}", exercise.id);
        assert_ne!(
            lesson_out.stdout, hidden_out.stdout,
            "{}: a hard-coded answer would pass",
            exercise.id
        );
    }
}

#[test]
fn a_wrong_output_fails_on_both_datasets_with_the_diff() {
    let exercise = super::find("annotate_count").expect("exercise");
    let wrong = "from django.db.models import Count\n\nfor article in Article.objects.annotate(Count('comment')).order_by('pk'):\n    print(article.title, article.comment__count)\n";
    let report = check(exercise, wrong, &mut lesson(), hidden()).expect("check");
    assert_eq!(
        report.failures(),
        vec![
            Failure::Output(Dataset::Current),
            Failure::Output(Dataset::Hidden)
        ]
    );
    let OutputCheck::Differs { diff, .. } = &report.current.output else {
        panic!("{report:#?}");
    };
    // Newest first was asked; oldest first came: the lesson's last article
    // "댓글 없는 글" (no comments) moves from the top to the bottom.
    assert_eq!(
        diff.first(),
        Some(&DiffLine::Removed("댓글 없는 글 0".into()))
    );
    assert_eq!(diff.last(), Some(&DiffLine::Added("댓글 없는 글 0".into())));
}

#[test]
fn a_hard_coded_answer_fails_on_the_hidden_data_only() {
    let exercise = super::find("select_related_author").expect("exercise");
    let (expected, _) = on(lesson(), exercise.solution);
    let hard_coded: String = expected
        .stdout
        .lines()
        .map(|line| format!("print({line:?})\n"))
        .collect();
    let report = check(exercise, &hard_coded, &mut lesson(), hidden()).expect("check");
    assert_eq!(report.failures(), vec![Failure::Output(Dataset::Hidden)]);
    assert_eq!(report.usage().queries, 0);
}

#[test]
fn a_failing_program_fails_cleanly_with_its_error_in_the_diff() {
    let exercise = super::find("annotate_count").expect("exercise");
    let failing =
        "for article in Article.objects.annotate(Count('comment')):\n    print(article.title)\n";
    let report = check(exercise, failing, &mut lesson(), hidden()).expect("check");
    assert_eq!(
        report.failures(),
        vec![
            Failure::Output(Dataset::Current),
            Failure::Output(Dataset::Hidden)
        ]
    );
    let error = report.current.error.as_ref().expect("the learner's error");
    assert_eq!(error.line, 1);
    let OutputCheck::Differs { diff, .. } = &report.current.output else {
        panic!("{report:#?}");
    };
    assert_eq!(
        diff.last(),
        Some(&DiffLine::Added(
            "NameError: name 'Count' is not defined".into()
        ))
    );
    for broken in ["for article in", "while True:\n    pass\n", "x = 1 / 0\n"] {
        let report = check(exercise, broken, &mut lesson(), hidden()).expect("check");
        assert!(!report.passed(), "{broken}");
        assert!(report.current.error.is_some(), "{broken}");
    }
}

#[test]
fn a_check_leaves_the_current_data_as_it_was() {
    let mut db = lesson();
    let before = db.to_file_bytes().expect("image");
    for exercise in EXERCISES {
        check(exercise, exercise.start, &mut db, hidden()).expect("check");
    }
    assert!(db.to_file_bytes().expect("image") == before);
}

#[test]
fn exists_is_judged_by_the_rows_it_reads() {
    let exercise = super::find("exists_follow").expect("exercise");
    let start = check(exercise, exercise.start, &mut lesson(), hidden()).expect("check");
    let solution = check(exercise, exercise.solution, &mut lesson(), hidden()).expect("check");
    assert_eq!(start.usage().queries, solution.usage().queries);
    assert!(start.usage().rows > solution.usage().rows);
}

#[test]
fn a_check_in_tiny_slices_gives_the_same_verdict() {
    use super::check::CheckJob;
    use crate::job::{Job, Step};
    let exercise = super::find("select_and_prefetch").expect("exercise");
    // A loop long enough to span slices, then the naive program.
    let code = format!(
        "n = 0\nfor i in range(20000):\n    n += i\n{}",
        exercise.start
    );
    let mut db = lesson();
    let whole = check(exercise, &code, &mut db, hidden()).expect("check");
    assert_eq!(whole.failures(), vec![Failure::Budget]);
    let mut job = CheckJob::new(exercise, &code, hidden());
    let mut slices = 0;
    let sliced = loop {
        slices += 1;
        // A deadline already passed: the smallest slices there are.
        match job.step(&mut db, web_time::Instant::now()).expect("step") {
            Step::Done(report) => break report,
            Step::Pending(progress) => assert!(progress.done < 4),
        }
    };
    assert!(slices > 4, "{slices}");
    assert_eq!(sliced, whole);
}

#[test]
fn a_flood_of_output_keeps_a_short_diff() {
    let exercise = super::find("annotate_count").expect("exercise");
    let flood = "for i in range(5000):\n    print(i)\n";
    let report = check(exercise, flood, &mut lesson(), hidden()).expect("check");
    let OutputCheck::Differs { diff, more } = &report.current.output else {
        panic!("{report:#?}");
    };
    assert_eq!(diff.len(), super::check::MAX_DIFF_LINES);
    assert!(*more > 4000, "{more}");
}
