//! Cyclos 4: read the login form's data, log in with basic auth, read the session, pass the
//! secondary password, get an OTP, go through a forgotten password reset, disconnect an access
//! client and log out. `fields` travels as one query parameter per name.
//!
//! Against a real server (`--base-url cyclos=https://cyclos.example.com/network/api`) the user
//! comes from `SESSION_SDKS_TOUR_CYCLOS_USERNAME` / `..._PASSWORD`, and the steps that need
//! more, or change something hard to undo, run only when given it:
//! - `..._SECONDARY_PASSWORD`: validates the pending session with it;
//! - `..._NEW_PASSWORD`: requests a forgotten password reset (Cyclos e-mails the user a key);
//! - `..._RESET_KEY` with `..._NEW_PASSWORD` (and `..._SECURITY_ANSWER` if the reset asks
//!   one): reads the reset's data and changes the password with that key, instead of
//!   requesting another key;
//! - `..._ACCESS_CLIENT_TOKEN`: disconnects that access client (confirmed with the password);
//!   it must be activated again before it is used again.

use std::env;

use session_sdks::cyclos::mock::{
    ACCESS_CLIENT_TOKEN, MockServer, PASSWORD, RESET_KEY, SECONDARY_PASSWORD, SECURITY_ANSWER,
    USERNAME,
};
use session_sdks::cyclos::models::{
    ChangeForgottenPassword, ForgottenPasswordRequest, SendMediumEnum,
};
use session_sdks::cyclos::{AuthApi, Client, CyclosClientExt};

use crate::report::Tour;
use crate::target::Real;

const API: &str = "cyclos";

/// What the optional steps need; each is `None` unless given (all set on the mock).
struct Extras {
    /// Whether to request a forgotten password reset (which e-mails the user a new key).
    request_reset: bool,
    secondary_password: Option<String>,
    reset_key: Option<String>,
    security_answer: Option<String>,
    access_client_token: Option<String>,
}

impl Extras {
    fn from_env(real: &Real) -> Self {
        let var = |what: &str| env::var(format!("SESSION_SDKS_TOUR_CYCLOS_{what}")).ok();
        let reset_key = var("RESET_KEY");
        Self {
            request_reset: real.new_password.is_some() && reset_key.is_none(),
            reset_key,
            secondary_password: var("SECONDARY_PASSWORD"),
            security_answer: var("SECURITY_ANSWER"),
            access_client_token: var("ACCESS_CLIENT_TOKEN"),
        }
    }
}

