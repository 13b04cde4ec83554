//! The `mock` feature's `MockServer`, driven through the SDK as a user's tests would.

#![cfg(feature = "mock")]
#![allow(clippy::unwrap_used)]

use controlm_session::apis::session_api::{DoLoginError, DoLogoutError, UpdateMyPasswordError};
use controlm_session::mock::{MockServer, PASSWORD, USERNAME};
use controlm_session::models::{ErrorList, LoginCredentials, PasswordsObject};
use controlm_session::{Client, SessionApi};

fn api(server: &MockServer) -> SessionApi {
    SessionApi::new(Client::new(server.url()).unwrap())
}

async fn logged_in(server: &MockServer) -> SessionApi {
    let login = api(server)
        .do_login(LoginCredentials::new(USERNAME, PASSWORD))
        .await
        .unwrap();
    let client = Client::new(server.url()).unwrap();
    SessionApi::new(client.with_bearer_token(login.token.unwrap()))
}

fn message(list: &ErrorList) -> &str {
    let errors = list.errors.as_deref().unwrap();
    errors[0].message.as_deref().unwrap()
}

#[tokio::test]
async fn login_with_the_right_password_works_and_a_wrong_one_is_refused() {
    let server = MockServer::start().await;
    server.add_user("ops", "ops-pw");
    let login = api(&server)
        .do_login(LoginCredentials::new("ops", "ops-pw"))
        .await
        .unwrap();
    assert_eq!(login.username.as_deref(), Some("ops"));
    assert!(!login.token.unwrap().expose().is_empty());

    let error = api(&server)
        .do_login(LoginCredentials::new("ops", "wrong"))
        .await
        .unwrap_err();
    assert_eq!(error.status().unwrap(), 401);
    assert!(matches!(error.entity(), Some(DoLoginError::Status401(_))));
}

#[tokio::test]
async fn requests_are_counted_per_operation() {
    let server = MockServer::start().await;
    let api = logged_in(&server).await;
    api.do_logout().await.unwrap();
    assert_eq!(server.requests("do_login"), 1);
    assert_eq!(server.requests("do_logout"), 1);
    assert_eq!(server.requests("update_my_password"), 0);
    assert_eq!(server.total_requests(), 2);
}

#[tokio::test]
async fn end_sessions_makes_the_next_call_fail_as_documented() {
    let server = MockServer::start().await;
    let api = logged_in(&server).await;
    server.end_sessions();
    let error = api.do_logout().await.unwrap_err();
    assert_eq!(error.status().unwrap(), 401);
    let body: ErrorList =
        serde_json::from_slice(error.content().unwrap().body_may_hold_secrets()).unwrap();
    assert_eq!(message(&body), "Session expired, log in again");
}

#[tokio::test]
async fn logout_ends_the_token() {
    let server = MockServer::start().await;
    let api = logged_in(&server).await;
    api.do_logout().await.unwrap();
    assert_eq!(api.do_logout().await.unwrap_err().status().unwrap(), 401);
}

#[tokio::test]
async fn fail_next_injects_the_documented_error_once() {
    let server = MockServer::start().await;
    let api = logged_in(&server).await;
    server.fail_next("do_logout", 500);
    let error = api.do_logout().await.unwrap_err();
    let Some(DoLogoutError::Status500(list)) = error.entity() else {
        panic!("{error:?}");
    };
    assert_eq!(message(list), "Injected failure");
    api.do_logout().await.unwrap();
    assert_eq!(server.requests("do_logout"), 2);
}

#[tokio::test]
async fn every_operation_answers_its_documented_shape() {
    let server = MockServer::start().await;
    let login = api(&server)
        .do_login(LoginCredentials::new(USERNAME, PASSWORD))
        .await
        .unwrap();
    assert_eq!(login.username.as_deref(), Some(USERNAME));
    assert_eq!(login.version.as_deref(), Some("9.0.21"));
    let client = Client::new(server.url()).unwrap();
    let api = SessionApi::new(client.with_bearer_token(login.token.unwrap()));

    let wrong = PasswordsObject::new("not-the-password", "new-pw");
    let error = api.update_my_password(wrong).await.unwrap_err();
    assert!(matches!(
        error.entity(),
        Some(UpdateMyPasswordError::Status400(_))
    ));
    let updated = api
        .update_my_password(PasswordsObject::new(PASSWORD, "new-pw"))
        .await
        .unwrap();
    assert_eq!(updated.message.as_deref(), Some("Password was updated"));

    let bye = api.do_logout().await.unwrap();
    assert_eq!(bye.message.as_deref(), Some("Successfully logged out"));

    let again = SessionApi::new(Client::new(server.url()).unwrap());
    again
        .do_login(LoginCredentials::new(USERNAME, "new-pw"))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_call_the_service_does_not_have_is_refused_clearly() {
    let server = MockServer::start().await;
    // The SDK's own pool: with `rustls-ring` alone, reqwest has no TLS provider until one is built.
    let sdk = session_sdks_runtime::Client::new(server.url()).unwrap();
    let http = sdk.http_client();
    let missing = http
        .get(format!("{}/session/whoami", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 501);
    let wrong_method = http
        .get(format!("{}/session/login", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_method.status(), 405);
    assert_eq!(
        wrong_method.text().await.unwrap(),
        "mock controlm: GET /automation-api/session/login: this path takes POST"
    );
    let not_json = http
        .post(format!("{}/session/login", server.url()))
        .body("user=emuser")
        .send()
        .await
        .unwrap();
    assert_eq!(not_json.status(), 400);
    assert_eq!(server.total_requests(), 3);
}

#[tokio::test]
async fn debug_shows_no_secret() {
    let server = MockServer::start().await;
    let login = api(&server)
        .do_login(LoginCredentials::new(USERNAME, PASSWORD))
        .await
        .unwrap();
    let shown = format!("{server:?}");
    assert!(!shown.contains(PASSWORD), "{shown}");
    assert!(!shown.contains(login.token.unwrap().expose()), "{shown}");
}
