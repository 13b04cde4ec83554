//! Control-M through the umbrella: login -> update password -> logout, every request checked.

#![allow(clippy::unwrap_used)]

use mockito::{Matcher, Server};
use session_sdks::Client;
use session_sdks::controlm::SessionApi;
use session_sdks::controlm::models::{LoginCredentials, PasswordsObject};

#[tokio::test]
async fn login_update_password_logout() {
    let mut server = Server::new_async().await;
    let login = server
        .mock("POST", "/automation-api/session/login")
        .match_query(Matcher::Missing)
        .match_header("accept", "application/json")
        .match_header("content-type", "application/json")
        .match_header("authorization", Matcher::Missing)
        .match_body(Matcher::Exact(
            r#"{"username":"emuser","password":"pw-1"}"#.into(),
        ))
        .with_header("content-type", "application/json")
        .with_body(r#"{"username":"emuser","token":"tok-1","version":"9.0.21"}"#)
        .expect(1)
        .create_async()
        .await;
    let update = server
        .mock("POST", "/automation-api/session/user/password/update")
        .match_header("authorization", "Bearer tok-1")
        .match_header("content-type", "application/json")
        .match_body(Matcher::Exact(
            r#"{"currentPassword":"pw-1","newPassword":"pw-2"}"#.into(),
        ))
        .with_header("content-type", "application/json")
        .with_body(r#"{"message":"Password was updated"}"#)
        .expect(1)
        .create_async()
        .await;
    let logout = server
        .mock("POST", "/automation-api/session/logout")
        .match_header("authorization", "Bearer tok-1")
        .match_body(Matcher::Exact("{}".into()))
        .with_header("content-type", "application/json")
        .with_body(r#"{"message":"Successfully logged out"}"#)
        .expect(1)
        .create_async()
        .await;

    let client = Client::new(format!("{}/automation-api", server.url())).unwrap();
    let result = SessionApi::new(client.clone())
        .do_login(LoginCredentials::new("emuser", "pw-1"))
        .await
        .unwrap();
    assert_eq!(result.username.as_deref(), Some("emuser"));
    let token = result.token.unwrap();
    assert_eq!(token.expose(), "tok-1");

    let session = SessionApi::new(client.with_bearer_token(token));
    let updated = session
        .update_my_password(PasswordsObject::new("pw-1", "pw-2"))
        .await
        .unwrap();
    assert_eq!(updated.message.as_deref(), Some("Password was updated"));
    let bye = session.do_logout().send().await.unwrap();
    assert_eq!(bye.status(), 200);
    assert_eq!(bye.message.as_deref(), Some("Successfully logged out"));

    login.assert_async().await;
    update.assert_async().await;
    logout.assert_async().await;
}
