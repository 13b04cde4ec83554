//! Wire tests of `SessionApi` against a mockito server: one group per operation.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use equisoft_account::apis::session_api::{
    CreateSessionError, DeleteAllSessionsError, DeleteSessionError, DeleteSessionSsoTokenError,
    EnableSessionError, EnableSessionForCrmError, GetSessionError, GetSessionSsoTokenError,
    ImpersonateError, RevertIdentityError, SetSessionSsoTokenError,
};
use equisoft_account::models::{
    CrmSession, DatabaseState, ErrorPayload, ImpersonatePayload, Session, SessionPayload,
    SessionState, SsoProvider, SsoToken, User, UserAgreement, UserAgreementState, UserDatabase,
    UserState,
};
use equisoft_account::{Client, RetryPolicy, SdkError, SessionApi};
use mockito::{Matcher, Server};

/// A session id with a slash, a space, `?`, `#`, `%` and a non-ASCII letter.
const UUID: &str = "a/b ?#%é";
/// [`UUID`] as one percent-encoded path segment.
const UUID_PATH: &str = "a%2Fb%20%3F%23%25%C3%A9";
/// A token id with a slash and a space.
const TOKEN_ID: &str = "crm/t 1";
const TOKEN_ID_PATH: &str = "crm%2Ft%201";

const ERROR: &str = r#"{"message":"Session not found","description":"No session a/b"}"#;

fn error_payload() -> ErrorPayload {
    ErrorPayload {
        message: Some("Session not found".into()),
        description: Some("No session a/b".into()),
    }
}

const SESSION: &str = r#"{
  "sessionId": "5d1f2c3b-0a9e-4f7d-8c6b-1e2d3c4b5a69",
  "state": "ENABLED",
  "created": "2019-07-18T08:56:10+00:00",
  "expire": "2019-07-18T16:56:10+00:00",
  "user": {
    "id": 9007199254740993,
    "uuid": "u-1",
    "displayName": "Jane Roe",
    "email": "jane@example.com",
    "mobilePhone": "+15145550100",
    "locale": "fr_CA",
    "state": "ENABLED",
    "roles": ["admin", "crm"],
    "deletable": false,
    "billable": true,
    "agreement": {"state": "ACCEPTED"},
    "created": "2018-01-02T03:04:05+00:00",
    "crm": {"databaseId": 42, "databaseName": "crm_42", "databaseState": "MAINTENANCE", "userId": 7, "maxConcurrentAccess": 0},
    "fna": {"databaseId": 43, "databaseName": "fna_43", "databaseState": "ENABLED", "userId": 8, "maxConcurrentAccess": 2}
  },
  "actor": {"uuid": "admin-1", "state": "DISABLED", "agreement": {"state": "REQUESTED"}},
  "sso": {"provider": "azure", "identifier": "jane@corp"},
  "crm": {"enabled": true},
  "mobile": false,
  "addedLater": {"x": 1}
}"#;

fn session() -> Session {
    Session {
        session_id: Some("5d1f2c3b-0a9e-4f7d-8c6b-1e2d3c4b5a69".into()),
        state: Some(SessionState::Enabled),
        created: Some("2019-07-18T08:56:10+00:00".into()),
        expire: Some("2019-07-18T16:56:10+00:00".into()),
        user: Some(User {
            id: Some(9_007_199_254_740_993),
            uuid: Some("u-1".into()),
            display_name: Some("Jane Roe".into()),
            email: Some("jane@example.com".into()),
            mobile_phone: Some("+15145550100".into()),
            locale: Some("fr_CA".into()),
            state: Some(UserState::Enabled),
            roles: Some(vec!["admin".into(), "crm".into()]),
            deletable: Some(false),
            billable: Some(true),
            agreement: Some(UserAgreement {
                state: Some(UserAgreementState::Accepted),
            }),
            created: Some("2018-01-02T03:04:05+00:00".into()),
            crm: Some(UserDatabase {
                database_id: Some(42),
                database_name: Some("crm_42".into()),
                database_state: Some(DatabaseState::Maintenance),
                user_id: Some(7),
                max_concurrent_access: Some(0),
            }),
            fna: Some(UserDatabase {
                database_id: Some(43),
                database_name: Some("fna_43".into()),
                database_state: Some(DatabaseState::Enabled),
                user_id: Some(8),
                max_concurrent_access: Some(2),
            }),
        }),
        actor: Some(User {
            uuid: Some("admin-1".into()),
            state: Some(UserState::Disabled),
            agreement: Some(UserAgreement {
                state: Some(UserAgreementState::Requested),
            }),
            ..User::default()
        }),
        sso: Some(SsoProvider {
            provider: Some("azure".into()),
            identifier: Some("jane@corp".into()),
        }),
        crm: Some(CrmSession {
            enabled: Some(true),
        }),
        mobile: Some(false),
    }
}

