//! The `mock` feature's `MockServer`, driven through the SDK as a user's tests would.

#![cfg(feature = "mock")]
#![allow(clippy::unwrap_used)]

use cyclos_auth::apis::auth_api::{ChangeForgottenPasswordError, LoginError, NewOtpError};
use cyclos_auth::mock::{
    ACCESS_CLIENT_TOKEN, MockServer, PASSWORD, RESET_KEY, SECONDARY_PASSWORD, SECURITY_ANSWER,
    USERNAME,
};
use cyclos_auth::models::{
    ChangeForgottenPassword, ForgottenPasswordErrorCode, ForgottenPasswordRequest, RoleEnum,
    SendMediumEnum, UnauthorizedErrorCode,
};
use cyclos_auth::{AuthApi, Client, CyclosClientExt, Secret};

fn client(server: &MockServer) -> Client {
    Client::new(server.url()).unwrap()
}

async fn session(server: &MockServer) -> (AuthApi, Secret) {
    let client = client(server);
    let login = AuthApi::new(client.with_basic_auth(USERNAME, PASSWORD))
        .login()
        .await
        .unwrap();
    let token = login.session_token.unwrap();
    (
        AuthApi::new(client.with_session_token(token.clone())),
        token,
    )
}

#[tokio::test]
async fn login_with_the_right_password_works_and_a_wrong_one_is_refused() {
    let server = MockServer::start().await;
    server.add_user("bob", "bob-pw");
    let client = client(&server);
    let login = AuthApi::new(client.with_basic_auth("bob", "bob-pw"))
        .login()
        .await
        .unwrap();
    assert_eq!(login.role, Some(RoleEnum::Member));
    assert!(login.session_token.is_some());

    let error = AuthApi::new(client.with_basic_auth("bob", "wrong"))
        .login()
        .await
        .unwrap_err();
    let Some(LoginError::Status401(body)) = error.entity() else {
        panic!("{error:?}");
    };
    assert_eq!(body.code, Some(UnauthorizedErrorCode::Login));
}

#[tokio::test]
async fn a_cookie_login_splits_the_token_between_body_and_cookie() {
    let server = MockServer::start().await;
    let client = client(&server);
    let login = AuthApi::new(client.with_basic_auth(USERNAME, PASSWORD))
        .login()
        .params(|p| p.cookie(true))
        .send()
        .await
        .unwrap();
    let cookie = login.headers()["set-cookie"].to_str().unwrap().to_owned();
    let second = cookie
        .strip_prefix("Session-Token=")
        .and_then(|rest| rest.split(';').next())
        .unwrap();
    let first = login.into_inner().session_token.unwrap();
    let whole = format!("{}{second}", first.expose());
    let auth = AuthApi::new(client.with_session_token(whole))
        .get_current_auth()
        .await
        .unwrap();
    assert!(auth.user.is_some());
}

#[tokio::test]
async fn requests_are_counted_per_operation() {
    let server = MockServer::start().await;
    let (api, _) = session(&server).await;
    api.logout().await.unwrap();
    assert_eq!(server.requests("login"), 1);
    assert_eq!(server.requests("logout"), 1);
    assert_eq!(server.requests("get_current_auth"), 0);
    assert_eq!(server.total_requests(), 2);
}

#[tokio::test]
async fn end_sessions_makes_the_next_call_fail_as_documented() {
    let server = MockServer::start().await;
    let (api, _) = session(&server).await;
    server.end_sessions();
    let error = api.get_current_auth().await.unwrap_err();
    assert_eq!(error.status().unwrap(), 401);
    let body: serde_json::Value =
        serde_json::from_slice(error.content().unwrap().body_may_hold_secrets()).unwrap();
    assert_eq!(body, serde_json::json!({"code": "loggedOut"}));
}

#[tokio::test]
async fn fail_next_injects_the_documented_error_once() {
    let server = MockServer::start().await;
    let (api, _) = session(&server).await;
    server.fail_next("new_otp", 500);
    let error = api.new_otp(SendMediumEnum::Sms).await.unwrap_err();
    let Some(NewOtpError::Status500(body)) = error.entity() else {
        panic!("{error:?}");
    };
    assert_eq!(body.exception_type, "MockException");
    let numbers = api.new_otp(SendMediumEnum::Sms).await.unwrap();
    assert_eq!(numbers, ["+15550100"]);
}

