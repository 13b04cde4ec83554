//! What a request builder puts on the wire and what it answers, read from its code: the
//! `Operation` constant its `fn request(self)` starts from, where each parameter goes under
//! which name (also through a request helper of its file, `add_fields(request, .., fields)`,
//! read from the helper's own body), the body's content type, what `.await` returns, and the
//! statuses of its error enum with the arms that decode them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use syn::visit::{self, Visit};
use syn::{Expr, FnArg, ImplItem, Item, Lit, Pat, Type};

use super::{normalize, string_lit, type_args, type_name};
use crate::doc::Ty;

/// One value a builder puts on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Wire {
    /// `path`, `query`, `header`, `body` or `form`.
    pub(crate) location: &'static str,
    /// The name on the wire (none for a body).
    pub(crate) name: Option<String>,
    /// The builder field the value comes from (`self.uuid` -> `uuid`), if any.
    pub(crate) field: Option<String>,
    /// The `Content-Type` a body method sends.
    pub(crate) content_type: Option<&'static str>,
}

/// A request builder's wiring.
#[derive(Debug, Clone, Default)]
pub(crate) struct BuilderCode {
    /// The `Operation` constant passed to `client.request(&X, ..)`.
    pub(crate) constant: Option<String>,
    /// What `fn request(self)` sends, in order.
    pub(crate) wires: Vec<Wire>,
    /// `T` and `E` of `IntoFuture::Output = Result<T, Error<E>>`.
    pub(crate) awaits: Option<(Ty, Option<String>)>,
    /// The file of `fn request`.
    pub(crate) file: PathBuf,
}

/// A typed error enum: `StatusNNN(Model)` variants and the statuses `from_response` decodes.
#[derive(Debug, Clone, Default)]
pub(crate) struct ErrorEnum {
    /// `(status, model)` per `StatusNNN` variant.
    pub(crate) variants: Vec<(u16, Option<String>)>,
    /// `(status, variant)` per literal arm of `from_response`.
    pub(crate) arms: Vec<(u16, String)>,
    /// The defining file.
    pub(crate) file: PathBuf,
}

/// The request methods of the runtime's `Request`, by where they put their value.
fn location(method: &str) -> Option<(&'static str, Option<&'static str>)> {
    Some(match method {
        "path_param" => ("path", None),
        "query" | "query_opt" | "query_secret" | "query_bool" | "query_int" | "query_multi"
        | "query_csv" => ("query", None),
        "header" | "secret_header" | "secret_header_opt" => ("header", None),
        "json" | "json_text" => ("body", Some("application/json")),
        "text" | "text_secret" => ("body", Some("text/plain")),
        "form" => ("form", Some("application/x-www-form-urlencoded")),
        _ => return None,
    })
}

/// What the request code of one file can name besides the runtime's `Request` methods.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scope {
    /// `const NAME: &str = "text";` of the file, by name.
    pub(crate) consts: BTreeMap<String, String>,
    /// The file's request helpers, free functions that put one of their arguments on the wire
    /// (`fn add_fields(request: Request, format: FieldsFormat, fields: &[String])`): by name,
    /// each value they send (its `field` empty) with the index of the argument holding it.
    pub(crate) helpers: BTreeMap<String, Vec<(Wire, usize)>>,
}

impl Scope {
    /// The scope of a file's (or inline module's) items: its string consts and the free
    /// functions whose body sends one of their parameters, read like a `fn request`.
    pub(crate) fn of(items: &[Item], consts: BTreeMap<String, String>) -> Self {
        let mut scope = Scope {
            consts,
            helpers: BTreeMap::new(),
        };
        let mut helpers = BTreeMap::new();
        for item in items {
            let Item::Fn(function) = item else { continue };
            let params: Vec<Option<String>> = function
                .sig
                .inputs
                .iter()
                .map(|input| match input {
                    FnArg::Typed(typed) => match &*typed.pat {
                        Pat::Ident(ident) => Some(ident.ident.to_string()),
                        _ => None,
                    },
                    FnArg::Receiver(_) => None,
                })
                .collect();
            let mut reader = Request {
                scope: &scope,
                builder: BuilderCode::default(),
            };
            reader.visit_block(&function.block);
            let sent: Vec<(Wire, usize)> = reader
                .builder
                .wires
                .into_iter()
                .filter_map(|wire| {
                    let index = params
                        .iter()
                        .position(|p| p.is_some() && *p == wire.field)?;
                    Some((
                        Wire {
                            field: None,
                            ..wire
                        },
                        index,
                    ))
                })
                .collect();
            if !sent.is_empty() {
                helpers.insert(function.sig.ident.to_string(), sent);
            }
        }
        scope.helpers = helpers;
        scope
    }
}

