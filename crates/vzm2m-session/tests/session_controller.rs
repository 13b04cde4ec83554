//! Wire tests of `SessionController` and the OAuth token handling of
//! `VzM2mClient` against a mockito server: one group per operation.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use mockito::{Matcher, Mock, Server};
use vzm2m_session::apis::session_controller::{
    LoginUsingPostError, LogoutUsingPostError, ResetUsingPutError,
};
use vzm2m_session::models::{
    LogInRequest, LogInResponse, LogOutRequest, OauthToken, RestErrorResponseException,
    SessionResetPasswordRequest, SessionResetPasswordResponse,
};
use vzm2m_session::{Environment, RetryPolicy, SdkError, VzM2mClient, VzM2mClientBuilder};

/// `base64("app-key:app-secret-1")`.
const BASIC: &str = "Basic YXBwLWtleTphcHAtc2VjcmV0LTE=";
const TOKEN: &str = r#"{"access_token":"oauth-tok","token_type":"Bearer","expires_in":3600}"#;
const BEARER: &str = "Bearer oauth-tok";
const SESSION: &str = "bcce3ea6-fe4f-4952-bacf-eadd80718e83";
const ERROR_400: &str = r#"{"errorCode":"REQUEST_FAILED.UnexpectedError","errorMessage":"Could not process your request"}"#;

const LOGIN: &str = "/api/m2m/v1/session/login";
const LOGOUT: &str = "/api/m2m/v1/session/logout";
const RESET: &str = "/api/m2m/v1/session/password/actions/reset";

fn rest_error() -> RestErrorResponseException {
    RestErrorResponseException {
        error_code: Some("REQUEST_FAILED.UnexpectedError".into()),
        error_message: Some("Could not process your request".into()),
    }
}

fn builder(server: &Server) -> VzM2mClientBuilder {
    VzM2mClient::builder(Environment::Production)
        .base_url(format!("{}/api/m2m/v1", server.url()))
        .oauth_base_url(format!("{}/api/ts/v1", server.url()))
        .retry(RetryPolicy::new(3).initial_backoff(Duration::from_millis(5)))
}

/// A client with OAuth client credentials and no session token.
fn vz(server: &Server) -> VzM2mClient {
    builder(server)
        .client_credentials("app-key", "app-secret-1")
        .build()
        .unwrap()
}

/// A client with OAuth client credentials and the session token of a login.
fn in_session(server: &Server) -> VzM2mClient {
    vz(server).with_session_token(SESSION)
}

/// The token endpoint, matching the exact grant form and basic auth.
async fn token_mock(server: &mut Server, body: &str, hits: usize) -> Mock {
    server
        .mock("POST", "/api/ts/v1/oauth2/token")
        .match_query(Matcher::Missing)
        .match_header("authorization", BASIC)
        .match_header("accept", "application/json")
        .match_header("content-type", "application/x-www-form-urlencoded")
        .match_header("vz-m2m-token", Matcher::Missing)
        .match_body(Matcher::Exact("grant_type=client_credentials".into()))
        .with_header("content-type", "application/json")
        .with_body(body)
        .expect(hits)
        .create_async()
        .await
}

mod login_using_post {
    use super::*;

