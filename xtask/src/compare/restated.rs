//! The places that restate an operation besides its crate's code: the crate's mock routes
//! (`src/mock.rs`) and the cross-crate tests' catalog (`tests/src/catalog/<api>.rs`). Each must
//! say what the operation's `Operation` constant says (method, path, repeat rule), name every
//! documented operation and nothing else, so the three can never tell different stories.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use syn::visit::{self, Visit};
use syn::{Expr, Lit};

use super::Out;
use crate::code::CrateCode;

/// What one route or catalog row says of an operation.
#[derive(Debug, Clone, Default)]
struct Restated {
    method: String,
    path: String,
    repeat: Option<String>,
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

fn last_ident(expr: &Expr) -> Option<String> {
    match expr {
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

/// `Route::new("name", Method::POST, "/path", handler)` of a mock, by name; paths with the
/// mock's `BASE_PATH` stripped.
fn routes(file: &syn::File) -> BTreeMap<String, Restated> {
    struct Routes<'c>(&'c BTreeMap<String, String>, BTreeMap<String, Restated>);
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
            if names.ends_with(&["Route".to_string(), "new".to_string()]) {
                let args: Vec<&Expr> = call.args.iter().collect();
                if let (Some(name), Some(method), Some(path)) = (
                    args.first().and_then(|a| lit(a, self.0)),
                    args.get(1).and_then(|a| last_ident(a)),
                    args.get(2).and_then(|a| lit(a, self.0)),
                ) {
                    self.1.insert(
                        name,
                        Restated {
                            method,
                            path,
                            repeat: None,
                        },
                    );
                }
            }
        }
    }
    let consts = consts(file);
    let base = consts.get("BASE_PATH").cloned().unwrap_or_default();
    let mut found = Routes(&consts, BTreeMap::new());
    found.visit_file(file);
    found
        .1
        .into_iter()
        .map(|(name, mut route)| {
            if let Some(rest) = route.path.strip_prefix(&base) {
                route.path = rest.to_string();
            }
            (name, route)
        })
        .collect()
}

/// `OpRow { krate: KRATE, name: "..", method: "..", target: "..", repeat: Repeat::X, .. }`.
fn catalog_rows(file: &syn::File) -> BTreeMap<String, Restated> {
    struct Rows<'c>(&'c BTreeMap<String, String>, BTreeMap<String, Restated>);
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
            let mut name = None;
            let mut row = Restated::default();
            for field in &node.fields {
                let syn::Member::Named(member) = &field.member else {
                    continue;
                };
                match member.to_string().as_str() {
                    "name" => name = lit(&field.expr, self.0),
                    "method" => row.method = lit(&field.expr, self.0).unwrap_or_default(),
                    "target" => row.path = lit(&field.expr, self.0).unwrap_or_default(),
                    "repeat" => row.repeat = last_ident(&field.expr),
                    _ => {}
                }
            }
            if let Some(name) = name {
                self.1.insert(name, row);
            }
        }
    }
    let consts = consts(file);
    let mut found = Rows(&consts, BTreeMap::new());
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
            let Some(row) = found.get(name) else {
                out.push(seed, 1, format!("no {what} for operation `{name}`"), &shown);
                continue;
            };
            let path_ok = if is_mock {
                row.path == constant.path
            } else {
                fits(&constant.path, &row.path)
            };
            if row.method != constant.method || !path_ok {
                out.push(
                    seed,
                    1,
                    format!(
                        "the {what} `{name}` says `{} {}`, its `Operation` `{} {}`",
                        row.method, row.path, constant.method, constant.path
                    ),
                    &shown,
                );
            }
            if let (Some(said), Some(rule)) = (&row.repeat, &constant.repeat) {
                if said != rule {
                    out.push(
                        seed,
                        1,
                        format!("the {what} `{name}` says `Repeat::{said}`, its `Operation` `Repeat::{rule}`"),
                        &shown,
                    );
                }
            }
        }
        for name in found.keys() {
            if !documented.contains(name) && code.operations.contains_key(name) {
                continue;
            }
            if !documented.contains(name) && !is_mock {
                out.push(
                    seed,
                    1,
                    format!("the {what} `{name}` names no documented operation"),
                    &shown,
                );
            }
        }
    }
}