fn client(server: &Server) -> Client {
    Client::builder(server.url())
        .retry(RetryPolicy::new(3).initial_backoff(Duration::from_millis(5)))
        .build()
        .unwrap()
}

fn api(server: &Server) -> SessionApi {
    SessionApi::new(client(server))
}

/// A client on a port nothing listens on, for calls that must fail before sending.
fn offline() -> SessionApi {
    SessionApi::new(Client::new("http://127.0.0.1:9").unwrap())
}

fn assert_refused<E: std::fmt::Debug>(err: &SdkError<E>, what: &str) {
    match err {
        SdkError::InvalidRequest(message) => assert!(message.contains(what), "{message}"),
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
}

mod create_session {
    use super::*;

    #[tokio::test]
    async fn posts_the_payload_without_unset_fields_and_decodes_the_201() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/sessions")
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", "application/json")
            .match_header("authorization", Matcher::Missing)
            .match_body(Matcher::Exact(
                r#"{"userUuid":"u-1","absoluteTimeout":28800,"enable":false,"sso":{"provider":"azure"}}"#
                    .into(),
            ))
            .with_status(201)
            .with_header("content-type", "application/json")
            .with_body(SESSION)
            .expect(1)
            .create_async()
            .await;
        let payload = SessionPayload {
            user_uuid: Some("u-1".into()),
            absolute_timeout: Some(28_800),
            enable: Some(false),
            sso: Some(SsoProvider {
                provider: Some("azure".into()),
                identifier: None,
            }),
            mobile: None,
        };
        let result = api(&server).create_session(payload).send().await.unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 201);
        assert_eq!(result.into_inner(), session());
    }

    #[tokio::test]
    async fn awaiting_the_builder_returns_the_model() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/sessions")
            .match_body(Matcher::Exact(
                r#"{"absoluteTimeout":1,"mobile":true}"#.into(),
            ))
            .with_status(201)
            .with_body(r#"{"sessionId":"s-2","state":"NEW"}"#)
            .expect(1)
            .create_async()
            .await;
        let payload = SessionPayload {
            absolute_timeout: Some(1),
            mobile: Some(true),
            ..SessionPayload::default()
        };
        let result: Session = api(&server).create_session(payload).await.unwrap();
        mock.assert_async().await;
        assert_eq!(result.session_id.as_deref(), Some("s-2"));
        assert_eq!(result.state, Some(SessionState::New));
    }

    #[tokio::test]
    async fn an_absolute_timeout_below_one_is_refused_before_sending() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", Matcher::Any)
            .expect(0)
            .create_async()
            .await;
        for timeout in [0, -5, i64::MIN] {
            let payload = SessionPayload {
                absolute_timeout: Some(timeout),
                ..SessionPayload::default()
            };
            let err = api(&server).create_session(payload).await.unwrap_err();
            assert_refused(&err, "absoluteTimeout");
            assert!(err.to_string().contains("create_session"), "{err}");
        }
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn errors_keep_the_body() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/sessions")
            .with_status(400)
            .with_body(ERROR)
            .create_async()
            .await;
        let err = api(&server)
            .create_session(SessionPayload::default())
            .await
            .unwrap_err();
        assert_eq!(err.status().unwrap(), 400);
        assert_eq!(
            err.entity(),
            Some(&CreateSessionError::Unknown(
                serde_json::from_str(ERROR).unwrap()
            ))
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/sessions")
            .with_status(500)
            .with_body("<html>oops</html>")
            .create_async()
            .await;
        let err = api(&server)
            .create_session(SessionPayload::default())
            .await
            .unwrap_err();
        assert!(err.entity().is_none());
        assert_eq!(
            err.content().unwrap().text_may_hold_secrets(),
            "<html>oops</html>"
        );
        assert_eq!(
            err.to_string(),
            "create_session (POST /sessions): HTTP 500 Internal Server Error: <html>oops</html>"
        );
    }

    #[tokio::test]
    async fn malformed_success_body_is_a_decode_error() {
        for body in ["not json", r#"{"sessionId":7}"#, "", r#"{"state":1}"#] {
            let mut server = Server::new_async().await;
            let _mock = server
                .mock("POST", "/sessions")
                .with_status(201)
                .with_header("content-type", "application/json")
                .with_body(body)
                .create_async()
                .await;
            let err = api(&server)
                .create_session(SessionPayload::default())
                .await
                .unwrap_err();
            assert!(matches!(err, SdkError::Decode(_)), "{body}: {err:?}");
        }
    }

    #[tokio::test]
    async fn never_retried_after_a_503() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/sessions")
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        let err = api(&server)
            .create_session(SessionPayload::default())
            .await
            .unwrap_err();
        mock.assert_async().await;
        assert_eq!(err.status().unwrap(), 503);
    }
}

mod delete_all_sessions {
    use super::*;