/// The first `self.<field>` in an expression, else the one bare identifier it is (a local
/// bound from the field of the same name).
fn field_of(expr: &Expr) -> Option<String> {
    struct Find(Option<String>);
    impl<'a> Visit<'a> for Find {
        fn visit_expr_field(&mut self, node: &'a syn::ExprField) {
            if self.0.is_none() {
                if let (Expr::Path(base), syn::Member::Named(member)) = (&*node.base, &node.member)
                {
                    if base.path.is_ident("self") {
                        self.0 = Some(member.to_string());
                        return;
                    }
                }
            }
            visit::visit_expr_field(self, node);
        }
    }
    let mut find = Find(None);
    find.visit_expr(expr);
    find.0.or_else(|| match strip(expr) {
        Expr::Path(path) => path.path.get_ident().map(ToString::to_string),
        _ => None,
    })
}

/// `&x`, `(x)` -> `x`.
fn strip(expr: &Expr) -> &Expr {
    match expr {
        Expr::Reference(r) => strip(&r.expr),
        Expr::Paren(p) => strip(&p.expr),
        other => other,
    }
}

fn literal(expr: &Expr) -> Option<String> {
    match strip(expr) {
        Expr::Lit(lit) => string_lit(&lit.lit),
        _ => None,
    }
}

/// Reads `fn request(self)`'s body.
struct Request<'c> {
    scope: &'c Scope,
    builder: BuilderCode,
}

impl<'a> Visit<'a> for Request<'_> {
    fn visit_expr_method_call(&mut self, call: &'a syn::ExprMethodCall) {
        // Inner calls first: the chain's receiver is sent before the outer call's value.
        visit::visit_expr_method_call(self, call);
        let name = call.method.to_string();
        let args: Vec<&Expr> = call.args.iter().collect();
        if name == "request" {
            if let Some(Expr::Path(path)) = args.first().map(|a| strip(a)) {
                self.builder.constant = path.path.get_ident().map(ToString::to_string);
            }
            return;
        }
        let Some((location, content_type)) = location(&name) else {
            return;
        };
        let (wire_name, value) = match location {
            "body" | "form" => (None, args.first()),
            _ => (
                args.first()
                    .and_then(|a| literal(a).or_else(|| self.resolve(a))),
                args.get(1),
            ),
        };
        self.builder.wires.push(Wire {
            location,
            name: wire_name,
            field: value.and_then(|v| field_of(v)),
            content_type,
        });
    }

    fn visit_expr_call(&mut self, call: &'a syn::ExprCall) {
        visit::visit_expr_call(self, call);
        let Expr::Path(function) = &*call.func else {
            return;
        };
        let Some(name) = function.path.get_ident().map(ToString::to_string) else {
            return;
        };
        for (wire, index) in self.scope.helpers.get(&name).into_iter().flatten() {
            self.builder.wires.push(Wire {
                field: call.args.iter().nth(*index).and_then(field_of),
                ..wire.clone()
            });
        }
    }
}

impl Request<'_> {
    /// A wire name given as a `const NAME: &str`.
    fn resolve(&self, expr: &Expr) -> Option<String> {
        match strip(expr) {
            Expr::Path(path) => self
                .scope
                .consts
                .get(&path.path.get_ident()?.to_string())
                .cloned(),
            _ => None,
        }
    }
}

/// Reads a builder's `fn request(self) -> Request` (an inherent fn of `builder`).
pub(crate) fn read_request(function: &syn::ImplItemFn, scope: &Scope, file: &Path) -> BuilderCode {
    let mut reader = Request {
        scope,
        builder: BuilderCode {
            file: super::at(file, function.sig.ident.span()),
            ..BuilderCode::default()
        },
    };
    reader.visit_block(&function.block);
    reader.builder
}

