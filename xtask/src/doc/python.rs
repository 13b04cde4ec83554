//! swagger-codegen Python API docs (`# **do_login**` sections) and model docs (`# Name`).

use super::{ApiDoc, DocModel, GeneratedStyle, parse_generated_api, parse_generated_model};

fn operation(line: &str) -> Option<String> {
    let name = line.strip_prefix("# **")?.trim_end().strip_suffix("**")?;
    valid(name).then(|| name.to_string())
}

fn class(line: &str) -> Option<String> {
    let title = line.strip_prefix("# ")?.trim();
    let class = title.rsplit('.').next()?;
    valid(class).then(|| class.to_string())
}

fn valid(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Parses a swagger-codegen Python API document.
pub(crate) fn parse_api(text: &str) -> ApiDoc {
    parse_generated_api(
        text,
        &GeneratedStyle {
            operation,
            heading: "`# **operation_id**`",
            class,
        },
    )
}

/// Parses a swagger-codegen Python model document.
pub(crate) fn parse_model(text: &str) -> Result<DocModel, (usize, String)> {
    parse_generated_model(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{DocModelKind, Ty};

    // Excerpt of the Cyclos seed: a summary row with a trailing space in its description,
    // `param=param` optional arguments, `[**list[str]**](str.md)`, `**list[str]**` returns,
    // `void` returns, and `#` comments inside the Python example.
    const CYCLOS: &str = r#"# swagger_client.AuthApi

All URIs are relative to *https://dev.leftcoastfs.com/api*

Method | HTTP request | Description
------------- | ------------- | -------------
[**get_data_for_change_forgotten_password**](AuthApi.md#get_data_for_change_forgotten_password) | **GET** /auth/forgotten-password/data-for-change | Returns configuration data used to change a forgotten password after the initial request 
[**login**](AuthApi.md#login) | **POST** /auth/session | Logs-in the currently authenticated user
[**new_otp**](AuthApi.md#new_otp) | **POST** /auth/otp | Generates a new One-Time-Password (OTP) for the authenticated user


# **get_data_for_change_forgotten_password**
> DataForChangeForgottenPassword get_data_for_change_forgotten_password(key, fields=fields)

Returns configuration data used to change a forgotten password after the initial request 

### Example
```python
from __future__ import print_function
import swagger_client
# create an instance of the API class
api_instance = swagger_client.AuthApi()
key = 'key_example' # str | The validation key which was sent by e-mail to the user
```

### Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **key** | **str**| The validation key which was sent by e-mail to the user | 
 **fields** | [**list[str]**](str.md)| Select which fields to include on returned data. For example: &#x60;a,b.b1,c.-c1,c.-c2&#x60; will return the fields.   | [optional] 

### Return type

[**DataForChangeForgottenPassword**](DataForChangeForgottenPassword.md)

### Authorization

No authorization required

[[Back to top]](#) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to Model list]](../README.md#documentation-for-models) [[Back to README]](../README.md)

# **login**
> Auth login(fields=fields, cookie=cookie, timeout_in_seconds=timeout_in_seconds)

Logs-in the currently authenticated user

### Example
```python
# Configure HTTP basic authorization: basic
configuration = swagger_client.Configuration()
```

### Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **fields** | [**list[str]**](str.md)| Select which fields to include on returned data. | [optional] 
 **cookie** | **bool**| If true then the server add the &#x60;Session-Token&#x60; cookie to the response  containing only the second half of the session token.  | [optional] 
 **timeout_in_seconds** | **int**| The timeout in seconds for the created session. | [optional] 

### Return type

[**Auth**](Auth.md)

# **new_otp**
> list[str] new_otp(medium)

Generates a new One-Time-Password (OTP) for the authenticated user

### Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **medium** | **str**| The medium the user wants to receive the OTP Possible values are: * email: The user will receive an email with the information * sms: The user will receive a sms with the information (only if there is at least one phone enabled for sms)  | 

### Return type

**list[str]**
"#;

    // Excerpt of the Control-M seed: an operation without parameters, a `void`-less return.
    const CONTROLM: &str = r#"# controlm_py.SessionApi

All URIs are relative to */*

Method | HTTP request | Description
------------- | ------------- | -------------
[**do_logout**](SessionApi.md#do_logout) | **POST** /session/logout | logout user from Control-M

# **do_logout**
> SuccessData do_logout()

logout user from Control-M

### Example
```python
# Configure API key authorization: ApiKeyAuth
configuration = controlm_py.Configuration()
```

### Parameters
This endpoint does not need any parameter.

### Return type

[**SuccessData**](SuccessData.md)

### Authorization

[ApiKeyAuth](../README.md#ApiKeyAuth), [Bearer](../README.md#Bearer)
"#;

    #[test]
    fn cyclos_operations() {
        let doc = parse_api(CYCLOS);
        assert!(doc.problems.is_empty(), "{:?}", doc.problems);
        assert_eq!(doc.class, Some(("AuthApi".to_string(), 1)));
        let names: Vec<&str> = doc.operations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            names,
            ["get_data_for_change_forgotten_password", "login", "new_otp"]
        );

        let change = &doc.operations[0];
        assert_eq!(change.line, 12);
        assert_eq!(
            change.http,
            Some((
                "GET".into(),
                "/auth/forgotten-password/data-for-change".into()
            ))
        );
        assert_eq!(change.params.len(), 2);
        assert_eq!(
            (change.params[0].name.as_str(), change.params[0].optional),
            ("key", false)
        );
        assert_eq!(change.params[0].ty, Ty::Str);
        assert_eq!(change.params[0].line, 30);
        assert_eq!(change.params[1].ty, Ty::List(Box::new(Ty::Str)));
        assert!(change.params[1].optional);
        assert_eq!(
            change.returns,
            Ty::Model("DataForChangeForgottenPassword".into())
        );

        let login = &doc.operations[1];
        assert!(login.params.iter().all(|p| p.optional));
        let types: Vec<&Ty> = login.params.iter().map(|p| &p.ty).collect();
        assert_eq!(types, [&Ty::List(Box::new(Ty::Str)), &Ty::Bool, &Ty::Int]);
        assert_eq!(login.returns, Ty::Model("Auth".into()));

        let otp = &doc.operations[2];
        assert_eq!(otp.http, Some(("POST".into(), "/auth/otp".into())));
        assert!(!otp.params[0].optional);
        assert_eq!(otp.returns, Ty::List(Box::new(Ty::Str)));
    }

    #[test]
    fn controlm_operation_without_parameters() {
        let doc = parse_api(CONTROLM);
        assert!(doc.problems.is_empty(), "{:?}", doc.problems);
        assert_eq!(
            doc.operations.len(),
            1,
            "python comments in the example are not headings"
        );
        let logout = &doc.operations[0];
        assert!(logout.params.is_empty());
        assert_eq!(logout.returns, Ty::Model("SuccessData".into()));
    }

    #[test]
    fn section_missing_from_summary_is_a_problem() {
        let text = CONTROLM.replace("[**do_logout**](SessionApi.md#do_logout) | **POST** /session/logout | logout user from Control-M\n", "");
        let doc = parse_api(&text);
        assert_eq!(doc.operations[0].http, None);
        assert_eq!(doc.problems.len(), 1);
    }

    #[test]
    fn void_return() {
        let text = "# swagger_client.AuthApi\n\nMethod | HTTP request | Description\n------------- | ------------- | -------------\n[**logout**](AuthApi.md#logout) | **DELETE** /auth/session | Log-out the current session\n\n# **logout**\n> logout(cookie=cookie)\n\n### Parameters\n\nName | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n **cookie** | **bool**| If true.   | [optional] \n\n### Return type\n\nvoid (empty response body)\n";
        let doc = parse_api(text);
        assert!(doc.problems.is_empty(), "{:?}", doc.problems);
        assert_eq!(doc.operations[0].returns, Ty::Unit);
        assert_eq!(
            doc.operations[0].http,
            Some(("DELETE".into(), "/auth/session".into()))
        );
    }

    /// An invented API in the layout of OpenAPI Generator 7.x's `python` generator
    /// (`xtask/tests/fixtures/openapi-generator-7-python/`, hand-written): `# **name**` headings
    /// as swagger-codegen's, `[optional] [default to 20]` notes, `**float**` and `List[Token]`
    /// types, ` - **Accept**:` lines and `### HTTP response details` tables whose rows have no
    /// outer pipes under a header that has them.
    const PYTHON7: &str =
        include_str!("../../tests/fixtures/openapi-generator-7-python/TokensApi.md");

    #[test]
    fn openapi_generator_7_layout() {
        let doc = parse_api(PYTHON7);
        assert!(doc.problems.is_empty(), "{:?}", doc.problems);
        assert_eq!(doc.class, Some(("TokensApi".to_string(), 1)));
        let got: Vec<(&str, usize, &str, &str)> = doc
            .operations
            .iter()
            .map(|o| {
                let (method, path) = o.http.as_ref().expect("in the summary table");
                (o.name.as_str(), o.line, method.as_str(), path.as_str())
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "create_token",
                    12,
                    "POST",
                    "/accounts/{account_id}/tokens/{purpose}"
                ),
                ("list_tokens", 83, "GET", "/accounts/{account_id}/tokens"),
                ("revoke_all_tokens", 154, "DELETE", "/tokens"),
            ]
        );

        let list = &doc.operations[1];
        let params: Vec<(&str, &Ty, bool)> = list
            .params
            .iter()
            .map(|p| (p.name.as_str(), &p.ty, p.optional))
            .collect();
        assert_eq!(
            params,
            [
                ("account_id", &Ty::Str, false),
                ("state", &Ty::Str, true),
                ("limit", &Ty::Float, true),
                ("offset", &Ty::Float, true),
            ]
        );
        assert_eq!(list.returns, Ty::List(Box::new(Ty::Model("Token".into()))));
        assert_eq!(
            list.accept.as_ref().map(|a| a.0.clone()),
            Some(vec!["application/json".to_string()])
        );
        assert_eq!(list.content_type.as_ref().map(|c| c.0.len()), Some(0));
        let statuses: Vec<(u16, usize)> = list
            .statuses
            .iter()
            .flatten()
            .map(|(s, _, line)| (*s, *line))
            .collect();
        assert_eq!(statuses, [(200, 147), (400, 148), (404, 149), (422, 150)]);

        let create = &doc.operations[0];
        assert_eq!(create.returns, Ty::Model("Token".into()));
        assert_eq!(
            create
                .params
                .iter()
                .map(|p| (p.ty.clone(), p.optional))
                .collect::<Vec<_>>(),
            [
                (Ty::Str, false),
                (Ty::Str, false),
                (Ty::Model("CreateTokenRequest".into()), true)
            ]
        );
        assert_eq!(
            create.content_type.as_ref().map(|c| c.0.clone()),
            Some(vec!["application/json".to_string()])
        );
        let codes: Vec<u16> = create.statuses.iter().flatten().map(|s| s.0).collect();
        assert_eq!(codes, [201, 400, 404, 409]);

        let revoke = &doc.operations[2];
        assert!(revoke.params.is_empty());
        assert_eq!(revoke.returns, Ty::Unit);
        assert_eq!(revoke.accept.as_ref().map(|a| a.0.len()), Some(0));
        let codes: Vec<u16> = revoke.statuses.iter().flatten().map(|s| s.0).collect();
        assert_eq!(codes, [204]);
    }

    #[test]
    fn openapi_generator_7_models() {
        let token = parse_model(include_str!(
            "../../tests/fixtures/openapi-generator-7-python/Token.md"
        ))
        .expect("Token");
        assert_eq!(token.name, "Token");
        let DocModelKind::Struct(fields) = token.kind else {
            panic!("not a struct")
        };
        let got: Vec<(&str, &Ty, bool)> = fields
            .iter()
            .map(|f| (f.wire.as_str(), &f.ty, f.optional))
            .collect();
        assert_eq!(
            got,
            [
                ("id", &Ty::Str, false),
                ("purpose", &Ty::Str, false),
                ("expires_at", &Ty::Str, true),
                ("scopes", &Ty::List(Box::new(Ty::Str)), true),
            ]
        );
        let request = parse_model(include_str!(
            "../../tests/fixtures/openapi-generator-7-python/CreateTokenRequest.md"
        ))
        .expect("CreateTokenRequest");
        let DocModelKind::Struct(fields) = request.kind else {
            panic!("not a struct")
        };
        assert_eq!(fields[0].ty, Ty::Int);
        assert!(fields.iter().all(|f| f.optional));
    }

    #[test]
    fn an_unknown_layout_is_refused_saying_what_was_not_understood() {
        // Headings of another template (`## name`): no operation, and the parser says why.
        let other: Vec<String> = PYTHON7
            .lines()
            .map(
                |l| match l.strip_prefix("# **").and_then(|n| n.strip_suffix("**")) {
                    Some(name) => format!("## {name}"),
                    None => l.to_string(),
                },
            )
            .collect();
        let doc = parse_api(&other.join("\n"));
        assert!(doc.operations.is_empty());
        assert!(
            doc.problems.contains(&(
                12,
                "no operation could be read: no heading is of the form `# **operation_id**` (found `## create_token`, `### Example`, `### Parameters`); a layout verify-docs does not know".to_string()
            )),
            "{:#?}",
            doc.problems
        );
        let listed = doc
            .problems
            .iter()
            .filter(|(_, what)| what.ends_with("is listed but has no section"))
            .count();
        assert_eq!(listed, 3, "{:#?}", doc.problems);

        // Without a summary table either, the refusal is still there.
        let bare = "# pkg.TokensApi\n\n## create_token\n> Token create_token()\n";
        let doc = parse_api(bare);
        assert!(doc.operations.is_empty());
        assert_eq!(doc.problems.len(), 1, "{:#?}", doc.problems);
        assert_eq!(doc.problems[0].0, 3);

        // A status table or a parameter list in another layout is named, not read as none.
        let doc = parse_api(
            &PYTHON7
                .replacen("**201** | Issued |  -  |", "201 Issued", 1)
                .replacen(
                    "\nName | Type | Description  | Notes\n------------- | ------------- | ------------- | -------------\n **account_id** | **str**| The account | \n **purpose**",
                    "\n* account_id (str)\n* purpose",
                    1,
                ),
        );
        let problems: Vec<&str> = doc.problems.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(
            problems,
            [
                "operation `create_token`: no status could be read under `### HTTP response details` (expected a `Status code | Description | Response headers` table with rows like `**200** | OK |  -  |`)",
                "operation `create_token`: `### Parameters` has neither a `Name | Type | Description | Notes` table nor \"This endpoint does not need any parameter.\"",
            ]
        );
    }

    #[test]
    fn model_with_wire_names_and_optional_notes() {
        let text = "# PasswordsObject\n\n## Properties\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n**user** | **str** | user name HIDDEN | [optional] \n**currentPassword** | **str** | current password | [optional] \n**errors** | [**list[ErrorData]**](ErrorData.md) |  | [optional] \n**tags** | **dict(str, object)** |  | \n**when** | **datetime** |  | \n\n[[Back to Model list]](../README.md#documentation-for-models) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to README]](../README.md)\n";
        let model = parse_model(text).expect("model");
        assert_eq!(model.name, "PasswordsObject");
        let DocModelKind::Struct(fields) = model.kind else {
            panic!("not a struct")
        };
        let got: Vec<(&str, bool, usize)> = fields
            .iter()
            .map(|f| (f.wire.as_str(), f.optional, f.line))
            .collect();
        assert_eq!(
            got,
            [
                ("user", true, 6),
                ("currentPassword", true, 7),
                ("errors", true, 8),
                ("tags", false, 9),
                ("when", false, 10)
            ]
        );
        assert_eq!(
            fields[2].ty,
            Ty::List(Box::new(Ty::Model("ErrorData".into())))
        );
        assert_eq!(fields[3].ty, Ty::Map(Box::new(Ty::Any)));
        assert_eq!(fields[4].ty, Ty::Str);
    }
}
