//! cyclos-auth through a `Session`: `get_current_auth` with the session's
//! token, which the session attaches on each call (its one login happens in
//! the warm-up), against the same request with a fixed `Session-Token` by
//! hand. What a session costs a call once it is logged in.

use cyclos_auth::models::Auth;
use cyclos_auth::{Session, SessionCredentials};
use reqwest::header::{ACCEPT, HeaderValue, USER_AGENT};
use session_sdks_runtime::Client;

use super::Scenario;
use crate::server::Route;

pub(super) const TOKEN: &str = "Xr2vtB8mM1Cvg9dwAV0ySKYYsFAVCrLd";
const AUTH: &str = r#"{"user":{"id":"-7971210298305165829","display":"John Smith","shortDisplay":"jsmith"},"role":"member","global":false,"systemAdministrator":false,"aliasOperator":false,"principal":"jsmith","expiredPassword":false,"pendingAgreements":false,"expiredSecondaryPassword":false,"pendingSecondaryPassword":false}"#;

pub(crate) struct CyclosSession {
    session: Session,
    http: reqwest::Client,
    url: String,
    token: HeaderValue,
}

impl Scenario for CyclosSession {
    const NAME: &'static str = "cyclos-auth session";
    const OPERATION: &'static str = "Session::api().get_current_auth()";
    const ROUTE: Route = Route {
        method: "GET",
        base: "/api",
        path: "/auth",
        status: 200,
        content_type: "application/json",
        body: AUTH,
    };
    const LOGIN: Option<Route> = Some(Route {
        method: "POST",
        base: "/api",
        path: "/auth/session",
        status: 200,
        content_type: "application/json",
        body: r#"{"role":"member","sessionToken":"Xr2vtB8mM1Cvg9dwAV0ySKYYsFAVCrLd"}"#,
    });
    type Output = Auth;

    fn new(client: Client) -> Self {
        let http = client.http_client().clone();
        let url = format!("{}/auth", client.base_url());
        let session = Session::new(&client, SessionCredentials::new("jsmith", "p4ssw0rd"));
        Self {
            session,
            http,
            url,
            token: HeaderValue::from_static(TOKEN),
        }
    }

    async fn sdk(&self) -> Result<Auth, String> {
        self.session
            .api()
            .get_current_auth()
            .await
            .map_err(|e| e.to_string())
    }

    async fn raw(&self) -> Result<Auth, String> {
        let response = self
            .http
            .get(&self.url)
            .header(USER_AGENT, crate::USER_AGENT)
            .header(ACCEPT, "application/json")
            .header("session-token", self.token.clone())
            .timeout(crate::TIMEOUT)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| e.to_string())?;
        let bytes = response.bytes().await.map_err(|e| e.to_string())?;
        serde_json::from_slice(&bytes).map_err(|e| e.to_string())
    }
}
