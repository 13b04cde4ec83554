//! Wire tests of `SessionControllerApi` against a mockito server: one group per
//! operation, then redaction across all of them.

#![allow(clippy::unwrap_used)]

use std::time::Duration;

use letmc_session::apis::session_controller_api::{
    SessionControllerChangePasswordError, SessionControllerCreateLandlordLoginError,
    SessionControllerGetSessionInfoError, SessionControllerLoginError,
    SessionControllerLogoutError, SessionControllerResetPasswordError,
};
use letmc_session::{
    Client, DEFAULT_BASE_URL, RetryPolicy, SdkError, Secret, SessionControllerApi,
};
use mockito::{Matcher, Server};

/// A short name that would change the route if it were not one encoded segment.
const SHORT: &str = "a/b ?#%é";
const SHORT_ENCODED: &str = "a%2Fb%20%3F%23%25%C3%A9";
/// Passwords and a token with every character a query string could misread.
const PASSWORD: &str = "p&w=1+2 é";
const PASSWORD_ENCODED: &str = "p%26w%3D1%2B2%20%C3%A9";
const NEW_PASSWORD: &str = "n3w&pw=ü";
const NEW_PASSWORD_ENCODED: &str = "n3w%26pw%3D%C3%BC";
const TOKEN: &str = "tok+0f8f/ad=5b";
const TOKEN_ENCODED: &str = "tok%2B0f8f%2Fad%3D5b";
const NS: &str = "http://schemas.microsoft.com/2003/10/Serialization/";
const MESSAGE: &str = r#"{"Message":"The request is invalid."}"#;

fn path(rest: &str) -> String {
    format!("/v2/customer/{SHORT_ENCODED}/session{rest}")
}

/// Every pair decoded, and the raw query exactly (order, encoding, nothing extra).
fn query(pairs: &[(&str, &str)], raw: &str) -> Matcher {
    let mut all: Vec<Matcher> = pairs
        .iter()
        .map(|(name, value)| Matcher::UrlEncoded((*name).into(), (*value).into()))
        .collect();
    all.push(Matcher::Exact(raw.into()));
    Matcher::AllOf(all)
}

fn client(server: &Server) -> Client {
    Client::builder(server.url())
        .retry(RetryPolicy::new(3).initial_backoff(Duration::from_millis(5)))
        .build()
        .unwrap()
}

fn api(server: &Server) -> SessionControllerApi {
    SessionControllerApi::new(client(server))
}

fn message() -> serde_json::Value {
    serde_json::json!({"Message": "The request is invalid."})
}

#[test]
fn the_default_base_url_is_the_documented_server() {
    assert_eq!(DEFAULT_BASE_URL, "https://live-api.letmc.com");
    let api = SessionControllerApi::with_default_base_url().unwrap();
    assert!(format!("{api:?}").contains("https://live-api.letmc.com"));
}

mod session_controller_login {
    use super::*;

    async fn login(server: &Server) -> Result<Secret, SdkError<SessionControllerLoginError>> {
        api(server)
            .session_controller_login(SHORT, "jane@example.com", PASSWORD)
            .await
    }

