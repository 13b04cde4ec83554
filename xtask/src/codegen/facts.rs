//! `crates/<crate>/codegen.ini`: what the model documents cannot say, kept beside the crate.
//!
//! One `key = value` per line; `#` starts a comment line; `[crate]` holds crate-wide settings,
//! `[Model]` the facts of one documented model. A key given on several lines (`doc`) keeps every
//! line, in order; `doc =` with nothing after it is a blank line (a paragraph break).
//!
//! `[crate]` keys, all optional:
//! - `doc`: a line of `models/mod.rs`'s module doc;
//! - `wrap = 100`: reflow doc comments to this width (else each line is kept as written);
//! - `enum-note`: a paragraph under every enum's doc;
//! - `enum-as-str = true`: every enum gets `as_str()`;
//! - `secret-note = true`: a model with `Secret` fields says "`Debug` redacts the `x`.";
//! - `undocumented`: the doc of a field the document leaves blank (`{words}`: its name in words);
//! - `error-derive = Clone, PartialEq, Eq, Debug`: the derives of the operations' error enums
//!   (default `Clone, PartialEq, Debug`);
//! - `error-codes = crate::codes::DOCUMENTED`: the error codes the API documents, which an
//!   error enum's `documented_codes()` returns (default: none);
//! - `error-unknown`: the doc of each error enum's `Unknown` variant (default "An
//!   undocumented status with a JSON body.");
//! - `error.<status>`: the doc of every error variant of that status (after `<status>: `),
//!   unless an operation says otherwise.
//!
//! `[Model]` keys, all optional:
//! - `doc`: a line of the model's doc (the documents describe fields, not models);
//! - `inherits = Base`: the document's fields include `Base`'s, which the server sends flattened;
//! - `secret = password, token`: string fields held as `Secret`;
//! - `new`: the doc of the constructor (generated when the model has required fields);
//! - `<field>.doc`: a line of a field's (or an enum value's) doc, instead of the document's;
//! - `<field>.type`: a field's Rust type, where the document's type does not say it (`i32`
//!   for an `int32` format, `Vec<Option<T>>` for an array the server puts `null` in).
//!
//! `[operation <name>]` (the document's operation name) keys: the wire facts of one operation
//! that its document cannot carry. `cargo xtask codegen` writes the crate's
//! `src/apis/operations.rs` from them and the document; `verify-docs` holds the code to them:
//! - `repeat = Once | IfUnprocessed | Idempotent` (required): when a failed attempt is sent
//!   again, the operation's `Repeat` rule (say why on a comment line above it);
//! - `http = POST /session/login`: the method and path, for a document that gives none
//!   (APIMatic); a document that gives them is not overridden;
//! - `<param>.in = path | query | header | body | form`: where a documented parameter goes
//!   (every documented parameter is named);
//! - `<param>.wire = name`: its name on the wire, where it is not the documented name;
//! - `errors = 401 ErrorList, 500 ErrorList` (or `none`): the documented error statuses and the
//!   model each body decodes to;
//! - `accept = application/json`, `content-type = text/plain`: what is sent, where the document
//!   says nothing or something else (`none`: not sent);
//! - `error.<status>`: the doc of this operation's variant of that status, where it is not the
//!   crate's `error.<status>`.
//!
//! `cargo xtask codegen` writes `src/apis/errors.rs` from `errors` and these docs: one enum per
//! operation, a `StatusNNN(Model)` variant per documented status and `Unknown`.

use std::collections::BTreeMap;

/// Crate-wide settings (`[crate]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct CrateFacts {
    /// `models/mod.rs`'s module doc, one entry per line.
    pub(crate) doc: Vec<String>,
    /// Reflow doc comments to this many columns.
    pub(crate) wrap: Option<usize>,
    /// A paragraph added to every enum's doc.
    pub(crate) enum_note: Option<String>,
    /// Whether enums get an `as_str()` method.
    pub(crate) enum_as_str: bool,
    /// Whether a model with `Secret` fields says that `Debug` redacts them.
    pub(crate) secret_note: bool,
    /// The doc of a field whose description is empty; `{words}` is its name in words.
    pub(crate) undocumented: Option<String>,
    /// The error enums' derives.
    pub(crate) error_derive: Option<String>,
    /// The path of the documented error codes, for `documented_codes()`.
    pub(crate) error_codes: Option<String>,
    /// The doc of the `Unknown` variant, one entry per line.
    pub(crate) error_unknown: Vec<String>,
    /// The doc of each status's variant, one entry per line.
    pub(crate) error_docs: BTreeMap<u16, Vec<String>>,
}

