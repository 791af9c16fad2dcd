//! Django models described as data: the [`Registry`] and the lesson's six.
//!
//! Everything that needs to know about a model (`accounts.User`,
//! `articles.Article`, `articles.Comment` and the `auth`/`contenttypes`
//! models that `AbstractUser` drags in) reads it from a [`Registry`], the
//! value Django calls the app registry (`django.apps.apps`). A registry owns
//! its models (names are `String`s), so one can be built at run time;
//! [`Registry::lesson`] builds the lecture's models from the table below,
//! and [`lesson`] names their ids. Models are addressed by [`ModelId`], an
//! index into the registry, and fields by [`FieldId`], an index into
//! [`Model::fields`].
//!
//! The database session carries its registry (`Database::registry`), and
//! the DDL (`schema`), the fixture loader and serializer, the query engine,
//! the shell and the UI read models from there. What flows out of the
//! engine to be shown later (query-log causes, findings, ORM errors)
//! holds ids ([`ModelId`], [`FieldId`], [`RelationRef`]) and asks the
//! registry of the database that produced it for the names when shown.
//!
//! A registry still lives as long as the program ([`Registry::pin`]),
//! because the shell's query engine borrows names from it as
//! `&'static str` (see there for which parts and why). The lesson's
//! registry is built once and shared; a project's is pinned when its
//! first database is opened.
//!
//! Field order is Django's declaration order (`Model._meta.concrete_fields`),
//! which is the order of `SELECT` column lists and of `dumpdata` output. The
//! column order of the table itself is a fact about migration history: it is
//! the field order unless a registry overrides it, as the lesson does
//! ([`Model::table_columns`]).
//!
//! This module does not touch the database.

use std::sync::{Arc, LazyLock, Mutex};

/// Identifies one concrete model of a [`Registry`]: its index there.
///
/// Ids order as the registry does: `INSTALLED_APPS` order and, within an
/// app, the app registry's order, the order `dumpdata` walks models in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct ModelId(u16);

/// Identifies one concrete field of a model: its index in
/// [`Model::fields`] (the primary key is `FieldId(0)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldId(u16);

impl FieldId {
    /// The primary key, always a model's first field.
    pub const PK: FieldId = FieldId(0);

    /// The index into [`Model::fields`].
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

impl ModelId {
    /// The index into the registry's models.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The id of the `index`th model of a registry being built (a foreign
    /// key to a model listed later needs its id before [`Registry::new`]).
    pub const fn from_index(index: u16) -> ModelId {
        ModelId(index)
    }
}

/// A relation a model reaches by name, as the registry holds it: what an
/// accessor or a manager on an instance is (`comment.user`,
/// `article.comment_set`, `user.followings`, `user.followers`). Query-log
/// causes and findings keep this rather than the name, which the registry
/// gives back when they are shown ([`Registry::relation_name`]).
///
/// It is relative to a model: [`RelationRef`] pairs the two.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelationId {
    /// A forward foreign key of the model (`comment.user`).
    Forward(FieldId),
    /// A reverse foreign key: the index into the model's
    /// [`Model::reverse_relations`] (`article.comment_set`).
    Reverse(u16),
    /// A many-to-many field the model declares: the index into its
    /// [`Model::many_to_many`] (`user.followings`, `article.like_users`).
    ManyToMany(u16),
    /// The related side of a many-to-many field declared on `on`: the
    /// index into that model's [`Model::many_to_many`], whose
    /// `related_name` is the manager (`user.followers`,
    /// `user.like_articles`).
    ManyToManyRelated { on: ModelId, index: u16 },
}

impl RelationId {
    /// Whether the relation is a many-to-many one, from either side.
    pub fn is_many_to_many(self) -> bool {
        matches!(
            self,
            RelationId::ManyToMany(_) | RelationId::ManyToManyRelated { .. }
        )
    }
}

/// A relation of a model: the model whose instances have the accessor or
/// manager, and which relation of it it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RelationRef {
    /// The model whose instances have the accessor (`Article` for
    /// `article.comment_set`).
    pub model: ModelId,
    /// Which of its relations.
    pub relation: RelationId,
}

impl RelationRef {
    /// The relation of `model` named `name` in `registry`, if it has one
    /// (see [`Registry::relation_named`]).
    pub fn named(registry: &Registry, model: ModelId, name: &str) -> Option<RelationRef> {
        registry
            .relation_named(model, name)
            .map(|relation| RelationRef { model, relation })
    }

    /// The model's class name (`Article`).
    pub fn model_name(self, registry: &Registry) -> &str {
        &registry.model(self.model).object_name
    }

    /// The accessor or manager name (`comment_set`).
    pub fn name(self, registry: &Registry) -> &str {
        registry.relation_name(self.model, self.relation)
    }

    /// The name lookups and `Count()` on the model use for it (`comment`
    /// for `comment_set`).
    pub fn query_name(self, registry: &Registry) -> &str {
        registry.relation_query_name(self.model, self.relation)
    }
}

/// A `u16` index from a position in a registry's list (lists are far
/// shorter; a longer one would name nothing rather than panic).
fn index16(index: usize) -> u16 {
    u16::try_from(index).unwrap_or(u16::MAX)
}

/// The ids of the lesson's models in [`Registry::lesson`], so that code
/// about the lecture reads `lesson::ARTICLE` rather than an index.
pub mod lesson {
    use super::ModelId;

    /// `accounts.User`.
    pub const USER: ModelId = ModelId(0);
    /// `articles.Article`.
    pub const ARTICLE: ModelId = ModelId(1);
    /// `articles.Comment`.
    pub const COMMENT: ModelId = ModelId(2);
    /// `auth.Permission`.
    pub const PERMISSION: ModelId = ModelId(3);
    /// `auth.Group`.
    pub const GROUP: ModelId = ModelId(4);
    /// `contenttypes.ContentType`.
    pub const CONTENT_TYPE: ModelId = ModelId(5);

    /// Every lesson model, in `INSTALLED_APPS` order.
    pub const ALL: [ModelId; 6] = [USER, ARTICLE, COMMENT, PERMISSION, GROUP, CONTENT_TYPE];
}