    #[tokio::test]
    async fn sends_the_credentials_in_the_query_and_decodes_a_json_token() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", path("").as_str())
            .match_query(query(
                &[("username", "jane@example.com"), ("password", PASSWORD)],
                &format!("username=jane%40example.com&password={PASSWORD_ENCODED}"),
            ))
            .match_header("accept", "application/json")
            .match_header("content-type", Matcher::Missing)
            .match_header("content-length", "0")
            .match_header("authorization", Matcher::Missing)
            .match_body(Matcher::Exact(String::new()))
            .with_header("content-type", "application/json; charset=utf-8")
            .with_body(r#""0f8fad5b-d9cb-469f-a165-70867728950e""#)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server)
            .session_controller_login(SHORT, "jane@example.com", PASSWORD)
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 200);
        assert_eq!(
            result.into_inner().expose(),
            "0f8fad5b-d9cb-469f-a165-70867728950e"
        );
    }

    #[tokio::test]
    async fn xml_tokens_are_asked_for_and_decoded_with_entities() {
        for content_type in ["application/xml; charset=utf-8", "text/xml"] {
            let mut server = Server::new_async().await;
            let mock = server
                .mock("POST", path("").as_str())
                .match_query(Matcher::Any)
                .match_header("accept", "application/xml")
                .with_header("content-type", content_type)
                .with_body(format!(
                    r#"<string xmlns="{NS}">a&amp;b&lt;c&#233;</string>"#
                ))
                .expect(1)
                .create_async()
                .await;
            let token = api(&server)
                .session_controller_login(SHORT, "jane", PASSWORD)
                .params(|p| p.accept_xml())
                .await
                .unwrap();
            mock.assert_async().await;
            assert_eq!(token.expose(), "a&b<cé", "{content_type}");
        }
    }

    #[tokio::test]
    async fn json_and_plain_text_variants() {
        for (content_type, body, expected) in [
            (Some("text/json"), r#""a\"b\u00e9""#, "a\"bé"),
            (Some("text/plain; charset=utf-8"), "raw-token", "raw-token"),
            (None, "\"quoted as is\"", "\"quoted as is\""),
        ] {
            let mut server = Server::new_async().await;
            let mut mock = server
                .mock("POST", path("").as_str())
                .match_query(Matcher::Any);
            if let Some(content_type) = content_type {
                mock = mock.with_header("content-type", content_type);
            }
            let _mock = mock.with_body(body).create_async().await;
            assert_eq!(login(&server).await.unwrap().expose(), expected, "{body}");
        }
    }

    #[tokio::test]
    async fn error_statuses_keep_the_body() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", path("").as_str())
            .match_query(Matcher::Any)
            .with_status(400)
            .with_header("content-type", "application/json")
            .with_body(MESSAGE)
            .create_async()
            .await;
        let err = login(&server).await.unwrap_err();
        assert_eq!(err.status().unwrap(), 400);
        assert_eq!(
            err.entity(),
            Some(&SessionControllerLoginError::Unknown(message().into()))
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", path("").as_str())
            .match_query(Matcher::Any)
            .with_status(401)
            .with_body("<html>Authorization has been denied</html>")
            .create_async()
            .await;
        let err = login(&server).await.unwrap_err();
        assert!(err.entity().is_none());
        assert_eq!(
            err.content().unwrap().text_may_hold_secrets(),
            "<html>Authorization has been denied</html>"
        );
        assert_eq!(
            err.to_string(),
            "session_controller_login (POST /v2/customer/{shortName}/session): \
             HTTP 401 Unauthorized: \
             (42-byte body; server text withheld: the request carried a credential)"
        );
    }

    #[tokio::test]
    async fn malformed_success_bodies_are_decode_errors() {
        let cases: [(&str, &[u8]); 8] = [
            ("application/json", br#"{"token":"x"}"#),
            ("application/json", b"unquoted"),
            ("application/json", b"\"unterminated"),
            ("application/json", b""),
            ("application/xml", b"<string>a<b/></string>"),
            ("application/xml", b"<int>1</int>"),
            ("text/xml", b"<string>a"),
            ("text/plain", b"\xff\xfe"),
        ];
        for (content_type, body) in cases {
            let mut server = Server::new_async().await;
            let _mock = server
                .mock("POST", path("").as_str())
                .match_query(Matcher::Any)
                .with_header("content-type", content_type)
                .with_body(body)
                .create_async()
                .await;
            let err = login(&server).await.unwrap_err();
            assert!(matches!(err, SdkError::Decode(_)), "{body:?}: {err:?}");
            assert_eq!(err.status().unwrap(), 200);
        }
    }

    #[tokio::test]
    async fn never_retried_after_a_503() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", path("").as_str())
            .match_query(Matcher::Any)
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        let err = login(&server).await.unwrap_err();
        mock.assert_async().await;
        assert_eq!(err.status().unwrap(), 503);
    }

    #[tokio::test]
    async fn an_unusable_short_name_is_refused_before_sending() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", Matcher::Any)
            .expect(0)
            .create_async()
            .await;
        for short_name in ["", ".", ".."] {
            let err = api(&server)
                .session_controller_login(short_name, "jane", PASSWORD)
                .await
                .unwrap_err();
            assert!(matches!(err, SdkError::InvalidRequest(_)), "{err:?}");
            assert!(!err.to_string().contains(PASSWORD), "{err}");
        }
        mock.assert_async().await;
    }
}

