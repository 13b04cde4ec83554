//! Rows for `letmc-session`: six operations on `/v2/customer/{shortName}/…`,
//! every input but `shortName` in the query string (passwords and the login
//! token as query secrets); two `string` results (the token, the session
//! info), four "no content" results; no models.

use letmc_session::SessionControllerApi;
use letmc_session::apis::operations;
use letmc_session::apis::session_controller_api::{
    SessionControllerChangePasswordError, SessionControllerCreateLandlordLoginError,
    SessionControllerGetSessionInfoError, SessionControllerLoginError,
    SessionControllerLogoutError, SessionControllerResetPasswordError,
};
use session_sdks_runtime::{Client, SdkError, Secret};

use super::{ModelRow, OpRow, Outcome, PathRow, Rendered, render_debug};
use crate::chaos::Reply;
use crate::decode::{self, Decoder};

const KRATE: &str = "letmc-session";

async fn change_password(client: Client, short_name: String, secret: String) -> Outcome {
    SessionControllerApi::new(client)
        .session_controller_change_password(short_name, secret.clone(), secret.clone(), secret)
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

async fn create_landlord_login(client: Client, short_name: String) -> Outcome {
    SessionControllerApi::new(client)
        .session_controller_create_landlord_login(
            short_name,
            "l@x.io",
            "Mr",
            "Al",
            "Bo",
            "1 High St",
            "0123",
        )
        .params(|p| p.branch_id("b1"))
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

async fn get_session_info(client: Client, short_name: String, secret: String) -> Outcome {
    SessionControllerApi::new(client)
        .session_controller_get_session_info(short_name, secret)
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

async fn login(client: Client, short_name: String, secret: String) -> Outcome {
    SessionControllerApi::new(client)
        .session_controller_login(short_name, "u", secret)
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

async fn logout(client: Client, short_name: String, secret: String) -> Outcome {
    SessionControllerApi::new(client)
        .session_controller_logout(short_name, secret)
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

async fn reset_password(client: Client, short_name: String) -> Outcome {
    SessionControllerApi::new(client)
        .session_controller_reset_password(short_name, "u@x.io")
        .send()
        .await
        .map(|value| format!("{value:?}"))
        .map_err(SdkError::map_entity)
}

const CREATE_LANDLORD_QUERY: &str = "email=l%40x.io&title=Mr&forename=Al&surname=Bo\
&propertyAddress=1%20High%20St&contactDetails=0123&branchID=b1";

/// The six operations, with `acme` as the short name.
pub fn operations() -> Vec<OpRow> {
    vec![
        OpRow {
            krate: KRATE,
            op: &operations::SESSION_CONTROLLER_CHANGE_PASSWORD,
            target: "/v2/customer/acme/session/password?token=pw&oldPassword=pw&newPassword=pw",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, secret| Box::pin(change_password(client, "acme".into(), secret)),
        },
        OpRow {
            krate: KRATE,
            op: &operations::SESSION_CONTROLLER_CREATE_LANDLORD_LOGIN,
            target: "/v2/customer/acme/session/createlandlordlogin?email=l%40x.io&title=Mr&forename=Al&surname=Bo&propertyAddress=1%20High%20St&contactDetails=0123&branchID=b1",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, _| Box::pin(create_landlord_login(client, "acme".into())),
        },
        OpRow {
            krate: KRATE,
            op: &operations::SESSION_CONTROLLER_GET_SESSION_INFO,
            target: "/v2/customer/acme/session?token=pw",
            text: true,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, r#""{\"customer\":\"u\"}""#),
            call: |client, secret| Box::pin(get_session_info(client, "acme".into(), secret)),
        },
        OpRow {
            krate: KRATE,
            op: &operations::SESSION_CONTROLLER_LOGIN,
            target: "/v2/customer/acme/session?username=u&password=pw",
            text: true,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, r#""0f8fad5b-d9cb-469f-a165-70867728950e""#),
            call: |client, secret| Box::pin(login(client, "acme".into(), secret)),
        },
        OpRow {
            krate: KRATE,
            op: &operations::SESSION_CONTROLLER_LOGOUT,
            target: "/v2/customer/acme/session?token=pw",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, secret| Box::pin(logout(client, "acme".into(), secret)),
        },
        OpRow {
            krate: KRATE,
            op: &operations::SESSION_CONTROLLER_RESET_PASSWORD,
            target: "/v2/customer/acme/session/resetpassword?email=u%40x.io",
            text: false,
            empty: true,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, _| Box::pin(reset_password(client, "acme".into())),
        },
    ]
}

/// `{shortName}` of each of the six operations.
pub fn path_params() -> Vec<PathRow> {
    vec![
        PathRow {
            name: "letmc session_controller_change_password {shortName}",
            call: |client, value| Box::pin(change_password(client, value, "pw".into())),
            target: |encoded| {
                format!(
                    "/v2/customer/{encoded}/session/password?token=pw&oldPassword=pw&newPassword=pw"
                )
            },
        },
        PathRow {
            name: "letmc session_controller_create_landlord_login {shortName}",
            call: |client, value| Box::pin(create_landlord_login(client, value)),
            target: |encoded| {
                format!(
                    "/v2/customer/{encoded}/session/createlandlordlogin?{CREATE_LANDLORD_QUERY}"
                )
            },
        },
        PathRow {
            name: "letmc session_controller_get_session_info {shortName}",
            call: |client, value| Box::pin(get_session_info(client, value, "pw".into())),
            target: |encoded| format!("/v2/customer/{encoded}/session?token=pw"),
        },
        PathRow {
            name: "letmc session_controller_login {shortName}",
            call: |client, value| Box::pin(login(client, value, "pw".into())),
            target: |encoded| format!("/v2/customer/{encoded}/session?username=u&password=pw"),
        },
        PathRow {
            name: "letmc session_controller_logout {shortName}",
            call: |client, value| Box::pin(logout(client, value, "pw".into())),
            target: |encoded| format!("/v2/customer/{encoded}/session?token=pw"),
        },
        PathRow {
            name: "letmc session_controller_reset_password {shortName}",
            call: |client, value| Box::pin(reset_password(client, value)),
            target: |encoded| {
                format!("/v2/customer/{encoded}/session/resetpassword?email=u%40x.io")
            },
        },
    ]
}

/// The two string results (the login token becomes a [`Secret`]) under every
/// content type, the DataContract `<string>` with its re-encoding property,
/// and the "no content" results.
fn strings_from(body: &[u8]) {
    decode::strings(body);
    for content_type in decode::CONTENT_TYPES {
        match decode::response(200, content_type, body).string::<SessionControllerLoginError>() {
            Ok(token) => {
                let token = Secret::from(token.into_inner());
                let _ = format!("{token:?}");
            }
            Err(err) => decode::render(&err),
        }
        let _ = decode::response(204, content_type, body).empty::<SessionControllerLogoutError>();
    }
}

fn entities_from(body: &[u8]) {
    let statuses = [400, 401, 404, 500, 503];
    decode::entity::<SessionControllerChangePasswordError>(&statuses, body);
    decode::entity::<SessionControllerCreateLandlordLoginError>(&statuses, body);
    decode::entity::<SessionControllerGetSessionInfoError>(&statuses, body);
    decode::entity::<SessionControllerLoginError>(&statuses, body);
    decode::entity::<SessionControllerLogoutError>(&statuses, body);
    decode::entity::<SessionControllerResetPasswordError>(&statuses, body);
}

/// String, DataContract XML string and error-entity decoders.
pub fn decoders() -> Vec<Decoder> {
    vec![
        Decoder {
            name: "letmc_strings",
            run: strings_from,
        },
        Decoder {
            name: "letmc_xml_string",
            run: decode::xml_string,
        },
        Decoder {
            name: "letmc_error_entities",
            run: entities_from,
        },
    ]
}

/// LetMC has no models: every result is a string or nothing.
pub fn models() -> Vec<ModelRow> {
    Vec::new()
}

/// The API and every request builder, each holding `secret` as a query
/// secret (password, token) or, for the two without one, in the client.
pub fn secret_holders(secret: &str) -> Vec<Rendered> {
    let client = Client::new("http://127.0.0.1:9")
        .unwrap_or_else(|err| panic!("{err}"))
        .with_bearer_token(secret);
    let session = letmc_session::Session::new(&client, "acme", "u", secret);
    let api = SessionControllerApi::new(client);
    vec![
        render_debug("letmc Session", &session),
        render_debug("letmc SessionControllerApi", &api),
        render_debug(
            "letmc SessionControllerChangePassword",
            &api.session_controller_change_password("acme", secret, secret, secret),
        ),
        render_debug(
            "letmc SessionControllerCreateLandlordLogin",
            &api.session_controller_create_landlord_login("acme", "e", "t", "f", "s", "p", "c"),
        ),
        render_debug(
            "letmc SessionControllerGetSessionInfo",
            &api.session_controller_get_session_info("acme", secret),
        ),
        render_debug(
            "letmc SessionControllerLogin",
            &api.session_controller_login("acme", "u", secret),
        ),
        render_debug(
            "letmc SessionControllerLogout",
            &api.session_controller_logout("acme", secret),
        ),
        render_debug(
            "letmc SessionControllerResetPassword",
            &api.session_controller_reset_password("acme", "u@x.io"),
        ),
        render_debug("letmc login token", &Secret::from(secret.to_owned())),
    ]
}
