//! The places that use an operation besides its crate's code: the crate's mock routes
//! (`src/mock.rs`) and the cross-crate tests' catalog (`tests/src/catalog/<api>.rs`). Each reads
//! the operation's generated `Operation` constant rather than restating its method, path or
//! rule: a route is `Route::of(base, &operations::X, handler)`, a row `OpRow { op:
//! &operations::X, target: "..", .. }`. Every documented operation has one of each, from the
//! constant its builder sends; a row's target fits that constant's path; a route that spells
//! out a documented operation's method and path (`Route::new`) is refused.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use syn::visit::{self, Visit};
use syn::{Expr, Lit};

use super::Out;
use crate::code::CrateCode;

/// How a route or catalog row names its operation.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Names {
    /// By the constant (`&operations::DO_LOGIN`): its identifier.
    Constant(String),
    /// Spelled out (`Route::new("do_login", Method::POST, "/path", ..)`): the name.
    Restated(String),
}

/// One route or catalog row.
#[derive(Debug, Clone)]
struct Use {
    names: Names,
    /// A catalog row's request target.
    target: Option<String>,
}

fn lit(expr: &Expr, consts: &BTreeMap<String, String>) -> Option<String> {
    match expr {
        Expr::Lit(l) => match &l.lit {
            Lit::Str(s) => Some(s.value()),
            _ => None,
        },
        Expr::Path(p) => consts.get(&p.path.get_ident()?.to_string()).cloned(),
        Expr::Reference(r) => lit(&r.expr, consts),
        _ => None,
    }
}

/// `&operations::X` (or `&crate::apis::operations::X`, `&X`): `X`.
fn constant(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Reference(r) => constant(&r.expr),
        Expr::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The expressions of a `vec![..]` (syn leaves macro bodies as tokens).
fn vec_items(mac: &syn::Macro) -> Vec<Expr> {
    if !mac.path.is_ident("vec") {
        return Vec::new();
    }
    mac.parse_body_with(syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated)
        .map(|items| items.into_iter().collect())
        .unwrap_or_default()
}

/// Every `const X: &str = ".."` of a file, at any depth (impl consts included).
fn consts(file: &syn::File) -> BTreeMap<String, String> {
    struct Consts(BTreeMap<String, String>);
    impl<'a> Visit<'a> for Consts {
        fn visit_item_const(&mut self, c: &'a syn::ItemConst) {
            if let Some(value) = lit(&c.expr, &BTreeMap::new()) {
                self.0.insert(c.ident.to_string(), value);
            }
        }
        fn visit_impl_item_const(&mut self, c: &'a syn::ImplItemConst) {
            if let Some(value) = lit(&c.expr, &BTreeMap::new()) {
                self.0.insert(c.ident.to_string(), value);
            }
        }
    }
    let mut found = Consts(BTreeMap::new());
    found.visit_file(file);
    found.0
}

/// `Route::of(base, &operations::X, handler)` and `Route::new("name", ..)` of a mock.
fn routes(file: &syn::File) -> Vec<Use> {
    struct Routes<'c>(&'c BTreeMap<String, String>, Vec<Use>);
    impl<'a> Visit<'a> for Routes<'_> {
        fn visit_macro(&mut self, mac: &'a syn::Macro) {
            for item in vec_items(mac) {
                self.visit_expr(&item);
            }
        }
        fn visit_expr_call(&mut self, call: &'a syn::ExprCall) {
            visit::visit_expr_call(self, call);
            let Expr::Path(func) = &*call.func else {
                return;
            };
            let names: Vec<String> = func
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            let args: Vec<&Expr> = call.args.iter().collect();
            let named = if names.ends_with(&["Route".to_string(), "of".to_string()]) {
                args.get(1).and_then(|a| constant(a)).map(Names::Constant)
            } else if names.ends_with(&["Route".to_string(), "new".to_string()]) {
                args.first()
                    .and_then(|a| lit(a, self.0))
                    .map(Names::Restated)
            } else {
                None
            };
            if let Some(names) = named {
                self.1.push(Use {
                    names,
                    target: None,
                });
            }
        }
    }
    let consts = consts(file);
    let mut found = Routes(&consts, Vec::new());
    found.visit_file(file);
    found.1
}

