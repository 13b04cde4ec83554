//! From a model document and the crate's facts to what the model file holds: Rust names,
//! types and docs, decided here once, written out by [`super::render`].

use std::collections::{BTreeMap, BTreeSet};

use super::facts::{Facts, ModelFacts};
use crate::doc::{DocField, DocModel, DocModelKind, Ty};
use crate::names::snake_case;

/// One model, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Model {
    /// The type's name (`LoginCredentials`).
    pub(crate) name: String,
    /// The module and file name (`login_credentials`).
    pub(crate) module: String,
    /// The doc comment: lines, `""` between paragraphs.
    pub(crate) doc: Vec<String>,
    /// Fields or variants.
    pub(crate) kind: Kind,
    /// Whether `Eq` can be derived (no float anywhere inside).
    pub(crate) eq: bool,
}

/// A struct's fields or an enum's variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An object; `new` is the constructor's doc.
    Struct { fields: Vec<Field>, new: String },
    /// A string enum.
    Enum(Vec<Variant>),
}

/// One struct field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field {
    /// The wire name.
    pub(crate) wire: String,
    /// The Rust field name.
    pub(crate) ident: String,
    /// The Rust type, without the `Option` of an optional field.
    pub(crate) ty: String,
    /// Whether the document marks it optional.
    pub(crate) optional: bool,
    /// Its doc: lines, `""` between paragraphs.
    pub(crate) doc: Vec<String>,
}

/// One enum variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Variant {
    /// The wire value.
    pub(crate) value: String,
    /// The Rust variant name.
    pub(crate) ident: String,
    /// Its doc: lines, `""` between paragraphs.
    pub(crate) doc: Vec<String>,
}

/// Rust's keywords: a field named so gets a trailing `_`.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// `currentPassword` -> `current_password`, `type` -> `type_`.
pub(crate) fn field_ident(wire: &str) -> String {
    let snake: String = snake_case(wire)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let snake = snake.trim_matches('_');
    let snake = if snake.is_empty() || snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("f_{snake}")
    } else {
        snake.to_string()
    };
    if KEYWORDS.contains(&snake.as_str()) {
        format!("{snake}_")
    } else {
        snake
    }
}

/// `dynamicSelection` -> `DynamicSelection`, `NEW` -> `New`, `image/png` -> `ImagePng`.
pub(crate) fn variant_ident(value: &str) -> String {
    let ident: String = snake_case(value)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect();
    if ident.is_empty() || ident.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{ident}")
    } else {
        ident
    }
}

/// A document's description as doc text: HTML entities decoded, `\|` unescaped, a trailing
/// "Possible values are: * a: .." list removed (it documents the enum's values instead), and a
/// final full stop.
pub(crate) fn describe(raw: &str) -> String {
    let text = decode_entities(raw).replace("\\|", "|");
    let text = match possible_values_at(&text) {
        Some(at) => &text[..at],
        None => &text,
    };
    let mut text = text.trim().to_string();
    if !text.is_empty() && !text.ends_with(['.', '!', '?']) {
        text.push('.');
    }
    text
}

/// Where "Possible values are:" (or swagger-codegen's "Possibles values for each array
/// element are:") starts.
fn possible_values_at(text: &str) -> Option<usize> {
    ["Possible values", "Possibles values"]
        .iter()
        .filter_map(|marker| text.find(marker))
        .min()
}

/// `* email: The user will receive an email * sms: ..` after "Possible values .. are:", as
/// `(value, description)`.
fn possible_values(raw: &str) -> Vec<(String, String)> {
    let text = decode_entities(raw);
    let Some(at) = possible_values_at(&text) else {
        return Vec::new();
    };
    let Some(list) = text[at..].split_once("are:").map(|(_, list)| list) else {
        return Vec::new();
    };
    list.split(" * ")
        .map(|item| item.trim().trim_start_matches("* "))
        .filter_map(|item| item.split_once(':'))
        .map(|(value, description)| (value.trim().to_string(), describe(description)))
        .collect()
}

