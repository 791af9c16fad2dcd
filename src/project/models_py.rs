//! One app's `models.py`, read into declarations: each model class with its
//! fields and options as written, checked against what the playground
//! models. Nothing here resolves names across apps or builds SQL (`build`
//! and `migrate` do); this module only turns source into [`ModelDecl`]s or
//! a [`ProjectError`] naming the line and the construct it will not guess.

use std::collections::HashMap;

use crate::models::{
    AutoKind, AutoNow, FieldDefault, IntegerKind, OnDelete, SetValue, StrConv, StrMethod, StrPart,
};
use crate::python::ast::{Arg, Const, Expr, ExprKind, FPart, FuncDef, Stmt, StmtKind};
use crate::python::parser::parse_program;

use super::classes::{self, ClassHeader};
use super::error::{Construct, ProjectError};

/// A Django field class the playground supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldClass {
    Auto(AutoKind),
    Char,
    Text,
    Slug,
    Email,
    Url,
    Integer(IntegerKind),
    Float,
    Decimal,
    Boolean,
    Date,
    DateTime,
    Time,
    Duration,
    Uuid,
    Json,
    File,
    Image,
    ForeignKey,
    OneToOne,
    ManyToMany,
}

impl FieldClass {
    fn from_name(name: &str) -> Option<FieldClass> {
        use FieldClass::*;
        Some(match name {
            "AutoField" => Auto(AutoKind::Auto),
            "BigAutoField" => Auto(AutoKind::BigAuto),
            "CharField" => Char,
            "TextField" => Text,
            "SlugField" => Slug,
            "EmailField" => Email,
            "URLField" => Url,
            "IntegerField" => Integer(IntegerKind::Normal),
            "SmallIntegerField" => Integer(IntegerKind::Small),
            "BigIntegerField" => Integer(IntegerKind::Big),
            "PositiveIntegerField" => Integer(IntegerKind::Positive),
            "PositiveSmallIntegerField" => Integer(IntegerKind::PositiveSmall),
            "PositiveBigIntegerField" => Integer(IntegerKind::PositiveBig),
            "FloatField" => Float,
            "DecimalField" => Decimal,
            "BooleanField" => Boolean,
            "DateField" => Date,
            "DateTimeField" => DateTime,
            "TimeField" => Time,
            "DurationField" => Duration,
            "UUIDField" => Uuid,
            "JSONField" => Json,
            "FileField" => File,
            "ImageField" => Image,
            "ForeignKey" => ForeignKey,
            "OneToOneField" => OneToOne,
            "ManyToManyField" => ManyToMany,
            _ => return None,
        })
    }

    /// Whether this is a relation (`ForeignKey`, `OneToOneField`,
    /// `ManyToManyField`).
    pub fn is_relation(self) -> bool {
        matches!(
            self,
            FieldClass::ForeignKey | FieldClass::OneToOne | FieldClass::ManyToMany
        )
    }

    /// Django's `empty_strings_allowed`: the field's implicit default is
    /// `""` rather than `None`.
    pub fn empty_strings_allowed(self) -> bool {
        matches!(
            self,
            FieldClass::Char
                | FieldClass::Text
                | FieldClass::Slug
                | FieldClass::Email
                | FieldClass::Url
                | FieldClass::File
                | FieldClass::Image
        )
    }
}

/// What a relation points at, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// `'self'`.
    Itself,
    /// `settings.AUTH_USER_MODEL`.
    User,
    /// `'app_label.Model'`, `'Model'` or a class name.
    Label { app: Option<String>, model: String },
}

/// A field's options as written (absent options are `None`/`false`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldOptions {
    pub max_length: Option<u32>,
    pub max_digits: Option<u32>,
    pub decimal_places: Option<u32>,
    pub null: bool,
    pub blank: bool,
    pub unique: bool,
    pub primary_key: bool,
    pub db_index: Option<bool>,
    pub default: Option<FieldDefault>,
    pub db_column: Option<String>,
    pub verbose_name: Option<String>,
    pub related_name: Option<String>,
    pub symmetrical: Option<bool>,
    pub target: Option<Target>,
    /// A many-to-many field's `through=` model.
    pub through: Option<Target>,
    /// `auto_now=True` or `auto_now_add=True`.
    pub auto_now: Option<AutoNow>,
    /// How many of `auto_now=True` and `auto_now_add=True` were given
    /// (with a default, more than one is Django's fields.E160).
    pub auto_options: u8,
    /// A relation's `on_delete`.
    pub on_delete: Option<OnDelete>,
}

/// One field assignment in a model class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldDecl {
    pub name: String,
    pub line: u32,
    /// When Python created the field, as Django's creation counter orders
    /// fields: its line in `models.py` (for a field of an imported module,
    /// the line of the first import of it), then its line in that module.
    pub created: (u32, u32),
    pub class: FieldClass,
    pub options: FieldOptions,
}

/// `Meta.indexes` entry: a name unless Django derives one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexDecl {
    pub name: Option<String>,
    pub fields: Vec<String>,
}

/// The `Meta` options that shape the schema or the rows migrate inserts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MetaDecl {
    pub db_table: Option<String>,
    pub verbose_name: Option<String>,
    /// Each set of `unique_together`, as written.
    pub unique_together: Vec<Vec<String>>,
    pub indexes: Vec<IndexDecl>,
    /// `UniqueConstraint(fields=…, name=…)`s: (name, fields).
    pub unique_constraints: Vec<(String, Vec<String>)>,
    /// `ordering`, as written (`-pk`, `title`).
    pub ordering: Vec<String>,
}

/// A model class as written in `models.py`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelDecl {
    pub name: String,
    pub line: u32,
    /// `class User(AbstractUser)`.
    pub abstract_user: bool,
    pub fields: Vec<FieldDecl>,
    pub meta: MetaDecl,
    /// The class's own `__str__`, if it defines one.
    pub str_method: Option<StrMethod>,
}

/// Reads the models of one `models.py`.
///
/// # Errors
/// Syntax errors, and anything outside the supported fields and options,
/// with the line.
pub fn parse(file: &str, source: &str) -> Result<Vec<ModelDecl>, ProjectError> {
    parse_app(file, source, &AppModules::default())
}

/// The other modules of an app that its `models.py` may import abstract
/// models from (`from .base import TimeStamped`).
#[derive(Clone, Copy, Debug, Default)]
pub struct AppModules<'a> {
    /// The app's directory name (`blog`, for `from blog.base import …`).
    pub app: &'a str,
    /// `(path, text)` of each module (`blog/base.py`).
    pub modules: &'a [(String, String)],
}

