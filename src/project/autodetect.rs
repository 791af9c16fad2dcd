//! What `manage.py makemigrations` writes for a new project: which
//! migrations each app gets (`0001_initial`, sometimes `0002_initial`…),
//! their dependencies, and their operations in order.
//!
//! The order of tables, columns and indexes in the final database follows
//! from this, so it is Django 5.2's autodetector
//! (`django/db/migrations/autodetector.py`) ported step by step rather than
//! approximated: `generate_created_models` (a `CreateModel` per model
//! without its relations, then one `AddField` per relation sorted by name,
//! then `AddIndex`, `AddConstraint`, `AlterUniqueTogether`),
//! `_sort_migrations` (Python's `graphlib.TopologicalSorter`, whose static
//! order goes in waves), `_build_migration_list` (chopping each app's
//! operations where they wait on another app, with its "chop mode" that
//! splits an app into a second migration), and the `MigrationOptimizer`
//! with the `reduce` rules of the five operations involved.

use std::collections::{BTreeMap, BTreeSet};

use crate::models::{Model, ModelId, Registry};

/// A field of a model: concrete (index into [`Model::fields`]) or
/// many-to-many (index into [`Model::many_to_many`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldRef {
    Concrete(usize),
    ManyToMany(usize),
}

/// One migration operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    /// `CreateModel` with its fields in order and the options folded in.
    Create {
        model: ModelId,
        fields: Vec<FieldRef>,
        unique_together: bool,
        indexes: Vec<usize>,
        constraints: Vec<usize>,
    },
    AddField {
        model: ModelId,
        field: FieldRef,
    },
    AddIndex {
        model: ModelId,
        index: usize,
    },
    AddConstraint {
        model: ModelId,
        index: usize,
    },
    AlterUniqueTogether {
        model: ModelId,
    },
}

impl Op {
    /// The model the operation is about.
    pub fn model(&self) -> ModelId {
        match self {
            Op::Create { model, .. }
            | Op::AddField { model, .. }
            | Op::AddIndex { model, .. }
            | Op::AddConstraint { model, .. }
            | Op::AlterUniqueTogether { model } => *model,
        }
    }
}

/// A migration's dependency as `makemigrations` writes it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MigrationDep {
    /// Another project migration: app and 1-based number.
    Own(String, usize),
    /// `swappable_dependency(settings.AUTH_USER_MODEL)`.
    User,
    /// The latest migration of one of Django's apps.
    DjangoLeaf(String),
}

/// One generated migration: `NNNN_initial` of `app`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Migration {
    pub app: String,
    /// 1-based: `0001_initial` is 1.
    pub number: usize,
    pub dependencies: BTreeSet<MigrationDep>,
    pub operations: Vec<Op>,
}

impl Migration {
    /// `0001_initial`.
    pub fn name(&self) -> String {
        format!("{:04}_initial", self.number)
    }
}

/// An `OperationDependency` of type CREATE: a model, or one of its fields.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Dep {
    model: ModelId,
    field: Option<String>,
    /// Written through `settings.AUTH_USER_MODEL`.
    swappable: bool,
}

/// The migrations `makemigrations` creates for `apps` (the project's own
/// app labels) of `registry`.
///
/// # Errors
/// A dependency cycle Django itself cannot resolve (its `ValueError`).
pub fn makemigrations(
    registry: &Registry,
    apps: &[String],
    user: ModelId,
) -> Result<Vec<Migration>, String> {
    let mut generated: BTreeMap<String, Vec<(Op, Vec<Dep>)>> = BTreeMap::new();
    for app in apps {
        generated.insert(app.clone(), generate_created_models(registry, app, user));
    }
    for (app, ops) in generated.iter_mut() {
        let sorted = sort(registry, app, std::mem::take(ops))?;
        *ops = sorted;
    }
    let mut migrations = build_migration_list(registry, generated)?;
    for migration in &mut migrations {
        let ops = std::mem::take(&mut migration.operations);
        migration.operations = optimize(registry, ops);
    }
    Ok(migrations)
}

/// The name of a field of `model`.
pub fn field_name(model: &Model, field: FieldRef) -> &str {
    match field {
        FieldRef::Concrete(i) => model.fields.get(i).map_or("", |f| f.name.as_str()),
        FieldRef::ManyToMany(i) => model.many_to_many.get(i).map_or("", |m| m.name.as_str()),
    }
}

/// The model a field points at, if it is a relation.
fn field_target(model: &Model, field: FieldRef) -> Option<ModelId> {
    match field {
        FieldRef::Concrete(i) => model.fields.get(i).and_then(|f| f.foreign_target()),
        FieldRef::ManyToMany(i) => model.many_to_many.get(i).map(|m| m.to),
    }
}

