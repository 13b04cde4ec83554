//! Control-M: log in, change the password, log out with the bearer token.

use mockito::{Matcher, Mock, Server, ServerGuard};
use session_sdks::controlm::models::{LoginCredentials, PasswordsObject};
use session_sdks::controlm::{Client, SessionApi};

use crate::report::Tour;
use crate::target::Real;

const API: &str = "controlm";

pub(crate) async fn run(tour: &mut Tour, real: Option<Real>) {
    let (_mock, real) = match real {
        Some(real) => (None, real),
        None => {
            let (server, mocks) = mock().await;
            let real = Real {
                base_url: format!("{}/automation-api", server.url()),
                username: "emuser".into(),
                password: "current-pw".into(),
                new_password: Some("new-pw".into()),
            };
            (Some((server, mocks)), real)
        }
    };
    let client = match Client::new(real.base_url) {
        Ok(client) => client,
        Err(error) => return println!("{API}: {error}"),
    };

    let login = tour
        .call(
            API,
            "do_login",
            "POST /session/login",
            SessionApi::new(client.clone())
                .do_login(LoginCredentials::new(real.username, real.password.clone()))
                .send(),
        )
        .await;
    let token = login.and_then(|login| login.token).unwrap_or_default();
    let api = SessionApi::new(client.with_bearer_token(token));

    let route = "POST /session/user/password/update";
    match real.new_password {
        Some(new_password) => {
            let body = PasswordsObject::new(real.password, new_password);
            tour.call(
                API,
                "update_my_password",
                route,
                api.update_my_password(body).send(),
            )
            .await;
        }
        None => tour.skip(API, "update_my_password", route, "no NEW_PASSWORD given"),
    }

    tour.call(
        API,
        "do_logout",
        "POST /session/logout",
        api.do_logout().send(),
    )
    .await;
}

/// The Control-M mock: each route checks the request it is sent.
async fn mock() -> (ServerGuard, Vec<Mock>) {
    let mut server = Server::new_async().await;
    let login = server
        .mock("POST", "/automation-api/session/login")
        .match_header("content-type", "application/json")
        .match_body(Matcher::Json(
            serde_json::json!({"username": "emuser", "password": "current-pw"}),
        ))
        .with_header("content-type", "application/json")
        .with_body(r#"{"username":"emuser","token":"ctm-token-1","version":"9.0.21"}"#)
        .create_async()
        .await;
    let password = server
        .mock("POST", "/automation-api/session/user/password/update")
        .match_header("authorization", "Bearer ctm-token-1")
        .match_body(Matcher::Json(
            serde_json::json!({"currentPassword": "current-pw", "newPassword": "new-pw"}),
        ))
        .with_header("content-type", "application/json")
        .with_body(r#"{"message":"Password was updated"}"#)
        .create_async()
        .await;
    let logout = server
        .mock("POST", "/automation-api/session/logout")
        .match_header("authorization", "Bearer ctm-token-1")
        .with_header("content-type", "application/json")
        .with_body(r#"{"message":"Successfully logged out"}"#)
        .create_async()
        .await;
    (server, vec![login, password, logout])
}
