//! Wire tests of `AuthApi` against a mockito server: one group per operation.

#![allow(clippy::unwrap_used)]

use std::future::{Future, IntoFuture};
use std::time::Duration;

use cyclos_auth::apis::auth_api::{
    ChangeForgottenPasswordError, DisconnectCurrentClientError, ForgottenPasswordRequestError,
    GetCurrentAuthError, GetDataForChangeForgottenPasswordError, GetDataForLoginError,
    GetSecondaryPasswordInputError, LoginError, LogoutError, NewOtpError,
    ValidateSecondaryPasswordError,
};
use cyclos_auth::models::{
    self, Auth, CaptchaResponse, ChangeForgottenPassword, ConflictError, ConflictErrorCode,
    DataForChangeForgottenPassword, DataForLogin, EntityReference, ErrorKind, ForbiddenError,
    ForbiddenErrorCode, ForgottenPasswordError, ForgottenPasswordErrorCode,
    ForgottenPasswordRequest, InputError, InputErrorCode, NotFoundError, OtpError, OtpErrorCode,
    OutboundSmsStatusEnum, PasswordInput, PasswordInputMethodEnum, PasswordModeEnum,
    PasswordStatusEnum, RoleEnum, SendMediumEnum, UnauthorizedError, UnauthorizedErrorCode,
    UserStatusEnum,
};
use cyclos_auth::{AuthApi, Client, CyclosClientExt, FieldsFormat, RetryPolicy, SdkError};
use mockito::{Matcher, Server};

const UNAUTHORIZED: &str =
    r#"{"code":"login","userStatus":"active","passwordStatus":"temporarilyBlocked"}"#;
const FORBIDDEN: &str = r#"{"code":"permissionDenied","passwordType":{"id":"1","name":"Login"}}"#;
const NOT_FOUND: &str = r#"{"entityType":"user","key":"alice"}"#;
const CONFLICT: &str = r#"{"code":"staleEntity"}"#;
const SERVER_ERROR: &str = r#"{"kind":"general","exceptionType":"java.lang.IllegalStateException","exceptionMessage":"boom"}"#;

fn unauthorized() -> UnauthorizedError {
    UnauthorizedError {
        code: Some(UnauthorizedErrorCode::Login),
        user_status: Some(UserStatusEnum::Active),
        password_status: Some(PasswordStatusEnum::TemporarilyBlocked),
        missing_secondary_password: None,
    }
}

fn forbidden() -> ForbiddenError {
    ForbiddenError {
        code: Some(ForbiddenErrorCode::PermissionDenied),
        password_type: Some(EntityReference {
            id: Some("1".into()),
            name: Some("Login".into()),
            internal_name: None,
        }),
    }
}

fn not_found() -> NotFoundError {
    NotFoundError {
        entity_type: Some("user".into()),
        key: Some("alice".into()),
    }
}

fn conflict() -> ConflictError {
    ConflictError {
        code: Some(ConflictErrorCode::StaleEntity),
    }
}

fn server_error() -> models::Error {
    models::Error {
        kind: Some(ErrorKind::General),
        exception_message: Some("boom".into()),
        ..models::Error::new("java.lang.IllegalStateException")
    }
}

fn client(server: &Server) -> Client {
    Client::builder(format!("{}/api", server.url()))
        .retry(RetryPolicy::new(3).initial_backoff(Duration::from_millis(5)))
        .build()
        .unwrap()
}

fn guest(server: &Server) -> AuthApi {
    AuthApi::new(client(server))
}

fn session(server: &Server) -> AuthApi {
    AuthApi::new(client(server).with_session_token("sess-tok-1"))
}

/// Runs `call` against a server answering `method path` with `status` and `body`.
async fn fail<T, E, F, Fut>(
    method: &str,
    path: &str,
    status: usize,
    body: &str,
    call: F,
) -> SdkError<E>
where
    T: std::fmt::Debug,
    F: FnOnce(AuthApi) -> Fut,
    Fut: Future<Output = Result<T, SdkError<E>>>,
{
    let mut server = Server::new_async().await;
    let _mock = server
        .mock(method, format!("/api{path}").as_str())
        .match_query(Matcher::Any)
        .with_status(status)
        .with_header("content-type", "application/json")
        .with_body(body)
        .create_async()
        .await;
    call(session(&server)).await.unwrap_err()
}

/// Asserts that a 503 reaches the server exactly once.
async fn sent_once<T, E, F, Fut>(method: &str, path: &str, call: F)
where
    T: std::fmt::Debug,
    E: std::fmt::Debug,
    F: FnOnce(AuthApi) -> Fut,
    Fut: Future<Output = Result<T, SdkError<E>>>,
{
    let mut server = Server::new_async().await;
    let mock = server
        .mock(method, format!("/api{path}").as_str())
        .match_query(Matcher::Any)
        .with_status(503)
        .expect(1)
        .create_async()
        .await;
    let err = call(session(&server)).await.unwrap_err();
    mock.assert_async().await;
    assert_eq!(err.status().unwrap(), 503, "{err:?}");
}