/// Whether a field refers to `target`: it points at it, or (`through=`)
/// goes through it (`field_references`).
fn field_refers(model: &Model, field: FieldRef, target: ModelId) -> bool {
    field_target(model, field) == Some(target)
        || matches!(field, FieldRef::ManyToMany(i)
            if model.many_to_many.get(i).and_then(|m| m.through) == Some(target))
}

/// `swappable_first_key`, and the autodetector's walk over new models.
fn generate_created_models(registry: &Registry, app: &str, user: ModelId) -> Vec<(Op, Vec<Dep>)> {
    let mut models: Vec<&Model> = registry.models().filter(|m| m.app_label == app).collect();
    let key = |m: &Model| {
        if m.id == user {
            (
                format!("___{}", m.app_label),
                format!("___{}", m.model_name),
            )
        } else {
            (m.app_label.clone(), m.model_name.clone())
        }
    };
    crate::sort::sort_by_key(&mut models, |m| key(m));
    models.reverse();
    let mut ops: Vec<(Op, Vec<Dep>)> = Vec::new();
    for model in models {
        // Inserted one by one: a `collect` into a map compiles a sort of
        // its own (src/sort.rs).
        let mut related: BTreeMap<&str, FieldRef> = BTreeMap::new();
        for (i, f) in model.fields.iter().enumerate() {
            if f.foreign_target().is_some() {
                related.insert(f.name.as_str(), FieldRef::Concrete(i));
            }
        }
        for (i, m) in model.many_to_many.iter().enumerate() {
            related.insert(m.name.as_str(), FieldRef::ManyToMany(i));
        }
        let fields = model
            .fields
            .iter()
            .enumerate()
            .filter(|(_, f)| f.foreign_target().is_none())
            .map(|(i, _)| FieldRef::Concrete(i))
            .collect();
        ops.insert(
            0,
            (
                Op::Create {
                    model: model.id,
                    fields,
                    unique_together: false,
                    indexes: Vec::new(),
                    constraints: Vec::new(),
                },
                Vec::new(),
            ),
        );
        let created = Dep {
            model: model.id,
            field: None,
            swappable: false,
        };
        for field in related.values() {
            let target = field_target(model, *field).unwrap_or(model.id);
            let mut deps = vec![Dep {
                model: target,
                field: None,
                swappable: target == user,
            }];
            // `_get_dependencies_for_foreign_key`: a `through=` model too.
            if let FieldRef::ManyToMany(i) = field {
                if let Some(through) = model.many_to_many.get(*i).and_then(|m| m.through) {
                    deps.push(Dep {
                        model: through,
                        field: None,
                        swappable: false,
                    });
                }
            }
            deps.push(created.clone());
            ops.push((
                Op::AddField {
                    model: model.id,
                    field: *field,
                },
                deps,
            ));
        }
        let mut related_deps: Vec<Dep> = related
            .keys()
            .map(|name| Dep {
                model: model.id,
                field: Some((*name).to_owned()),
                swappable: false,
            })
            .collect();
        related_deps.push(created);
        for index in 0..model.indexes.len() {
            ops.push((
                Op::AddIndex {
                    model: model.id,
                    index,
                },
                related_deps.clone(),
            ));
        }
        for index in 0..model.unique_constraints.len() {
            ops.push((
                Op::AddConstraint {
                    model: model.id,
                    index,
                },
                related_deps.clone(),
            ));
        }
        if !model.unique_together.is_empty() {
            ops.push((
                Op::AlterUniqueTogether { model: model.id },
                related_deps.clone(),
            ));
        }
    }
    ops
}

/// `check_dependency` for CREATE dependencies.
fn satisfies(registry: &Registry, op: &Op, dep: &Dep) -> bool {
    match (&dep.field, op) {
        (None, Op::Create { model, .. }) => *model == dep.model,
        (None, _) => false,
        (Some(name), Op::Create { model, fields, .. }) => {
            *model == dep.model
                && fields
                    .iter()
                    .any(|f| field_name(registry.model(*model), *f) == name)
        }
        (Some(name), Op::AddField { model, field }) => {
            *model == dep.model && field_name(registry.model(*model), *field) == name
        }
        _ => false,
    }
}

