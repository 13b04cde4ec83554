//! LetMC through the umbrella: login -> session info -> change password -> logout, every
//! request checked (path segment, exact query, no body).

#![allow(clippy::unwrap_used)]

use mockito::{Matcher, Server};
use session_sdks::Client;
use session_sdks::letmc::SessionControllerApi;

fn query(pairs: &[(&str, &str)]) -> Matcher {
    Matcher::AllOf(
        pairs
            .iter()
            .map(|(name, value)| Matcher::UrlEncoded((*name).into(), (*value).into()))
            .collect(),
    )
}

#[tokio::test]
async fn login_info_change_password_logout() {
    let mut server = Server::new_async().await;
    let session = "/v2/customer/acme%2Flets/session";
    let login = server
        .mock("POST", session)
        .match_query(Matcher::Exact(
            "username=tenant%40example.com&password=p%26w%201".into(),
        ))
        .match_header("accept", "application/json")
        .match_header("content-type", Matcher::Missing)
        .match_body(Matcher::Exact(String::new()))
        .with_header("content-type", "application/json; charset=utf-8")
        .with_body(r#""tok-1""#)
        .expect(1)
        .create_async()
        .await;
    let info = server
        .mock("GET", session)
        .match_query(Matcher::Exact("token=tok-1".into()))
        .match_header("accept", "application/json")
        .with_header("content-type", "application/xml")
        .with_body(r#"<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">tenant &amp; co</string>"#)
        .expect(1)
        .create_async()
        .await;
    let change = server
        .mock("PUT", "/v2/customer/acme%2Flets/session/password")
        .match_query(query(&[
            ("token", "tok-1"),
            ("oldPassword", "p&w 1"),
            ("newPassword", "p&w 2"),
        ]))
        .match_body(Matcher::Exact(String::new()))
        .with_status(204)
        .expect(1)
        .create_async()
        .await;
    let logout = server
        .mock("DELETE", session)
        .match_query(Matcher::Exact("token=tok-1".into()))
        .with_status(204)
        .expect(1)
        .create_async()
        .await;

    let api = SessionControllerApi::new(Client::new(server.url()).unwrap());
    let token = api
        .session_controller_login("acme/lets", "tenant@example.com", "p&w 1")
        .await
        .unwrap();
    assert_eq!(token.expose(), "tok-1");
    let who = api
        .session_controller_get_session_info("acme/lets", token.clone())
        .await
        .unwrap();
    assert_eq!(who, "tenant & co");
    api.session_controller_change_password("acme/lets", token.clone(), "p&w 1", "p&w 2")
        .await
        .unwrap();
    let bye = api
        .session_controller_logout("acme/lets", token)
        .send()
        .await
        .unwrap();
    assert_eq!(bye.status(), 204);

    login.assert_async().await;
    info.assert_async().await;
    change.assert_async().await;
    logout.assert_async().await;
}
