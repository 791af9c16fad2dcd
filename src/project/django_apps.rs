//! Django's own apps as every project has them: `admin`, `auth`,
//! `contenttypes`, `sessions` (and `messages`, `staticfiles`, which have no
//! models). Their models for the registry, and their migrations as the
//! statements Django 5.2's `migrate` runs on SQLite, recorded from real
//! Django (tests/django_reference/gen_projects.py's projects); their
//! history (tables rebuilt by later migrations, columns moved to the end)
//! is data here, not something to derive. Statements marked `true` touch
//! `auth.User` and run only when `AUTH_USER_MODEL` is `auth.User`; the
//! admin log's `user_id` follows the user model's table and key type.

use crate::models::{
    boolean, char, column, datetime, foreign_key, m2m, model, pk, strings, text, unique_char,
    AutoKind, Field, FieldDefault, FieldKind, IntegerKind, ManyToMany, Model, ModelId, OnDelete,
    StrMethod,
};

/// A dependency of one of Django's migrations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dep {
    /// `(app_label, name)`; a name of `__first__` is the app's first.
    Node(&'static str, &'static str),
    /// `swappable_dependency(settings.AUTH_USER_MODEL)`: the user model's
    /// app's first migration.
    User,
}

/// One of Django's migrations: app, name, dependencies.
pub type DjangoMigration = (&'static str, &'static str, &'static [Dep]);

/// Django's migrations with their dependencies (`dependencies = […]` in
/// each file).
pub const MIGRATIONS: &[DjangoMigration] = &[
    ("contenttypes", "0001_initial", &[]),
    (
        "contenttypes",
        "0002_remove_content_type_name",
        &[Dep::Node("contenttypes", "0001_initial")],
    ),
    (
        "auth",
        "0001_initial",
        &[Dep::Node("contenttypes", "__first__")],
    ),
    (
        "auth",
        "0002_alter_permission_name_max_length",
        &[Dep::Node("auth", "0001_initial")],
    ),
    (
        "auth",
        "0003_alter_user_email_max_length",
        &[Dep::Node("auth", "0002_alter_permission_name_max_length")],
    ),
    (
        "auth",
        "0004_alter_user_username_opts",
        &[Dep::Node("auth", "0003_alter_user_email_max_length")],
    ),
    (
        "auth",
        "0005_alter_user_last_login_null",
        &[Dep::Node("auth", "0004_alter_user_username_opts")],
    ),
    (
        "auth",
        "0006_require_contenttypes_0002",
        &[
            Dep::Node("auth", "0005_alter_user_last_login_null"),
            Dep::Node("contenttypes", "0002_remove_content_type_name"),
        ],
    ),
    (
        "auth",
        "0007_alter_validators_add_error_messages",
        &[Dep::Node("auth", "0006_require_contenttypes_0002")],
    ),
    (
        "auth",
        "0008_alter_user_username_max_length",
        &[Dep::Node(
            "auth",
            "0007_alter_validators_add_error_messages",
        )],
    ),
    (
        "auth",
        "0009_alter_user_last_name_max_length",
        &[Dep::Node("auth", "0008_alter_user_username_max_length")],
    ),
    (
        "auth",
        "0010_alter_group_name_max_length",
        &[Dep::Node("auth", "0009_alter_user_last_name_max_length")],
    ),
    (
        "auth",
        "0011_update_proxy_permissions",
        &[
            Dep::Node("auth", "0010_alter_group_name_max_length"),
            Dep::Node("contenttypes", "0002_remove_content_type_name"),
        ],
    ),
    (
        "auth",
        "0012_alter_user_first_name_max_length",
        &[Dep::Node("auth", "0011_update_proxy_permissions")],
    ),
    (
        "admin",
        "0001_initial",
        &[Dep::User, Dep::Node("contenttypes", "__first__")],
    ),
    (
        "admin",
        "0002_logentry_remove_auto_add",
        &[Dep::Node("admin", "0001_initial")],
    ),
    (
        "admin",
        "0003_logentry_add_action_flag_choices",
        &[Dep::Node("admin", "0002_logentry_remove_auto_add")],
    ),
    ("sessions", "0001_initial", &[]),
];

/// The statements one of Django's migrations runs, for a user model in
/// `user_table` whose key column has `user_type` (`integer`, `bigint`);
/// `default_user` says whether that is `auth.User`.
pub fn statements(
    app: &str,
    name: &str,
    default_user: bool,
    user_table: &str,
    user_type: &str,
) -> Vec<String> {
    STATEMENTS
        .iter()
        .filter(|(a, n, _)| *a == app && *n == name)
        .flat_map(|(_, _, statements)| statements.iter())
        .filter(|(user_only, _)| default_user || !user_only)
        .map(|(_, sql)| {
            sql.replace("{user_table}", user_table)
                .replace("{user_type}", user_type)
        })
        .collect()
}

/// Recorded from `migrate` (see the module doc).
type Statements = (&'static str, &'static str, &'static [(bool, &'static str)]);