    #[tokio::test]
    async fn sends_credentials_with_the_oauth_token_only() {
        let mut server = Server::new_async().await;
        let token = token_mock(&mut server, TOKEN, 1).await;
        let mock = server
            .mock("POST", LOGIN)
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", "application/json")
            .match_header("authorization", BEARER)
            .match_header("vz-m2m-token", Matcher::Missing)
            .match_body(Matcher::Exact(
                r#"{"username":"zbeeblebrox","password":"IM\"gr8&"}"#.into(),
            ))
            .with_header("content-type", "application/json")
            .with_body(format!(r#"{{"sessionToken":"{SESSION}","extra":[1]}}"#))
            .expect(1)
            .create_async()
            .await;
        let result = vz(&server)
            .session()
            .login_using_post(Some(LogInRequest::new("zbeeblebrox", "IM\"gr8&")))
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        token.assert_async().await;
        assert_eq!(result.status(), 200);
        assert_eq!(
            result.into_inner(),
            LogInResponse {
                session_token: Some(SESSION.into())
            }
        );
    }

    #[tokio::test]
    async fn never_sends_a_session_token_even_when_the_client_has_one() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let mock = server
            .mock("POST", LOGIN)
            .match_header("authorization", BEARER)
            .match_header("vz-m2m-token", Matcher::Missing)
            .with_body(r#"{"sessionToken":"new"}"#)
            .expect(1)
            .create_async()
            .await;
        let result = in_session(&server)
            .session()
            .login_using_post(Some(LogInRequest::new("u", "p")))
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.session_token.unwrap().expose(), "new");
    }

    #[tokio::test]
    async fn no_body_sends_nothing_and_unset_fields_are_omitted() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let empty = server
            .mock("POST", LOGIN)
            .match_header("content-type", Matcher::Missing)
            .match_body(Matcher::Exact(String::new()))
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        let vz = vz(&server);
        let result = vz.session().login_using_post(None).await.unwrap();
        assert_eq!(result, LogInResponse::default());
        empty.assert_async().await;
        let partial = server
            .mock("POST", LOGIN)
            .match_header("content-type", "application/json")
            .match_body(Matcher::Exact(r#"{"username":"zbeeblebrox"}"#.into()))
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        let body = LogInRequest {
            username: Some("zbeeblebrox".into()),
            ..LogInRequest::default()
        };
        vz.session().login_using_post(Some(body)).await.unwrap();
        partial.assert_async().await;
    }

    #[tokio::test]
    async fn a_400_is_typed() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let _mock = server
            .mock("POST", LOGIN)
            .with_status(400)
            .with_header("content-type", "application/json")
            .with_body(ERROR_400)
            .create_async()
            .await;
        let err = vz(&server)
            .session()
            .login_using_post(Some(LogInRequest::new("u", "p")))
            .await
            .unwrap_err();
        assert_eq!(err.status().unwrap(), 400);
        assert_eq!(
            err.entity(),
            Some(&LoginUsingPostError::Status400(rest_error()))
        );
    }

    #[tokio::test]
    async fn other_statuses_keep_the_raw_body() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let html = server
            .mock("POST", LOGIN)
            .with_status(500)
            .with_body("<html>oops</html>")
            .expect(1)
            .create_async()
            .await;
        let vz = vz(&server);
        let err = vz
            .session()
            .login_using_post(Some(LogInRequest::new("u", "p")))
            .await
            .unwrap_err();
        html.assert_async().await;
        assert!(err.entity().is_none());
        assert_eq!(
            err.content().unwrap().text_may_hold_secrets(),
            "<html>oops</html>"
        );
        assert_eq!(
            err.to_string(),
            "login_using_post (POST /session/login): HTTP 500 Internal Server Error: \
             (17-byte body; server text withheld: the request carried a credential)"
        );
        let _json = server
            .mock("POST", LOGIN)
            .with_status(403)
            .with_body(r#"{"x":1}"#)
            .create_async()
            .await;
        let err = vz.session().login_using_post(None).await.unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&LoginUsingPostError::Unknown(
                serde_json::json!({"x": 1}).into()
            ))
        );
    }

    #[tokio::test]
    async fn malformed_success_body_is_a_decode_error() {
        for body in ["not json", r#"{"sessionToken":42}"#, "", "[1,2"] {
            let mut server = Server::new_async().await;
            let _token = token_mock(&mut server, TOKEN, 1).await;
            let _mock = server
                .mock("POST", LOGIN)
                .with_header("content-type", "application/json")
                .with_body(body)
                .create_async()
                .await;
            let err = vz(&server)
                .session()
                .login_using_post(None)
                .await
                .unwrap_err();
            assert!(matches!(err, SdkError::Decode(_)), "{body}: {err:?}");
        }
    }

    #[tokio::test]
    async fn never_retried_after_a_503() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let mock = server
            .mock("POST", LOGIN)
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        let err = vz(&server)
            .session()
            .login_using_post(Some(LogInRequest::new("u", "p")))
            .await
            .unwrap_err();
        mock.assert_async().await;
        assert_eq!(err.status().unwrap(), 503);
    }

    #[tokio::test]
    async fn password_and_session_token_never_print() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let _mock = server
            .mock("POST", LOGIN)
            .with_status(401)
            .with_body("bad password pw-secret-1")
            .create_async()
            .await;
        let body = LogInRequest::new("zbeeblebrox", "pw-secret-1");
        let response = LogInResponse {
            session_token: Some("tok-secret-2".into()),
        };
        let builder = vz(&server).session().login_using_post(Some(body.clone()));
        let builder_debug = format!("{builder:?}");
        let err = builder.await.unwrap_err();
        for text in [
            format!("{body:?}"),
            format!("{response:?}"),
            builder_debug,
            format!("{err}"),
            format!("{err:?}"),
        ] {
            assert!(!text.contains("secret"), "{text}");
        }
        // The user name is text like any other: its length shows, not its value.
        let shown = format!("{body:?}");
        assert!(shown.contains("username: Some(<11 bytes>)"), "{shown}");
        assert!(!shown.contains("zbeeblebrox"), "{shown}");
    }
}