/// The facts of one model (`[Model]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ModelFacts {
    /// The line of the section header.
    pub(crate) line: usize,
    /// The model's doc, one entry per line.
    pub(crate) doc: Vec<String>,
    /// The model whose fields the document includes, flattened (`allOf`).
    pub(crate) inherits: Option<String>,
    /// Wire names of the string fields held as `Secret`.
    pub(crate) secret: Vec<String>,
    /// The constructor's doc.
    pub(crate) new: Option<String>,
    /// Per field wire name or enum value: its doc, one entry per line, and the key's line.
    pub(crate) docs: BTreeMap<String, (Vec<String>, usize)>,
    /// Per field wire name: its Rust type (without the `Option` of an optional field).
    pub(crate) types: BTreeMap<String, (String, usize)>,
    /// The line of each model-wide key (`inherits`, `secret`, `new`, `doc`), first given.
    pub(crate) lines: BTreeMap<String, usize>,
}

impl ModelFacts {
    /// The line of a model-wide key, or of the section when the key is not given.
    pub(crate) fn line_of(&self, key: &str) -> usize {
        self.lines.get(key).copied().unwrap_or(self.line)
    }
}

/// The wire facts of one operation (`[operation <name>]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OperationFacts {
    /// The line of the section header.
    pub(crate) line: usize,
    /// Per documented parameter name: where it goes.
    pub(crate) params: BTreeMap<String, ParamFacts>,
    /// The documented error statuses with their models, and the key's line.
    pub(crate) errors: Option<(Vec<(u16, String)>, usize)>,
    /// The `Accept` sent (`None` inside: none), and the key's line.
    pub(crate) accept: Option<(Option<String>, usize)>,
    /// The `Content-Type` sent (`None` inside: none), and the key's line.
    pub(crate) content_type: Option<(Option<String>, usize)>,
    /// The `Repeat` rule's variant (`Once`), and the key's line.
    pub(crate) repeat: Option<(String, usize)>,
    /// The method and path where the document has none, and the key's line.
    pub(crate) http: Option<((String, String), usize)>,
    /// The doc of this operation's variant of a status, one entry per line.
    pub(crate) error_docs: BTreeMap<u16, Vec<String>>,
}

/// The `Repeat` rules an operation can have.
pub(crate) const REPEATS: &[&str] = &["Once", "IfUnprocessed", "Idempotent"];

/// The methods an `http` key can name.
const METHODS: &[&str] = &["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

/// Where one parameter goes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ParamFacts {
    /// `path`, `query`, `header`, `body` or `form`.
    pub(crate) location: String,
    /// The wire name, where not the documented one.
    pub(crate) wire: Option<String>,
    /// The line of `<param>.in`.
    pub(crate) line: usize,
}

/// Where a parameter can go.
pub(crate) const LOCATIONS: &[&str] = &["path", "query", "header", "body", "form"];

/// A crate's `codegen.ini`, parsed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Facts {
    /// `[crate]`.
    pub(crate) krate: CrateFacts,
    /// `[Model]` sections by model name.
    pub(crate) models: BTreeMap<String, ModelFacts>,
    /// `[operation <name>]` sections by the document's operation name.
    pub(crate) operations: BTreeMap<String, OperationFacts>,
}

impl Facts {
    /// The `[operation]` section of the document's operation `name`, headed by the documented
    /// name or its Rust name.
    pub(crate) fn operation(&self, name: &str) -> Option<&OperationFacts> {
        self.operations
            .get(name)
            .or_else(|| self.operations.get(&crate::names::snake_case(name)))
    }
}

/// Parses the text of a `codegen.ini`; an error is `(line, what)`.
pub(crate) fn parse(text: &str) -> Result<Facts, (usize, String)> {
    let mut facts = Facts::default();
    let mut section: Option<String> = None;
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let name = name.trim().to_string();
            if let Some(op) = name.strip_prefix("operation ") {
                let op = op.trim().to_string();
                if facts.operations.contains_key(&op) {
                    return Err((number, format!("`[{name}]` is given twice")));
                }
                facts.operations.insert(
                    op,
                    OperationFacts {
                        line: number,
                        ..OperationFacts::default()
                    },
                );
            } else if name != "crate" {
                if facts.models.contains_key(&name) {
                    return Err((number, format!("`[{name}]` is given twice")));
                }
                facts.models.insert(
                    name.clone(),
                    ModelFacts {
                        line: number,
                        ..ModelFacts::default()
                    },
                );
            }
            section = Some(name);
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            return Err((number, format!("expected `key = value`, found `{line}`")));
        };
        let (key, value) = (key.trim(), value.trim().to_string());
        match section.as_deref() {
            None => return Err((number, "a key before any `[section]`".into())),
            Some("crate") => crate_key(&mut facts.krate, key, value).map_err(|e| (number, e))?,
            Some(section) if section.starts_with("operation ") => {
                let op = section["operation ".len()..].trim();
                let facts = facts
                    .operations
                    .get_mut(op)
                    .ok_or((number, "no section".into()))?;
                operation_key(facts, key, value, number).map_err(|e| (number, e))?;
            }
            Some(model) => {
                let facts = facts
                    .models
                    .get_mut(model)
                    .ok_or((number, "no section".into()))?;
                model_key(facts, key, value, number).map_err(|e| (number, e))?;
            }
        }
    }
    Ok(facts)
}