/// `&#x60;` -> `` ` ``, `&#39;` -> `'`, `&quot;`, `&amp;`, `&lt;`, `&gt;`.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest.find(';').and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "quot" => Some('"'),
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "apos" => Some('\''),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// "A" or "An" before a name.
fn article(name: &str) -> &'static str {
    if name.starts_with(['A', 'E', 'I', 'O', 'U']) {
        "An"
    } else {
        "A"
    }
}

/// A one-line doc.
fn one(text: String) -> Vec<String> {
    vec![text]
}

/// Plans every model of a crate. `models` are the documents' models in file order; an error
/// names the facts' line (0 when the problem is in a document) and what is wrong.
pub(crate) fn plan(models: &[DocModel], facts: &Facts) -> Result<Vec<Model>, Vec<(usize, String)>> {
    let mut errors = Vec::new();
    let names: BTreeSet<&str> = models.iter().map(|m| m.name.as_str()).collect();
    for (name, section) in &facts.models {
        if !names.contains(name.as_str()) {
            errors.push((section.line, format!("`[{name}]` names no model document")));
        }
    }
    let described = enum_descriptions(models);
    let empty = ModelFacts::default();
    let mut planned = Vec::new();
    for model in models {
        let section = facts.models.get(&model.name).unwrap_or(&empty);
        match plan_one(
            model,
            section,
            facts,
            &names,
            described.get(model.name.as_str()),
        ) {
            Ok(model) => planned.push(model),
            Err(mut more) => errors.append(&mut more),
        }
    }
    mark_eq(&mut planned);
    if errors.is_empty() {
        Ok(planned)
    } else {
        Err(errors)
    }
}

/// Enum value descriptions found in the fields that hold the enum ("Possible values are:
/// * administrator: A user who .."): enum name -> value -> description; the first wins.
fn enum_descriptions(models: &[DocModel]) -> BTreeMap<&str, BTreeMap<String, String>> {
    let mut found: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
    for model in models {
        let DocModelKind::Struct(fields) = &model.kind else {
            continue;
        };
        for field in fields {
            let Some(target) = innermost_model(&field.ty) else {
                continue;
            };
            let Some(target) = models.iter().find(|m| m.name == target) else {
                continue;
            };
            if !matches!(target.kind, DocModelKind::Enum(_)) {
                continue;
            }
            let values = found.entry(target.name.as_str()).or_default();
            for (value, description) in possible_values(&field.description) {
                values.entry(value).or_insert(description);
            }
        }
    }
    found
}

fn innermost_model(ty: &Ty) -> Option<&str> {
    match ty {
        Ty::Model(name) => Some(name),
        Ty::List(inner) | Ty::Map(inner) | Ty::Opt(inner) => innermost_model(inner),
        _ => None,
    }
}