/// An Auth document as a Cyclos 4.11 server returns it after a login.
const AUTH: &str = r#"{
  "user": {
    "id": "-7628022303238911539",
    "display": "Alice Smith",
    "shortDisplay": "alice",
    "image": {"id": "99", "name": "alice.png", "contentType": "image/png", "length": 34501,
              "url": "https://cyclos.example.com/content/images/99", "width": 400, "height": 300}
  },
  "language": {"id": "1", "version": 12},
  "global": false,
  "role": "member",
  "systemAdministrator": false,
  "permissions": {
    "users": {"search": true, "viewProfile": true, "map": false},
    "myProfile": {"editProfile": true, "manageAddresses": true, "maxAddresses": 3,
                  "addressAvailability": "optional", "mobileAvailability": "required"},
    "banking": {
      "accounts": [{
        "account": {"id": "501", "number": "123456789", "type": {"id": "5", "name": "Member account", "internalName": "member"},
                    "currency": {"id": "2", "name": "Units", "internalName": "units", "symbol": "U",
                                 "prefix": "", "suffix": " U", "decimalDigits": 2}},
        "visible": true,
        "userPayments": [{"id": "10", "name": "Payment", "internalName": "member.payment",
                          "related": {"id": "5", "name": "Member account", "internalName": "member"}}]
      }],
      "payments": {"user": true, "system": false, "self": true, "pos": false},
      "authorizations": {"authorize": false, "deny": false, "cancel": true, "view": true},
      "scheduledPayments": {"block": false, "unblock": false, "cancel": true, "settle": true, "view": true, "process": false},
      "recurringPayments": {"cancel": true, "view": true},
      "externalPayments": {"view": true},
      "paymentRequests": {"accept": true, "reject": true, "cancel": true, "reschedule": false, "changeExpiration": true, "view": true},
      "tickets": {"view": false, "create": false, "cancel": false, "approve": false}
    },
    "marketplace": {"search": true, "ownAdvertisements": true, "manageOwnAdvertisements": true, "purchase": true},
    "passwords": {"manage": true, "passwords": [{"type": {"id": "3", "name": "Login password", "internalName": "login",
                                                          "global": false, "mode": "manual"},
                                                 "change": true, "enable": false, "reset": false, "unblock": false}]},
    "records": {"user": [{"type": {"id": "8", "name": "Note", "internalName": "note", "pluralName": "Notes",
                                    "layout": "list", "useViewPage": false},
                           "create": true, "update": true, "remove": false}], "system": []},
    "operations": {"user": [{"operation": {"id": "4", "name": "Export", "internalName": "export", "scope": "user",
                                           "resultType": "fileDownload", "missingRequiredParameters": []},
                             "run": true}]},
    "contacts": {"enable": true, "hasVisibleFields": true, "hasEditableFields": false},
    "notifications": {"enable": true},
    "tokens": {"nfc": [{"type": {"id": "6", "name": "NFC card", "internalName": "nfc"},
                        "initialize": false, "personalize": true, "personalizeAsMember": false}]}
  },
  "sessionToken": "sess-tok-1",
  "principalType": {"id": "1", "name": "Login name", "internalName": "username"},
  "principal": "alice",
  "passwordType": {"id": "3", "name": "Login password", "internalName": "login", "global": false, "mode": "manual"},
  "expiredPassword": false,
  "pendingAgreements": false,
  "expiredSecondaryPassword": false,
  "pendingSecondaryPassword": false,
  "configuration": {"id": "77", "version": 3},
  "somethingNewer": {"ignored": true}
}"#;

mod change_forgotten_password {
    use super::*;

    fn params() -> ChangeForgottenPassword {
        ChangeForgottenPassword {
            key: Some("reset-key-1".into()),
            security_answer: Some("answer-secret".into()),
            new_password: Some("new-pw-secret".into()),
            check_confirmation: Some(true),
            new_password_confirmation: Some("new-pw-secret".into()),
        }
    }