    #[tokio::test]
    async fn declares_no_media_type_sends_no_body_and_accepts_a_204() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("DELETE", "/sessions")
            .match_query(Matcher::Missing)
            // No produces declared: reqwest's `*/*`, which means the same as no header.
            .match_header("accept", "*/*")
            .match_header("content-type", Matcher::Missing)
            .match_body(Matcher::Exact(String::new()))
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server).delete_all_sessions().send().await.unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 204);
        assert_eq!(result.into_inner(), ());
    }

    #[tokio::test]
    async fn any_2xx_body_is_ignored() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("DELETE", "/sessions")
            .with_status(200)
            .with_header("content-type", "application/json")
            .with_body("not json at all")
            .expect(1)
            .create_async()
            .await;
        api(&server).delete_all_sessions().await.unwrap();
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn undocumented_status_keeps_the_raw_body() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("DELETE", "/sessions")
            .with_status(403)
            .with_body("forbidden")
            .create_async()
            .await;
        let err = api(&server).delete_all_sessions().await.unwrap_err();
        assert_eq!(err.status().unwrap(), 403);
        assert!(err.entity().is_none());
        assert_eq!(err.content().unwrap().text_may_hold_secrets(), "forbidden");
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("DELETE", "/sessions")
            .with_status(409)
            .with_body(r#"{"x":1}"#)
            .create_async()
            .await;
        let err = api(&server).delete_all_sessions().await.unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&DeleteAllSessionsError::Unknown(
                serde_json::json!({"x": 1}).into()
            ))
        );
    }

    #[tokio::test]
    async fn retried_on_a_503() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("DELETE", "/sessions")
            .with_status(503)
            .expect(3)
            .create_async()
            .await;
        let err = api(&server).delete_all_sessions().await.unwrap_err();
        mock.assert_async().await;
        assert_eq!(err.status().unwrap(), 503);
    }
}

mod delete_session {
    use super::*;

    #[tokio::test]
    async fn deletes_the_encoded_session() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("DELETE", format!("/sessions/{UUID_PATH}").as_str())
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", Matcher::Missing)
            .match_body(Matcher::Exact(String::new()))
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server).delete_session(UUID).send().await.unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 204);
    }

    #[tokio::test]
    async fn a_404_is_typed_and_another_status_is_raw() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("DELETE", "/sessions/s-1")
            .with_status(404)
            .with_header("content-type", "application/json")
            .with_body(ERROR)
            .create_async()
            .await;
        let err = api(&server).delete_session("s-1").await.unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&DeleteSessionError::Status404(error_payload()))
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("DELETE", "/sessions/s-1")
            .with_status(410)
            .with_body("gone")
            .create_async()
            .await;
        let err = api(&server).delete_session("s-1").await.unwrap_err();
        assert_eq!(err.status().unwrap(), 410);
        assert!(err.entity().is_none());
        assert_eq!(err.content().unwrap().text_may_hold_secrets(), "gone");
    }

    #[tokio::test]
    async fn an_empty_uuid_is_refused_before_sending() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("DELETE", Matcher::Any)
            .expect(0)
            .create_async()
            .await;
        for uuid in ["", ".", ".."] {
            let err = api(&server).delete_session(uuid).await.unwrap_err();
            assert_refused(&err, "uuid");
        }
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn retried_on_a_503() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("DELETE", "/sessions/s-1")
            .with_status(503)
            .expect(3)
            .create_async()
            .await;
        api(&server).delete_session("s-1").await.unwrap_err();
        mock.assert_async().await;
    }
}

mod delete_session_sso_token {
    use super::*;

    #[tokio::test]
    async fn deletes_the_encoded_token() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock(
                "DELETE",
                format!("/sessions/{UUID_PATH}/tokens/{TOKEN_ID_PATH}").as_str(),
            )
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", Matcher::Missing)
            .match_body(Matcher::Exact(String::new()))
            .with_status(200)
            .expect(1)
            .create_async()
            .await;
        api(&server)
            .delete_session_sso_token(UUID, TOKEN_ID)
            .await
            .unwrap();
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn a_404_is_typed_and_another_status_is_raw() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("DELETE", "/sessions/s-1/tokens/crm")
            .with_status(404)
            .with_body(ERROR)
            .create_async()
            .await;
        let err = api(&server)
            .delete_session_sso_token("s-1", "crm")
            .await
            .unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&DeleteSessionSsoTokenError::Status404(error_payload()))
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("DELETE", "/sessions/s-1/tokens/crm")
            .with_status(500)
            .with_body("boom")
            .create_async()
            .await;
        let err = api(&server)
            .delete_session_sso_token("s-1", "crm")
            .await
            .unwrap_err();
        assert!(err.entity().is_none());
        assert_eq!(err.content().unwrap().text_may_hold_secrets(), "boom");
    }

    #[tokio::test]
    async fn empty_path_parameters_are_refused_before_sending() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("DELETE", Matcher::Any)
            .expect(0)
            .create_async()
            .await;
        let err = api(&server)
            .delete_session_sso_token("", "crm")
            .await
            .unwrap_err();
        assert_refused(&err, "uuid");
        let err = api(&server)
            .delete_session_sso_token("s-1", "")
            .await
            .unwrap_err();
        assert_refused(&err, "tokenId");
        mock.assert_async().await;
    }
}