/// Reads the models of one app's `models.py`, with the abstract models it
/// imports from the app's other modules.
///
/// # Errors
/// As [`parse`]; a concrete model in an imported module.
pub fn parse_app(
    file: &str,
    source: &str,
    app: &AppModules,
) -> Result<Vec<ModelDecl>, ProjectError> {
    Ok(read(file, source, app, true)?.models)
}

/// The app modules (`base` for `blog/base.py`) a `models.py` of the app
/// `app` imports from (`from .base import …`, `from blog.base import …`):
/// the files a project's sources carry besides `models.py`.
pub fn app_imports(app: &str, source: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in source.lines() {
        let Some(rest) = line.trim_start().strip_prefix("from ") else {
            continue;
        };
        let Some((module, _)) = rest.trim_start().split_once(" import") else {
            continue;
        };
        let module = module.trim();
        let stem = module
            .strip_prefix('.')
            .or_else(|| module.strip_prefix(app).and_then(|m| m.strip_prefix('.')));
        if let Some(stem) = stem {
            let valid = !stem.is_empty()
                && stem != "models"
                && stem.chars().all(|c| c.is_alphanumeric() || c == '_');
            if valid && !out.iter().any(|s| s == stem) {
                out.push(stem.to_owned());
            }
        }
    }
    out
}

fn read<'a>(
    file: &'a str,
    source: &str,
    app: &'a AppModules<'a>,
    is_models: bool,
) -> Result<Reader<'a>, ProjectError> {
    let rewritten = classes::rewrite(file, source)?;
    let body = parse_program(&rewritten.source).map_err(|e| ProjectError::from_python(file, &e))?;
    let mut reader = Reader {
        file,
        classes: rewritten.classes,
        imports: HashMap::new(),
        models: Vec::new(),
        abstract_models: Vec::new(),
        app,
        is_models,
        imported: HashMap::new(),
        choices: Vec::new(),
    };
    for stmt in &body {
        reader.module_statement(stmt)?;
    }
    Ok(reader)
}

struct Reader<'a> {
    file: &'a str,
    classes: HashMap<u32, ClassHeader>,
    /// The app's other modules, for `from .base import …`.
    app: &'a AppModules<'a>,
    /// `models.py` itself (not a module it imports).
    is_models: bool,
    /// The module's `TextChoices`/`IntegerChoices` classes.
    choices: Vec<ChoicesClass>,
    /// The app modules imported so far: path → line of the first import.
    imported: HashMap<&'a str, u32>,
    /// Local name → what it was imported as (`models` → `django.db.models`).
    imports: HashMap<String, String>,
    models: Vec<ModelDecl>,
    /// The abstract models read so far (`class Meta: abstract = True`),
    /// each with what it passes on: its fields (inherited ones included),
    /// its `Meta` as a subclass sees it, its `__str__`.
    abstract_models: Vec<ModelDecl>,
}

impl<'a> Reader<'a> {
    fn unsupported(&self, line: u32, what: impl Into<Construct>) -> ProjectError {
        ProjectError::unsupported(self.file, line, what)
    }

    fn module_statement(&mut self, stmt: &Stmt) -> Result<(), ProjectError> {
        match &stmt.kind {
            StmtKind::Import(names) => {
                for (path, alias) in names {
                    let local = match alias {
                        Some(alias) => alias.to_string(),
                        None => path.split('.').next().unwrap_or(path).to_owned(),
                    };
                    let full = if alias.is_some() {
                        path.to_string()
                    } else {
                        local.clone()
                    };
                    self.imports.insert(local, full);
                }
            }
            StmtKind::ImportFrom(module, names) => {
                if let Some((path, text)) = self.app_module(module) {
                    return self.import_abstract(path, text, names, stmt.line);
                }
                for (name, alias) in names {
                    let local = alias.as_ref().unwrap_or(name).to_string();
                    self.imports.insert(local, format!("{module}.{name}"));
                }
            }
            StmtKind::Def(def) => {
                if let Some(header) = self.classes.get(&stmt.line) {
                    if let Some(choices) = self.choices_class(header, def)? {
                        self.choices.push(choices);
                        return Ok(());
                    }
                    let (model, is_abstract) = self.model(header, def, stmt.line)?;
                    if is_abstract {
                        self.abstract_models.push(model);
                        return Ok(());
                    }
                    if self
                        .models
                        .iter()
                        .any(|m| m.name.eq_ignore_ascii_case(&model.name))
                    {
                        return Err(ProjectError::invalid(
                            self.file,
                            stmt.line,
                            format!(
                                "Conflicting '{}' models in this application.",
                                model.name.to_lowercase()
                            ),
                        ));
                    }
                    self.models.push(model);
                }
                // A module-level function (an `upload_to` callable, a
                // helper) does not shape the schema; using one does.
            }
            StmtKind::Expr(_) | StmtKind::Pass => {}
            StmtKind::Assign(targets, value)
                if targets.iter().all(|t| matches!(t.kind, ExprKind::Name(_))) =>
            {
                // `User = get_user_model()` names the user model.
                if self.is_get_user_model(value) {
                    for target in targets {
                        if let ExprKind::Name(name) = &target.kind {
                            self.imports.insert(name.to_string(), USER_MODEL.into());
                        }
                    }
                }
            }
            _ => {
                return Err(self.unsupported(
                    stmt.line,
                    "a statement other than imports, constants and model classes in models.py",
                ))
            }
        }
        Ok(())
    }

    /// The module of the app that `from {module} import …` names
    /// (`.base`, `blog.base`), if the app has it.
    fn app_module(&self, module: &str) -> Option<(&'a str, &'a str)> {
        let (package, stem) = module.split_once('.')?;
        let stem = Some(stem)
            .filter(|_| package == classes::APP_PACKAGE || package == self.app.app)
            .filter(|stem| !stem.is_empty() && !stem.contains('.'))?;
        let app = self.app;
        app.modules
            .iter()
            .find(|(path, _)| {
                path.rsplit('/').next() == Some(&format!("{stem}.py")) && stem != "models"
            })
            .map(|(path, text)| (path.as_str(), text.as_str()))
    }

