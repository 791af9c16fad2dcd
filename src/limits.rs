//! Every size limit in one place, so messages can quote them and tests can
//! reach them.
//!
//! The limits keep a hostile upload or share link from exhausting the
//! browser tab's memory; they sit well above what a classroom Django project
//! produces (the 31 MB benchmark fixture loads).

/// Largest fixture file accepted, compressed or not.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// Largest a single file may grow to when decompressed (bombs stop here).
pub const MAX_DECOMPRESSED_BYTES: usize = 96 * 1024 * 1024;

/// Most objects one `loaddata` accepts across all its files.
pub const MAX_OBJECTS: usize = 300_000;

/// Longest share link text accepted. Browsers accept URLs of about 2 MB;
/// anything longer was not written by the playground.
pub const MAX_LINK_CHARS: usize = 2 * 1024 * 1024;

/// Links longer than this are offered as a playground file instead: chat
/// apps and mail clients cut or mangle longer URLs.
pub const SHAREABLE_LINK_CHARS: usize = 8_000;

/// Most source files (`settings.py`, each app's `models.py` and `apps.py`)
/// and app folders a learner's project may have: a share link or saved
/// state carries them, and each is parsed. A class project has a handful.
pub const MAX_PROJECT_FILES: usize = 200;

/// Largest one of a project's source files may be (a models.py of a few
/// hundred models is well under it).
pub const MAX_PROJECT_FILE_BYTES: usize = 512 * 1024;

/// Largest a link's or playground file's contents may expand to.
pub const MAX_LINK_DECOMPRESSED_BYTES: usize = 64 * 1024 * 1024;

/// "64 MB" for messages.
pub fn describe_bytes(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        format!("{} MB", bytes / (1024 * 1024))
    } else if bytes >= 1024 {
        format!("{} KB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}

/// At most this many characters of an input value go into a message: a
/// hostile file's megabyte-long "pk" should not become a megabyte-long
/// error.
pub const EXCERPT_CHARS: usize = 80;

/// `text`, cut to [`EXCERPT_CHARS`] characters with `…` if it was longer.
/// Here, beside the other limits, so that every module quoting input (the
/// fixture errors, the datetime parser) shares it without depending on
/// each other.
pub fn excerpt(text: &str) -> String {
    match text.char_indices().nth(EXCERPT_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// Statements one `manage shell` program may send: far above any N+1 on the
/// scale lab's largest data, low enough that an endless loop that queries
/// ends in seconds rather than running out the interpreter's step budget.
pub const MAX_SHELL_QUERIES: usize = 20_000;

/// The longest console program a share link or the saved state may bring
/// (characters): far above anything typed, small enough to keep the
/// editor and its highlighting instant.
pub const MAX_PROGRAM_CHARS: usize = 50_000;
