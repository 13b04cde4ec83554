//! cyclos-auth: `AuthApi::login` with a `fields` query array (one `fields`
//! pair per name) and HTTP basic auth, answered with a JSON `Auth`.

use cyclos_auth::AuthApi;
use cyclos_auth::models::Auth;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_LENGTH, HeaderValue, USER_AGENT};
use reqwest::{Method, Url};
use session_sdks_runtime::Client;

use super::Scenario;
use crate::server::Route;

const USER: &str = "jsmith";
const PASSWORD: &str = "p4ssw0rd";
const FIELDS: [&str; 5] = [
    "user",
    "role",
    "sessionToken",
    "permissions",
    "principalType",
];

pub(crate) struct Cyclos {
    api: AuthApi,
    http: reqwest::Client,
    base: String,
    authorization: HeaderValue,
}

impl Scenario for Cyclos {
    const NAME: &'static str = "cyclos-auth";
    const OPERATION: &'static str = "AuthApi::login().fields([..])";
    const ROUTE: Route = Route {
        method: "POST",
        base: "/api",
        path: "/auth/session",
        status: 200,
        content_type: "application/json",
        body: r#"{"user":{"id":"-7971210298305165829","display":"John Smith","shortDisplay":"jsmith","image":{"id":"-7971210298305165830","name":"avatar.png","contentType":"image/png","length":20480,"width":256,"height":256,"url":"https://cyclos.example.com/api/images/content/-7971210298305165830"}},"role":"member","global":false,"systemAdministrator":false,"aliasOperator":false,"sessionToken":"Xr2vtB8mM1Cvg9dwAV0ySKYYsFAVCrLd","principalType":{"id":"-7971210298305165831","name":"Login name","internalName":"username"},"principal":"jsmith","expiredPassword":false,"pendingAgreements":false,"expiredSecondaryPassword":false,"pendingSecondaryPassword":false,"configuration":{"id":"-7971210298305165832","version":12},"language":{"id":"-7971210298305165833","version":3}}"#,
    };
    type Output = Auth;

    fn new(client: Client) -> Self {
        let http = client.http_client().clone();
        let base = client.base_url().to_owned();
        // The header value `RequestBuilder::basic_auth` produces, built once
        // as the SDK's client builds its credential once.
        let authorization = http
            .get(&base)
            .basic_auth(USER, Some(PASSWORD))
            .build()
            .ok()
            .and_then(|r| r.headers().get(AUTHORIZATION).cloned());
        let Some(authorization) = authorization else {
            panic!("cyclos-auth: no basic auth header");
        };
        Self {
            api: AuthApi::new(client.with_basic_auth(USER, PASSWORD)),
            http,
            base,
            authorization,
        }
    }

    async fn sdk(&self) -> Result<Auth, String> {
        self.api
            .login()
            .params(|p| p.fields(FIELDS))
            .await
            .map_err(|e| e.to_string())
    }

    async fn raw(&self) -> Result<Auth, String> {
        let mut url =
            Url::parse(&format!("{}/auth/session", self.base)).map_err(|e| e.to_string())?;
        url.query_pairs_mut()
            .extend_pairs(FIELDS.iter().map(|f| ("fields", f)));
        let response = self
            .http
            .request(Method::POST, url)
            .header(USER_AGENT, crate::USER_AGENT)
            .header(ACCEPT, "application/json")
            .header(AUTHORIZATION, self.authorization.clone())
            // What the SDK sends for a POST without a body (hyper would omit it).
            .header(CONTENT_LENGTH, "0")
            .timeout(crate::TIMEOUT)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| e.to_string())?;
        let bytes = response.bytes().await.map_err(|e| e.to_string())?;
        serde_json::from_slice(&bytes).map_err(|e| e.to_string())
    }
}