mod enable_session {
    use super::*;

    #[tokio::test]
    async fn posts_without_a_body() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", format!("/sessions/{UUID_PATH}/enable").as_str())
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", Matcher::Missing)
            .match_body(Matcher::Exact(String::new()))
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server).enable_session(UUID).send().await.unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 204);
    }

    #[tokio::test]
    async fn a_404_is_typed_and_another_status_is_raw() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/sessions/s-1/enable")
            .with_status(404)
            .with_body(ERROR)
            .create_async()
            .await;
        let err = api(&server).enable_session("s-1").await.unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&EnableSessionError::Status404(error_payload()))
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/sessions/s-1/enable")
            .with_status(400)
            .with_body(r#"{"message":"undocumented here"}"#)
            .create_async()
            .await;
        let err = api(&server).enable_session("s-1").await.unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&EnableSessionError::Unknown(
                serde_json::json!({"message": "undocumented here"}).into()
            ))
        );
    }

    #[tokio::test]
    async fn an_empty_uuid_is_refused_and_a_503_is_not_retried() {
        let err = offline().enable_session("").await.unwrap_err();
        assert_refused(&err, "uuid");
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/sessions/s-1/enable")
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        api(&server).enable_session("s-1").await.unwrap_err();
        mock.assert_async().await;
    }
}

mod enable_session_for_crm {
    use super::*;

    #[tokio::test]
    async fn bump_oldest_session_is_a_boolean_query_parameter() {
        for (bump, value) in [(true, "true"), (false, "false")] {
            let mut server = Server::new_async().await;
            let mock = server
                .mock("POST", format!("/sessions/{UUID_PATH}/enable/crm").as_str())
                .match_query(Matcher::AllOf(vec![Matcher::UrlEncoded(
                    "bumpOldestSession".into(),
                    value.into(),
                )]))
                .match_header("accept", "application/json")
                .match_header("content-type", Matcher::Missing)
                .match_body(Matcher::Exact(String::new()))
                .with_status(204)
                .expect(1)
                .create_async()
                .await;
            api(&server)
                .enable_session_for_crm(UUID)
                .params(|p| p.bump_oldest_session(bump))
                .await
                .unwrap();
            mock.assert_async().await;
        }
    }

    #[tokio::test]
    async fn unset_bump_oldest_session_is_not_sent() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/sessions/s-1/enable/crm")
            .match_query(Matcher::Missing)
            .with_status(200)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server)
            .enable_session_for_crm("s-1")
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 200);
    }

    #[tokio::test]
    async fn documented_errors_are_typed() {
        for status in [400, 404] {
            let mut server = Server::new_async().await;
            let _mock = server
                .mock("POST", "/sessions/s-1/enable/crm")
                .match_query(Matcher::Any)
                .with_status(status)
                .with_body(ERROR)
                .create_async()
                .await;
            let err = api(&server)
                .enable_session_for_crm("s-1")
                .params(|p| p.bump_oldest_session(true))
                .await
                .unwrap_err();
            let expected = match status {
                400 => EnableSessionForCrmError::Status400(error_payload()),
                _ => EnableSessionForCrmError::Status404(error_payload()),
            };
            assert_eq!(err.entity(), Some(&expected));
        }
    }

    #[tokio::test]
    async fn undocumented_status_empty_uuid_and_no_retry() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/sessions/s-1/enable/crm")
            .with_status(409)
            .with_body("too many sessions")
            .create_async()
            .await;
        let err = api(&server)
            .enable_session_for_crm("s-1")
            .await
            .unwrap_err();
        assert!(err.entity().is_none());
        assert_eq!(
            err.content().unwrap().text_may_hold_secrets(),
            "too many sessions"
        );
        let err = offline()
            .enable_session_for_crm("")
            .params(|p| p.bump_oldest_session(true))
            .await
            .unwrap_err();
        assert_refused(&err, "uuid");
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/sessions/s-1/enable/crm")
            .match_query(Matcher::Any)
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        api(&server)
            .enable_session_for_crm("s-1")
            .params(|p| p.bump_oldest_session(true))
            .await
            .unwrap_err();
        mock.assert_async().await;
    }
}

mod get_session {
    use super::*;