#[rustfmt::skip]
const STATEMENTS: &[Statements] = &[
    // contenttypes.0001_initial
    (
        "contenttypes",
        "0001_initial",
        &[
            (false, "CREATE TABLE \"django_content_type\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"name\" varchar(100) NOT NULL, \"app_label\" varchar(100) NOT NULL, \"model\" varchar(100) NOT NULL)"),
            (false, "CREATE UNIQUE INDEX \"django_content_type_app_label_model_76bd3d3b_uniq\" ON \"django_content_type\" (\"app_label\", \"model\")"),
        ],
    ),
    // contenttypes.0002_remove_content_type_name
    (
        "contenttypes",
        "0002_remove_content_type_name",
        &[
            (false, "CREATE TABLE \"new__django_content_type\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"app_label\" varchar(100) NOT NULL, \"model\" varchar(100) NOT NULL, \"name\" varchar(100) NULL)"),
            (false, "INSERT INTO \"new__django_content_type\" (\"id\", \"app_label\", \"model\", \"name\") SELECT \"id\", \"app_label\", \"model\", \"name\" FROM \"django_content_type\""),
            (false, "DROP TABLE \"django_content_type\""),
            (false, "ALTER TABLE \"new__django_content_type\" RENAME TO \"django_content_type\""),
            (false, "CREATE UNIQUE INDEX \"django_content_type_app_label_model_76bd3d3b_uniq\" ON \"django_content_type\" (\"app_label\", \"model\")"),
            (false, "ALTER TABLE \"django_content_type\" DROP COLUMN \"name\""),
        ],
    ),
    // auth.0001_initial
    (
        "auth",
        "0001_initial",
        &[
            (false, "CREATE TABLE \"auth_permission\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"name\" varchar(50) NOT NULL, \"content_type_id\" integer NOT NULL REFERENCES \"django_content_type\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"codename\" varchar(100) NOT NULL)"),
            (false, "CREATE TABLE \"auth_group\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"name\" varchar(80) NOT NULL UNIQUE)"),
            (false, "CREATE TABLE \"auth_group_permissions\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"group_id\" integer NOT NULL REFERENCES \"auth_group\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"permission_id\" integer NOT NULL REFERENCES \"auth_permission\" (\"id\") DEFERRABLE INITIALLY DEFERRED)"),
            (true, "CREATE TABLE \"auth_user\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"password\" varchar(128) NOT NULL, \"last_login\" datetime NOT NULL, \"is_superuser\" bool NOT NULL, \"username\" varchar(30) NOT NULL UNIQUE, \"first_name\" varchar(30) NOT NULL, \"last_name\" varchar(30) NOT NULL, \"email\" varchar(75) NOT NULL, \"is_staff\" bool NOT NULL, \"is_active\" bool NOT NULL, \"date_joined\" datetime NOT NULL)"),
            (true, "CREATE TABLE \"auth_user_groups\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"user_id\" integer NOT NULL REFERENCES \"auth_user\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"group_id\" integer NOT NULL REFERENCES \"auth_group\" (\"id\") DEFERRABLE INITIALLY DEFERRED)"),
            (true, "CREATE TABLE \"auth_user_user_permissions\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"user_id\" integer NOT NULL REFERENCES \"auth_user\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"permission_id\" integer NOT NULL REFERENCES \"auth_permission\" (\"id\") DEFERRABLE INITIALLY DEFERRED)"),
            (false, "CREATE UNIQUE INDEX \"auth_permission_content_type_id_codename_01ab375a_uniq\" ON \"auth_permission\" (\"content_type_id\", \"codename\")"),
            (false, "CREATE INDEX \"auth_permission_content_type_id_2f476e4b\" ON \"auth_permission\" (\"content_type_id\")"),
            (false, "CREATE UNIQUE INDEX \"auth_group_permissions_group_id_permission_id_0cd325b0_uniq\" ON \"auth_group_permissions\" (\"group_id\", \"permission_id\")"),
            (false, "CREATE INDEX \"auth_group_permissions_group_id_b120cbf9\" ON \"auth_group_permissions\" (\"group_id\")"),
            (false, "CREATE INDEX \"auth_group_permissions_permission_id_84c5c92e\" ON \"auth_group_permissions\" (\"permission_id\")"),
            (true, "CREATE UNIQUE INDEX \"auth_user_groups_user_id_group_id_94350c0c_uniq\" ON \"auth_user_groups\" (\"user_id\", \"group_id\")"),
            (true, "CREATE INDEX \"auth_user_groups_user_id_6a12ed8b\" ON \"auth_user_groups\" (\"user_id\")"),
            (true, "CREATE INDEX \"auth_user_groups_group_id_97559544\" ON \"auth_user_groups\" (\"group_id\")"),
            (true, "CREATE UNIQUE INDEX \"auth_user_user_permissions_user_id_permission_id_14a6b632_uniq\" ON \"auth_user_user_permissions\" (\"user_id\", \"permission_id\")"),
            (true, "CREATE INDEX \"auth_user_user_permissions_user_id_a95ead1b\" ON \"auth_user_user_permissions\" (\"user_id\")"),
            (true, "CREATE INDEX \"auth_user_user_permissions_permission_id_1fbb5f2c\" ON \"auth_user_user_permissions\" (\"permission_id\")"),
        ],
    ),
    // auth.0002_alter_permission_name_max_length
    (
        "auth",
        "0002_alter_permission_name_max_length",
        &[
            (false, "CREATE TABLE \"new__auth_permission\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"content_type_id\" integer NOT NULL REFERENCES \"django_content_type\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"codename\" varchar(100) NOT NULL, \"name\" varchar(255) NOT NULL)"),
            (false, "INSERT INTO \"new__auth_permission\" (\"id\", \"content_type_id\", \"codename\", \"name\") SELECT \"id\", \"content_type_id\", \"codename\", \"name\" FROM \"auth_permission\""),
            (false, "DROP TABLE \"auth_permission\""),
            (false, "ALTER TABLE \"new__auth_permission\" RENAME TO \"auth_permission\""),
            (false, "CREATE UNIQUE INDEX \"auth_permission_content_type_id_codename_01ab375a_uniq\" ON \"auth_permission\" (\"content_type_id\", \"codename\")"),
            (false, "CREATE INDEX \"auth_permission_content_type_id_2f476e4b\" ON \"auth_permission\" (\"content_type_id\")"),
        ],
    ),
    // auth.0003_alter_user_email_max_length
    (
        "auth",
        "0003_alter_user_email_max_length",
        &[
            (true, "CREATE TABLE \"new__auth_user\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"password\" varchar(128) NOT NULL, \"last_login\" datetime NOT NULL, \"is_superuser\" bool NOT NULL, \"username\" varchar(30) NOT NULL UNIQUE, \"first_name\" varchar(30) NOT NULL, \"last_name\" varchar(30) NOT NULL, \"is_staff\" bool NOT NULL, \"is_active\" bool NOT NULL, \"date_joined\" datetime NOT NULL, \"email\" varchar(254) NOT NULL)"),
            (true, "INSERT INTO \"new__auth_user\" (\"id\", \"password\", \"last_login\", \"is_superuser\", \"username\", \"first_name\", \"last_name\", \"is_staff\", \"is_active\", \"date_joined\", \"email\") SELECT \"id\", \"password\", \"last_login\", \"is_superuser\", \"username\", \"first_name\", \"last_name\", \"is_staff\", \"is_active\", \"date_joined\", \"email\" FROM \"auth_user\""),
            (true, "DROP TABLE \"auth_user\""),
            (true, "ALTER TABLE \"new__auth_user\" RENAME TO \"auth_user\""),
        ],
    ),
    // auth.0004_alter_user_username_opts
    (
        "auth",
        "0004_alter_user_username_opts",
        &[
        ],
    ),
    // auth.0005_alter_user_last_login_null
    (
        "auth",
        "0005_alter_user_last_login_null",
        &[
            (true, "CREATE TABLE \"new__auth_user\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"password\" varchar(128) NOT NULL, \"is_superuser\" bool NOT NULL, \"username\" varchar(30) NOT NULL UNIQUE, \"first_name\" varchar(30) NOT NULL, \"last_name\" varchar(30) NOT NULL, \"email\" varchar(254) NOT NULL, \"is_staff\" bool NOT NULL, \"is_active\" bool NOT NULL, \"date_joined\" datetime NOT NULL, \"last_login\" datetime NULL)"),
            (true, "INSERT INTO \"new__auth_user\" (\"id\", \"password\", \"is_superuser\", \"username\", \"first_name\", \"last_name\", \"email\", \"is_staff\", \"is_active\", \"date_joined\", \"last_login\") SELECT \"id\", \"password\", \"is_superuser\", \"username\", \"first_name\", \"last_name\", \"email\", \"is_staff\", \"is_active\", \"date_joined\", \"last_login\" FROM \"auth_user\""),
            (true, "DROP TABLE \"auth_user\""),
            (true, "ALTER TABLE \"new__auth_user\" RENAME TO \"auth_user\""),
        ],
    ),
    // auth.0006_require_contenttypes_0002
    (
        "auth",
        "0006_require_contenttypes_0002",
        &[
        ],
    ),
    // auth.0007_alter_validators_add_error_messages
    (
        "auth",
        "0007_alter_validators_add_error_messages",
        &[
        ],
    ),
    // auth.0008_alter_user_username_max_length
    (
        "auth",
        "0008_alter_user_username_max_length",
        &[
            (true, "CREATE TABLE \"new__auth_user\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"password\" varchar(128) NOT NULL, \"last_login\" datetime NULL, \"is_superuser\" bool NOT NULL, \"first_name\" varchar(30) NOT NULL, \"last_name\" varchar(30) NOT NULL, \"email\" varchar(254) NOT NULL, \"is_staff\" bool NOT NULL, \"is_active\" bool NOT NULL, \"date_joined\" datetime NOT NULL, \"username\" varchar(150) NOT NULL UNIQUE)"),
            (true, "INSERT INTO \"new__auth_user\" (\"id\", \"password\", \"last_login\", \"is_superuser\", \"first_name\", \"last_name\", \"email\", \"is_staff\", \"is_active\", \"date_joined\", \"username\") SELECT \"id\", \"password\", \"last_login\", \"is_superuser\", \"first_name\", \"last_name\", \"email\", \"is_staff\", \"is_active\", \"date_joined\", \"username\" FROM \"auth_user\""),
            (true, "DROP TABLE \"auth_user\""),
            (true, "ALTER TABLE \"new__auth_user\" RENAME TO \"auth_user\""),
        ],
    ),
    // auth.0009_alter_user_last_name_max_length
    (
        "auth",
        "0009_alter_user_last_name_max_length",
        &[
            (true, "CREATE TABLE \"new__auth_user\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"password\" varchar(128) NOT NULL, \"last_login\" datetime NULL, \"is_superuser\" bool NOT NULL, \"username\" varchar(150) NOT NULL UNIQUE, \"first_name\" varchar(30) NOT NULL, \"email\" varchar(254) NOT NULL, \"is_staff\" bool NOT NULL, \"is_active\" bool NOT NULL, \"date_joined\" datetime NOT NULL, \"last_name\" varchar(150) NOT NULL)"),
            (true, "INSERT INTO \"new__auth_user\" (\"id\", \"password\", \"last_login\", \"is_superuser\", \"username\", \"first_name\", \"email\", \"is_staff\", \"is_active\", \"date_joined\", \"last_name\") SELECT \"id\", \"password\", \"last_login\", \"is_superuser\", \"username\", \"first_name\", \"email\", \"is_staff\", \"is_active\", \"date_joined\", \"last_name\" FROM \"auth_user\""),
            (true, "DROP TABLE \"auth_user\""),
            (true, "ALTER TABLE \"new__auth_user\" RENAME TO \"auth_user\""),
        ],
    ),
    // auth.0010_alter_group_name_max_length
    (
        "auth",
        "0010_alter_group_name_max_length",
        &[
            (false, "CREATE TABLE \"new__auth_group\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"name\" varchar(150) NOT NULL UNIQUE)"),
            (false, "INSERT INTO \"new__auth_group\" (\"id\", \"name\") SELECT \"id\", \"name\" FROM \"auth_group\""),
            (false, "DROP TABLE \"auth_group\""),
            (false, "ALTER TABLE \"new__auth_group\" RENAME TO \"auth_group\""),
        ],
    ),
    // auth.0011_update_proxy_permissions
    (
        "auth",
        "0011_update_proxy_permissions",
        &[
        ],
    ),
    // auth.0012_alter_user_first_name_max_length
    (
        "auth",
        "0012_alter_user_first_name_max_length",
        &[
            (true, "CREATE TABLE \"new__auth_user\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"password\" varchar(128) NOT NULL, \"last_login\" datetime NULL, \"is_superuser\" bool NOT NULL, \"username\" varchar(150) NOT NULL UNIQUE, \"last_name\" varchar(150) NOT NULL, \"email\" varchar(254) NOT NULL, \"is_staff\" bool NOT NULL, \"is_active\" bool NOT NULL, \"date_joined\" datetime NOT NULL, \"first_name\" varchar(150) NOT NULL)"),
            (true, "INSERT INTO \"new__auth_user\" (\"id\", \"password\", \"last_login\", \"is_superuser\", \"username\", \"last_name\", \"email\", \"is_staff\", \"is_active\", \"date_joined\", \"first_name\") SELECT \"id\", \"password\", \"last_login\", \"is_superuser\", \"username\", \"last_name\", \"email\", \"is_staff\", \"is_active\", \"date_joined\", \"first_name\" FROM \"auth_user\""),
            (true, "DROP TABLE \"auth_user\""),
            (true, "ALTER TABLE \"new__auth_user\" RENAME TO \"auth_user\""),
        ],
    ),
    // admin.0001_initial
    (
        "admin",
        "0001_initial",
        &[
            (false, "CREATE TABLE \"django_admin_log\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"action_time\" datetime NOT NULL, \"object_id\" text NULL, \"object_repr\" varchar(200) NOT NULL, \"action_flag\" smallint unsigned NOT NULL CHECK (\"action_flag\" >= 0), \"change_message\" text NOT NULL, \"content_type_id\" integer NULL REFERENCES \"django_content_type\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"user_id\" {user_type} NOT NULL REFERENCES \"{user_table}\" (\"id\") DEFERRABLE INITIALLY DEFERRED)"),
            (false, "CREATE INDEX \"django_admin_log_content_type_id_c4bce8eb\" ON \"django_admin_log\" (\"content_type_id\")"),
            (false, "CREATE INDEX \"django_admin_log_user_id_c564eba6\" ON \"django_admin_log\" (\"user_id\")"),
        ],
    ),
    // admin.0002_logentry_remove_auto_add
    (
        "admin",
        "0002_logentry_remove_auto_add",
        &[
            (false, "CREATE TABLE \"new__django_admin_log\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"object_id\" text NULL, \"object_repr\" varchar(200) NOT NULL, \"action_flag\" smallint unsigned NOT NULL CHECK (\"action_flag\" >= 0), \"change_message\" text NOT NULL, \"content_type_id\" integer NULL REFERENCES \"django_content_type\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"user_id\" {user_type} NOT NULL REFERENCES \"{user_table}\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"action_time\" datetime NOT NULL)"),
            (false, "INSERT INTO \"new__django_admin_log\" (\"id\", \"object_id\", \"object_repr\", \"action_flag\", \"change_message\", \"content_type_id\", \"user_id\", \"action_time\") SELECT \"id\", \"object_id\", \"object_repr\", \"action_flag\", \"change_message\", \"content_type_id\", \"user_id\", \"action_time\" FROM \"django_admin_log\""),
            (false, "DROP TABLE \"django_admin_log\""),
            (false, "ALTER TABLE \"new__django_admin_log\" RENAME TO \"django_admin_log\""),
            (false, "CREATE INDEX \"django_admin_log_content_type_id_c4bce8eb\" ON \"django_admin_log\" (\"content_type_id\")"),
            (false, "CREATE INDEX \"django_admin_log_user_id_c564eba6\" ON \"django_admin_log\" (\"user_id\")"),
        ],
    ),
    // admin.0003_logentry_add_action_flag_choices
    (
        "admin",
        "0003_logentry_add_action_flag_choices",
        &[
        ],
    ),
    // sessions.0001_initial
    (
        "sessions",
        "0001_initial",
        &[
            (false, "CREATE TABLE \"django_session\" (\"session_key\" varchar(40) NOT NULL PRIMARY KEY, \"session_data\" text NOT NULL, \"expire_date\" datetime NOT NULL)"),
            (false, "CREATE INDEX \"django_session_expire_date_a5c62663\" ON \"django_session\" (\"expire_date\")"),
        ],
    ),];

