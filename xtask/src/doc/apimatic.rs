//! APIMatic controller docs (`# Login Using POST` sections with a `def name(...)` block, no
//! HTTP paths) and model docs (`## Structure`, `## Fields` with `Optional`/`Required` tags).

use super::table::{Line, find_heading, lines, next_text, plain, table_after};
use super::{
    ApiDoc, DocField, DocModel, DocModelKind, DocOperation, DocParam, DocValue, Ty, enum_bullets,
    parse_type,
};
use crate::names::snake_case;

/// Parses an APIMatic controller document. HTTP methods and paths are not in it; the
/// registry supplies them.
pub(crate) fn parse_api(text: &str) -> ApiDoc {
    let lines = lines(text);
    let mut doc = ApiDoc::default();
    if let Some(line) = find_heading(&lines, 0, lines.len(), "## Class Name")
        .and_then(|at| next_text(&lines, at, lines.len()))
    {
        doc.class = Some((plain(line.text).to_string(), line.number));
    } else {
        doc.problems.push((1, "no `## Class Name`".into()));
    }
    let headings: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].fenced && lines[i].text.starts_with("# "))
        .collect();
    // The first H1 is the controller's title; each later one is an operation.
    for (k, &start) in headings.iter().enumerate().skip(1) {
        let end = headings.get(k + 1).copied().unwrap_or(lines.len());
        let title = lines[start].text.trim_start_matches('#').trim();
        let name = def_name(&lines[start..end]).unwrap_or_else(|| snake_case(title));
        let mut operation = DocOperation {
            name,
            line: lines[start].number,
            http: None,
            params: Vec::new(),
            returns: Ty::Unit,
            accept: None,
            content_type: None,
            statuses: None,
        };
        super::read_headers_and_statuses(&lines, start, end, &mut operation);
        if let Some(table) = find_heading(&lines, start, end, "## Errors")
            .and_then(|at| table_after(&lines, at + 1, end))
        {
            operation.statuses = Some(
                table
                    .rows
                    .iter()
                    .filter_map(|row| {
                        let status = plain(row.cell(0)).trim().parse().ok()?;
                        let model = plain(row.cell(2)).trim();
                        Some((
                            status,
                            (!model.is_empty()).then(|| model.to_string()),
                            row.line,
                        ))
                    })
                    .collect(),
            );
        }
        if let Some(table) = find_heading(&lines, start, end, "## Parameters")
            .and_then(|at| table_after(&lines, at + 1, end))
        {
            let tags = table.column("Tags").unwrap_or(2);
            for row in &table.rows {
                operation.params.push(DocParam {
                    name: plain(row.cell(0)).to_string(),
                    ty: parse_type(row.cell(1)),
                    optional: is_optional(row.cell(tags)),
                    line: row.line,
                });
            }
        }
        if let Some(line) = find_heading(&lines, start, end, "## Response Type")
            .and_then(|at| next_text(&lines, at, end))
        {
            operation.returns = parse_type(line.text);
        }
        doc.operations.push(operation);
    }
    doc
}

