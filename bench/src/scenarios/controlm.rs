//! controlm-session: `SessionApi::do_login`, a JSON body with a secret,
//! answered with a JSON `LoginResult`.

use controlm_session::models::{LoginCredentials, LoginResult};
use controlm_session::{Client, SessionApi};
use reqwest::header::{ACCEPT, CONTENT_TYPE, USER_AGENT};

use super::Scenario;
use crate::server::Route;

pub(crate) struct Controlm {
    api: SessionApi,
    http: reqwest::Client,
    base: String,
}

impl Scenario for Controlm {
    const NAME: &'static str = "controlm-session";
    const OPERATION: &'static str = "SessionApi::do_login";
    const ROUTE: Route = Route {
        method: "POST",
        base: "/automation-api",
        path: "/session/login",
        status: 200,
        content_type: "application/json",
        body: r#"{"username":"emuser","token":"6bd0c3f1-6a2e-4c64-9d1b-6f2c1e0c9a41","version":"9.0.21"}"#,
    };
    type Output = LoginResult;

    fn new(client: Client) -> Self {
        let (http, base) = (client.http_client().clone(), client.base_url().to_owned());
        Self {
            api: SessionApi::new(client),
            http,
            base,
        }
    }

    async fn sdk(&self) -> Result<LoginResult, String> {
        let body = LoginCredentials::new("emuser", "p4ssw0rd");
        self.api.do_login(body).await.map_err(|e| e.to_string())
    }

    async fn raw(&self) -> Result<LoginResult, String> {
        let body = LoginCredentials::new("emuser", "p4ssw0rd");
        let json = serde_json::to_vec(&body).map_err(|e| e.to_string())?;
        let response = self
            .http
            .post(format!("{}/session/login", self.base))
            .header(USER_AGENT, crate::USER_AGENT)
            .header(ACCEPT, "application/json")
            .header(CONTENT_TYPE, "application/json")
            .timeout(crate::TIMEOUT)
            .body(json)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| e.to_string())?;
        let bytes = response.bytes().await.map_err(|e| e.to_string())?;
        serde_json::from_slice(&bytes).map_err(|e| e.to_string())
    }
}