/// The lesson's registry, built once and shared by every lesson database
/// (see [`Registry::pin`]).
static LESSON: LazyLock<Arc<Registry>> = LazyLock::new(|| Arc::new(Registry::lesson()));

/// The registries [`Registry::pin`] kept, other than the lesson's.
static PINNED: Mutex<Vec<&'static Arc<Registry>>> = Mutex::new(Vec::new());

/// The Django apps installed in the lecture's project, in `INSTALLED_APPS` order.
const LESSON_APPS: [&str; 4] = ["accounts", "articles", "auth", "contenttypes"];

/// The Django apps the playground knows (`django.contrib.<label>`);
/// `messages`, `staticfiles` and `humanize` have no models.
pub const DJANGO_APPS: [&str; 7] = [
    "admin",
    "auth",
    "contenttypes",
    "sessions",
    "messages",
    "staticfiles",
    "humanize",
];

/// The models of one project, as Django's app registry holds them.
#[derive(Debug, PartialEq, Eq)]
pub struct Registry {
    /// App labels in `INSTALLED_APPS` order.
    apps: Vec<String>,
    /// Models in `INSTALLED_APPS` order; a [`ModelId`] indexes this.
    models: Vec<Model>,
    /// Whether this is [`Registry::lesson`], whose tables carry the
    /// lecture's migration history (see `schema`).
    lesson: bool,
    /// `USE_TZ` and `TIME_ZONE`: how datetimes are read and dumped.
    time: crate::datetime::TimeSettings,
    /// `AUTH_USER_MODEL`: what `get_user_model()` returns in the shell.
    user_model: Option<ModelId>,
    /// The learner's project files this registry was read from (`None`
    /// for the lesson's): a share link or the saved state carries them, so
    /// the same registry is built again on the other side.
    project: Option<Arc<crate::project::Sources>>,
}

impl Registry {
    /// Builds a registry from models listed in `INSTALLED_APPS` order; each
    /// model's [`Model::id`] is set to its position.
    pub fn new(apps: Vec<String>, mut models: Vec<Model>) -> Registry {
        for (index, model) in models.iter_mut().enumerate() {
            model.id = ModelId(u16::try_from(index).unwrap_or(u16::MAX));
        }
        Registry {
            apps,
            models,
            lesson: false,
            time: crate::datetime::TimeSettings::LESSON,
            user_model: None,
            project: None,
        }
    }

    /// The same registry, remembering the project files it was read from.
    pub fn with_sources(mut self, sources: Arc<crate::project::Sources>) -> Registry {
        self.project = Some(sources);
        self
    }

    /// The project files this registry was read from (`None`: not a
    /// learner's project).
    pub fn project_sources(&self) -> Option<&Arc<crate::project::Sources>> {
        self.project.as_ref()
    }

    /// The same registry with `AUTH_USER_MODEL` set to `model`.
    pub fn with_user_model(mut self, model: ModelId) -> Registry {
        self.user_model = Some(model);
        self
    }

    /// The project's own models and its user model (`auth.User` too, when
    /// it is `AUTH_USER_MODEL`): what the learner wrote or uses, not the
    /// tables Django's apps bring.
    pub fn own_models(&self) -> impl Iterator<Item = &Model> {
        self.models.iter().filter(move |m| {
            !DJANGO_APPS.contains(&m.app_label.as_str()) || self.user_model == Some(m.id)
        })
    }

    /// `AUTH_USER_MODEL`, once known (`get_user_model()`).
    pub fn user_model(&self) -> Option<ModelId> {
        self.user_model
    }

    /// The same registry under a project's `USE_TZ` and `TIME_ZONE`.
    pub fn with_time(mut self, time: crate::datetime::TimeSettings) -> Registry {
        self.time = time;
        self
    }

    /// `USE_TZ` and `TIME_ZONE`.
    pub fn time(&self) -> crate::datetime::TimeSettings {
        self.time
    }

    /// The lecture's models: `accounts.User`, `articles.Article`,
    /// `articles.Comment`, and `auth.Permission`, `auth.Group`,
    /// `contenttypes.ContentType`; their ids are in [`lesson`].
    pub fn lesson() -> Registry {
        let mut registry = Registry::new(
            LESSON_APPS.iter().map(|app| (*app).to_owned()).collect(),
            lesson_models(),
        );
        registry.lesson = true;
        registry.user_model = Some(lesson::USER);
        registry
    }