    #[tokio::test]
    async fn sends_the_params_as_json() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/api/auth/forgotten-password")
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", "application/json")
            .match_header("session-token", Matcher::Missing)
            .match_header("authorization", Matcher::Missing)
            .match_body(Matcher::Exact(
                r#"{"key":"reset-key-1","securityAnswer":"answer-secret","newPassword":"new-pw-secret","checkConfirmation":true,"newPasswordConfirmation":"new-pw-secret"}"#
                    .into(),
            ))
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        let result = guest(&server)
            .change_forgotten_password(params())
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 204);
    }

    #[tokio::test]
    async fn documented_errors_are_typed() {
        let call = |api: AuthApi| api.change_forgotten_password(params()).into_future();
        let err = fail("POST", "/auth/forgotten-password", 401, UNAUTHORIZED, call).await;
        assert_eq!(
            err.entity(),
            Some(&ChangeForgottenPasswordError::Status401(unauthorized()))
        );
        let err = fail("POST", "/auth/forgotten-password", 403, FORBIDDEN, call).await;
        assert_eq!(
            err.entity(),
            Some(&ChangeForgottenPasswordError::Status403(forbidden()))
        );
        let err = fail("POST", "/auth/forgotten-password", 404, NOT_FOUND, call).await;
        assert_eq!(
            err.entity(),
            Some(&ChangeForgottenPasswordError::Status404(not_found()))
        );
        let body = r#"{"kind":"forgottenPassword","exceptionType":"ForgottenPasswordException","code":"invalidSecurityAnswer","keyInvalidated":true}"#;
        let err = fail("POST", "/auth/forgotten-password", 500, body, call).await;
        let expected = ForgottenPasswordError {
            kind: Some(ErrorKind::ForgottenPassword),
            code: Some(ForgottenPasswordErrorCode::InvalidSecurityAnswer),
            key_invalidated: Some(true),
            ..ForgottenPasswordError::new("ForgottenPasswordException")
        };
        assert_eq!(
            err.entity(),
            Some(&ChangeForgottenPasswordError::Status500(expected))
        );
        // A generic 500 keeps its kind, which tells it apart.
        let err = fail("POST", "/auth/forgotten-password", 500, SERVER_ERROR, call).await;
        match err.entity() {
            Some(ChangeForgottenPasswordError::Status500(error)) => {
                assert_eq!(error.kind, Some(ErrorKind::General));
                assert_eq!(error.code, None);
                assert_eq!(error.exception_message.as_deref(), Some("boom"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn never_sent_twice_and_secrets_never_print() {
        sent_once("POST", "/auth/forgotten-password", |api: AuthApi| {
            api.change_forgotten_password(params()).into_future()
        })
        .await;
        let builder = AuthApi::new(Client::new("https://h.example/api").unwrap())
            .change_forgotten_password(params());
        for text in [format!("{:?}", params()), format!("{builder:?}")] {
            assert!(
                !text.contains("secret") && !text.contains("reset-key"),
                "{text}"
            );
        }
        let err = fail(
            "POST",
            "/auth/forgotten-password",
            500,
            r#"{"echo":"new-pw-secret"}"#,
            |api: AuthApi| api.change_forgotten_password(params()).into_future(),
        )
        .await;
        assert!(!format!("{err} {err:?}").contains("new-pw-secret"), "{err}");
    }
}

mod disconnect_current_client {
    use super::*;

    #[tokio::test]
    async fn sends_the_access_client_token_and_the_confirmation_password_header() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("DELETE", "/api/auth/access-client")
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("access-client-token", "ac-tok-1")
            .match_header("confirmationpassword", "1234")
            .match_header("authorization", Matcher::Missing)
            .match_header("session-token", Matcher::Missing)
            .match_header("content-type", Matcher::Missing)
            .match_body(Matcher::Exact(String::new()))
            .expect(1)
            .create_async()
            .await;
        let api = AuthApi::new(client(&server).with_access_client_token("ac-tok-1"));
        let result = api
            .disconnect_current_client()
            .params(|p| p.confirmation_password("1234"))
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 200);
    }

    #[tokio::test]
    async fn no_confirmation_header_unless_set() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("DELETE", "/api/auth/access-client")
            .match_header("confirmationpassword", Matcher::Missing)
            .expect(1)
            .create_async()
            .await;
        let api = AuthApi::new(client(&server).with_access_client_token("ac-tok-1"));
        api.disconnect_current_client().await.unwrap();
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn documented_errors_are_typed() {
        let call = |api: AuthApi| api.disconnect_current_client().into_future();
        let path = "/auth/access-client";
        let err = fail("DELETE", path, 401, UNAUTHORIZED, call).await;
        assert_eq!(
            err.entity(),
            Some(&DisconnectCurrentClientError::Status401(unauthorized()))
        );
        let err = fail("DELETE", path, 403, FORBIDDEN, call).await;
        assert_eq!(
            err.entity(),
            Some(&DisconnectCurrentClientError::Status403(forbidden()))
        );
        let err = fail("DELETE", path, 404, NOT_FOUND, call).await;
        assert_eq!(
            err.entity(),
            Some(&DisconnectCurrentClientError::Status404(not_found()))
        );
        let err = fail("DELETE", path, 409, CONFLICT, call).await;
        assert_eq!(
            err.entity(),
            Some(&DisconnectCurrentClientError::Status409(conflict()))
        );
        let err = fail("DELETE", path, 500, SERVER_ERROR, call).await;
        assert_eq!(
            err.entity(),
            Some(&DisconnectCurrentClientError::Status500(server_error()))
        );
    }

    #[tokio::test]
    async fn never_sent_twice_and_the_confirmation_password_never_prints() {
        sent_once("DELETE", "/auth/access-client", |api: AuthApi| {
            api.disconnect_current_client().into_future()
        })
        .await;
        let builder = AuthApi::new(
            Client::new("https://h.example/api")
                .unwrap()
                .with_access_client_token("ac-secret"),
        )
        .disconnect_current_client()
        .params(|p| p.confirmation_password("pin-secret"));
        assert!(!format!("{builder:?}").contains("secret"), "{builder:?}");
        let err = fail(
            "DELETE",
            "/auth/access-client",
            403,
            r#"{"code":"invalidPassword","echo":"pin-secret"}"#,
            |api: AuthApi| {
                api.disconnect_current_client()
                    .params(|p| p.confirmation_password("pin-secret"))
                    .into_future()
            },
        )
        .await;
        assert!(!format!("{err} {err:?}").contains("pin-secret"), "{err}");
    }
}

mod forgotten_password_request {
    use super::*;

    fn params() -> ForgottenPasswordRequest {
        ForgottenPasswordRequest {
            user: Some("alice@example.com".into()),
            captcha: Some(CaptchaResponse {
                challenge: Some("ch-1".into()),
                response: Some("x7k2".into()),
            }),
        }
    }

    #[tokio::test]
    async fn sends_the_params_as_json() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/api/auth/forgotten-password/request")
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", "application/json")
            .match_body(Matcher::Exact(
                r#"{"user":"alice@example.com","captcha":{"challenge":"ch-1","response":"x7k2"}}"#
                    .into(),
            ))
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        guest(&server)
            .forgotten_password_request(params())
            .await
            .unwrap();
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn unset_fields_are_not_sent() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/api/auth/forgotten-password/request")
            .match_body(Matcher::Exact(r#"{"user":"alice"}"#.into()))
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        let params = ForgottenPasswordRequest {
            user: Some("alice".into()),
            ..ForgottenPasswordRequest::default()
        };
        guest(&server)
            .forgotten_password_request(params)
            .await
            .unwrap();
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn documented_errors_are_typed_and_never_sent_twice() {
        let call = |api: AuthApi| api.forgotten_password_request(params()).into_future();
        let path = "/auth/forgotten-password/request";
        let err = fail("POST", path, 401, UNAUTHORIZED, call).await;
        assert_eq!(
            err.entity(),
            Some(&ForgottenPasswordRequestError::Status401(unauthorized()))
        );
        let err = fail("POST", path, 403, FORBIDDEN, call).await;
        assert_eq!(
            err.entity(),
            Some(&ForgottenPasswordRequestError::Status403(forbidden()))
        );
        let err = fail("POST", path, 404, NOT_FOUND, call).await;
        assert_eq!(
            err.entity(),
            Some(&ForgottenPasswordRequestError::Status404(not_found()))
        );
        let err = fail("POST", path, 500, SERVER_ERROR, call).await;
        assert_eq!(
            err.entity(),
            Some(&ForgottenPasswordRequestError::Status500(server_error()))
        );
        sent_once("POST", path, call).await;
    }
}

mod get_current_auth {
    use super::*;

    #[tokio::test]
    async fn decodes_a_full_auth_document_with_the_session_token() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", "/api/auth")
            .match_body(Matcher::Exact(String::new()))
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("session-token", "sess-tok-1")
            .match_header("authorization", Matcher::Missing)
            .match_header("access-client-token", Matcher::Missing)
            .match_header("content-type", Matcher::Missing)
            .with_header("content-type", "application/json;charset=UTF-8")
            .with_body(AUTH)
            .expect(1)
            .create_async()
            .await;
        let auth = session(&server).get_current_auth().send().await.unwrap();
        mock.assert_async().await;
        assert_eq!(auth.status(), 200);
        let auth = auth.into_inner();
        let user = auth.user.as_ref().unwrap();
        assert_eq!(user.id.as_deref(), Some("-7628022303238911539"));
        assert_eq!(user.image.as_ref().unwrap().length, Some(34501));
        assert_eq!(auth.role, Some(RoleEnum::Member));
        assert_eq!(auth.session_token.as_ref().unwrap().expose(), "sess-tok-1");
        assert_eq!(auth.configuration.as_ref().unwrap().version, Some(3));
        let permissions = auth.permissions.as_ref().unwrap();
        let banking = permissions.banking.as_ref().unwrap();
        let account = &banking.accounts.as_ref().unwrap()[0];
        let currency = account.account.as_ref().unwrap().currency.as_ref().unwrap();
        assert_eq!(currency.symbol.as_deref(), Some("U"));
        assert_eq!(currency.decimal_digits, Some(2));
        assert_eq!(banking.payments.as_ref().unwrap().self_, Some(true));
        let related = account.user_payments.as_ref().unwrap()[0]
            .related
            .as_ref()
            .unwrap();
        assert_eq!(related.internal_name.as_deref(), Some("member"));
        let passwords = permissions
            .passwords
            .as_ref()
            .unwrap()
            .passwords
            .as_ref()
            .unwrap();
        let password_type = passwords[0].type_.as_ref().unwrap();
        assert_eq!(password_type.mode, Some(PasswordModeEnum::Manual));
        let records = permissions.records.as_ref().unwrap();
        assert_eq!(records.system, Some(vec![]));
        assert_eq!(
            records.user.as_ref().unwrap()[0]
                .type_
                .as_ref()
                .unwrap()
                .layout,
            Some(models::RecordLayoutEnum::List)
        );
        let nfc = &permissions.tokens.as_ref().unwrap().nfc.as_ref().unwrap()[0];
        assert_eq!(nfc.personalize, Some(true));
        let profile = permissions.my_profile.as_ref().unwrap();
        assert_eq!(
            profile.address_availability,
            Some(models::AvailabilityEnum::Optional)
        );
        // Everything known survives a round trip; the unknown field is dropped.
        let mut expected: serde_json::Value = serde_json::from_str(AUTH).unwrap();
        expected.as_object_mut().unwrap().remove("somethingNewer");
        assert_eq!(serde_json::to_value(&auth).unwrap(), expected);
        assert!(!format!("{auth:?}").contains("sess-tok-1"));
    }

    #[tokio::test]
    async fn fields_are_repeated_by_default() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", "/api/auth")
            .match_query(Matcher::Exact(
                "fields=user&fields=permissions.banking&fields=-language".into(),
            ))
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        let auth = session(&server)
            .get_current_auth()
            .params(|p| p.fields(["user", "permissions.banking", "-language"]))
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(auth, Auth::default());
    }

    #[tokio::test]
    async fn fields_are_comma_joined_when_asked() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", "/api/auth")
            .match_query(Matcher::AllOf(vec![Matcher::UrlEncoded(
                "fields".into(),
                "user,permissions.banking".into(),
            )]))
            .match_query(Matcher::Exact("fields=user%2Cpermissions.banking".into()))
            .with_body("{}")
            .expect(1)
            .create_async()
            .await;
        session(&server)
            .with_fields_format(FieldsFormat::Csv)
            .get_current_auth()
            .params(|p| p.fields(vec!["user".to_owned(), "permissions.banking".to_owned()]))
            .await
            .unwrap();
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn guest_sends_no_credentials_and_an_unknown_role_decodes() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", "/api/auth")
            .match_header("session-token", Matcher::Missing)
            .match_header("authorization", Matcher::Missing)
            .match_header("access-client-token", Matcher::Missing)
            .with_body(r#"{"role":"superhero","permissions":{"users":{"search":false}}}"#)
            .expect(1)
            .create_async()
            .await;
        let auth = guest(&server).get_current_auth().await.unwrap();
        mock.assert_async().await;
        assert_eq!(auth.role, Some(RoleEnum::Unknown("superhero".into())));
        assert_eq!(auth.role.as_ref().unwrap().as_str(), "superhero");
    }

    #[tokio::test]
    async fn documented_errors_are_typed() {
        let call = |api: AuthApi| api.get_current_auth().into_future();
        let err = fail("GET", "/auth", 401, UNAUTHORIZED, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetCurrentAuthError::Status401(unauthorized()))
        );
        let err = fail("GET", "/auth", 403, FORBIDDEN, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetCurrentAuthError::Status403(forbidden()))
        );
        let err = fail("GET", "/auth", 404, NOT_FOUND, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetCurrentAuthError::Status404(not_found()))
        );
        let err = fail("GET", "/auth", 500, SERVER_ERROR, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetCurrentAuthError::Status500(server_error()))
        );
    }

    #[tokio::test]
    async fn undocumented_status_keeps_the_raw_body() {
        let err = fail(
            "GET",
            "/auth",
            418,
            "<html>teapot</html>",
            |api: AuthApi| api.get_current_auth().into_future(),
        )
        .await;
        assert!(err.entity().is_none());
        assert_eq!(
            err.content().unwrap().text_may_hold_secrets(),
            "<html>teapot</html>"
        );
        assert_eq!(
            err.to_string(),
            "get_current_auth (GET /auth): HTTP 418 I'm a teapot: \
             (19-byte body; server text withheld: the request carried a credential)"
        );
        let err = fail("GET", "/auth", 400, r#"{"x":1}"#, |api: AuthApi| {
            api.get_current_auth().into_future()
        })
        .await;
        assert_eq!(
            err.entity(),
            Some(&GetCurrentAuthError::Unknown(
                serde_json::json!({"x": 1}).into()
            ))
        );
    }

    #[tokio::test]
    async fn malformed_success_body_is_a_decode_error() {
        for body in ["not json", r#"{"role":7}"#, "", r#"{"user":[]}"#] {
            let mut server = Server::new_async().await;
            let _mock = server
                .mock("GET", "/api/auth")
                .with_header("content-type", "application/json")
                .with_body(body)
                .create_async()
                .await;
            let err = session(&server).get_current_auth().await.unwrap_err();
            assert!(matches!(err, SdkError::Decode(_)), "{body}: {err:?}");
        }
    }

    #[tokio::test]
    async fn retried_after_a_503_because_it_only_reads() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", "/api/auth")
            .with_status(503)
            .expect(3)
            .create_async()
            .await;
        let err = session(&server).get_current_auth().await.unwrap_err();
        mock.assert_async().await;
        assert_eq!(err.status().unwrap(), 503);
    }
}

