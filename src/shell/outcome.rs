//! What the console page shows of a finished run, computed once in the
//! core: the output without `shell -c`'s auto-import banner (the same two
//! lines before every program, which the page states once instead), the
//! error as Python's last traceback line with its program line, each
//! line's query count for the editor's gutter, and the queries as one
//! request for the query log.

use super::ShellRun;
use crate::scenarios::StepRun;

/// An uncaught exception, syntax error or "not supported" stop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsoleError {
    /// The 1-based program line.
    pub line: u32,
    /// Python's last traceback line (`NameError: name 'x' is not defined`).
    pub text: String,
}

/// A finished run as the console shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsoleRun {
    /// What the program printed.
    pub stdout: String,
    pub error: Option<ConsoleError>,
    /// `(line, queries)` for every program line that sent a query, by line.
    pub line_counts: Vec<(u32, usize)>,
    /// The queries, as one request of the query log (each query's origin
    /// is its program line).
    pub step: StepRun,
}

impl ConsoleRun {
    pub fn of(run: ShellRun) -> ConsoleRun {
        // The console shows the program's output, not `manage shell`'s
        // banner (its first paragraph, whatever the model count).
        let stdout = match run
            .stdout
            .split_once(" imported automatically (use -v 2 for details).\n\n")
        {
            Some((_, rest)) => rest.to_owned(),
            None => run.stdout,
        };
        let error = run.error.map(|e| ConsoleError {
            line: e.line,
            text: e.last_line(),
        });
        let mut line_counts: Vec<(u32, usize)> = Vec::new();
        for query in &run.queries {
            match line_counts.binary_search_by_key(&query.line, |(l, _)| *l) {
                Ok(at) => line_counts[at].1 += 1,
                Err(at) => line_counts.insert(at, (query.line, 1)),
            }
        }
        let step = StepRun {
            registry: run.registry,
            name: "program",
            queries: run.queries.into_iter().map(|q| q.record).collect(),
            html: String::new(),
            result_text: Vec::new(),
        };
        ConsoleRun {
            stdout,
            error,
            line_counts,
            step,
        }
    }

    /// How many queries line `line` sent.
    pub fn count_of(&self, line: u32) -> usize {
        self.line_counts
            .iter()
            .find(|(l, _)| *l == line)
            .map_or(0, |(_, n)| *n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson_data::lesson_database;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn a_loop_line_counts_one_query_per_article_and_errors_name_their_line() {
        let Ok((mut db, _)) = lesson_database("2024-03-08T12:34:56.789012Z") else {
            panic!("lesson database");
        };
        let code = "articles = Article.objects.all()\nfor a in articles:\n    print(a.user.username)\nprint(<script>)";
        let run = ConsoleRun::of(crate::shell::run(&mut db, code, None));
        assert_eq!(run.error.as_ref().map(|e| e.line), Some(4));
        assert_eq!(
            run.error.map(|e| e.text),
            Some("SyntaxError: invalid syntax".to_owned())
        );
        assert!(run.stdout.is_empty(), "a syntax error runs nothing");

        let code = "articles = Article.objects.all()\nfor a in articles:\n    print(a.user.username)\nprint(undefined)";
        let run = ConsoleRun::of(crate::shell::run(&mut db, code, None));
        assert_eq!(run.line_counts, vec![(2, 1), (3, 10)]);
        assert_eq!(run.count_of(3), 10);
        assert_eq!(run.count_of(1), 0, "building a queryset sends nothing");
        assert!(run.stdout.starts_with("admin\n"));
        assert_eq!(run.step.queries.len(), 11);
        let origin = run.step.queries[1].origin.as_ref().map(|o| o.line);
        assert_eq!(origin, Some(3));
        assert_eq!(
            run.error,
            Some(ConsoleError {
                line: 4,
                text: "NameError: name 'undefined' is not defined".to_owned()
            })
        );
    }
}