pub(crate) async fn run(tour: &mut Tour, real: Option<Real>) {
    let (_mock, real, extras) = match real {
        Some(real) => {
            let extras = Extras::from_env(&real);
            (None, real, extras)
        }
        None => {
            let server = MockServer::start().await;
            let real = Real {
                base_url: server.url(),
                username: USERNAME.into(),
                password: PASSWORD.into(),
                new_password: Some("new-pw".into()),
            };
            let extras = Extras {
                request_reset: true,
                secondary_password: Some(SECONDARY_PASSWORD.into()),
                reset_key: Some(RESET_KEY.into()),
                security_answer: Some(SECURITY_ANSWER.into()),
                access_client_token: Some(ACCESS_CLIENT_TOKEN.into()),
            };
            (Some(server), real, extras)
        }
    };
    let client = match Client::new(real.base_url) {
        Ok(client) => client,
        Err(error) => return println!("{API}: {error}"),
    };
    let guest = AuthApi::new(client.clone());

    tour.call(
        API,
        "get_data_for_login",
        "GET /auth/data-for-login",
        guest
            .get_data_for_login()
            .params(|p| {
                p.fields([
                    "principalTypes",
                    "loginPasswordInput",
                    "forgotPasswordMediums",
                ])
            })
            .send(),
    )
    .await;

    let login = AuthApi::new(client.with_basic_auth(&real.username, real.password.clone()))
        .login()
        .params(|p| p.fields(["sessionToken", "user", "role", "pendingSecondaryPassword"]))
        .params(|p| p.timeout_in_seconds(600));
    let auth = tour
        .call(API, "login", "POST /auth/session", login.send())
        .await;
    let token = auth.and_then(|auth| auth.session_token).unwrap_or_default();
    let session = AuthApi::new(client.with_session_token(token));

    tour.call(
        API,
        "get_current_auth",
        "GET /auth",
        session
            .get_current_auth()
            .params(|p| p.fields(["user", "role", "permissions.passwords"]))
            .send(),
    )
    .await;
    tour.call(
        API,
        "get_secondary_password_input",
        "GET /auth/session/secondary-password",
        session.get_secondary_password_input().send(),
    )
    .await;
    let route = "POST /auth/session/secondary-password";
    match &extras.secondary_password {
        Some(password) => {
            let call = session.validate_secondary_password(password.clone());
            tour.call(API, "validate_secondary_password", route, call.send())
                .await;
        }
        None => tour.skip(
            API,
            "validate_secondary_password",
            route,
            "no SECONDARY_PASSWORD given",
        ),
    }
    tour.call(
        API,
        "new_otp",
        "POST /auth/otp",
        session.new_otp(SendMediumEnum::Email).send(),
    )
    .await;

    let new_password = real.new_password.as_deref();
    let changed = forgotten_password(tour, &guest, &real.username, new_password, &extras).await;
    // The disconnect is confirmed with the password as it now is.
    let password = match (changed, new_password) {
        (true, Some(new_password)) => new_password.to_owned(),
        _ => real.password,
    };

    let route = "DELETE /auth/access-client";
    match &extras.access_client_token {
        Some(access_client) => {
            let call = AuthApi::new(client.with_access_client_token(access_client.clone()))
                .disconnect_current_client()
                .params(|p| p.confirmation_password(password));
            tour.call(API, "disconnect_current_client", route, call.send())
                .await;
        }
        None => tour.skip(
            API,
            "disconnect_current_client",
            route,
            "no ACCESS_CLIENT_TOKEN given",
        ),
    }

    tour.call(
        API,
        "logout",
        "DELETE /auth/session",
        session.logout().send(),
    )
    .await;
}

/// Request a reset, read its data, change the password: a guest's three steps, each run only
/// when the target has what it needs (a new password, then the e-mailed key). Whether the
/// password was changed.
async fn forgotten_password(
    tour: &mut Tour,
    guest: &AuthApi,
    username: &str,
    new_password: Option<&str>,
    extras: &Extras,
) -> bool {
    let route = "POST /auth/forgotten-password/request";
    if extras.request_reset {
        let request = ForgottenPasswordRequest {
            user: Some(username.to_owned()),
            ..ForgottenPasswordRequest::default()
        };
        let call = guest.forgotten_password_request(request);
        tour.call(API, "forgotten_password_request", route, call.send())
            .await;
    } else {
        let why = if extras.reset_key.is_some() {
            "RESET_KEY given: the reset was requested before"
        } else {
            "no NEW_PASSWORD given"
        };
        tour.skip(API, "forgotten_password_request", route, why);
    }

    let route = "GET /auth/forgotten-password/data-for-change";
    let Some(key) = &extras.reset_key else {
        tour.skip(
            API,
            "get_data_for_change_forgotten_password",
            route,
            "no RESET_KEY given",
        );
        tour.skip(
            API,
            "change_forgotten_password",
            "POST /auth/forgotten-password",
            "no RESET_KEY given",
        );
        return false;
    };
    tour.call(
        API,
        "get_data_for_change_forgotten_password",
        route,
        guest
            .get_data_for_change_forgotten_password(key.clone())
            .send(),
    )
    .await;

    let route = "POST /auth/forgotten-password";
    match new_password {
        Some(new_password) => {
            let change = ChangeForgottenPassword {
                key: Some(key.clone().into()),
                security_answer: extras.security_answer.clone().map(Into::into),
                new_password: Some(new_password.into()),
                check_confirmation: Some(true),
                new_password_confirmation: Some(new_password.into()),
            };
            let call = guest.change_forgotten_password(change);
            tour.call(API, "change_forgotten_password", route, call.send())
                .await
                .is_some()
        }
        None => {
            tour.skip(
                API,
                "change_forgotten_password",
                route,
                "no NEW_PASSWORD given",
            );
            false
        }
    }
}