    #[tokio::test]
    async fn decodes_every_field() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", format!("/sessions/{UUID_PATH}").as_str())
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", Matcher::Missing)
            .match_body(Matcher::Exact(String::new()))
            .with_header("content-type", "application/json")
            .with_body(SESSION)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server).get_session(UUID).send().await.unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 200);
        assert_eq!(result.into_inner(), session());
    }

    #[tokio::test]
    async fn unknown_enum_values_decode_as_unknown() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("GET", "/sessions/s-1")
            .with_body(
                r#"{"state":"LOCKED","user":{"state":"PENDING","agreement":{"state":"REVOKED"},
                    "crm":{"databaseState":"MIGRATING"}}}"#,
            )
            .create_async()
            .await;
        let result = api(&server).get_session("s-1").await.unwrap();
        assert_eq!(result.state, Some(SessionState::Unknown("LOCKED".into())));
        let user = result.user.unwrap();
        assert_eq!(user.state, Some(UserState::Unknown("PENDING".into())));
        assert_eq!(
            user.agreement.unwrap().state,
            Some(UserAgreementState::Unknown("REVOKED".into()))
        );
        assert_eq!(
            user.crm.unwrap().database_state,
            Some(DatabaseState::Unknown("MIGRATING".into()))
        );
    }

    #[tokio::test]
    async fn a_404_is_typed_and_another_status_is_raw() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("GET", "/sessions/s-1")
            .with_status(404)
            .with_body(ERROR)
            .create_async()
            .await;
        let err = api(&server).get_session("s-1").await.unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&GetSessionError::Status404(error_payload()))
        );
        assert_eq!(
            err.to_string(),
            format!("get_session (GET /sessions/{{uuid}}): HTTP 404 Not Found: {ERROR}")
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("GET", "/sessions/s-1")
            .with_status(401)
            .with_body("login required")
            .create_async()
            .await;
        let err = api(&server).get_session("s-1").await.unwrap_err();
        assert_eq!(err.status().unwrap(), 401);
        assert!(err.entity().is_none());
    }

    #[tokio::test]
    async fn malformed_success_body_is_a_decode_error() {
        for body in ["<html/>", r#"{"user":{"id":"7"}}"#, "", "[1,"] {
            let mut server = Server::new_async().await;
            let _mock = server
                .mock("GET", "/sessions/s-1")
                .with_header("content-type", "application/json")
                .with_body(body)
                .create_async()
                .await;
            let err = api(&server).get_session("s-1").await.unwrap_err();
            assert!(matches!(err, SdkError::Decode(_)), "{body}: {err:?}");
        }
    }

    #[tokio::test]
    async fn retried_on_a_503_and_an_empty_uuid_is_refused() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", "/sessions/s-1")
            .with_status(503)
            .expect(3)
            .create_async()
            .await;
        let err = api(&server).get_session("s-1").await.unwrap_err();
        mock.assert_async().await;
        assert!(err.is_retryable());
        let err = offline().get_session("").await.unwrap_err();
        assert_refused(&err, "uuid");
    }
}

mod get_session_sso_token {
    use super::*;

    #[tokio::test]
    async fn decodes_the_json_object() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock(
                "GET",
                format!("/sessions/{UUID_PATH}/tokens/{TOKEN_ID_PATH}").as_str(),
            )
            .match_body(Matcher::Exact(String::new()))
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", Matcher::Missing)
            .with_header("content-type", "application/json")
            .with_body(r#"{"id":"crm/t 1","value":"sso-secret-1 \"quoted\""}"#)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server)
            .get_session_sso_token(UUID, TOKEN_ID)
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(
            result.into_inner(),
            SsoToken {
                id: Some("crm/t 1".into()),
                value: Some("sso-secret-1 \"quoted\"".into()),
            }
        );
    }