    /// The lesson's registry, shared: what a lesson database carries.
    pub fn lesson_shared() -> &'static Arc<Registry> {
        &LESSON
    }

    /// Keeps a registry for the rest of the program. The lesson's is the
    /// shared one; any other is kept once per distinct registry (a
    /// registry equal to one already kept, as reopening the same project
    /// builds, is given the kept one), so a session keeps one per project
    /// shape it opened.
    ///
    /// What still needs it is the shell's query engine, whose values hold
    /// `&'static` borrows of the registry (it gets the registry through
    /// `Database::pinned_registry`, the only way to one that lives that
    /// long; everything else reads `Database::registry`):
    /// - `orm::sql`: `Query` (and so `QuerySet`) keeps `&'static Registry`,
    ///   and the pieces it compiles from are `Copy` values naming tables,
    ///   fields and columns as `&'static str` (`meta::ColumnField`, and the
    ///   `JoinField`/`PathInfo` built of them, `MetaField`'s
    ///   `&'static ManyToMany`, `Query::table_map`, `m2m::Through`, the
    ///   deletion collector's relations, the compiler's select masks);
    /// - `shell`: a queryset, manager, instance or `Through` a program keeps
    ///   in a variable is a Python value, `Rc<dyn HostObject>`, which hands
    ///   itself back as `&dyn Any`, so it must be `'static`: it cannot
    ///   borrow a registry that lives shorter (`ShellHost::reg`,
    ///   `objects::Instance::reg`, `RelatedWrite::ForeignKey::field`,
    ///   `M2mSide`).
    ///
    /// Without it, `Query` would hold an `Arc<Registry>` and those pieces
    /// ids or shared strings, looked up wherever SQL text is written.
    /// Causes, findings and ORM errors no longer need it: they hold ids.
    pub fn pin(registry: Arc<Registry>) -> &'static Arc<Registry> {
        if Arc::ptr_eq(&registry, &LESSON) || registry.is_lesson() {
            return &LESSON;
        }
        let Ok(mut pinned) = PINNED.lock() else {
            return Box::leak(Box::new(registry));
        };
        if let Some(kept) = pinned
            .iter()
            .find(|kept| Arc::ptr_eq(kept, &registry) || ***kept == registry)
        {
            return kept;
        }
        let kept: &'static Arc<Registry> = Box::leak(Box::new(registry));
        pinned.push(kept);
        kept
    }

    /// Whether this is [`Registry::lesson`] (the only registry whose tables
    /// Django's migration history has rearranged).
    pub fn is_lesson(&self) -> bool {
        self.lesson
    }

    /// Whether the lecture's three models are here exactly as the lecture
    /// writes them (same fields, columns and relations): the lesson's pages,
    /// follow lab and exercises replay the lecture's views on them, and
    /// their SQL would differ on any other shape.
    pub fn has_lesson_models(&self) -> bool {
        if self.lesson {
            return true;
        }
        let lesson = &**Registry::lesson_shared();
        [lesson::USER, lesson::ARTICLE, lesson::COMMENT]
            .iter()
            .all(|&id| {
                let theirs = lesson.model(id);
                self.get_model(&theirs.label()).is_some_and(|ours| {
                    let ours = self.model(ours);
                    let fields = |m: &Model| {
                        m.fields
                            .iter()
                            .map(|f| (f.name.clone(), f.column.clone()))
                            .collect::<Vec<_>>()
                    };
                    let m2m = |m: &Model| {
                        m.many_to_many
                            .iter()
                            .map(|f| (f.name.clone(), f.through_table.clone()))
                            .collect::<Vec<_>>()
                    };
                    ours.db_table == theirs.db_table
                        && fields(ours) == fields(theirs)
                        && m2m(ours) == m2m(theirs)
                })
            })
    }

    /// The model with this id.
    ///
    /// Ids come from this registry; an id from another one is a bug, and
    /// gets a model with no name and no fields rather than a panic.
    pub fn model(&self, id: ModelId) -> &Model {
        self.models.get(id.index()).unwrap_or(&NO_MODEL)
    }

    /// A field of a model.
    pub fn field(&self, model: ModelId, field: FieldId) -> &Field {
        self.model(model).field_at(field)
    }

    /// The relation of `model` an instance reaches as `name`: a forward
    /// foreign key, a reverse foreign key accessor, a many-to-many field or
    /// the related name of one declared elsewhere (the first model in
    /// registry order that has it, as the shell looks managers up).
    pub fn relation_named(&self, model: ModelId, name: &str) -> Option<RelationId> {
        let meta = self.model(model);
        if let Some(field) = meta.field_id(name) {
            return meta
                .field_at(field)
                .foreign_target()
                .map(|_| RelationId::Forward(field));
        }
        if let Some(at) = meta
            .reverse_relations
            .iter()
            .position(|r| r.accessor == name)
        {
            return Some(RelationId::Reverse(index16(at)));
        }
        if let Some(at) = meta.many_to_many.iter().position(|m| m.name == name) {
            return Some(RelationId::ManyToMany(index16(at)));
        }
        self.models.iter().find_map(|owner| {
            owner
                .many_to_many
                .iter()
                .position(|m| m.to == model && m.related_name == name)
                .map(|at| RelationId::ManyToManyRelated {
                    on: owner.id,
                    index: index16(at),
                })
        })
    }

    /// The accessor or manager name of a relation of `model`; empty for
    /// an id that is not one of this registry's (a bug, but not a panic).
    pub fn relation_name(&self, model: ModelId, relation: RelationId) -> &str {
        let meta = self.model(model);
        match relation {
            RelationId::Forward(field) => &meta.field_at(field).name,
            RelationId::Reverse(at) => meta
                .reverse_relations
                .get(usize::from(at))
                .map_or("", |r| &r.accessor),
            RelationId::ManyToMany(at) => meta
                .many_to_many
                .get(usize::from(at))
                .map_or("", |m| &m.name),
            RelationId::ManyToManyRelated { on, index } => self
                .model(on)
                .many_to_many
                .get(usize::from(index))
                .map_or("", |m| &m.related_name),
        }
    }

    /// The name lookups on `model` use for a relation of it (`comment`
    /// for `comment_set`, `related_query_name` for the related side of a
    /// many-to-many field, the field name otherwise).
    pub fn relation_query_name(&self, model: ModelId, relation: RelationId) -> &str {
        match relation {
            RelationId::Reverse(at) => self
                .model(model)
                .reverse_relations
                .get(usize::from(at))
                .map_or("", |r| &r.query_name),
            RelationId::ManyToManyRelated { on, index } => self
                .model(on)
                .many_to_many
                .get(usize::from(index))
                .map_or("", |m| &m.related_query_name),
            RelationId::Forward(_) | RelationId::ManyToMany(_) => {
                self.relation_name(model, relation)
            }
        }
    }

    /// The id in this registry of `other`'s model `id`: the model with the
    /// same label, if there is one.
    pub fn same_model(&self, other: &Registry, id: ModelId) -> Option<ModelId> {
        if std::ptr::eq(self, other) {
            return Some(id);
        }
        self.get_model(&other.model(id).label())
    }

    /// Every model id, in `INSTALLED_APPS` order.
    pub fn ids(&self) -> impl Iterator<Item = ModelId> + '_ {
        self.models.iter().map(|model| model.id)
    }

    /// Every model, in `INSTALLED_APPS` order.
    pub fn models(&self) -> impl Iterator<Item = &Model> + '_ {
        self.models.iter()
    }

    /// The installed app labels, in `INSTALLED_APPS` order.
    pub fn app_labels(&self) -> impl Iterator<Item = &str> + '_ {
        self.apps.iter().map(String::as_str)
    }

    /// Whether `app_label` is an installed app.
    pub fn has_app(&self, app_label: &str) -> bool {
        self.apps.iter().any(|app| app == app_label)
    }

    /// Finds a model by Django's `app_label.ModelName` label as
    /// `apps.get_model` does: the app label exactly, the model name in any
    /// case.
    pub fn get_model(&self, label: &str) -> Option<ModelId> {
        let (app, model) = label.split_once('.')?;
        self.models
            .iter()
            .find(|meta| meta.app_label == app && meta.model_name.eq_ignore_ascii_case(model))
            .map(|meta| meta.id)
    }

    /// The models of one app, in registry order.
    pub fn of_app<'a>(&'a self, app_label: &'a str) -> impl Iterator<Item = ModelId> + 'a {
        self.models
            .iter()
            .filter(move |meta| meta.app_label == app_label)
            .map(|meta| meta.id)
    }
}