mod session_controller_get_session_info {
    use super::*;

    async fn info(
        server: &Server,
    ) -> Result<String, SdkError<SessionControllerGetSessionInfoError>> {
        api(server)
            .session_controller_get_session_info(SHORT, TOKEN)
            .await
    }

    #[tokio::test]
    async fn sends_the_token_in_the_query_and_decodes_a_json_string() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", path("").as_str())
            .match_query(query(
                &[("token", TOKEN)],
                &format!("token={TOKEN_ENCODED}"),
            ))
            .match_header("accept", "application/json")
            .match_header("content-type", Matcher::Missing)
            .match_header("content-length", Matcher::Missing)
            .match_body(Matcher::Exact(String::new()))
            .with_header("content-type", "application/json; charset=utf-8")
            .with_body(r#""{\"Name\":\"Jane\",\"Branch\":\"Leeds & York\"}""#)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server)
            .session_controller_get_session_info(SHORT, TOKEN)
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 200);
        assert_eq!(
            result.into_inner(),
            r#"{"Name":"Jane","Branch":"Leeds & York"}"#
        );
    }

    #[tokio::test]
    async fn xml_and_text_variants() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", path("").as_str())
            .match_query(Matcher::Any)
            .match_header("accept", "application/xml")
            .with_header("content-type", "application/xml; charset=utf-8")
            .with_body(format!(
                r#"<?xml version="1.0" encoding="utf-8"?><string xmlns="{NS}">Jane &amp; Co &quot;Leeds&quot;</string>"#
            ))
            .expect(1)
            .create_async()
            .await;
        let xml = api(&server)
            .session_controller_get_session_info(SHORT, TOKEN)
            .params(|p| p.accept_xml())
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(xml, r#"Jane & Co "Leeds""#);
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("GET", path("").as_str())
            .match_query(Matcher::Any)
            .with_header("content-type", "text/plain")
            .with_body("Jane & Co")
            .create_async()
            .await;
        assert_eq!(info(&server).await.unwrap(), "Jane & Co");
    }

    #[tokio::test]
    async fn error_statuses_keep_the_body() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("GET", path("").as_str())
            .match_query(Matcher::Any)
            .with_status(401)
            .with_header("content-type", "application/json")
            .with_body(MESSAGE)
            .create_async()
            .await;
        let err = info(&server).await.unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&SessionControllerGetSessionInfoError::Unknown(
                message().into()
            ))
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("GET", path("").as_str())
            .match_query(Matcher::Any)
            .with_status(500)
            .with_body("Server Error")
            .create_async()
            .await;
        let err = info(&server).await.unwrap_err();
        assert_eq!(err.status().unwrap(), 500);
        assert!(err.entity().is_none());
        assert_eq!(
            err.content().unwrap().text_may_hold_secrets(),
            "Server Error"
        );
    }

    #[tokio::test]
    async fn malformed_success_bodies_are_decode_errors() {
        for (content_type, body) in [
            ("text/json", "[\"a\"]"),
            ("application/xml", "<string>a</string><string/>"),
            ("application/xml", "<string>&bogus;</string>"),
        ] {
            let mut server = Server::new_async().await;
            let _mock = server
                .mock("GET", path("").as_str())
                .match_query(Matcher::Any)
                .with_header("content-type", content_type)
                .with_body(body)
                .create_async()
                .await;
            let err = info(&server).await.unwrap_err();
            assert!(matches!(err, SdkError::Decode(_)), "{body}: {err:?}");
        }
    }

    #[tokio::test]
    async fn retried_after_a_503() {
        let mut server = Server::new_async().await;
        let failing = server
            .mock("GET", path("").as_str())
            .match_query(Matcher::Any)
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        let ok = server
            .mock("GET", path("").as_str())
            .match_query(Matcher::Any)
            .with_header("content-type", "application/json")
            .with_body(r#""Jane""#)
            .expect(1)
            .create_async()
            .await;
        assert_eq!(info(&server).await.unwrap(), "Jane");
        failing.assert_async().await;
        ok.assert_async().await;
        let mut server = Server::new_async().await;
        let always = server
            .mock("GET", path("").as_str())
            .match_query(Matcher::Any)
            .with_status(503)
            .expect(3)
            .create_async()
            .await;
        let err = info(&server).await.unwrap_err();
        always.assert_async().await;
        assert_eq!(err.status().unwrap(), 503);
    }

    #[tokio::test]
    async fn a_per_call_retry_policy_overrides_the_client() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("GET", path("").as_str())
            .match_query(Matcher::Any)
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        let err = api(&server)
            .session_controller_get_session_info(SHORT, TOKEN)
            .retry(RetryPolicy::disabled())
            .await
            .unwrap_err();
        mock.assert_async().await;
        assert!(err.is_retryable());
    }
}