#[tokio::test]
async fn every_operation_answers_its_documented_shape() {
    let server = MockServer::start().await;
    let client = client(&server);
    let guest = AuthApi::new(client.clone());
    let data = guest
        .get_data_for_login()
        .params(|p| p.fields(["principalTypes"]))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(data.forgot_password_mediums.unwrap().len(), 1);

    let login = AuthApi::new(client.with_basic_auth(USERNAME, PASSWORD))
        .login()
        .params(|p| p.fields(["sessionToken", "user"]))
        .params(|p| p.timeout_in_seconds(600))
        .await
        .unwrap();
    assert_eq!(login.pending_secondary_password, Some(true));
    let api = AuthApi::new(client.with_session_token(login.session_token.unwrap()));
    assert_eq!(api.get_data_for_login().await.unwrap(), None);

    let input = api.get_secondary_password_input().await.unwrap();
    assert_eq!(input.internal_name.as_deref(), Some("pin"));
    let error = api.validate_secondary_password("wrong").await.unwrap_err();
    assert_eq!(error.status().unwrap(), 403);
    api.validate_secondary_password(SECONDARY_PASSWORD)
        .await
        .unwrap();
    let auth = api
        .get_current_auth()
        .params(|p| p.fields(["user"]))
        .await
        .unwrap();
    assert_eq!(auth.pending_secondary_password, Some(false));
    assert_eq!(auth.user.unwrap().display.as_deref(), Some(USERNAME));
    let sent = api.new_otp(SendMediumEnum::Email).await.unwrap();
    assert_eq!(sent, ["alice@example.com"]);

    let request = ForgottenPasswordRequest {
        user: Some(USERNAME.into()),
        ..ForgottenPasswordRequest::default()
    };
    guest.forgotten_password_request(request).await.unwrap();
    let reset = guest
        .get_data_for_change_forgotten_password(RESET_KEY)
        .await
        .unwrap();
    assert_eq!(reset.security_question.as_deref(), Some("Your first pet?"));
    let change = |answer: &str| ChangeForgottenPassword {
        key: Some(RESET_KEY.into()),
        security_answer: Some(answer.into()),
        new_password: Some("new-pw".into()),
        check_confirmation: Some(true),
        new_password_confirmation: Some("new-pw".into()),
    };
    let error = guest
        .change_forgotten_password(change("wrong"))
        .await
        .unwrap_err();
    let Some(ChangeForgottenPasswordError::Status500(body)) = error.entity() else {
        panic!("{error:?}");
    };
    assert_eq!(
        body.code,
        Some(ForgottenPasswordErrorCode::InvalidSecurityAnswer)
    );
    guest
        .change_forgotten_password(change(SECURITY_ANSWER))
        .await
        .unwrap();

    let access_client = AuthApi::new(client.with_access_client_token(ACCESS_CLIENT_TOKEN));
    access_client
        .disconnect_current_client()
        .params(|p| p.confirmation_password("new-pw"))
        .await
        .unwrap();
    let error = access_client.disconnect_current_client().await.unwrap_err();
    assert_eq!(error.status().unwrap(), 401);

    api.logout().await.unwrap();
    assert_eq!(api.logout().await.unwrap_err().status().unwrap(), 401);
    AuthApi::new(client.with_basic_auth(USERNAME, "new-pw"))
        .login()
        .await
        .unwrap();
}

#[tokio::test]
async fn a_call_the_service_does_not_have_is_refused_clearly() {
    let server = MockServer::start().await;
    // The SDK's own pool: with `rustls-ring` alone, reqwest has no TLS provider until one is built.
    let sdk = session_sdks_runtime::Client::new(server.url()).unwrap();
    let http = sdk.http_client();
    let old_logout = http
        .delete(format!("{}/auth", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(old_logout.status(), 405);
    let guest = http
        .delete(format!("{}/auth/session", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(guest.status(), 401);
}

#[tokio::test]
async fn debug_shows_no_secret() {
    let server = MockServer::start().await;
    let (_, token) = session(&server).await;
    let shown = format!("{server:?}");
    for secret in [PASSWORD, ACCESS_CLIENT_TOKEN, token.expose()] {
        assert!(!shown.contains(secret), "{shown}");
    }
}