impl Default for Registry {
    /// The lesson's registry, the playground's default project.
    fn default() -> Self {
        Registry::lesson()
    }
}

/// What kind of auto-incrementing primary key a model has; it decides the
/// SQL type of foreign keys pointing at it (`integer` or `bigint`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AutoKind {
    /// `AutoField`: the `auth` and `contenttypes` apps.
    Auto,
    /// `BigAutoField`: `DEFAULT_AUTO_FIELD` of the lesson's apps.
    BigAuto,
}

/// The value a field takes when a fixture omits it: Django's
/// `Field.get_default()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldDefault {
    /// `""`: what a `CharField` or `TextField` without a default gets.
    EmptyString,
    /// An explicit `default=True/False`.
    Bool(bool),
    /// `None`: any other field without a default. On a NOT NULL column the
    /// save fails, as it does in Django (`created_at` is `auto_now_add`, but
    /// `loaddata` saves raw and never fills it in).
    Null,
    /// `default=timezone.now` (`date_joined`).
    Now,
    /// An integer literal (`default=0`).
    Int(i64),
    /// A string literal other than `""` (`default='draft'`).
    Text(String),
    /// `default=uuid.uuid4`: a new random UUID for each row.
    Uuid4,
    /// `default=dict`: `{}`.
    EmptyDict,
    /// `default=list`: `[]`.
    EmptyList,
}

/// Django's integer field classes: each has its own SQL type, and the
/// positive ones a `CHECK ("column" >= 0)` on SQLite.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntegerKind {
    /// `SmallIntegerField`: `smallint`.
    Small,
    /// `IntegerField`: `integer`.
    Normal,
    /// `BigIntegerField`: `bigint`.
    Big,
    /// `PositiveSmallIntegerField`: `smallint unsigned`.
    PositiveSmall,
    /// `PositiveIntegerField`: `integer unsigned`.
    Positive,
    /// `PositiveBigIntegerField`: `bigint unsigned`.
    PositiveBig,
}

impl IntegerKind {
    /// The column type Django's SQLite backend declares.
    pub fn sql_type(self) -> &'static str {
        match self {
            IntegerKind::Small => "smallint",
            IntegerKind::Normal => "integer",
            IntegerKind::Big => "bigint",
            IntegerKind::PositiveSmall => "smallint unsigned",
            IntegerKind::Positive => "integer unsigned",
            IntegerKind::PositiveBig => "bigint unsigned",
        }
    }

    /// Whether Django adds `CHECK ("column" >= 0)`.
    pub fn is_positive(self) -> bool {
        matches!(
            self,
            IntegerKind::PositiveSmall | IntegerKind::Positive | IntegerKind::PositiveBig
        )
    }
}

/// Which file field a [`FieldKind::Char`] is: its attribute's class
/// (`FieldFile` or `ImageFieldFile`) shows in a repr.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileClass {
    File,
    Image,
}

impl FileClass {
    /// The class of the attribute's value (`FieldFile`).
    pub fn attr_class(self) -> &'static str {
        match self {
            FileClass::File => "FieldFile",
            FileClass::Image => "ImageFieldFile",
        }
    }
}

/// The Django field class, with what the DDL and the serializer need of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// The primary key.
    AutoField(AutoKind),
    /// `CharField` and the classes stored as one: `SlugField`,
    /// `EmailField`, `URLField`, `FileField`, `ImageField`.
    Char {
        /// `None`: a `CharField()` without one, which Django 5.2 allows on
        /// SQLite (`supports_unlimited_charfield`): a `varchar` column.
        max_length: Option<u32>,
        /// `FileField`/`ImageField`: a `None` is saved as `""` (its
        /// `FieldFile` has no name), and an instance's attribute is a
        /// `FieldFile`, not the name.
        file: Option<FileClass>,
    },
    Text,
    Boolean,
    DateTime,
    /// `ForeignKey` (and `OneToOneField`, a unique one) to another model's
    /// primary key.
    ForeignKey {
        to: ModelId,
    },
    /// The integer field classes.
    Integer(IntegerKind),
    /// `FloatField`: `real`.
    Float,
    /// `DecimalField`: `decimal` (the digits are validation only).
    Decimal {
        max_digits: u32,
        decimal_places: u32,
    },
    /// `DateField`: `date`.
    Date,
    /// `TimeField`: `time`.
    Time,
    /// `DurationField`: `bigint` microseconds.
    Duration,
    /// `UUIDField`: `char(32)`, hex without dashes.
    Uuid,
    /// `JSONField`: `text` with `CHECK (JSON_VALID(...))`.
    Json,
}

/// One concrete (column-backed) field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The attribute name (`user` for a foreign key).
    pub name: String,
    /// The column name (`user_id` for a foreign key).
    pub column: String,
    pub kind: FieldKind,
    pub null: bool,
    pub unique: bool,
    /// `primary_key=True` (the auto `id`, or `session_key`).
    pub primary_key: bool,
    /// `db_index`: an index of its own (foreign keys and `SlugField` have
    /// one unless told otherwise; a unique field never gets one).
    pub db_index: bool,
    pub default: FieldDefault,
    /// `auto_now`/`auto_now_add` of a date or datetime field: `save()`
    /// sets it to now (`loaddata`'s raw saves do not).
    pub auto_now: Option<AutoNow>,
    /// A foreign key's `on_delete`: what deleting the row it points at
    /// does to this one (`Cascade` for any other field).
    pub on_delete: OnDelete,
}