mod get_data_for_change_forgotten_password {
    use super::*;

    #[tokio::test]
    async fn sends_the_key_and_fields() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", "/api/auth/forgotten-password/data-for-change")
            .match_body(Matcher::Exact(String::new()))
            .match_query(Matcher::Exact(
                "fields=generated&key=k%2By%2Fz%3D%20%C3%A9".into(),
            ))
            .match_header("accept", "application/json")
            .with_body(r#"{"generated":false,"securityQuestion":"Your first pet?"}"#)
            .expect(1)
            .create_async()
            .await;
        let data = guest(&server)
            .get_data_for_change_forgotten_password("k+y/z= é")
            .params(|p| p.fields(["generated"]))
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(
            data,
            DataForChangeForgottenPassword {
                generated: Some(false),
                security_question: Some("Your first pet?".into()),
            }
        );
    }

    #[tokio::test]
    async fn an_empty_key_is_refused_before_sending() {
        let api = AuthApi::new(Client::new("http://127.0.0.1:9/api").unwrap());
        let err = api
            .get_data_for_change_forgotten_password("")
            .await
            .unwrap_err();
        assert!(matches!(err, SdkError::InvalidRequest(_)), "{err:?}");
    }

    #[tokio::test]
    async fn documented_errors_are_typed_and_the_key_never_prints() {
        let call = |api: AuthApi| {
            api.get_data_for_change_forgotten_password("reset-key-secret")
                .into_future()
        };
        let path = "/auth/forgotten-password/data-for-change";
        let err = fail("GET", path, 401, UNAUTHORIZED, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetDataForChangeForgottenPasswordError::Status401(
                unauthorized()
            ))
        );
        let err = fail("GET", path, 403, FORBIDDEN, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetDataForChangeForgottenPasswordError::Status403(
                forbidden()
            ))
        );
        let err = fail(
            "GET",
            path,
            404,
            r#"{"entityType":"key","key":"reset-key-secret"}"#,
            call,
        )
        .await;
        match err.entity() {
            Some(GetDataForChangeForgottenPasswordError::Status404(error)) => {
                assert_eq!(error.entity_type.as_deref(), Some("key"));
            }
            other => panic!("{other:?}"),
        }
        assert!(
            !format!("{err} {err:?}").contains("reset-key-secret"),
            "{err}"
        );
        let err = fail("GET", path, 500, SERVER_ERROR, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetDataForChangeForgottenPasswordError::Status500(
                server_error()
            ))
        );
        let builder = AuthApi::new(Client::new("https://h.example/api").unwrap())
            .get_data_for_change_forgotten_password("reset-key-secret");
        assert!(!format!("{builder:?}").contains("secret"), "{builder:?}");
    }
}

