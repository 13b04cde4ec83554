//! Control-M: log in, change the password, log out with the bearer token.

use session_sdks::controlm::mock::{MockServer, PASSWORD, USERNAME};
use session_sdks::controlm::models::{LoginCredentials, PasswordsObject};
use session_sdks::controlm::{Client, SessionApi};

use crate::report::Tour;
use crate::target::Real;

const API: &str = "controlm";

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