    #[tokio::test]
    async fn a_404_is_typed_and_another_status_is_raw() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("GET", "/sessions/s-1/tokens/crm")
            .with_status(404)
            .with_body(ERROR)
            .create_async()
            .await;
        let err = api(&server)
            .get_session_sso_token("s-1", "crm")
            .await
            .unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&GetSessionSsoTokenError::Status404(error_payload()))
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("GET", "/sessions/s-1/tokens/crm")
            .with_status(500)
            .with_body("boom")
            .create_async()
            .await;
        let err = api(&server)
            .get_session_sso_token("s-1", "crm")
            .await
            .unwrap_err();
        assert!(err.entity().is_none());
    }

    #[tokio::test]
    async fn a_raw_text_token_is_a_decode_error_that_hides_it() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("GET", "/sessions/s-1/tokens/crm")
            .with_header("content-type", "text/plain")
            .with_body("sso-secret-2")
            .create_async()
            .await;
        let err = api(&server)
            .get_session_sso_token("s-1", "crm")
            .await
            .unwrap_err();
        assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
        assert!(!err.to_string().contains("sso-secret"), "{err}");
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("GET", "/sessions/s-1/tokens/crm")
            .with_header("content-type", "application/json")
            .with_body(r#"{"value":42}"#)
            .create_async()
            .await;
        let err = api(&server)
            .get_session_sso_token("s-1", "crm")
            .await
            .unwrap_err();
        assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
    }

    #[tokio::test]
    async fn the_value_never_prints() {
        let token = SsoToken {
            id: Some("crm".into()),
            value: Some("sso-secret-3".into()),
        };
        let text = format!("{token:?}");
        assert!(!text.contains("sso-secret"), "{text}");
        assert!(text.contains("id: Some(<3 bytes>)"), "{text}");
        assert_eq!(
            serde_json::to_string(&token).unwrap(),
            r#"{"id":"crm","value":"sso-secret-3"}"#
        );
    }

    #[tokio::test]
    async fn retried_on_a_503_and_empty_ids_are_refused() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", "/sessions/s-1/tokens/crm")
            .with_status(503)
            .expect(3)
            .create_async()
            .await;
        api(&server)
            .get_session_sso_token("s-1", "crm")
            .await
            .unwrap_err();
        mock.assert_async().await;
        let err = offline()
            .get_session_sso_token("s-1", "")
            .await
            .unwrap_err();
        assert_refused(&err, "tokenId");
        let err = offline()
            .get_session_sso_token("", "crm")
            .await
            .unwrap_err();
        assert_refused(&err, "uuid");
    }
}

mod impersonate {
    use super::*;

    #[tokio::test]
    async fn posts_the_user_and_decodes_the_session() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock(
                "POST",
                format!("/sessions/{UUID_PATH}/impersonate").as_str(),
            )
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", "application/json")
            .match_body(Matcher::Exact(r#"{"userUuid":"u-1"}"#.into()))
            .with_header("content-type", "application/json")
            .with_body(SESSION)
            .expect(1)
            .create_async()
            .await;
        let payload = ImpersonatePayload {
            user_uuid: Some("u-1".into()),
        };
        let result = api(&server)
            .impersonate(UUID, payload)
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 200);
        let result = result.into_inner();
        assert_eq!(result, session());
        assert_eq!(result.actor.unwrap().uuid.as_deref(), Some("admin-1"));
    }

    #[tokio::test]
    async fn an_empty_payload_is_an_empty_object() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/sessions/s-1/impersonate")
            .match_body(Matcher::Exact("{}".into()))
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        let result = api(&server)
            .impersonate("s-1", ImpersonatePayload::default())
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result, Session::default());
    }

    #[tokio::test]
    async fn documented_errors_are_typed() {
        for status in [400, 404] {
            let mut server = Server::new_async().await;
            let _mock = server
                .mock("POST", "/sessions/s-1/impersonate")
                .with_status(status)
                .with_body(ERROR)
                .create_async()
                .await;
            let err = api(&server)
                .impersonate("s-1", ImpersonatePayload::default())
                .await
                .unwrap_err();
            let expected = match status {
                400 => ImpersonateError::Status400(error_payload()),
                _ => ImpersonateError::Status404(error_payload()),
            };
            assert_eq!(err.entity(), Some(&expected));
        }
    }

    #[tokio::test]
    async fn undocumented_status_and_malformed_body() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/sessions/s-1/impersonate")
            .with_status(403)
            .with_body("not an admin")
            .create_async()
            .await;
        let err = api(&server)
            .impersonate("s-1", ImpersonatePayload::default())
            .await
            .unwrap_err();
        assert!(err.entity().is_none());
        assert_eq!(
            err.content().unwrap().text_may_hold_secrets(),
            "not an admin"
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/sessions/s-1/impersonate")
            .with_header("content-type", "application/xml")
            .with_body("<session/>")
            .create_async()
            .await;
        let err = api(&server)
            .impersonate("s-1", ImpersonatePayload::default())
            .await
            .unwrap_err();
        assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
    }

    #[tokio::test]
    async fn never_retried_after_a_503_and_an_empty_uuid_is_refused() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/sessions/s-1/impersonate")
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        api(&server)
            .impersonate("s-1", ImpersonatePayload::default())
            .await
            .unwrap_err();
        mock.assert_async().await;
        let err = offline()
            .impersonate("", ImpersonatePayload::default())
            .await
            .unwrap_err();
        assert_refused(&err, "uuid");
    }
}

mod revert_identity {
    use super::*;