/// `def login_using_post(self,` inside the section's code block.
fn def_name(section: &[Line<'_>]) -> Option<String> {
    section.iter().filter(|l| l.fenced).find_map(|l| {
        let rest = l.text.trim().strip_prefix("def ")?;
        let name = &rest[..rest.find('(')?];
        Some(name.trim().to_string())
    })
}

fn is_optional(tags: &str) -> bool {
    tags.split(',')
        .any(|t| t.trim().eq_ignore_ascii_case("optional"))
}

/// Parses an APIMatic model document: `## Structure` + `## Fields` (Name, Type, Tags), or
/// `## Enumeration` + `## Fields` (Name = value); an `## Enum` bullet list is accepted too.
pub(crate) fn parse_model(text: &str) -> Result<DocModel, (usize, String)> {
    let lines = lines(text);
    let end = lines.len();
    let named = |heading: &str| {
        find_heading(&lines, 0, end, heading).and_then(|at| next_text(&lines, at, end))
    };
    if let Some(line) = named("## Structure") {
        let mut fields = Vec::new();
        if let Some(table) = find_heading(&lines, 0, end, "## Fields")
            .and_then(|at| table_after(&lines, at + 1, end))
        {
            let tags = table.column("Tags").unwrap_or(2);
            let description = table.column("Description").unwrap_or(3);
            for row in &table.rows {
                fields.push(DocField {
                    wire: plain(row.cell(0)).to_string(),
                    ty: parse_type(row.cell(1)),
                    optional: is_optional(row.cell(tags)),
                    description: row.rest(description).to_string(),
                    line: row.line,
                });
            }
        }
        return Ok(DocModel {
            name: plain(line.text).to_string(),
            line: line.number,
            kind: DocModelKind::Struct(fields),
        });
    }
    if let Some(line) = named("## Enumeration") {
        let values = match find_heading(&lines, 0, end, "## Fields")
            .and_then(|at| table_after(&lines, at + 1, end))
        {
            Some(table) => {
                let description = table.column("Description");
                table
                    .rows
                    .iter()
                    .map(|row| DocValue {
                        value: plain(row.cell(0)).to_string(),
                        description: description
                            .map(|at| row.rest(at).to_string())
                            .unwrap_or_default(),
                        line: row.line,
                    })
                    .collect()
            }
            None => find_heading(&lines, 0, end, "## Enum")
                .map(|at| enum_bullets(&lines[at + 1..]))
                .unwrap_or_default(),
        };
        return Ok(DocModel {
            name: plain(line.text).to_string(),
            line: line.number,
            kind: DocModelKind::Enum(values),
        });
    }
    if let Some(at) = find_heading(&lines, 0, end, "## Enum") {
        let title = lines.iter().find(|l| !l.fenced && l.text.starts_with("# "));
        if let Some(title) = title {
            let name = title.text.trim_start_matches(['#', ' ']).trim().to_string();
            return Ok(DocModel {
                name,
                line: title.number,
                kind: DocModelKind::Enum(enum_bullets(&lines[at + 1..])),
            });
        }
    }
    Err((
        1,
        "no `## Structure` or `## Enumeration` section naming the model".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Excerpt of the Verizon seed: a title H1 with a Python example, `def` blocks split over
    // lines, `Body, Optional` / `Body, Required` tags, an operation without parameters, and
    // `#`-headed sections whose example code contains no paths.
    const VZM2M: &str = r#"# Session

Start and end Connectivity Management sessions.

```python
session_controller = client.session
```

## Class Name

`SessionController`

## Methods

* [Login Using POST](../../doc/controllers/session.md#login-using-post)
* [Logout Using POST](../../doc/controllers/session.md#logout-using-post)
* [Reset Using PUT](../../doc/controllers/session.md#reset-using-put)


# Login Using POST

Initiates a Connectivity Management session and returns a VZ-M2M session token that is required in subsequent API requests.

```python
def login_using_post(self,
                    body=None)
```

## Parameters

| Parameter | Type | Tags | Description |
|  --- | --- | --- | --- |
| `body` | [`LogInRequest`](../../doc/models/log-in-request.md) | Body, Optional | request |

## Response Type

[`LogInResponse`](../../doc/models/log-in-response.md)

## Example Usage

```python
body = LogInRequest()
# a comment, not a heading
result = session_controller.login_using_post(body)
```

## Errors

| HTTP Status Code | Error Description | Exception Class |
|  --- | --- | --- |
| 400 | Error Response | [`RestErrorResponseException`](../../doc/models/rest-error-response-exception.md) |


# Logout Using POST

Ends a Connectivity Management session.

```python
def logout_using_post(self)
```

## Response Type

[`LogOutRequest`](../../doc/models/log-out-request.md)


# Reset Using PUT

The new password is effective immediately.

```python
def reset_using_put(self,
                   body)
```

## Parameters

| Parameter | Type | Tags | Description |
|  --- | --- | --- | --- |
| `body` | [`SessionResetPasswordRequest`](../../doc/models/session-reset-password-request.md) | Body, Required | Current Password |

## Response Type

[`SessionResetPasswordResponse`](../../doc/models/session-reset-password-response.md)
"#;

    #[test]
    fn vzm2m_operations() {
        let doc = parse_api(VZM2M);
        assert!(doc.problems.is_empty(), "{:?}", doc.problems);
        assert_eq!(doc.class, Some(("SessionController".to_string(), 11)));
        let names: Vec<&str> = doc.operations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            names,
            ["login_using_post", "logout_using_post", "reset_using_put"]
        );
        let login = &doc.operations[0];
        assert_eq!(login.line, 20);
        assert_eq!(login.http, None);
        assert_eq!(login.params.len(), 1);
        assert_eq!(login.params[0].name, "body");
        assert_eq!(login.params[0].ty, Ty::Model("LogInRequest".into()));
        assert!(login.params[0].optional);
        assert_eq!(login.returns, Ty::Model("LogInResponse".into()));
        assert!(doc.operations[1].params.is_empty());
        assert_eq!(doc.operations[1].returns, Ty::Model("LogOutRequest".into()));
        assert!(!doc.operations[2].params[0].optional);
    }

    #[test]
    fn operation_without_def_block_uses_its_title() {
        let text = "# Session\n\n## Class Name\n\n`SessionController`\n\n# Reset Using PUT\n\nNo example.\n";
        let doc = parse_api(text);
        assert_eq!(doc.operations[0].name, "reset_using_put");
        assert_eq!(doc.operations[0].returns, Ty::Unit);
    }

    #[test]
    fn model_fields() {
        let text = "# Log in Request\n\n## Structure\n\n`LogInRequest`\n\n## Fields\n\n| Name | Type | Tags | Description |\n|  --- | --- | --- | --- |\n| `username` | `String` | Optional | The user name. |\n| `password` | `String` | Required | The password. |\n| `errors` | [`List<ErrorData>`](../../doc/models/error-data.md) | Optional | Errors. |\n| `expiresIn` | `Long` | Optional, Nullable | Seconds. |\n\n## Example (as JSON)\n\n```json\n{\n  \"username\": \"zbeeblebrox\"\n}\n```\n";
        let model = parse_model(text).expect("model");
        assert_eq!((model.name.as_str(), model.line), ("LogInRequest", 5));
        let DocModelKind::Struct(fields) = model.kind else {
            panic!("not a struct")
        };
        let got: Vec<(&str, Ty, bool, usize)> = fields
            .iter()
            .map(|f| (f.wire.as_str(), f.ty.clone(), f.optional, f.line))
            .collect();
        assert_eq!(
            got,
            [
                ("username", Ty::Str, true, 11),
                ("password", Ty::Str, false, 12),
                (
                    "errors",
                    Ty::List(Box::new(Ty::Model("ErrorData".into()))),
                    true,
                    13
                ),
                ("expiresIn", Ty::Int, true, 14),
            ]
        );
    }

    #[test]
    fn model_enumeration() {
        let text = "# Device Status\n\n## Enumeration\n\n`DeviceStatus`\n\n## Fields\n\n| Name |\n|  --- |\n| `active` |\n| `deactive` |\n";
        let model = parse_model(text).expect("enum");
        assert_eq!(model.name, "DeviceStatus");
        let DocModelKind::Enum(values) = model.kind else {
            panic!("not an enum")
        };
        let got: Vec<&str> = values.iter().map(|v| v.value.as_str()).collect();
        assert_eq!(got, ["active", "deactive"]);

        let text = "# DeviceStatus\n\n## Enum\n\n* `ACTIVE` (value: `\"active\"`)\n";
        let model = parse_model(text).expect("bullet enum");
        assert_eq!(model.name, "DeviceStatus");
        assert!(matches!(model.kind, DocModelKind::Enum(ref v) if v.len() == 1));
    }

    #[test]
    fn model_without_structure_is_refused() {
        assert!(parse_model("# Log in Request\n\nText.\n").is_err());
    }
}