/// `on_delete=models.CASCADE`, `PROTECT`, …: the deletion collector
/// follows a relation by it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OnDelete {
    Cascade,
    Protect,
    Restrict,
    SetNull,
    SetDefault,
    /// `models.SET(value)`.
    Set(SetValue),
    DoNothing,
}

/// What `models.SET(...)` sets a foreign key to, as `models.py` writes
/// it: a constant, which Django passes through the key's
/// `get_db_prep_save` at each delete (so `SET('3')` sends 3 for a key to
/// an `AutoField`), or something the collector cannot send (a callable,
/// which Django calls at each delete and which may run queries of its
/// own).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetValue {
    Null,
    Bool(bool),
    Int(i64),
    /// A float, by its bits (so that fields stay comparable).
    Float(u64),
    Str(String),
    Other,
}

impl OnDelete {
    /// The name in `django.db.models` (`SET_NULL`).
    pub fn name(&self) -> &'static str {
        match self {
            OnDelete::Cascade => "CASCADE",
            OnDelete::Protect => "PROTECT",
            OnDelete::Restrict => "RESTRICT",
            OnDelete::SetNull => "SET_NULL",
            OnDelete::SetDefault => "SET_DEFAULT",
            OnDelete::Set(_) => "SET",
            OnDelete::DoNothing => "DO_NOTHING",
        }
    }

    /// The option a `models.NAME` names.
    pub fn from_name(name: &str) -> Option<OnDelete> {
        [
            OnDelete::Cascade,
            OnDelete::Protect,
            OnDelete::Restrict,
            OnDelete::SetNull,
            OnDelete::SetDefault,
            OnDelete::DoNothing,
        ]
        .into_iter()
        .find(|o| o.name() == name)
    }
}

/// A date field's `auto_now` (`updated_at = DateTimeField(auto_now=True)`)
/// or `auto_now_add` (`created_at`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AutoNow {
    /// `auto_now_add`: set when the row is inserted.
    Add,
    /// `auto_now`: set on every save.
    Always,
}

impl Field {
    /// Whether the field is the model's primary key.
    pub fn is_primary_key(&self) -> bool {
        self.primary_key || matches!(self.kind, FieldKind::AutoField(_))
    }

    /// The model a foreign key points at, if this is one.
    pub fn foreign_target(&self) -> Option<ModelId> {
        match self.kind {
            FieldKind::ForeignKey { to } => Some(to),
            _ => None,
        }
    }
}

/// A `ManyToManyField` with its through table: auto-created, or the
/// table of an explicit intermediate model (`through='Membership'`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManyToMany {
    pub name: String,
    pub to: ModelId,
    /// `through=`: the intermediate model whose table and foreign keys
    /// the relation reads through. `None` for Django's auto-created
    /// table. Django creates no table for such a field, `dumpdata` leaves
    /// it out, and the related manager's writes go through the model.
    pub through: Option<ModelId>,
    /// `related_name`, the manager on the target (`followers`).
    pub related_name: String,
    /// `related_query_name`, the name lookups on the target use for the
    /// reverse relation: `related_name` unless set (`AbstractUser` sets
    /// `"user"` on `groups` and `user_permissions`).
    pub related_query_name: String,
    pub through_table: String,
    /// Through-table column pointing at the model that declares the field.
    pub source_column: String,
    /// Through-table column pointing at the target model.
    pub target_column: String,
    /// Through-table primary key kind (the declaring model's auto field).
    pub through_auto: AutoKind,
    /// A symmetrical relation to `'self'` (Django's default for one):
    /// adding or removing a pair also adds or removes its mirror row.
    pub symmetrical: bool,
}

/// A named index or unique constraint over fields (`Meta.indexes`,
/// `UniqueConstraint`): what the schema editor creates for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Index {
    /// The index or constraint name, as given or as Django derives it.
    pub name: String,
    /// Field names, in order.
    pub fields: Vec<String>,
}

/// A reverse foreign-key relation as Django names it (`article.comment_set`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReverseRelation {
    /// The manager name on the target (`comment_set`).
    pub accessor: String,
    /// The query name used in lookups and `Count()` (`comment`).
    pub query_name: String,
    pub from: ModelId,
    /// The foreign key field on `from` that points here.
    pub field: String,
}

/// The description of one Django model (`Model._meta`).
#[derive(Debug, PartialEq, Eq)]
pub struct Model {
    /// Its index in the registry ([`Registry::new`] sets it).
    pub id: ModelId,
    pub app_label: String,
    /// The class name (`User`).
    pub object_name: String,
    /// The lower-cased class name used in labels (`user`).
    pub model_name: String,
    /// `Meta.verbose_name`, used for permission names.
    pub verbose_name: String,
    pub db_table: String,
    /// Concrete fields in declaration order, primary key first.
    pub fields: Vec<Field>,
    /// Many-to-many fields in declaration order.
    pub many_to_many: Vec<ManyToMany>,
    /// Fields that make up `natural_key()`, if the model has one. A foreign
    /// key in the list contributes its target's natural key (Permission).
    pub natural_key: Option<Vec<String>>,
    /// `natural_key.dependencies`: models whose rows `dumpdata` with
    /// natural foreign keys must write first.
    pub natural_key_dependencies: Vec<ModelId>,
    /// `Meta.unique_together`: each set of field names, as written
    /// (empty if none).
    pub unique_together: Vec<Vec<String>>,
    /// `Meta.indexes`, in declaration order.
    pub indexes: Vec<Index>,
    /// `Meta.constraints`: the `UniqueConstraint`s, in declaration order.
    pub unique_constraints: Vec<Index>,
    /// Table column order where migration history left it different from
    /// the field order (on SQLite, fields altered by later migrations move
    /// to the end when the table is rebuilt); `None` means field order.
    pub column_order: Option<Vec<String>>,
    /// Reverse foreign keys pointing at this model, as Django names them.
    pub reverse_relations: Vec<ReverseRelation>,
    /// `Meta.ordering` (`["-pk"]`), the default `ORDER BY` of querysets;
    /// none of the lesson's models declares one.
    pub ordering: Vec<String>,
    /// What `str(instance)` is, as the shell shows instances.
    pub str_method: StrMethod,
}

