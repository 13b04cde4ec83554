//! The runtime alone: a GET with a repeated query array
//! (`?fields=a&fields=b&fields=c`, as cyclos-auth sends), built with
//! `Request::query_multi`, answered with JSON.

use reqwest::header::{ACCEPT, USER_AGENT};
use serde::Deserialize;
use session_sdks_runtime::{CallOptions, Client, Method, Operation, Repeat};

use super::Scenario;
use crate::server::Route;

const GET_AUTH: Operation = Operation {
    name: "get_current_auth",
    method: Method::GET,
    path: "/auth",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

#[derive(Debug, PartialEq, Deserialize)]
pub(crate) struct Auth {
    #[serde(rename = "role")]
    role: Option<String>,
    #[serde(rename = "sessionToken")]
    session_token: Option<String>,
    #[serde(rename = "permissions")]
    permissions: Option<Vec<String>>,
}

pub(crate) struct QueryArrays {
    client: Client,
    fields: Vec<String>,
}

impl Scenario for QueryArrays {
    const NAME: &'static str = "runtime-query-arrays";
    const OPERATION: &'static str = "Request::query_multi GET";
    const ROUTE: Route = Route {
        method: "GET",
        base: "/api",
        path: "/auth",
        status: 200,
        content_type: "application/json",
        body: r#"{"role":"member","sessionToken":"s3ss10n","permissions":["login","accounts","payments"]}"#,
    };
    type Output = Auth;

    fn new(client: Client) -> Self {
        let fields = ["role", "sessionToken", "permissions"]
            .map(String::from)
            .to_vec();
        Self { client, fields }
    }

    async fn sdk(&self) -> Result<Auth, String> {
        let request = self.client.request(&GET_AUTH, CallOptions::default());
        let response = request
            .query_multi("fields", &self.fields)
            .send::<()>()
            .await;
        let value = response
            .and_then(|r| r.json::<Auth, ()>())
            .map_err(|e| e.to_string())?;
        Ok(value.into_inner())
    }

    async fn raw(&self) -> Result<Auth, String> {
        let mut url = reqwest::Url::parse(&format!("{}/auth", self.client.base_url()))
            .map_err(|e| e.to_string())?;
        url.query_pairs_mut()
            .extend_pairs(self.fields.iter().map(|f| ("fields", f)));
        let response = self
            .client
            .http_client()
            .get(url)
            .header(USER_AGENT, crate::USER_AGENT)
            .header(ACCEPT, "application/json")
            .timeout(crate::TIMEOUT)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| e.to_string())?;
        let bytes = response.bytes().await.map_err(|e| e.to_string())?;
        serde_json::from_slice(&bytes).map_err(|e| e.to_string())
    }
}
