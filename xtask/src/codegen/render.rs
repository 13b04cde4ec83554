//! The model file templates: a planned [`Model`] as Rust source, before `rustfmt`.
//!
//! Every generated file's shape is decided here: [`model_file`] (the imports), [`structure`]
//! (a struct and its constructor), [`enumeration`] (an enum, its `Unknown(String)` variant and
//! `as_str()`), [`struct_debug`] and [`enum_debug`] (a `Debug` that withholds text), and
//! [`module`] (`models/mod.rs`).

use std::collections::BTreeSet;
use std::fmt::Write;

use super::facts::CrateFacts;
use super::plan::{Field, Kind, Model, Variant, type_names};

/// Writes `doc` (lines, `""` between paragraphs) as `///` lines indented by `indent`, reflowed
/// to `wrap` columns when set, each line kept as written otherwise.
fn doc_comment(out: &mut String, indent: &str, doc: &[String], wrap: Option<usize>) {
    let lines = match wrap {
        Some(width) => reflow(doc, width.saturating_sub(indent.len() + 4)),
        None => doc.to_vec(),
    };
    for line in lines {
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
}

/// Joins each paragraph's lines and fills lines up to `width` characters, word by word.
fn reflow(doc: &[String], width: usize) -> Vec<String> {
    let mut out = Vec::new();
    for (i, paragraph) in doc.split(String::is_empty).enumerate() {
        if i > 0 {
            out.push(String::new());
        }
        let text = paragraph.join(" ");
        let mut line = String::new();
        for word in text.split(' ') {
            if line.is_empty() {
                line.push_str(word);
            } else if line.chars().count() + 1 + word.chars().count() <= width {
                line.push(' ');
                line.push_str(word);
            } else {
                out.push(std::mem::take(&mut line));
                line.push_str(word);
            }
        }
        out.push(line);
    }
    out
}

/// A model's file: its imports, then the struct or enum.
pub(crate) fn model_file(model: &Model, models: &[Model], facts: &CrateFacts) -> String {
    let mut names = BTreeSet::new();
    if let Kind::Struct { fields, .. } = &model.kind {
        for field in fields {
            names.extend(type_names(&field.ty));
        }
    }
    let mut out = String::new();
    if names.contains("BTreeMap") {
        out.push_str("use std::collections::BTreeMap;\n");
    }
    out.push_str("use std::fmt;\n\nuse serde::{Deserialize, Serialize};\n");
    // `Redacted` wraps each field and the `Unknown` value; a struct without fields has none.
    let mut runtime = Vec::new();
    if !matches!(&model.kind, Kind::Struct { fields, .. } if fields.is_empty()) {
        runtime.push("Redacted");
    }
    runtime.push("RedactedDebug");
    if names.contains("Secret") {
        runtime.push("Secret");
    }
    let _ = writeln!(out, "use session_sdks_runtime::{{{}}};", runtime.join(", "));
    let siblings: Vec<&str> = models
        .iter()
        .map(|m| m.name.as_str())
        .filter(|n| *n != model.name && names.contains(n))
        .collect();
    match siblings.as_slice() {
        [] => {}
        [one] => {
            let _ = write!(out, "\nuse super::{one};\n");
        }
        many => {
            let _ = write!(out, "\nuse super::{{{}}};\n", many.join(", "));
        }
    }
    out.push('\n');
    doc_comment(&mut out, "", &model.doc, facts.wrap);
    match &model.kind {
        Kind::Struct { fields, new } => {
            structure(&mut out, model, fields, new, facts);
            struct_debug(&mut out, model, fields);
        }
        Kind::Enum(variants) => {
            enumeration(&mut out, model, variants, facts);
            enum_debug(&mut out, model, variants);
        }
    }
    out
}

/// `Debug` of a struct: its name and every field's name, each value through
/// `Redacted`, so text a server sent (and could have echoed a secret in) shows as its
/// length while numbers, bools and known enum values show as they are; and
/// `RedactedDebug`, so that a model holding this one redacts it the same way.
fn struct_debug(out: &mut String, model: &Model, fields: &[Field]) {
    let name = &model.name;
    let _ = writeln!(
        out,
        "\nimpl fmt::Debug for {name} {{\n    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {{\n        f.debug_struct({name:?})"
    );
    for field in fields {
        let ident = &field.ident;
        let _ = writeln!(
            out,
            "            .field({ident:?}, &Redacted(&self.{ident}))"
        );
    }
    out.push_str("            .finish()\n    }\n}\n");
    let _ = writeln!(out, "\nimpl RedactedDebug for {name} {{}}");
}

/// `Debug` of an enum: a known value by its variant's name; an unknown one as
/// `Unknown(<N bytes>)`, never its text.
fn enum_debug(out: &mut String, model: &Model, variants: &[Variant]) {
    let name = &model.name;
    let _ = writeln!(
        out,
        "\nimpl fmt::Debug for {name} {{\n    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {{\n        match self {{"
    );
    for variant in variants {
        let ident = &variant.ident;
        let _ = writeln!(out, "            Self::{ident} => f.write_str({ident:?}),");
    }
    out.push_str(
        "            Self::Unknown(value) => f.debug_tuple(\"Unknown\").field(&Redacted(value)).finish(),\n        }\n    }\n}\n",
    );
    let _ = writeln!(out, "\nimpl RedactedDebug for {name} {{}}");
}

/// A struct: an optional field is left out when `None` (serde's `skip_serializing_if`, written
/// on the field rather than by `serde_with::skip_serializing_none`, whose proc-macro and darling
/// cost every user's clean build about 4 s of CPU), `Default` when none is required, and
/// `new(required fields..)` when some are.
fn structure(out: &mut String, model: &Model, fields: &[Field], new: &str, facts: &CrateFacts) {
    let name = &model.name;
    let required: Vec<&Field> = fields.iter().filter(|f| !f.optional).collect();
    let default = if required.is_empty() { "Default, " } else { "" };
    let eq = if model.eq { "Eq, " } else { "" };
    let _ = writeln!(
        out,
        "#[derive(Clone, {default}PartialEq, {eq}Serialize, Deserialize)]\npub struct {name} {{"
    );
    for field in fields {
        doc_comment(out, "    ", &field.doc, facts.wrap);
        let ty = if field.optional {
            format!("Option<{}>", field.ty)
        } else {
            field.ty.clone()
        };
        // What `skip_serializing_none` did: every `Option` field, whatever its mark.
        let skip = if ty.starts_with("Option<") {
            ", skip_serializing_if = \"Option::is_none\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "    #[serde(rename = {:?}{skip})]\n    pub {}: {ty},",
            field.wire, field.ident
        );
    }
    out.push_str("}\n");
    if required.is_empty() {
        return;
    }
    let params: Vec<String> = required
        .iter()
        .map(|f| match f.ty.as_str() {
            "String" | "Secret" => format!("{}: impl Into<{}>", f.ident, f.ty),
            other => format!("{}: {other}", f.ident),
        })
        .collect();
    let _ = writeln!(
        out,
        "\nimpl {name} {{\n    /// {new}\n    pub fn new({}) -> Self {{\n        Self {{",
        params.join(", ")
    );
    for field in fields {
        let ident = &field.ident;
        let value = match (field.optional, field.ty.as_str()) {
            (true, _) => format!("{ident}: None"),
            (false, "String" | "Secret") => format!("{ident}: {ident}.into()"),
            (false, _) => ident.clone(),
        };
        let _ = writeln!(out, "            {value},");
    }
    out.push_str("        }\n    }\n}\n");
}

/// A string enum: one unit variant per documented value, then `Unknown(String)` for any value
/// the document does not list. `#[non_exhaustive]`, so that a value a later document adds can
/// become a variant of its own without breaking a user's exhaustive `match`.
fn enumeration(out: &mut String, model: &Model, variants: &[Variant], facts: &CrateFacts) {
    let name = &model.name;
    let _ = writeln!(
        out,
        "#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]\n#[non_exhaustive]\npub enum {name} {{"
    );
    for variant in variants {
        doc_comment(out, "    ", &variant.doc, facts.wrap);
        let _ = writeln!(
            out,
            "    #[serde(rename = {:?})]\n    {},",
            variant.value, variant.ident
        );
    }
    out.push_str(
        "    /// A value this SDK version does not know yet.\n    #[serde(untagged)]\n    Unknown(String),\n}\n",
    );
    if !facts.enum_as_str {
        return;
    }
    let _ = writeln!(
        out,
        "\nimpl {name} {{\n    /// The value as sent on the wire.\n    pub fn as_str(&self) -> &str {{\n        match self {{"
    );
    for variant in variants {
        let _ = writeln!(
            out,
            "            Self::{} => {:?},",
            variant.ident, variant.value
        );
    }
    out.push_str("            Self::Unknown(value) => value,\n        }\n    }\n}\n");
}

/// `models/mod.rs`: the module doc, one private module per model, and their re-exports.
pub(crate) fn module(models: &[Model], facts: &CrateFacts) -> String {
    let mut out = String::new();
    if facts.doc.is_empty() {
        out.push_str("//! The document's models, one module per model doc.\n");
    }
    for line in &facts.doc {
        if line.is_empty() {
            out.push_str("//!\n");
        } else {
            let _ = writeln!(out, "//! {line}");
        }
    }
    let mut sorted: Vec<&Model> = models.iter().collect();
    sorted.sort_by(|a, b| a.module.cmp(&b.module));
    out.push('\n');
    for model in &sorted {
        let _ = writeln!(out, "mod {};", model.module);
    }
    out.push('\n');
    for model in &sorted {
        let _ = writeln!(out, "pub use {}::{};", model.module, model.name);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reflow_fills_lines_and_keeps_paragraphs() {
        let doc: Vec<String> = ["one two three", "four", "", "five six"]
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(reflow(&doc, 13), ["one two three", "four", "", "five six"]);
        assert_eq!(reflow(&doc, 14), ["one two three", "four", "", "five six"]);
        assert_eq!(reflow(&doc, 18), ["one two three four", "", "five six"]);
        let mut out = String::new();
        doc_comment(&mut out, "    ", &doc, None);
        assert_eq!(
            out,
            "    /// one two three\n    /// four\n    ///\n    /// five six\n"
        );
    }
}
