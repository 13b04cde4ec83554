//! vzm2m-session: `SessionController::login_using_post`, a JSON body sent
//! with `Authorization: Bearer` (a token supplied directly, so no token
//! request is timed), answered with a JSON `LogInResponse`.

use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, HeaderValue, USER_AGENT};
use session_sdks_runtime::Client;
use vzm2m_session::models::{LogInRequest, LogInResponse, OauthToken};
use vzm2m_session::{Environment, SessionController, VzM2mClient};

use super::Scenario;
use crate::server::Route;

const OAUTH_TOKEN: &str = "89ba225e1438e95bd05c3cc288d3591";

pub(crate) struct Vzm2m {
    api: SessionController,
    http: reqwest::Client,
    base: String,
    authorization: HeaderValue,
}

impl Scenario for Vzm2m {
    const NAME: &'static str = "vzm2m-session";
    const OPERATION: &'static str = "SessionController::login_using_post";
    const ROUTE: Route = Route {
        method: "POST",
        base: "/api/m2m/v1",
        path: "/session/login",
        status: 200,
        content_type: "application/json",
        body: r#"{"sessionToken":"bcce3ea6-fe4f-4952-bacf-eadd80718e83"}"#,
    };
    type Output = LogInResponse;

    fn new(client: Client) -> Self {
        let (http, base) = (client.http_client().clone(), client.base_url().to_owned());
        let vz = VzM2mClient::builder(Environment::Production)
            .base_url(&base)
            .share_pool(&client)
            .user_agent(crate::USER_AGENT)
            .timeout(crate::TIMEOUT)
            .retry(client.retry_policy().clone())
            .oauth_token(OauthToken::new(OAUTH_TOKEN, "Bearer"))
            .build();
        let vz = match vz {
            Ok(vz) => vz,
            Err(err) => panic!("vzm2m-session: {err}"),
        };
        let mut authorization = match HeaderValue::from_str(&format!("Bearer {OAUTH_TOKEN}")) {
            Ok(value) => value,
            Err(err) => panic!("vzm2m-session: {err}"),
        };
        authorization.set_sensitive(true);
        Self {
            api: vz.session(),
            http,
            base,
            authorization,
        }
    }

    async fn sdk(&self) -> Result<LogInResponse, String> {
        let body = LogInRequest::new("zbeeblebrox", "p4ssw0rd");
        self.api
            .login_using_post(Some(body))
            .await
            .map_err(|e| e.to_string())
    }

    async fn raw(&self) -> Result<LogInResponse, String> {
        let body = LogInRequest::new("zbeeblebrox", "p4ssw0rd");
        let json = serde_json::to_vec(&body).map_err(|e| e.to_string())?;
        let response = self
            .http
            .post(format!("{}/session/login", self.base))
            .header(USER_AGENT, crate::USER_AGENT)
            .header(ACCEPT, "application/json")
            .header(AUTHORIZATION, self.authorization.clone())
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