/// The models of Django's apps in the registry's order for the app:
/// definition order in each app's `models.py`. `user` is `Some(id)` of the
/// project's own user model when `AUTH_USER_MODEL` is swapped (then
/// `auth.User` is not installed), and `ids` the ids the caller gives these
/// models, in order: `admin.LogEntry`, `auth.Permission`, `auth.Group`,
/// `auth.User` (when not swapped), `contenttypes.ContentType`,
/// `sessions.Session`.
pub struct DjangoIds {
    pub log_entry: Option<ModelId>,
    pub permission: ModelId,
    pub group: ModelId,
    pub user: ModelId,
    pub content_type: ModelId,
    pub session: Option<ModelId>,
}

/// `admin.LogEntry`.
pub fn log_entry(ids: &DjangoIds, id: ModelId) -> Model {
    Model {
        fields: vec![
            pk(AutoKind::Auto),
            datetime("action_time", FieldDefault::Now, false),
            foreign_key("user", ids.user),
            Field {
                null: true,
                on_delete: OnDelete::SetNull,
                ..foreign_key("content_type", ids.content_type)
            },
            Field {
                null: true,
                ..column("object_id", FieldKind::Text, FieldDefault::Null)
            },
            char("object_repr", 200),
            column(
                "action_flag",
                FieldKind::Integer(IntegerKind::PositiveSmall),
                FieldDefault::Null,
            ),
            text("change_message"),
        ],
        str_method: StrMethod::Own,
        ..model(id, "admin", "LogEntry", "log entry", "django_admin_log")
    }
}

