//! Parsers for the API and model documents, one module per generator dialect, all producing
//! the same [`ApiDoc`] and [`DocModel`] shapes.

pub(crate) mod apimatic;
pub(crate) mod javascript;
pub(crate) mod php;
pub(crate) mod python;
pub(crate) mod table;

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use table::{Line, find_heading, lines, next_text, plain, table_after};

use crate::registry::{Dialect, Entry};

/// Parses an API document in its dialect.
pub(crate) fn parse_api(dialect: Dialect, text: &str) -> ApiDoc {
    match dialect {
        Dialect::Python => python::parse_api(text),
        Dialect::JavaScript => javascript::parse_api(text),
        Dialect::Php => php::parse_api(text),
        Dialect::Apimatic => apimatic::parse_api(text),
    }
}

/// Parses a model document in its dialect.
pub(crate) fn parse_model(dialect: Dialect, text: &str) -> Result<DocModel, (usize, String)> {
    match dialect {
        Dialect::Python => python::parse_model(text),
        Dialect::JavaScript => javascript::parse_model(text),
        Dialect::Php => php::parse_model(text),
        Dialect::Apimatic => apimatic::parse_model(text),
    }
}

/// One model document of a crate, read and parsed.
#[derive(Debug, Clone)]
pub(crate) struct ModelFile {
    /// Its path inside `docs/<crate>/`, with `/` separators.
    pub(crate) relative: String,
    /// Its file name without `.md`.
    pub(crate) stem: String,
    /// The model, or the line and reason it could not be read.
    pub(crate) parsed: Result<DocModel, (usize, String)>,
}

/// Reads every model document of a registered crate from `docs` (its `docs/<crate>/`): the
/// `.md` files of its models folder other than the seed, sorted by path.
pub(crate) fn read_models(docs: &Path, entry: &Entry) -> Vec<ModelFile> {
    let dir = entry
        .models_dir
        .map_or_else(|| docs.to_path_buf(), |d| docs.join(d));
    let seed = docs.join(entry.seed);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "md") && *p != seed)
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let relative = path
                .strip_prefix(docs)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let parsed = match fs::read_to_string(&path) {
                Ok(text) => parse_model(entry.dialect, &text)
                    .map_err(|(line, what)| (line, format!("unreadable model document: {what}"))),
                Err(error) => Err((1, format!("cannot read: {error}"))),
            };
            ModelFile {
                relative,
                stem,
                parsed,
            }
        })
        .collect()
}

/// A type as documented or as written in Rust, reduced to what the comparison needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Ty {
    /// Text (documents: `str`, `string`, `String`, date-times; Rust: `String`, `&str`, `Secret`).
    Str,
    /// A whole number of any width.
    Int,
    /// A floating-point number.
    Float,
    /// JavaScript `Number`: an integer or a float.
    Number,
    /// A boolean.
    Bool,
    /// An array.
    List(Box<Ty>),
    /// A map with string keys.
    Map(Box<Ty>),
    /// A free-form JSON value (`object`, `mixed`, `serde_json::Value`).
    Any,
    /// A model, by name.
    Model(String),
    /// No body (`void`, `null`, `()`).
    Unit,
    /// Rust `Option<T>` (documents express optionality separately).
    Opt(Box<Ty>),
    /// Anything else, as written.
    Other(String),
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Str => f.write_str("string"),
            Ty::Int => f.write_str("integer"),
            Ty::Float => f.write_str("float"),
            Ty::Number => f.write_str("number"),
            Ty::Bool => f.write_str("boolean"),
            Ty::List(inner) => write!(f, "list of {inner}"),
            Ty::Map(inner) => write!(f, "map of {inner}"),
            Ty::Any => f.write_str("free-form object"),
            Ty::Model(name) => write!(f, "`{name}`"),
            Ty::Unit => f.write_str("nothing"),
            Ty::Opt(inner) => write!(f, "optional {inner}"),
            Ty::Other(text) => write!(f, "`{text}`"),
        }
    }
}