    /// `from .base import TimeStamped`: the abstract models (and choices
    /// classes) named, read from the app's module (created where the
    /// import runs).
    fn import_abstract(
        &mut self,
        path: &'a str,
        text: &'a str,
        names: &[(std::rc::Rc<str>, Option<std::rc::Rc<str>>)],
        line: u32,
    ) -> Result<(), ProjectError> {
        if !self.is_models {
            return Err(
                self.unsupported(line, "an app module importing another of the app's modules")
            );
        }
        // Python runs a module once: its fields were created at the first
        // import.
        let first = *self.imported.entry(path).or_insert(line);
        let module = read(path, text, self.app, false)?;
        if let Some(model) = module.models.first() {
            return Err(ProjectError::unsupported(
                path,
                model.line,
                format!(
                    "a concrete model ({}) outside models.py (abstract models are read)",
                    model.name
                ),
            ));
        }
        for (name, alias) in names {
            if let Some(choices) = module.choices.iter().find(|c| c.name == **name) {
                let mut choices = choices.clone();
                if let Some(alias) = alias {
                    choices.name = alias.to_string();
                }
                self.choices.push(choices);
                continue;
            }
            let Some(model) = module.abstract_models.iter().find(|m| m.name == **name) else {
                return Err(self.unsupported(
                    line,
                    format!("importing {name} from {path} (its abstract models and choices classes are read)"),
                ));
            };
            let mut model = model.clone();
            for field in &mut model.fields {
                field.created = (first, field.created.0);
            }
            if let Some(alias) = alias {
                model.name = alias.to_string();
            }
            self.abstract_models.push(model);
        }
        Ok(())
    }

    /// What a dotted name refers to through the imports
    /// (`models.CharField` → `django.db.models.CharField`).
    fn resolve(&self, expr: &Expr) -> Option<String> {
        match &expr.kind {
            ExprKind::Name(name) => Some(
                self.imports
                    .get(&**name)
                    .cloned()
                    .unwrap_or_else(|| name.to_string()),
            ),
            ExprKind::Attr(base, attr) => Some(format!("{}.{attr}", self.resolve(base)?)),
            _ => None,
        }
    }

    fn resolve_dotted(&self, dotted: &str) -> String {
        let (head, rest) = dotted.split_once('.').unwrap_or((dotted, ""));
        let head = self
            .imports
            .get(head)
            .cloned()
            .unwrap_or_else(|| head.to_owned());
        if rest.is_empty() {
            head
        } else {
            format!("{head}.{rest}")
        }
    }

    /// A model class, with what it inherits from abstract bases resolved
    /// as Django's `ModelBase` does; whether it is abstract itself.
    fn model(
        &self,
        header: &ClassHeader,
        def: &FuncDef,
        line: u32,
    ) -> Result<(ModelDecl, bool), ProjectError> {
        let mut abstract_user = false;
        let mut parents: Vec<&ModelDecl> = Vec::new();
        for base in &header.bases {
            match self.resolve_dotted(base).as_str() {
                "django.db.models.Model" => {}
                "django.contrib.auth.models.AbstractUser" => abstract_user = true,
                _ => match self.abstract_models.iter().find(|m| &m.name == base) {
                    Some(parent) => parents.push(parent),
                    None if self.models.iter().any(|m| &m.name == base) => {
                        return Err(self.unsupported(
                            line,
                            format!("multi-table inheritance (the base {base} is not abstract)"),
                        ))
                    }
                    None => return Err(self.unsupported(line, Construct::ModelBase(base.clone()))),
                },
            }
        }
        if header.bases.is_empty() || (abstract_user && header.bases.len() > 1) {
            return Err(self.unsupported(
                line,
                format!(
                    "class {} without exactly one base (models.Model or AbstractUser) or abstract models as bases",
                    header.name
                ),
            ));
        }
        let mut model = ModelDecl {
            name: header.name.clone(),
            line,
            abstract_user,
            fields: Vec::new(),
            meta: MetaDecl::default(),
            str_method: None,
        };
        let mut is_abstract = false;
        let mut own_meta = false;
        let mut constants: Vec<String> = Vec::new();
        let mut choices = self.choices.clone();
        for stmt in &def.body {
            match &stmt.kind {
                StmtKind::Assign(targets, value) => {
                    let [target] = targets.as_slice() else {
                        return Err(
                            self.unsupported(stmt.line, "a chained assignment in a model class")
                        );
                    };
                    let ExprKind::Name(name) = &target.kind else {
                        return Err(self.unsupported(
                            stmt.line,
                            "an assignment to something other than a name in a model class",
                        ));
                    };
                    if let ExprKind::Call(callee, args) = &value.kind {
                        let class = self.resolve(callee).unwrap_or_default();
                        if let Some(class_name) = class.strip_prefix("django.db.models.") {
                            let scope = Scope {
                                constants: &constants,
                                choices: &choices,
                            };
                            let field = self.field(name, class_name, args, stmt.line, &scope)?;
                            if model.fields.iter().any(|f| f.name == field.name) {
                                return Err(ProjectError::invalid(
                                    self.file,
                                    stmt.line,
                                    format!("the field '{name}' is declared twice"),
                                ));
                            }
                            model.fields.push(field);
                            continue;
                        }
                        if class == "models.Manager" || class.ends_with("Manager") {
                            return Err(self.unsupported(stmt.line, "custom managers"));
                        }
                        return Err(self.unsupported(
                            stmt.line,
                            format!("the field '{name}' (not one of django.db.models' fields)"),
                        ));
                    }
                    // A class constant such as a choices list.
                    constants.push(name.to_string());
                }
                StmtKind::Def(inner) => {
                    if let Some(header) = self.classes.get(&stmt.line) {
                        if let Some(class) = self.choices_class(header, inner)? {
                            choices.push(class);
                            continue;
                        }
                        if header.name != "Meta" {
                            return Err(self.unsupported(
                                stmt.line,
                                format!("the nested class {}", header.name),
                            ));
                        }
                        let start = self.meta_base(header, stmt.line)?;
                        (model.meta, is_abstract) = self.meta(inner, start)?;
                        own_meta = true;
                    } else if &*inner.name == "__str__" {
                        model.str_method = Some(self.str_method(inner, stmt.line)?);
                    }
                    // Other methods do not shape the schema or the rows.
                }
                StmtKind::Expr(_) | StmtKind::Pass => {}
                _ => {
                    return Err(self.unsupported(
                        stmt.line,
                        "a statement other than fields, Meta and methods in a model class",
                    ))
                }
            }
        }
        inherit(&mut model, &parents, own_meta);
        Ok((model, is_abstract))
    }