/// What a model's `__str__` returns, as far as the shell knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StrMethod {
    /// Django's `Model.__str__`: `Article object (1)`.
    Default,
    /// `AbstractBaseUser.__str__`: the username.
    Username,
    /// A `__str__` of the class's own that returns a field of `self`, or
    /// an f-string over fields (`f'{self.user}: {self.content}'`): the
    /// shell runs it as Python would, a foreign key's object fetched
    /// (and its query sent) as `self.user` does in Django.
    Fields(Vec<StrPart>),
    /// Any other `__str__` of the class's own, which the shell does not
    /// run (it refuses to show such an instance rather than show it
    /// wrong).
    Own,
}

/// A piece of a [`StrMethod::Fields`] `__str__`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StrPart {
    /// Literal text of an f-string.
    Text(String),
    /// `self.name`, turned into text as `conv` says.
    Field { name: String, conv: StrConv },
}

/// How a field of `self` becomes a `__str__`'s text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrConv {
    /// `return self.name`: the value itself, which must be a `str`.
    Bare,
    /// `str(self.name)`, `{self.name}` or `{self.name!s}`.
    Str,
    /// `{self.name!r}`.
    Repr,
}

impl Model {
    /// `app_label.model_name`, the label used in fixtures.
    pub fn label(&self) -> String {
        format!("{}.{}", self.app_label, self.model_name)
    }

    /// The primary key field.
    pub fn pk(&self) -> &Field {
        self.field_at(FieldId::PK)
    }

    /// The field with this id; a field with no name for an id that is not
    /// one of this model's (a bug, but not a panic).
    pub fn field_at(&self, id: FieldId) -> &Field {
        self.fields.get(id.index()).unwrap_or(&NO_FIELD)
    }

    /// The id of a concrete field, by attribute name.
    pub fn field_id(&self, name: &str) -> Option<FieldId> {
        let index = self.fields.iter().position(|f| f.name == name)?;
        u16::try_from(index).ok().map(FieldId)
    }

    /// The primary key's auto field kind.
    pub fn auto_kind(&self) -> AutoKind {
        match self.pk().kind {
            FieldKind::AutoField(kind) => kind,
            _ => AutoKind::BigAuto,
        }
    }

    /// Finds a concrete field by attribute name.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// Finds a many-to-many field by name.
    pub fn m2m(&self, name: &str) -> Option<&ManyToMany> {
        self.many_to_many.iter().find(|m| m.name == name)
    }

    /// Whether the model defines `natural_key()`.
    pub fn has_natural_key(&self) -> bool {
        self.natural_key.is_some()
    }

    /// The fields of `natural_key()`, empty if the model has none.
    pub fn natural_key_fields(&self) -> impl Iterator<Item = &str> + '_ {
        self.natural_key.iter().flatten().map(String::as_str)
    }

    /// The table's columns in the order the table has them.
    pub fn table_columns(&self) -> Vec<&str> {
        match &self.column_order {
            Some(order) => order.iter().map(String::as_str).collect(),
            None => self.fields.iter().map(|f| f.column.as_str()).collect(),
        }
    }
}

/// What [`Registry::model`] answers for an id it does not have.
static NO_MODEL: Model = Model {
    id: ModelId(u16::MAX),
    app_label: String::new(),
    object_name: String::new(),
    model_name: String::new(),
    verbose_name: String::new(),
    db_table: String::new(),
    fields: Vec::new(),
    many_to_many: Vec::new(),
    natural_key: None,
    natural_key_dependencies: Vec::new(),
    unique_together: Vec::new(),
    indexes: Vec::new(),
    unique_constraints: Vec::new(),
    column_order: None,
    reverse_relations: Vec::new(),
    ordering: Vec::new(),
    str_method: StrMethod::Default,
};

/// What [`Model::field_at`] answers for an id the model does not have.
static NO_FIELD: Field = Field {
    name: String::new(),
    column: String::new(),
    kind: FieldKind::Text,
    null: true,
    unique: false,
    primary_key: false,
    db_index: false,
    default: FieldDefault::Null,
    auto_now: None,
    on_delete: OnDelete::Cascade,
};