fn plan_one(
    model: &DocModel,
    section: &ModelFacts,
    facts: &Facts,
    names: &BTreeSet<&str>,
    described: Option<&BTreeMap<String, String>>,
) -> Result<Model, Vec<(usize, String)>> {
    let mut errors = Vec::new();
    let name = &model.name;
    let known: Vec<&str> = match &model.kind {
        DocModelKind::Struct(fields) => fields.iter().map(|f| f.wire.as_str()).collect(),
        DocModelKind::Enum(values) => values.iter().map(|v| v.value.as_str()).collect(),
    };
    for (wire, (_, line)) in &section.docs {
        if !known.contains(&wire.as_str()) {
            errors.push((*line, format!("`{wire}.doc`: `{name}` has no `{wire}`")));
        }
    }
    for (wire, (_, line)) in &section.types {
        if !known.contains(&wire.as_str()) || matches!(model.kind, DocModelKind::Enum(_)) {
            errors.push((
                *line,
                format!("`{wire}.type`: `{name}` has no field `{wire}`"),
            ));
        }
    }
    let mut doc = if section.doc.is_empty() {
        one(format!("The `{name}` model."))
    } else {
        section.doc.clone()
    };
    let mut note = Vec::new();
    if let Some(base) = &section.inherits {
        if !names.contains(base.as_str()) {
            errors.push((
                section.line_of("inherits"),
                format!("`inherits = {base}` names no model document"),
            ));
        }
        note.push(format!(
            "Includes the fields of [`{base}`](super::{base}), which the server sends flattened."
        ));
    }
    let kind = match &model.kind {
        DocModelKind::Struct(fields) => {
            for secret in &section.secret {
                match fields.iter().find(|f| f.wire == *secret) {
                    Some(f) if f.ty == Ty::Str => {}
                    Some(_) => errors.push((
                        section.line_of("secret"),
                        format!("secret `{secret}` of `{name}` is not a string field"),
                    )),
                    None => errors.push((
                        section.line_of("secret"),
                        format!("secret `{secret}`: `{name}` has no field `{secret}`"),
                    )),
                }
            }
            if facts.krate.secret_note && !section.secret.is_empty() {
                let list: Vec<String> = section.secret.iter().map(|s| format!("`{s}`")).collect();
                note.push(format!("`Debug` redacts the {}.", list.join(", ")));
            }
            let mut planned = Vec::new();
            for field in fields {
                match plan_field(field, name, section, facts) {
                    Ok(field) => planned.push(field),
                    Err(what) => errors.push((0, format!("`{name}.{}`: {what}", field.wire))),
                }
            }
            let required = planned.iter().filter(|f| !f.optional).count();
            if section.new.is_some() && required == 0 {
                errors.push((
                    section.line_of("new"),
                    format!("`new`: `{name}` has no required field, so no constructor"),
                ));
            }
            let new = section.new.clone().unwrap_or_else(|| {
                let a = article(name);
                match required {
                    n if n == planned.len() => format!("{a} `{name}` from its fields."),
                    1 => format!("{a} `{name}` with its required field; the others unset."),
                    _ => format!("{a} `{name}` with its required fields; the others unset."),
                }
            });
            Kind::Struct {
                fields: planned,
                new,
            }
        }
        DocModelKind::Enum(values) => {
            if !section.secret.is_empty() || section.new.is_some() {
                let key = if section.new.is_some() {
                    "new"
                } else {
                    "secret"
                };
                errors.push((
                    section.line_of(key),
                    format!("`{name}` is an enum: `secret` and `new` are for objects"),
                ));
            }
            if let Some(text) = &facts.krate.enum_note {
                note.push(text.clone());
            }
            let variants: Vec<Variant> = values
                .iter()
                .map(|v| {
                    let doc = section
                        .docs
                        .get(&v.value)
                        .map(|(lines, _)| lines.clone())
                        .or_else(|| {
                            Some(describe(&v.description))
                                .filter(|d| !d.is_empty())
                                .or_else(|| described.and_then(|d| d.get(&v.value)).cloned())
                                .map(one)
                        })
                        .unwrap_or_else(|| one(format!("The value `{}`.", v.value)));
                    Variant {
                        value: v.value.clone(),
                        ident: variant_ident(&v.value),
                        doc,
                    }
                })
                .collect();
            let mut seen = BTreeSet::from(["Unknown".to_string()]);
            for v in &variants {
                if !seen.insert(v.ident.clone()) {
                    errors.push((
                        0,
                        format!("`{name}`: value `{}` makes a second `{}`", v.value, v.ident),
                    ));
                }
            }
            Kind::Enum(variants)
        }
    };
    if !note.is_empty() {
        doc.push(String::new());
        doc.push(note.join(" "));
    }
    if errors.is_empty() {
        Ok(Model {
            name: name.clone(),
            module: snake_case(name),
            doc,
            kind,
            eq: true,
        })
    } else {
        Err(errors)
    }
}

fn plan_field(
    field: &DocField,
    model: &str,
    section: &ModelFacts,
    facts: &Facts,
) -> Result<Field, String> {
    let wire = &field.wire;
    let ty = if let Some((ty, _)) = section.types.get(wire) {
        ty.clone()
    } else if section.secret.contains(wire) {
        "Secret".to_string()
    } else {
        rust_type(&field.ty, model, true)?
    };
    let doc = match section.docs.get(wire) {
        Some((lines, _)) => lines.clone(),
        None => {
            let described = describe(&field.description);
            one(if described.is_empty() {
                let words = snake_case(wire).replace('_', " ");
                facts
                    .krate
                    .undocumented
                    .as_deref()
                    .unwrap_or("The {words}.")
                    .replace("{words}", &words)
            } else {
                described
            })
        }
    };
    Ok(Field {
        wire: wire.clone(),
        ident: field_ident(&field.name),
        ty,
        optional: field.optional,
        doc,
    })
}

