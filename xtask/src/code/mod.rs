//! Reads a crate's `src/` with `syn`: inherent methods per type, `Operation` constants and
//! the models under `src/models/`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use syn::punctuated::Punctuated;
use syn::{
    Attribute, Expr, Fields, FnArg, GenericArgument, ImplItem, Item, Lit, Meta, Pat, PathArguments,
    ReturnType, Token, Type, TypeParamBound, Visibility,
};

use crate::doc::Ty;
use crate::names::unraw;

pub(crate) mod wire;

pub(crate) use wire::{BuilderCode, ErrorEnum};

/// Everything the comparison needs from one crate.
#[derive(Debug, Default)]
pub(crate) struct CrateCode {
    /// Inherent methods by `Self` type name (all `impl X { .. }` blocks merged).
    pub(crate) methods: BTreeMap<String, Vec<Method>>,
    /// The file each struct is defined in, by name.
    pub(crate) structs: BTreeMap<String, PathBuf>,
    /// `const X: Operation = Operation { name, method, path, .. }` by `name`.
    pub(crate) operations: BTreeMap<String, OperationConst>,
    /// Public structs and enums under `src/models/`.
    pub(crate) models: Vec<Model>,
    /// Request builders (types with `fn request(self)`), by name.
    pub(crate) builders: BTreeMap<String, BuilderCode>,
    /// Typed error enums (with `StatusNNN` variants or an `ErrorEntity` impl), by name.
    pub(crate) error_enums: BTreeMap<String, ErrorEnum>,
    /// Files that did not parse, with the error.
    pub(crate) errors: Vec<(PathBuf, String)>,
}

/// An inherent method.
#[derive(Debug, Clone)]
pub(crate) struct Method {
    /// Its name (without `r#`).
    pub(crate) name: String,
    /// `pub`.
    pub(crate) public: bool,
    /// The first line of its doc comment, trimmed.
    pub(crate) doc: Option<String>,
    /// Its whole doc comment, one line per `///`.
    pub(crate) doc_text: String,
    /// Typed parameters after `self`.
    pub(crate) params: Vec<Param>,
    /// The name of the returned type (`DoLogin` for `-> DoLogin`), if a path.
    pub(crate) returns_named: Option<String>,
    /// Whether it takes `self` at all.
    pub(crate) has_receiver: bool,
    /// The fields of the struct literal it builds, each with the parameters its value uses.
    pub(crate) inits: Vec<(String, Vec<String>)>,
    /// The defining file, relative to `crates/`.
    pub(crate) file: PathBuf,
}

/// A typed parameter.
#[derive(Debug, Clone)]
pub(crate) struct Param {
    /// Its name (without `r#`).
    pub(crate) name: String,
    /// Its type.
    pub(crate) ty: Ty,
}

/// An `Operation` constant.
#[derive(Debug, Clone)]
pub(crate) struct OperationConst {
    /// The constant's name (`DO_LOGIN`).
    pub(crate) ident: String,
    /// The `repeat` field's variant (`Once`), if read.
    pub(crate) repeat: Option<String>,
    /// The `accept` field: `None` when not read, `Some(None)` for `accept: None`.
    pub(crate) accept: Option<Option<String>>,
    /// `Method::POST` -> `POST`.
    pub(crate) method: String,
    /// The path template.
    pub(crate) path: String,
    /// The defining file, relative to `crates/`.
    pub(crate) file: PathBuf,
}

/// A public struct or enum under `src/models/`.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    /// Its name.
    pub(crate) name: String,
    /// Fields or variants.
    pub(crate) kind: ModelKind,
    /// The defining file, relative to `crates/`.
    pub(crate) file: PathBuf,
}

/// A struct's fields or an enum's variants.
#[derive(Debug, Clone)]
pub(crate) enum ModelKind {
    /// A struct.
    Struct(Vec<Field>),
    /// An enum.
    Enum(Vec<Variant>),
}