mod logout_using_post {
    use super::*;

    #[tokio::test]
    async fn sends_both_tokens_and_no_body() {
        let mut server = Server::new_async().await;
        let token = token_mock(&mut server, TOKEN, 1).await;
        let mock = server
            .mock("POST", LOGOUT)
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", Matcher::Missing)
            .match_header("authorization", BEARER)
            .match_header("vz-m2m-token", SESSION)
            .match_body(Matcher::Exact(String::new()))
            .with_header("content-type", "application/json")
            .with_body(format!(r#"{{"sessionToken":"{SESSION}"}}"#))
            .expect(1)
            .create_async()
            .await;
        let result = in_session(&server)
            .session()
            .logout_using_post()
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        token.assert_async().await;
        assert_eq!(
            result.into_inner(),
            LogOutRequest {
                session_token: Some(SESSION.into())
            }
        );
    }

    #[tokio::test]
    async fn session_token_can_be_set_on_the_runtime_client() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let mock = server
            .mock("POST", LOGOUT)
            .match_header("authorization", BEARER)
            .match_header("vz-m2m-token", "via-runtime")
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        let client = vz(&server)
            .client()
            .with_token_header("VZ-M2M-Token", "via-runtime");
        vzm2m_session::SessionController::new(client)
            .logout_using_post()
            .await
            .unwrap();
        mock.assert_async().await;
        let dropped = in_session(&server).without_session_token();
        let missing = server
            .mock("POST", LOGOUT)
            .match_header("vz-m2m-token", Matcher::Missing)
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        dropped.session().logout_using_post().await.unwrap();
        missing.assert_async().await;
    }

    #[tokio::test]
    async fn a_400_is_typed_and_other_statuses_keep_the_raw_body() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let vz = in_session(&server);
        let typed = server
            .mock("POST", LOGOUT)
            .with_status(400)
            .with_body(ERROR_400)
            .expect(1)
            .create_async()
            .await;
        let err = vz.session().logout_using_post().await.unwrap_err();
        typed.assert_async().await;
        assert_eq!(
            err.entity(),
            Some(&LogoutUsingPostError::Status400(rest_error()))
        );
        let raw = server
            .mock("POST", LOGOUT)
            .with_status(500)
            .with_body("Internal error")
            .expect(1)
            .create_async()
            .await;
        let err = vz.session().logout_using_post().await.unwrap_err();
        raw.assert_async().await;
        assert_eq!(err.status().unwrap(), 500);
        assert!(err.entity().is_none());
        assert_eq!(
            err.content().unwrap().text_may_hold_secrets(),
            "Internal error"
        );
        assert!(!format!("{err} {err:?}").contains(SESSION));
    }