mod session_controller_change_password {
    use super::*;

    async fn change(server: &Server) -> Result<(), SdkError<SessionControllerChangePasswordError>> {
        api(server)
            .session_controller_change_password(SHORT, TOKEN, PASSWORD, NEW_PASSWORD)
            .await
    }

    #[tokio::test]
    async fn sends_token_and_passwords_in_the_query() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("PUT", path("/password").as_str())
            .match_query(query(
                &[
                    ("token", TOKEN),
                    ("oldPassword", PASSWORD),
                    ("newPassword", NEW_PASSWORD),
                ],
                &format!(
                    "token={TOKEN_ENCODED}&oldPassword={PASSWORD_ENCODED}&newPassword={NEW_PASSWORD_ENCODED}"
                ),
            ))
            .match_header("accept", "*/*")
            .match_header("content-type", Matcher::Missing)
            .match_header("content-length", "0")
            .match_body(Matcher::Exact(String::new()))
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server)
            .session_controller_change_password(SHORT, TOKEN, PASSWORD, NEW_PASSWORD)
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 204);
        assert_eq!(result.into_inner(), ());
    }

    #[tokio::test]
    async fn a_200_with_a_body_is_accepted_and_ignored() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("PUT", path("/password").as_str())
            .match_query(Matcher::Any)
            .with_header("content-type", "application/json")
            .with_body("{not json")
            .create_async()
            .await;
        change(&server).await.unwrap();
    }

    #[tokio::test]
    async fn error_statuses_keep_the_body_and_mask_the_passwords() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("PUT", path("/password").as_str())
            .match_query(Matcher::Any)
            .with_status(400)
            .with_body(format!(r#"{{"Message":"{PASSWORD} is wrong"}}"#))
            .create_async()
            .await;
        let err = change(&server).await.unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&SessionControllerChangePasswordError::Unknown(
                serde_json::json!({"Message": format!("{PASSWORD} is wrong")}).into()
            ))
        );
        assert_eq!(
            err.to_string(),
            "session_controller_change_password (PUT /v2/customer/{shortName}/session/password): \
             HTTP 400 Bad Request: \
             (33-byte body; server text withheld: the request carried a credential)"
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("PUT", path("/password").as_str())
            .match_query(Matcher::Any)
            .with_status(404)
            .with_body("Not Found")
            .create_async()
            .await;
        let err = change(&server).await.unwrap_err();
        assert_eq!(err.status().unwrap(), 404);
        assert!(err.entity().is_none());
        assert_eq!(err.content().unwrap().text_may_hold_secrets(), "Not Found");
    }

    #[tokio::test]
    async fn never_retried_after_a_503() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("PUT", path("/password").as_str())
            .match_query(Matcher::Any)
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        let err = change(&server).await.unwrap_err();
        mock.assert_async().await;
        assert_eq!(err.status().unwrap(), 503);
    }
}