    /// A `class Status(models.TextChoices)` (or `IntegerChoices`): its
    /// members' values, which `choices=Status.choices` and
    /// `default=Status.DRAFT` use. `None` for any other class.
    fn choices_class(
        &self,
        header: &ClassHeader,
        def: &FuncDef,
    ) -> Result<Option<ChoicesClass>, ProjectError> {
        let kind = match header.bases.as_slice() {
            [base] => match self.resolve_dotted(base).as_str() {
                "django.db.models.TextChoices" => Const::Str("".into()),
                "django.db.models.IntegerChoices" => Const::Int(0),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        let refuse = |line| {
            self.unsupported(
                line,
                format!(
                    "a member of {} other than NAME = value or NAME = value, label",
                    header.name
                ),
            )
        };
        let mut members = Vec::new();
        for stmt in &def.body {
            match &stmt.kind {
                StmtKind::Assign(targets, value) => {
                    let [Expr {
                        kind: ExprKind::Name(name),
                        ..
                    }] = targets.as_slice()
                    else {
                        return Err(refuse(stmt.line));
                    };
                    let first = match &value.kind {
                        ExprKind::Tuple(items) => items.first().ok_or_else(|| refuse(stmt.line))?,
                        _ => value,
                    };
                    let value = match (&first.kind, &kind) {
                        (ExprKind::Const(c @ Const::Str(_)), Const::Str(_))
                        | (ExprKind::Const(c @ Const::Int(_)), Const::Int(_)) => c.clone(),
                        _ => return Err(refuse(stmt.line)),
                    };
                    members.push((name.to_string(), value));
                }
                StmtKind::Pass | StmtKind::Expr(_) => {}
                _ => return Err(refuse(stmt.line)),
            }
        }
        Ok(Some(ChoicesClass {
            name: header.name.clone(),
            members,
        }))
    }

    /// The `Meta` a model's own `Meta` starts from: nothing, or with
    /// `class Meta(Base.Meta):` the abstract base's (whose options it
    /// then overrides one by one).
    fn meta_base(&self, header: &ClassHeader, line: u32) -> Result<MetaDecl, ProjectError> {
        match header.bases.as_slice() {
            [] => Ok(MetaDecl::default()),
            [base] => base
                .strip_suffix(".Meta")
                .and_then(|name| self.abstract_models.iter().find(|m| m.name == name))
                .map(|parent| parent.meta.clone())
                .ok_or_else(|| {
                    self.unsupported(
                        line,
                        format!("a Meta based on {base} (the Meta of an abstract model of this file is read)"),
                    )
                }),
            _ => Err(self.unsupported(line, "a Meta with several bases")),
        }
    }

    /// What a `__str__` returns: a field of `self` or an f-string over
    /// them ([`StrMethod::Fields`]; [`StrMethod::Own`] when an f-string
    /// field has a format spec or `!a`, which the shell then refuses to
    /// show); anything else is refused here.
    fn str_method(&self, def: &FuncDef, line: u32) -> Result<StrMethod, ProjectError> {
        let refuse = || {
            self.unsupported(
                line,
                "a __str__ that does more than return a field or an f-string",
            )
        };
        let [stmt] = def.body.as_slice() else {
            return Err(refuse());
        };
        let StmtKind::Return(Some(value)) = &stmt.kind else {
            return Err(refuse());
        };
        // `self.name`: the name.
        let self_attr = |e: &Expr| match &e.kind {
            ExprKind::Attr(base, name) if matches!(&base.kind, ExprKind::Name(n) if &**n == "self") => {
                Some(name.to_string())
            }
            _ => None,
        };
        let field = |e: &Expr, conv| {
            self_attr(e)
                .map(|name| StrPart::Field { name, conv })
                .ok_or_else(refuse)
        };
        let parts = match &value.kind {
            ExprKind::Attr(..) => vec![field(value, StrConv::Bare)?],
            ExprKind::Call(callee, args) if matches!(&callee.kind, ExprKind::Name(n) if &**n == "str") => {
                match args.as_slice() {
                    [Arg::Pos(e)] => vec![field(e, StrConv::Str)?],
                    _ => return Err(refuse()),
                }
            }
            ExprKind::FString(pieces) => {
                let mut parts = Vec::with_capacity(pieces.len());
                let mut shown = true;
                for piece in pieces {
                    match piece {
                        FPart::Lit(text) => parts.push(StrPart::Text(text.clone())),
                        FPart::Field { expr, conv, spec } => {
                            let conv = match conv {
                                None | Some('s') => Some(StrConv::Str),
                                Some('r') => Some(StrConv::Repr),
                                Some(_) => None,
                            };
                            match conv {
                                Some(conv) if spec.is_empty() => parts.push(field(expr, conv)?),
                                _ => {
                                    self_attr(expr).ok_or_else(refuse)?;
                                    shown = false;
                                }
                            }
                        }
                    }
                }
                if !shown {
                    return Ok(StrMethod::Own);
                }
                parts
            }
            _ => return Err(refuse()),
        };
        Ok(StrMethod::Fields(parts))
    }

    fn field(
        &self,
        name: &str,
        class_name: &str,
        args: &[Arg],
        line: u32,
        scope: &Scope,
    ) -> Result<FieldDecl, ProjectError> {
        let class = FieldClass::from_name(class_name)
            .ok_or_else(|| self.unsupported(line, Construct::FieldClass(class_name.into())))?;
        let mut options = FieldOptions::default();
        let mut positional = Vec::new();
        let mut on_delete = false;
        for arg in args {
            match arg {
                Arg::Pos(expr) => positional.push(expr),
                Arg::Kw(key, value) => {
                    self.option(class, class_name, key, value, &mut options, scope)?;
                    on_delete |= &**key == "on_delete";
                }
                Arg::Star(_) | Arg::StarStar(_) => {
                    return Err(self.unsupported(line, "* or ** arguments to a field"))
                }
            }
        }
        let mut positional = positional.into_iter();
        if class.is_relation() {
            let target = positional.next().ok_or_else(|| {
                ProjectError::invalid(
                    self.file,
                    line,
                    format!("{class_name} needs the model it points to as its first argument"),
                )
            })?;
            options.target = Some(self.target(target)?);
            if class != FieldClass::ManyToMany {
                if let Some(expr) = positional.next() {
                    options.on_delete = Some(self.on_delete(expr)?);
                    on_delete = true;
                }
                if !on_delete {
                    return Err(ProjectError::invalid(self.file, line, format!("{class_name}.__init__() missing 1 required positional argument: 'on_delete'")));
                }
            }
        } else if let Some(expr) = positional.next() {
            options.verbose_name = Some(self.string(expr, "verbose_name")?);
        }
        if let Some(extra) = positional.next() {
            return Err(self.unsupported(
                extra.line,
                format!("more positional arguments to {class_name}"),
            ));
        }
        if options.primary_key && !matches!(class, FieldClass::Auto(_)) {
            return Err(
                self.unsupported(line, "a primary key other than AutoField or BigAutoField")
            );
        }
        // Django's system checks on the field (fields.E130, E132, E160)
        // come after every model is read: `checks`.
        if matches!(class, FieldClass::Auto(_)) && !options.primary_key {
            return Err(ProjectError::invalid(
                self.file,
                line,
                format!("{name}: AutoFields must set primary_key=True."),
            ));
        }
        Ok(FieldDecl {
            name: name.to_owned(),
            line,
            created: (line, 0),
            class,
            options,
        })
    }

    fn option(
        &self,
        class: FieldClass,
        class_name: &str,
        key: &str,
        value: &Expr,
        options: &mut FieldOptions,
        scope: &Scope,
    ) -> Result<(), ProjectError> {
        use FieldClass as C;
        let line = value.line;
        let not_for = || {
            self.unsupported(
                line,
                Construct::FieldOption {
                    option: key.into(),
                    class: class_name.into(),
                },
            )
        };
        match key {
            "null" => options.null = self.boolean(value, key)?,
            "blank" => {
                self.boolean(value, key)?;
                options.blank = true;
            }
            "unique" => options.unique = self.boolean(value, key)?,
            "db_index" => options.db_index = Some(self.boolean(value, key)?),
            "primary_key" => options.primary_key = self.boolean(value, key)?,
            "verbose_name" => options.verbose_name = Some(self.string(value, key)?),
            "help_text" => {
                self.string(value, key)?;
            }
            // Validation and forms only: no column, no row changes.
            "validators" | "editable" | "error_messages" => {}
            "db_column" => options.db_column = Some(self.string(value, key)?),
            "max_length" => {
                if !matches!(
                    class,
                    C::Char | C::Slug | C::Email | C::Url | C::File | C::Image
                ) {
                    return Err(not_for());
                }
                options.max_length = Some(self.number(value, key)?);
            }
            "max_digits" | "decimal_places" => {
                if class != C::Decimal {
                    return Err(not_for());
                }
                let n = self.number(value, key)?;
                if key == "max_digits" {
                    options.max_digits = Some(n);
                } else {
                    options.decimal_places = Some(n);
                }
            }
            "auto_now" | "auto_now_add" => {
                if !matches!(class, C::Date | C::DateTime | C::Time) {
                    return Err(not_for());
                }
                if self.boolean(value, key)? {
                    options.auto_options += 1;
                    options.auto_now = Some(if key == "auto_now" {
                        AutoNow::Always
                    } else {
                        AutoNow::Add
                    });
                }
            }
            "upload_to" => {
                if !matches!(class, C::File | C::Image) {
                    return Err(not_for());
                }
                self.string(value, key)
                    .map_err(|_| self.unsupported(line, "an upload_to that is not a string"))?;
            }
            "choices" => {
                // A name is a constant of the class or the module.
                let ok = match &value.kind {
                    ExprKind::List(_) | ExprKind::Tuple(_) | ExprKind::Name(_) => true,
                    ExprKind::Attr(base, _) => {
                        matches!(&base.kind, ExprKind::Name(n)
                            if scope.constants.iter().any(|c| c == &**n)
                                || scope.choices.iter().any(|c| c.name == **n))
                    }
                    _ => false,
                };
                if !ok {
                    return Err(self
                        .unsupported(line, "choices that are not a list, a tuple or a constant"));
                }
            }
            "default" => options.default = Some(self.default(class, value, scope)?),
            "on_delete" => {
                if !matches!(class, C::ForeignKey | C::OneToOne) {
                    return Err(not_for());
                }
                options.on_delete = Some(self.on_delete(value)?);
            }
            "related_name" => {
                if !class.is_relation() {
                    return Err(not_for());
                }
                options.related_name = Some(self.string(value, key)?);
            }
            "symmetrical" => {
                if class != C::ManyToMany {
                    return Err(not_for());
                }
                options.symmetrical = Some(self.boolean(value, key)?);
            }
            "to" => {
                if !class.is_relation() {
                    return Err(not_for());
                }
                options.target = Some(self.target(value)?);
            }
            "through" => {
                if class != C::ManyToMany {
                    return Err(not_for());
                }
                options.through = Some(self.target(value)?);
            }
            _ => return Err(not_for()),
        }
        Ok(())
    }

    fn on_delete(&self, expr: &Expr) -> Result<OnDelete, ProjectError> {
        // `models.SET(value)`: a constant is kept to be sent as its field
        // converts it; anything else (a callable) is kept so that a
        // delete reaching it is refused.
        if let ExprKind::Call(callee, args) = &expr.kind {
            if self.resolve(callee).as_deref() == Some("django.db.models.SET") {
                return match args.as_slice() {
                    [Arg::Pos(value)] => Ok(OnDelete::Set(match &value.kind {
                        ExprKind::Const(Const::None) => SetValue::Null,
                        ExprKind::Const(Const::Bool(b)) => SetValue::Bool(*b),
                        ExprKind::Const(Const::Int(i)) => SetValue::Int(*i),
                        ExprKind::Const(Const::Float(f)) => SetValue::Float(f.to_bits()),
                        ExprKind::Const(Const::Str(s)) => SetValue::Str(s.to_string()),
                        _ => SetValue::Other,
                    })),
                    _ => Err(ProjectError::invalid(
                        self.file,
                        expr.line,
                        "SET() takes 1 positional argument",
                    )),
                };
            }
        }
        let path = self.resolve(expr).unwrap_or_default();
        match path.strip_prefix("django.db.models.").and_then(OnDelete::from_name) {
            Some(on_delete) => Ok(on_delete),
            None => Err(self.unsupported(expr.line, "an on_delete other than models.CASCADE, PROTECT, RESTRICT, SET_NULL, SET_DEFAULT, SET(...) or DO_NOTHING")),
        }
    }

    fn is_get_user_model(&self, expr: &Expr) -> bool {
        matches!(&expr.kind, ExprKind::Call(callee, args)
            if args.is_empty()
                && self.resolve(callee).as_deref() == Some("django.contrib.auth.get_user_model"))
    }

    fn target(&self, expr: &Expr) -> Result<Target, ProjectError> {
        if self.is_get_user_model(expr) {
            return Ok(Target::User);
        }
        match &expr.kind {
            ExprKind::Const(Const::Str(s)) => Ok(label(s)),
            ExprKind::Name(name) => match self.imports.get(&**name) {
                Some(path) if path == USER_MODEL => Ok(Target::User),
                Some(path) if path == "django.contrib.auth.models.User" => Ok(Target::Label {
                    app: Some("auth".into()),
                    model: "User".into(),
                }),
                Some(path) => match path.strip_suffix(&format!(".models.{name}")) {
                    Some(app) if !app.contains('.') => Ok(Target::Label {
                        app: Some(app.to_owned()),
                        model: name.to_string(),
                    }),
                    _ => Err(self.unsupported(expr.line, format!("a relation to {path}"))),
                },
                // A class named as a Python name must exist when the field
                // is made: a model defined above in this module.
                None if self.models.iter().any(|m| m.name == **name) => Ok(Target::Label {
                    app: None,
                    model: name.to_string(),
                }),
                None if self.abstract_models.iter().any(|m| m.name == **name) => {
                    Err(self.unsupported(
                        expr.line,
                        format!("a relation to the abstract model {name} (Django refuses it: fields.E300)"),
                    ))
                }
                None => Err(ProjectError::invalid(
                    self.file,
                    expr.line,
                    format!("NameError: name '{name}' is not defined"),
                )),
            },
            ExprKind::Attr(..) => {
                if self.resolve(expr).as_deref() == Some("django.conf.settings.AUTH_USER_MODEL") {
                    Ok(Target::User)
                } else {
                    Err(self.unsupported(expr.line, "a relation target other than a model, a 'app.Model' string or settings.AUTH_USER_MODEL"))
                }
            }
            _ => Err(self.unsupported(expr.line, "a relation target other than a model, a 'app.Model' string or settings.AUTH_USER_MODEL")),
        }
    }

    fn default(
        &self,
        class: FieldClass,
        expr: &Expr,
        scope: &Scope,
    ) -> Result<FieldDefault, ProjectError> {
        let refuse = || {
            self.unsupported(expr.line, "this default (None, True/False, an integer, a string, dict, list, uuid.uuid4, timezone.now and a member of a TextChoices or IntegerChoices class are)")
        };
        // `default=Status.DRAFT`: the member's value.
        if let ExprKind::Attr(base, member) = &expr.kind {
            if let ExprKind::Name(name) = &base.kind {
                if let Some(value) = scope.member(name, member) {
                    let literal = Expr {
                        line: expr.line,
                        kind: ExprKind::Const(value.clone()),
                    };
                    return self.default(class, &literal, scope);
                }
            }
        }
        Ok(match &expr.kind {
            ExprKind::Const(Const::None) => FieldDefault::Null,
            ExprKind::Const(Const::Bool(b)) => FieldDefault::Bool(*b),
            ExprKind::Const(Const::Int(i)) if !class.empty_strings_allowed() => {
                FieldDefault::Int(*i)
            }
            ExprKind::Const(Const::Str(s)) if class.empty_strings_allowed() => {
                if s.is_empty() {
                    FieldDefault::EmptyString
                } else {
                    FieldDefault::Text(s.to_string())
                }
            }
            ExprKind::Name(n) if &**n == "dict" => FieldDefault::EmptyDict,
            ExprKind::Name(n) if &**n == "list" => FieldDefault::EmptyList,
            _ => match self.resolve(expr).as_deref() {
                Some("uuid.uuid4") => FieldDefault::Uuid4,
                Some("django.utils.timezone.now") => FieldDefault::Now,
                _ => return Err(refuse()),
            },
        })
    }

    /// The options of a `Meta` over `meta` (what it inherits), and
    /// whether it says `abstract = True`.
    fn meta(&self, def: &FuncDef, mut meta: MetaDecl) -> Result<(MetaDecl, bool), ProjectError> {
        let mut is_abstract = false;
        for stmt in &def.body {
            let StmtKind::Assign(targets, value) = &stmt.kind else {
                if matches!(stmt.kind, StmtKind::Pass | StmtKind::Expr(_)) {
                    continue;
                }
                return Err(self.unsupported(stmt.line, "a statement other than options in Meta"));
            };
            let [target] = targets.as_slice() else {
                return Err(self.unsupported(stmt.line, "a chained assignment in Meta"));
            };
            let ExprKind::Name(name) = &target.kind else {
                return Err(self.unsupported(stmt.line, "an assignment in Meta"));
            };
            match &**name {
                "abstract" => is_abstract = self.boolean(value, name)?,
                "ordering" => meta.ordering = self.strings(value, "ordering")?,
                "db_table" => meta.db_table = Some(self.string(value, name)?),
                "verbose_name" => meta.verbose_name = Some(self.string(value, name)?),
                "verbose_name_plural" => {
                    self.string(value, name)?;
                }
                "unique_together" => meta.unique_together = self.unique_together(value)?,
                "indexes" => {
                    meta.indexes.clear();
                    for call in self.calls(value, "django.db.models.Index", "indexes")? {
                        let (fields, name) = self.fields_and_name(call, "Index")?;
                        meta.indexes.push(IndexDecl { name, fields });
                    }
                }
                "constraints" => {
                    meta.unique_constraints.clear();
                    for call in
                        self.calls(value, "django.db.models.UniqueConstraint", "constraints")?
                    {
                        let (fields, name) = self.fields_and_name(call, "UniqueConstraint")?;
                        let name = name.ok_or_else(|| ProjectError::invalid(self.file, value.line, "UniqueConstraint.__init__() missing 1 required keyword-only argument: 'name'"))?;
                        meta.unique_constraints.push((name, fields));
                    }
                }
                other => {
                    return Err(self.unsupported(stmt.line, Construct::MetaOption(other.into())))
                }
            }
        }
        Ok((meta, is_abstract))
    }

    /// `('a', 'b')` (one set, as `normalize_together` reads it) or a list
    /// or tuple of sets.
    fn unique_together(&self, value: &Expr) -> Result<Vec<Vec<String>>, ProjectError> {
        let items = match &value.kind {
            ExprKind::List(items) | ExprKind::Tuple(items) => items,
            _ => {
                return Err(
                    self.unsupported(value.line, "a unique_together that is not a list or tuple")
                )
            }
        };
        if !items.is_empty()
            && items
                .iter()
                .all(|i| matches!(i.kind, ExprKind::Const(Const::Str(_))))
        {
            return Ok(vec![self.strings(value, "unique_together")?]);
        }
        items
            .iter()
            .map(|item| self.strings(item, "unique_together"))
            .collect()
    }

    /// The calls of a `Meta.indexes`/`constraints` list.
    fn calls<'e>(
        &self,
        value: &'e Expr,
        class: &str,
        option: &str,
    ) -> Result<Vec<&'e [Arg]>, ProjectError> {
        let items = match &value.kind {
            ExprKind::List(items) | ExprKind::Tuple(items) => items,
            _ => return Err(self.unsupported(value.line, format!("{option} that is not a list"))),
        };
        items
            .iter()
            .map(|item| match &item.kind {
                ExprKind::Call(callee, args) if self.resolve(callee).as_deref() == Some(class) => {
                    Ok(args.as_slice())
                }
                _ => Err(self.unsupported(
                    item.line,
                    format!(
                        "an entry of {option} other than {}",
                        class.trim_start_matches("django.db.")
                    ),
                )),
            })
            .collect()
    }

