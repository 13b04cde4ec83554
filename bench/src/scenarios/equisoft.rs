//! equisoft-account: `SessionApi::create_session`, a JSON body answered with
//! `201 Created` and the JSON `Session`.

use equisoft_account::SessionApi;
use equisoft_account::models::{Session, SessionPayload};
use reqwest::header::{ACCEPT, CONTENT_TYPE, USER_AGENT};
use session_sdks_runtime::Client;

use super::Scenario;
use crate::server::Route;

pub(crate) struct Equisoft {
    api: SessionApi,
    http: reqwest::Client,
    base: String,
}

fn payload() -> SessionPayload {
    SessionPayload {
        user_uuid: Some("0f8fad5b-d9cb-469f-a165-70867728950e".to_owned()),
        absolute_timeout: Some(3600),
        enable: Some(true),
        sso: None,
        mobile: Some(false),
    }
}

impl Scenario for Equisoft {
    const NAME: &'static str = "equisoft-account";
    const OPERATION: &'static str = "SessionApi::create_session";
    const ROUTE: Route = Route {
        method: "POST",
        base: "/accounts/v1",
        path: "/sessions",
        status: 201,
        content_type: "application/json",
        body: r#"{"sessionId":"7c9e6679-7425-40de-944b-e07fc1f90ae7","state":"ENABLED","created":"2026-11-29T13:30:00Z","expire":"2026-11-29T14:30:00Z","user":{"id":4211,"uuid":"0f8fad5b-d9cb-469f-a165-70867728950e","displayName":"Jane Smith","email":"jane.smith@example.com","locale":"en_CA","state":"ENABLED","roles":["ADVISOR","ADMIN"],"deletable":false,"billable":true,"created":"2021-03-04T10:00:00Z"},"crm":{"enabled":true},"mobile":false}"#,
    };
    type Output = Session;

    fn new(client: Client) -> Self {
        let (http, base) = (client.http_client().clone(), client.base_url().to_owned());
        Self {
            api: SessionApi::new(client),
            http,
            base,
        }
    }

    async fn sdk(&self) -> Result<Session, String> {
        self.api
            .create_session(payload())
            .await
            .map_err(|e| e.to_string())
    }

    async fn raw(&self) -> Result<Session, String> {
        let json = serde_json::to_vec(&payload()).map_err(|e| e.to_string())?;
        let response = self
            .http
            .post(format!("{}/sessions", self.base))
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
