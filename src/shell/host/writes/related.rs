//! Related managers' writes: `create`/`add`/`set` on a reverse foreign key
//! (`article.comment_set`), `add`/`remove`/`clear`/`set` on a many-to-many
//! relation from either side (`like_users`, `followers`), each in the
//! transaction Django opens for it.

use rusqlite::types::Value as Sv;

use super::super::{Kwargs, ShellHost};
use super::{items_of, sv_arg, unsupported, MAX_QUERY_PARAMS};
use crate::models::ModelId;
use crate::orm::sql::m2m::Through;
use crate::orm::sql::update::update_sql;
use crate::orm::sql::{Arg, QuerySet, E};
use crate::python::{HostResult, Thrown, Value};
use crate::shell::objects::{obj, Instance, Manager, Obj, RelatedWrite};

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
        for (k, v) in &kwargs {
            match (&**k, v) {
                ("clear", Value::Bool(b)) => clear = *b,
                _ => return unsupported(format!("set({k}=...)")),
            }
        }
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
                return h.m2m_add(m, through, owner, &objs);
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
                h.m2m_add(m, through, owner, &new)?;
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
