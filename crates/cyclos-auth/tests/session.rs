//! The Cyclos `Session` at the mock and at hand-made answers: the cookie
//! login, and a `401` that is not the documented session end.

#![cfg(feature = "mock")]
#![allow(clippy::unwrap_used)]

use cyclos_auth::mock::{MockServer, PASSWORD, USERNAME};
use cyclos_auth::{Client, SdkError, Session, SessionCredentials, SessionState};

#[tokio::test]
async fn a_cookie_login_joins_the_token_and_logs_it_out() {
    let server = MockServer::start().await;
    let client = Client::new(server.url()).unwrap();
    let mut credentials = SessionCredentials::new(USERNAME, PASSWORD);
    credentials.cookie = true;
    let session = Session::new(&client, credentials);
    for _ in 0..3 {
        session.api().get_current_auth().await.unwrap();
    }
    assert_eq!(server.requests("login"), 1);
    assert_eq!(server.requests("get_current_auth"), 3);
    assert_eq!(server.live_sessions(), 1);
    session.close().await.unwrap();
    assert_eq!(server.live_sessions(), 0);
    assert_eq!(session.state(), SessionState::Closed);
}

#[tokio::test]
async fn a_401_other_than_logged_out_is_returned_without_a_relogin() {
    let mut server = mockito::Server::new_async().await;
    let login = server
        .mock("POST", "/auth/session")
        .with_header("content-type", "application/json")
        .with_body(r#"{"sessionToken":"tok-cyclos-1"}"#)
        .expect(1)
        .create_async()
        .await;
    let refused = server
        .mock("GET", "/auth")
        .match_header("session-token", "tok-cyclos-1")
        .with_status(401)
        .with_header("content-type", "application/json")
        .with_body(r#"{"code":"missingAuthorization"}"#)
        .expect(2)
        .create_async()
        .await;
    let client = Client::new(server.url()).unwrap();
    let session = Session::new(&client, SessionCredentials::new("ada", "pw-ada-1"));
    for _ in 0..2 {
        let err = session.api().get_current_auth().await.unwrap_err();
        assert!(matches!(err, SdkError::Api(_)), "{err:?}");
        assert_eq!(err.status().unwrap(), 401);
    }
    // The session is kept: a 401 without `code: loggedOut` is not its end.
    assert_eq!(session.state(), SessionState::LoggedIn);
    login.assert_async().await;
    refused.assert_async().await;
}