/// `impl Prepare for X { type Output = T; type Error = E; fn request(..) .. }`.
pub(crate) fn read_prepare(items: &[ImplItem], scope: &Scope, file: &Path) -> BuilderCode {
    let mut builder = BuilderCode {
        file: file.to_path_buf(),
        ..BuilderCode::default()
    };
    let (mut output, mut error) = (None, None);
    for item in items {
        match item {
            ImplItem::Type(assoc) if assoc.ident == "Output" => output = Some(normalize(&assoc.ty)),
            ImplItem::Type(assoc) if assoc.ident == "Error" => error = type_name(&assoc.ty),
            ImplItem::Fn(function) if function.sig.ident == "request" => {
                let read = read_request(function, scope, file);
                builder.file = read.file;
                builder.constant = read.constant;
                builder.wires = read.wires;
            }
            _ => {}
        }
    }
    builder.awaits = output.map(|ty| (ty, error));
    builder
}

/// `impl IntoFuture for X { type Output = Result<T, Error<E>>; .. }` -> `(T, E)`.
pub(crate) fn into_future_output(items: &[ImplItem]) -> Option<(Ty, Option<String>)> {
    items.iter().find_map(|item| {
        let ImplItem::Type(assoc) = item else {
            return None;
        };
        if assoc.ident != "Output" {
            return None;
        }
        let Type::Path(result) = &assoc.ty else {
            return None;
        };
        let segment = result.path.segments.last()?;
        if segment.ident != "Result" {
            return None;
        }
        let args = type_args(segment);
        let ok = normalize(args.first()?);
        let error = args.get(1).and_then(|e| match e {
            Type::Path(p) => p
                .path
                .segments
                .last()
                .and_then(|s| type_args(s).first().and_then(|t| type_name(t))),
            _ => None,
        });
        Some((ok, error))
    })
}

/// `StatusNNN(Model)` variants of an error enum.
pub(crate) fn error_variants(item: &syn::ItemEnum) -> Vec<(u16, Option<String>)> {
    item.variants
        .iter()
        .filter_map(|v| {
            let status = v.ident.to_string().strip_prefix("Status")?.parse().ok()?;
            let model = match &v.fields {
                syn::Fields::Unnamed(f) => f.unnamed.first().and_then(|f| type_name(&f.ty)),
                _ => None,
            };
            Some((status, model))
        })
        .collect()
}

/// The literal arms of `fn from_response`: `401 => ..Self::Status401..`.
pub(crate) fn from_response_arms(items: &[ImplItem]) -> Vec<(u16, String)> {
    struct Arms(Vec<(u16, String)>);
    impl<'a> Visit<'a> for Arms {
        fn visit_arm(&mut self, arm: &'a syn::Arm) {
            let mut statuses = Vec::new();
            collect_statuses(&arm.pat, &mut statuses);
            let variant = variant_in(&arm.body);
            for status in statuses {
                self.0.push((status, variant.clone().unwrap_or_default()));
            }
            visit::visit_arm(self, arm);
        }
    }
    let mut arms = Arms(Vec::new());
    for item in items {
        if let ImplItem::Fn(function) = item {
            if function.sig.ident == "from_response" {
                arms.visit_block(&function.block);
            }
        }
    }
    arms.0
}

fn collect_statuses(pat: &Pat, out: &mut Vec<u16>) {
    match pat {
        Pat::Lit(lit) => {
            if let Lit::Int(int) = &lit.lit {
                if let Ok(status) = int.base10_parse() {
                    out.push(status);
                }
            }
        }
        Pat::Or(or) => or.cases.iter().for_each(|p| collect_statuses(p, out)),
        _ => {}
    }
}

/// The `Self::StatusNNN` (or any `Self::X`) an arm's body names.
fn variant_in(expr: &Expr) -> Option<String> {
    struct Find(Option<String>);
    impl<'a> Visit<'a> for Find {
        fn visit_path(&mut self, path: &'a syn::Path) {
            if self.0.is_none() && path.segments.len() == 2 && path.segments[0].ident == "Self" {
                self.0 = Some(path.segments[1].ident.to_string());
            }
            visit::visit_path(self, path);
        }
    }
    let mut find = Find(None);
    find.visit_expr(expr);
    find.0
}

