//! The Django ORM Query Playground's core.
//!
//! Everything here is plain Rust over rusqlite and builds and tests natively:
//! the lesson's models, Django's schema, the executor with its query log,
//! datetimes as Django handles them, and the app's state and reducer
//! (`app`). The browser UI (`ui`, wasm32 only) and
//! the `manage` command are thin shells over these modules; nothing here
//! imports yew, web-sys or gloo.

// A panic kills the whole wasm app: outside tests, no unwrap or expect.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod analysis;
pub mod app;
pub mod chart;
pub mod code_edit;
pub mod cost_model;
mod cursor;
pub mod dataset;
pub mod datetime;
pub mod db;
pub mod decimal;
pub mod exercises;
pub mod fixtures;
pub mod highlight;
pub mod i18n;
pub mod job;
pub mod lesson_data;
pub mod limits;
pub mod models;
pub mod orm;
pub mod project;
pub mod python;
pub mod query_log;
pub mod report;
pub mod scale;
pub mod scenarios;
pub mod schema;
pub mod share;
pub mod shell;
pub mod sort;
#[cfg(target_arch = "wasm32")]
mod sqlite_omitted;
pub mod synth;

#[cfg(target_arch = "wasm32")]
pub mod ui;