mod get_data_for_login {
    use super::*;

    const DATA: &str = r##"{
      "accessPasswordType": {"id": "3", "name": "Login password", "internalName": "login"},
      "principalTypes": [
        {"id": "1", "name": "Login name", "internalName": "username", "kind": "username"},
        {"id": "9", "name": "Card", "internalName": "card", "kind": "token", "tokenType": "nfcTag",
         "mask": "9999-9999", "allowManualInput": true}
      ],
      "defaultPrincipalType": "username",
      "extraForgotPasswordPrincipalTypes": [{"internalName": "email", "kind": "email"}],
      "loginPasswordInput": {"id": "3", "name": "Login password", "internalName": "login",
        "inputMethod": "virtualKeyboard", "mode": "manual", "minLength": 4, "maxLength": 8,
        "numberOfButtons": 3, "buttonsPerRow": 3, "buttons": [["abc", "def", "fgh"], ["ijk", "lmn", "opq"]]},
      "forgotPasswordCaptchaProvider": "internal",
      "forgotPasswordMediums": ["email", "sms", "pigeon"]
    }"##;

    #[tokio::test]
    async fn decodes_the_login_configuration() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", "/api/auth/data-for-login")
            .match_body(Matcher::Exact(String::new()))
            .match_query(Matcher::Exact(
                "fields=principalTypes&fields=loginPasswordInput".into(),
            ))
            .match_header("accept", "application/json")
            .match_header("session-token", Matcher::Missing)
            .with_header("content-type", "application/json")
            .with_body(DATA)
            .expect(1)
            .create_async()
            .await;
        let data = guest(&server)
            .get_data_for_login()
            .params(|p| p.fields(["principalTypes", "loginPasswordInput"]))
            .await
            .unwrap()
            .unwrap();
        mock.assert_async().await;
        let types = data.principal_types.as_ref().unwrap();
        assert_eq!(types[1].kind, Some(models::PrincipalTypeKind::Token));
        assert_eq!(types[1].token_type, Some(models::TokenTypeEnum::NfcTag));
        assert_eq!(types[1].allow_manual_input, Some(true));
        let input = data.login_password_input.as_ref().unwrap();
        assert_eq!(
            input.input_method,
            Some(PasswordInputMethodEnum::VirtualKeyboard)
        );
        assert_eq!(input.buttons.as_ref().unwrap()[1][2], "opq");
        assert_eq!(
            data.forgot_password_mediums,
            Some(vec![
                SendMediumEnum::Email,
                SendMediumEnum::Sms,
                SendMediumEnum::Unknown("pigeon".into())
            ])
        );
        assert_eq!(
            data.forgot_password_captcha_provider,
            Some(models::CaptchaProviderEnum::Internal)
        );
        let expected: serde_json::Value = serde_json::from_str(DATA).unwrap();
        assert_eq!(serde_json::to_value(&data).unwrap(), expected);
    }

    #[tokio::test]
    async fn no_content_when_already_logged_in_is_none() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", "/api/auth/data-for-login")
            .match_header("session-token", "sess-tok-1")
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        let result = session(&server).get_data_for_login().send().await.unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 204);
        assert_eq!(result.into_inner(), None::<DataForLogin>);
    }

    #[tokio::test]
    async fn documented_errors_are_typed_and_bad_bodies_fail() {
        let call = |api: AuthApi| api.get_data_for_login().into_future();
        let path = "/auth/data-for-login";
        let err = fail("GET", path, 401, UNAUTHORIZED, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetDataForLoginError::Status401(unauthorized()))
        );
        let err = fail("GET", path, 403, FORBIDDEN, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetDataForLoginError::Status403(forbidden()))
        );
        let err = fail("GET", path, 404, NOT_FOUND, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetDataForLoginError::Status404(not_found()))
        );
        let err = fail("GET", path, 500, SERVER_ERROR, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetDataForLoginError::Status500(server_error()))
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("GET", "/api/auth/data-for-login")
            .with_header("content-type", "application/json")
            .with_body(r#"{"principalTypes":{}}"#)
            .create_async()
            .await;
        let err = guest(&server).get_data_for_login().await.unwrap_err();
        assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
    }
}

mod get_secondary_password_input {
    use super::*;

