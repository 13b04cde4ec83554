//! OpenAPI-Generator JavaScript API docs (`## sessionControllerLogin` sections) and model docs
//! (`# Package.Name`).

use super::{ApiDoc, DocModel, GeneratedStyle, parse_generated_api, parse_generated_model};

fn operation(line: &str) -> Option<String> {
    let name = line.strip_prefix("## ")?.trim();
    valid(name).then(|| name.to_string())
}

fn class(line: &str) -> Option<String> {
    let title = line.strip_prefix("# ")?.trim();
    let class = title.rsplit('.').next()?;
    valid(class).then(|| class.to_string())
}

fn valid(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// Parses an OpenAPI-Generator JavaScript API document.
pub(crate) fn parse_api(text: &str) -> ApiDoc {
    parse_generated_api(
        text,
        &GeneratedStyle {
            operation,
            heading: "`## operationId`",
            class,
        },
    )
}

/// Parses an OpenAPI-Generator JavaScript model document.
pub(crate) fn parse_model(text: &str) -> Result<DocModel, (usize, String)> {
    parse_generated_model(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{DocModelKind, Ty};

    // Excerpt of the LetMC seed: path templates, an `opts` optional parameter with an upper-case
    // acronym (`branchID`), `null (empty response body)` and `**String**` returns, HTML entities.
    const LETMC: &str = r#"# AgentOsApiV2CustomerLoginCallGroup.SessionControllerApi

All URIs are relative to *https://live-api.letmc.com*

Method | HTTP request | Description
------------- | ------------- | -------------
[**sessionControllerCreateLandlordLogin**](SessionControllerApi.md#sessionControllerCreateLandlordLogin) | **POST** /v2/customer/{shortName}/session/createlandlordlogin | Send a request to the in-tray to create a landlord login.
[**sessionControllerLogin**](SessionControllerApi.md#sessionControllerLogin) | **POST** /v2/customer/{shortName}/session | Login as a customer given their username and password.
[**sessionControllerResetPassword**](SessionControllerApi.md#sessionControllerResetPassword) | **POST** /v2/customer/{shortName}/session/resetpassword | Reset the customer&#39;s password. An email will be sent out to reset.



## sessionControllerCreateLandlordLogin

> sessionControllerCreateLandlordLogin(shortName, email, title, forename, surname, propertyAddress, contactDetails, opts)

Send a request to the in-tray to create a landlord login.

### Example

```javascript
import AgentOsApiV2CustomerLoginCallGroup from 'agent_os_api_v2_customer_login_call_group';

let apiInstance = new AgentOsApiV2CustomerLoginCallGroup.SessionControllerApi();
let opts = {
  'branchID': "branchID_example" // String | (Optional) The branch ID linked to the login.
};
```

### Parameters


Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **shortName** | **String**| The unique client short-name | 
 **email** | **String**| The email address of the landlord | 
 **propertyAddress** | **String**| Address of the property linked to the landlord | 
 **branchID** | **String**| (Optional) The branch ID linked to the login. This will determine which in tray the request display in | [optional] 

### Return type

null (empty response body)

### Authorization

No authorization required

### HTTP request headers

- **Content-Type**: Not defined
- **Accept**: Not defined


## sessionControllerLogin

> String sessionControllerLogin(shortName, username, password)

Login as a customer given their username and password.

### Parameters


Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **shortName** | **String**| The unique client short-name | 
 **username** | **String**| The user&#39;s username. | 
 **password** | **String**| The user&#39;s password. | 

### Return type

**String**

### Authorization

No authorization required


## sessionControllerResetPassword

> sessionControllerResetPassword(shortName, email)

Reset the customer&#39;s password. An email will be sent out to reset.

### Parameters


Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **shortName** | **String**| The unique client short-name | 
 **email** | **String**| The login Email Address. | 

### Return type

null (empty response body)
"#;

    #[test]
    fn letmc_operations() {
        let doc = parse_api(LETMC);
        assert!(doc.problems.is_empty(), "{:?}", doc.problems);
        assert_eq!(doc.class, Some(("SessionControllerApi".to_string(), 1)));
        let names: Vec<&str> = doc.operations.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "sessionControllerCreateLandlordLogin",
                "sessionControllerLogin",
                "sessionControllerResetPassword"
            ]
        );
        let landlord = &doc.operations[0];
        assert_eq!(landlord.line, 13);
        assert_eq!(
            landlord.http,
            Some((
                "POST".into(),
                "/v2/customer/{shortName}/session/createlandlordlogin".into()
            ))
        );
        let params: Vec<(&str, bool)> = landlord
            .params
            .iter()
            .map(|p| (p.name.as_str(), p.optional))
            .collect();
        assert_eq!(
            params,
            [
                ("shortName", false),
                ("email", false),
                ("propertyAddress", false),
                ("branchID", true)
            ]
        );
        assert!(landlord.params.iter().all(|p| p.ty == Ty::Str));
        assert_eq!(landlord.returns, Ty::Unit);

        let login = &doc.operations[1];
        assert_eq!(
            login.http,
            Some(("POST".into(), "/v2/customer/{shortName}/session".into()))
        );
        assert_eq!(login.returns, Ty::Str);
        assert_eq!(login.params.len(), 3);
        assert_eq!(doc.operations[2].returns, Ty::Unit);
    }

    #[test]
    fn model_and_enum() {
        let text = "# AgentOsApiV2CustomerLoginCallGroup.Branch\n\n## Properties\n\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n**oid** | **String** |  | [optional] \n**count** | **Number** |  | \n**tags** | **[String]** |  | [optional] \n**owner** | [**Person**](Person.md) |  | [optional] \n";
        let model = parse_model(text).expect("model");
        assert_eq!(model.name, "Branch");
        let DocModelKind::Struct(fields) = model.kind else {
            panic!("not a struct")
        };
        assert_eq!(fields.len(), 4);
        assert_eq!(
            (fields[1].ty.clone(), fields[1].optional),
            (Ty::Number, false)
        );
        assert_eq!(fields[2].ty, Ty::List(Box::new(Ty::Str)));
        assert_eq!(fields[3].ty, Ty::Model("Person".into()));

        let text = "# AgentOsApiV2CustomerLoginCallGroup.Status\n\n## Enum\n\n\n* `active` (value: `\"active\"`)\n\n* `blocked` (value: `\"blocked\"`)\n\n\n";
        let model = parse_model(text).expect("enum");
        let DocModelKind::Enum(values) = model.kind else {
            panic!("not an enum")
        };
        assert_eq!(values.len(), 2);
        assert_eq!(values[1].value, "blocked");
    }
}