mod session_controller_create_landlord_login {
    use super::*;

    const FIELDS: [(&str, &str); 6] = [
        ("email", "landlord+1@example.com"),
        ("title", "Mr & Mrs"),
        ("forename", "Zoë"),
        ("surname", "O'Brien"),
        ("propertyAddress", "1 High St, Leeds LS1 #2"),
        ("contactDetails", "07700 900000; a=b"),
    ];
    const FIELDS_ENCODED: &str = "email=landlord%2B1%40example.com&title=Mr%20%26%20Mrs\
        &forename=Zo%C3%AB&surname=O%27Brien&propertyAddress=1%20High%20St%2C%20Leeds%20LS1%20%232\
        &contactDetails=07700%20900000%3B%20a%3Db";

    fn request(
        server: &Server,
    ) -> letmc_session::Call<letmc_session::builders::SessionControllerCreateLandlordLogin> {
        let [email, title, forename, surname, address, contact] = FIELDS.map(|(_, v)| v);
        api(server).session_controller_create_landlord_login(
            SHORT, email, title, forename, surname, address, contact,
        )
    }

    #[tokio::test]
    async fn sends_every_field_in_the_query_without_branch_id() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", path("/createlandlordlogin").as_str())
            .match_query(query(&FIELDS, FIELDS_ENCODED))
            .match_header("accept", "*/*")
            .match_header("content-type", Matcher::Missing)
            .match_header("content-length", "0")
            .match_body(Matcher::Exact(String::new()))
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        let result = request(&server).send().await.unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 204);
    }

    #[tokio::test]
    async fn sends_branch_id_under_its_wire_name() {
        let mut server = Server::new_async().await;
        let mut pairs = FIELDS.to_vec();
        pairs.push(("branchID", "LEEDS 01"));
        let mock = server
            .mock("POST", path("/createlandlordlogin").as_str())
            .match_query(query(
                &pairs,
                &format!("{FIELDS_ENCODED}&branchID=LEEDS%2001"),
            ))
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        request(&server)
            .params(|p| p.branch_id("LEEDS 01"))
            .await
            .unwrap();
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn error_statuses_keep_the_body() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", path("/createlandlordlogin").as_str())
            .match_query(Matcher::Any)
            .with_status(400)
            .with_body(MESSAGE)
            .create_async()
            .await;
        let err = request(&server).await.unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&SessionControllerCreateLandlordLoginError::Unknown(
                message().into()
            ))
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", path("/createlandlordlogin").as_str())
            .match_query(Matcher::Any)
            .with_status(500)
            .with_body("<h1>Runtime Error</h1>")
            .create_async()
            .await;
        let err = request(&server).await.unwrap_err();
        assert!(err.entity().is_none());
        assert_eq!(
            err.content().unwrap().text_may_hold_secrets(),
            "<h1>Runtime Error</h1>"
        );
    }

    #[tokio::test]
    async fn never_retried_after_a_503() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", path("/createlandlordlogin").as_str())
            .match_query(Matcher::Any)
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        request(&server).await.unwrap_err();
        mock.assert_async().await;
    }
}

mod session_controller_logout {
    use super::*;

    async fn logout(server: &Server) -> Result<(), SdkError<SessionControllerLogoutError>> {
        api(server).session_controller_logout(SHORT, TOKEN).await
    }

