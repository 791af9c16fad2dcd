//! The lesson's Django models, described once as data.
//!
//! Everything that needs to know about `accounts.User`, `articles.Article`,
//! `articles.Comment` and the `auth`/`contenttypes` models that `AbstractUser`
//! drags in reads it from here: the DDL (`schema`), the fixture loader and
//! serializer, the ORM compiler and the UI. Field order is Django's
//! declaration order (`Model._meta.concrete_fields`), which is the order of
//! `SELECT` column lists and of `dumpdata` output. The column order of the
//! table itself is a fact about migration history, kept apart in
//! [`Model::table_columns`].
//!
//! This module does not touch the database.

/// Identifies one of the concrete models the playground knows.
///
/// The order of the variants is `INSTALLED_APPS` order and, within an app,
/// the app registry's order: the order `dumpdata` walks models in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum ModelId {
    User,
    Article,
    Comment,
    Permission,
    Group,
    ContentType,
}

impl ModelId {
    /// Every model, in `INSTALLED_APPS` order.
    pub const ALL: [ModelId; 6] = [
        ModelId::User,
        ModelId::Article,
        ModelId::Comment,
        ModelId::Permission,
        ModelId::Group,
        ModelId::ContentType,
    ];

    /// The static description of this model.
    pub fn meta(self) -> &'static Model {
        match self {
            ModelId::User => &USER,
            ModelId::Article => &ARTICLE,
            ModelId::Comment => &COMMENT,
            ModelId::Permission => &PERMISSION,
            ModelId::Group => &GROUP,
            ModelId::ContentType => &CONTENT_TYPE,
        }
    }

    /// Finds a model by Django's `app_label.ModelName` label as
    /// `apps.get_model` does: the app label exactly, the model name in any
    /// case.
    pub fn from_label(label: &str) -> Option<ModelId> {
        let (app, model) = label.split_once('.')?;
        ModelId::ALL.into_iter().find(|id| {
            let meta = id.meta();
            meta.app_label == app && meta.model_name.eq_ignore_ascii_case(model)
        })
    }

    /// The models of one app, in registry order.
    pub fn of_app(app_label: &str) -> impl Iterator<Item = ModelId> + '_ {
        ModelId::ALL
            .into_iter()
            .filter(move |id| id.meta().app_label == app_label)
    }
}

/// The Django apps installed in the reference project, in `INSTALLED_APPS` order.
pub const APP_LABELS: [&str; 4] = ["accounts", "articles", "auth", "contenttypes"];

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
}

/// The Django field class, with what the DDL and the serializer need of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// The primary key.
    AutoField(AutoKind),
    /// `CharField` and its subclasses such as `EmailField`.
    Char {
        max_length: u32,
    },
    Text,
    Boolean,
    DateTime,
    /// `ForeignKey` to another model's primary key.
    ForeignKey {
        to: ModelId,
    },
}

/// One concrete (column-backed) field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// The attribute name (`user` for a foreign key).
    pub name: &'static str,
    /// The column name (`user_id` for a foreign key).
    pub column: &'static str,
    pub kind: FieldKind,
    pub null: bool,
    pub unique: bool,
    pub default: FieldDefault,
}

impl Field {
    /// Whether the field is the model's primary key.
    pub fn is_primary_key(&self) -> bool {
        matches!(self.kind, FieldKind::AutoField(_))
    }

    /// The model a foreign key points at, if this is one.
    pub fn foreign_target(&self) -> Option<ModelId> {
        match self.kind {
            FieldKind::ForeignKey { to } => Some(to),
            _ => None,
        }
    }
}

/// A `ManyToManyField` with its auto-created through table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ManyToMany {
    pub name: &'static str,
    pub to: ModelId,
    /// `related_name`, the manager on the target (`followers`).
    pub related_name: &'static str,
    pub through_table: &'static str,
    /// Through-table column pointing at the model that declares the field.
    pub source_column: &'static str,
    /// Through-table column pointing at the target model.
    pub target_column: &'static str,
    /// Through-table primary key kind (the declaring model's auto field).
    pub through_auto: AutoKind,
}

/// A reverse foreign-key relation as Django names it (`article.comment_set`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReverseRelation {
    /// The manager name on the target (`comment_set`).
    pub accessor: &'static str,
    /// The query name used in lookups and `Count()` (`comment`).
    pub query_name: &'static str,
    pub from: ModelId,
    /// The foreign key field on `from` that points here.
    pub field: &'static str,
}