    fn fields_and_name(
        &self,
        args: &[Arg],
        what: &str,
    ) -> Result<(Vec<String>, Option<String>), ProjectError> {
        let mut fields = None;
        let mut name = None;
        for arg in args {
            match arg {
                Arg::Kw(key, value) if &**key == "fields" => {
                    let list = self.strings(value, "fields")?;
                    if list.iter().any(|f| f.starts_with('-')) {
                        return Err(self.unsupported(value.line, "descending index fields"));
                    }
                    fields = Some(list);
                }
                Arg::Kw(key, value) if &**key == "name" => name = Some(self.string(value, "name")?),
                Arg::Kw(key, value) => {
                    return Err(self.unsupported(value.line, format!("the {what} option {key}")))
                }
                Arg::Pos(value) | Arg::Star(value) | Arg::StarStar(value) => {
                    return Err(self.unsupported(
                        value.line,
                        format!("{what} with expressions or positional arguments"),
                    ))
                }
            }
        }
        let fields = fields.filter(|f| !f.is_empty()).ok_or_else(|| {
            ProjectError::unsupported(self.file, 0, format!("{what} without fields=[…]"))
        })?;
        Ok((fields, name))
    }

    fn string(&self, expr: &Expr, what: &str) -> Result<String, ProjectError> {
        match &expr.kind {
            ExprKind::Const(Const::Str(s)) => Ok(s.to_string()),
            _ => Err(self.unsupported(expr.line, format!("{what} that is not a string literal"))),
        }
    }