/// Reads a documented type in any dialect: `str`, `list[str]`, `dict(str, object)` (Python),
/// `string[]`, `array<string,int>`, `\DateTime`, `\Vendor\Model\Session` (PHP), `String`,
/// `[String]`, `{String: Number}` (JavaScript), `List<String>`, `Long`, `Dict<String, X>`
/// (APIMatic). Links, bold and backticks around it are removed first.
pub(crate) fn parse_type(cell: &str) -> Ty {
    let text = plain(cell).trim();
    if let Some(ty) = union(text) {
        return ty;
    }
    let lower = text.to_ascii_lowercase();
    match lower.as_str() {
        "str" | "string" | "datetime" | "\\datetime" | "date" | "uuid" => return Ty::Str,
        "int" | "integer" | "long" | "int32" | "int64" => return Ty::Int,
        "float" | "double" | "decimal" => return Ty::Float,
        "number" => return Ty::Number,
        "bool" | "boolean" => return Ty::Bool,
        "object" | "mixed" | "any" | "dict" | "array" => return Ty::Any,
        "void" | "null" | "none" | "()" => return Ty::Unit,
        _ => {}
    }
    for (open, close) in [("list[", "]"), ("list<", ">"), ("array<", ">")] {
        if lower.starts_with(open) && lower.ends_with(close) && !lower.contains(',') {
            return Ty::List(Box::new(parse_type(
                &text[open.len()..text.len() - close.len()],
            )));
        }
    }
    if let Some(inner) = text.strip_suffix("[]") {
        return Ty::List(Box::new(parse_type(inner)));
    }
    if let Some(inner) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
        return Ty::List(Box::new(parse_type(inner)));
    }
    for (open, close) in [
        ("dict(", ")"),
        ("dict[", "]"),
        ("dict<", ">"),
        ("map<", ">"),
        ("map[", "]"),
        ("array<", ">"),
        ("{", "}"),
    ] {
        if lower.starts_with(open) && lower.ends_with(close) {
            let inner = &text[open.len()..text.len() - close.len()];
            let value = inner.split_once([',', ':']).map_or(inner, |(_, v)| v);
            return Ty::Map(Box::new(parse_type(value)));
        }
    }
    let name = text.rsplit('\\').next().unwrap_or(text);
    let name = name.rsplit('.').next().unwrap_or(name);
    if !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        return Ty::Model(name.to_string());
    }
    Ty::Other(text.to_string())
}

/// APIMatic's Python documents write a type the SDK accepts in two spellings as a union
/// (`long\|int`, the `|` escaped in its table cell): one type when every member reads the same.
fn union(text: &str) -> Option<Ty> {
    if !text.contains('|') {
        return None;
    }
    let mut members = text
        .split('|')
        .map(|m| parse_type(m.trim_end_matches('\\')));
    let first = members.next()?;
    members.all(|m| m == first).then_some(first)
}

/// An API document: its class and operations.
#[derive(Debug, Clone, Default)]
pub(crate) struct ApiDoc {
    /// The API class the document describes, with its line.
    pub(crate) class: Option<(String, usize)>,
    /// The operations, in document order.
    pub(crate) operations: Vec<DocOperation>,
    /// Things the parser could not read, with their lines.
    pub(crate) problems: Vec<(usize, String)>,
}

/// One documented operation.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DocOperation {
    /// The name as documented (`sessionControllerLogin`, `do_login`).
    pub(crate) name: String,
    /// The line of the operation's heading.
    pub(crate) line: usize,
    /// `(method, path)`, where the document gives them.
    pub(crate) http: Option<(String, String)>,
    /// Parameters in document order.
    pub(crate) params: Vec<DocParam>,
    /// The return type (`Ty::Unit` for none).
    pub(crate) returns: Ty,
    /// `- **Accept**: ..` of `### HTTP request headers`: the media types (none for "Not
    /// defined") and the line; `None` where the document has no such line.
    pub(crate) accept: Option<(Vec<String>, usize)>,
    /// `- **Content-Type**: ..`, likewise.
    pub(crate) content_type: Option<(Vec<String>, usize)>,
    /// The statuses of `### HTTP response details` (newer generators) or APIMatic's
    /// `## Errors`, with the model of the body where the document names one, and their lines.
    pub(crate) statuses: Option<Vec<(u16, Option<String>, usize)>>,
}