/// `_sort_migrations`: `graphlib.TopologicalSorter(...).static_order()`
/// over the app's operations and their same-app dependencies.
fn sort(
    registry: &Registry,
    app: &str,
    ops: Vec<(Op, Vec<Dep>)>,
) -> Result<Vec<(Op, Vec<Dep>)>, String> {
    // Nodes in insertion order: npredecessors and successors.
    let mut order: Vec<usize> = Vec::new();
    let mut npred = vec![0usize; ops.len()];
    let mut successors: Vec<Vec<usize>> = vec![Vec::new(); ops.len()];
    let mut seen = vec![false; ops.len()];
    let mut touch = |node: usize, order: &mut Vec<usize>| {
        if !seen[node] {
            seen[node] = true;
            order.push(node);
        }
    };
    for (i, (_, deps)) in ops.iter().enumerate() {
        touch(i, &mut order);
        for dep in deps {
            if registry.model(dep.model).app_label != app {
                continue;
            }
            let preds: Vec<usize> = ops
                .iter()
                .enumerate()
                .filter(|(_, (op, _))| satisfies(registry, op, dep))
                .map(|(j, _)| j)
                .collect();
            npred[i] += preds.len();
            for pred in preds {
                touch(pred, &mut order);
                successors[pred].push(i);
            }
        }
    }
    let mut ready: Vec<usize> = order.iter().copied().filter(|&n| npred[n] == 0).collect();
    let mut out = Vec::with_capacity(ops.len());
    while !ready.is_empty() {
        let group = std::mem::take(&mut ready);
        for &node in &group {
            for &succ in &successors[node] {
                npred[succ] -= 1;
                if npred[succ] == 0 {
                    ready.push(succ);
                }
            }
        }
        out.extend(group);
    }
    if out.len() != ops.len() {
        return Err(format!(
            "the models of '{app}' depend on each other in a cycle"
        ));
    }
    let mut slots: Vec<Option<(Op, Vec<Dep>)>> = ops.into_iter().map(Some).collect();
    Ok(out.into_iter().filter_map(|i| slots[i].take()).collect())
}

/// `_build_migration_list`.
fn build_migration_list(
    registry: &Registry,
    mut generated: BTreeMap<String, Vec<(Op, Vec<Dep>)>>,
) -> Result<Vec<Migration>, String> {
    let mut migrations: BTreeMap<String, Vec<Migration>> = BTreeMap::new();
    let mut num_ops: usize = generated.values().map(Vec::len).sum();
    let mut chop_mode = false;
    while num_ops > 0 {
        let apps: Vec<String> = generated.keys().cloned().collect();
        for app in apps {
            let mut chopped = Vec::new();
            let mut dependencies = BTreeSet::new();
            let pending = generated.get(&app).cloned().unwrap_or_default();
            for (op, deps) in pending {
                let entry = (op, deps);
                let deps = &entry.1;
                let mut satisfied = true;
                let mut op_deps = BTreeSet::new();
                for dep in deps {
                    let dep_app = registry.model(dep.model).app_label.clone();
                    if dep_app == app {
                        continue;
                    }
                    let waiting = generated.get(&dep_app).is_some_and(|ops| {
                        ops.iter().any(|(other, _)| satisfies(registry, other, dep))
                    });
                    if waiting {
                        satisfied = false;
                        break;
                    }
                    if dep.swappable {
                        op_deps.insert(MigrationDep::User);
                    } else if let Some(list) = migrations.get(&dep_app) {
                        op_deps.insert(MigrationDep::Own(dep_app.clone(), list.len()));
                    } else if chop_mode {
                        op_deps.insert(MigrationDep::DjangoLeaf(dep_app.clone()));
                    } else {
                        satisfied = false;
                    }
                }
                if satisfied {
                    chopped.push(entry);
                    dependencies.extend(op_deps);
                    if let Some(ops) = generated.get_mut(&app) {
                        ops.remove(0);
                    }
                } else {
                    break;
                }
            }
            if !dependencies.is_empty() || !chopped.is_empty() {
                let rest_empty = generated.get(&app).is_none_or(Vec::is_empty);
                if rest_empty || chop_mode {
                    let list = migrations.entry(app.clone()).or_default();
                    let number = list.len() + 1;
                    if number > 1 {
                        dependencies.insert(MigrationDep::Own(app.clone(), number - 1));
                    }
                    list.push(Migration {
                        app: app.clone(),
                        number,
                        dependencies,
                        operations: chopped.into_iter().map(|(op, _)| op).collect(),
                    });
                    chop_mode = false;
                } else if let Some(ops) = generated.get_mut(&app) {
                    // Not a whole app and not chop mode: put them back.
                    chopped.append(ops);
                    *ops = chopped;
                }
            }
        }
        let new_num_ops: usize = generated.values().map(Vec::len).sum();
        if new_num_ops == num_ops {
            if chop_mode {
                return Err("cannot resolve operation dependencies".into());
            }
            chop_mode = true;
        }
        num_ops = new_num_ops;
    }
    Ok(migrations.into_values().flatten().collect())
}

