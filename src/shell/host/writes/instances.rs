//! Model instances written: `Model(**kwargs)` with Django's defaults,
//! attribute assignment (a related object sets its key), the values Django
//! prepares for the database, `save()` (UPDATE, else INSERT ... RETURNING,
//! with `auto_now`/`auto_now_add` from the run's clock), `create()` and
//! `refresh_from_db()`.

use std::cell::RefCell;
use std::rc::Rc;

use rusqlite::types::Value as Sv;

use super::super::{Kwargs, ShellHost};
use super::{cache, items_of, put, sv_arg, take, unsupported};
use crate::models::{AutoNow, Field, FieldDefault, FieldKind, ModelId};
use crate::orm::sql::insert::{insert_sql, OnConflict, Returning};
use crate::orm::sql::update::update_sql;
use crate::orm::sql::{QuerySet, E};
use crate::python::value::{int_float, int_text, FloatToInt, IntText};
use crate::python::{HostResult, Thrown, Value};
use crate::shell::dates::Date;
use crate::shell::objects::{obj, wrap, DateTime, Instance, Obj, QsObj, RowKind};

/// A counter mixed into each `uuid.uuid4()` default, so two made in the
/// same microsecond differ.
fn next_uuid() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static MADE: AtomicU64 = AtomicU64::new(0);
    MADE.fetch_add(1, Ordering::Relaxed)
}