/// The static description of one Django model.
#[derive(Debug, PartialEq, Eq)]
pub struct Model {
    pub id: ModelId,
    pub app_label: &'static str,
    /// The class name (`User`).
    pub object_name: &'static str,
    /// The lower-cased class name used in labels (`user`).
    pub model_name: &'static str,
    /// `Meta.verbose_name`, used for permission names.
    pub verbose_name: &'static str,
    pub db_table: &'static str,
    /// Concrete fields in declaration order, primary key first.
    pub fields: &'static [Field],
    /// Many-to-many fields in declaration order.
    pub many_to_many: &'static [ManyToMany],
    /// Fields that make up `natural_key()`, if the model has one. A foreign
    /// key in the list contributes its target's natural key (Permission).
    pub natural_key: Option<&'static [&'static str]>,
    /// Table column order as Django's migration history leaves it on SQLite
    /// (fields altered by later migrations move to the end when the table
    /// is rebuilt).
    pub table_columns: &'static [&'static str],
    /// Reverse foreign keys pointing at this model, as Django names them.
    pub reverse_relations: &'static [ReverseRelation],
}

impl Model {
    /// `app_label.model_name`, the label used in fixtures.
    pub fn label(&self) -> String {
        format!("{}.{}", self.app_label, self.model_name)
    }

    /// The primary key field.
    pub fn pk(&self) -> &'static Field {
        &self.fields[0]
    }

    /// The primary key's auto field kind.
    pub fn auto_kind(&self) -> AutoKind {
        match self.pk().kind {
            FieldKind::AutoField(kind) => kind,
            _ => AutoKind::BigAuto,
        }
    }

    /// Finds a concrete field by attribute name.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// Finds a many-to-many field by name.
    pub fn m2m(&self, name: &str) -> Option<&'static ManyToMany> {
        self.many_to_many.iter().find(|m| m.name == name)
    }

    /// Whether the model defines `natural_key()`.
    pub fn has_natural_key(&self) -> bool {
        self.natural_key.is_some()
    }
}

const fn pk(kind: AutoKind) -> Field {
    Field {
        name: "id",
        column: "id",
        kind: FieldKind::AutoField(kind),
        null: false,
        unique: true,
        default: FieldDefault::Null,
    }
}

const fn char(name: &'static str, max_length: u32) -> Field {
    Field {
        name,
        column: name,
        kind: FieldKind::Char { max_length },
        null: false,
        unique: false,
        default: FieldDefault::EmptyString,
    }
}

const fn text(name: &'static str) -> Field {
    Field {
        name,
        column: name,
        kind: FieldKind::Text,
        null: false,
        unique: false,
        default: FieldDefault::EmptyString,
    }
}

const fn boolean(name: &'static str, default: bool) -> Field {
    Field {
        name,
        column: name,
        kind: FieldKind::Boolean,
        null: false,
        unique: false,
        default: FieldDefault::Bool(default),
    }
}

const fn datetime(name: &'static str, default: FieldDefault, null: bool) -> Field {
    Field {
        name,
        column: name,
        kind: FieldKind::DateTime,
        null,
        unique: false,
        default,
    }
}

const fn foreign_key(name: &'static str, column: &'static str, to: ModelId) -> Field {
    Field {
        name,
        column,
        kind: FieldKind::ForeignKey { to },
        null: false,
        unique: false,
        default: FieldDefault::Null,
    }
}

/// `accounts.User(AbstractUser)` with `followings`.
pub static USER: Model = Model {
    id: ModelId::User,
    app_label: "accounts",
    object_name: "User",
    model_name: "user",
    verbose_name: "user",
    db_table: "accounts_user",
    fields: &[
        pk(AutoKind::BigAuto),
        char("password", 128),
        datetime("last_login", FieldDefault::Null, true),
        boolean("is_superuser", false),
        Field {
            unique: true,
            ..char("username", 150)
        },
        char("first_name", 150),
        char("last_name", 150),
        char("email", 254),
        boolean("is_staff", false),
        boolean("is_active", true),
        datetime("date_joined", FieldDefault::Now, false),
    ],
    many_to_many: &[
        ManyToMany {
            name: "groups",
            to: ModelId::Group,
            related_name: "user_set",
            through_table: "accounts_user_groups",
            source_column: "user_id",
            target_column: "group_id",
            through_auto: AutoKind::BigAuto,
        },
        ManyToMany {
            name: "user_permissions",
            to: ModelId::Permission,
            related_name: "user_set",
            through_table: "accounts_user_user_permissions",
            source_column: "user_id",
            target_column: "permission_id",
            through_auto: AutoKind::BigAuto,
        },
        ManyToMany {
            name: "followings",
            to: ModelId::User,
            related_name: "followers",
            through_table: "accounts_user_followings",
            source_column: "from_user_id",
            target_column: "to_user_id",
            through_auto: AutoKind::BigAuto,
        },
    ],
    natural_key: Some(&["username"]),
    table_columns: &[
        "id",
        "password",
        "last_login",
        "is_superuser",
        "username",
        "first_name",
        "last_name",
        "email",
        "is_staff",
        "is_active",
        "date_joined",
    ],
    reverse_relations: &[
        ReverseRelation {
            accessor: "article_set",
            query_name: "article",
            from: ModelId::Article,
            field: "user",
        },
        ReverseRelation {
            accessor: "comment_set",
            query_name: "comment",
            from: ModelId::Comment,
            field: "user",
        },
    ],
};