/// The Rust type of a documented type; a field holding its own model directly is boxed.
fn rust_type(ty: &Ty, model: &str, top: bool) -> Result<String, String> {
    Ok(match ty {
        Ty::Str => "String".into(),
        Ty::Int => "i64".into(),
        Ty::Float | Ty::Number => "f64".into(),
        Ty::Bool => "bool".into(),
        Ty::Any => "serde_json::Value".into(),
        Ty::List(inner) => format!("Vec<{}>", rust_type(inner, model, false)?),
        Ty::Map(inner) => format!("BTreeMap<String, {}>", rust_type(inner, model, false)?),
        Ty::Model(name) if top && name == model => format!("Box<{name}>"),
        Ty::Model(name) => name.clone(),
        Ty::Unit | Ty::Opt(_) | Ty::Other(_) => {
            return Err(format!(
                "no Rust type for the documented {ty}; give `<field>.type` in codegen.ini"
            ));
        }
    })
}

/// The identifiers a Rust type names (`BTreeMap<String, Vec<User>>` -> `BTreeMap`, `String`,
/// `Vec`, `User`).
pub(crate) fn type_names(ty: &str) -> impl Iterator<Item = &str> {
    ty.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
        .filter(|word| !word.is_empty())
}

/// Clears `eq` on every model with a float inside, directly or through other models.
fn mark_eq(models: &mut [Model]) {
    loop {
        let not_eq: BTreeSet<String> = models
            .iter()
            .filter(|m| !m.eq)
            .map(|m| m.name.clone())
            .collect();
        let mut changed = false;
        for model in models.iter_mut().filter(|m| m.eq) {
            let Kind::Struct { fields, .. } = &model.kind else {
                continue;
            };
            let float = fields
                .iter()
                .any(|f| type_names(&f.ty).any(|n| n == "f64" || n == "f32" || not_eq.contains(n)));
            if float {
                model.eq = false;
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(field_ident("currentPassword"), "current_password");
        assert_eq!(field_ident("type"), "type_");
        assert_eq!(field_ident("access_token"), "access_token");
        assert_eq!(field_ident("@id"), "id");
        assert_eq!(variant_ident("dynamicSelection"), "DynamicSelection");
        assert_eq!(variant_ident("NEW"), "New");
        assert_eq!(variant_ident("image/png"), "ImagePng");
        assert_eq!(variant_ident("2fa"), "V2fa");
    }

    #[test]
    fn descriptions() {
        assert_eq!(
            describe("The current language version"),
            "The current language version."
        );
        assert_eq!(
            describe("Only if &#x60;role&#x60; is &#x60;operator&#x60;."),
            "Only if `role` is `operator`."
        );
        assert_eq!(
            describe("The main user role. Possible values are: * a: A thing * b: B thing"),
            "The main user role."
        );
        assert_eq!(
            describe("The user&#39;s password \\| key"),
            "The user's password | key."
        );
        assert_eq!(describe(""), "");
        assert_eq!(
            possible_values(
                "Role. Possible values are: * administrator: A user who can manage the system * broker: A broker"
            ),
            [
                (
                    "administrator".to_string(),
                    "A user who can manage the system.".to_string()
                ),
                ("broker".to_string(), "A broker.".to_string())
            ]
        );
        assert_eq!(
            possible_values(
                "Mediums Possibles values for each array element are: * email: By mail"
            ),
            [("email".to_string(), "By mail.".to_string())]
        );
        assert_eq!(
            decode_entities("a &amp; b &#60; c &unknown; &"),
            "a & b < c &unknown; &"
        );
    }

    fn models() -> Vec<DocModel> {
        [
            "# Login\n\n## Properties\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n**userName** | **str** | The user | \n**password** | **str** | The password. | \n**role** | [**Role**](Role.md) | The role. Possible values are: * admin: An administrator * guest: A guest | [optional] \n**next** | [**Login**](Login.md) |  | [optional] \n",
            "# Role\n\n## Enum\n* `ADMIN` (value: `\"admin\"`)\n* `GUEST` (value: `\"guest\"`)\n",
        ]
        .iter()
        .map(|text| crate::doc::python::parse_model(text).expect("model"))
        .collect()
    }

    #[test]
    fn plans_from_documents_and_facts() {
        let facts = super::super::facts::parse(
            "[crate]\nundocumented = Whether {words} is set.\n[Login]\ndoc = A login.\nsecret = password\nnew = Credentials.\n",
        )
        .expect("facts");
        let planned = plan(&models(), &facts).expect("plan");
        let Kind::Struct { fields, new } = &planned[0].kind else {
            panic!("struct")
        };
        assert_eq!(planned[0].doc, ["A login."]);
        assert_eq!(new, "Credentials.");
        let got: Vec<(&str, &str, bool, &str)> = fields
            .iter()
            .map(|f| {
                (
                    f.ident.as_str(),
                    f.ty.as_str(),
                    f.optional,
                    f.doc[0].as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("user_name", "String", false, "The user."),
                ("password", "Secret", false, "The password."),
                ("role", "Role", true, "The role."),
                ("next", "Box<Login>", true, "Whether next is set."),
            ]
        );
        let Kind::Enum(variants) = &planned[1].kind else {
            panic!("enum")
        };
        assert_eq!(planned[1].doc, ["The `Role` model."]);
        let got: Vec<(&str, &str)> = variants
            .iter()
            .map(|v| (v.ident.as_str(), v.doc[0].as_str()))
            .collect();
        assert_eq!(got, [("Admin", "An administrator."), ("Guest", "A guest.")]);
    }

    #[test]
    fn rust_names_follow_the_document_and_renames_the_wire() {
        let text = "# Depot Address\n\n## Structure\n\n`DepotAddress`\n\n## Fields\n\n| Name | Type | Tags | Description |\n|  --- | --- | --- | --- |\n| `street_line_1` | `str` | Optional | - |\n| `expires_in` | `long\\|int` | Required | Seconds |\n\n## Example (as JSON)\n\n```json\n{\n  \"streetLine1\": \"a\",\n  \"expiresIn\": 1\n}\n```\n";
        let model = crate::doc::apimatic::parse_model(text).expect("model");
        let planned = plan(&[model], &Facts::default()).expect("plan");
        let Kind::Struct { fields, .. } = &planned[0].kind else {
            panic!("struct")
        };
        let got: Vec<(&str, &str, &str)> = fields
            .iter()
            .map(|f| (f.ident.as_str(), f.wire.as_str(), f.ty.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("street_line_1", "streetLine1", "String"),
                ("expires_in", "expiresIn", "i64")
            ]
        );
    }

    #[test]
    fn stale_facts_are_errors() {
        let facts = super::super::facts::parse(
            "[Login]\nsecret = role, gone\ngone.doc = x\ninherits = Base\n[Role]\nnew = x\n[Gone]\ndoc = x\n",
        )
        .expect("facts");
        let errors = plan(&models(), &facts).expect_err("stale");
        let lines: Vec<usize> = errors.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [7, 3, 4, 2, 2, 6], "{errors:?}");
    }

    #[test]
    fn types() {
        let list = |t| Ty::List(Box::new(t));
        assert_eq!(rust_type(&Ty::Str, "M", true).as_deref(), Ok("String"));
        assert_eq!(
            rust_type(&Ty::Map(Box::new(list(Ty::Model("M".into())))), "M", true).as_deref(),
            Ok("BTreeMap<String, Vec<M>>")
        );
        assert_eq!(
            rust_type(&Ty::Model("M".into()), "M", true).as_deref(),
            Ok("Box<M>")
        );
        assert!(rust_type(&Ty::Other("thing".into()), "M", true).is_err());
        let names: Vec<&str> = type_names("BTreeMap<String, Vec<Option<InputError>>>").collect();
        assert_eq!(names, ["BTreeMap", "String", "Vec", "Option", "InputError"]);
    }
}
