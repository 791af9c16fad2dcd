//! Related managers' writes: `create`/`add`/`set` on a reverse foreign key
//! (`article.comment_set`), `add`/`remove`/`clear`/`set` on a many-to-many
//! relation from either side (`like_users`, `followers`), each in the
//! transaction Django opens for it.

use rusqlite::types::Value as Sv;

use super::super::{Kwargs, ShellHost};
use super::{items_of, sv_arg, unsupported, MAX_QUERY_PARAMS};
use crate::models::{Field, ModelId};
use crate::orm::sql::insert::{insert_sql, OnConflict, Returning};
use crate::orm::sql::m2m::Through;
use crate::orm::sql::update::update_sql;
use crate::orm::sql::{Arg, QuerySet, E};
use crate::python::{HostResult, Thrown, Value};
use crate::shell::objects::{obj, Instance, Manager, Obj, RelatedWrite};

/// `add()`'s keyword arguments through a `through=` model: only
/// `through_defaults`, a dict of field names (Django's own `TypeError`
/// for any other).
fn through_defaults(kwargs: Kwargs) -> HostResult<Kwargs> {
    let mut out = Kwargs::new();
    for (key, value) in kwargs {
        match (&*key, &value) {
            ("through_defaults", Value::None) => {}
            ("through_defaults", Value::Dict(dict)) => {
                for (k, v) in dict.borrow().entries() {
                    let Value::Str(name) = k else {
                        return unsupported("through_defaults with keys other than field names");
                    };
                    out.push((name.clone(), v.clone()));
                }
            }
            ("through_defaults", _) => return unsupported("through_defaults other than a dict"),
            _ => {
                return Err(Thrown::type_error(format!(
                    "create_forward_many_to_many_manager.<locals>.ManyRelatedManager.add() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    Ok(out)
}

impl ShellHost<'_> {
    /// A related manager's writes: `create()` on a reverse foreign key,
    /// `add`/`remove`/`clear`/`set` on a many-to-many relation.
    pub(in crate::shell) fn related_write(
        &mut self,
        m: &Manager,
        name: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        match (m.write.clone(), name) {
            (Some(RelatedWrite::ForeignKey { field, owner, .. }), "create") => {
                self.create(m.model, args, kwargs, Some((field, owner)))
            }
            (Some(RelatedWrite::ForeignKey { field, owner, .. }), "add" | "set") => {
                self.fk_add(m, field, owner, name, args, kwargs)
            }
            (Some(RelatedWrite::ManyToMany { through, owner_pk }), "add") if through.explicit => {
                let defaults = through_defaults(kwargs)?;
                self.atomic(false, |h| {
                    h.through_add(m, through, owner_pk, &args, defaults)
                })?;
                Ok(Value::None)
            }
            (Some(RelatedWrite::ManyToMany { through, owner_pk }), "create")
                if through.explicit =>
            {
                // The target created as `Model.objects.create` does, then
                // `add(new_obj, through_defaults=…)`.
                let (defaults, kwargs): (Kwargs, Kwargs) = kwargs
                    .into_iter()
                    .partition(|(k, _)| &**k == "through_defaults");
                let defaults = through_defaults(defaults)?;
                let created = self.create(m.model, args, kwargs, None)?;
                let target = std::slice::from_ref(&created);
                self.atomic(false, |h| {
                    h.through_add(m, through, owner_pk, target, defaults)
                })?;
                Ok(created)
            }
            (Some(RelatedWrite::ManyToMany { through, owner_pk }), _) => {
                if !kwargs.is_empty() && name != "set" {
                    return unsupported(format!("{name}() with keyword arguments"));
                }
                match name {
                    "add" => {
                        self.atomic(false, |h| h.m2m_add(m, through, owner_pk, &args))?;
                        Ok(Value::None)
                    }
                    "remove" => {
                        if args.is_empty() {
                            return Ok(Value::None);
                        }
                        let ids = self.target_ids(m.model, &args, false)?;
                        self.atomic(false, |h| h.send_write(through.remove_sql(owner_pk, &ids)))?;
                        Ok(Value::None)
                    }
                    "clear" => {
                        if !args.is_empty() {
                            return Err(Thrown::type_error(format!(
                                "clear() takes 1 positional argument but {} were given",
                                args.len() + 1
                            )));
                        }
                        self.atomic(false, |h| h.send_write(through.clear_sql(owner_pk)))?;
                        Ok(Value::None)
                    }
                    "set" => self.m2m_set(m, through, owner_pk, args, kwargs),
                    _ => unsupported(format!("{name}() on a many-to-many manager")),
                }
            }
            _ => unsupported(format!("{name}() on a reverse foreign key manager")),
        }
    }

    /// `add(*objs, bulk=True)` and `set(objs)` of a reverse foreign key
    /// that cannot be null: every object gets the owner, then one UPDATE
    /// of their keys (or a `save()` each with `bulk=False`).
    pub(in crate::shell) fn fk_add(
        &mut self,
        m: &Manager,
        field: &'static str,
        owner: Value,
        name: &str,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        let mut bulk = true;
        for (k, v) in &kwargs {
            match (&**k, v) {
                ("bulk", Value::Bool(b)) => bulk = *b,
                ("clear", Value::Bool(_)) if name == "set" => {}
                _ => return unsupported(format!("{name}({k}=...)")),
            }
        }
        let objs = if name == "set" {
            match args.first().map(|v| (items_of(v), v)) {
                Some((Some(items), _)) => items,
                Some((None, v)) => match obj(v) {
                    Some(Obj::QuerySet(q)) => {
                        self.eval_cache(q, crate::query_log::ManagerRead::All)?
                    }
                    _ => return unsupported(format!("set() of a {}", v.type_name())),
                },
                None => {
                    return Err(Thrown::type_error(
                        "set() missing 1 required positional argument: 'objs'",
                    ))
                }
            }
        } else {
            args
        };
        if !bulk {
            return self.atomic(false, |h| {
                for o in &objs {
                    let i = h.fk_object(m, o)?;
                    h.set_field(i, field, owner.clone())?;
                    h.save_table(i, None, false)?;
                }
                Ok(Value::None)
            });
        }
        let mut pks = Vec::new();
        for o in &objs {
            let i = self.fk_object(m, o)?;
            self.set_field(i, field, owner.clone())?;
            match i.pk() {
                Value::Int(pk) => pks.push(Arg::Int(pk)),
                _ => {
                    let shown = self.repr_value(o)?;
                    return Err(Thrown::value_error(format!(
                        "{shown} instance isn't saved. Use bulk=False or save the object first."
                    )));
                }
            }
        }
        let Some(f) = self.reg.model(m.model).field(field) else {
            return unsupported(format!("{name}() on this manager"));
        };
        let qs = self.q(QuerySet::new(self.reg, m.model)
            .filter(Vec::new(), vec![("pk__in".to_owned(), Arg::List(pks))]))?;
        let key = sv_arg(self.db_param(f, &owner)?);
        if let Some(sql) = self.q(update_sql(&qs, &[(&f.column, E::Value(key))]))? {
            self.send_write(sql)?;
        }
        Ok(Value::None)
    }

    /// An object `add()` takes on a reverse foreign key: an instance of
    /// the manager's model.
    pub(in crate::shell) fn fk_object<'v>(
        &mut self,
        m: &Manager,
        o: &'v Value,
    ) -> HostResult<&'v Instance> {
        match obj(o) {
            Some(Obj::Instance(i)) if i.model == m.model => Ok(i),
            _ => {
                let shown = self.repr_value(o)?;
                Err(Thrown::type_error(format!(
                    "'{}' instance expected, got {shown}",
                    self.reg.model(m.model).object_name
                )))
            }
        }
    }

    pub(in crate::shell) fn m2m_add(
        &mut self,
        m: &Manager,
        through: Through,
        owner: i64,
        args: &[Value],
    ) -> HostResult<()> {
        let ids = self.target_ids(m.model, args, true)?;
        // `bulk_create` of two-column rows: 999 // 2 rows a statement.
        for batch in ids.chunks(MAX_QUERY_PARAMS / 2) {
            if let Some(sql) = through.add_sql(owner, batch) {
                self.send_write(sql)?;
            }
        }
        Ok(())
    }

    /// `add(*objs, through_defaults=…)` through a `through=` model
    /// (`_add_items` without its fast path): the targets already there
    /// read, then the missing ones made intermediate objects with the
    /// defaults and both keys and inserted as `bulk_create` inserts them.
    /// The ids go in the order Python's set of them iterates.
    pub(in crate::shell) fn through_add(
        &mut self,
        m: &Manager,
        through: Through,
        owner: i64,
        args: &[Value],
        defaults: Kwargs,
    ) -> HostResult<()> {
        let mut ids = Vec::new();
        for a in args {
            ids.extend(self.target_ids(m.model, std::slice::from_ref(a), true)?);
        }
        let ids = crate::python::pyset::int_set_order(&ids);
        if ids.is_empty() {
            return Ok(());
        }
        let reg = self.reg;
        let Some(model) = reg.models().find(|x| x.db_table == through.table) else {
            return unsupported("add() on this many-to-many manager");
        };
        if !model.ordering.is_empty() {
            return unsupported("add() through a through= model with Meta.ordering");
        }
        let name_of = |column: &str| {
            model
                .fields
                .iter()
                .find(|f| f.column == column)
                .map(|f| f.name.clone())
        };
        let (Some(owner_name), Some(target_name)) = (
            name_of(through.owner_column),
            name_of(through.target_column),
        ) else {
            return unsupported("add() on this many-to-many manager");
        };
        let (owner_key, target_key) = (format!("{owner_name}_id"), format!("{target_name}_id"));
        // `values_list(target, flat=True).filter(**{source: owner,
        // target + "__in": ids})`: Q sorts its keyword arguments.
        let quote = crate::orm::sql::compiler::quote;
        let t = quote(through.table);
        let marks = vec!["%s"; ids.len()].join(", ");
        let owner_test = (
            owner_name.clone(),
            format!("{t}.{} = %s", quote(through.owner_column)),
            vec![Sv::Integer(owner)],
        );
        let target_test = (
            format!("{target_name}__in"),
            format!("{t}.{} IN ({marks})", quote(through.target_column)),
            ids.iter().map(|id| Sv::Integer(*id)).collect::<Vec<_>>(),
        );
        let mut tests = [owner_test, target_test];
        tests.sort_by(|a, b| a.0.cmp(&b.0));
        let [(_, first, first_params), (_, second, second_params)] = tests;
        let mut params = first_params;
        params.extend(second_params);
        let rows = self.send((
            format!(
                "SELECT {t}.{} AS {} FROM {t} WHERE ({first} AND {second})",
                quote(through.target_column),
                quote(&target_name)
            ),
            params,
        ))?;
        let there: Vec<i64> = rows
            .iter()
            .filter_map(|row| match row.first() {
                Some(Sv::Integer(id)) => Some(*id),
                _ => None,
            })
            .collect();
        let missing: Vec<i64> = ids.into_iter().filter(|id| !there.contains(id)).collect();
        // `bulk_create` of the intermediate objects: every field but the
        // auto primary key, `pre_save` as an insert, batches of
        // 999 // columns rows, each INSERT ... RETURNING the ids.
        let fields: Vec<&Field> = model
            .fields
            .iter()
            .filter(|f| !f.is_primary_key())
            .collect();
        let now = self.clock();
        let mut rows = Vec::with_capacity(missing.len());
        for target in missing {
            let mut kwargs = defaults.clone();
            kwargs.retain(|(k, _)| **k != *owner_key && **k != *target_key);
            kwargs.push((owner_key.as_str().into(), Value::Int(owner)));
            kwargs.push((target_key.as_str().into(), Value::Int(target)));
            let value = self.construct(model.id, Vec::new(), kwargs)?;
            let Some(Obj::Instance(i)) = obj(&value) else {
                return unsupported("add() on this many-to-many manager");
            };
            let mut row = Vec::with_capacity(fields.len());
            for f in &fields {
                row.push(self.pre_save(i, f, true, now)?);
            }
            rows.push(row);
        }
        let columns: Vec<&str> = fields.iter().map(|f| f.column.as_str()).collect();
        for batch in rows.chunks(MAX_QUERY_PARAMS / columns.len().max(1)) {
            self.send(insert_sql(
                &model.db_table,
                &columns,
                batch,
                OnConflict::Fail,
                Returning::Column(&model.pk().column),
            ))?;
        }
        Ok(())
    }

    /// `set(objs, clear=False)`: the current ids fetched, the missing ones
    /// added and the others removed.
    pub(in crate::shell) fn m2m_set(
        &mut self,
        m: &Manager,
        through: Through,
        owner: i64,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        let mut clear = false;
        let mut defaults = Kwargs::new();
        for (k, v) in &kwargs {
            match (&**k, v) {
                ("clear", Value::Bool(b)) => clear = *b,
                // A `through=` model's new rows get these (`add()` below).
                ("through_defaults", _) if through.explicit => {
                    defaults = through_defaults(vec![(k.clone(), v.clone())])?;
                }
                _ => return unsupported(format!("set({k}=...)")),
            }
        }
        let add = |h: &mut Self, objs: &[Value]| {
            if through.explicit {
                h.through_add(m, through, owner, objs, defaults.clone())
            } else {
                h.m2m_add(m, through, owner, objs)
            }
        };
        let objs = match args.first().map(|v| (items_of(v), v)) {
            Some((Some(items), _)) => items,
            Some((None, v)) => match obj(v) {
                Some(Obj::QuerySet(q)) => self.eval_cache(q, crate::query_log::ManagerRead::All)?,
                _ => return unsupported(format!("set() of a {}", v.type_name())),
            },
            None => {
                return Err(Thrown::type_error(
                    "set() missing 1 required positional argument: 'objs'",
                ))
            }
        };
        self.atomic(false, |h| {
            if clear {
                h.send_write(through.clear_sql(owner))?;
                return add(h, &objs);
            }
            let qs = h.q(m.base.values_list(&["id".to_owned()]))?;
            let mut old: Vec<i64> = match h.q(qs.select_sql())? {
                Some(sql) => h
                    .send(sql)?
                    .into_iter()
                    .filter_map(|r| match r.into_iter().next() {
                        Some(Sv::Integer(n)) => Some(n),
                        _ => None,
                    })
                    .collect(),
                None => Vec::new(),
            };
            let mut new = Vec::new();
            for o in &objs {
                let id = match h
                    .target_ids(m.model, std::slice::from_ref(o), false)?
                    .first()
                {
                    Some(id) => *id,
                    None => continue,
                };
                match old.iter().position(|x| *x == id) {
                    Some(at) => {
                        old.remove(at);
                    }
                    None => new.push(o.clone()),
                }
            }
            if !old.is_empty() {
                crate::sort::sort_by(&mut old, i64::cmp);
                old.dedup();
                h.send_write(through.remove_sql(owner, &old))?;
            }
            if !new.is_empty() {
                add(h, &new)?;
            }
            Ok(())
        })?;
        Ok(Value::None)
    }

    /// The primary keys of `add()`/`remove()`'s arguments (ids or
    /// instances), sorted as Python's set of small ints iterates.
    /// `add()` refuses an instance of another model.
    pub(in crate::shell) fn target_ids(
        &mut self,
        target: ModelId,
        args: &[Value],
        strict: bool,
    ) -> HostResult<Vec<i64>> {
        let mut ids = Vec::new();
        for a in args {
            let id = match (a, obj(a)) {
                (Value::Int(n), _) => *n,
                (Value::Str(s), _) => match s.trim().parse::<i64>() {
                    Ok(n) => n,
                    Err(_) => {
                        return Err(Thrown::value_error(format!(
                            "Field 'id' expected a number but got {}.",
                            crate::python::value::str_repr(s)
                        )))
                    }
                },
                (_, Some(Obj::Instance(i))) if i.model == target || !strict => match i.pk() {
                    Value::Int(n) => n,
                    _ => return unsupported("adding or removing an unsaved instance"),
                },
                (_, Some(Obj::Instance(_))) => {
                    let shown = self.repr_value(a)?;
                    return Err(Thrown::type_error(format!(
                        "'{}' instance expected, got {shown}",
                        self.reg.model(target).object_name
                    )));
                }
                _ => return unsupported(format!("a {} as a related object", a.type_name())),
            };
            ids.push(id);
        }
        crate::sort::sort_by(&mut ids, i64::cmp);
        ids.dedup();
        Ok(ids)
    }
}
