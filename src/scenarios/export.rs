//! A scenario run as JSON, in the schema `manage scenario --json` prints
//! and the page's "export log" downloads.

use serde_json::{json, Value as Json};

use super::{ScenarioRun, VariantRun};
use crate::analysis::Totals;
use crate::i18n::Lang;
use crate::query_log::QueryRecord;

/// `{"scenario": ..., "variants": {VARIANT: {"code", "query_count",
/// "steps": [{"name", "queries": [...], "result_text"}]}}}`.
pub fn run_to_json(run: &ScenarioRun) -> Json {
    let mut variants = serde_json::Map::new();
    for variant in &run.variants {
        variants.insert(variant.variant.name.to_owned(), variant_to_json(variant));
    }
    let mut out = serde_json::Map::new();
    out.insert("scenario".into(), run.scenario.name().into());
    if let (Some(acting), Some(target)) = (run.acting_user, run.target) {
        out.insert("acting_user".into(), acting.into());
        out.insert("target".into(), target.into());
    }
    out.insert("variants".into(), Json::Object(variants));
    Json::Object(out)
}

fn variant_to_json(variant: &VariantRun) -> Json {
    let records: Vec<QueryRecord> = variant.queries().cloned().collect();
    let totals = Totals::of(&records);
    json!({
        "code": variant.variant.view,
        "template": variant.variant.template,
        "query_count": variant.query_count(),
        "time_ms": totals.ms(),
        "rows": totals.rows,
        "findings": variant.findings().iter().map(|f| crate::i18n::finding_message(f, variant.registry(), Lang::En)).collect::<Vec<_>>(),
        "steps": variant.steps.iter().map(|step| json!({
            "name": step.name,
            "queries": step.queries.iter().map(query_to_json).collect::<Vec<_>>(),
            "result_text": step.result_text,
        })).collect::<Vec<_>>(),
    })
}

/// One query as the CLI prints it.
pub fn query_to_json(record: &QueryRecord) -> Json {
    let mut out = json!({
        "sql": record.sql(),
        "raw_sql": &*record.raw_sql,
        "params": record.params.iter().map(param_to_json).collect::<Vec<_>>(),
        "rows": record.rows,
        "ms": record.ms(),
    });
    if let (Some(origin), Json::Object(map)) = (&record.origin, &mut out) {
        map.insert(
            "origin".into(),
            json!({"kind": origin.kind, "line": origin.line, "snippet": &*origin.snippet}),
        );
    }
    out
}

/// A parameter as JSON (what Django passed to the cursor).
pub fn param_to_json(value: &rusqlite::types::Value) -> Json {
    use rusqlite::types::Value;
    match value {
        Value::Null => Json::Null,
        Value::Integer(i) => (*i).into(),
        Value::Real(r) => (*r).into(),
        Value::Text(s) => s.clone().into(),
        Value::Blob(b) => b
            .iter()
            .map(|x| format!("{x:02x}"))
            .collect::<String>()
            .into(),
    }
}