/// `application/json, text/json` -> both; `Not defined` -> none; backticks dropped.
fn media_types(text: &str) -> Vec<String> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("not defined") || text.is_empty() {
        return Vec::new();
    }
    text.split(',')
        .map(|t| t.trim().trim_matches('`').trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// The `**Accept**` / `**Content-Type**` lines and the response-status table of one operation's
/// section (`lines[start..end]`); a status heading whose table gives no status is a problem.
pub(crate) fn read_headers_and_statuses(
    lines: &[Line<'_>],
    start: usize,
    end: usize,
    operation: &mut DocOperation,
) -> Option<(usize, String)> {
    for line in &lines[start..end] {
        if line.fenced {
            continue;
        }
        let text = line.text.trim_start().trim_start_matches('-').trim_start();
        for (label, slot) in [
            ("**Accept**:", &mut operation.accept),
            ("**Content-Type**:", &mut operation.content_type),
        ] {
            if let Some(rest) = text.strip_prefix(label) {
                *slot = Some((media_types(rest), line.number));
            }
        }
    }
    let at = find_heading(lines, start, end, "### HTTP response details")?;
    let statuses: Vec<_> = table_after(lines, at + 1, end)
        .iter()
        .flat_map(|table| &table.rows)
        .filter_map(|row| Some((plain(row.cell(0)).trim().parse().ok()?, None, row.line)))
        .collect();
    if statuses.is_empty() {
        return Some((
            lines[at].number,
            format!(
                "operation `{}`: no status could be read under `### HTTP response details` (expected a `Status code | Description | Response headers` table with rows like `**200** | OK |  -  |`)",
                operation.name
            ),
        ));
    }
    operation.statuses = Some(statuses);
    None
}

/// One documented parameter.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DocParam {
    /// The name as documented (`shortName`).
    pub(crate) name: String,
    /// The documented type.
    pub(crate) ty: Ty,
    /// `[optional]` / `Optional`.
    pub(crate) optional: bool,
    /// The line of its table row.
    pub(crate) line: usize,
}

/// One model document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DocModel {
    /// The model name (`LoginCredentials`).
    pub(crate) name: String,
    /// The line of the name.
    pub(crate) line: usize,
    /// Its fields or values.
    pub(crate) kind: DocModelKind,
}

/// An object with fields, or a string enum.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum DocModelKind {
    /// An object.
    Struct(Vec<DocField>),
    /// A string enum.
    Enum(Vec<DocValue>),
}

/// One documented model field.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DocField {
    /// The name as documented, which Rust names follow: the wire name, except in APIMatic's
    /// newer Python documents, which name the Python attribute (`session_token`).
    pub(crate) name: String,
    /// The wire name.
    pub(crate) wire: String,
    /// The documented type.
    pub(crate) ty: Ty,
    /// `[optional]` / `Optional`.
    pub(crate) optional: bool,
    /// The description cell as written (Markdown, HTML entities and all; may be empty).
    pub(crate) description: String,
    /// The line of its table row.
    pub(crate) line: usize,
}

/// One documented enum value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DocValue {
    /// The wire value.
    pub(crate) value: String,
    /// Its description as written, where the document gives one (APIMatic tables); else empty.
    pub(crate) description: String,
    /// Its line.
    pub(crate) line: usize,
}

/// How an OpenAPI-Generator / swagger-codegen API document marks its parts.
pub(crate) struct GeneratedStyle {
    /// The operation name of a heading line, if it is one (`# **do_login**`, `## createSession`).
    pub(crate) operation: fn(&str) -> Option<String>,
    /// The operation headings `operation` reads, as a message shows them (`` `# **name**` ``).
    pub(crate) heading: &'static str,
    /// The class name from the title line (`# controlm_py.SessionApi`).
    pub(crate) class: fn(&str) -> Option<String>,
}