    fn strings(&self, expr: &Expr, what: &str) -> Result<Vec<String>, ProjectError> {
        match &expr.kind {
            ExprKind::List(items) | ExprKind::Tuple(items) => {
                items.iter().map(|item| self.string(item, what)).collect()
            }
            _ => Err(self.unsupported(expr.line, format!("{what} that is not a list of strings"))),
        }
    }

    fn boolean(&self, expr: &Expr, what: &str) -> Result<bool, ProjectError> {
        match expr.kind {
            ExprKind::Const(Const::Bool(b)) => Ok(b),
            _ => Err(self.unsupported(expr.line, format!("{what} that is not True or False"))),
        }
    }

    fn number(&self, expr: &Expr, what: &str) -> Result<u32, ProjectError> {
        match expr.kind {
            ExprKind::Const(Const::Int(i)) => u32::try_from(i).map_err(|_| {
                ProjectError::invalid(
                    self.file,
                    expr.line,
                    format!("{what} must be a positive integer"),
                )
            }),
            _ => Err(self.unsupported(expr.line, format!("{what} that is not an integer literal"))),
        }
    }
}

/// A `TextChoices` or `IntegerChoices` class: its name and its members'
/// values.
#[derive(Clone, Debug)]
struct ChoicesClass {
    name: String,
    members: Vec<(String, Const)>,
}

