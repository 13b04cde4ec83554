//! OpenAPI-Generator PHP API docs (`## createSession` sections, `Api/` folder) and model docs
//! (`# # Name`, `Model/` folder).

use super::{ApiDoc, DocModel, GeneratedStyle, parse_generated_api, parse_generated_model};

/// `## createSession` (OpenAPI Generator 4.x) or `` ## `createSession()` `` (5.x to 7.x).
fn operation(line: &str) -> Option<String> {
    let name = line.strip_prefix("## ")?.trim();
    let name = name
        .strip_prefix('`')
        .and_then(|n| n.strip_suffix('`'))
        .map_or(name, |n| n.trim_end_matches("()"));
    valid(name).then(|| name.to_string())
}

fn class(line: &str) -> Option<String> {
    let title = line.strip_prefix("# ")?.trim();
    let title = title.strip_prefix("# ").unwrap_or(title);
    let class = title.rsplit('\\').next()?;
    valid(class).then(|| class.to_string())
}

fn valid(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Parses an OpenAPI-Generator PHP API document.
pub(crate) fn parse_api(text: &str) -> ApiDoc {
    parse_generated_api(
        text,
        &GeneratedStyle {
            operation,
            heading: "`## operationId` (4.x) or ``## `operationId()` `` (5.x to 7.x)",
            class,
        },
    )
}

/// Parses an OpenAPI-Generator PHP model document (`# # Session`).
pub(crate) fn parse_model(text: &str) -> Result<DocModel, (usize, String)> {
    parse_generated_model(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{DocModelKind, Ty};

    // OpenAPI Generator 7.x's PHP `api_doc.mustache`: backticked `name()` headings and summary
    // names, a fenced signature, tables with outer pipes, backticked media types.
    const PHP7: &str = r#"# Equisoft\SDK\AccountService\SessionApi

All URIs are relative to http://localhost, except if the operation defines another base path.

| Method | HTTP request | Description |
| ------------- | ------------- | ------------- |
| [**createSession()**](SessionApi.md#createSession) | **POST** /sessions | Create a user session. |
| [**getSession()**](SessionApi.md#getSession) | **GET** /sessions/{uuid} | Get a session |


## `createSession()`

```php
createSession($session_payload): \Equisoft\SDK\AccountService\Model\Session
```

Create a user session.

### Parameters

| Name | Type | Description  | Notes |
| ------------- | ------------- | ------------- | ------------- |
| **session_payload** | [**\Equisoft\SDK\AccountService\Model\SessionPayload**](../Model/SessionPayload.md)|  | |

### Return type

[**\Equisoft\SDK\AccountService\Model\Session**](../Model/Session.md)

### HTTP request headers

- **Content-Type**: `application/json`
- **Accept**: `application/json`

## `getSession()`

```php
getSession($uuid): \Equisoft\SDK\AccountService\Model\Session
```

### Parameters

| Name | Type | Description  | Notes |
| ------------- | ------------- | ------------- | ------------- |
| **uuid** | **string**|  | |

### Return type

[**\Equisoft\SDK\AccountService\Model\Session**](../Model/Session.md)

### HTTP request headers

- **Content-Type**: Not defined
- **Accept**: `application/json`

### HTTP response details

| Status code | Description | Response headers |
|-------------|-------------|------------------|
| **200** | OK |  -  |
| **404** | Not found |  -  |
"#;

    #[test]
    fn openapi_generator_7_layout() {
        let doc = parse_api(PHP7);
        assert!(doc.problems.is_empty(), "{:?}", doc.problems);
        assert_eq!(doc.class.as_ref().map(|c| c.0.as_str()), Some("SessionApi"));
        let names: Vec<&str> = doc.operations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["createSession", "getSession"]);
        let create = &doc.operations[0];
        assert_eq!(
            create.http,
            Some(("POST".to_string(), "/sessions".to_string()))
        );
        assert_eq!(create.params[0].name, "session_payload");
        assert_eq!(create.params[0].ty, Ty::Model("SessionPayload".into()));
        assert_eq!(create.returns, Ty::Model("Session".into()));
        assert_eq!(
            create.content_type.as_ref().map(|c| c.0.clone()),
            Some(vec!["application/json".to_string()])
        );
        let get = &doc.operations[1];
        assert_eq!(get.content_type.as_ref().map(|c| c.0.len()), Some(0));
        let statuses: Vec<u16> = get.statuses.iter().flatten().map(|(s, ..)| *s).collect();
        assert_eq!(statuses, [200, 404]);
    }

    #[test]
    fn an_unknown_heading_style_reads_no_operation() {
        let doc = parse_api(&PHP7.replace("## `", "### `"));
        assert!(doc.operations.is_empty());
        assert!(
            doc.problems.contains(&(
                11,
                "no operation could be read: no heading is of the form `## operationId` (4.x) or ``## `operationId()` `` (5.x to 7.x) (found `### `createSession()``, `### Parameters`, `### Return type`); a layout verify-docs does not know".to_string()
            )),
            "{:#?}",
            doc.problems
        );
    }

    // Excerpt of the Equisoft seed: namespaced class and model types, `$arguments`, `void`
    // returns, a `bool` optional parameter, a `/`-separated footer, `# ` comments in PHP.
    const EQUISOFT: &str = r#"# Equisoft\SDK\AccountService\SessionApi

All URIs are relative to *http://localhost*

Method | HTTP request | Description
------------- | ------------- | -------------
[**createSession**](SessionApi.md#createSession) | **POST** /sessions | Create a user session.
[**deleteSessionSsoToken**](SessionApi.md#deleteSessionSsoToken) | **DELETE** /sessions/{uuid}/tokens/{tokenId} | Delete a sso token for the session for a given id/name/type
[**enableSession**](SessionApi.md#enableSession) | **POST** /sessions/{uuid}/enable | Allow activation for sessions created with enable&#x3D;false. This may be extended to enable specific services. Disabled sessions are not allowed to be used by first-party application (crm, fna).
[**enableSessionForCrm**](SessionApi.md#enableSessionForCrm) | **POST** /sessions/{uuid}/enable/crm | Enable session for the crm service



## createSession

> \Equisoft\SDK\AccountService\Model\Session createSession($sessionPayload)

Create a user session.

### Example

```php
<?php
require_once(__DIR__ . '/vendor/autoload.php');
# not a heading
$sessionPayload = new \Equisoft\SDK\AccountService\Model\SessionPayload(); // \Equisoft\SDK\AccountService\Model\SessionPayload | 
?>
```

### Parameters


Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **sessionPayload** | [**\Equisoft\SDK\AccountService\Model\SessionPayload**](../Model/SessionPayload.md)|  |

### Return type

[**\Equisoft\SDK\AccountService\Model\Session**](../Model/Session.md)

### Authorization

No authorization required

[[Back to top]](#) [[Back to API list]](../../README.md#documentation-for-api-endpoints)
[[Back to Model list]](../../README.md#documentation-for-models)
[[Back to README]](../../README.md)


## deleteSessionSsoToken

> deleteSessionSsoToken($uuid, $tokenId)

Delete a sso token for the session for a given id/name/type

### Parameters


Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **uuid** | **string**|  |
 **tokenId** | **string**|  |

### Return type

void (empty response body)


## enableSession

> enableSession($uuid)

Allow activation for sessions created with enable=false.

### Parameters


Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **uuid** | **string**|  |

### Return type

void (empty response body)


## enableSessionForCrm

> enableSessionForCrm($uuid, $bumpOldestSession)

Enable session for the crm service

### Parameters


Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **uuid** | **string**|  |
 **bumpOldestSession** | **bool**| When concurrent access exceeded, delete oldest session | [optional]

### Return type

void (empty response body)
"#;

    #[test]
    fn equisoft_operations() {
        let doc = parse_api(EQUISOFT);
        assert!(doc.problems.is_empty(), "{:?}", doc.problems);
        assert_eq!(doc.class, Some(("SessionApi".to_string(), 1)));
        let names: Vec<&str> = doc.operations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "createSession",
                "deleteSessionSsoToken",
                "enableSession",
                "enableSessionForCrm"
            ]
        );
        let create = &doc.operations[0];
        assert_eq!(create.http, Some(("POST".into(), "/sessions".into())));
        assert_eq!(create.params[0].name, "sessionPayload");
        assert_eq!(create.params[0].ty, Ty::Model("SessionPayload".into()));
        assert!(!create.params[0].optional);
        assert_eq!(create.returns, Ty::Model("Session".into()));

        let delete = &doc.operations[1];
        assert_eq!(
            delete.http,
            Some(("DELETE".into(), "/sessions/{uuid}/tokens/{tokenId}".into()))
        );
        assert_eq!(delete.params.len(), 2);
        assert_eq!(delete.returns, Ty::Unit);

        let crm = &doc.operations[3];
        assert_eq!(
            (crm.params[1].ty.clone(), crm.params[1].optional),
            (Ty::Bool, true)
        );
        assert!(!crm.params[0].optional);
    }

    #[test]
    fn php_model_and_enum() {
        let text = "# # Session\n\n## Properties\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n**sessionId** | **string** | Globally unique identifier. | [optional]\n**state** | [**\\Equisoft\\SDK\\AccountService\\Model\\SessionState**](SessionState.md) |  | [optional]\n**created** | **\\DateTime** |  | [optional]\n**roles** | **string[]** | Roles the user is member a member of. | [optional]\n**absoluteTimeout** | **int** | Seconds. |\n**extra** | **array<string,mixed>** |  | [optional]\n\n[[Back to Model list]](../../README.md#models) [[Back to API list]](../../README.md#endpoints) [[Back to README]](../../README.md)\n";
        let model = parse_model(text).expect("model");
        assert_eq!(model.name, "Session");
        let DocModelKind::Struct(fields) = model.kind else {
            panic!("not a struct")
        };
        let got: Vec<(&str, Ty, bool)> = fields
            .iter()
            .map(|f| (f.wire.as_str(), f.ty.clone(), f.optional))
            .collect();
        assert_eq!(
            got,
            [
                ("sessionId", Ty::Str, true),
                ("state", Ty::Model("SessionState".into()), true),
                ("created", Ty::Str, true),
                ("roles", Ty::List(Box::new(Ty::Str)), true),
                ("absoluteTimeout", Ty::Int, false),
                ("extra", Ty::Map(Box::new(Ty::Any)), true),
            ]
        );

        let text = "# # SessionState\n\n## Enum\n\n* `_NEW` (value: `\"NEW\"`)\n* `ENABLED` (value: `\"ENABLED\"`)\n\n[[Back to Model list]](../../README.md#models)\n";
        let model = parse_model(text).expect("enum");
        assert_eq!(model.name, "SessionState");
        let DocModelKind::Enum(values) = model.kind else {
            panic!("not an enum")
        };
        let got: Vec<&str> = values.iter().map(|v| v.value.as_str()).collect();
        assert_eq!(got, ["NEW", "ENABLED"]);
    }
}