/// Parses an OpenAPI-Generator or swagger-codegen API document (Python, JavaScript, PHP):
/// a `Method | HTTP request | Description` summary table, then one section per operation
/// with a `### Parameters` table and a `### Return type`.
pub(crate) fn parse_generated_api(text: &str, style: &GeneratedStyle) -> ApiDoc {
    let lines = lines(text);
    let mut doc = ApiDoc::default();
    if let Some(title) = lines.iter().find(|l| !l.fenced && l.text.starts_with("# ")) {
        match (style.class)(title.text) {
            Some(class) => doc.class = Some((class, title.number)),
            None => doc
                .problems
                .push((title.number, "no API class in the title".into())),
        }
    }
    let summary = summary_table(&lines);
    let starts: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.fenced)
        .filter_map(|(i, l)| (style.operation)(l.text).map(|name| (i, name)))
        .collect();
    for (k, (start, name)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(lines.len(), |(next, _)| *next);
        let http = summary
            .iter()
            .find(|(n, ..)| n == name)
            .map(|(_, m, p, _)| (m.clone(), p.clone()));
        let mut operation = DocOperation {
            name: name.clone(),
            line: lines[*start].number,
            http,
            params: Vec::new(),
            returns: Ty::Unit,
            accept: None,
            content_type: None,
            statuses: None,
        };
        doc.problems.extend(read_headers_and_statuses(
            &lines,
            *start,
            end,
            &mut operation,
        ));
        if operation.http.is_none() {
            doc.problems.push((
                operation.line,
                format!(
                    "operation `{name}` is missing from the summary table (no HTTP method and path)"
                ),
            ));
        }
        if let Some(at) = find_heading(&lines, *start, end, "### Parameters") {
            if let Some(table) = table_after(&lines, at + 1, end) {
                let width = table.header.len();
                for row in &table.rows {
                    operation.params.push(DocParam {
                        name: plain(row.cell(0)).to_string(),
                        ty: parse_type(row.cell(1)),
                        optional: row.last(width).contains("[optional]"),
                        line: row.line,
                    });
                }
            } else if next_text(&lines, at, end)
                .is_none_or(|l| l.text.trim() != "This endpoint does not need any parameter.")
            {
                doc.problems.push((
                    lines[at].number,
                    format!(
                        "operation `{name}`: `### Parameters` has neither a `Name | Type | Description | Notes` table nor \"This endpoint does not need any parameter.\""
                    ),
                ));
            }
        } else {
            doc.problems.push((
                operation.line,
                format!("operation `{name}` has no `### Parameters` section"),
            ));
        }
        match find_heading(&lines, *start, end, "### Return type")
            .and_then(|at| next_text(&lines, at, end))
        {
            Some(line) => operation.returns = parse_return(line.text),
            None => doc.problems.push((
                operation.line,
                format!("operation `{name}` has no `### Return type`"),
            )),
        }
        doc.operations.push(operation);
    }
    for (name, .., line) in &summary {
        if !starts.iter().any(|(_, n)| n == name) {
            doc.problems.push((
                *line,
                format!("operation `{name}` is listed but has no section"),
            ));
        }
    }
    if starts.is_empty() {
        doc.problems
            .push(no_operation_heading(&lines, style.heading));
    }
    doc
}