/// A struct field.
#[derive(Debug, Clone)]
pub(crate) struct Field {
    /// The Rust name.
    pub(crate) name: String,
    /// `#[serde(rename = "..")]`, if any.
    pub(crate) rename: Option<String>,
    /// Its type (`Ty::Opt` for `Option<T>`).
    pub(crate) ty: Ty,
    /// Where it is defined: `file:line`, from `crates/`.
    pub(crate) file: PathBuf,
}

/// An enum variant.
#[derive(Debug, Clone)]
pub(crate) struct Variant {
    /// The Rust name.
    pub(crate) name: String,
    /// `#[serde(rename = "..")]`, if any.
    pub(crate) rename: Option<String>,
    /// `#[serde(untagged)]`.
    pub(crate) untagged: bool,
    /// A unit variant.
    pub(crate) unit: bool,
    /// A one-field tuple variant holding `String`.
    pub(crate) holds_string: bool,
}

/// Reads every `.rs` file under `<crates>/<name>/src`.
pub(crate) fn read_crate(crates: &Path, name: &str) -> CrateCode {
    let mut code = CrateCode::default();
    let mut files = Vec::new();
    collect_files(&crates.join(name).join("src"), &mut files);
    files.sort();
    for path in files {
        let relative = path.strip_prefix(crates).unwrap_or(&path).to_path_buf();
        let in_models = relative.components().any(|c| c.as_os_str() == "models");
        let parsed = fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|text| syn::parse_file(&text).map_err(|e| e.to_string()));
        match parsed {
            Ok(file) => read_items(&file.items, &relative, in_models, &mut code),
            Err(error) => code.errors.push((relative, error)),
        }
    }
    code
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `const NAME: &str = "text";` of a file, by name.
fn str_consts(items: &[Item]) -> BTreeMap<String, String> {
    items
        .iter()
        .filter_map(|item| match item {
            Item::Const(c) => match &*c.expr {
                Expr::Lit(lit) => Some((c.ident.to_string(), string_lit(&lit.lit)?)),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

fn read_items(items: &[Item], file: &Path, in_models: bool, code: &mut CrateCode) {
    let scope = wire::Scope::of(items, str_consts(items));
    for item in items {
        match item {
            Item::Impl(block) if block.trait_.is_none() => {
                let Some(name) = type_name(&block.self_ty) else {
                    continue;
                };
                for impl_item in &block.items {
                    if let ImplItem::Fn(function) = impl_item {
                        if function.sig.ident == "request" && function.sig.receiver().is_some() {
                            let wiring = wire::read_request(function, &scope, file);
                            let builder = code.builders.entry(name.clone()).or_default();
                            builder.constant = wiring.constant;
                            builder.wires = wiring.wires;
                            builder.file = wiring.file;
                        }
                        code.methods
                            .entry(name.clone())
                            .or_default()
                            .push(method(function, file));
                    }
                }
            }
            Item::Impl(block) => {
                let (Some(name), Some((_, trait_path, _))) =
                    (type_name(&block.self_ty), &block.trait_)
                else {
                    continue;
                };
                match trait_path
                    .segments
                    .last()
                    .map(|s| s.ident.to_string())
                    .as_deref()
                {
                    Some("IntoFuture") => {
                        code.builders.entry(name).or_default().awaits =
                            wire::into_future_output(&block.items);
                    }
                    // The runtime's `Call<P>` sends and awaits every operation: `P`'s
                    // `Prepare` says what goes on the wire and what `.await` gives.
                    Some("Prepare") => {
                        let prepared = wire::read_prepare(&block.items, &scope, file);
                        code.builders.insert(name, prepared);
                    }
                    Some("ErrorEntity") => {
                        let entity = code.error_enums.entry(name).or_default();
                        entity.arms = wire::from_response_arms(&block.items);
                    }
                    _ => {}
                }
            }
            Item::Enum(item) if !in_models && item.ident.to_string().ends_with("Error") => {
                let entity = code.error_enums.entry(item.ident.to_string()).or_default();
                entity.variants = wire::error_variants(item);
                entity.file = at(file, item.ident.span());
            }
            Item::Struct(item) => {
                code.structs
                    .insert(item.ident.to_string(), at(file, item.ident.span()));
                if in_models && is_public(&item.vis) {
                    let fields = item
                        .fields
                        .iter()
                        .filter(|f| {
                            !serde_flag(&f.attrs, "skip") && !serde_flag(&f.attrs, "flatten")
                        })
                        .map(|f| Field {
                            name: f
                                .ident
                                .as_ref()
                                .map(|i| unraw(&i.to_string()).to_string())
                                .unwrap_or_default(),
                            rename: serde_rename(&f.attrs),
                            ty: normalize(&f.ty),
                            file: match &f.ident {
                                Some(ident) => at(file, ident.span()),
                                None => at(file, item.ident.span()),
                            },
                        })
                        .collect();
                    code.models.push(Model {
                        name: item.ident.to_string(),
                        kind: ModelKind::Struct(fields),
                        file: at(file, item.ident.span()),
                    });
                }
            }
            Item::Enum(item) if in_models && is_public(&item.vis) => {
                let variants = item
                    .variants
                    .iter()
                    .map(|v| Variant {
                        name: v.ident.to_string(),
                        rename: serde_rename(&v.attrs),
                        untagged: serde_flag(&v.attrs, "untagged"),
                        unit: matches!(v.fields, Fields::Unit),
                        holds_string: match &v.fields {
                            Fields::Unnamed(f) => {
                                f.unnamed.len() == 1 && normalize(&f.unnamed[0].ty) == Ty::Str
                            }
                            _ => false,
                        },
                    })
                    .collect();
                code.models.push(Model {
                    name: item.ident.to_string(),
                    kind: ModelKind::Enum(variants),
                    file: at(file, item.ident.span()),
                });
            }
            Item::Const(item) => {
                if let Some((name, mut operation)) =
                    operation_const(&item.expr, &scope.consts, file)
                {
                    operation.ident = item.ident.to_string();
                    operation.file = at(file, item.ident.span());
                    code.operations.insert(name, operation);
                }
            }
            Item::Mod(module) => {
                if let Some((_, items)) = &module.content {
                    let nested = in_models || module.ident == "models";
                    read_items(items, file, nested, code);
                }
            }
            _ => {}
        }
    }
}

/// `file:line` of what `span` covers: where a mismatch points in the source.
pub(crate) fn at(file: &Path, span: proc_macro2::Span) -> PathBuf {
    PathBuf::from(format!("{}:{}", file.display(), span.start().line))
}

fn is_public(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

fn method(function: &syn::ImplItemFn, file: &Path) -> Method {
    let sig = &function.sig;
    let mut params = Vec::new();
    let mut has_receiver = false;
    for input in &sig.inputs {
        match input {
            FnArg::Receiver(_) => has_receiver = true,
            FnArg::Typed(typed) => {
                let name = match &*typed.pat {
                    Pat::Ident(ident) => unraw(&ident.ident.to_string()).to_string(),
                    _ => "_".to_string(),
                };
                params.push(Param {
                    name,
                    ty: normalize(&typed.ty),
                });
            }
        }
    }
    let names: Vec<String> = params.iter().map(|p| p.name.clone()).collect();
    let inits = wire::struct_inits(&function.block, &names);
    let returns_named = match &sig.output {
        ReturnType::Default => None,
        ReturnType::Type(_, ty) => call_params(ty).or_else(|| type_name(ty)),
    };
    Method {
        name: unraw(&sig.ident.to_string()).to_string(),
        public: is_public(&function.vis),
        doc: first_doc_line(&function.attrs),
        doc_text: doc_text(&function.attrs),
        params,
        returns_named,
        has_receiver,
        inits,
        file: at(file, sig.ident.span()),
    }
}

/// Every `///` line, joined with newlines.
fn doc_text(attrs: &[Attribute]) -> String {
    let mut text = String::new();
    for attr in attrs {
        if let Meta::NameValue(nv) = &attr.meta {
            if let (true, Expr::Lit(lit)) = (nv.path.is_ident("doc"), &nv.value) {
                if let Lit::Str(s) = &lit.lit {
                    text.push_str(&s.value());
                    text.push('\n');
                }
            }
        }
    }
    text
}

/// The first non-empty `///` line.
fn first_doc_line(attrs: &[Attribute]) -> Option<String> {
    attrs.iter().find_map(|attr| {
        let Meta::NameValue(nv) = &attr.meta else {
            return None;
        };
        if !nv.path.is_ident("doc") {
            return None;
        }
        match &nv.value {
            Expr::Lit(lit) => match &lit.lit {
                Lit::Str(s) => Some(s.value().trim().to_string()).filter(|s| !s.is_empty()),
                _ => None,
            },
            _ => None,
        }
    })
}

/// The nested metas of every `#[serde(...)]` attribute.
fn serde_metas(attrs: &[Attribute]) -> Vec<Meta> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .filter_map(|a| {
            a.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                .ok()
        })
        .flatten()
        .collect()
}

fn serde_rename(attrs: &[Attribute]) -> Option<String> {
    serde_metas(attrs).into_iter().find_map(|meta| match meta {
        Meta::NameValue(nv) if nv.path.is_ident("rename") => match nv.value {
            Expr::Lit(lit) => match lit.lit {
                Lit::Str(s) => Some(s.value()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    })
}

fn serde_flag(attrs: &[Attribute], flag: &str) -> bool {
    serde_metas(attrs)
        .iter()
        .any(|m| matches!(m, Meta::Path(p) if p.is_ident(flag)))
}

/// `Operation { name: "do_login", method: Method::POST, path: "/session/login", .. }`.
fn operation_const(
    expr: &Expr,
    consts: &BTreeMap<String, String>,
    file: &Path,
) -> Option<(String, OperationConst)> {
    let Expr::Struct(literal) = expr else {
        return None;
    };
    if literal.path.segments.last()?.ident != "Operation" {
        return None;
    }
    let (mut name, mut method, mut path, mut accept, mut repeat) = (None, None, None, None, None);
    for field in &literal.fields {
        let syn::Member::Named(member) = &field.member else {
            continue;
        };
        match (member.to_string().as_str(), &field.expr) {
            ("name", Expr::Lit(lit)) => name = string_lit(&lit.lit),
            ("path", Expr::Lit(lit)) => path = string_lit(&lit.lit),
            ("method", Expr::Path(p)) => {
                method = p.path.segments.last().map(|s| s.ident.to_string())
            }
            ("repeat", Expr::Path(p)) => {
                repeat = p.path.segments.last().map(|s| s.ident.to_string())
            }
            ("accept", Expr::Path(p)) if p.path.is_ident("None") => accept = Some(None),
            ("accept", Expr::Call(call)) => {
                accept = call.args.first().and_then(|arg| match arg {
                    Expr::Lit(lit) => string_lit(&lit.lit).map(Some),
                    Expr::Path(p) => consts
                        .get(&p.path.get_ident()?.to_string())
                        .cloned()
                        .map(Some),
                    _ => None,
                });
            }
            _ => {}
        }
    }
    Some((
        name?,
        OperationConst {
            ident: String::new(),
            repeat,
            accept,
            method: method?,
            path: path?,
            file: file.to_path_buf(),
        },
    ))
}

fn string_lit(lit: &Lit) -> Option<String> {
    match lit {
        Lit::Str(s) => Some(s.value()),
        _ => None,
    }
}

/// `Call<DoLogin>` -> `DoLogin`: the parameters type of a runtime call.
fn call_params(ty: &Type) -> Option<String> {
    let Type::Path(p) = ty else { return None };
    let segment = p.path.segments.last().filter(|s| s.ident == "Call")?;
    type_args(segment).first().and_then(|t| type_name(t))
}

/// The last path segment's name of a type (`crate::apis::DoLogin` -> `DoLogin`).
fn type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        Type::Reference(r) => type_name(&r.elem),
        Type::Paren(p) => type_name(&p.elem),
        _ => None,
    }
}

/// The generic arguments (types only) of a path type's last segment.
fn type_args(segment: &syn::PathSegment) -> Vec<&Type> {
    match &segment.arguments {
        PathArguments::AngleBracketed(args) => args
            .args
            .iter()
            .filter_map(|a| match a {
                GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Reduces a Rust type to a [`Ty`]: `String`, `&str`, `Secret`, `impl Into<String>` are
/// strings; `Vec<T>`, `&[T]`, `impl IntoIterator<Item = T>` lists; `BTreeMap<String, T>` maps;
/// `serde_json::Value` free-form; `Box<T>`/`Arc<T>`/`&T` are `T`.
pub(crate) fn normalize(ty: &Type) -> Ty {
    match ty {
        Type::Reference(r) => normalize(&r.elem),
        Type::Paren(p) => normalize(&p.elem),
        Type::Group(g) => normalize(&g.elem),
        Type::Slice(s) => Ty::List(Box::new(normalize(&s.elem))),
        Type::Array(a) => Ty::List(Box::new(normalize(&a.elem))),
        Type::Tuple(t) if t.elems.is_empty() => Ty::Unit,
        Type::ImplTrait(it) => it
            .bounds
            .iter()
            .find_map(|b| match b {
                TypeParamBound::Trait(t) => impl_trait(&t.path),
                _ => None,
            })
            .unwrap_or_else(|| Ty::Other("impl ..".into())),
        Type::Path(p) => {
            let Some(segment) = p.path.segments.last() else {
                return Ty::Other(String::new());
            };
            let args = type_args(segment);
            let name = segment.ident.to_string();
            match (name.as_str(), args.as_slice()) {
                ("String" | "str" | "Secret" | "Cow", _) => Ty::Str,
                ("bool", _) => Ty::Bool,
                (
                    "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64"
                    | "u128" | "usize",
                    _,
                ) => Ty::Int,
                ("f32" | "f64", _) => Ty::Float,
                ("Value", _) => Ty::Any,
                ("Option", [inner]) => Ty::Opt(Box::new(normalize(inner))),
                ("Box" | "Arc" | "Rc", [inner]) => normalize(inner),
                ("Vec" | "VecDeque" | "BTreeSet" | "HashSet", [inner]) => {
                    Ty::List(Box::new(normalize(inner)))
                }
                ("BTreeMap" | "HashMap" | "Map", [_, value]) => Ty::Map(Box::new(normalize(value))),
                _ => Ty::Model(name),
            }
        }
        _ => Ty::Other("unsupported type".into()),
    }
}

/// `impl Into<String>`, `impl AsRef<str>`, `impl IntoIterator<Item = T>`.
fn impl_trait(path: &syn::Path) -> Option<Ty> {
    let segment = path.segments.last()?;
    let PathArguments::AngleBracketed(args) = &segment.arguments else {
        return None;
    };
    match segment.ident.to_string().as_str() {
        "Into" | "AsRef" | "Borrow" => args.args.iter().find_map(|a| match a {
            GenericArgument::Type(t) => Some(normalize(t)),
            _ => None,
        }),
        "IntoIterator" | "Iterator" => args.args.iter().find_map(|a| match a {
            GenericArgument::AssocType(assoc) if assoc.ident == "Item" => {
                Some(Ty::List(Box::new(normalize(&assoc.ty))))
            }
            _ => None,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(text: &str) -> Ty {
        normalize(&syn::parse_str::<Type>(text).expect("type"))
    }

    #[test]
    fn types() {
        let list = |t| Ty::List(Box::new(t));
        assert_eq!(ty("String"), Ty::Str);
        assert_eq!(ty("&str"), Ty::Str);
        assert_eq!(ty("impl Into<String>"), Ty::Str);
        assert_eq!(ty("impl Into<Secret>"), Ty::Str);
        assert_eq!(ty("session_sdks_runtime::Secret"), Ty::Str);
        assert_eq!(
            ty("Option<Vec<ErrorData>>"),
            Ty::Opt(Box::new(list(Ty::Model("ErrorData".into()))))
        );
        assert_eq!(
            ty("impl IntoIterator<Item = impl Into<String>>"),
            list(Ty::Str)
        );
        assert_eq!(ty("&[String]"), list(Ty::Str));
        assert_eq!(
            ty("BTreeMap<String, serde_json::Value>"),
            Ty::Map(Box::new(Ty::Any))
        );
        assert_eq!(ty("Box<crate::models::User>"), Ty::Model("User".into()));
        assert_eq!(ty("i64"), Ty::Int);
        assert_eq!(ty("f64"), Ty::Float);
        assert_eq!(ty("()"), Ty::Unit);
    }

    #[test]
    fn reads_methods_operations_and_models() {
        let dir = std::env::temp_dir().join(format!("xtask-code-{}", std::process::id()));
        let src = dir.join("demo/src");
        fs::create_dir_all(src.join("models")).expect("mkdir");
        fs::write(
            src.join("api.rs"),
            r#"
const DO_LOGIN: Operation = Operation { name: "do_login", method: Method::POST, path: "/session/login", repeat: Repeat::Once, accept: None };
pub struct SessionApi { client: Client }
impl SessionApi {
    /// Sends a `POST` request to `/session/login`.
    ///
    /// More.
    pub fn do_login(&self, r#type: impl Into<String>, body: LoginCredentials) -> DoLogin { todo!() }
    fn helper(&self) {}
}
pub struct DoLogin;
impl DoLogin {
    pub fn send(self) -> impl Future<Output = Result<ResponseValue<Option<LoginResult>>, Error<DoLoginError>>> + Send { async { todo!() } }
}
impl IntoFuture for DoLogin { fn into_future(self) {} }
"#,
        )
        .expect("write");
        fs::write(
            src.join("models/status.rs"),
            r#"
#[serde_with::skip_serializing_none]
pub struct LoginResult {
    #[serde(rename = "userName", default)]
    pub user_name: Option<String>,
    pub r#type: i32,
    #[serde(skip)]
    pub ignored: bool,
}
pub enum Status {
    #[serde(rename = "active")]
    Active,
    #[serde(untagged)]
    Unknown(String),
}
struct Private;
"#,
        )
        .expect("write");
        let code = read_crate(&dir, "demo");
        fs::remove_dir_all(&dir).ok();
        assert!(code.errors.is_empty(), "{:?}", code.errors);

        let api = &code.methods["SessionApi"];
        assert_eq!(api.len(), 2);
        let login = &api[0];
        assert!(login.public && !api[1].public);
        assert_eq!(
            login.doc.as_deref(),
            Some("Sends a `POST` request to `/session/login`.")
        );
        assert_eq!(login.returns_named.as_deref(), Some("DoLogin"));
        let params: Vec<(&str, &Ty)> = login
            .params
            .iter()
            .map(|p| (p.name.as_str(), &p.ty))
            .collect();
        assert_eq!(
            params,
            [
                ("type", &Ty::Str),
                ("body", &Ty::Model("LoginCredentials".into()))
            ]
        );
        assert_eq!(
            code.methods["DoLogin"].len(),
            1,
            "trait impls are not inherent methods"
        );

        let op = &code.operations["do_login"];
        assert_eq!(
            (op.method.as_str(), op.path.as_str()),
            ("POST", "/session/login")
        );
        // Where each item is, with its line: what a mismatch names.
        assert_eq!(
            code.structs["SessionApi"],
            PathBuf::from("demo/src/api.rs:3")
        );

        assert_eq!(code.models.len(), 2);
        let ModelKind::Struct(fields) = &code.models[0].kind else {
            panic!("struct")
        };
        assert_eq!(fields.len(), 2);
        assert_eq!(fields[0].rename.as_deref(), Some("userName"));
        assert_eq!(fields[0].ty, Ty::Opt(Box::new(Ty::Str)));
        assert_eq!(
            (fields[1].name.as_str(), fields[1].rename.as_deref()),
            ("type", None)
        );
        let ModelKind::Enum(variants) = &code.models[1].kind else {
            panic!("enum")
        };
        assert_eq!(variants[0].rename.as_deref(), Some("active"));
        assert!(variants[0].unit && !variants[0].untagged);
        assert!(variants[1].untagged && variants[1].holds_string);
        assert_eq!(
            code.models[1].file,
            PathBuf::from("demo/src/models/status.rs:10")
        );
    }
}