/// `articles.Article`.
pub static ARTICLE: Model = Model {
    id: ModelId::Article,
    app_label: "articles",
    object_name: "Article",
    model_name: "article",
    verbose_name: "article",
    db_table: "articles_article",
    fields: &[
        pk(AutoKind::BigAuto),
        foreign_key("user", "user_id", ModelId::User),
        char("title", 10),
        text("content"),
        datetime("created_at", FieldDefault::Null, false),
        datetime("updated_at", FieldDefault::Null, false),
    ],
    many_to_many: &[ManyToMany {
        name: "like_users",
        to: ModelId::User,
        related_name: "like_articles",
        through_table: "articles_article_like_users",
        source_column: "article_id",
        target_column: "user_id",
        through_auto: AutoKind::BigAuto,
    }],
    natural_key: None,
    table_columns: &[
        "id",
        "title",
        "content",
        "created_at",
        "updated_at",
        "user_id",
    ],
    reverse_relations: &[ReverseRelation {
        accessor: "comment_set",
        query_name: "comment",
        from: ModelId::Comment,
        field: "article",
    }],
};

/// `articles.Comment`.
pub static COMMENT: Model = Model {
    id: ModelId::Comment,
    app_label: "articles",
    object_name: "Comment",
    model_name: "comment",
    verbose_name: "comment",
    db_table: "articles_comment",
    fields: &[
        pk(AutoKind::BigAuto),
        foreign_key("article", "article_id", ModelId::Article),
        foreign_key("user", "user_id", ModelId::User),
        char("content", 200),
        datetime("created_at", FieldDefault::Null, false),
        datetime("updated_at", FieldDefault::Null, false),
    ],
    many_to_many: &[],
    natural_key: None,
    table_columns: &[
        "id",
        "content",
        "created_at",
        "updated_at",
        "article_id",
        "user_id",
    ],
    reverse_relations: &[],
};

/// `auth.Permission`.
pub static PERMISSION: Model = Model {
    id: ModelId::Permission,
    app_label: "auth",
    object_name: "Permission",
    model_name: "permission",
    verbose_name: "permission",
    db_table: "auth_permission",
    fields: &[
        pk(AutoKind::Auto),
        char("name", 255),
        foreign_key("content_type", "content_type_id", ModelId::ContentType),
        char("codename", 100),
    ],
    many_to_many: &[],
    natural_key: Some(&["codename", "content_type"]),
    table_columns: &["id", "content_type_id", "codename", "name"],
    reverse_relations: &[],
};

/// `auth.Group`.
pub static GROUP: Model = Model {
    id: ModelId::Group,
    app_label: "auth",
    object_name: "Group",
    model_name: "group",
    verbose_name: "group",
    db_table: "auth_group",
    fields: &[
        pk(AutoKind::Auto),
        Field {
            unique: true,
            ..char("name", 150)
        },
    ],
    many_to_many: &[ManyToMany {
        name: "permissions",
        to: ModelId::Permission,
        related_name: "group_set",
        through_table: "auth_group_permissions",
        source_column: "group_id",
        target_column: "permission_id",
        through_auto: AutoKind::Auto,
    }],
    natural_key: Some(&["name"]),
    table_columns: &["id", "name"],
    reverse_relations: &[],
};

/// `contenttypes.ContentType`.
pub static CONTENT_TYPE: Model = Model {
    id: ModelId::ContentType,
    app_label: "contenttypes",
    object_name: "ContentType",
    model_name: "contenttype",
    verbose_name: "content type",
    db_table: "django_content_type",
    fields: &[
        pk(AutoKind::Auto),
        char("app_label", 100),
        char("model", 100),
    ],
    many_to_many: &[],
    natural_key: Some(&["app_label", "model"]),
    table_columns: &["id", "app_label", "model"],
    reverse_relations: &[],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_resolve_case_insensitively() {
        let cases = [
            ("accounts.user", Some(ModelId::User)),
            ("accounts.User", Some(ModelId::User)),
            ("Accounts.user", None),
            ("articles.comment", Some(ModelId::Comment)),
            ("contenttypes.contenttype", Some(ModelId::ContentType)),
            ("articles.user", None),
            ("accounts", None),
            ("", None),
        ];
        for (label, expected) in cases {
            assert_eq!(ModelId::from_label(label), expected, "{label}");
        }
    }

    #[test]
    fn table_columns_cover_every_field_once() {
        for id in ModelId::ALL {
            let meta = id.meta();
            let mut columns: Vec<_> = meta.fields.iter().map(|f| f.column).collect();
            let mut table: Vec<_> = meta.table_columns.to_vec();
            columns.sort_unstable();
            table.sort_unstable();
            assert_eq!(columns, table, "{}", meta.label());
            assert_eq!(meta.id, id);
        }
    }
}
