//! The little of IndexedDB the page needs: one object store of byte
//! images by key (put, get, delete, list), each call awaited as a promise.
//!
//! IndexedDB holds what localStorage cannot: a dataset's SQLite image runs
//! to tens of megabytes, and localStorage takes about five, as text, and
//! writes synchronously. See `persist` for what is stored and why.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

use super::browser::describe;

const DB_NAME: &str = "orm-playground";
const STORE: &str = "images";

/// Resolves when `request` succeeds, fails with its error.
async fn done(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await.map_err(|_| {
        request
            .error()
            .ok()
            .flatten()
            .map(|e| e.message())
            .unwrap_or_else(|| "IndexedDB request failed".to_owned())
    })?;
    request.result().map_err(|e| describe(&e))
}

/// Resolves when `tx` has committed (the data is on disk).
async fn committed(tx: &IdbTransaction) -> Result<(), String> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onerror(Some(&reject));
        tx.set_onabort(Some(&reject));
    });
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| "IndexedDB transaction failed".to_owned())
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(|| "IndexedDB is not available".to_owned())?;
    let request = factory
        .open_with_u32(DB_NAME, 1)
        .map_err(|e| describe(&e))?;
    // Kept alive until the open finishes: a dropped closure throws when
    // the browser calls it.
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        let db = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|db| db.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = done(&request).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    db?.dyn_into::<IdbDatabase>()
        .map_err(|_| "IndexedDB gave no database".to_owned())
}

fn store(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, IdbObjectStore), String> {
    let tx = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(|e| describe(&e))?;
    let store = tx.object_store(STORE).map_err(|e| describe(&e))?;
    Ok((tx, store))
}

/// Stores `bytes` under `key`, durably.
///
/// # Errors
/// IndexedDB's message (no storage, quota exceeded, ...).
pub async fn put(key: &str, bytes: &[u8]) -> Result<(), String> {
    let db = open().await?;
    let result = async {
        let (tx, store) = store(&db, IdbTransactionMode::Readwrite)?;
        let value = js_sys::Uint8Array::from(bytes);
        let request = store
            .put_with_key(&value, &JsValue::from_str(key))
            .map_err(|e| describe(&e))?;
        done(&request).await?;
        committed(&tx).await
    }
    .await;
    db.close();
    result
}

/// The bytes stored under `key`, if any.
///
/// # Errors
/// IndexedDB's message.
pub async fn get(key: &str) -> Result<Option<Vec<u8>>, String> {
    let db = open().await?;
    let result = async {
        let (_tx, store) = store(&db, IdbTransactionMode::Readonly)?;
        let request = store
            .get(&JsValue::from_str(key))
            .map_err(|e| describe(&e))?;
        let value = done(&request).await?;
        Ok(value
            .dyn_ref::<js_sys::Uint8Array>()
            .map(js_sys::Uint8Array::to_vec))
    }
    .await;
    db.close();
    result
}

/// Deletes every key `doomed` says to delete.
///
/// # Errors
/// IndexedDB's message.
pub async fn delete_where(doomed: impl Fn(&str) -> bool) -> Result<(), String> {
    let db = open().await?;
    let result = async {
        let (tx, store) = store(&db, IdbTransactionMode::Readwrite)?;
        let keys = done(&store.get_all_keys().map_err(|e| describe(&e))?).await?;
        let keys: Vec<String> = js_sys::Array::from(&keys)
            .iter()
            .filter_map(|k| k.as_string())
            .collect();
        for key in keys.iter().filter(|k| doomed(k)) {
            store
                .delete(&JsValue::from_str(key))
                .map_err(|e| describe(&e))?;
        }
        committed(&tx).await
    }
    .await;
    db.close();
    result
}
