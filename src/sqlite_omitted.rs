//! The parser entry points of the SQL the page's SQLite leaves out.
//!
//! The page's SQLite is built without ALTER TABLE, ANALYZE, REINDEX,
//! views, virtual tables, compound SELECTs and a few more
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
    // CREATE VIRTUAL TABLE
    sqlite3VtabArgExtend(P, P);
    sqlite3VtabArgInit(P);
    sqlite3VtabBeginParse(P, P, P, P, I);
    sqlite3VtabFinishParse(P, P);
    // ALTER TABLE
    sqlite3AlterAddConstraint(P, P, P, P, P, I, P);
    sqlite3AlterSetNotNull(P, P, P, P);
    sqlite3AlterDropConstraint(P, P, P, P);
    sqlite3AlterRenameColumn(P, P, P, P);
    sqlite3AlterDropColumn(P, P, P);
    sqlite3AlterBeginAddColumn(P, P);
    sqlite3AlterFinishAddColumn(P, P);
    sqlite3AlterRenameTable(P, P, P);
    // ANALYZE, REINDEX
    sqlite3Analyze(P, P, P);
    sqlite3Reindex(P, P, P);
}