/// `auth.Permission`.
pub fn permission(ids: &DjangoIds) -> Model {
    Model {
        fields: vec![
            pk(AutoKind::Auto),
            char("name", 255),
            foreign_key("content_type", ids.content_type),
            char("codename", 100),
        ],
        natural_key: Some(strings(&["codename", "content_type"])),
        natural_key_dependencies: vec![ids.content_type],
        unique_together: vec![strings(&["content_type", "codename"])],
        str_method: StrMethod::Own,
        ..model(
            ids.permission,
            "auth",
            "Permission",
            "permission",
            "auth_permission",
        )
    }
}

/// `auth.Group`.
pub fn group(ids: &DjangoIds) -> Model {
    Model {
        fields: vec![pk(AutoKind::Auto), unique_char("name", 150)],
        many_to_many: vec![m2m(
            "permissions",
            ids.permission,
            "group_set",
            "auth_group_permissions",
            ("group_id", "permission_id"),
            AutoKind::Auto,
        )],
        natural_key: Some(strings(&["name"])),
        str_method: StrMethod::Own,
        ..model(ids.group, "auth", "Group", "group", "auth_group")
    }
}

/// The fields `AbstractUser` gives a user model, after its primary key,
/// in Django's order.
pub fn abstract_user_fields() -> Vec<Field> {
    vec![
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
    ]
}