    #[tokio::test]
    async fn posts_to_the_camel_case_path_without_a_body() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock(
                "POST",
                format!("/sessions/{UUID_PATH}/revertIdentity").as_str(),
            )
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", Matcher::Missing)
            .match_body(Matcher::Exact(String::new()))
            .with_header("content-type", "application/json")
            .with_body(SESSION)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server).revert_identity(UUID).send().await.unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 200);
        assert_eq!(result.into_inner(), session());
    }

    #[tokio::test]
    async fn documented_errors_are_typed() {
        for status in [400, 404] {
            let mut server = Server::new_async().await;
            let _mock = server
                .mock("POST", "/sessions/s-1/revertIdentity")
                .with_status(status)
                .with_body(ERROR)
                .create_async()
                .await;
            let err = api(&server).revert_identity("s-1").await.unwrap_err();
            let expected = match status {
                400 => RevertIdentityError::Status400(error_payload()),
                _ => RevertIdentityError::Status404(error_payload()),
            };
            assert_eq!(err.entity(), Some(&expected));
        }
    }

    #[tokio::test]
    async fn undocumented_status_and_malformed_body() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/sessions/s-1/revertIdentity")
            .with_status(500)
            .with_body(r#"{"error":"x"}"#)
            .create_async()
            .await;
        let err = api(&server).revert_identity("s-1").await.unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&RevertIdentityError::Unknown(
                serde_json::json!({"error": "x"}).into()
            ))
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/sessions/s-1/revertIdentity")
            .with_header("content-type", "application/json")
            .with_body(r#"{"mobile":"yes"}"#)
            .create_async()
            .await;
        let err = api(&server).revert_identity("s-1").await.unwrap_err();
        assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
    }

    #[tokio::test]
    async fn never_retried_after_a_503_and_an_empty_uuid_is_refused() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/sessions/s-1/revertIdentity")
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        api(&server).revert_identity("s-1").await.unwrap_err();
        mock.assert_async().await;
        let err = offline().revert_identity("").await.unwrap_err();
        assert_refused(&err, "uuid");
    }
}

mod set_session_sso_token {
    use super::*;

    #[tokio::test]
    async fn puts_the_token_as_raw_text() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock(
                "PUT",
                format!("/sessions/{UUID_PATH}/tokens/{TOKEN_ID_PATH}").as_str(),
            )
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", "text/plain")
            .match_body(Matcher::Exact(r#"eyJ "quoted" & é"#.into()))
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server)
            .set_session_sso_token(UUID, TOKEN_ID, r#"eyJ "quoted" & é"#)
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 204);
    }

    #[tokio::test]
    async fn a_404_is_typed_and_another_status_is_raw() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("PUT", "/sessions/s-1/tokens/crm")
            .with_status(404)
            .with_body(ERROR)
            .create_async()
            .await;
        let err = api(&server)
            .set_session_sso_token("s-1", "crm", "t")
            .await
            .unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&SetSessionSsoTokenError::Status404(error_payload()))
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("PUT", "/sessions/s-1/tokens/crm")
            .with_status(413)
            .with_body("too large")
            .create_async()
            .await;
        let err = api(&server)
            .set_session_sso_token("s-1", "crm", "t")
            .await
            .unwrap_err();
        assert!(err.entity().is_none());
        assert_eq!(err.content().unwrap().text_may_hold_secrets(), "too large");
    }

    #[tokio::test]
    async fn retried_on_a_503_and_empty_ids_are_refused() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("PUT", "/sessions/s-1/tokens/crm")
            .match_body(Matcher::Exact("tok".into()))
            .with_status(503)
            .expect(3)
            .create_async()
            .await;
        api(&server)
            .set_session_sso_token("s-1", "crm", "tok")
            .await
            .unwrap_err();
        mock.assert_async().await;
        let err = offline()
            .set_session_sso_token("", "crm", "tok")
            .await
            .unwrap_err();
        assert_refused(&err, "uuid");
        let err = offline()
            .set_session_sso_token("s-1", "", "tok")
            .await
            .unwrap_err();
        assert_refused(&err, "tokenId");
    }

    #[tokio::test]
    async fn the_token_never_prints() {
        let builder = offline().set_session_sso_token("s-1", "crm", "sso-secret-4");
        let text = format!("{builder:?}");
        assert!(!text.contains("sso-secret"), "{text}");
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("PUT", "/sessions/s-1/tokens/crm")
            .with_status(400)
            .with_body(r#"{"message":"bad token sso-secret-4"}"#)
            .create_async()
            .await;
        let err = api(&server)
            .set_session_sso_token("s-1", "crm", "sso-secret-4")
            .await
            .unwrap_err();
        for text in [err.to_string(), format!("{err:?}")] {
            assert!(!text.contains("sso-secret"), "{text}");
        }
    }
}

mod auth {
    use super::*;

    #[tokio::test]
    async fn default_headers_and_a_bearer_token_are_sent_when_configured() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", "/sessions/s-1")
            .match_header("authorization", "Bearer gw-token")
            .match_header("x-request-source", "crm-gateway")
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        let client = Client::builder(server.url())
            .default_header("x-request-source", "crm-gateway")
            .build()
            .unwrap()
            .with_bearer_token("gw-token");
        SessionApi::new(client).get_session("s-1").await.unwrap();
        mock.assert_async().await;
    }
}