    #[tokio::test]
    async fn sends_the_token_in_the_query() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("DELETE", path("").as_str())
            .match_query(query(
                &[("token", TOKEN)],
                &format!("token={TOKEN_ENCODED}"),
            ))
            .match_header("accept", "*/*")
            .match_header("content-type", Matcher::Missing)
            .match_header("content-length", Matcher::Missing)
            .match_body(Matcher::Exact(String::new()))
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server)
            .session_controller_logout(SHORT, TOKEN)
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 204);
    }

    #[tokio::test]
    async fn error_statuses_keep_the_body_and_mask_the_token() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("DELETE", path("").as_str())
            .match_query(Matcher::Any)
            .with_status(401)
            .with_body(format!(r#"{{"Message":"token {TOKEN} expired"}}"#))
            .create_async()
            .await;
        let err = logout(&server).await.unwrap_err();
        assert!(matches!(
            err.entity(),
            Some(SessionControllerLogoutError::Unknown(_))
        ));
        assert!(!format!("{err} {err:?}").contains(TOKEN), "{err}");
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("DELETE", path("").as_str())
            .match_query(Matcher::Any)
            .with_status(404)
            .with_body("gone")
            .create_async()
            .await;
        let err = logout(&server).await.unwrap_err();
        assert!(err.entity().is_none());
        assert_eq!(err.content().unwrap().text_may_hold_secrets(), "gone");
    }

    #[tokio::test]
    async fn never_retried_after_a_503() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("DELETE", path("").as_str())
            .match_query(Matcher::Any)
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        logout(&server).await.unwrap_err();
        mock.assert_async().await;
    }
}

mod session_controller_reset_password {
    use super::*;

    async fn reset(server: &Server) -> Result<(), SdkError<SessionControllerResetPasswordError>> {
        api(server)
            .session_controller_reset_password(SHORT, "jane+x@example.com")
            .await
    }

    #[tokio::test]
    async fn sends_the_email_in_the_query() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", path("/resetpassword").as_str())
            .match_query(query(
                &[("email", "jane+x@example.com")],
                "email=jane%2Bx%40example.com",
            ))
            .match_header("accept", "*/*")
            .match_header("content-type", Matcher::Missing)
            .match_header("content-length", "0")
            .match_body(Matcher::Exact(String::new()))
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        let result = api(&server)
            .session_controller_reset_password(SHORT, "jane+x@example.com")
            .send()
            .await
            .unwrap();
        mock.assert_async().await;
        assert_eq!(result.status(), 204);
    }

    #[tokio::test]
    async fn an_api_key_set_on_the_client_is_sent() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", path("/resetpassword").as_str())
            .match_query(Matcher::Any)
            .match_header("api_key", "key-123")
            .with_status(204)
            .expect(1)
            .create_async()
            .await;
        SessionControllerApi::new(client(&server).with_api_key("api_key", "key-123"))
            .session_controller_reset_password(SHORT, "jane@example.com")
            .await
            .unwrap();
        mock.assert_async().await;
    }

    #[tokio::test]
    async fn error_statuses_keep_the_body() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", path("/resetpassword").as_str())
            .match_query(Matcher::Any)
            .with_status(404)
            .with_body(MESSAGE)
            .create_async()
            .await;
        let err = reset(&server).await.unwrap_err();
        assert_eq!(
            err.entity(),
            Some(&SessionControllerResetPasswordError::Unknown(
                message().into()
            ))
        );
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", path("/resetpassword").as_str())
            .match_query(Matcher::Any)
            .with_status(502)
            .with_body("Bad Gateway")
            .create_async()
            .await;
        let err = reset(&server).await.unwrap_err();
        assert!(err.entity().is_none());
        assert_eq!(
            err.content().unwrap().text_may_hold_secrets(),
            "Bad Gateway"
        );
    }

    #[tokio::test]
    async fn never_retried_after_a_503() {
        let mut server = Server::new_async().await;
        let mock = server
            .mock("POST", path("/resetpassword").as_str())
            .match_query(Matcher::Any)
            .with_status(503)
            .expect(1)
            .create_async()
            .await;
        reset(&server).await.unwrap_err();
        mock.assert_async().await;
    }
}