/// `OpRow { krate: KRATE, op: &operations::X, target: "..", .. }`.
fn catalog_rows(file: &syn::File) -> Vec<Use> {
    struct Rows<'c>(&'c BTreeMap<String, String>, Vec<Use>);
    impl<'a> Visit<'a> for Rows<'_> {
        fn visit_macro(&mut self, mac: &'a syn::Macro) {
            for item in vec_items(mac) {
                self.visit_expr(&item);
            }
        }
        fn visit_expr_struct(&mut self, node: &'a syn::ExprStruct) {
            visit::visit_expr_struct(self, node);
            if node.path.segments.last().is_none_or(|s| s.ident != "OpRow") {
                return;
            }
            let mut names = None;
            let mut target = None;
            for field in &node.fields {
                let syn::Member::Named(member) = &field.member else {
                    continue;
                };
                match member.to_string().as_str() {
                    "op" => names = constant(&field.expr).map(Names::Constant),
                    "name" => names = lit(&field.expr, self.0).map(Names::Restated),
                    "target" => target = lit(&field.expr, self.0),
                    _ => {}
                }
            }
            if let Some(names) = names {
                self.1.push(Use { names, target });
            }
        }
    }
    let consts = consts(file);
    let mut found = Rows(&consts, Vec::new());
    found.visit_file(file);
    found.1
}

/// Whether a concrete request target (`/sessions/s1/enable?x=1`) fits a path template
/// (`/sessions/{uuid}/enable`): a placeholder stands for one non-empty segment.
fn fits(template: &str, target: &str) -> bool {
    let target = target.split('?').next().unwrap_or(target);
    let (a, b): (Vec<&str>, Vec<&str>) =
        (template.split('/').collect(), target.split('/').collect());
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(t, v)| (t.starts_with('{') && t.ends_with('}') && !v.is_empty()) || t == v)
}

fn parse(path: &Path) -> Option<syn::File> {
    syn::parse_file(&fs::read_to_string(path).ok()?).ok()
}

/// Checks the mock's routes and the tests' catalog of one crate against its `Operation`s.
/// `documented` holds the operations' Rust names; `root` is the workspace root.
pub(super) fn check(root: &Path, documented: &[String], code: &CrateCode, out: &mut Out<'_>) {
    let seed = out.entry.seed;
    let krate = out.entry.krate;
    let api = krate.split('-').next().unwrap_or(krate);
    let places = [
        (
            PathBuf::from(krate).join("src/mock.rs"),
            root.join("crates").join(krate).join("src/mock.rs"),
            true,
        ),
        (
            PathBuf::from(format!("../tests/src/catalog/{api}.rs")),
            root.join(format!("tests/src/catalog/{api}.rs")),
            false,
        ),
    ];
    for (shown, path, is_mock) in places {
        // A scratch copy of `docs/` and `crates/` alone has no tests folder to compare.
        if !path.is_file() {
            continue;
        }
        let Some(file) = parse(&path) else {
            out.push(seed, 1, "does not parse".into(), &shown);
            continue;
        };
        let what = if is_mock {
            "mock route"
        } else {
            "test catalog row"
        };
        let found = if is_mock {
            routes(&file)
        } else {
            catalog_rows(&file)
        };
        for name in documented {
            let Some(constant) = code.operations.get(name) else {
                continue;
            };
            let uses: Vec<&Use> = found
                .iter()
                .filter(|u| u.names == Names::Constant(constant.ident.clone()))
                .collect();
            if found
                .iter()
                .any(|u| u.names == Names::Restated(name.clone()))
            {
                out.push(
                    seed,
                    1,
                    format!(
                        "the {what} `{name}` spells out its method and path: take them from `{}`",
                        constant.ident
                    ),
                    &shown,
                );
            }
            match uses.as_slice() {
                [] => out.push(
                    seed,
                    1,
                    format!(
                        "no {what} for operation `{name}` (from `{}`)",
                        constant.ident
                    ),
                    &shown,
                ),
                [one] => {
                    if let Some(target) = &one.target {
                        if !fits(&constant.path, target) {
                            out.push(
                                seed,
                                1,
                                format!(
                                    "the {what} `{name}` expects `{target}`, which is not a request of `{} {}`",
                                    constant.method, constant.path
                                ),
                                &shown,
                            );
                        }
                    }
                }
                _ => out.push(
                    seed,
                    1,
                    format!("{} {what}s for operation `{name}`", uses.len()),
                    &shown,
                ),
            }
        }
        if is_mock {
            continue;
        }
        // A catalog row is an operation the suites drive: it names a documented one.
        for row in &found {
            let known = match &row.names {
                Names::Constant(ident) => code
                    .operations
                    .iter()
                    .any(|(name, c)| c.ident == *ident && documented.contains(name)),
                Names::Restated(name) => documented.contains(name),
            };
            if !known {
                let shown_name = match &row.names {
                    Names::Constant(ident) | Names::Restated(ident) => ident,
                };
                out.push(
                    seed,
                    1,
                    format!("the {what} `{shown_name}` names no documented operation"),
                    &shown,
                );
            }
        }
    }
}