/// What `a.reduce(b)` returns: replacement operations, or whether `a`
/// can be optimized across `b`.
enum Reduced {
    Into(Vec<Op>),
    Across(bool),
}

/// `MigrationOptimizer.optimize`: `optimize_inner` until nothing changes.
fn optimize(registry: &Registry, mut ops: Vec<Op>) -> Vec<Op> {
    loop {
        let next = optimize_inner(registry, &ops);
        if next == ops {
            return next;
        }
        ops = next;
    }
}

fn optimize_inner(registry: &Registry, ops: &[Op]) -> Vec<Op> {
    let mut out = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        let mut right = true;
        let mut reduced_here = false;
        for (j, other) in ops[i + 1..].iter().enumerate() {
            match reduce(registry, op, other) {
                Reduced::Into(result) => {
                    let in_between = &ops[i + 1..i + j + 1];
                    if right {
                        out.extend_from_slice(in_between);
                        out.extend(result);
                    } else if in_between.iter().all(|between| {
                        matches!(reduce(registry, between, other), Reduced::Across(true))
                    }) {
                        out.extend(result);
                        out.extend_from_slice(in_between);
                    } else {
                        out.push(op.clone());
                        reduced_here = true;
                        break;
                    }
                    out.extend_from_slice(&ops[i + j + 2..]);
                    return out;
                }
                Reduced::Across(false) => right = false,
                Reduced::Across(true) => {}
            }
        }
        if !reduced_here {
            out.push(op.clone());
        }
    }
    out
}

fn reduce(registry: &Registry, a: &Op, b: &Op) -> Reduced {
    match a {
        Op::Create {
            model,
            fields,
            unique_together,
            indexes,
            constraints,
        } => {
            let folded = |fields: Vec<FieldRef>,
                          unique_together: bool,
                          indexes: Vec<usize>,
                          constraints: Vec<usize>| {
                Reduced::Into(vec![Op::Create {
                    model: *model,
                    fields,
                    unique_together,
                    indexes,
                    constraints,
                }])
            };
            match b {
                Op::AlterUniqueTogether { model: m } if m == model => {
                    folded(fields.clone(), true, indexes.clone(), constraints.clone())
                }
                Op::AddField { model: m, field } if m == model => {
                    let mut fields = fields.clone();
                    fields.push(*field);
                    folded(
                        fields,
                        *unique_together,
                        indexes.clone(),
                        constraints.clone(),
                    )
                }
                Op::AddIndex { model: m, index } if m == model => {
                    let mut indexes = indexes.clone();
                    indexes.push(*index);
                    folded(
                        fields.clone(),
                        *unique_together,
                        indexes,
                        constraints.clone(),
                    )
                }
                Op::AddConstraint { model: m, index } if m == model => {
                    let mut constraints = constraints.clone();
                    constraints.push(*index);
                    folded(
                        fields.clone(),
                        *unique_together,
                        indexes.clone(),
                        constraints,
                    )
                }
                _ => Reduced::Across(!references_model(registry, b, *model)),
            }
        }
        Op::AddField { model, field } => {
            let name = field_name(registry.model(*model), *field);
            Reduced::Across(!references_field(registry, b, *model, name))
        }
        Op::AddIndex { .. } | Op::AddConstraint { .. } => Reduced::Across(false),
        Op::AlterUniqueTogether { model } => {
            Reduced::Across(!references_model(registry, b, *model))
        }
    }
}

fn references_model(registry: &Registry, op: &Op, target: ModelId) -> bool {
    match op {
        Op::Create { model, fields, .. } => {
            *model == target
                || fields
                    .iter()
                    .any(|f| field_refers(registry.model(*model), *f, target))
        }
        Op::AddField { model, field } => {
            *model == target || field_refers(registry.model(*model), *field, target)
        }
        Op::AddIndex { .. } | Op::AddConstraint { .. } => true,
        Op::AlterUniqueTogether { model } => *model == target,
    }
}

fn references_field(registry: &Registry, op: &Op, target: ModelId, name: &str) -> bool {
    match op {
        Op::AddField { model, field } => {
            let meta = registry.model(*model);
            (*model == target && field_name(meta, *field) == name)
                || field_refers(meta, *field, target)
        }
        Op::AlterUniqueTogether { model } => {
            *model == target
                && registry
                    .model(*model)
                    .unique_together
                    .iter()
                    .flatten()
                    .any(|f| f == name)
        }
        _ => references_model(registry, op, target),
    }
}
