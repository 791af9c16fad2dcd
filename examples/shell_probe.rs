//! `scripts/shell-size`'s probe: the page's wasm with `manage shell`
//! reachable, to measure what the interpreter costs the download before the
//! console page ships. It starts the real app, then runs the shell only
//! behind a condition the optimizer cannot decide (it never holds), so
//! nothing of `crate::shell` is optimized away and nothing runs.

#[cfg(target_arch = "wasm32")]
fn main() {
    orm_playground::ui::start();
    if js_sys::Math::random() > 2.0 {
        probe();
    }
}

/// Runs a program the page supplies and shows everything the console page
/// would: stdout, the error's last line, the statements with their lines.
#[cfg(target_arch = "wasm32")]
fn probe() {
    let code: String = js_sys::Date::new_0().to_string().into();
    let Ok(mut db) = orm_playground::db::Database::open_in_memory() else {
        return;
    };
    let run = orm_playground::shell::run(&mut db, &code, None);
    let mut text = run.stdout;
    if let Some(error) = run.error {
        text.push_str(&error.to_string());
    }
    for query in &run.queries {
        text.push_str(&format!("{} {} {}\n", query.line, query.rows, query.sql));
    }
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&text);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("scripts/shell-size builds this for wasm32 only.");
}