    #[tokio::test]
    async fn decodes_the_password_input_with_inherited_fields() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", "/api/auth/session/secondary-password")
            .match_body(Matcher::Exact(String::new()))
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("session-token", "sess-tok-1")
            .with_body(
                r#"{"id":"4","name":"PIN","internalName":"pin","inputMethod":"textBox","mode":"otp","otpSendMediums":["sms"],"hasActivePassword":true}"#,
            )
            .expect(1)
            .create_async()
            .await;
        let input = session(&server)
            .get_secondary_password_input()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(
            input,
            PasswordInput {
                id: Some("4".into()),
                name: Some("PIN".into()),
                internal_name: Some("pin".into()),
                input_method: Some(PasswordInputMethodEnum::TextBox),
                mode: Some(PasswordModeEnum::Otp),
                otp_send_mediums: Some(vec![SendMediumEnum::Sms]),
                has_active_password: Some(true),
                ..PasswordInput::default()
            }
        );
    }

    #[tokio::test]
    async fn documented_errors_are_typed() {
        let call = |api: AuthApi| api.get_secondary_password_input().into_future();
        let path = "/auth/session/secondary-password";
        let err = fail("GET", path, 401, UNAUTHORIZED, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetSecondaryPasswordInputError::Status401(unauthorized()))
        );
        let err = fail("GET", path, 403, FORBIDDEN, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetSecondaryPasswordInputError::Status403(forbidden()))
        );
        let err = fail("GET", path, 404, NOT_FOUND, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetSecondaryPasswordInputError::Status404(not_found()))
        );
        let err = fail("GET", path, 500, SERVER_ERROR, call).await;
        assert_eq!(
            err.entity(),
            Some(&GetSecondaryPasswordInputError::Status500(server_error()))
        );
    }
}

mod login {
    use super::*;

