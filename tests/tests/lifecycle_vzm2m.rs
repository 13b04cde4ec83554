//! Verizon ThingSpace M2M through the umbrella: OAuth token -> login -> reset -> logout, every
//! request checked. The OAuth token goes on all three calls and is fetched once; the session
//! token of the login goes on reset and logout only.

#![allow(clippy::unwrap_used)]

use mockito::{Matcher, Server};
use session_sdks::vzm2m::models::{LogInRequest, SessionResetPasswordRequest};
use session_sdks::vzm2m::{Environment, VzM2mClient};

const BEARER: &str = "Bearer oauth-tok-1";
const SESSION: &str = "bcce3ea6-fe4f-4952-bacf-eadd80718e83";

#[tokio::test]
async fn oauth_token_login_reset_logout() {
    let mut server = Server::new_async().await;
    let token = server
        .mock("POST", "/api/ts/v1/oauth2/token")
        .match_query(Matcher::Missing)
        // base64("app-key:app-secret-1")
        .match_header("authorization", "Basic YXBwLWtleTphcHAtc2VjcmV0LTE=")
        .match_header("accept", "application/json")
        .match_header("content-type", "application/x-www-form-urlencoded")
        .match_header("vz-m2m-token", Matcher::Missing)
        .match_body(Matcher::Exact("grant_type=client_credentials".into()))
        .with_header("content-type", "application/json")
        .with_body(r#"{"access_token":"oauth-tok-1","token_type":"Bearer","expires_in":3600}"#)
        .expect(1)
        .create_async()
        .await;
    let login = server
        .mock("POST", "/api/m2m/v1/session/login")
        .match_query(Matcher::Missing)
        .match_header("accept", "application/json")
        .match_header("content-type", "application/json")
        .match_header("authorization", BEARER)
        .match_header("vz-m2m-token", Matcher::Missing)
        .match_body(Matcher::Exact(
            r#"{"username":"zbeeblebrox","password":"IM\"gr8&"}"#.into(),
        ))
        .with_header("content-type", "application/json")
        .with_body(format!(r#"{{"sessionToken":"{SESSION}"}}"#))
        .expect(1)
        .create_async()
        .await;
    let reset = server
        .mock("PUT", "/api/m2m/v1/session/password/actions/reset")
        .match_query(Matcher::Missing)
        .match_header("accept", "application/json")
        .match_header("content-type", "application/json")
        .match_header("authorization", BEARER)
        .match_header("vz-m2m-token", SESSION)
        .match_body(Matcher::Exact(r#"{"oldPassword":"IM\"gr8&"}"#.into()))
        .with_header("content-type", "application/json")
        .with_body(r#"{"newPassword":"Gen3rated!"}"#)
        .expect(1)
        .create_async()
        .await;
    let logout = server
        .mock("POST", "/api/m2m/v1/session/logout")
        .match_query(Matcher::Missing)
        .match_header("accept", "application/json")
        .match_header("authorization", BEARER)
        .match_header("vz-m2m-token", SESSION)
        .match_header("content-type", Matcher::Missing)
        .match_body(Matcher::Exact(String::new()))
        .with_header("content-type", "application/json")
        .with_body(format!(r#"{{"sessionToken":"{SESSION}"}}"#))
        .expect(1)
        .create_async()
        .await;

    let client = VzM2mClient::builder(Environment::Production)
        .base_url(format!("{}/api/m2m/v1", server.url()))
        .oauth_base_url(format!("{}/api/ts/v1", server.url()))
        .client_credentials("app-key", "app-secret-1")
        .build()
        .unwrap();
    let result = client
        .session()
        .login_using_post(Some(LogInRequest::new("zbeeblebrox", "IM\"gr8&")))
        .await
        .unwrap();
    let session_token = result.session_token.unwrap();
    assert_eq!(session_token.expose(), SESSION);

    let session = client.with_session_token(session_token);
    let reset_result = session
        .session()
        .reset_using_put(SessionResetPasswordRequest::new("IM\"gr8&"))
        .await
        .unwrap();
    assert_eq!(reset_result.new_password.unwrap().expose(), "Gen3rated!");
    let bye = session.session().logout_using_post().send().await.unwrap();
    assert_eq!(bye.status(), 200);
    assert_eq!(bye.into_inner().session_token.unwrap().expose(), SESSION);

    token.assert_async().await;
    login.assert_async().await;
    reset.assert_async().await;
    logout.assert_async().await;
}
