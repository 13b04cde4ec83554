//! The `mock` feature's `MockServer`, driven through the SDK as a user's tests would.

#![cfg(feature = "mock")]
#![allow(clippy::unwrap_used)]

use std::time::Duration;

use vzm2m_session::apis::session_controller::{LoginUsingPostError, LogoutUsingPostError};
use vzm2m_session::mock::{CLIENT_ID, CLIENT_SECRET, MockServer, PASSWORD, USERNAME};
use vzm2m_session::models::{LogInRequest, SessionResetPasswordRequest};
use vzm2m_session::{Environment, VzM2mClient};

fn client(server: &MockServer) -> VzM2mClient {
    VzM2mClient::builder(Environment::Production)
        .base_url(server.url())
        .oauth_base_url(server.oauth_url())
        .client_credentials(CLIENT_ID, CLIENT_SECRET)
        .build()
        .unwrap()
}

async fn logged_in(server: &MockServer) -> VzM2mClient {
    let client = client(server);
    let login = client
        .session()
        .login_using_post(Some(LogInRequest::new(USERNAME, PASSWORD)))
        .await
        .unwrap();
    client.with_session_token(login.session_token.unwrap())
}

#[tokio::test]
async fn login_with_the_right_password_works_and_a_wrong_one_is_refused() {
    let server = MockServer::start().await;
    server.add_user("arthur", "towel");
    let session = client(&server).session();
    let login = session
        .login_using_post(Some(LogInRequest::new("arthur", "towel")))
        .await
        .unwrap();
    assert!(!login.session_token.unwrap().is_empty());

    let error = session
        .login_using_post(Some(LogInRequest::new("arthur", "wrong")))
        .await
        .unwrap_err();
    let Some(LoginUsingPostError::Status400(body)) = error.entity() else {
        panic!("{error:?}");
    };
    assert_eq!(
        body.error_code.as_deref(),
        Some("REQUEST_FAILED.InvalidCredentials")
    );
}

#[tokio::test]
async fn requests_are_counted_per_operation() {
    let server = MockServer::start().await;
    let session = logged_in(&server).await;
    session.session().logout_using_post().await.unwrap();
    assert_eq!(server.requests("request_token"), 1);
    assert_eq!(server.requests("login_using_post"), 1);
    assert_eq!(server.requests("logout_using_post"), 1);
    assert_eq!(server.requests("reset_using_put"), 0);
    assert_eq!(server.total_requests(), 3);
}

#[tokio::test]
async fn end_sessions_makes_the_next_call_fail_as_documented() {
    let server = MockServer::start().await;
    let session = logged_in(&server).await;
    server.end_sessions();
    let error = session.session().logout_using_post().await.unwrap_err();
    let Some(LogoutUsingPostError::Status400(body)) = error.entity() else {
        panic!("{error:?}");
    };
    assert_eq!(
        body.error_code.as_deref(),
        Some("REQUEST_FAILED.SessionToken.Expired")
    );
}

#[tokio::test]
async fn an_expired_oauth_token_is_refused_and_the_sdk_fetches_another() {
    let server = MockServer::start().await;
    let session = logged_in(&server).await;
    server.expire_oauth_tokens();
    // A logout may be repeated: refused once, then sent again with a new token.
    session.session().logout_using_post().await.unwrap();
    assert_eq!(server.requests("request_token"), 2);
    assert_eq!(server.requests("logout_using_post"), 2);

    // A reset is never sent twice: the 401 is returned, and the next call has a new token
    // (the fourth: this new client fetched the third).
    let session = logged_in(&server).await;
    server.expire_oauth_tokens();
    let body = SessionResetPasswordRequest::new(PASSWORD);
    let error = session.session().reset_using_put(body).await.unwrap_err();
    assert_eq!(error.status().unwrap(), 401);
    let body = SessionResetPasswordRequest::new(PASSWORD);
    session.session().reset_using_put(body).await.unwrap();
    assert_eq!(server.requests("request_token"), 4);
}

#[tokio::test]
async fn the_oauth_token_lives_as_long_as_set() {
    let server = MockServer::start().await;
    server.set_oauth_token_lifetime(Duration::from_secs(120));
    // The SDK's own pool: with `rustls-ring` alone, reqwest has no TLS provider until one is built.
    let sdk = session_sdks_runtime::Client::new(server.url()).unwrap();
    let http = sdk.http_client();
    let token = http
        .post(format!("{}/oauth2/token", server.oauth_url()))
        .basic_auth(CLIENT_ID, Some(CLIENT_SECRET))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let token: serde_json::Value = serde_json::from_slice(&token).unwrap();
    assert_eq!(token["expires_in"], 120);
    assert_eq!(token["token_type"], "Bearer");

    server.add_oauth_client("other-app", "other-secret");
    let refused = http
        .post(format!("{}/oauth2/token", server.oauth_url()))
        .basic_auth("other-app", Some("wrong"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 401);
}

#[tokio::test]
async fn fail_next_injects_the_documented_error_once() {
    let server = MockServer::start().await;
    let session = client(&server).session();
    server.fail_next("login_using_post", 400);
    let error = session
        .login_using_post(Some(LogInRequest::new(USERNAME, PASSWORD)))
        .await
        .unwrap_err();
    let Some(LoginUsingPostError::Status400(body)) = error.entity() else {
        panic!("{error:?}");
    };
    assert_eq!(body.error_message.as_deref(), Some("Injected failure"));
    session
        .login_using_post(Some(LogInRequest::new(USERNAME, PASSWORD)))
        .await
        .unwrap();
}

#[tokio::test]
async fn every_operation_answers_its_documented_shape() {
    let server = MockServer::start().await;
    let client = client(&server);
    let login = client
        .session()
        .login_using_post(Some(LogInRequest::new(USERNAME, PASSWORD)))
        .await
        .unwrap();
    let token = login.session_token.unwrap();
    let session = client.with_session_token(token.clone());

    let reset = session
        .session()
        .reset_using_put(SessionResetPasswordRequest::new(PASSWORD))
        .await
        .unwrap();
    let new_password = reset.new_password.unwrap();
    assert_ne!(new_password.expose(), PASSWORD);

    let logout = session.session().logout_using_post().await.unwrap();
    assert_eq!(logout.session_token.unwrap(), token);

    client
        .session()
        .login_using_post(Some(LogInRequest::new(USERNAME, new_password)))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_call_without_the_oauth_token_is_refused() {
    let server = MockServer::start().await;
    // The SDK's own pool: with `rustls-ring` alone, reqwest has no TLS provider until one is built.
    let sdk = session_sdks_runtime::Client::new(server.url()).unwrap();
    let http = sdk.http_client();
    let refused = http
        .post(format!("{}/session/login", server.url()))
        .header("content-type", "application/json")
        .body(r#"{"username":"zbeeblebrox","password":"current-pw"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 401);
    let missing = http
        .post(format!("{}/session/reset", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 501);
}

#[tokio::test]
async fn debug_shows_no_secret() {
    let server = MockServer::start().await;
    let session = client(&server).session();
    let login = session
        .login_using_post(Some(LogInRequest::new(USERNAME, PASSWORD)))
        .await
        .unwrap();
    let shown = format!("{server:?}");
    for secret in [
        PASSWORD,
        CLIENT_SECRET,
        login.session_token.unwrap().expose(),
    ] {
        assert!(!shown.contains(secret), "{shown}");
    }
}
