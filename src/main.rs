//! The playground page: starts the Yew app (see `orm_playground::ui`).

#![deny(clippy::unwrap_used, clippy::expect_used)]

#[cfg(target_arch = "wasm32")]
fn main() {
    orm_playground::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The playground page runs in the browser: `make serve` builds and serves it.");
    std::process::exit(2);
}
