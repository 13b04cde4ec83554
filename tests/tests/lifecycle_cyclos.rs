//! Cyclos through the umbrella: data for login -> login -> current auth -> new OTP -> logout,
//! every request checked: basic auth on the login only, the `Session-Token` afterwards, and
//! `fields` repeated once per name.

#![allow(clippy::unwrap_used)]

use mockito::{Matcher, Server};
use session_sdks::Client;
use session_sdks::cyclos::models::{PasswordModeEnum, RoleEnum, SendMediumEnum};
use session_sdks::cyclos::{AuthApi, CyclosClientExt};

const SESSION: &str = "sess-tok-1";

#[tokio::test]
async fn data_for_login_login_current_auth_new_otp_logout() {
    let mut server = Server::new_async().await;
    let data = server
        .mock("GET", "/network/api/auth/data-for-login")
        .match_query(Matcher::Exact(
            "fields=principalTypes&fields=loginPasswordInput".into(),
        ))
        .match_header("accept", "application/json")
        .match_header("authorization", Matcher::Missing)
        .match_header("session-token", Matcher::Missing)
        .match_header("access-client-token", Matcher::Missing)
        .match_body(Matcher::Exact(String::new()))
        .with_header("content-type", "application/json")
        .with_body(
            r#"{"principalTypes":[{"internalName":"username","kind":"username"}],"loginPasswordInput":{"internalName":"login","mode":"manual","minLength":4}}"#,
        )
        .expect(1)
        .create_async()
        .await;
    let login = server
        .mock("POST", "/network/api/auth/session")
        .match_query(Matcher::Exact(
            "fields=sessionToken&fields=user.display&fields=role&timeoutInSeconds=600".into(),
        ))
        .match_header("accept", "application/json")
        // base64("alice:p@ss:wörd")
        .match_header("authorization", "Basic YWxpY2U6cEBzczp3w7ZyZA==")
        .match_header("session-token", Matcher::Missing)
        .match_header("access-client-token", Matcher::Missing)
        .match_header("content-type", Matcher::Missing)
        .match_body(Matcher::Exact(String::new()))
        .with_header("content-type", "application/json")
        .with_body(format!(
            r#"{{"user":{{"display":"Alice"}},"role":"member","sessionToken":"{SESSION}"}}"#
        ))
        .expect(1)
        .create_async()
        .await;
    let current = server
        .mock("GET", "/network/api/auth")
        .match_query(Matcher::Exact(
            "fields=user&fields=permissions.passwords".into(),
        ))
        .match_header("accept", "application/json")
        .match_header("session-token", SESSION)
        .match_header("authorization", Matcher::Missing)
        .match_header("access-client-token", Matcher::Missing)
        .match_body(Matcher::Exact(String::new()))
        .with_header("content-type", "application/json")
        .with_body(
            r#"{"user":{"id":"-1","display":"Alice"},"permissions":{"passwords":{"manage":true}}}"#,
        )
        .expect(1)
        .create_async()
        .await;
    let otp = server
        .mock("POST", "/network/api/auth/otp")
        .match_query(Matcher::Exact("medium=sms".into()))
        .match_header("accept", "application/json")
        .match_header("session-token", SESSION)
        .match_header("authorization", Matcher::Missing)
        .match_header("content-type", Matcher::Missing)
        .match_body(Matcher::Exact(String::new()))
        .with_header("content-type", "application/json")
        .with_body(r#"["+5491122334455"]"#)
        .expect(1)
        .create_async()
        .await;
    let logout = server
        .mock("DELETE", "/network/api/auth/session")
        .match_query(Matcher::Missing)
        .match_header("accept", "application/json")
        .match_header("session-token", SESSION)
        .match_header("authorization", Matcher::Missing)
        .match_header("content-type", Matcher::Missing)
        .match_body(Matcher::Exact(String::new()))
        .with_status(204)
        .expect(1)
        .create_async()
        .await;

    let client = Client::new(format!("{}/network/api", server.url())).unwrap();
    let form = AuthApi::new(client.clone())
        .get_data_for_login()
        .params(|p| p.fields(["principalTypes", "loginPasswordInput"]))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        form.principal_types.unwrap()[0].internal_name.as_deref(),
        Some("username")
    );
    let input = form.login_password_input.unwrap();
    assert_eq!(input.mode, Some(PasswordModeEnum::Manual));
    assert_eq!(input.min_length, Some(4));

    let auth = AuthApi::new(client.with_basic_auth("alice", "p@ss:wörd"))
        .login()
        .params(|p| p.fields(["sessionToken", "user.display", "role"]))
        .params(|p| p.timeout_in_seconds(600))
        .await
        .unwrap();
    assert_eq!(auth.role, Some(RoleEnum::Member));
    assert_eq!(auth.user.unwrap().display.as_deref(), Some("Alice"));
    let token = auth.session_token.unwrap();
    assert_eq!(token.expose(), SESSION);

    let api = AuthApi::new(client.with_session_token(token));
    let me = api
        .get_current_auth()
        .params(|p| p.fields(["user", "permissions.passwords"]))
        .await
        .unwrap();
    assert_eq!(me.user.unwrap().id.as_deref(), Some("-1"));
    assert_eq!(
        me.permissions.unwrap().passwords.unwrap().manage,
        Some(true)
    );
    assert_eq!(me.session_token, None);

    let sent_to = api.new_otp(SendMediumEnum::Sms).await.unwrap();
    assert_eq!(sent_to, vec!["+5491122334455".to_owned()]);
    let bye = api.logout().send().await.unwrap();
    assert_eq!(bye.status(), 204);

    data.assert_async().await;
    login.assert_async().await;
    current.assert_async().await;
    otp.assert_async().await;
    logout.assert_async().await;
}