pub(crate) fn strings(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

pub(crate) fn pk(kind: AutoKind) -> Field {
    Field {
        name: "id".into(),
        column: "id".into(),
        kind: FieldKind::AutoField(kind),
        null: false,
        unique: true,
        primary_key: true,
        db_index: false,
        default: FieldDefault::Null,
        auto_now: None,
        on_delete: OnDelete::Cascade,
    }
}

pub(crate) fn column(name: &str, kind: FieldKind, default: FieldDefault) -> Field {
    Field {
        name: name.into(),
        column: name.into(),
        kind,
        null: false,
        unique: false,
        primary_key: false,
        db_index: false,
        default,
        auto_now: None,
        on_delete: OnDelete::Cascade,
    }
}

pub(crate) fn char(name: &str, max_length: u32) -> Field {
    column(
        name,
        FieldKind::Char {
            max_length: Some(max_length),
            file: None,
        },
        FieldDefault::EmptyString,
    )
}

pub(crate) fn unique_char(name: &str, max_length: u32) -> Field {
    Field {
        unique: true,
        ..char(name, max_length)
    }
}

pub(crate) fn text(name: &str) -> Field {
    column(name, FieldKind::Text, FieldDefault::EmptyString)
}

pub(crate) fn boolean(name: &str, default: bool) -> Field {
    column(name, FieldKind::Boolean, FieldDefault::Bool(default))
}

pub(crate) fn datetime(name: &str, default: FieldDefault, null: bool) -> Field {
    Field {
        null,
        ..column(name, FieldKind::DateTime, default)
    }
}

/// `DateTimeField(auto_now_add=True)` or `(auto_now=True)`.
pub(crate) fn auto_datetime(name: &str, auto_now: AutoNow) -> Field {
    Field {
        auto_now: Some(auto_now),
        ..datetime(name, FieldDefault::Null, false)
    }
}

pub(crate) fn foreign_key(name: &str, to: ModelId) -> Field {
    Field {
        column: format!("{name}_id"),
        db_index: true,
        ..column(name, FieldKind::ForeignKey { to }, FieldDefault::Null)
    }
}

pub(crate) fn m2m(
    name: &str,
    to: ModelId,
    related_name: &str,
    through_table: &str,
    (source_column, target_column): (&str, &str),
    through_auto: AutoKind,
) -> ManyToMany {
    ManyToMany {
        name: name.into(),
        to,
        through: None,
        related_name: related_name.into(),
        related_query_name: related_name.into(),
        through_table: through_table.into(),
        source_column: source_column.into(),
        target_column: target_column.into(),
        through_auto,
        symmetrical: false,
    }
}

pub(crate) fn reverse(
    accessor: &str,
    query_name: &str,
    from: ModelId,
    field: &str,
) -> ReverseRelation {
    ReverseRelation {
        accessor: accessor.into(),
        query_name: query_name.into(),
        from,
        field: field.into(),
    }
}

/// A model of the lesson with its names; the rest filled in by the caller.
pub(crate) fn model(
    id: ModelId,
    app_label: &str,
    object_name: &str,
    verbose_name: &str,
    db_table: &str,
) -> Model {
    Model {
        id,
        app_label: app_label.into(),
        object_name: object_name.into(),
        model_name: object_name.to_lowercase(),
        verbose_name: verbose_name.into(),
        db_table: db_table.into(),
        fields: Vec::new(),
        many_to_many: Vec::new(),
        natural_key: None,
        natural_key_dependencies: Vec::new(),
        unique_together: Vec::new(),
        indexes: Vec::new(),
        unique_constraints: Vec::new(),
        column_order: None,
        reverse_relations: Vec::new(),
        ordering: Vec::new(),
        str_method: StrMethod::Default,
    }
}

/// The lesson's six models, in `INSTALLED_APPS` order (see [`lesson`]).
fn lesson_models() -> Vec<Model> {
    use lesson::{ARTICLE, COMMENT, CONTENT_TYPE, GROUP, PERMISSION, USER};
    use AutoKind::{Auto, BigAuto};
    vec![
        // `accounts.User(AbstractUser)` with `followings`.
        Model {
            fields: vec![
                pk(BigAuto),
                char("password", 128),
                datetime("last_login", FieldDefault::Null, true),
                boolean("is_superuser", false),
                unique_char("username", 150),
                char("first_name", 150),
                char("last_name", 150),
                char("email", 254),
                boolean("is_staff", false),
                boolean("is_active", true),
                datetime("date_joined", FieldDefault::Now, false),
            ],
            many_to_many: vec![
                ManyToMany {
                    related_query_name: "user".into(),
                    ..m2m(
                        "groups",
                        GROUP,
                        "user_set",
                        "accounts_user_groups",
                        ("user_id", "group_id"),
                        BigAuto,
                    )
                },
                ManyToMany {
                    related_query_name: "user".into(),
                    ..m2m(
                        "user_permissions",
                        PERMISSION,
                        "user_set",
                        "accounts_user_user_permissions",
                        ("user_id", "permission_id"),
                        BigAuto,
                    )
                },
                m2m(
                    "followings",
                    USER,
                    "followers",
                    "accounts_user_followings",
                    ("from_user_id", "to_user_id"),
                    BigAuto,
                ),
            ],
            natural_key: Some(strings(&["username"])),
            reverse_relations: vec![
                reverse("article_set", "article", ARTICLE, "user"),
                reverse("comment_set", "comment", COMMENT, "user"),
            ],
            str_method: StrMethod::Username,
            ..model(USER, "accounts", "User", "user", "accounts_user")
        },
        // `articles.Article`.
        Model {
            fields: vec![
                pk(BigAuto),
                foreign_key("user", USER),
                char("title", 10),
                text("content"),
                auto_datetime("created_at", AutoNow::Add),
                auto_datetime("updated_at", AutoNow::Always),
            ],
            many_to_many: vec![m2m(
                "like_users",
                USER,
                "like_articles",
                "articles_article_like_users",
                ("article_id", "user_id"),
                BigAuto,
            )],
            column_order: Some(strings(&[
                "id",
                "title",
                "content",
                "created_at",
                "updated_at",
                "user_id",
            ])),
            reverse_relations: vec![reverse("comment_set", "comment", COMMENT, "article")],
            ..model(
                ARTICLE,
                "articles",
                "Article",
                "article",
                "articles_article",
            )
        },
        // `articles.Comment`.
        Model {
            fields: vec![
                pk(BigAuto),
                foreign_key("article", ARTICLE),
                foreign_key("user", USER),
                char("content", 200),
                auto_datetime("created_at", AutoNow::Add),
                auto_datetime("updated_at", AutoNow::Always),
            ],
            column_order: Some(strings(&[
                "id",
                "content",
                "created_at",
                "updated_at",
                "article_id",
                "user_id",
            ])),
            ..model(
                COMMENT,
                "articles",
                "Comment",
                "comment",
                "articles_comment",
            )
        },
        // `auth.Permission`.
        Model {
            fields: vec![
                pk(Auto),
                char("name", 255),
                foreign_key("content_type", CONTENT_TYPE),
                char("codename", 100),
            ],
            natural_key: Some(strings(&["codename", "content_type"])),
            natural_key_dependencies: vec![CONTENT_TYPE],
            unique_together: vec![strings(&["content_type", "codename"])],
            column_order: Some(strings(&["id", "content_type_id", "codename", "name"])),
            str_method: StrMethod::Own,
            ..model(
                PERMISSION,
                "auth",
                "Permission",
                "permission",
                "auth_permission",
            )
        },
        // `auth.Group`.
        Model {
            fields: vec![pk(Auto), unique_char("name", 150)],
            many_to_many: vec![m2m(
                "permissions",
                PERMISSION,
                "group_set",
                "auth_group_permissions",
                ("group_id", "permission_id"),
                Auto,
            )],
            natural_key: Some(strings(&["name"])),
            str_method: StrMethod::Own,
            ..model(GROUP, "auth", "Group", "group", "auth_group")
        },
        // `contenttypes.ContentType`.
        Model {
            fields: vec![pk(Auto), char("app_label", 100), char("model", 100)],
            natural_key: Some(strings(&["app_label", "model"])),
            unique_together: vec![strings(&["app_label", "model"])],
            str_method: StrMethod::Own,
            ..model(
                CONTENT_TYPE,
                "contenttypes",
                "ContentType",
                "content type",
                "django_content_type",
            )
        },
    ]
}

/// The lesson's models behind a `blog.Post` of a project's own, so that
/// every id differs from the lesson's, and `User`'s reverse relations in
/// the other order: a registry that has the lesson's models but numbers
/// them otherwise (for tests of code that moves ids between registries).
#[cfg(test)]
pub(crate) fn lesson_after_a_project_model() -> Registry {
    let shift = |id: ModelId| ModelId(id.0 + 1);
    let mut models = lesson_models();
    for meta in &mut models {
        for field in &mut meta.fields {
            if let FieldKind::ForeignKey { to } = &mut field.kind {
                *to = shift(*to);
            }
        }
        for m2m in &mut meta.many_to_many {
            m2m.to = shift(m2m.to);
        }
        for relation in &mut meta.reverse_relations {
            relation.from = shift(relation.from);
        }
        for dependency in &mut meta.natural_key_dependencies {
            *dependency = shift(*dependency);
        }
        meta.reverse_relations.reverse();
    }
    models.insert(
        0,
        Model {
            fields: vec![pk(AutoKind::BigAuto), char("title", 10)],
            ..model(ModelId(0), "blog", "Post", "post", "blog_post")
        },
    );
    let apps = ["blog"].iter().chain(&LESSON_APPS).map(|a| (*a).to_owned());
    Registry::new(apps.collect(), models)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relations_have_ids_that_give_their_names_back() {
        let registry = Registry::lesson();
        let cases = [
            (lesson::COMMENT, "user", "user", true, false),
            (lesson::ARTICLE, "comment_set", "comment", false, false),
            (lesson::USER, "followings", "followings", false, true),
            (lesson::USER, "followers", "followers", false, true),
            (lesson::USER, "like_articles", "like_articles", false, true),
            (lesson::GROUP, "user_set", "user", false, true),
        ];
        for (model, name, query_name, forward, m2m) in cases {
            let id = registry.relation_named(model, name).expect(name);
            assert_eq!(registry.relation_name(model, id), name);
            assert_eq!(registry.relation_query_name(model, id), query_name);
            assert_eq!(matches!(id, RelationId::Forward(_)), forward, "{name}");
            assert_eq!(id.is_many_to_many(), m2m, "{name}");
        }
        for (model, name) in [(lesson::COMMENT, "content"), (lesson::USER, "nope")] {
            assert_eq!(registry.relation_named(model, name), None, "{name}");
        }
        // An id of another registry names nothing rather than panic.
        let empty = Registry::new(Vec::new(), Vec::new());
        assert_eq!(
            empty.relation_name(lesson::USER, RelationId::Reverse(7)),
            ""
        );
    }

    /// A project opened again keeps the registry kept the first time.
    #[test]
    fn equal_registries_are_pinned_once() {
        let first = Registry::pin(Arc::new(lesson_after_a_project_model()));
        let again = Registry::pin(Arc::new(lesson_after_a_project_model()));
        assert!(std::ptr::eq(first, again));
        assert!(std::ptr::eq(Registry::pin(Arc::clone(first)), first));
        let other = Registry::pin(Arc::new(Registry::new(strings(&["blog"]), Vec::new())));
        assert!(!Arc::ptr_eq(other, first));
        let lesson = Registry::pin(Arc::new(Registry::lesson()));
        assert!(std::ptr::eq(lesson, Registry::lesson_shared()));
    }

    #[test]
    fn a_model_is_found_again_in_another_registry_by_label() {
        let lesson = Registry::lesson();
        let project = lesson_after_a_project_model();
        assert_eq!(project.model(ModelId(2)).label(), "articles.article");
        assert_eq!(
            project.same_model(&lesson, lesson::ARTICLE),
            Some(ModelId(2))
        );
        assert_eq!(lesson.same_model(&project, ModelId(0)), None);
        assert!(project.has_lesson_models());
    }

    #[test]
    fn labels_resolve_case_insensitively() {
        let registry = Registry::lesson();
        let cases = [
            ("accounts.user", Some(lesson::USER)),
            ("accounts.User", Some(lesson::USER)),
            ("Accounts.user", None),
            ("articles.comment", Some(lesson::COMMENT)),
            ("contenttypes.contenttype", Some(lesson::CONTENT_TYPE)),
            ("articles.user", None),
            ("accounts", None),
            ("", None),
        ];
        for (label, expected) in cases {
            assert_eq!(registry.get_model(label), expected, "{label}");
        }
    }

    #[test]
    fn lesson_ids_name_their_models() {
        let registry = Registry::lesson();
        let labels: Vec<String> = lesson::ALL
            .iter()
            .map(|id| registry.model(*id).label())
            .collect();
        assert_eq!(
            labels,
            [
                "accounts.user",
                "articles.article",
                "articles.comment",
                "auth.permission",
                "auth.group",
                "contenttypes.contenttype"
            ]
        );
        assert_eq!(registry.ids().collect::<Vec<_>>(), lesson::ALL);
        let empty = Registry::new(Vec::new(), Vec::new());
        assert_eq!(empty.model(lesson::USER).fields.len(), 0);
        assert_eq!(empty.model(lesson::USER).pk().name, "");
        assert_eq!(
            registry.of_app("articles").collect::<Vec<_>>(),
            [lesson::ARTICLE, lesson::COMMENT]
        );
    }

    #[test]
    fn table_columns_cover_every_field_once() {
        let registry = Registry::lesson();
        for meta in registry.models() {
            let mut columns: Vec<_> = meta.fields.iter().map(|f| f.column.as_str()).collect();
            let mut table = meta.table_columns();
            columns.sort_unstable();
            table.sort_unstable();
            assert_eq!(columns, table, "{}", meta.label());
            assert_eq!(registry.model(meta.id).id, meta.id);
        }
    }
}
