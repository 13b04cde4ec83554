//! Compares one crate's documents with its code, both ways.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

mod uses;
mod wiring;

use crate::code::{self, CrateCode, Method, ModelKind};
use crate::codegen::facts::{self, Facts};
use crate::doc::{self, ApiDoc, DocModel, DocModelKind, DocOperation, Ty};
use crate::names::{kebab_case, snake_case};
use crate::registry::{Dialect, Entry};
use crate::report::{CrateReport, Mismatch};

/// Public methods every API struct may have besides its operations: the constructor and the
/// `client()` accessor.
const ALWAYS_ALLOWED: [&str; 2] = ["new", "client"];

/// Whether a documented type `doc` is written as the (non-optional) Rust type `code`.
pub(crate) fn matches(doc: &Ty, code: &Ty) -> bool {
    match (doc, code) {
        (Ty::Str, Ty::Str)
        | (Ty::Int, Ty::Int)
        | (Ty::Float, Ty::Float)
        | (Ty::Bool, Ty::Bool)
        | (Ty::Unit, Ty::Unit)
        | (Ty::Any, Ty::Any)
        | (Ty::Number, Ty::Int | Ty::Float)
        | (Ty::Map(_), Ty::Any) => true,
        (Ty::Any, Ty::Map(value)) => **value == Ty::Any,
        // Items may be `Option<T>`: servers put `null` in arrays the document types plainly.
        (Ty::List(a), Ty::List(b)) => {
            matches(a, b) || matches!(&**b, Ty::Opt(inner) if matches(a, inner))
        }
        (Ty::Map(a), Ty::Map(b)) => matches(a, b),
        (Ty::Model(a), Ty::Model(b)) => a == b,
        _ => false,
    }
}

/// Like [`matches()`], also accepting `Option<T>` (a documented body that may be absent).
fn matches_return(doc: &Ty, code: &Ty) -> bool {
    match code {
        Ty::Opt(inner) => matches(doc, inner),
        _ => matches(doc, code),
    }
}

/// Collects mismatches with the crate's file locations.
struct Out<'a> {
    entry: &'a Entry,
    report: CrateReport,
}

impl Out<'_> {
    fn push(&mut self, doc_file: &str, line: usize, what: String, code: &Path) {
        self.report.mismatches.push(Mismatch {
            doc: format!("docs/{}/{}", self.entry.krate, doc_file),
            line,
            what,
            code: code.to_string_lossy().replace('\\', "/"),
        });
    }
}

/// Verifies one registered crate under `root`.
pub(crate) fn verify(root: &Path, entry: &Entry) -> CrateReport {
    let mut out = Out {
        entry,
        report: CrateReport {
            krate: entry.krate.to_string(),
            ..CrateReport::default()
        },
    };
    let crates = root.join("crates");
    let src = PathBuf::from(entry.krate).join("src");
    let docs = root.join("docs").join(entry.krate);
    if !crates.join(&src).is_dir() {
        out.push(
            entry.seed,
            1,
            format!("crate folder `crates/{}/src` is missing", entry.krate),
            &src,
        );
        return out.report;
    }
    let seed_text = match fs::read_to_string(docs.join(entry.seed)) {
        Ok(text) => text,
        Err(error) => {
            out.push(
                entry.seed,
                1,
                format!("cannot read the seed document: {error}"),
                &src,
            );
            return out.report;
        }
    };
    let code = code::read_crate(&crates, entry.krate);
    for (file, error) in &code.errors {
        out.push(
            entry.seed,
            1,
            format!("source does not parse: {error}"),
            file,
        );
    }
    let api_doc = doc::parse_api(entry.dialect, &seed_text);
    let models = read_model_docs(&docs, entry, &mut out, &src);
    unhandled_files(&docs, entry, &mut out, &src);
    let ini = PathBuf::from(entry.krate).join(crate::codegen::FACTS_FILE);
    let facts = match fs::read_to_string(crates.join(&ini)) {
        Ok(text) => facts::parse(&text).unwrap_or_else(|(line, what)| {
            out.push(
                entry.seed,
                1,
                format!("codegen.ini line {line}: {what}"),
                &ini,
            );
            Facts::default()
        }),
        Err(_) => Facts::default(),
    };
    operations(&api_doc, &code, &facts, &ini, &mut out, &src);
    let documented: Vec<String> = api_doc
        .operations
        .iter()
        .map(|op| snake_case(&op.name))
        .collect();
    uses::check(root, &documented, &code, &mut out);
    compare_models(&api_doc, &models, &code, &mut out, &src);
    out.report
}

