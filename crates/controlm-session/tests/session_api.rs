//! Wire tests of `SessionApi` against a mockito server: one group per operation.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use controlm_session::apis::session_api::{DoLoginError, DoLogoutError, UpdateMyPasswordError};
use controlm_session::models::{
    ErrorData, ErrorList, LoginCredentials, LoginResult, PasswordsObject, SuccessData,
};
use controlm_session::{Client, RetryPolicy, SdkError, SessionApi};
use mockito::{Matcher, Server};

const ERRORS: &str = r#"{"errors":[{"message":"Invalid credentials","id":"E401","item":"login","file":"a.json","line":3,"col":7}]}"#;

fn error_list() -> ErrorList {
    ErrorList {
        errors: Some(vec![ErrorData {
            message: Some("Invalid credentials".into()),
            id: Some("E401".into()),
            item: Some("login".into()),
            file: Some("a.json".into()),
            line: Some(3),
            col: Some(7),
        }]),
    }
}

fn client(server: &Server) -> Client {
    Client::builder(format!("{}/automation-api", server.url()))
        .retry(RetryPolicy::new(3).initial_backoff(Duration::from_millis(5)))
        .build()
        .unwrap()
}

fn api(server: &Server) -> SessionApi {
    SessionApi::new(client(server))
}

fn authed(server: &Server) -> SessionApi {
    SessionApi::new(client(server).with_bearer_token("tok-abc"))
}

mod do_login {
    use super::*;

    #[tokio::test]
    async fn sends_credentials_and_decodes_the_token() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/automation-api/session/login")
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", "application/json")
            .match_header("authorization", Matcher::Missing)
            .match_header("x-api-key", Matcher::Missing)
            .match_body(Matcher::Exact(
                r#"{"username":"emuser","password":"p&ss \"w\""}"#.into(),
            ))
            .with_header("content-type", "application/json")
            .with_body(r#"{"username":"emuser","token":"tok-abc","version":"9.0.21","extra":true}"#)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server)
            .do_login(LoginCredentials::new("emuser", "p&ss \"w\""))
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 200);
        assert_eq!(
            result.into_inner(),
            LoginResult {
                username: Some("emuser".into()),
                token: Some("tok-abc".into()),
                version: Some("9.0.21".into())
            }
        );
    }

    #[tokio::test]
    async fn awaiting_the_builder_returns_the_model() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/automation-api/session/login")
            .with_body(r#"{"token":"t"}"#)
            .create_async()
            .await;
        let result: LoginResult = api(&server)
            .do_login(LoginCredentials::new("u", "p"))
            .await
            .unwrap();
        assert_eq!(result.token.unwrap().expose(), "t");
    }

    #[tokio::test]
    async fn documented_errors_are_typed() {
        for (status, check) in [(401, 0), (500, 1)] {
            let mut server = Server::new_async().await;
            let _mock = server
                .mock("POST", "/automation-api/session/login")
                .with_status(status)
                .with_body(ERRORS)
                .create_async()
                .await;
            let err = api(&server)
                .do_login(LoginCredentials::new("u", "p"))
                .await
                .unwrap_err();
            assert_eq!(err.status().unwrap(), status as u16);
            match (err.entity(), check) {
                (Some(DoLoginError::Status401(list)), 0)
                | (Some(DoLoginError::Status500(list)), 1) => {
                    assert_eq!(list, &error_list())
                }
                other => panic!("{status}: {other:?}"),
            }
        }
    }

    #[tokio::test]
    async fn undocumented_status_keeps_the_raw_body() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/automation-api/session/login")
            .with_status(418)
            .with_body("<html>teapot</html>")
            .create_async()
            .await;
        let err = api(&server)
            .do_login(LoginCredentials::new("u", "p"))
            .await
            .unwrap_err();
        assert!(err.entity().is_none());
        assert_eq!(
            err.content().unwrap().text_may_hold_secrets(),
            "<html>teapot</html>"
        );
        assert_eq!(
            err.to_string(),
            "do_login (POST /session/login): HTTP 418 I'm a teapot: \
             (19-byte body; server text withheld: the request carried a credential)"
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/automation-api/session/login")
            .with_status(409)
            .with_body(r#"{"x":1}"#)
            .create_async()
            .await;
        let err = api(&server)
            .do_login(LoginCredentials::new("u", "p"))
            .await
            .unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&DoLoginError::Unknown(serde_json::json!({"x": 1}).into()))
        );
    }

    #[tokio::test]
    async fn malformed_success_body_is_a_decode_error() {
        for body in ["not json", r#"{"token":42}"#, "", "[1,2"] {
            let mut server = Server::new_async().await;
            let _mock = server
                .mock("POST", "/automation-api/session/login")
                .with_header("content-type", "application/json")
                .with_body(body)
                .create_async()
                .await;
            let err = api(&server)
                .do_login(LoginCredentials::new("u", "p"))
                .await
                .unwrap_err();
            assert!(matches!(err, SdkError::Decode(_)), "{body}: {err:?}");
        }
    }

    #[tokio::test]
    async fn never_retried_after_a_503() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/automation-api/session/login")
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        let err = api(&server)
            .do_login(LoginCredentials::new("u", "p"))
            .await
            .unwrap_err();
        mock.assert_async().await;
        assert_eq!(err.status().unwrap(), 503);
    }

    #[tokio::test]
    async fn credentials_and_token_never_print() {
        let credentials = LoginCredentials::new("emuser", "pw-secret-1");
        let result = LoginResult {
            token: Some("tok-secret-2".into()),
            ..LoginResult::default()
        };
        let client = Client::new("https://h.example").unwrap();
        let builder =
            SessionApi::new(client.with_bearer_token("tok-secret-3")).do_login(credentials.clone());
        for text in [
            format!("{credentials:?}"),
            format!("{result:?}"),
            format!("{builder:?}"),
        ] {
            assert!(!text.contains("secret"), "{text}");
        }
        // The user name is text like any other: its length shows, not its value.
        let shown = format!("{credentials:?}");
        assert!(shown.contains("username: <6 bytes>"), "{shown}");
        assert!(!shown.contains("emuser"), "{shown}");
    }
}