/// `PermissionsMixin`'s `groups` and `user_permissions` on a user model
/// with table `db_table`.
pub fn abstract_user_m2m(ids: &DjangoIds, db_table: &str, model_name: &str) -> Vec<ManyToMany> {
    ["groups", "user_permissions"]
        .into_iter()
        .map(|name| {
            let (to, target) = if name == "groups" {
                (ids.group, "group_id")
            } else {
                (ids.permission, "permission_id")
            };
            ManyToMany {
                related_query_name: "user".into(),
                ..m2m(
                    name,
                    to,
                    "user_set",
                    &format!("{db_table}_{name}"),
                    (&format!("{model_name}_id"), target),
                    AutoKind::Auto,
                )
            }
        })
        .collect()
}

/// `auth.User`, when it is the project's user model.
pub fn user(ids: &DjangoIds) -> Model {
    let mut fields = vec![pk(AutoKind::Auto)];
    fields.extend(abstract_user_fields());
    Model {
        fields,
        many_to_many: abstract_user_m2m(ids, "auth_user", "user"),
        natural_key: Some(strings(&["username"])),
        str_method: StrMethod::Username,
        ..model(ids.user, "auth", "User", "user", "auth_user")
    }
}

/// `contenttypes.ContentType`.
pub fn content_type(ids: &DjangoIds) -> Model {
    Model {
        fields: vec![
            pk(AutoKind::Auto),
            char("app_label", 100),
            char("model", 100),
        ],
        natural_key: Some(strings(&["app_label", "model"])),
        unique_together: vec![strings(&["app_label", "model"])],
        str_method: StrMethod::Own,
        ..model(
            ids.content_type,
            "contenttypes",
            "ContentType",
            "content type",
            "django_content_type",
        )
    }
}

/// `sessions.Session`.
pub fn session(id: ModelId) -> Model {
    Model {
        fields: vec![
            Field {
                primary_key: true,
                unique: true,
                ..char("session_key", 40)
            },
            text("session_data"),
            Field {
                db_index: true,
                ..datetime("expire_date", FieldDefault::Null, false)
            },
        ],
        str_method: StrMethod::Own,
        ..model(id, "sessions", "Session", "session", "django_session")
    }
}