fn flag(value: &str) -> Result<bool, String> {
    match value {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(format!("expected `true` or `false`, found `{value}`")),
    }
}

/// The status of an `error.<status>` key.
fn error_status(text: &str) -> Result<u16, String> {
    text.parse()
        .ok()
        .filter(|s| (100..600).contains(s))
        .ok_or_else(|| format!("`error.{text}`: `{text}` is not an HTTP status"))
}

fn crate_key(facts: &mut CrateFacts, key: &str, value: String) -> Result<(), String> {
    match key {
        "doc" => facts.doc.push(value),
        "wrap" => {
            let width = value
                .parse()
                .map_err(|_| format!("`wrap` takes a column count, found `{value}`"))?;
            facts.wrap = Some(width);
        }
        "enum-note" => facts.enum_note = Some(value),
        "enum-as-str" => facts.enum_as_str = flag(&value)?,
        "secret-note" => facts.secret_note = flag(&value)?,
        "undocumented" => facts.undocumented = Some(value),
        "error-derive" => facts.error_derive = Some(value),
        "error-codes" => facts.error_codes = Some(value),
        "error-unknown" => facts.error_unknown.push(value),
        _ if key.starts_with("error.") => {
            let status = error_status(&key["error.".len()..])?;
            facts.error_docs.entry(status).or_default().push(value);
        }
        _ => return Err(format!("unknown `[crate]` key `{key}`")),
    }
    Ok(())
}

fn operation_key(
    facts: &mut OperationFacts,
    key: &str,
    value: String,
    line: usize,
) -> Result<(), String> {
    let optional = |value: String| (value != "none").then_some(value);
    match key.split_once('.') {
        None => match key {
            "errors" if facts.errors.is_none() => {
                let mut errors = Vec::new();
                for item in value.split(',').map(str::trim).filter(|s| *s != "none") {
                    let (status, model) = item.split_once(' ').ok_or_else(|| {
                        format!("`errors` takes `<status> <Model>`, found `{item}`")
                    })?;
                    let status = status
                        .parse()
                        .ok()
                        .filter(|s| (100..600).contains(s))
                        .ok_or_else(|| format!("`{status}` is not an HTTP status"))?;
                    errors.push((status, model.trim().to_string()));
                }
                facts.errors = Some((errors, line));
            }
            "accept" if facts.accept.is_none() => facts.accept = Some((optional(value), line)),
            "content-type" if facts.content_type.is_none() => {
                facts.content_type = Some((optional(value), line));
            }
            "repeat" if facts.repeat.is_none() => {
                if !REPEATS.contains(&value.as_str()) {
                    return Err(format!(
                        "`repeat` is `{value}`, expected one of {}",
                        REPEATS.join(", ")
                    ));
                }
                facts.repeat = Some((value, line));
            }
            "http" if facts.http.is_none() => {
                let (method, path) = value
                    .split_once(' ')
                    .map(|(m, p)| (m.trim(), p.trim()))
                    .filter(|(m, p)| METHODS.contains(m) && p.starts_with('/'))
                    .ok_or_else(|| format!("`http` takes `<METHOD> /path`, found `{value}`"))?;
                facts.http = Some(((method.to_string(), path.to_string()), line));
            }
            "errors" | "accept" | "content-type" | "repeat" | "http" => {
                return Err(format!("`{key}` is given twice"));
            }
            _ => return Err(format!("unknown operation key `{key}`")),
        },
        Some(("error", status)) => {
            let status = error_status(status)?;
            facts.error_docs.entry(status).or_default().push(value);
        }
        Some((param, "in")) => {
            if !LOCATIONS.contains(&value.as_str()) {
                return Err(format!(
                    "`{key}` is `{value}`, expected one of {}",
                    LOCATIONS.join(", ")
                ));
            }
            let entry = facts.params.entry(param.to_string()).or_default();
            if !entry.location.is_empty() {
                return Err(format!("`{key}` is given twice"));
            }
            entry.location = value;
            entry.line = line;
        }
        Some((param, "wire")) => {
            let entry = facts.params.entry(param.to_string()).or_default();
            if entry.wire.replace(value).is_some() {
                return Err(format!("`{key}` is given twice"));
            }
        }
        Some(_) => {
            return Err(format!(
                "unknown key `{key}` (`<param>.in` or `<param>.wire`)"
            ));
        }
    }
    Ok(())
}

