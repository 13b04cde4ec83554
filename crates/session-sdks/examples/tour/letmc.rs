//! LetMC: log in, read the session (as XML), change the password, create a landlord login,
//! reset a password, log out. Every parameter but the short name travels in the query string.

use mockito::{Matcher, Mock, Server, ServerGuard};
use session_sdks::letmc::{Client, SessionControllerApi};

use crate::report::Tour;
use crate::target::Real;

const API: &str = "letmc";
const SHORT_NAME: &str = "demo agency";

pub(crate) async fn run(tour: &mut Tour, real: Option<Real>) {
    let (_mock, real) = match real {
        Some(real) => (None, real),
        None => {
            let (server, mocks) = mock().await;
            let real = Real {
                base_url: server.url(),
                username: "tenant@example.com".into(),
                password: "current-pw".into(),
                new_password: Some("new-pw".into()),
            };
            (Some((server, mocks)), real)
        }
    };
    let api = match Client::new(real.base_url) {
        Ok(client) => SessionControllerApi::new(client),
        Err(error) => return println!("{API}: {error}"),
    };
    let route = "POST /v2/customer/{shortName}/session";
    let login = api.session_controller_login(SHORT_NAME, &real.username, real.password.clone());
    let token = tour
        .call(API, "session_controller_login", route, login.send())
        .await
        .unwrap_or_default();

    tour.call(
        API,
        "session_controller_get_session_info",
        "GET /v2/customer/{shortName}/session",
        api.session_controller_get_session_info(SHORT_NAME, token.clone())
            .accept_xml()
            .send(),
    )
    .await;

    let route = "PUT /v2/customer/{shortName}/session/password";
    match real.new_password {
        Some(new_password) => {
            let call = api.session_controller_change_password(
                SHORT_NAME,
                token.clone(),
                real.password,
                new_password,
            );
            tour.call(
                API,
                "session_controller_change_password",
                route,
                call.send(),
            )
            .await;
        }
        None => tour.skip(
            API,
            "session_controller_change_password",
            route,
            "no NEW_PASSWORD given",
        ),
    }

    let call = api
        .session_controller_create_landlord_login(
            SHORT_NAME,
            "landlord@example.com",
            "Ms",
            "Ada",
            "Lovelace",
            "1 Analytical Row, London",
            "+44 20 7946 0000",
        )
        .branch_id("B-01");
    tour.call(
        API,
        "session_controller_create_landlord_login",
        "POST /v2/customer/{shortName}/session/createlandlordlogin",
        call.send(),
    )
    .await;
    tour.call(
        API,
        "session_controller_reset_password",
        "POST /v2/customer/{shortName}/session/resetpassword",
        api.session_controller_reset_password(SHORT_NAME, "tenant@example.com")
            .send(),
    )
    .await;
    tour.call(
        API,
        "session_controller_logout",
        "DELETE /v2/customer/{shortName}/session",
        api.session_controller_logout(SHORT_NAME, token).send(),
    )
    .await;
}

fn query(pairs: &[(&str, &str)]) -> Matcher {
    Matcher::AllOf(
        pairs
            .iter()
            .map(|(name, value)| Matcher::UrlEncoded((*name).into(), (*value).into()))
            .collect(),
    )
}

/// The LetMC mock: each route checks the query it is sent.
async fn mock() -> (ServerGuard, Vec<Mock>) {
    let mut server = Server::new_async().await;
    let session = "/v2/customer/demo%20agency/session";
    let token = ("token", "letmc-token-1");
    let routes = vec![
        server
            .mock("POST", session)
            .match_query(query(&[("username", "tenant@example.com"), ("password", "current-pw")]))
            .with_header("content-type", "application/json; charset=utf-8")
            .with_body(r#""letmc-token-1""#),
        server
            .mock("GET", session)
            .match_header("accept", "application/xml")
            .match_query(query(&[token]))
            .with_header("content-type", "application/xml; charset=utf-8")
            .with_body(
                r#"<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">tenant@example.com &amp; branch B-01</string>"#,
            ),
        server
            .mock("PUT", "/v2/customer/demo%20agency/session/password")
            .match_query(query(&[token, ("oldPassword", "current-pw"), ("newPassword", "new-pw")]))
            .with_status(204),
        server
            .mock("POST", "/v2/customer/demo%20agency/session/createlandlordlogin")
            .match_query(query(&[
                ("email", "landlord@example.com"),
                ("forename", "Ada"),
                ("propertyAddress", "1 Analytical Row, London"),
                ("branchID", "B-01"),
            ]))
            .with_status(204),
        server
            .mock("POST", "/v2/customer/demo%20agency/session/resetpassword")
            .match_query(query(&[("email", "tenant@example.com")]))
            .with_status(204),
        server
            .mock("DELETE", session)
            .match_query(query(&[token]))
            .with_status(204),
    ];
    let mut mocks = Vec::with_capacity(routes.len());
    for route in routes {
        mocks.push(route.create_async().await);
    }
    (server, mocks)
}