/// No `Debug` or `Display` of a builder or an error shows the query string or a secret.
mod redaction {
    use super::*;

    const SECRETS: [&str; 4] = ["pw-secret-1", "pw-secret-2", "tok-secret-3", "tok-secret-4"];

    /// Everything an error shows: `Display`, `Debug`, and its whole source chain.
    fn shown<E: std::fmt::Debug + 'static>(err: &SdkError<E>) -> Vec<String> {
        let mut texts = vec![err.to_string(), format!("{err:?}")];
        let mut source = std::error::Error::source(err);
        while let Some(inner) = source {
            texts.push(inner.to_string());
            texts.push(format!("{inner:?}"));
            source = inner.source();
        }
        texts
    }

    fn assert_hidden(texts: &[String]) {
        for text in texts {
            for secret in SECRETS {
                assert!(!text.contains(secret), "{secret} in {text}");
            }
            for query in ["password=", "Password=", "token=", "username=", "?"] {
                assert!(!text.contains(query), "{query} in {text}");
            }
        }
    }

    /// Runs the four secret-carrying calls and returns what their errors show.
    async fn all_errors(api: &SessionControllerApi) -> Vec<String> {
        let mut texts = Vec::new();
        let err = api
            .session_controller_login("agency", "jane", SECRETS[0])
            .await
            .unwrap_err();
        texts.extend(shown(&err));
        let err = api
            .session_controller_get_session_info("agency", SECRETS[2])
            .await
            .unwrap_err();
        texts.extend(shown(&err));
        let err = api
            .session_controller_change_password("agency", SECRETS[2], SECRETS[0], SECRETS[1])
            .await
            .unwrap_err();
        texts.extend(shown(&err));
        let err = api
            .session_controller_logout("agency", SECRETS[3])
            .await
            .unwrap_err();
        texts.extend(shown(&err));
        texts
    }

    #[test]
    fn builders_never_print_secrets() {
        let api = SessionControllerApi::new(Client::new("https://h.example").unwrap());
        let texts = [
            format!(
                "{:?}",
                api.session_controller_login("agency", "jane", SECRETS[0])
            ),
            format!(
                "{:?}",
                api.session_controller_get_session_info("agency", SECRETS[2])
                    .params(|p| p.accept_xml())
            ),
            format!(
                "{:?}",
                api.session_controller_change_password(
                    "agency", SECRETS[2], SECRETS[0], SECRETS[1]
                )
            ),
            format!("{:?}", api.session_controller_logout("agency", SECRETS[3])),
            format!(
                "{:?}",
                api.session_controller_reset_password("agency", "jane@example.com")
            ),
            format!(
                "{:?}",
                api.session_controller_create_landlord_login(
                    "agency", "e", "t", "f", "s", "p", "c"
                )
                .params(|p| p.branch_id("b"))
            ),
        ];
        assert_hidden(&texts);
        assert!(texts[0].contains("jane") && texts[0].contains("redacted"));
    }

    #[tokio::test]
    async fn connection_refused() {
        // Bound, never listening: refused, and the port stays reserved (a
        // freed one could be taken by a parallel test's mock server).
        let reserved = tokio::net::TcpSocket::new_v4().unwrap();
        reserved.bind(([127, 0, 0, 1], 0).into()).unwrap();
        let addr = reserved.local_addr().unwrap();
        let client = Client::builder(format!("http://{addr}"))
            .retry(RetryPolicy::new(2).initial_backoff(Duration::from_millis(5)))
            .build()
            .unwrap();
        let texts = all_errors(&SessionControllerApi::new(client)).await;
        assert!(
            texts[0].contains("could not connect (attempt 2)"),
            "{}",
            texts[0]
        );
        assert_hidden(&texts);
    }

    #[tokio::test]
    async fn timeouts() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((socket, _)) = listener.accept().await {
                held.push(socket); // accept and never answer
            }
        });
        let client = Client::builder(format!("http://{addr}"))
            .timeout(Duration::from_millis(100))
            .retry(RetryPolicy::disabled())
            .build()
            .unwrap();
        let texts = all_errors(&SessionControllerApi::new(client)).await;
        server.abort();
        assert_eq!(
            texts[0],
            "session_controller_login (POST /v2/customer/{shortName}/session): timed out: the 100ms attempt timeout passed (attempt 1)"
        );
        assert_hidden(&texts);
    }

    #[tokio::test]
    async fn a_per_call_timeout_overrides_the_client() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((socket, _)) = listener.accept().await {
                held.push(socket);
            }
        });
        let api = SessionControllerApi::new(Client::new(format!("http://{addr}")).unwrap());
        let err = api
            .session_controller_login("agency", "jane", SECRETS[0])
            .timeout(Duration::from_millis(100))
            .await
            .unwrap_err();
        server.abort();
        assert!(err.is_timeout(), "{err:?}");
        assert_hidden(&shown(&err));
    }

    #[tokio::test]
    async fn api_errors_echoing_the_secrets() {
        let mut server = Server::new_async().await;
        for method in ["POST", "GET", "PUT", "DELETE"] {
            server
                .mock(method, Matcher::Any)
                .match_query(Matcher::Any)
                .with_status(401)
                .with_body_from_request(|request| {
                    // Echo every query value (these need no percent-decoding).
                    let query = request.path_and_query().split_once('?').unwrap().1;
                    let values: Vec<&str> = query
                        .split('&')
                        .map(|pair| pair.split_once('=').unwrap().1)
                        .collect();
                    format!("denied: {}", values.join(" ")).into_bytes()
                })
                .create_async()
                .await;
        }
        let texts = all_errors(&api(&server)).await;
        assert!(
            texts[0].ends_with("HTTP 401 Unauthorized: (24-byte body; server text withheld: the request carried a credential)"),
            "{}",
            texts[0]
        );
        assert_hidden(&texts);
    }

    #[tokio::test]
    async fn decode_errors_of_bodies_holding_secrets() {
        for (content_type, body) in [
            (
                "application/json",
                format!(r#"{{"token":"{}"}}"#, SECRETS[2]),
            ),
            ("application/json", SECRETS[2].to_owned()),
            (
                "application/xml",
                format!("<string>{}<b/></string>", SECRETS[2]),
            ),
            ("application/xml", format!("<{0}>{0}</{0}>", SECRETS[2])),
        ] {
            let mut server = Server::new_async().await;
            for method in ["POST", "GET"] {
                server
                    .mock(method, Matcher::Any)
                    .match_query(Matcher::Any)
                    .with_header("content-type", content_type)
                    .with_body(&body)
                    .create_async()
                    .await;
            }
            let api = api(&server);
            let err = api
                .session_controller_login("agency", "jane", SECRETS[0])
                .await
                .unwrap_err();
            assert!(matches!(err, SdkError::Decode(_)), "{body}: {err:?}");
            let mut texts = shown(&err);
            let err = api
                .session_controller_get_session_info("agency", SECRETS[3])
                .await
                .unwrap_err();
            assert!(matches!(err, SdkError::Decode(_)), "{body}: {err:?}");
            texts.extend(shown(&err));
            assert_hidden(&texts);
        }
    }

    #[tokio::test]
    async fn the_login_token_prints_redacted() {
        let mut server = Server::new_async().await;
        let _mock = server
            .mock("POST", Matcher::Any)
            .match_query(Matcher::Any)
            .with_header("content-type", "application/json")
            .with_body(format!(r#""{}""#, SECRETS[3]))
            .create_async()
            .await;
        let response = api(&server)
            .session_controller_login("agency", "jane", SECRETS[0])
            .send()
            .await
            .unwrap();
        assert_hidden(&[format!("{response:?}"), response.to_string()]);
        assert_eq!(response.expose(), SECRETS[3]);
    }
}