/// The fields of the struct literal a function returns, with the parameters each is built
/// from: `DeleteSession { uuid: uuid.into(), .. }` -> `[("uuid", ["uuid"])]`.
pub(crate) fn struct_inits(block: &syn::Block, params: &[String]) -> Vec<(String, Vec<String>)> {
    struct Find<'p> {
        params: &'p [String],
        inits: Vec<(String, Vec<String>)>,
    }
    impl<'a> Visit<'a> for Find<'_> {
        fn visit_expr_struct(&mut self, node: &'a syn::ExprStruct) {
            for field in &node.fields {
                let syn::Member::Named(member) = &field.member else {
                    continue;
                };
                let mut used = Vec::new();
                collect_idents(&field.expr, self.params, &mut used);
                self.inits.push((member.to_string(), used));
            }
            visit::visit_expr_struct(self, node);
        }
    }
    let mut find = Find {
        params,
        inits: Vec::new(),
    };
    find.visit_block(block);
    find.inits
}

fn collect_idents(expr: &Expr, params: &[String], out: &mut Vec<String>) {
    struct Idents<'p, 'o>(&'p [String], &'o mut Vec<String>);
    impl<'a> Visit<'a> for Idents<'_, '_> {
        fn visit_path(&mut self, path: &'a syn::Path) {
            if let Some(ident) = path.get_ident() {
                let name = crate::names::unraw(&ident.to_string()).to_string();
                if self.0.contains(&name) && !self.1.contains(&name) {
                    self.1.push(name);
                }
            }
            visit::visit_path(self, path);
        }
    }
    Idents(params, out).visit_expr(expr);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A builder sending `fields` through a helper of its file, in two formats.
    const CODE: &str = r#"
const FIELDS: &str = "fields";
fn add_fields(request: Request, format: FieldsFormat, fields: &[String]) -> Request {
    match format {
        FieldsFormat::Multi => request.query_multi(FIELDS, fields),
        FieldsFormat::Csv => request.query_csv("fields", fields),
    }
}
fn session(call: &Call<'_>) -> Option<&str> {
    call.header("vz-m2m-token")
}
impl Prepare for Login {
    type Output = Auth;
    type Error = LoginError;
    fn request(self, client: &Client, options: CallOptions) -> Request {
        add_fields(client.request(&LOGIN, options), self.fields_format, &self.fields)
            .query_bool("cookie", self.cookie)
    }
}
"#;

    /// The scope of `code` and the wires of its `Login` builder.
    fn read(code: &str) -> (Scope, Vec<Wire>) {
        let file = syn::parse_file(code).expect("parses");
        let scope = Scope::of(&file.items, super::super::str_consts(&file.items));
        let wires = file
            .items
            .iter()
            .find_map(|item| match item {
                Item::Impl(block) if block.trait_.is_some() => {
                    Some(read_prepare(&block.items, &scope, Path::new("api.rs")).wires)
                }
                _ => None,
            })
            .expect("impl Prepare");
        (scope, wires)
    }

    fn sent(wires: &[Wire]) -> Vec<(&str, Option<&str>, Option<&str>)> {
        wires
            .iter()
            .map(|w| (w.location, w.name.as_deref(), w.field.as_deref()))
            .collect()
    }

    #[test]
    fn a_helper_sends_what_its_body_sends() {
        let (scope, wires) = read(CODE);
        // Only functions that send one of their parameters are helpers.
        assert_eq!(scope.helpers.keys().collect::<Vec<_>>(), ["add_fields"]);
        assert!(
            scope.helpers["add_fields"]
                .iter()
                .all(|(_, index)| *index == 2)
        );
        assert_eq!(
            sent(&wires),
            [
                ("query", Some("fields"), Some("fields")),
                ("query", Some("fields"), Some("fields")),
                ("query", Some("cookie"), Some("cookie")),
            ]
        );

        // A drift inside the helper is a drift of every builder that calls it.
        let drifted = CODE.replace(
            "request.query_csv(\"fields\", fields)",
            "request.header(\"field\", fields)",
        );
        let (_, wires) = read(&drifted);
        assert_eq!(sent(&wires)[1], ("header", Some("field"), Some("fields")));
    }
}