    #[tokio::test]
    async fn malformed_success_body_is_a_decode_error() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let _mock = server
            .mock("POST", LOGOUT)
            .with_header("content-type", "application/json")
            .with_body(r#"{"sessionToken":["a"]}"#)
            .create_async()
            .await;
        let err = in_session(&server)
            .session()
            .logout_using_post()
            .await
            .unwrap_err();
        assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
    }

    #[tokio::test]
    async fn never_retried_after_a_503() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let mock = server
            .mock("POST", LOGOUT)
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        in_session(&server)
            .session()
            .logout_using_post()
            .await
            .unwrap_err();
        mock.assert_async().await;
    }
}

mod reset_using_put {
    use super::*;

    #[tokio::test]
    async fn sends_the_old_password_with_both_tokens() {
        let mut server = Server::new_async().await;
        let token = token_mock(&mut server, TOKEN, 1).await;
        let mock = server
            .mock("PUT", RESET)
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", "application/json")
            .match_header("authorization", BEARER)
            .match_header("vz-m2m-token", SESSION)
            .match_body(Matcher::Exact(r#"{"oldPassword":"grflbk"}"#.into()))
            .with_header("content-type", "application/json")
            .with_body(r#"{"newPassword":"Wh0a1545a84d"}"#)
            .expect(1)
            .create_async()
            .await;
        let result = in_session(&server)
            .session()
            .reset_using_put(SessionResetPasswordRequest::new("grflbk"))
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        token.assert_async().await;
        assert_eq!(
            result.into_inner(),
            SessionResetPasswordResponse {
                new_password: Some("Wh0a1545a84d".into())
            }
        );
    }

    #[tokio::test]
    async fn an_unset_old_password_is_omitted() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let mock = server
            .mock("PUT", RESET)
            .match_body(Matcher::Exact("{}".into()))
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        let result = in_session(&server)
            .session()
            .reset_using_put(SessionResetPasswordRequest::default())
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result, SessionResetPasswordResponse::default());
    }

    #[tokio::test]
    async fn a_400_is_typed_and_other_statuses_keep_the_raw_body() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let vz = in_session(&server);
        let typed = server
            .mock("PUT", RESET)
            .with_status(400)
            .with_body(ERROR_400)
            .expect(1)
            .create_async()
            .await;
        let err = vz
            .session()
            .reset_using_put(SessionResetPasswordRequest::new("a"))
            .await
            .unwrap_err();
        typed.assert_async().await;
        assert_eq!(
            err.entity(),
            Some(&ResetUsingPutError::Status400(rest_error()))
        );
        let raw = server
            .mock("PUT", RESET)
            .with_status(500)
            .with_body("<html>down</html>")
            .expect(1)
            .create_async()
            .await;
        let err = vz
            .session()
            .reset_using_put(SessionResetPasswordRequest::new("a"))
            .await
            .unwrap_err();
        raw.assert_async().await;
        assert!(err.entity().is_none());
        assert_eq!(
            err.content().unwrap().text_may_hold_secrets(),
            "<html>down</html>"
        );
    }