/// What a field's options may name besides literals: the class's
/// constants and the choices classes in reach.
struct Scope<'s> {
    constants: &'s [String],
    choices: &'s [ChoicesClass],
}

impl Scope<'_> {
    /// `Class.MEMBER`'s value.
    fn member(&self, class: &str, member: &str) -> Option<&Const> {
        self.choices
            .iter()
            .rev()
            .find(|c| c.name == class)?
            .members
            .iter()
            .find(|(name, _)| name == member)
            .map(|(_, value)| value)
    }
}

/// What a model takes from its abstract bases (`ModelBase.__new__`): each
/// base's fields that it does not declare itself (the first base in
/// order wins), all in the order Django's creation counter gives them
/// (the order they are written in, so a base's fields come before the
/// subclass's own unless it declares one again); without a `Meta` of its
/// own, the first base's `Meta` (ordering, db_table, verbose_name,
/// unique_together, indexes, constraints); a base's `__str__` if it has
/// none.
fn inherit(model: &mut ModelDecl, parents: &[&ModelDecl], own_meta: bool) {
    if parents.is_empty() {
        return;
    }
    for parent in parents {
        for field in &parent.fields {
            if model.fields.iter().all(|f| f.name != field.name) {
                model.fields.push(field.clone());
            }
        }
    }
    crate::sort::sort_by_key(&mut model.fields, |f: &FieldDecl| f.created);
    if !own_meta {
        model.meta = parents[0].meta.clone();
    }
    if model.str_method.is_none() {
        model.str_method = parents.iter().find_map(|p| p.str_method.clone());
    }
}

/// What `get_user_model()` was assigned to, in the import table.
const USER_MODEL: &str = "<get_user_model()>";