mod do_logout {
    use super::*;

    #[tokio::test]
    async fn sends_the_bearer_token_and_an_empty_object() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/automation-api/session/logout")
            .match_header("authorization", "Bearer tok-abc")
            .match_header("accept", "application/json")
            .match_header("content-type", "application/json")
            .match_body(Matcher::Exact("{}".into()))
            .with_body(r#"{"message":"Successfully logged out from session tok-abc"}"#)
            .expect(1)
            .create_async()
            .await;
        let result = authed(&server).do_logout().await.unwrap();
        mock.assert_async().await;
        assert_eq!(
            result,
            SuccessData {
                message: Some("Successfully logged out from session tok-abc".into())
            }
        );
    }

    #[tokio::test]
    async fn api_key_auth_is_sent_verbatim() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/automation-api/session/logout")
            .match_header("x-api-key", "key-123")
            .match_header("authorization", Matcher::Missing)
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        SessionApi::new(client(&server).with_api_key("x-api-key", "key-123"))
            .do_logout()
            .await
            .unwrap();
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn documented_and_undocumented_errors() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/automation-api/session/logout")
            .with_status(500)
            .with_body(ERRORS)
            .create_async()
            .await;
        let err = authed(&server).do_logout().await.unwrap_err();
        assert_eq!(err.entity(), Some(&DoLogoutError::Status500(error_list())));
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/automation-api/session/logout")
            .with_status(401)
            .with_body("expired")
            .create_async()
            .await;
        let err = authed(&server).do_logout().await.unwrap_err();
        assert_eq!(err.status().unwrap(), 401);
        assert!(err.entity().is_none());
        assert!(!format!("{err} {err:?}").contains("tok-abc"));
    }

    #[tokio::test]
    async fn malformed_success_body_is_a_decode_error() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/automation-api/session/logout")
            .with_body(r#"{"message":["a"]}"#)
            .create_async()
            .await;
        let err = authed(&server).do_logout().await.unwrap_err();
        assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
    }

    #[tokio::test]
    async fn never_retried_after_a_503() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/automation-api/session/logout")
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        authed(&server).do_logout().await.unwrap_err();
        mock.assert_async().await;
    }
}

mod update_my_password {
    use super::*;

    #[tokio::test]
    async fn sends_camel_case_passwords_without_unset_fields() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/automation-api/session/user/password/update")
            .match_header("authorization", "Bearer tok-abc")
            .match_header("accept", "application/json")
            .match_header("content-type", "application/json")
            .match_body(Matcher::Exact(
                r#"{"currentPassword":"old-pw","newPassword":"new-pw"}"#.into(),
            ))
            .with_body(r#"{"message":"Password updated"}"#)
            .expect(1)
            .create_async()
            .await;
        let result = authed(&server)
            .update_my_password(PasswordsObject::new("old-pw", "new-pw"))
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.message.as_deref(), Some("Password updated"));
    }

    #[tokio::test]
    async fn sends_the_user_when_set() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/automation-api/session/user/password/update")
            .match_body(Matcher::Exact(
                r#"{"user":"emuser","currentPassword":"a","newPassword":"b"}"#.into(),
            ))
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        let body = PasswordsObject {
            user: Some("emuser".into()),
            ..PasswordsObject::new("a", "b")
        };
        authed(&server).update_my_password(body).await.unwrap();
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn documented_errors_are_typed() {
        for status in [400, 404, 500] {
            let mut server = Server::new_async().await;
            let _mock = server
                .mock("POST", "/automation-api/session/user/password/update")
                .with_status(status)
                .with_body(ERRORS)
                .create_async()
                .await;
            let err = authed(&server)
                .update_my_password(PasswordsObject::new("a", "b"))
                .await
                .unwrap_err();
            let expected = match status {
                400 => UpdateMyPasswordError::Status400(error_list()),
                404 => UpdateMyPasswordError::Status404(error_list()),
                _ => UpdateMyPasswordError::Status500(error_list()),
            };
            assert_eq!(err.entity(), Some(&expected));
        }
    }

    #[tokio::test]
    async fn undocumented_status_and_malformed_body() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/automation-api/session/user/password/update")
            .with_status(403)
            .with_body("no")
            .create_async()
            .await;
        let err = authed(&server)
            .update_my_password(PasswordsObject::new("a", "b"))
            .await
            .unwrap_err();
        assert_eq!(err.status().unwrap(), 403);
        assert!(err.entity().is_none());
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/automation-api/session/user/password/update")
            .with_body("<ok/>")
            .with_header("content-type", "text/xml")
            .create_async()
            .await;
        let err = authed(&server)
            .update_my_password(PasswordsObject::new("a", "b"))
            .await
            .unwrap_err();
        assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
    }

    #[tokio::test]
    async fn never_retried_after_a_503_and_passwords_never_print() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/automation-api/session/user/password/update")
            .with_status(503)
            .with_body("old-pw-secret rejected")
            .expect(1)
            .create_async()
            .await;
        let body = PasswordsObject::new("old-pw-secret", "new-pw-secret");
        let builder = authed(&server).update_my_password(body.clone());
        let err = builder.await.unwrap_err();
        mock.assert_async().await;
        for text in [format!("{body:?}"), format!("{err}"), format!("{err:?}")] {
            assert!(!text.contains("pw-secret"), "{text}");
        }
    }
}