    #[tokio::test]
    async fn malformed_success_body_is_a_decode_error() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let _mock = server
            .mock("PUT", RESET)
            .with_header("content-type", "text/xml")
            .with_body("<ok/>")
            .create_async()
            .await;
        let err = in_session(&server)
            .session()
            .reset_using_put(SessionResetPasswordRequest::new("a"))
            .await
            .unwrap_err();
        assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
    }

    #[tokio::test]
    async fn sent_exactly_once_on_a_503_and_passwords_never_print() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, TOKEN, 1).await;
        let mock = server
            .mock("PUT", RESET)
            .with_status(503)
            .with_body("old-pw-secret rejected")
            .expect(1)
            .create_async()
            .await;
        let body = SessionResetPasswordRequest::new("old-pw-secret");
        let builder = in_session(&server).session().reset_using_put(body.clone());
        let builder_debug = format!("{builder:?}");
        let err = builder.await.unwrap_err();
        mock.assert_async().await;
        assert_eq!(err.status().unwrap(), 503);
        let response = SessionResetPasswordResponse {
            new_password: Some("new-pw-secret".into()),
        };
        for text in [
            format!("{body:?}"),
            format!("{response:?}"),
            builder_debug,
            format!("{err}"),
            format!("{err:?}"),
        ] {
            assert!(!text.contains("pw-secret"), "{text}");
        }
    }
}

mod oauth {
    use std::sync::Arc;

    use super::*;