impl ShellHost<'_> {
    /// What `timezone.now()` returns to auto fields: `--now`, else the
    /// clock.
    pub(in crate::shell) fn clock(&self) -> DateTime {
        self.now.unwrap_or_else(|| {
            DateTime::parse(&crate::datetime::Timestamp::now().to_storage()).unwrap_or(DateTime {
                year: 1970,
                month: 1,
                day: 1,
                hour: 0,
                minute: 0,
                second: 0,
                micro: 0,
                aware: true,
            })
        })
    }

    /// `Model(**kwargs)`: every field set, from the arguments or its
    /// default, the primary key `None`.
    pub(in crate::shell) fn construct(
        &mut self,
        model: ModelId,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> HostResult<Value> {
        let meta = self.reg.model(model);
        if !super::super::queryable(self.reg, model) {
            return unsupported(format!("{}()", meta.object_name));
        }
        if !args.is_empty() {
            return unsupported(format!("{}() with positional arguments", meta.object_name));
        }
        let now = self.clock();
        let values = meta
            .fields
            .iter()
            .map(|f| {
                Ok(match &f.default {
                    _ if f.is_primary_key() => Value::None,
                    FieldDefault::EmptyString => Value::str(""),
                    FieldDefault::Bool(b) => Value::Bool(*b),
                    FieldDefault::Null => Value::None,
                    FieldDefault::Now => wrap(Obj::DateTime(self.wall(now)?)),
                    FieldDefault::Int(n) => Value::Int(*n),
                    FieldDefault::Text(t) => Value::str(t),
                    // `uuid.uuid4()`: random bits, as loaddata makes them.
                    FieldDefault::Uuid4 => wrap(Obj::Uuid(Rc::from(
                        crate::fixtures::values::uuid4(
                            crate::datetime::Timestamp::now(),
                            next_uuid(),
                        )
                        .as_str(),
                    ))),
                    // `default=dict` / `default=list`: a new one per object.
                    FieldDefault::EmptyDict => Value::Dict(Default::default()),
                    FieldDefault::EmptyList => Value::list(Vec::new()),
                })
                .map(|v| (f.column.to_owned(), v))
            })
            .collect::<HostResult<Vec<_>>>()?;
        let instance = Instance {
            reg: self.reg,
            model,
            values: RefCell::new(values),
            related: RefCell::new(Vec::new()),
        };
        let mut unexpected = Vec::new();
        for (k, v) in kwargs {
            let name = if &*k == "pk" { "id" } else { &*k };
            if meta
                .fields
                .iter()
                .any(|f| f.name == name || f.column == name)
            {
                self.set_field(&instance, name, v)?;
            } else if meta.m2m(name).is_some() {
                return Err(Thrown::type_error(format!(
                    "Direct assignment to the forward side of a many-to-many set is prohibited. Use {name}.set() instead."
                )));
            } else {
                unexpected.push(format!("'{k}'"));
            }
        }
        if !unexpected.is_empty() {
            return Err(Thrown::type_error(format!(
                "{}() got unexpected keyword arguments: {}",
                meta.object_name,
                unexpected.join(", ")
            )));
        }
        Ok(wrap(Obj::Instance(instance)))
    }

    /// `instance.name = value` for a field (by name or column): a related
    /// object sets its key and is cached; a new key drops the cached one.
    pub(in crate::shell) fn set_field(
        &mut self,
        i: &Instance,
        name: &str,
        v: Value,
    ) -> HostResult<bool> {
        let meta = self.reg.model(i.model);
        let name = if name == "pk" { "id" } else { name };
        let Some(field) = meta
            .fields
            .iter()
            .find(|f| f.name == name || f.column == name)
        else {
            return Ok(false);
        };
        match (field.foreign_target(), field.name == name) {
            (Some(target), true) => {
                let pk = match obj(&v) {
                    Some(Obj::Instance(r)) if r.model == target => r.pk(),
                    _ if matches!(v, Value::None) => Value::None,
                    _ => {
                        let shown = match &v {
                            Value::Host(h) => self.repr_value(&Value::Host(h.clone()))?,
                            other => self.repr_value(other)?,
                        };
                        return Err(Thrown::value_error(format!(
                            "Cannot assign \"{shown}\": \"{}.{}\" must be a \"{}\" instance.",
                            meta.object_name,
                            field.name,
                            self.reg.model(target).object_name
                        )));
                    }
                };
                put(i, &field.column, pk);
                cache(i, &field.name, Some(v));
            }
            (Some(_), false) => {
                let changed = i
                    .get(&field.column)
                    .and_then(|old| super::super::key_of(&old))
                    != super::super::key_of(&v);
                if changed {
                    cache(i, &field.name, None);
                }
                put(i, &field.column, v);
            }
            (None, _) => put(i, &field.column, v),
        }
        Ok(true)
    }

    /// A field's value as the parameter Django's `get_db_prep_save` makes
    /// (`to_python` of the field's class: a number for a key, `str()` for
    /// text). Values Django would refuse or convert otherwise are not
    /// supported rather than stored differently.
    pub(in crate::shell) fn db_param(&mut self, field: &Field, v: &Value) -> HostResult<Sv> {
        let refused = || -> HostResult<Sv> {
            unsupported(format!(
                "a {} as the value of {}",
                v.type_name(),
                field.name
            ))
        };
        if matches!(v, Value::None) {
            return Ok(Sv::Null);
        }
        Ok(match field.kind {
            FieldKind::AutoField(_) | FieldKind::ForeignKey { .. } => match v {
                Value::Bool(b) => Sv::Integer(i64::from(*b)),
                Value::Int(n) => Sv::Integer(*n),
                Value::Float(f) => match int_float(*f) {
                    Ok(n) => Sv::Integer(n),
                    Err(FloatToInt::TooBig) => return unsupported("integers beyond 64 bits"),
                    // Django raises ValueError (NaN) or OverflowError.
                    Err(FloatToInt::NaN | FloatToInt::Infinite) => return refused(),
                },
                // `ForeignKey.get_db_prep_save`: '' is NULL for a key to an
                // integer (whose field keeps no empty strings).
                Value::Str(s) if s.is_empty() && field.foreign_target().is_some() => Sv::Null,
                Value::Str(s) => match int_text(s) {
                    IntText::Int(n) => Sv::Integer(n),
                    IntText::TooBig => return unsupported("integers beyond 64 bits"),
                    IntText::Invalid => {
                        return Err(Thrown::value_error(format!(
                            "Field 'id' expected a number but got {}.",
                            crate::python::value::str_repr(s)
                        )))
                    }
                },
                _ => match obj(v) {
                    Some(Obj::Instance(r)) => match r.pk() {
                        Value::Int(n) => Sv::Integer(n),
                        _ => Sv::Null,
                    },
                    _ => return refused(),
                },
            },
            FieldKind::Char { .. } | FieldKind::Text => match (v, obj(v)) {
                (Value::Str(s), _) => Sv::Text(s.to_string()),
                // `FileField.get_prep_value`: the file's name ('' for none).
                (_, Some(Obj::FieldFile { name, .. })) => {
                    Sv::Text(name.as_deref().unwrap_or("").to_owned())
                }
                (Value::Int(n), _) => Sv::Text(n.to_string()),
                (Value::Bool(b), _) => Sv::Text(if *b { "True" } else { "False" }.into()),
                (Value::Float(f), _) => Sv::Text(crate::python::value::float_repr(*f)),
                _ => return refused(),
            },
            FieldKind::Boolean => match v {
                Value::Bool(b) => Sv::Integer(i64::from(*b)),
                Value::Int(n @ (0 | 1)) => Sv::Integer(*n),
                _ => return refused(),
            },
            // `adapt_datetimefield_value`: aware under `USE_TZ = True`,
            // naive without (a naive one under `USE_TZ = True` is taken as
            // TIME_ZONE's with a warning, an aware one without fails).
            FieldKind::DateTime => match obj(v) {
                Some(Obj::DateTime(d)) if d.aware == super::super::aware(self.reg) => {
                    Sv::Text(d.storage())
                }
                Some(Obj::DateTime(d)) if d.aware => {
                    return unsupported(format!(
                        "an aware datetime as the value of {} under USE_TZ = False (Django's SQLite backend refuses it with ValueError)",
                        field.name
                    ))
                }
                Some(Obj::DateTime(_)) => {
                    return unsupported(format!(
                        "a naive datetime as the value of {} under USE_TZ = True (pass tzinfo=datetime.timezone.utc)",
                        field.name
                    ))
                }
                _ => return refused(),
            },
            // `IntegerField.get_prep_value`: `int(value)`.
            FieldKind::Integer(_) => match v {
                Value::Int(n) => Sv::Integer(*n),
                Value::Bool(b) => Sv::Integer(i64::from(*b)),
                _ => return refused(),
            },
            // `DateField.get_prep_value`: a date, or a text `to_python`
            // parses (a datetime would be converted to TIME_ZONE's date,
            // which the shell does not do).
            FieldKind::Date => match (v, obj(v)) {
                (_, Some(Obj::Date(d))) => Sv::Text(d.str()),
                (Value::Str(s), _) => match crate::fixtures::values::date(
                    &crate::fixtures::json::Json::Str(s.as_ref().into()),
                ) {
                    Ok(stored) => stored,
                    Err(_) => return refused(),
                },
                _ => return refused(),
            },
            // `FloatField.get_prep_value`: `float(value)`.
            FieldKind::Float => match v {
                Value::Float(f) => Sv::Real(*f),
                Value::Int(n) => Sv::Real(*n as f64),
                Value::Bool(b) => Sv::Real(if *b { 1.0 } else { 0.0 }),
                _ => return refused(),
            },
            // `UUIDField.get_db_prep_value`: `to_python(value).hex`.
            FieldKind::Uuid => match (v, obj(v)) {
                (_, Some(Obj::Uuid(hex))) => Sv::Text(hex.to_string()),
                (Value::Str(s), _) => match crate::fixtures::values::uuid(
                    &crate::fixtures::json::Json::Str(s.as_ref().into()),
                ) {
                    Ok(stored) => stored,
                    Err(_) => return refused(),
                },
                _ => return refused(),
            },
            // `TimeField.get_prep_value`: a time, a datetime's time, or a
            // text `parse_time` reads; `str(time)` is stored.
            FieldKind::Time => match (v, obj(v)) {
                (_, Some(Obj::Time(t))) => Sv::Text(t.str()),
                (_, Some(Obj::DateTime(d))) if !d.aware => {
                    Sv::Text(crate::shell::dates::Time::of(d).str())
                }
                (Value::Str(s), _) => match crate::fixtures::values::time(
                    &crate::fixtures::json::Json::Str(s.as_ref().into()),
                ) {
                    Ok(stored) => stored,
                    Err(_) => return refused(),
                },
                _ => return refused(),
            },
            // `DurationField.get_db_prep_value`: `duration_microseconds`,
            // which only a timedelta has (anything else fails in Django
            // with AttributeError).
            FieldKind::Duration => match obj(v) {
                Some(Obj::TimeDelta(d)) => match i64::try_from(d.micros()) {
                    Ok(micros) => Sv::Integer(micros),
                    Err(_) => return refused(),
                },
                _ => return refused(),
            },
            // `DecimalField.get_db_prep_value`: `to_python(value)` (a float
            // through a context of `max_digits`), sent as `str()`.
            FieldKind::Decimal { max_digits, .. } => {
                use crate::fixtures::json::Json;
                let json = match (v, obj(v)) {
                    (_, Some(Obj::Decimal(d))) => return Ok(Sv::Text(d.to_sci_string())),
                    (Value::Bool(b), _) => Json::Bool(*b),
                    (Value::Int(n), _) => Json::Int(*n),
                    (Value::Float(f), _) => Json::Float(*f),
                    (Value::Str(s), _) => Json::Str(s.as_ref().into()),
                    _ => return refused(),
                };
                match crate::fixtures::values::decimal(&json, max_digits) {
                    Ok(stored) => stored,
                    Err(_) => return refused(),
                }
            }
            // `JSONField.get_db_prep_value`: `json.dumps(value)`.
            FieldKind::Json => Sv::Text(super::super::json::dumps(v)?),
        })
    }

    /// `now` (an aware UTC instant) as the process's wall clock reads it
    /// in `TIME_ZONE` (Django sets `TZ`), naive: what `datetime.now()`,
    /// `date.today()` and, under `USE_TZ = False`, `timezone.now()` give.
    /// A zone whose rules the playground lacks is refused.
    fn local(&self, now: DateTime) -> HostResult<DateTime> {
        use crate::datetime::{TimeZone, Timestamp};
        let zone = self.reg.time().zone;
        let stamp = Timestamp::from_storage(&now.storage());
        let local = match (stamp, zone) {
            (Some(stamp), TimeZone::Utc) => stamp,
            (Some(stamp), TimeZone::Seoul) => stamp.to_seoul(),
            (None, _) | (_, TimeZone::Other) => {
                return unsupported(
                    "the local time in a TIME_ZONE other than UTC or Asia/Seoul (the playground carries those zones' rules only)",
                )
            }
        };
        Ok(DateTime::parse(&local.to_storage()).unwrap_or(now).naive())
    }

    /// What `timezone.now()` returns at `now`: the aware instant under
    /// `USE_TZ = True`, the naive wall time in `TIME_ZONE` without.
    pub(in crate::shell) fn wall(&self, now: DateTime) -> HostResult<DateTime> {
        if super::super::aware(self.reg) {
            Ok(now)
        } else {
            self.local(now)
        }
    }

    /// `date.today()` at `now`: the date in the project's `TIME_ZONE` (the
    /// process runs in it, as Django sets `TZ`).
    fn today(&self, now: DateTime) -> HostResult<Date> {
        Ok(Date::of(&self.local(now)?))
    }

    /// `field.pre_save(instance, add)`: an auto date set to now.
    pub(in crate::shell) fn pre_save(
        &mut self,
        i: &Instance,
        field: &Field,
        add: bool,
        now: DateTime,
    ) -> HostResult<Sv> {
        let stamp = match field.auto_now {
            Some(AutoNow::Always) => true,
            Some(AutoNow::Add) => add,
            None => false,
        };
        if stamp && field.kind == FieldKind::Date {
            // `DateField.pre_save`: `date.today()` in TIME_ZONE.
            put(i, &field.column, wrap(Obj::Date(self.today(now)?)));
        } else if stamp && field.kind == FieldKind::Time {
            // `TimeField.pre_save`: `datetime.now().time()`, local.
            let local = self.local(now)?;
            put(
                i,
                &field.column,
                wrap(Obj::Time(crate::shell::dates::Time::of(&local))),
            );
        } else if stamp {
            put(i, &field.column, wrap(Obj::DateTime(self.wall(now)?)));
        }
        let v = i.get(&field.column).unwrap_or(Value::None);
        self.db_param(field, &v)
    }

    /// `Model.save_base`'s table part: UPDATE when the primary key is set
    /// (unless `force_insert`), INSERT ... RETURNING when that changed no
    /// row or there is no key.
    pub(in crate::shell) fn save_table(
        &mut self,
        i: &Instance,
        update_fields: Option<&[String]>,
        force_insert: bool,
    ) -> HostResult<()> {
        let model = i.model;
        let meta = self.reg.model(model);
        let now = self.clock();
        let pk = i.pk();
        let pk_set = !matches!(pk, Value::None);
        // An instance loaded with only()/defer() saves what it loaded.
        let loaded: Vec<String>;
        let update_fields = match update_fields {
            None if meta.fields.iter().any(|f| i.get(&f.column).is_none()) => {
                loaded = meta
                    .fields
                    .iter()
                    .filter(|f| i.get(&f.column).is_some())
                    .map(|f| f.name.to_owned())
                    .collect();
                Some(loaded.as_slice())
            }
            other => other,
        };
        if pk_set && !force_insert {
            let mut values = Vec::new();
            for f in meta.fields.iter().filter(|f| !f.is_primary_key()) {
                let wanted = update_fields
                    .is_none_or(|names| names.iter().any(|n| *n == f.name || *n == f.column));
                if wanted {
                    let v = self.pre_save(i, f, false, now)?;
                    values.push((f.column.as_str(), E::Value(sv_arg(v))));
                }
            }
            let key = sv_arg(self.db_param(meta.pk(), &pk)?);
            let qs = self.q(
                QuerySet::new(self.reg, model).filter(Vec::new(), vec![("pk".to_owned(), key)])
            )?;
            let rows = match self.q(update_sql(&qs, &values))? {
                Some(sql) => self.send_write(sql)?,
                None => 0,
            };
            if rows > 0 {
                return Ok(());
            }
            if update_fields.is_some() {
                return Err(Thrown::of(
                    self.exc.database_error.clone(),
                    "Save with update_fields did not affect any rows.",
                ));
            }
        } else if update_fields.is_some() && !force_insert {
            return Err(Thrown::value_error(
                "Cannot force an update in save() with no primary key.",
            ));
        }
        let fields: Vec<&Field> = meta
            .fields
            .iter()
            .filter(|f| pk_set || !f.is_primary_key())
            .collect();
        let mut row = Vec::new();
        for f in &fields {
            row.push(self.pre_save(i, f, true, now)?);
        }
        let columns: Vec<&str> = fields.iter().map(|f| f.column.as_str()).collect();
        let sql = insert_sql(
            &meta.db_table,
            &columns,
            &[row],
            OnConflict::Fail,
            Returning::Column(&meta.pk().column),
        );
        let rows = self.send(sql)?;
        if let Some(Sv::Integer(id)) = rows.into_iter().next().and_then(|r| r.into_iter().next()) {
            put(i, &meta.pk().column, Value::Int(id));
        }
        Ok(())
    }

    /// `instance.save(update_fields=...)`.
    pub(in crate::shell) fn save(
        &mut self,
        i: &Instance,
        args: Vec<Value>,
        mut kwargs: Kwargs,
    ) -> HostResult<Value> {
        let meta = self.reg.model(i.model);
        if !args.is_empty() {
            return unsupported("save() with positional arguments");
        }
        let update_fields = match take(&mut kwargs, "update_fields") {
            None | Some(Value::None) => None,
            Some(v) => {
                let Some(items) = items_of(&v) else {
                    return unsupported("update_fields that is not a list");
                };
                let mut names = Vec::new();
                for item in items {
                    match &item {
                        Value::Str(s) => names.push(s.to_string()),
                        _ => return unsupported("update_fields with a name that is not a string"),
                    }
                }
                Some(names)
            }
        };
        if let Some((k, _)) = kwargs.first() {
            return unsupported(format!("save({k}=...)"));
        }
        if let Some(names) = &update_fields {
            if names.is_empty() {
                return Ok(Value::None);
            }
            let bad: Vec<&str> = names
                .iter()
                .filter(|n| {
                    !meta.fields.iter().any(|f| {
                        !f.is_primary_key() && (f.name == n.as_str() || f.column == n.as_str())
                    })
                })
                .map(String::as_str)
                .collect();
            if !bad.is_empty() {
                return Err(Thrown::value_error(format!(
                    "The following fields do not exist in this model, are m2m fields, primary keys, or are non-concrete fields: {}",
                    bad.join(", ")
                )));
            }
        }
        self.check_unsaved_related(i)?;
        self.save_table(i, update_fields.as_deref(), false)?;
        Ok(Value::None)
    }

    /// `_prepare_related_fields_for_save`: a related object without a key.
    pub(in crate::shell) fn check_unsaved_related(&self, i: &Instance) -> HostResult<()> {
        for f in &self.reg.model(i.model).fields {
            if f.foreign_target().is_none() {
                continue;
            }
            if let Some(Obj::Instance(r)) = i.cached_related(&f.name).as_ref().and_then(obj) {
                if matches!(r.pk(), Value::None) {
                    return Err(Thrown::value_error(format!(
                        "save() prohibited to prevent data loss due to unsaved related object '{}'.",
                        f.name
                    )));
                }
            }
        }
        Ok(())
    }

    /// `instance.refresh_from_db(fields=None)`: the row read again (`get()`
    /// on its primary key), its loaded fields replaced and the cached
    /// related objects dropped.
    pub(in crate::shell) fn refresh_from_db(
        &mut self,
        i: &Instance,
        args: Vec<Value>,
        mut kwargs: Kwargs,
    ) -> HostResult<Value> {
        let model = i.model;
        let meta = self.reg.model(model);
        let fields: Option<Vec<String>> = match take(&mut kwargs, "fields") {
            None | Some(Value::None) => None,
            Some(v) => match items_of(&v) {
                Some(items) => Some(
                    items
                        .iter()
                        .map(|n| match n {
                            Value::Str(s) => Ok(s.to_string()),
                            _ => unsupported(
                                "refresh_from_db(fields=...) with a name that is not a string",
                            ),
                        })
                        .collect::<HostResult<_>>()?,
                ),
                None => return unsupported("refresh_from_db(fields=...) that is not a list"),
            },
        };
        if !args.is_empty() || !kwargs.is_empty() {
            return unsupported("refresh_from_db() with these arguments");
        }
        let key = sv_arg(self.db_param(meta.pk(), &i.pk())?);
        let mut qs = self
            .q(QuerySet::new(self.reg, model).filter(Vec::new(), vec![("pk".to_owned(), key)]))?;
        let deferred = meta.fields.iter().any(|f| i.get(&f.column).is_none());
        if let Some(names) = &fields {
            qs = self.q(qs.only(names))?;
        } else if deferred {
            let loaded: Vec<String> = meta
                .fields
                .iter()
                .filter(|f| i.get(&f.column).is_some())
                .map(|f| f.column.to_owned())
                .collect();
            qs = self.q(qs.only(&loaded))?;
        }
        let q = QsObj {
            qs,
            kind: RowKind::Instances,
            cache: RefCell::new(None),
            rel: None,
            prefetch: Vec::new(),
            bool_param: false,
        };
        let fresh = self.qs_method_inner(&q, "get", Vec::new(), Vec::new())?;
        let Some(Obj::Instance(db)) = obj(&fresh) else {
            return Ok(Value::None);
        };
        for f in &meta.fields {
            if let Some(v) = db.get(&f.column) {
                put(i, &f.column, v);
                if f.foreign_target().is_some() {
                    cache(i, &f.name, None);
                }
            }
        }
        i.related
            .borrow_mut()
            .retain(|(k, _)| meta.fields.iter().any(|f| f.name == *k));
        Ok(Value::None)
    }

    /// `Model.objects.create(**kwargs)` (and a reverse foreign key
    /// manager's, with its key set).
    pub(in crate::shell) fn create(
        &mut self,
        model: ModelId,
        args: Vec<Value>,
        kwargs: Kwargs,
        fk: Option<(&str, Value)>,
    ) -> HostResult<Value> {
        if !args.is_empty() {
            return Err(Thrown::type_error(format!(
                "QuerySet.create() takes 1 positional argument but {} were given",
                args.len() + 1
            )));
        }
        let value = self.construct(model, Vec::new(), kwargs)?;
        let Some(Obj::Instance(i)) = obj(&value) else {
            return unsupported("create()");
        };
        if let Some((field, owner)) = fk {
            self.set_field(i, field, owner)?;
        }
        self.check_unsaved_related(i)?;
        self.save_table(i, None, true)?;
        Ok(value)
    }
}
