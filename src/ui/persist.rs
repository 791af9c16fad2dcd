//! Keeping the learner's state across reloads, without two tabs
//! corrupting it.
//!
//! What is saved, and where:
//! - Data that is the bundled lesson plus follow and like toggles is saved
//!   as its share text (`share::encode`: the view and the toggles, a few
//!   hundred characters) in localStorage, which is read synchronously at
//!   start, so the first render already shows the saved state.
//! - Any other data is saved as the database's SQLite file image in
//!   IndexedDB, and localStorage keeps the view and the image's key. The
//!   share text of a 31 MB dataset would mean dumping and compressing it on
//!   the page's only thread, for seconds, after every change; the image is
//!   one copy out (tens of milliseconds) and one copy back in, whatever the
//!   size. localStorage could not hold it anyway (about 5 MB, as text).
//!   A learner's own project keeps its source files (`settings.py`, each
//!   app's `models.py` and `apps.py`: a few KB) in the record beside the
//!   image's key, so the next visit builds its models again and opens the
//!   image on them.
//!
//! Two tabs: each tab works on its own in-memory database and saves whole
//! snapshots. The localStorage record is one string written at once, and
//! an image is written under a new key before the record points at it, so
//! the last writer wins, whole: a reload opens the last saved state, never
//! a mix of two tabs. A tab does not follow the other's saves live (the
//! `storage` event): swapping the data under a learner mid-lesson would
//! confuse more than it helps. A tab deletes only images it wrote and no
//! longer points at; images left by closed tabs are deleted at a later
//! start once a day old.
//!
//! Storage belongs to the origin, so everything is keyed by the page's
//! path too: two playgrounds hosted on one site under different paths keep
//! their own states.

use std::cell::RefCell;
use std::rc::Rc;

use super::browser::{local_get, local_set};
use super::idb;
use crate::app::{Record, SaveRequest, Saved};
use crate::db::Database;
use crate::project::Sources;
use crate::share::ViewState;

/// The localStorage key of the record, for this page's path.
fn record_key() -> String {
    format!("orm-playground/state/v1:{}", page_path())
}

/// The page's path (`/`, `/some/sub/path/`).
fn page_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}

/// Images older than this that no record points at are deleted at start.
const ORPHAN_AGE_MS: f64 = 24.0 * 3600.0 * 1000.0;

/// The saved record, if any (an unreadable one counts as none).
pub fn load() -> Option<Record> {
    // As bytes, as `share::decode` reads its state: one instantiation of
    // serde_json's reader (and of `ViewState`'s) for both.
    serde_json::from_slice(local_get(&record_key())?.as_bytes()).ok()
}

fn write(record: &Record) {
    if let Ok(text) = serde_json::to_string(record) {
        // Storage off or full: the state simply is not saved.
        let _ = local_set(&record_key(), &text);
    }
}

/// This tab's images.
#[derive(Default)]
struct Images {
    /// The image of the current data: its data version and key.
    current: Option<(u64, String)>,
    /// Keys this tab wrote (only these does it delete).
    own: Vec<String>,
    /// Bumped by every save, so a slow write never overrides a newer one.
    generation: u64,
}

thread_local! {
    static IMAGES: RefCell<Images> = RefCell::new(Images::default());
}

/// Saves what the app state asks to save ([`SaveRequest`]).
pub fn save(request: SaveRequest) {
    match request {
        SaveRequest::Link { lang_chosen, text } => save_link(lang_chosen, text),
        SaveRequest::Image {
            lang_chosen,
            view,
            version,
            project,
            db,
        } => {
            let project = project.map(|p| Box::new(Rc::unwrap_or_clone(p)));
            save_image(lang_chosen, view, project, version, &db);
        }
    }
}

/// Saves lesson-derived data as its share text.
fn save_link(lang_chosen: bool, text: String) {
    let own = IMAGES.with(|images| {
        let mut images = images.borrow_mut();
        images.generation += 1;
        images.current = None;
        std::mem::take(&mut images.own)
    });
    write(&Record {
        lang_chosen,
        saved: Saved::Link(text),
    });
    forget(own);
}

/// Saves other data as a SQLite image (a new one when `version` differs
/// from the saved image's) with `view`, and a project's files with them in
/// the record (one string, written at once: never one tab's image with
/// another's project).
fn save_image(
    lang_chosen: bool,
    view: ViewState,
    project: Option<Box<Sources>>,
    version: u64,
    db: &Rc<RefCell<Database>>,
) {
    let known = IMAGES.with(|images| {
        let mut images = images.borrow_mut();
        images.generation += 1;
        images
            .current
            .as_ref()
            .filter(|(v, _)| *v == version)
            .map(|(_, key)| key.clone())
    });
    if let Some(key) = known {
        write(&Record {
            lang_chosen,
            saved: Saved::Image { view, key, project },
        });
        return;
    }
    let Ok(bytes) = db.try_borrow_mut().map(|mut db| db.to_file_bytes()) else {
        return;
    };
    let Ok(bytes) = bytes else {
        return;
    };
    let key = format!(
        "image-{}-{:08x}@{}",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32,
        page_path()
    );
    let generation = IMAGES.with(|images| images.borrow().generation);
    yew::platform::spawn_local(async move {
        let stored = idb::put(&key, &bytes).await.is_ok();
        drop(bytes);
        let latest = IMAGES.with(|images| images.borrow().generation == generation);
        if !stored || !latest {
            // Superseded (or not stored): nothing points at it.
            let _ = idb::delete_where(|k| k == key).await;
            return;
        }
        write(&Record {
            lang_chosen,
            saved: Saved::Image {
                view,
                key: key.clone(),
                project,
            },
        });
        let old = IMAGES.with(|images| {
            let mut images = images.borrow_mut();
            images.current = Some((version, key.clone()));
            let old = std::mem::take(&mut images.own);
            images.own.push(key);
            old
        });
        forget(old);
    });
}

/// Remembers that the data of `version` is the saved image `key` (just
/// restored from it), so an unchanged dataset is not written again.
pub fn adopt_image(version: u64, key: String) {
    IMAGES.with(|images| images.borrow_mut().current = Some((version, key)));
}

/// Deletes images this tab wrote and no longer needs.
fn forget(keys: Vec<String>) {
    if keys.is_empty() {
        return;
    }
    yew::platform::spawn_local(async move {
        let _ = idb::delete_where(|k| keys.iter().any(|own| own == k)).await;
    });
}

/// Reads a saved image.
///
/// # Errors
/// When IndexedDB fails or the image is gone.
pub async fn read_image(key: &str) -> Result<Vec<u8>, String> {
    idb::get(key)
        .await?
        .ok_or_else(|| format!("the saved data ({key}) is gone"))
}

/// Deletes images no record points at that are a day old (left by tabs
/// that closed before deleting them).
pub fn collect_garbage() {
    let keep = match load() {
        Some(Record {
            saved: Saved::Image { key, .. },
            ..
        }) => Some(key),
        _ => None,
    };
    let now = js_sys::Date::now();
    let ours = format!("@{}", page_path());
    yew::platform::spawn_local(async move {
        let _ = idb::delete_where(|key| {
            if !key.ends_with(&ours) {
                return false;
            }
            let written = key
                .strip_prefix("image-")
                .and_then(|rest| rest.split('-').next())
                .and_then(|ms| ms.parse::<u64>().ok())
                .unwrap_or(0);
            keep.as_deref() != Some(key) && now - written as f64 > ORPHAN_AGE_MS
        })
        .await;
    });
}