mod models {
    use super::*;
    use serde::Serialize;
    use serde::de::DeserializeOwned;

    fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) {
        let json = serde_json::to_string(value).unwrap();
        let back: T = serde_json::from_str(&json).unwrap();
        assert_eq!(&back, value, "{json}");
    }

    #[test]
    fn every_model_round_trips() {
        let session = session();
        round_trip(&session);
        round_trip(session.user.as_ref().unwrap());
        round_trip(session.user.as_ref().unwrap().crm.as_ref().unwrap());
        round_trip(session.sso.as_ref().unwrap());
        round_trip(session.crm.as_ref().unwrap());
        round_trip(&UserAgreement {
            state: Some(UserAgreementState::Requested),
        });
        round_trip(&SessionPayload {
            user_uuid: Some("u".into()),
            absolute_timeout: Some(i64::MAX),
            enable: Some(true),
            sso: Some(SsoProvider::default()),
            mobile: Some(false),
        });
        round_trip(&ImpersonatePayload {
            user_uuid: Some("u".into()),
        });
        round_trip(&error_payload());
        round_trip(&SsoToken {
            id: Some("crm".into()),
            value: Some("v".into()),
        });
        let parsed: Session = serde_json::from_str(SESSION).unwrap();
        let again: Session =
            serde_json::from_value(serde_json::to_value(&parsed).unwrap()).unwrap();
        assert_eq!(again, session);
    }

    #[test]
    fn unset_fields_are_absent_on_the_wire() {
        assert_eq!(serde_json::to_string(&Session::default()).unwrap(), "{}");
        assert_eq!(serde_json::to_string(&User::default()).unwrap(), "{}");
        assert_eq!(
            serde_json::to_string(&UserDatabase::default()).unwrap(),
            "{}"
        );
        assert_eq!(
            serde_json::to_string(&SessionPayload::default()).unwrap(),
            "{}"
        );
        assert_eq!(serde_json::to_string(&SsoToken::default()).unwrap(), "{}");
        assert_eq!(
            serde_json::to_string(&User {
                display_name: Some("J".into()),
                ..User::default()
            })
            .unwrap(),
            r#"{"displayName":"J"}"#
        );
        let nulls: Session =
            serde_json::from_str(r#"{"sessionId":null,"user":null,"mobile":null}"#).unwrap();
        assert_eq!(nulls, Session::default());
    }

    #[test]
    fn enums_use_the_upper_case_wire_values_and_keep_unknown_ones() {
        let known = [
            (SessionState::New, "NEW"),
            (SessionState::Enabled, "ENABLED"),
            (SessionState::Suspended, "SUSPENDED"),
            (SessionState::Expired, "EXPIRED"),
            (SessionState::Deleted, "DELETED"),
        ];
        for (state, wire) in known {
            assert_eq!(serde_json::to_value(&state).unwrap(), wire);
            assert_eq!(
                serde_json::from_value::<SessionState>(wire.into()).unwrap(),
                state
            );
        }
        for (state, wire) in [
            (UserState::Deleted, "DELETED"),
            (UserState::Disabled, "DISABLED"),
            (UserState::Enabled, "ENABLED"),
        ] {
            assert_eq!(serde_json::to_value(&state).unwrap(), wire);
            round_trip(&state);
        }
        for (state, wire) in [
            (UserAgreementState::Accepted, "ACCEPTED"),
            (UserAgreementState::Requested, "REQUESTED"),
        ] {
            assert_eq!(serde_json::to_value(&state).unwrap(), wire);
            round_trip(&state);
        }
        for (state, wire) in [
            (DatabaseState::Enabled, "ENABLED"),
            (DatabaseState::Disabled, "DISABLED"),
            (DatabaseState::Deleted, "DELETED"),
            (DatabaseState::Maintenance, "MAINTENANCE"),
        ] {
            assert_eq!(serde_json::to_value(&state).unwrap(), wire);
            round_trip(&state);
        }
        let unknown: SessionState = serde_json::from_str(r#""enabled""#).unwrap();
        assert_eq!(unknown, SessionState::Unknown("enabled".into()));
        assert_eq!(serde_json::to_string(&unknown).unwrap(), r#""enabled""#);
        assert_eq!(
            serde_json::from_str::<UserState>(r#""LOCKED""#).unwrap(),
            UserState::Unknown("LOCKED".into())
        );
        assert_eq!(
            serde_json::from_str::<UserAgreementState>(r#""PENDING""#).unwrap(),
            UserAgreementState::Unknown("PENDING".into())
        );
        assert_eq!(
            serde_json::from_str::<DatabaseState>(r#""ARCHIVED""#).unwrap(),
            DatabaseState::Unknown("ARCHIVED".into())
        );
        assert!(serde_json::from_str::<SessionState>("1").is_err());
    }
}
