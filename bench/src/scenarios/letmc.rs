//! letmc-session: `SessionControllerApi::session_controller_login`, a POST
//! with the short name in the path and the credentials in the query string,
//! answered with the ASP.NET DataContract XML `<string>` holding the token.

use letmc_session::SessionControllerApi;
use quick_xml::Reader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use reqwest::header::{ACCEPT, CONTENT_LENGTH, USER_AGENT};
use reqwest::{Method, Url};
use session_sdks_runtime::{Client, Secret};

use super::Scenario;
use crate::server::Route;

pub(crate) struct Letmc {
    api: SessionControllerApi,
    http: reqwest::Client,
    base: Url,
}

impl Scenario for Letmc {
    const NAME: &'static str = "letmc-session";
    const OPERATION: &'static str = "SessionControllerApi::session_controller_login";
    const ROUTE: Route = Route {
        method: "POST",
        base: "",
        path: "/v2/customer/acme-lettings/session",
        status: 200,
        content_type: "application/xml",
        body: r#"<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">4f9c2b7e-1d3a-4e8b-9c6f-2a5d8e7b1c30</string>"#,
    };
    type Output = Secret;

    fn new(client: Client) -> Self {
        let http = client.http_client().clone();
        let base = match Url::parse(client.base_url()) {
            Ok(base) => base,
            Err(err) => panic!("letmc-session: bad base URL: {err}"),
        };
        Self {
            api: SessionControllerApi::new(client),
            http,
            base,
        }
    }

    async fn sdk(&self) -> Result<Secret, String> {
        self.api
            .session_controller_login("acme-lettings", "jsmith", "p4ssw0rd")
            .params(|p| p.accept_xml())
            .await
            .map_err(|e| e.to_string())
    }

    async fn raw(&self) -> Result<Secret, String> {
        let mut url = self.base.clone();
        url.path_segments_mut()
            .map_err(|()| "base URL cannot have a path".to_owned())?
            .pop_if_empty()
            .extend(["v2", "customer", "acme-lettings", "session"]);
        url.query_pairs_mut()
            .append_pair("username", "jsmith")
            .append_pair("password", "p4ssw0rd");
        let response = self
            .http
            .request(Method::POST, url)
            .header(USER_AGENT, crate::USER_AGENT)
            .header(ACCEPT, "application/xml")
            // What the SDK sends for a POST without a body (hyper would omit it).
            .header(CONTENT_LENGTH, "0")
            .timeout(crate::TIMEOUT)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| e.to_string())?;
        let bytes = response.bytes().await.map_err(|e| e.to_string())?;
        let text = std::str::from_utf8(&bytes).map_err(|e| e.to_string())?;
        decode_string(text).map(Secret::from)
    }
}

/// The text of the `<string>` element: text, CDATA and entity references.
fn decode_string(xml: &str) -> Result<String, String> {
    let mut reader = Reader::from_str(xml);
    let (mut text, mut inside) = (String::new(), false);
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(start) if start.local_name().as_ref() == b"string" => inside = true,
            Event::End(_) => inside = false,
            Event::Text(t) if inside => text.push_str(&t.decode().map_err(|e| e.to_string())?),
            Event::CData(c) if inside => text.push_str(&c.decode().map_err(|e| e.to_string())?),
            Event::GeneralRef(r) if inside => match r.resolve_char_ref() {
                Ok(Some(ch)) => text.push(ch),
                Ok(None) => {
                    let name = r.decode().map_err(|e| e.to_string())?;
                    text.push_str(resolve_predefined_entity(&name).ok_or("unknown entity")?);
                }
                Err(err) => return Err(err.to_string()),
            },
            Event::Eof => return Ok(text),
            _ => {}
        }
    }
}