/// Why a document gave no operation: the headings it has instead of the expected ones.
fn no_operation_heading(lines: &[Line<'_>], expected: &str) -> (usize, String) {
    let mut headings = lines
        .iter()
        .filter(|l| !l.fenced && l.text.starts_with('#'))
        .skip(1);
    let Some(first) = headings.next() else {
        return (
            1,
            format!(
                "no operation could be read: the document has no heading besides its title, where each operation's {expected} was expected"
            ),
        );
    };
    let shown: Vec<String> = std::iter::once(first)
        .chain(headings)
        .take(3)
        .map(|l| format!("`{}`", l.text.trim()))
        .collect();
    (
        first.number,
        format!(
            "no operation could be read: no heading is of the form {expected} (found {}); a layout verify-docs does not know",
            shown.join(", ")
        ),
    )
}

/// `void (empty response body)`, `null (empty response body)`, `**String**`, `[**Auth**](Auth.md)`.
pub(crate) fn parse_return(text: &str) -> Ty {
    let text = text.trim();
    let text = text
        .strip_suffix("(empty response body)")
        .unwrap_or(text)
        .trim();
    parse_type(text)
}

/// Rows of the `Method | HTTP request | Description` table: (name, method, path, line).
fn summary_table(lines: &[Line<'_>]) -> Vec<(String, String, String, usize)> {
    let Some(table) = (0..lines.len()).find_map(|i| {
        table::read_table(lines, i)
            .filter(|t| t.column("Method") == Some(0) && t.column("HTTP request") == Some(1))
    }) else {
        return Vec::new();
    };
    table
        .rows
        .iter()
        .filter_map(|row| {
            // OpenAPI Generator 5.x and later write `createSession()`.
            let name = plain(row.cell(0)).trim_end_matches("()").to_string();
            let request = row.cell(1).trim();
            let rest = request.strip_prefix("**")?;
            let (method, path) = rest.split_once("**")?;
            Some((
                name,
                method.trim().to_string(),
                path.trim().to_string(),
                row.line,
            ))
        })
        .collect()
}

/// Parses an OpenAPI-Generator / swagger-codegen model document: a `# Name` title (PHP:
/// `# # Name`, JavaScript: `# Package.Name`), then a `## Properties` table
/// (`Name | Type | Description | Notes`, `[optional]` in Notes) or an `## Enum` list
/// (`` * `ACTIVE` (value: `"active"`) ``).
pub(crate) fn parse_generated_model(text: &str) -> Result<DocModel, (usize, String)> {
    let lines = lines(text);
    let title = lines
        .iter()
        .find(|l| !l.fenced && l.text.starts_with("# "))
        .ok_or((1, "no `# Name` title".to_string()))?;
    let heading = title.text.trim_start_matches(['#', ' ']).trim();
    let name = heading
        .rsplit(['.', '\\'])
        .next()
        .unwrap_or(heading)
        .trim()
        .to_string();
    if name.is_empty() {
        return Err((title.number, "empty model title".into()));
    }
    let kind = if let Some(at) = find_heading(&lines, 0, lines.len(), "## Properties") {
        let mut fields = Vec::new();
        if let Some(table) = table_after(&lines, at + 1, lines.len()) {
            let width = table.header.len();
            for row in &table.rows {
                let wire = plain(row.cell(0)).to_string();
                fields.push(DocField {
                    name: wire.clone(),
                    wire,
                    ty: parse_type(row.cell(1)),
                    optional: row.last(width).contains("[optional]"),
                    description: row.between(2, width).to_string(),
                    line: row.line,
                });
            }
        }
        DocModelKind::Struct(fields)
    } else if let Some(at) = find_heading(&lines, 0, lines.len(), "## Enum") {
        DocModelKind::Enum(enum_bullets(&lines[at + 1..]))
    } else {
        return Err((title.number, "neither `## Properties` nor `## Enum`".into()));
    };
    Ok(DocModel {
        name,
        line: title.number,
        kind,
    })
}

/// `` * `ACTIVE` (value: `"active"`) `` lines, up to the next heading.
pub(crate) fn enum_bullets(lines: &[Line<'_>]) -> Vec<DocValue> {
    lines
        .iter()
        .take_while(|l| l.fenced || !l.text.starts_with('#'))
        .filter(|l| !l.fenced)
        .filter_map(|l| {
            let text = l.text.trim();
            let rest = text
                .strip_prefix("* ")
                .or_else(|| text.strip_prefix("- "))?;
            let value = match rest.split_once("(value: ") {
                Some((_, v)) => v.trim().strip_suffix(')').unwrap_or(v).trim(),
                None => rest.trim(),
            };
            let value = value.trim_matches('`');
            let value = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .unwrap_or(value);
            Some(DocValue {
                value: value.to_string(),
                description: String::new(),
                line: l.number,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(t: Ty) -> Ty {
        Ty::List(Box::new(t))
    }

    fn map(t: Ty) -> Ty {
        Ty::Map(Box::new(t))
    }

    #[test]
    fn types_of_every_dialect() {
        let model = |n: &str| Ty::Model(n.to_string());
        for (text, ty) in [
            ("**str**", Ty::Str),
            ("**int**", Ty::Int),
            ("**bool**", Ty::Bool),
            ("**float**", Ty::Float),
            ("**datetime**", Ty::Str),
            ("[**list[str]**](str.md)", list(Ty::Str)),
            (
                "[**list[ErrorData]**](ErrorData.md)",
                list(model("ErrorData")),
            ),
            ("**dict(str, object)**", map(Ty::Any)),
            ("**object**", Ty::Any),
            (
                "[**LoginCredentials**](LoginCredentials.md)",
                model("LoginCredentials"),
            ),
            ("**string**", Ty::Str),
            ("**\\DateTime**", Ty::Str),
            ("**string[]**", list(Ty::Str)),
            ("**array<string,int>**", map(Ty::Int)),
            ("**mixed**", Ty::Any),
            (
                "[**\\Equisoft\\SDK\\AccountService\\Model\\Session**](../Model/Session.md)",
                model("Session"),
            ),
            (
                "\\Equisoft\\AccountService\\Model\\Session",
                model("Session"),
            ),
            (
                "[**\\Equisoft\\SDK\\AccountService\\Model\\User[]**](User.md)",
                list(model("User")),
            ),
            ("**String**", Ty::Str),
            ("**Boolean**", Ty::Bool),
            ("**Number**", Ty::Number),
            ("**[String]**", list(Ty::Str)),
            ("**{String: Number}**", map(Ty::Number)),
            ("null", Ty::Unit),
            ("`String`", Ty::Str),
            ("`Integer`", Ty::Int),
            ("`Long`", Ty::Int),
            ("`List<String>`", list(Ty::Str)),
            (
                "[`List<ErrorData>`](../../doc/models/error-data.md)",
                list(model("ErrorData")),
            ),
            ("`List[str]`", list(Ty::Str)),
            ("`Dict<String, Object>`", map(Ty::Any)),
            (
                "[`LogInRequest`](../../doc/models/log-in-request.md)",
                model("LogInRequest"),
            ),
            ("**\\SplFileObject**", model("SplFileObject")),
            ("`long\\|int`", Ty::Int),
            ("`long|int`", Ty::Int),
            ("`str\\|int`", Ty::Other("str\\|int".into())),
            ("**weird thing**", Ty::Other("weird thing".into())),
        ] {
            assert_eq!(parse_type(text), ty, "{text}");
        }
    }

    #[test]
    fn returns() {
        assert_eq!(parse_return("void (empty response body)"), Ty::Unit);
        assert_eq!(parse_return("null (empty response body)"), Ty::Unit);
        assert_eq!(parse_return("**list[str]**"), list(Ty::Str));
    }

    #[test]
    fn enum_values() {
        let text = "# SessionStatus\n\n## Enum\n\n\n* `ACTIVE` (value: `\"active\"`)\n\n* `EXPIRED` (value: `\"expired\"`)\n\n[[Back to Model list]](../README.md)\n";
        let model = parse_generated_model(text).expect("model");
        assert_eq!(model.name, "SessionStatus");
        let DocModelKind::Enum(values) = model.kind else {
            panic!("not an enum")
        };
        let got: Vec<(&str, usize)> = values.iter().map(|v| (v.value.as_str(), v.line)).collect();
        assert_eq!(got, [("active", 6), ("expired", 8)]);
    }

    #[test]
    fn model_without_sections_is_refused() {
        let err = parse_generated_model("# Thing\n\nSome text\n").expect_err("no sections");
        assert_eq!(err.0, 1);
    }
}