fn model_key(facts: &mut ModelFacts, key: &str, value: String, line: usize) -> Result<(), String> {
    match key.split_once('.') {
        None => match key {
            "doc" | "inherits" | "secret" | "new" if !facts.lines.contains_key(key) => {
                facts.lines.insert(key.to_string(), line);
                return model_key(facts, key, value, line);
            }
            "doc" => facts.doc.push(value),
            "inherits" => facts.inherits = Some(value),
            "secret" => facts.secret.extend(
                value
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string),
            ),
            "new" => facts.new = Some(value),
            _ => return Err(format!("unknown model key `{key}`")),
        },
        Some((wire, "doc")) => {
            facts
                .docs
                .entry(wire.to_string())
                .or_insert_with(|| (Vec::new(), line))
                .0
                .push(value);
        }
        Some((wire, "type")) => {
            if value.is_empty() {
                return Err(format!("`{key}` is empty"));
            }
            if facts
                .types
                .insert(wire.to_string(), (value, line))
                .is_some()
            {
                return Err(format!("`{key}` is given twice"));
            }
        }
        Some(_) => {
            return Err(format!(
                "unknown key `{key}` (`<field>.doc` or `<field>.type`)"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_keys_and_repeated_lines() {
        let text = "# facts\n[crate]\nwrap = 100\nenum-as-str = true\ndoc = Line one.\ndoc =\ndoc = Line two.\n\n[Auth]\ndoc = The auth.\ninherits = BaseAuth\nsecret = sessionToken, key\nnew = A new one.\nuser.doc = The user.\nuser.doc = More.\nuser.type = Box<User>\n";
        let facts = parse(text).expect("parses");
        assert_eq!(facts.krate.wrap, Some(100));
        assert!(facts.krate.enum_as_str);
        assert!(!facts.krate.secret_note);
        assert_eq!(facts.krate.doc, ["Line one.", "", "Line two."]);
        let auth = &facts.models["Auth"];
        assert_eq!(auth.line, 9);
        assert_eq!(auth.inherits.as_deref(), Some("BaseAuth"));
        assert_eq!(auth.secret, ["sessionToken", "key"]);
        assert_eq!(auth.new.as_deref(), Some("A new one."));
        assert_eq!(
            auth.docs["user"],
            (vec!["The user.".into(), "More.".into()], 14)
        );
        assert_eq!(auth.types["user"], ("Box<User>".into(), 16));
    }

    #[test]
    fn mistakes_name_their_line() {
        assert_eq!(parse("doc = x\n").expect_err("no section").0, 1);
        assert_eq!(parse("[A]\n\nfoo = x\n").expect_err("unknown key").0, 3);
        assert_eq!(parse("[A]\n[A]\n").expect_err("twice").0, 2);
        assert_eq!(
            parse("[crate]\nwrap = wide\n").expect_err("not a number").0,
            2
        );
        assert_eq!(parse("[A]\nx.kind = y\n").expect_err("unknown suffix").0, 2);
        assert_eq!(parse("[A]\njust text\n").expect_err("no =").0, 2);
        let op = "[operation login]\n";
        assert_eq!(
            parse(&format!("{op}repeat = Twice\n")).expect_err("rule").0,
            2
        );
        assert_eq!(
            parse(&format!("{op}repeat = Once\nrepeat = Once\n"))
                .expect_err("twice")
                .0,
            3
        );
        assert_eq!(
            parse(&format!("{op}http = FETCH /x\n"))
                .expect_err("method")
                .0,
            2
        );
        assert_eq!(
            parse(&format!("{op}http = POST x\n")).expect_err("path").0,
            2
        );
    }

    #[test]
    fn operation_keys() {
        let text = "[operation login]\n# a password sent twice\nrepeat = Once\nhttp = POST /session/login\naccept = none\nerrors = 401 ErrorList\nbody.in = body\n";
        let facts = parse(text).expect("parses");
        let login = &facts.operations["login"];
        assert_eq!(login.repeat, Some(("Once".into(), 3)));
        assert_eq!(
            login.http,
            Some((("POST".into(), "/session/login".into()), 4))
        );
        assert_eq!(login.accept, Some((None, 5)));
        assert_eq!(login.errors, Some((vec![(401, "ErrorList".into())], 6)));
        assert_eq!(login.params["body"].location, "body");
        let errors =
            parse("[crate]\nerror-codes = crate::codes::DOCUMENTED\nerror.500 = the server failed.\n[operation a]\nerror.401 = refused;\nerror.401 = really.\n")
                .expect("parses");
        assert_eq!(
            errors.krate.error_codes.as_deref(),
            Some("crate::codes::DOCUMENTED")
        );
        assert_eq!(errors.krate.error_docs[&500], ["the server failed."]);
        assert_eq!(
            errors.operations["a"].error_docs[&401],
            ["refused;", "really."]
        );
        assert!(parse("[operation a]\nerror.99 = x\n").is_err());
    }
}