fn label(text: &str) -> Target {
    if text == "self" {
        return Target::Itself;
    }
    match text.split_once('.') {
        Some((app, model)) => Target::Label {
            app: Some(app.to_owned()),
            model: model.to_owned(),
        },
        None => Target::Label {
            app: None,
            model: text.to_owned(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "from django.db import models\nfrom django.conf import settings\n\n";

    fn error(body: &str) -> String {
        parse("app/models.py", &format!("{HEAD}{body}"))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn reads_fields_options_and_meta() {
        let src = format!(
            "{HEAD}class Article(models.Model):\n    title = models.CharField('제목', max_length=10, unique=True)\n    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name='articles')\n    tags = models.ManyToManyField('Tag', blank=True)\n\n    class Meta:\n        ordering = ['-pk']\n        db_table = 'posts'\n        unique_together = ('title', 'user')\n\n    def __str__(self):\n        return f'{{self.title}} by {{self.user}}'\n\n    @property\n    def label(self):\n        return self.title.upper()\n"
        );
        let models = parse("app/models.py", &src).unwrap();
        let [article] = models.as_slice() else {
            panic!("{models:?}")
        };
        assert_eq!(article.line, 4);
        assert_eq!(article.fields[0].class, FieldClass::Char);
        assert_eq!(article.fields[0].options.max_length, Some(10));
        assert_eq!(
            article.fields[0].options.verbose_name.as_deref(),
            Some("제목")
        );
        assert_eq!(article.fields[1].options.target, Some(Target::User));
        assert_eq!(
            article.fields[2].options.target,
            Some(Target::Label {
                app: None,
                model: "Tag".into()
            })
        );
        assert_eq!(article.meta.db_table.as_deref(), Some("posts"));
        assert_eq!(article.meta.unique_together, [["title", "user"]]);
    }

    #[test]
    fn unique_together_one_set_or_several() {
        let meta = |option: &str| {
            let src = format!("{HEAD}class A(models.Model):\n    a = models.IntegerField()\n    b = models.IntegerField()\n    c = models.IntegerField()\n\n    class Meta:\n        unique_together = {option}\n");
            parse("m.py", &src).unwrap()[0].meta.unique_together.clone()
        };
        assert_eq!(meta("('a', 'b')"), [["a", "b"]]);
        assert_eq!(meta("[['a', 'b']]"), [["a", "b"]]);
        assert_eq!(
            meta("[('a', 'b'), ('b', 'c')]"),
            [vec!["a", "b"], vec!["b", "c"]]
        );
        assert!(meta("[]").is_empty());
    }

    #[test]
    fn abstract_bases_pass_on_fields_meta_and_str() {
        let src = format!(
            "{HEAD}class Stamp(models.Model):\n    created = models.DateTimeField(auto_now_add=True)\n    name = models.CharField(max_length=5)\n\n    class Meta:\n        abstract = True\n        ordering = ['-created']\n\n    def __str__(self):\n        return self.name\n\nclass A(Stamp):\n    x = models.IntegerField()\n    name = models.CharField(max_length=9)\n\nclass B(Stamp):\n    class Meta:\n        db_table = 'bee'\n\nclass C(Stamp):\n    class Meta(Stamp.Meta):\n        db_table = 'sea'\n"
        );
        let models = parse("m.py", &src).unwrap();
        let names: Vec<&str> = models.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["A", "B", "C"]);
        let fields = |m: &ModelDecl| -> Vec<(String, Option<u32>)> {
            m.fields
                .iter()
                .map(|f| (f.name.clone(), f.options.max_length))
                .collect()
        };
        assert_eq!(
            fields(&models[0]),
            [
                ("created".to_owned(), None),
                ("x".to_owned(), None),
                ("name".to_owned(), Some(9))
            ]
        );
        assert_eq!(models[0].meta.ordering, ["-created"]);
        assert!(models[1].meta.ordering.is_empty());
        assert_eq!(models[2].meta.ordering, ["-created"]);
        assert_eq!(models[2].meta.db_table.as_deref(), Some("sea"));
        assert!(models.iter().all(|m| m.str_method.is_some()));
        assert_eq!(
            error("class A(models.Model):\n    x = models.IntegerField()\n\nclass B(A):\n    pass\n"),
            "app/models.py, line 7: not supported in the playground: multi-table inheritance (the base A is not abstract)"
        );
    }

    #[test]
    fn choices_classes_give_choices_and_defaults() {
        let src = format!(
            "{HEAD}class Level(models.IntegerChoices):\n    LOW = 1, 'Low'\n    HIGH = 3\n\nclass A(models.Model):\n    class Status(models.TextChoices):\n        DRAFT = 'DF', 'Draft'\n\n    s = models.CharField(max_length=2, choices=Status.choices, default=Status.DRAFT)\n    n = models.IntegerField(choices=Level, default=Level.HIGH)\n"
        );
        let models = parse("m.py", &src).unwrap();
        let defaults: Vec<_> = models[0]
            .fields
            .iter()
            .map(|f| f.options.default.clone())
            .collect();
        assert_eq!(
            defaults,
            [
                Some(FieldDefault::Text("DF".into())),
                Some(FieldDefault::Int(3))
            ]
        );
        assert_eq!(
            error("class A(models.Model):\n    class S(models.TextChoices):\n        X = 1\n"),
            "app/models.py, line 6: not supported in the playground: a member of S other than NAME = value or NAME = value, label"
        );
    }

    #[test]
    fn user_model_however_it_is_named() {
        let src = "from django.db import models\nfrom django.contrib.auth import get_user_model\nfrom django.contrib.auth.models import User as AuthUser\n\nUser = get_user_model()\n\nclass A(models.Model):\n    a = models.ForeignKey(User, on_delete=models.CASCADE)\n    b = models.ForeignKey(get_user_model(), on_delete=models.CASCADE, related_name='b')\n    c = models.ForeignKey(AuthUser, on_delete=models.CASCADE, related_name='c')\n";
        let models = parse("m.py", src).unwrap();
        let targets: Vec<_> = models[0]
            .fields
            .iter()
            .map(|f| f.options.target.clone().unwrap())
            .collect();
        assert_eq!(
            targets,
            [
                Target::User,
                Target::User,
                Target::Label {
                    app: Some("auth".into()),
                    model: "User".into()
                }
            ]
        );
    }

    #[test]
    fn names_file_line_and_construct() {
        assert_eq!(
            error("class A(models.Model):\n    x = models.GenericIPAddressField()\n"),
            "app/models.py, line 5: not supported in the playground: the field class GenericIPAddressField"
        );
        assert_eq!(
            error("class A(models.Model):\n    x = models.CharField(max_length=5, db_comment='x')\n"),
            "app/models.py, line 5: not supported in the playground: the option db_comment of CharField"
        );
        assert_eq!(
            error("class A(models.Model):\n    u = models.ForeignKey('B')\n"),
            "app/models.py, line 5: ForeignKey.__init__() missing 1 required positional argument: 'on_delete'"
        );
        assert_eq!(
            error("class A(Base):\n    pass\n"),
            "app/models.py, line 4: not supported in the playground: the model base 'Base' (models.Model, AbstractUser and the abstract models of this file are)"
        );
        assert_eq!(
            error("class A(models.Model):\n    x = models.IntegerField()\n    class Meta:\n        proxy = True\n"),
            "app/models.py, line 7: not supported in the playground: the Meta option proxy"
        );
        assert_eq!(
            error("class A(models.Model):\n    x = models.IntegerField()\n    def __str__(self):\n        return 'A' + str(self.x)\n"),
            "app/models.py, line 6: not supported in the playground: a __str__ that does more than return a field or an f-string"
        );
        assert_eq!(
            error("class A(models.Model):\n    x = models.IntegerField(default=1.5)\n"),
            "app/models.py, line 5: not supported in the playground: this default (None, True/False, an integer, a string, dict, list, uuid.uuid4, timezone.now and a member of a TextChoices or IntegerChoices class are)"
        );
        assert_eq!(
            error("class A(models.Model):\n    u = models.ForeignKey('B', models.CASCADE, to_field='code')\n"),
            "app/models.py, line 5: not supported in the playground: the option to_field of ForeignKey"
        );
        assert_eq!(
            error("class A(models.Model):\n    m = models.ManyToManyField('B', through='C', through_fields=('a', 'b'))\n"),
            "app/models.py, line 5: not supported in the playground: the option through_fields of ManyToManyField"
        );
        assert_eq!(
            error("class A(models.Model)\n    pass\n"),
            "app/models.py, line 4: SyntaxError: expected ':'"
        );
    }
}
