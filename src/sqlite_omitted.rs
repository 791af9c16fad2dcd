//! The parser entry points of the SQL the page's SQLite leaves out.
//!
//! The page's SQLite is built without ANALYZE, REINDEX, views, compound
//! SELECTs and a few more (ALTER TABLE stays, and virtual tables with it,
//! which SQLite's ALTER TABLE needs: a project's `migrate` rebuilds tables
//! as Django's schema editor does, renaming `new__…` tables)
//! (`SQLITE_WASM_RS_FLAGS` in `.cargo/config.toml`): the playground never
//! sends any of them, and leaving them out is about 40 KB less to
//! download. SQLite's amalgamation still carries a parser generated with
//! every feature, whose actions call the functions those options remove;
//! left undefined they would become imports from `"env"` and the page would
//! not load. These are their definitions: each does nothing, so such a
//! statement (were one ever prepared) compiles to no operation instead of
//! crashing the page. Nothing reaches them: the playground's own SQL never
//! uses these statements, and a saved database image whose schema holds
//! anything but tables and indexes is refused before use
//! ([`crate::db::Database::from_file_bytes`]; views cannot be made here,
//! and triggers, which SQLite keeps for foreign keys, are never made
//! either). The signatures are SQLite's
//! (every pointer, `int` and `u8` is an `i32` in wasm32), so the linker
//! joins them to the parser's calls.
//!
//! Natively, rusqlite's bundled SQLite is complete and this module is not
//! built.

#![allow(unsafe_code)]

use std::ffi::{c_int, c_void};

type P = *mut c_void;

macro_rules! omitted {
    ($($name:ident($($arg:ident),*);)*) => {
        $(
            #[no_mangle]
            pub extern "C" fn $name($(_: $arg),*) {}
        )*
    };
}

type I = c_int;

omitted! {
    // CREATE VIEW
    sqlite3CreateView(P, P, P, P, P, P, I, I);
    // ANALYZE, REINDEX
    sqlite3Analyze(P, P, P);
    sqlite3Reindex(P, P, P);
}