    #[tokio::test]
    async fn one_token_serves_every_operation() {
        let mut server = Server::new_async().await;
        let token = token_mock(&mut server, TOKEN, 1).await;
        let login = server
            .mock("POST", LOGIN)
            .match_header("authorization", BEARER)
            .with_body(format!(r#"{{"sessionToken":"{SESSION}"}}"#))
            .expect(1)
            .create_async()
            .await;
        let reset = server
            .mock("PUT", RESET)
            .match_header("authorization", BEARER)
            .with_body(r#"{"newPassword":"n"}"#)
            .expect(1)
            .create_async()
            .await;
        let logout = server
            .mock("POST", LOGOUT)
            .match_header("authorization", BEARER)
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        let vz = vz(&server);
        let session = vz.session().login_using_post(None).await.unwrap();
        let vz = vz.with_session_token(session.session_token.unwrap());
        vz.session()
            .reset_using_put(SessionResetPasswordRequest::new("o"))
            .await
            .unwrap();
        vz.session().logout_using_post().await.unwrap();
        for mock in [token, login, reset, logout] {
            mock.assert_async().await;
        }
    }

    #[tokio::test]
    async fn concurrent_calls_share_one_fetch() {
        let mut server = Server::new_async().await;
        let token = token_mock(&mut server, TOKEN, 1).await;
        let login = server
            .mock("POST", LOGIN)
            .match_header("authorization", BEARER)
            .with_body("{}")
            .expect(12)
            .create_async()
            .await;
        let vz = vz(&server);
        let calls: Vec<_> = (0..12)
            .map(|_| tokio::spawn(vz.session().login_using_post(None).into_future()))
            .collect();
        for call in calls {
            call.await.unwrap().unwrap();
        }
        token.assert_async().await;
        login.assert_async().await;
    }

    #[tokio::test]
    async fn scope_is_sent_in_the_form() {
        let mut server = Server::new_async().await;
        let token = server
            .mock("POST", "/api/ts/v1/oauth2/token")
            .match_header("authorization", BASIC)
            .match_body(Matcher::Exact(
                "grant_type=client_credentials&scope=m2m+ts.read".into(),
            ))
            .with_body(TOKEN)
            .expect(1)
            .create_async()
            .await;
        let _login = server
            .mock("POST", LOGIN)
            .with_body("{}")
            .create_async()
            .await;
        builder(&server)
            .client_credentials("app-key", "app-secret-1")
            .scope("m2m ts.read")
            .build()
            .unwrap()
            .session()
            .login_using_post(None)
            .await
            .unwrap();
        token.assert_async().await;
    }

    #[tokio::test]
    async fn an_expired_token_is_fetched_again() {
        let mut server = Server::new_async().await;
        let first = token_mock(
            &mut server,
            r#"{"access_token":"t1","token_type":"Bearer","expires_in":0}"#,
            1,
        )
        .await;
        let second = token_mock(
            &mut server,
            r#"{"access_token":"t2","token_type":"Bearer","expires_in":3600}"#,
            1,
        )
        .await;
        let with_t1 = server
            .mock("POST", LOGIN)
            .match_header("authorization", "Bearer t1")
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        let with_t2 = server
            .mock("POST", LOGIN)
            .match_header("authorization", "Bearer t2")
            .with_body("{}")
            .expect(2)
            .create_async()
            .await;
        let vz = vz(&server);
        for _ in 0..3 {
            vz.session().login_using_post(None).await.unwrap();
        }
        for mock in [first, second, with_t1, with_t2] {
            mock.assert_async().await;
        }
    }

    #[tokio::test]
    async fn a_401_to_a_reset_renews_the_token_for_the_next_call_only() {
        let mut server = Server::new_async().await;
        let first = token_mock(
            &mut server,
            r#"{"access_token":"revoked","token_type":"Bearer"}"#,
            1,
        )
        .await;
        let second = token_mock(&mut server, TOKEN, 1).await;
        let refused = server
            .mock("PUT", RESET)
            .match_header("authorization", "Bearer revoked")
            .with_status(401)
            .expect(1)
            .create_async()
            .await;
        let accepted = server
            .mock("PUT", RESET)
            .match_header("authorization", BEARER)
            .match_header("vz-m2m-token", SESSION)
            .match_body(Matcher::Exact(r#"{"oldPassword":"o"}"#.into()))
            .with_body(r#"{"newPassword":"n"}"#)
            .expect(1)
            .create_async()
            .await;
        // A reset carries the old password: it is not sent again on its own.
        let client = in_session(&server);
        let err = client
            .session()
            .reset_using_put(SessionResetPasswordRequest::new("o"))
            .await
            .unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
        assert!(!err.is_retryable(), "{err}");
        // The refused token was dropped: the caller's next call fetches a new one.
        let result = client
            .session()
            .reset_using_put(SessionResetPasswordRequest::new("o"))
            .await
            .unwrap();
        assert_eq!(result.new_password.unwrap().expose(), "n");
        for mock in [first, second, refused, accepted] {
            mock.assert_async().await;
        }
    }

    #[tokio::test]
    async fn a_second_401_is_returned_after_one_retry() {
        let mut server = Server::new_async().await;
        let token = token_mock(&mut server, TOKEN, 2).await;
        let refused = server
            .mock("POST", LOGOUT)
            .with_status(401)
            .with_body(r#"{"error":"expired"}"#)
            .expect(2)
            .create_async()
            .await;
        let err = in_session(&server)
            .session()
            .logout_using_post()
            .await
            .unwrap_err();
        assert_eq!(err.status().unwrap(), 401);
        assert_eq!(
            err.entity(),
            Some(&LogoutUsingPostError::Unknown(
                serde_json::json!({"error": "expired"}).into()
            ))
        );
        token.assert_async().await;
        refused.assert_async().await;
    }

    #[tokio::test]
    async fn token_endpoint_errors_are_clear_and_never_show_the_secret() {
        let mut server = Server::new_async().await;
        let token = server
            .mock("POST", "/api/ts/v1/oauth2/token")
            .with_status(401)
            .with_header("content-type", "application/json")
            .with_body(r#"{"error":"invalid_client","error_description":"app-secret-1 is wrong"}"#)
            .expect(1)
            .create_async()
            .await;
        let login = server.mock("POST", LOGIN).expect(0).create_async().await;
        let err = vz(&server)
            .session()
            .login_using_post(Some(LogInRequest::new("u", "p")))
            .await
            .unwrap_err();
        token.assert_async().await;
        login.assert_async().await;
        let SdkError::Login(fetch) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(fetch.error().status().unwrap(), 401);
        assert_eq!(
            err.to_string(),
            "the session's login was refused, the call was not sent: \
             request_token (POST /oauth2/token): HTTP 401 Unauthorized: error=invalid_client \
             (server text withheld: the request carried a credential)"
        );
        assert!(!format!("{err:?}").contains("app-secret-1"));
    }

    #[tokio::test]
    async fn a_bad_token_response_is_a_decode_error() {
        let mut server = Server::new_async().await;
        let _token = token_mock(&mut server, r#"{"token_type":"Bearer"}"#, 1).await;
        let err = vz(&server)
            .session()
            .login_using_post(None)
            .await
            .unwrap_err();
        assert!(
            matches!(&err, SdkError::Login(fetch) if matches!(fetch.error(), SdkError::Decode(_))),
            "{err:?}"
        );
        assert!(err.to_string().contains("request_token"), "{err}");
    }

    #[tokio::test]
    async fn a_supplied_token_is_used_without_fetching() {
        let mut server = Server::new_async().await;
        let token = token_mock(&mut server, TOKEN, 0).await;
        let login = server
            .mock("POST", LOGIN)
            .match_header("authorization", "Bearer given")
            .with_body("{}")
            .expect(2)
            .create_async()
            .await;
        let only_token = builder(&server)
            .oauth_token(OauthToken::new("given", "Bearer"))
            .build()
            .unwrap();
        only_token.session().login_using_post(None).await.unwrap();
        let saved = OauthToken {
            expires_in: Some(3600),
            ..OauthToken::new("given", "Bearer")
        };
        let with_credentials = builder(&server)
            .client_credentials("app-key", "app-secret-1")
            .oauth_token(saved)
            .build()
            .unwrap();
        with_credentials
            .session()
            .login_using_post(None)
            .await
            .unwrap();
        token.assert_async().await;
        login.assert_async().await;
    }

    #[tokio::test]
    async fn an_expired_saved_token_is_replaced() {
        let mut server = Server::new_async().await;
        let token = token_mock(&mut server, TOKEN, 1).await;
        let login = server
            .mock("POST", LOGIN)
            .match_header("authorization", BEARER)
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        let saved = OauthToken {
            expiry: Some(1_000),
            ..OauthToken::new("old", "Bearer")
        };
        builder(&server)
            .client_credentials("app-key", "app-secret-1")
            .oauth_token(saved)
            .build()
            .unwrap()
            .session()
            .login_using_post(None)
            .await
            .unwrap();
        token.assert_async().await;
        login.assert_async().await;
    }

    #[tokio::test]
    async fn building_needs_credentials_and_valid_urls() {
        let server = Server::new_async().await;
        let err = builder(&server).build().unwrap_err();
        assert!(matches!(err, SdkError::InvalidRequest(_)), "{err:?}");
        assert!(err.to_string().contains("client_credentials"), "{err}");
        for bad in [
            builder(&server).base_url("not a url"),
            builder(&server).oauth_base_url("ftp://h/x"),
        ] {
            let err = bad
                .client_credentials("app-key", "app-secret-1")
                .build()
                .unwrap_err();
            assert!(matches!(err, SdkError::InvalidRequest(_)), "{err:?}");
            assert!(!err.to_string().contains("app-secret-1"));
        }
        let client = VzM2mClient::builder(Environment::Staging)
            .client_credentials("k", "s")
            .build()
            .unwrap();
        assert_eq!(
            client.client().base_url(),
            "https://staging.thingspace.verizon.com/api/m2m/v1"
        );
    }

    #[tokio::test]
    async fn no_secret_prints() {
        let server = Server::new_async().await;
        let token = OauthToken {
            refresh_token: Some("refresh-secret-3".into()),
            ..OauthToken::new("access-secret-2", "Bearer")
        };
        let builder = builder(&server)
            .client_credentials("app-key", "app-secret-1")
            .oauth_token(token.clone());
        let builder_debug = format!("{builder:?}");
        let client = builder
            .build()
            .unwrap()
            .with_session_token("session-secret-4");
        let provider = Arc::new(vzm2m_session::ClientCredentials::new(
            client.client(),
            &SOME_TOKEN_OP,
            "app-key",
            "app-secret-1",
        ));
        for text in [
            format!("{token:?}"),
            builder_debug,
            format!("{client:?}"),
            format!("{:?}", client.session()),
            format!("{:?}", client.session().logout_using_post()),
            format!("{provider:?}"),
        ] {
            assert!(!text.contains("secret-"), "{text}");
        }
    }

    const SOME_TOKEN_OP: session_sdks_runtime::Operation = session_sdks_runtime::Operation {
        name: "request_token",
        method: session_sdks_runtime::Method::POST,
        path: "/oauth2/token",
        repeat: session_sdks_runtime::Repeat::Idempotent,
        accept: Some("application/json"),
        target: env!("CARGO_CRATE_NAME"),
    };
}

mod models {
    use super::*;

    #[test]
    fn oauth_token_uses_the_oauth_wire_names() {
        let token: OauthToken = serde_json::from_str(
            r#"{"access_token":"a","token_type":"Bearer","expires_in":3600,"scope":"s","refresh_token":"r","x":1}"#,
        )
        .unwrap();
        assert_eq!(token.access_token.expose(), "a");
        assert_eq!(token.expires_in, Some(3600));
        assert_eq!(token.refresh_token.as_ref().unwrap().expose(), "r");
        assert_eq!(
            serde_json::to_string(&OauthToken::new("a", "Bearer")).unwrap(),
            r#"{"access_token":"a","token_type":"Bearer"}"#
        );
        assert!(serde_json::from_str::<OauthToken>(r#"{"token_type":"Bearer"}"#).is_err());
    }

    #[test]
    fn error_model_round_trips() {
        let parsed: RestErrorResponseException = serde_json::from_str(ERROR_400).unwrap();
        assert_eq!(parsed, rest_error());
        assert_eq!(serde_json::to_string(&parsed).unwrap(), ERROR_400);
        assert_eq!(
            serde_json::to_string(&RestErrorResponseException::default()).unwrap(),
            "{}"
        );
    }
}

mod builder {
    use super::*;

    #[tokio::test]
    async fn default_headers_go_to_the_api_only_and_the_deadline_bounds_the_call() {
        let mut server = Server::new_async().await;
        let token = server
            .mock("POST", "/api/ts/v1/oauth2/token")
            .match_header("x-gateway-key", Matcher::Missing)
            .with_header("content-type", "application/json")
            .with_body(TOKEN)
            .expect(1)
            .create_async()
            .await;
        let login = server
            .mock("POST", LOGIN)
            .match_header("x-gateway-key", "gw-key-1")
            .match_header("authorization", BEARER)
            .with_header("content-type", "application/json")
            .with_body(format!(r#"{{"sessionToken":"{SESSION}"}}"#))
            .expect(1)
            .create_async()
            .await;
        let client = builder(&server)
            .client_credentials("app-key", "app-secret-1")
            .default_header("x-gateway-key", "gw-key-1")
            .deadline(Duration::from_secs(5))
            .build()
            .unwrap();
        assert_eq!(client.client().deadline(), Some(Duration::from_secs(5)));
        client
            .session()
            .login_using_post(Some(LogInRequest::new("u", "p")))
            .await
            .unwrap();
        token.assert_async().await;
        login.assert_async().await;
    }

    #[tokio::test]
    async fn settings_that_cannot_work_are_refused_at_build() {
        for (builder, setting) in [
            (
                VzM2mClient::builder(Environment::Staging).deadline(Duration::ZERO),
                "deadline",
            ),
            (
                VzM2mClient::builder(Environment::Staging).token_fetch_deadline(Duration::ZERO),
                "token_fetch_deadline",
            ),
            (
                VzM2mClient::builder(Environment::Staging).timeout(Duration::from_nanos(1)),
                "timeout",
            ),
        ] {
            let err = builder
                .client_credentials("app-key", "app-secret-1")
                .build()
                .unwrap_err();
            assert!(matches!(err, SdkError::InvalidRequest(_)), "{err:?}");
            assert!(err.to_string().contains(setting), "{setting}: {err}");
        }
    }
}