    #[tokio::test]
    async fn basic_auth_login_without_a_body() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/api/auth/session")
            .match_query(Matcher::Exact(
                "fields=sessionToken&fields=user.display&cookie=true&timeoutInSeconds=600".into(),
            ))
            .match_header("accept", "application/json")
            // alice:p@ss:wörd
            .match_header("authorization", "Basic YWxpY2U6cEBzczp3w7ZyZA==")
            .match_header("principal-type", "username")
            .match_header("session-token", Matcher::Missing)
            .match_header("access-client-token", Matcher::Missing)
            .match_header("content-type", Matcher::Missing)
            .match_body(Matcher::Exact(String::new()))
            .with_header("content-type", "application/json")
            .with_body(
                r#"{"user":{"display":"Alice"},"sessionToken":"sess-tok-1","role":"member"}"#,
            )
            .expect(1)
            .create_async()
            .await;
        let api = AuthApi::new(
            client(&server)
                .with_basic_auth("alice", "p@ss:wörd")
                .with_principal_type("username"),
        );
        let auth = api
            .login()
            .params(|p| p.fields(["sessionToken", "user.display"]))
            .params(|p| p.cookie(true))
            .params(|p| p.timeout_in_seconds(600))
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(auth.session_token.unwrap().expose(), "sess-tok-1");
        assert_eq!(auth.user.unwrap().display.as_deref(), Some("Alice"));
    }

    #[tokio::test]
    async fn access_client_login_with_false_cookie() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/api/auth/session")
            .match_query(Matcher::Exact("cookie=false".into()))
            .match_header("access-client-token", "ac-tok-1")
            .match_header("authorization", Matcher::Missing)
            .with_body(r#"{"sessionToken":"s"}"#)
            .expect(1)
            .create_async()
            .await;
        // The access client token replaces basic auth.
        let client = client(&server)
            .with_basic_auth("alice", "pw")
            .with_access_client_token("ac-tok-1");
        AuthApi::new(client)
            .login()
            .params(|p| p.cookie(false))
            .await
            .unwrap();
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn the_session_token_replaces_basic_auth() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("DELETE", "/api/auth/session")
            .match_header("session-token", "sess-tok-2")
            .match_header("authorization", Matcher::Missing)
            .match_header("access-client-token", Matcher::Missing)
            .expect(1)
            .create_async()
            .await;
        let basic = client(&server).with_basic_auth("alice", "pw");
        AuthApi::new(basic.with_session_token("sess-tok-2"))
            .logout()
            .await
            .unwrap();
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn a_negative_timeout_is_refused_before_sending() {
        let api = AuthApi::new(Client::new("http://127.0.0.1:9/api").unwrap());
        let err = api
            .login()
            .params(|p| p.timeout_in_seconds(-1))
            .await
            .unwrap_err();
        assert!(matches!(err, SdkError::InvalidRequest(_)), "{err:?}");
    }

    #[tokio::test]
    async fn documented_errors_are_typed() {
        let call = |api: AuthApi| api.login().into_future();
        let err = fail("POST", "/auth/session", 401, UNAUTHORIZED, call).await;
        assert_eq!(err.entity(), Some(&LoginError::Status401(unauthorized())));
        let err = fail("POST", "/auth/session", 403, FORBIDDEN, call).await;
        assert_eq!(err.entity(), Some(&LoginError::Status403(forbidden())));
        let err = fail("POST", "/auth/session", 404, NOT_FOUND, call).await;
        assert_eq!(err.entity(), Some(&LoginError::Status404(not_found())));
        let err = fail("POST", "/auth/session", 500, SERVER_ERROR, call).await;
        assert_eq!(err.entity(), Some(&LoginError::Status500(server_error())));
        let err = fail(
            "POST",
            "/auth/session",
            401,
            r#"{"code":"tooManyCooks"}"#,
            call,
        )
        .await;
        match err.entity() {
            Some(LoginError::Status401(error)) => {
                assert_eq!(
                    error.code,
                    Some(UnauthorizedErrorCode::Unknown("tooManyCooks".into()))
                )
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn malformed_success_body_is_a_decode_error() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/api/auth/session")
            .with_header("content-type", "text/html")
            .with_body("<html>login page</html>")
            .create_async()
            .await;
        let err = guest(&server).login().await.unwrap_err();
        assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
    }

    #[tokio::test]
    async fn never_sent_twice_and_credentials_never_print() {
        sent_once("POST", "/auth/session", |api: AuthApi| {
            api.login().into_future()
        })
        .await;
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/api/auth/session")
            .with_status(401)
            .with_body(r#"{"code":"login","echo":"pw-secret-1 sess-secret-2"}"#)
            .create_async()
            .await;
        let client = client(&server).with_basic_auth("alice", "pw-secret-1");
        let builder = AuthApi::new(client.clone()).login();
        let text = format!("{builder:?} {client:?}");
        assert!(!text.contains("secret"), "{text}");
        let err = AuthApi::new(client).login().await.unwrap_err();
        assert!(!format!("{err} {err:?}").contains("pw-secret-1"), "{err}");
        let auth = Auth {
            session_token: Some("sess-secret-2".into()),
            ..Auth::default()
        };
        assert!(!format!("{auth:?}").contains("secret"));
    }
}

mod logout {
    use super::*;

    #[tokio::test]
    async fn sends_the_session_token() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("DELETE", "/api/auth/session")
            .match_query(Matcher::Exact("cookie=true".into()))
            .match_header("accept", "application/json")
            .match_header("session-token", "sess-tok-1")
            .match_header("content-type", Matcher::Missing)
            .match_body(Matcher::Exact(String::new()))
            .expect(1)
            .create_async()
            .await;
        let result = session(&server)
            .logout()
            .params(|p| p.cookie(true))
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 200);
    }

    #[tokio::test]
    async fn documented_errors_are_typed() {
        let call = |api: AuthApi| api.logout().into_future();
        let err = fail(
            "DELETE",
            "/auth/session",
            401,
            r#"{"code":"loggedOut"}"#,
            call,
        )
        .await;
        assert_eq!(
            err.entity(),
            Some(&LogoutError::Status401(UnauthorizedError {
                code: Some(UnauthorizedErrorCode::LoggedOut),
                ..UnauthorizedError::default()
            }))
        );
        let err = fail("DELETE", "/auth/session", 403, FORBIDDEN, call).await;
        assert_eq!(err.entity(), Some(&LogoutError::Status403(forbidden())));
        let err = fail("DELETE", "/auth/session", 404, NOT_FOUND, call).await;
        assert_eq!(err.entity(), Some(&LogoutError::Status404(not_found())));
        let err = fail("DELETE", "/auth/session", 409, CONFLICT, call).await;
        assert_eq!(err.entity(), Some(&LogoutError::Status409(conflict())));
        let err = fail("DELETE", "/auth/session", 500, SERVER_ERROR, call).await;
        assert_eq!(err.entity(), Some(&LogoutError::Status500(server_error())));
        let err = fail("DELETE", "/auth/session", 502, "bad gateway", call).await;
        assert!(err.entity().is_none());
        assert!(!format!("{err} {err:?}").contains("sess-tok-1"));
    }

    #[tokio::test]
    async fn never_sent_twice() {
        sent_once("DELETE", "/auth/session", |api: AuthApi| {
            api.logout().into_future()
        })
        .await;
    }
}

mod new_otp {
    use super::*;

    #[tokio::test]
    async fn sends_the_medium_and_decodes_the_recipients() {
        for (medium, query) in [
            (SendMediumEnum::Sms, "medium=sms"),
            (SendMediumEnum::Email, "medium=email"),
        ] {
            let mut server = Server::new_async().await;
            let mock = server
                .mock("POST", "/api/auth/otp")
                .match_query(Matcher::Exact(query.into()))
                .match_header("accept", "application/json")
                .match_header("session-token", "sess-tok-1")
                .match_header("content-type", Matcher::Missing)
                .match_body(Matcher::Exact(String::new()))
                .with_header("content-type", "application/json")
                .with_body(r#"["+5491122334455","+5491166778899"]"#)
                .expect(1)
                .create_async()
                .await;
            let sent_to = session(&server).new_otp(medium).await.unwrap();
            mock.assert_async().await;
            assert_eq!(sent_to, vec!["+5491122334455", "+5491166778899"]);
        }
    }

    #[tokio::test]
    async fn documented_errors_are_typed() {
        let call = |api: AuthApi| api.new_otp(SendMediumEnum::Sms).into_future();
        let err = fail("POST", "/auth/otp", 401, UNAUTHORIZED, call).await;
        assert_eq!(err.entity(), Some(&NewOtpError::Status401(unauthorized())));
        let err = fail("POST", "/auth/otp", 403, FORBIDDEN, call).await;
        assert_eq!(err.entity(), Some(&NewOtpError::Status403(forbidden())));
        let err = fail("POST", "/auth/otp", 404, NOT_FOUND, call).await;
        assert_eq!(err.entity(), Some(&NewOtpError::Status404(not_found())));
        let body = r#"{"code":"validation","generalErrors":["No phone enabled for SMS"],"propertyErrors":{"medium":["Invalid"]},"indexedErrors":{"phones":[null,{"code":"missingParameter","name":"number"}]}}"#;
        let err = fail("POST", "/auth/otp", 422, body, call).await;
        let nested = InputError {
            code: Some(InputErrorCode::MissingParameter),
            name: Some("number".into()),
            ..InputError::default()
        };
        let expected = InputError {
            code: Some(InputErrorCode::Validation),
            general_errors: Some(vec!["No phone enabled for SMS".into()]),
            property_errors: Some([("medium".to_owned(), vec!["Invalid".to_owned()])].into()),
            indexed_errors: Some([("phones".to_owned(), vec![None, Some(nested)])].into()),
            ..InputError::default()
        };
        assert_eq!(err.entity(), Some(&NewOtpError::Status422(expected)));
        let body = r#"{"kind":"otp","exceptionType":"OtpException","code":"errorSendingSms","smsStatus":"gatewayUreachable"}"#;
        let err = fail("POST", "/auth/otp", 500, body, call).await;
        let expected = OtpError {
            kind: Some(ErrorKind::Otp),
            code: Some(OtpErrorCode::ErrorSendingSms),
            sms_status: Some(OutboundSmsStatusEnum::GatewayUreachable),
            ..OtpError::new("OtpException")
        };
        assert_eq!(err.entity(), Some(&NewOtpError::Status500(expected)));
        let err = fail("POST", "/auth/otp", 500, SERVER_ERROR, call).await;
        match err.entity() {
            Some(NewOtpError::Status500(error)) => {
                assert_eq!(error.kind, Some(ErrorKind::General));
                assert_eq!(error.exception_type, "java.lang.IllegalStateException");
            }
            other => panic!("{other:?}"),
        }
        // Without the required `exceptionType` the body is kept raw.
        let err = fail("POST", "/auth/otp", 500, r#"{"kind":"otp"}"#, call).await;
        assert!(err.entity().is_none());
    }

    #[tokio::test]
    async fn malformed_success_body_and_single_send() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", "/api/auth/otp")
            .match_query(Matcher::Any)
            .with_header("content-type", "application/json")
            .with_body(r#"{"to":"x"}"#)
            .create_async()
            .await;
        let err = session(&server)
            .new_otp(SendMediumEnum::Email)
            .await
            .unwrap_err();
        assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
        sent_once("POST", "/auth/otp", |api: AuthApi| {
            api.new_otp(SendMediumEnum::Sms).into_future()
        })
        .await;
    }
}

mod validate_secondary_password {
    use super::*;

    #[tokio::test]
    async fn sends_the_raw_password_as_text() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", "/api/auth/session/secondary-password")
            .match_query(Matcher::Missing)
            .match_header("accept", "application/json")
            .match_header("content-type", "text/plain")
            .match_header("session-token", "sess-tok-1")
            .match_body(Matcher::Exact("987654321|def|ijk \"q\"".into()))
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        let result = session(&server)
            .validate_secondary_password("987654321|def|ijk \"q\"")
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 204);
    }

    #[tokio::test]
    async fn documented_errors_are_typed() {
        let call = |api: AuthApi| api.validate_secondary_password("pw").into_future();
        let path = "/auth/session/secondary-password";
        let err = fail("POST", path, 401, UNAUTHORIZED, call).await;
        assert_eq!(
            err.entity(),
            Some(&ValidateSecondaryPasswordError::Status401(unauthorized()))
        );
        let err = fail("POST", path, 403, FORBIDDEN, call).await;
        assert_eq!(
            err.entity(),
            Some(&ValidateSecondaryPasswordError::Status403(forbidden()))
        );
        let err = fail("POST", path, 404, NOT_FOUND, call).await;
        assert_eq!(
            err.entity(),
            Some(&ValidateSecondaryPasswordError::Status404(not_found()))
        );
        let err = fail("POST", path, 500, SERVER_ERROR, call).await;
        assert_eq!(
            err.entity(),
            Some(&ValidateSecondaryPasswordError::Status500(server_error()))
        );
    }

    #[tokio::test]
    async fn never_sent_twice_and_the_password_never_prints() {
        sent_once(
            "POST",
            "/auth/session/secondary-password",
            |api: AuthApi| api.validate_secondary_password("pw").into_future(),
        )
        .await;
        let builder = AuthApi::new(Client::new("https://h.example/api").unwrap())
            .validate_secondary_password("pin-secret-9");
        assert!(!format!("{builder:?}").contains("secret"), "{builder:?}");
        let err = fail(
            "POST",
            "/auth/session/secondary-password",
            403,
            "wrong pin-secret-9",
            |api: AuthApi| {
                api.validate_secondary_password("pin-secret-9")
                    .into_future()
            },
        )
        .await;
        assert!(!format!("{err} {err:?}").contains("pin-secret-9"), "{err}");
    }
}

mod builders {
    use super::*;

    fn assert_send_static<T: Send + 'static>(_: &T) {}

    #[tokio::test]
    async fn builders_own_their_data() {
        let api = AuthApi::new(Client::new("https://h.example/api").unwrap());
        assert_send_static(&api.change_forgotten_password(ChangeForgottenPassword::default()));
        assert_send_static(
            &api.disconnect_current_client()
                .params(|p| p.confirmation_password("pw")),
        );
        assert_send_static(&api.forgotten_password_request(ForgottenPasswordRequest::default()));
        assert_send_static(&api.get_current_auth().params(|p| p.fields(["user"])));
        assert_send_static(
            &api.get_data_for_change_forgotten_password("k")
                .params(|p| p.fields(["a"])),
        );
        assert_send_static(
            &api.get_data_for_login()
                .params(|p| p.fields(vec!["a".to_owned()])),
        );
        assert_send_static(&api.get_secondary_password_input());
        assert_send_static(
            &api.login()
                .params(|p| p.cookie(true))
                .params(|p| p.timeout_in_seconds(60)),
        );
        assert_send_static(&api.logout().params(|p| p.cookie(false)));
        assert_send_static(&api.new_otp(SendMediumEnum::Email));
        assert_send_static(&api.validate_secondary_password("pw"));
        assert_send_static(&api.get_current_auth().into_future());
    }

    #[tokio::test]
    async fn per_call_retry_policy_overrides_the_clients() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", "/api/auth/session/secondary-password")
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        let err = session(&server)
            .get_secondary_password_input()
            .retry(RetryPolicy::disabled())
            .timeout(Duration::from_secs(5))
            .await
            .unwrap_err();
        mock.assert_async().await;
        assert!(err.is_retryable());
    }

    #[tokio::test]
    async fn malformed_success_bodies_are_decode_errors() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("GET", "/api/auth/session/secondary-password")
            .with_header("content-type", "application/json")
            .with_body(r#"{"buttons":"abc"}"#)
            .create_async()
            .await;
        let err = session(&server)
            .get_secondary_password_input()
            .await
            .unwrap_err();
        assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("GET", "/api/auth/forgotten-password/data-for-change")
            .match_query(Matcher::Any)
            .with_header("content-type", "application/json")
            .with_body(r#"{"generated":"yes"}"#)
            .create_async()
            .await;
        let err = guest(&server)
            .get_data_for_change_forgotten_password("k")
            .await
            .unwrap_err();
        assert!(matches!(err, SdkError::Decode(_)), "{err:?}");
    }

    #[tokio::test]
    async fn undocumented_statuses_keep_the_raw_body() {
        let err = fail(
            "POST",
            "/auth/otp",
            429,
            r#"{"retry":"later"}"#,
            |api: AuthApi| {
                api.new_otp(SendMediumEnum::Sms)
                    .retry(RetryPolicy::disabled())
                    .into_future()
            },
        )
        .await;
        assert_eq!(
            err.entity(),
            Some(&NewOtpError::Unknown(
                serde_json::json!({"retry": "later"}).into()
            ))
        );
        let err = fail(
            "POST",
            "/auth/session/secondary-password",
            400,
            "bad",
            |api: AuthApi| api.validate_secondary_password("pw").into_future(),
        )
        .await;
        assert!(err.entity().is_none());
        assert_eq!(err.content().unwrap().text_may_hold_secrets(), "bad");
    }
}
