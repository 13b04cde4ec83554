//! LetMC: log in, read the session (as XML), change the password, create a landlord login,
//! reset a password, log out. Every parameter but the short name travels in the query string.

use session_sdks::letmc::mock::{MockServer, PASSWORD, USERNAME};
use session_sdks::letmc::{Client, SessionControllerApi};

use crate::report::Tour;
use crate::target::Real;

const API: &str = "letmc";
const SHORT_NAME: &str = "demo agency";

pub(crate) async fn run(tour: &mut Tour, real: Option<Real>) {
    let (_mock, real) = match real {
        Some(real) => (None, real),
        None => {
            let server = MockServer::start().await;
            let real = Real {
                base_url: server.url(),
                username: USERNAME.into(),
                password: PASSWORD.into(),
                new_password: Some("new-pw".into()),
            };
            (Some(server), real)
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
            .params(|p| p.accept_xml())
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
        .params(|p| p.branch_id("B-01"));
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