/// Every file under `docs/<crate>/` is the API document or a model document: anything else
/// (a second API document, a file in another folder) would be checked by nothing.
fn unhandled_files(docs: &Path, entry: &Entry, out: &mut Out<'_>, src: &Path) {
    let models = entry
        .models_dir
        .map_or_else(|| docs.to_path_buf(), |d| docs.join(d));
    let mut stack = vec![docs.to_path_buf()];
    let mut found = Vec::new();
    while let Some(dir) = stack.pop() {
        for path in fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
        {
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    for path in found {
        let handled = path == docs.join(entry.seed)
            || (path.parent() == Some(models.as_path())
                && path.extension().is_some_and(|e| e == "md"));
        if !handled {
            let relative = path
                .strip_prefix(docs)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            out.push(
                &relative,
                1,
                format!(
                    "verify-docs does not check this file: it is neither the API document `{}` nor a model document in `{}`",
                    entry.seed,
                    entry.models_dir.unwrap_or(".")
                ),
                src,
            );
        }
    }
}

/// Parses every model document: `(file relative to docs/<crate>/, model)`.
fn read_model_docs(
    docs: &Path,
    entry: &Entry,
    out: &mut Out<'_>,
    src: &Path,
) -> Vec<(String, DocModel)> {
    let mut models = Vec::new();
    for file in doc::read_models(docs, entry) {
        match file.parsed {
            Ok(model) => {
                let expected = model_file_stem(entry.dialect, &model.name);
                if file.stem != expected {
                    out.push(
                        &file.relative,
                        model.line,
                        format!("model `{}` belongs in `{expected}.md`", model.name),
                        &src.join("models"),
                    );
                }
                if matches!(&model.kind, DocModelKind::Struct(fields) if fields.is_empty())
                    || matches!(&model.kind, DocModelKind::Enum(values) if values.is_empty())
                {
                    out.push(
                        &file.relative,
                        model.line,
                        format!(
                            "model `{}`: no property or value could be read (an empty table, or a layout verify-docs does not know)",
                            model.name
                        ),
                        &src.join("models"),
                    );
                }
                models.push((file.relative, model));
            }
            Err((line, what)) => out.push(&file.relative, line, what, src),
        }
    }
    models
}

fn model_file_stem(dialect: Dialect, name: &str) -> String {
    match dialect {
        Dialect::Apimatic => kebab_case(name),
        _ => name.to_string(),
    }
}

fn operations(
    api_doc: &ApiDoc,
    code: &CrateCode,
    facts: &Facts,
    ini: &Path,
    out: &mut Out<'_>,
    src: &Path,
) {
    let entry = out.entry;
    let seed = entry.seed;
    for (line, problem) in &api_doc.problems {
        out.push(seed, *line, problem.clone(), src);
    }
    let title_line = api_doc.class.as_ref().map_or(1, |(_, line)| *line);
    if let Some((class, line)) = &api_doc.class {
        if class != entry.api {
            out.push(
                seed,
                *line,
                format!(
                    "the document describes `{class}`, the registry names `{}`",
                    entry.api
                ),
                src,
            );
        }
    }
    let Some(api_file) = code.structs.get(entry.api).cloned() else {
        out.push(
            seed,
            title_line,
            format!("no struct `{}` in the crate", entry.api),
            src,
        );
        out.report.operations = api_doc.operations.len();
        return;
    };
    let methods: Vec<&Method> = code
        .methods
        .get(entry.api)
        .map(|m| m.iter().collect())
        .unwrap_or_default();

    let mut documented = BTreeSet::new();
    for op in &api_doc.operations {
        let mut op = op.clone();
        let rust = snake_case(&op.name);
        let stated = facts.operation(&op.name);
        // A document without paths (APIMatic) has them in the crate's `codegen.ini`.
        match (&op.http, stated.and_then(|s| s.http.as_ref())) {
            (None, Some((http, _))) => op.http = Some(http.clone()),
            (Some(_), Some((_, line))) => out.push(
                seed,
                op.line,
                format!(
                    "`{}`: `http` (codegen.ini line {line}) is for documents without paths; this one gives them",
                    op.name
                ),
                ini,
            ),
            (None, None) => out.push(
                seed,
                op.line,
                format!(
                    "operation `{rust}`: the document gives no method and path, and its `[operation]` section no `http`"
                ),
                ini,
            ),
            (Some(_), None) => {}
        }
        documented.insert(rust.clone());
        out.report.operations += 1;
        out.report.params += op.params.len();
        match methods
            .iter()
            .find(|m| m.name == rust && m.public && m.has_receiver)
        {
            Some(method) => {
                operation(&op, &rust, method, code, out);
                wiring::check(&op, &rust, method, code, stated, &wiring::Ini(ini), out);
            }
            None => out.push(
                seed,
                op.line,
                format!(
                    "operation `{}` has no public method `{}::{rust}`",
                    op.name, entry.api
                ),
                &api_file,
            ),
        }
    }
    // The parser says why where it can; this is for a document it found nothing wrong with.
    if api_doc.operations.is_empty() && api_doc.problems.is_empty() {
        out.push(
            seed,
            title_line,
            "no operation could be read from the document: a dialect verify-docs does not know?"
                .into(),
            src,
        );
    }
    for (name, stated) in &facts.operations {
        if !api_doc
            .operations
            .iter()
            .any(|op| op.name == *name || snake_case(&op.name) == *name)
        {
            out.push(
                seed,
                title_line,
                format!(
                    "codegen.ini line {}: `[operation {name}]` names no documented operation",
                    stated.line
                ),
                ini,
            );
        }
    }
    for method in methods.iter().filter(|m| m.public) {
        let allowed = ALWAYS_ALLOWED.contains(&method.name.as_str())
            || entry.allowed.contains(&method.name.as_str());
        if !allowed && !documented.contains(&method.name) {
            out.push(
                seed,
                title_line,
                format!(
                    "undocumented public method `{}::{}`",
                    entry.api, method.name
                ),
                &method.file,
            );
        }
    }
}

fn operation(op: &DocOperation, rust: &str, method: &Method, code: &CrateCode, out: &mut Out<'_>) {
    let seed = out.entry.seed;
    let api = out.entry.api;
    let qualified = format!("{api}::{rust}");
    let file = &method.file;

    // HTTP method and path: the documented ones, the first doc line, the `Operation` constant.
    if let Some((verb, path)) = &op.http {
        let expected = format!("Sends a `{verb}` request to `{path}`.");
        match &method.doc {
            Some(line) if *line == expected => {}
            Some(line) => out.push(
                seed,
                op.line,
                format!("`{qualified}` first doc line is \"{line}\", documented \"{expected}\""),
                file,
            ),
            None => out.push(
                seed,
                op.line,
                format!("`{qualified}` has no doc comment; its first line must be \"{expected}\""),
                file,
            ),
        }
        match code.operations.get(rust) {
            Some(constant) if constant.method == *verb && constant.path == *path => {}
            Some(constant) => out.push(
                seed,
                op.line,
                format!(
                    "`Operation` `{rust}` sends `{} {}`, documented `{verb} {path}`",
                    constant.method, constant.path
                ),
                &constant.file,
            ),
            None => out.push(
                seed,
                op.line,
                format!("no `Operation` constant with name \"{rust}\""),
                file,
            ),
        }
    }

    // Parameters: required ones positional in order; optional ones builder setters (APIMatic:
    // or positional `Option<T>`).
    let code_names: Vec<&str> = method.params.iter().map(|p| p.name.as_str()).collect();
    let mut positional = Vec::new();
    let mut setters = Vec::new();
    for param in &op.params {
        let name = snake_case(&param.name);
        let as_positional = !param.optional
            || (out.entry.dialect == Dialect::Apimatic && code_names.contains(&name.as_str()));
        if as_positional {
            positional.push((name, param));
        } else {
            setters.push((name, param));
        }
    }
    let expected: Vec<&str> = positional.iter().map(|(n, _)| n.as_str()).collect();
    for (name, param) in &positional {
        let Some(code_param) = method.params.iter().find(|p| p.name == *name) else {
            out.push(
                seed,
                param.line,
                format!(
                    "required parameter `{}` is not a parameter of `{qualified}`",
                    param.name
                ),
                file,
            );
            continue;
        };
        let ok = if param.optional {
            matches!(&code_param.ty, Ty::Opt(inner) if matches(&param.ty, inner))
        } else {
            matches(&param.ty, &code_param.ty)
        } || (param.ty == Ty::Str
            && out.entry.enum_params.iter().any(|&(m, p, e)| {
                m == rust && p == name && code_param.ty == Ty::Model(e.to_owned())
            }));
        if !ok {
            let doc_ty = if param.optional {
                Ty::Opt(Box::new(param.ty.clone()))
            } else {
                param.ty.clone()
            };
            out.push(
                seed,
                param.line,
                format!(
                    "parameter `{name}` of `{qualified}` is {}, documented {doc_ty}",
                    code_param.ty
                ),
                file,
            );
        }
    }
    for code_param in &method.params {
        if expected.contains(&code_param.name.as_str()) {
            continue;
        }
        if let Some((_, param)) = setters.iter().find(|(n, _)| *n == code_param.name) {
            out.push(seed, param.line, format!("optional parameter `{}` is positional in `{qualified}`; it belongs on the request builder", param.name), file);
        } else {
            out.push(
                seed,
                op.line,
                format!(
                    "undocumented parameter `{}` of `{qualified}`",
                    code_param.name
                ),
                file,
            );
        }
    }
    let common: Vec<&str> = code_names
        .iter()
        .copied()
        .filter(|n| expected.contains(n))
        .collect();
    let expected_common: Vec<&str> = expected
        .iter()
        .copied()
        .filter(|n| code_names.contains(n))
        .collect();
    if common != expected_common {
        out.push(
            seed,
            op.line,
            format!(
                "parameters of `{qualified}` are ({}), documented order ({})",
                common.join(", "),
                expected_common.join(", ")
            ),
            file,
        );
    }

    // The request builder: setters and the response type.
    let builder = method.returns_named.as_deref().unwrap_or("?");
    let builder_methods: Vec<&Method> = code
        .methods
        .get(builder)
        .map(|m| m.iter().filter(|m| m.public).collect())
        .unwrap_or_default();
    let Some(wired) = code.builders.get(builder).filter(|b| b.awaits.is_some()) else {
        out.push(
            seed,
            op.line,
            format!(
                "`{qualified}` returns `{builder}`, which is not the parameters of a `Call` (no `impl Prepare for {builder}`)"
            ),
            file,
        );
        return;
    };
    let builder_file = &wired.file;
    for (name, param) in &setters {
        match builder_methods.iter().find(|m| m.name == *name) {
            None => out.push(
                seed,
                param.line,
                format!(
                    "optional parameter `{}` has no setter `{builder}::{name}`",
                    param.name
                ),
                builder_file,
            ),
            Some(setter) => {
                let ok = setter.params.len() == 1
                    && (matches(&param.ty, &setter.params[0].ty)
                        || matches!(&setter.params[0].ty, Ty::Opt(inner) if matches(&param.ty, inner)));
                if !ok {
                    let got: Vec<String> = setter.params.iter().map(|p| p.ty.to_string()).collect();
                    out.push(
                        seed,
                        param.line,
                        format!(
                            "setter `{builder}::{name}` takes ({}), documented {}",
                            got.join(", "),
                            param.ty
                        ),
                        &setter.file,
                    );
                }
            }
        }
    }
    for m in &builder_methods {
        if !out.entry.builder_options.contains(&m.name.as_str())
            && !setters.iter().any(|(n, _)| *n == m.name)
        {
            out.push(
                seed,
                op.line,
                format!("undocumented builder method `{builder}::{}`", m.name),
                &m.file,
            );
        }
    }
}

fn compare_models(
    api_doc: &ApiDoc,
    docs: &[(String, DocModel)],
    code: &CrateCode,
    out: &mut Out<'_>,
    src: &Path,
) {
    let models_src = src.join("models");
    let by_name: BTreeMap<&str, &code::Model> =
        code.models.iter().map(|m| (m.name.as_str(), m)).collect();
    let documented: BTreeSet<&str> = docs.iter().map(|(_, m)| m.name.as_str()).collect();

    for (file, model) in docs {
        out.report.models += 1;
        let Some(code_model) = by_name.get(model.name.as_str()) else {
            out.push(
                file,
                model.line,
                format!(
                    "model `{}` is not a public struct or enum in src/models",
                    model.name
                ),
                &models_src,
            );
            continue;
        };
        let code_file = &code_model.file;
        match (&model.kind, &code_model.kind) {
            (DocModelKind::Struct(fields), ModelKind::Struct(code_fields)) => {
                out.report.fields += fields.len();
                let mut wires = BTreeMap::new();
                for f in code_fields {
                    if f.rename.is_none() {
                        out.push(
                            file,
                            model.line,
                            format!(
                                "field `{}.{}` has no `#[serde(rename = \"..\")]`",
                                model.name, f.name
                            ),
                            &f.file,
                        );
                    }
                    wires.insert(f.rename.clone().unwrap_or_else(|| f.name.clone()), f);
                }
                for field in fields {
                    let Some(code_field) = wires.get(field.wire.as_str()) else {
                        out.push(
                            file,
                            field.line,
                            format!(
                                "field `{}` of `{}` is missing (no field renamed \"{}\")",
                                field.wire, model.name, field.wire
                            ),
                            code_file,
                        );
                        continue;
                    };
                    let (is_option, inner) = match &code_field.ty {
                        Ty::Opt(inner) => (true, &**inner),
                        other => (false, other),
                    };
                    if !matches(&field.ty, inner) {
                        out.push(
                            file,
                            field.line,
                            format!(
                                "field `{}` of `{}` is {inner}, documented {}",
                                field.wire, model.name, field.ty
                            ),
                            &code_field.file,
                        );
                    }
                    if field.optional && !is_option {
                        out.push(
                            file,
                            field.line,
                            format!(
                                "field `{}` of `{}` is documented optional but is not `Option<_>`",
                                field.wire, model.name
                            ),
                            &code_field.file,
                        );
                    } else if !field.optional && is_option {
                        out.push(
                            file,
                            field.line,
                            format!(
                                "field `{}` of `{}` is documented required but is `Option<_>`",
                                field.wire, model.name
                            ),
                            &code_field.file,
                        );
                    }
                }
                for (wire, code_field) in &wires {
                    if !fields.iter().any(|f| f.wire == *wire) {
                        out.push(
                            file,
                            model.line,
                            format!("undocumented field `{wire}` of `{}`", model.name),
                            &code_field.file,
                        );
                    }
                }
            }
            (DocModelKind::Enum(values), ModelKind::Enum(variants)) => {
                out.report.values += values.len();
                if !variants.iter().any(|v| v.untagged && v.holds_string) {
                    out.push(
                        file,
                        model.line,
                        format!(
                            "enum `{}` has no `#[serde(untagged)] Unknown(String)` variant",
                            model.name
                        ),
                        code_file,
                    );
                }
                let mut code_values = BTreeSet::new();
                for v in variants.iter().filter(|v| !v.untagged) {
                    match (&v.rename, v.unit) {
                        (Some(value), true) => {
                            code_values.insert(value.as_str());
                        }
                        (None, true) => out.push(
                            file,
                            model.line,
                            format!(
                                "variant `{}::{}` has no `#[serde(rename = \"..\")]`",
                                model.name, v.name
                            ),
                            code_file,
                        ),
                        (_, false) => out.push(
                            file,
                            model.line,
                            format!("variant `{}::{}` is not a unit variant", model.name, v.name),
                            code_file,
                        ),
                    }
                }
                for value in values {
                    if !code_values.contains(value.value.as_str()) {
                        out.push(
                            file,
                            value.line,
                            format!(
                                "value \"{}\" of `{}` has no variant",
                                value.value, model.name
                            ),
                            code_file,
                        );
                    }
                }
                for value in code_values {
                    if !values.iter().any(|v| v.value == value) {
                        out.push(
                            file,
                            model.line,
                            format!("undocumented value \"{value}\" of `{}`", model.name),
                            code_file,
                        );
                    }
                }
            }
            (DocModelKind::Struct(_), ModelKind::Enum(_)) => {
                out.push(
                    file,
                    model.line,
                    format!("`{}` is documented as an object but is an enum (list its values under `## Enum`)", model.name),
                    code_file,
                );
            }
            (DocModelKind::Enum(_), ModelKind::Struct(_)) => {
                out.push(
                    file,
                    model.line,
                    format!("`{}` is documented as an enum but is a struct", model.name),
                    code_file,
                );
            }
        }
    }

    let models_dir = out
        .entry
        .models_dir
        .map_or(String::new(), |d| format!("{d}/"));
    for model in &code.models {
        if !documented.contains(model.name.as_str()) {
            let expected = format!(
                "{models_dir}{}.md",
                model_file_stem(out.entry.dialect, &model.name)
            );
            out.push(
                &expected,
                1,
                format!("public model `{}` has no document", model.name),
                &model.file,
            );
        }
    }

    // Every model the documents refer to has a document of its own.
    let seed = out.entry.seed;
    let mut referenced: Vec<(String, usize, String)> = Vec::new();
    for op in &api_doc.operations {
        for param in &op.params {
            collect_models(&param.ty, &mut |name| {
                referenced.push((seed.to_string(), param.line, name))
            });
        }
        collect_models(&op.returns, &mut |name| {
            referenced.push((seed.to_string(), op.line, name))
        });
    }
    for (file, model) in docs {
        if let DocModelKind::Struct(fields) = &model.kind {
            for field in fields {
                collect_models(&field.ty, &mut |name| {
                    referenced.push((file.clone(), field.line, name))
                });
            }
        }
    }
    let mut reported = BTreeSet::new();
    for (file, line, name) in referenced {
        if !documented.contains(name.as_str()) && reported.insert(name.clone()) {
            out.push(
                &file,
                line,
                format!("refers to model `{name}`, which has no model document"),
                &models_src,
            );
        }
    }
}

fn collect_models(ty: &Ty, found: &mut impl FnMut(String)) {
    match ty {
        Ty::Model(name) => found(name.clone()),
        Ty::List(inner) | Ty::Map(inner) | Ty::Opt(inner) => collect_models(inner, found),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_matching() {
        let list = |t| Ty::List(Box::new(t));
        assert!(matches(&Ty::Str, &Ty::Str));
        assert!(matches(&Ty::Number, &Ty::Int));
        assert!(matches(&Ty::Number, &Ty::Float));
        assert!(!matches(&Ty::Int, &Ty::Float));
        assert!(matches(
            &list(Ty::Model("A".into())),
            &list(Ty::Model("A".into()))
        ));
        assert!(!matches(
            &list(Ty::Model("A".into())),
            &list(Ty::Model("B".into()))
        ));
        assert!(matches(&Ty::Map(Box::new(Ty::Any)), &Ty::Any));
        assert!(matches(&Ty::Any, &Ty::Map(Box::new(Ty::Any))));
        assert!(!matches(&Ty::Str, &Ty::Opt(Box::new(Ty::Str))));
        assert!(matches_return(
            &Ty::Model("A".into()),
            &Ty::Opt(Box::new(Ty::Model("A".into())))
        ));
        assert!(matches_return(&Ty::Unit, &Ty::Unit));
        assert!(!matches_return(&Ty::Unit, &Ty::Str));
    }

    /// A throwaway workspace with one crate's documents and sources.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(name: &str, files: &[(&str, &str)]) -> Self {
            let root =
                std::env::temp_dir().join(format!("xtask-compare-{}-{name}", std::process::id()));
            let _ = fs::remove_dir_all(&root);
            for (path, text) in files {
                let path = root.join(path);
                fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
                fs::write(path, text).expect("write");
            }
            Scratch(root)
        }

        fn edit(&self, path: &str, from: &str, to: &str) {
            let path = self.0.join(path);
            let text = fs::read_to_string(&path).expect("read");
            assert!(text.contains(from), "{from}");
            fs::write(path, text.replacen(from, to, 1)).expect("write");
        }

        fn lines(&self, entry: &Entry) -> Vec<String> {
            without_wire_facts(&verify(&self.0, entry).mismatches)
                .into_iter()
                .map(ToString::to_string)
                .collect()
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    /// These fixtures test names, types and setters: their crates state no wire facts (the
    /// wiring is tested on the real crates, `xtask/tests/mutants.rs`).
    fn without_wire_facts(mismatches: &[Mismatch]) -> Vec<&Mismatch> {
        mismatches
            .iter()
            .filter(|m| !m.what.ends_with("in codegen.ini stating its wire facts"))
            .collect()
    }

    /// Without the checks of an operation's wiring, which a scratch crate whose builders are
    /// stubs and whose `[operation]` sections hold only `http` cannot pass.
    fn without_wiring(mismatches: &[Mismatch]) -> Vec<&Mismatch> {
        const WIRING: &[&str] = &[
            "starts from no `Operation` constant",
            "does not say where parameter",
            "has no example",
            "states no `errors`",
        ];
        mismatches
            .iter()
            .filter(|m| !WIRING.iter().any(|w| m.what.contains(w)))
            .collect()
    }

    fn has(lines: &[String], needle: &str) -> bool {
        lines.iter().any(|l| l.contains(needle))
    }

    const JS_DOC: &str = "# AgentOsApiV2CustomerLoginCallGroup.SessionControllerApi\n\nMethod | HTTP request | Description\n------------- | ------------- | -------------\n[**sessionControllerCreateLandlordLogin**](SessionControllerApi.md#sessionControllerCreateLandlordLogin) | **POST** /v2/customer/{shortName}/session/createlandlordlogin | Send a request.\n[**sessionControllerLogin**](SessionControllerApi.md#sessionControllerLogin) | **POST** /v2/customer/{shortName}/session | Login.\n\n\n## sessionControllerCreateLandlordLogin\n\n> sessionControllerCreateLandlordLogin(shortName, email, opts)\n\n### Parameters\n\n\nName | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n **shortName** | **String**| The unique client short-name | \n **email** | **String**| The email address of the landlord | \n **branchID** | **String**| (Optional) The branch ID. | [optional] \n\n### Return type\n\nnull (empty response body)\n\n\n## sessionControllerLogin\n\n> String sessionControllerLogin(shortName, username, password)\n\n### Parameters\n\n\nName | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n **shortName** | **String**| The unique client short-name | \n **username** | **String**| The user&#39;s username. | \n **password** | **String**| The user&#39;s password. | \n\n### Return type\n\n**String**\n";

    const JS_CODE: &str = r#"
const LANDLORD: Operation = Operation { name: "session_controller_create_landlord_login", method: Method::POST, path: "/v2/customer/{shortName}/session/createlandlordlogin", repeat: Repeat::Once, accept: None };
const LOGIN: Operation = Operation { name: "session_controller_login", method: Method::POST, path: "/v2/customer/{shortName}/session", repeat: Repeat::Once, accept: None };
/// The API.
pub struct SessionControllerApi { client: Client }
impl SessionControllerApi {
    /// New.
    pub fn new(client: Client) -> Self { Self { client } }
    /// The client.
    pub fn client(&self) -> &Client { &self.client }
    /// The base URL.
    pub fn base_url(&self) -> &str { todo!() }
    /// Sends a `POST` request to `/v2/customer/{shortName}/session/createlandlordlogin`.
    pub fn session_controller_create_landlord_login(&self, short_name: impl Into<String>, email: impl Into<String>) -> Call<SessionControllerCreateLandlordLogin> { todo!() }
    /// Sends a `POST` request to `/v2/customer/{shortName}/session`.
    pub fn session_controller_login(&self, short_name: impl Into<String>, username: impl Into<String>, password: impl Into<Secret>) -> Call<SessionControllerLogin> { todo!() }
}
/// Builder.
pub struct SessionControllerCreateLandlordLogin;
impl SessionControllerCreateLandlordLogin {
    /// Optional.
    pub fn branch_id(mut self, branch_id: impl Into<String>) -> Self { self }
    /// Private.
    fn helper(&self) {}
}
impl Prepare for SessionControllerCreateLandlordLogin { type Output = (); type Error = LandlordError; }
/// Builder.
pub struct SessionControllerLogin;
impl SessionControllerLogin {
    /// Private.
    fn helper(&self) {}
}
impl Prepare for SessionControllerLogin { type Output = Secret; type Error = LoginError; }
"#;

    #[test]
    fn javascript_crate_with_setters() {
        let entry = Entry::new(
            "letmc-session",
            "SessionControllerApi.md",
            Dialect::JavaScript,
            "SessionControllerApi",
        )
        .allow_methods(&["base_url"]);
        let api = "crates/letmc-session/src/apis/session_controller_api.rs";
        let scratch = Scratch::new(
            "js",
            &[
                ("docs/letmc-session/SessionControllerApi.md", JS_DOC),
                (api, JS_CODE),
            ],
        );
        let report = verify(&scratch.0, &entry);
        let unwired = without_wire_facts(&report.mismatches);
        assert!(unwired.is_empty(), "{unwired:#?}");
        assert_eq!((report.operations, report.params, report.models), (2, 6, 0));

        scratch.edit(api, "pub fn branch_id(", "pub fn branch(");
        let lines = scratch.lines(&entry);
        assert!(
            has(
                &lines,
                "docs/letmc-session/SessionControllerApi.md:20: optional parameter `branchID` has no setter `SessionControllerCreateLandlordLogin::branch_id`"
            ),
            "{lines:#?}"
        );
        assert!(
            has(
                &lines,
                "undocumented builder method `SessionControllerCreateLandlordLogin::branch`"
            ),
            "{lines:#?}"
        );

        scratch.edit(api, "pub fn branch(", "pub fn branch_id(");
        scratch.edit(
            api,
            "short_name: impl Into<String>, username: impl Into<String>",
            "username: impl Into<String>, short_name: impl Into<String>",
        );
        let lines = scratch.lines(&entry);
        assert_eq!(lines.len(), 1, "{lines:#?}");
        assert!(
            has(
                &lines,
                "parameters of `SessionControllerApi::session_controller_login` are (username, short_name, password), documented order (short_name, username, password)"
            ),
            "{lines:#?}"
        );

        scratch.edit(
            api,
            "username: impl Into<String>, short_name: impl Into<String>",
            "short_name: impl Into<String>, username: impl Into<String>",
        );
        scratch.edit(
            api,
            "email: impl Into<String>) -> Call<Session",
            "email: impl Into<String>, branch_id: Option<String>) -> Call<Session",
        );
        let lines = scratch.lines(&entry);
        assert!(
            has(
                &lines,
                "optional parameter `branchID` is positional in `SessionControllerApi::session_controller_create_landlord_login`; it belongs on the request builder"
            ),
            "{lines:#?}"
        );

        let strict = Entry::new(
            "letmc-session",
            "SessionControllerApi.md",
            Dialect::JavaScript,
            "SessionControllerApi",
        );
        let lines = scratch.lines(&strict);
        assert!(has(
            &lines,
            "undocumented public method `SessionControllerApi::base_url`"
        ));
        assert!(
            !has(&lines, "`SessionControllerApi::client`"),
            "client() is always allowed"
        );
    }

    const APIMATIC_DOC: &str = "# Session\n\nStart and end sessions.\n\n```python\nsession_controller = client.session\n```\n\n## Class Name\n\n`SessionController`\n\n## Methods\n\n* [Login Using POST](../../doc/controllers/session.md#login-using-post)\n\n# Login Using POST\n\nInitiates a session.\n\n```python\ndef login_using_post(self,\n                    body=None)\n```\n\n## Parameters\n\n| Parameter | Type | Tags | Description |\n|  --- | --- | --- | --- |\n| `body` | [`LogInRequest`](../../doc/models/log-in-request.md) | Body, Optional | request |\n\n## Response Type\n\n[`LogInResponse`](../../doc/models/log-in-response.md)\n\n## Errors\n\n| HTTP Status Code | Error Description | Exception Class |\n|  --- | --- | --- |\n| 400 | Error Response | [`RestErrorResponseException`](../../doc/models/rest-error-response-exception.md) |\n";

    const APIMATIC_REQUEST: &str = "# Log in Request\n\n## Structure\n\n`LogInRequest`\n\n## Fields\n\n| Name | Type | Tags | Description |\n|  --- | --- | --- | --- |\n| `username` | `String` | Optional | The user name. |\n| `password` | `String` | Optional | The password. |\n";

    const APIMATIC_RESPONSE: &str = "# Log in Response\n\n## Structure\n\n`LogInResponse`\n\n## Fields\n\n| Name | Type | Tags | Description |\n|  --- | --- | --- | --- |\n| `sessionToken` | `String` | Optional | The token. |\n";

    const APIMATIC_CODE: &str = r#"
const LOGIN_USING_POST: Operation = Operation { name: "login_using_post", method: Method::POST, path: "/session/login", repeat: Repeat::Once, accept: None };
/// The controller.
pub struct SessionController { client: Client }
impl SessionController {
    /// New.
    pub fn new(client: Client) -> Self { Self { client } }
    /// Sends a `POST` request to `/session/login`.
    pub fn login_using_post(&self, body: Option<LogInRequest>) -> Call<LoginUsingPost> { todo!() }
}
/// Builder.
pub struct LoginUsingPost;
impl LoginUsingPost {
    /// Private.
    fn helper(&self) {}
}
impl Prepare for LoginUsingPost { type Output = LogInResponse; type Error = E; }
"#;

    const APIMATIC_MODELS: &str = r#"
/// Request.
#[serde_with::skip_serializing_none]
pub struct LogInRequest {
    /// User.
    #[serde(rename = "username")]
    pub username: Option<String>,
    /// Password.
    #[serde(rename = "password")]
    pub password: Option<Secret>,
}
/// Response.
pub struct LogInResponse {
    /// Token.
    #[serde(rename = "sessionToken")]
    pub session_token: Option<Secret>,
}
"#;

    #[test]
    fn apimatic_crate_with_ini_paths_and_models_folder() {
        let entry = Entry::new(
            "vzm2m-session",
            "controllers/session.md",
            Dialect::Apimatic,
            "SessionController",
        )
        .models_dir("models");
        let ini = "crates/vzm2m-session/codegen.ini";
        let models = "crates/vzm2m-session/src/models/session.rs";
        let api = "crates/vzm2m-session/src/apis/session_controller.rs";
        let scratch = Scratch::new(
            "apimatic",
            &[
                ("docs/vzm2m-session/controllers/session.md", APIMATIC_DOC),
                (
                    "docs/vzm2m-session/models/log-in-request.md",
                    APIMATIC_REQUEST,
                ),
                (
                    "docs/vzm2m-session/models/log-in-response.md",
                    APIMATIC_RESPONSE,
                ),
                (
                    "docs/vzm2m-session/models/rest-error-response-exception.md",
                    "# Rest Error Response Exception\n\n## Structure\n\n`RestErrorResponseException`\n\n## Fields\n\n| Name | Type | Tags | Description |\n|  --- | --- | --- | --- |\n| `errorCode` | `String` | Optional | Code. |\n",
                ),
                (api, APIMATIC_CODE),
                (
                    ini,
                    "[operation login_using_post]\nhttp = POST /session/login\n",
                ),
                (models, APIMATIC_MODELS),
                (
                    "crates/vzm2m-session/src/models/error.rs",
                    "/// Error.\npub struct RestErrorResponseException {\n    /// Code.\n    #[serde(rename = \"errorCode\")]\n    pub error_code: Option<String>,\n}\n",
                ),
            ],
        );
        let report = verify(&scratch.0, &entry);
        let unwired = without_wiring(&report.mismatches);
        assert!(unwired.is_empty(), "{unwired:#?}");
        assert_eq!((report.operations, report.models, report.fields), (1, 3, 4));

        // The path comes from the ini: another one there is a drift of the constant.
        scratch.edit(ini, "POST /session/login", "POST /session/signin");
        assert!(has(
            &scratch.lines(&entry),
            "`Operation` `login_using_post` sends `POST /session/login`, documented `POST /session/signin`"
        ));
        // Without it the operation cannot be checked.
        scratch.edit(ini, "http = POST /session/signin\n", "");
        assert!(has(
            &scratch.lines(&entry),
            "docs/vzm2m-session/controllers/session.md:17: operation `login_using_post`: the document gives no method and path, and its `[operation]` section no `http` (vzm2m-session/codegen.ini)"
        ));
        scratch.edit(
            ini,
            "[operation login_using_post]\n",
            "[operation login_using_post]\nhttp = POST /session/login\n",
        );

        // The optional body as a builder setter is fine too.
        scratch.edit(api, "&self, body: Option<LogInRequest>", "&self");
        scratch.edit(api, "    /// Private.\n", "    /// Body.\n    pub fn body(self, body: LogInRequest) -> Self { self }\n    /// Private.\n");
        let report = verify(&scratch.0, &entry);
        assert!(without_wiring(&report.mismatches).is_empty());

        scratch.edit(models, "rename = \"sessionToken\"", "rename = \"token\"");
        scratch.edit(
            models,
            "pub username: Option<String>",
            "pub username: String",
        );
        let lines = scratch.lines(&entry);
        assert!(
            has(
                &lines,
                "docs/vzm2m-session/models/log-in-response.md:11: field `sessionToken` of `LogInResponse` is missing"
            ),
            "{lines:#?}"
        );
        assert!(
            has(
                &lines,
                "docs/vzm2m-session/models/log-in-request.md:11: field `username` of `LogInRequest` is documented optional but is not `Option<_>`"
            ),
            "{lines:#?}"
        );
        assert!(has(&lines, "(vzm2m-session/src/models/session.rs:"));

        fs::rename(
            scratch
                .0
                .join("docs/vzm2m-session/models/log-in-response.md"),
            scratch.0.join("docs/vzm2m-session/models/LogInResponse.md"),
        )
        .expect("rename");
        assert!(has(
            &scratch.lines(&entry),
            "docs/vzm2m-session/models/LogInResponse.md:5: model `LogInResponse` belongs in `log-in-response.md`"
        ));
    }

    const PHP_DOC: &str = "# Equisoft\\SDK\\AccountService\\SessionApi\n\nAll URIs are relative to *http://localhost*\n\nMethod | HTTP request | Description\n------------- | ------------- | -------------\n[**getSession**](SessionApi.md#getSession) | **GET** /sessions/{uuid} | Get detailed information about a user session.\n\n\n\n## getSession\n\n> \\Equisoft\\SDK\\AccountService\\Model\\Session getSession($uuid)\n\nGet detailed information about a user session.\n\n### Parameters\n\n\nName | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n **uuid** | **string**| The user session&#39;s identifier |\n\n### Return type\n\n[**\\Equisoft\\SDK\\AccountService\\Model\\Session**](../Model/Session.md)\n";

    const PHP_SESSION: &str = "# # Session\n\n## Properties\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n**sessionId** | **string** | Globally unique identifier. | [optional]\n**state** | [**\\Equisoft\\SDK\\AccountService\\Model\\SessionState**](SessionState.md) |  | [optional]\n**created** | **\\DateTime** |  | [optional]\n**roles** | **string[]** |  | [optional]\n\n[[Back to Model list]](../../README.md#models)\n";

    const PHP_STATE: &str = "# # SessionState\n\n## Enum\n\n* `_NEW` (value: `\"NEW\"`)\n* `ENABLED` (value: `\"ENABLED\"`)\n\n[[Back to Model list]](../../README.md#models)\n";

    const PHP_CODE: &str = r#"
const GET_SESSION: Operation = Operation { name: "get_session", method: Method::GET, path: "/sessions/{uuid}", repeat: Repeat::Idempotent, accept: None };
/// The API.
pub struct SessionApi { client: Client }
impl SessionApi {
    /// New.
    pub fn new(client: Client) -> Self { Self { client } }
    /// Sends a `GET` request to `/sessions/{uuid}`.
    pub fn get_session(&self, uuid: impl Into<String>) -> Call<GetSession> { todo!() }
}
/// Builder.
pub struct GetSession;
impl GetSession {
    /// Private.
    fn helper(&self) {}
}
impl Prepare for GetSession { type Output = Option<Session>; type Error = E; }
"#;

    const PHP_MODELS: &str = r#"
/// Session.
pub struct Session {
    /// Id.
    #[serde(rename = "sessionId")]
    pub session_id: Option<String>,
    /// State.
    #[serde(rename = "state")]
    pub state: Option<SessionState>,
    /// Created (RFC 3339).
    #[serde(rename = "created")]
    pub created: Option<String>,
    /// Roles.
    #[serde(rename = "roles")]
    pub roles: Option<Vec<String>>,
}
/// State.
pub enum SessionState {
    /// New.
    #[serde(rename = "NEW")]
    New,
    /// Enabled.
    #[serde(rename = "ENABLED")]
    Enabled,
    /// Unknown.
    #[serde(untagged)]
    Unknown(String),
}
"#;

    #[test]
    fn php_crate_with_api_and_model_folders() {
        let entry = Entry::new(
            "equisoft-account",
            "Api/SessionApi.md",
            Dialect::Php,
            "SessionApi",
        )
        .models_dir("Model");
        let models = "crates/equisoft-account/src/models/session.rs";
        let scratch = Scratch::new(
            "php",
            &[
                ("docs/equisoft-account/Api/SessionApi.md", PHP_DOC),
                ("docs/equisoft-account/Model/Session.md", PHP_SESSION),
                ("docs/equisoft-account/Model/SessionState.md", PHP_STATE),
                ("crates/equisoft-account/src/apis/session_api.rs", PHP_CODE),
                (models, PHP_MODELS),
            ],
        );
        let report = verify(&scratch.0, &entry);
        let unwired = without_wire_facts(&report.mismatches);
        assert!(unwired.is_empty(), "{unwired:#?}");
        assert_eq!(
            (
                report.operations,
                report.models,
                report.fields,
                report.values
            ),
            (1, 2, 4, 2)
        );

        scratch.edit(models, "    #[serde(rename = \"ENABLED\")]\n", "");
        scratch.edit(
            models,
            "pub roles: Option<Vec<String>>",
            "pub roles: Option<Vec<i32>>",
        );
        let lines = scratch.lines(&entry);
        assert!(
            has(
                &lines,
                "docs/equisoft-account/Model/SessionState.md:1: variant `SessionState::Enabled` has no `#[serde(rename = \"..\")]`"
            ),
            "{lines:#?}"
        );
        assert!(
            has(
                &lines,
                "docs/equisoft-account/Model/SessionState.md:6: value \"ENABLED\" of `SessionState` has no variant"
            ),
            "{lines:#?}"
        );
        assert!(
            has(
                &lines,
                "docs/equisoft-account/Model/Session.md:10: field `roles` of `Session` is list of integer, documented list of string"
            ),
            "{lines:#?}"
        );

        fs::remove_file(
            scratch
                .0
                .join("docs/equisoft-account/Model/SessionState.md"),
        )
        .expect("rm");
        let lines = scratch.lines(&entry);
        assert!(
            has(
                &lines,
                "docs/equisoft-account/Model/SessionState.md:1: public model `SessionState` has no document"
            ),
            "{lines:#?}"
        );
        assert!(
            has(
                &lines,
                "docs/equisoft-account/Model/Session.md:8: refers to model `SessionState`, which has no model document"
            ),
            "{lines:#?}"
        );
    }

    const PY_DOC: &str = "# swagger_client.AuthApi\n\nMethod | HTTP request | Description\n------------- | ------------- | -------------\n[**login**](AuthApi.md#login) | **POST** /auth/session | Logs-in the currently authenticated user\n\n# **login**\n> Auth login(fields=fields, cookie=cookie, timeout_in_seconds=timeout_in_seconds)\n\nLogs-in the currently authenticated user\n\n### Example\n```python\n# Configure HTTP basic authorization: basic\nconfiguration = swagger_client.Configuration()\n```\n\n### Parameters\n\nName | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n **fields** | [**list[str]**](str.md)| Select which fields to include on returned data. | [optional] \n **cookie** | **bool**| If true then the server add the cookie.  | [optional] \n **timeout_in_seconds** | **int**| The timeout in seconds for the created session. | [optional] \n\n### Return type\n\n[**Auth**](Auth.md)\n";

    const PY_CODE: &str = r#"
const LOGIN: Operation = Operation { name: "login", method: Method::POST, path: "/auth/session", repeat: Repeat::Once, accept: None };
/// The API.
pub struct AuthApi { client: Client }
impl AuthApi {
    /// New.
    pub fn new(client: Client) -> Self { Self { client } }
    /// A copy asking for a different `fields` format.
    pub fn with_fields_format(&self, format: FieldsFormat) -> Self { todo!() }
    /// Sends a `POST` request to `/auth/session`.
    pub fn login(&self) -> Call<Login> { todo!() }
}
/// Builder.
pub struct Login;
impl Login {
    /// Fields.
    pub fn fields(mut self, fields: impl IntoIterator<Item = impl Into<String>>) -> Self { self }
    /// Cookie.
    pub fn cookie(mut self, cookie: bool) -> Self { self }
    /// Timeout of the session.
    pub fn timeout_in_seconds(mut self, timeout_in_seconds: i32) -> Self { self }
    /// Per-call timeout.
    /// Private.
    fn helper(&self) {}
}
impl Prepare for Login { type Output = Auth; type Error = LoginError; }
"#;

    #[test]
    fn list_items_may_be_optional_but_scalars_stay_strict() {
        let model = |n: &str| Ty::Model(n.to_owned());
        let list = |t: Ty| Ty::List(Box::new(t));
        let opt = |t: Ty| Ty::Opt(Box::new(t));
        assert!(matches(&list(model("E")), &list(opt(model("E")))));
        assert!(matches(&list(model("E")), &list(model("E"))));
        assert!(!matches(&list(model("E")), &list(opt(model("F")))));
        assert!(!matches(&model("E"), &opt(model("E"))));
        assert!(!matches(&Ty::Str, &model("SendMediumEnum")));
    }

    #[test]
    fn python_crate_with_list_setter_and_allowed_method() {
        let entry = Entry::new("cyclos-auth", "AuthApi.md", Dialect::Python, "AuthApi")
            .allow_methods(&["with_fields_format"]);
        let api = "crates/cyclos-auth/src/apis/auth_api.rs";
        let scratch = Scratch::new(
            "python",
            &[
                ("docs/cyclos-auth/AuthApi.md", PY_DOC),
                (
                    "docs/cyclos-auth/Auth.md",
                    "# Auth\n\n## Properties\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n**sessionToken** | **str** |  | [optional] \n\n[[Back to Model list]](../README.md#documentation-for-models)\n",
                ),
                (api, PY_CODE),
                (
                    "crates/cyclos-auth/src/models/auth.rs",
                    "/// Auth.\npub struct Auth {\n    /// Token.\n    #[serde(rename = \"sessionToken\")]\n    pub session_token: Option<Secret>,\n}\n",
                ),
            ],
        );
        let report = verify(&scratch.0, &entry);
        let unwired = without_wire_facts(&report.mismatches);
        assert!(unwired.is_empty(), "{unwired:#?}");
        assert_eq!(
            (
                report.operations,
                report.params,
                report.models,
                report.fields
            ),
            (1, 3, 1, 1)
        );

        scratch.edit(
            api,
            "fields: impl IntoIterator<Item = impl Into<String>>",
            "fields: impl Into<String>",
        );
        scratch.edit(
            api,
            "    /// Sends a `POST` request to `/auth/session`.\n",
            "",
        );
        let lines = scratch.lines(&entry);
        assert!(
            has(
                &lines,
                "docs/cyclos-auth/AuthApi.md:22: setter `Login::fields` takes (string), documented list of string (cyclos-auth/src/apis/auth_api.rs:16)"
            ),
            "{lines:#?}"
        );
        assert!(
            has(
                &lines,
                "docs/cyclos-auth/AuthApi.md:7: `AuthApi::login` has no doc comment; its first line must be \"Sends a `POST` request to `/auth/session`.\""
            ),
            "{lines:#?}"
        );
        assert_eq!(lines.len(), 2, "{lines:#?}");
    }
}
