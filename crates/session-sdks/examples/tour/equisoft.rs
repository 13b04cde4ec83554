//! Equisoft: create a session, enable it, store and read an SSO token, impersonate, revert,
//! delete.

use mockito::{Matcher, Mock, Server, ServerGuard};
use session_sdks::equisoft::models::{ImpersonatePayload, SessionPayload};
use session_sdks::equisoft::{Client, SessionApi};

use crate::report::Tour;
use crate::target::Real;

const API: &str = "equisoft";
const SESSION: &str = r#"{"sessionId":"5e551011","state":"ENABLED","created":"2026-11-29T10:00:00Z","user":{"uuid":"8f2c1e0a","displayName":"Ada"},"mobile":false}"#;
const IMPERSONATED: &str = r#"{"sessionId":"5e551011","state":"ENABLED","user":{"uuid":"0b7d4c52","displayName":"Grace"},"actor":{"uuid":"8f2c1e0a","displayName":"Ada"}}"#;

pub(crate) async fn run(tour: &mut Tour, real: Option<Real>) {
    let (_mock, real) = match real {
        Some(real) => (None, real),
        None => {
            let (server, mocks) = mock().await;
            let real = Real {
                base_url: server.url(),
                username: "8f2c1e0a".into(),
                password: String::new(),
                new_password: None,
            };
            (Some((server, mocks)), real)
        }
    };
    let api = match Client::new(real.base_url) {
        Ok(client) => SessionApi::new(client),
        Err(error) => return println!("{API}: {error}"),
    };

    let payload = SessionPayload {
        user_uuid: Some(real.username),
        absolute_timeout: Some(3600),
        ..SessionPayload::default()
    };
    let created = tour
        .call(
            API,
            "create_session",
            "POST /sessions",
            api.create_session(payload).send(),
        )
        .await;
    let uuid = created.and_then(|s| s.session_id).unwrap_or_default();

    tour.call(
        API,
        "get_session",
        "GET /sessions/{uuid}",
        api.get_session(&uuid).send(),
    )
    .await;
    tour.call(
        API,
        "enable_session",
        "POST /sessions/{uuid}/enable",
        api.enable_session(&uuid).send(),
    )
    .await;
    tour.call(
        API,
        "enable_session_for_crm",
        "POST /sessions/{uuid}/enable/crm",
        api.enable_session_for_crm(&uuid)
            .bump_oldest_session(true)
            .send(),
    )
    .await;
    tour.call(
        API,
        "set_session_sso_token",
        "PUT /sessions/{uuid}/tokens/{tokenId}",
        api.set_session_sso_token(&uuid, "crm", "sso-secret-1")
            .send(),
    )
    .await;
    tour.call(
        API,
        "get_session_sso_token",
        "GET /sessions/{uuid}/tokens/{tokenId}",
        api.get_session_sso_token(&uuid, "crm").send(),
    )
    .await;
    let other = ImpersonatePayload {
        user_uuid: Some("0b7d4c52".into()),
    };
    tour.call(
        API,
        "impersonate",
        "POST /sessions/{uuid}/impersonate",
        api.impersonate(&uuid, other).send(),
    )
    .await;
    tour.call(
        API,
        "revert_identity",
        "POST /sessions/{uuid}/revertIdentity",
        api.revert_identity(&uuid).send(),
    )
    .await;
    tour.call(
        API,
        "delete_session_sso_token",
        "DELETE /sessions/{uuid}/tokens/{tokenId}",
        api.delete_session_sso_token(&uuid, "crm").send(),
    )
    .await;
    tour.call(
        API,
        "delete_session",
        "DELETE /sessions/{uuid}",
        api.delete_session(&uuid).send(),
    )
    .await;
    tour.call(
        API,
        "delete_all_sessions",
        "DELETE /sessions",
        api.delete_all_sessions().send(),
    )
    .await;
}

/// The Equisoft mock: each route checks the request it is sent.
async fn mock() -> (ServerGuard, Vec<Mock>) {
    let mut server = Server::new_async().await;
    let json = "application/json";
    let routes = vec![
        server
            .mock("POST", "/sessions")
            .match_header("content-type", json)
            .match_body(Matcher::Json(
                serde_json::json!({"userUuid": "8f2c1e0a", "absoluteTimeout": 3600}),
            ))
            .with_status(201)
            .with_header("content-type", json)
            .with_body(SESSION),
        server
            .mock("GET", "/sessions/5e551011")
            .with_header("content-type", json)
            .with_body(SESSION),
        server
            .mock("POST", "/sessions/5e551011/enable")
            .with_status(204),
        server
            .mock("POST", "/sessions/5e551011/enable/crm")
            .match_query(Matcher::UrlEncoded(
                "bumpOldestSession".into(),
                "true".into(),
            ))
            .with_status(204),
        server
            .mock("PUT", "/sessions/5e551011/tokens/crm")
            .match_header("content-type", "text/plain")
            .match_body(Matcher::Exact("sso-secret-1".into()))
            .with_status(204),
        server
            .mock("GET", "/sessions/5e551011/tokens/crm")
            .with_header("content-type", json)
            .with_body(r#"{"value":"sso-secret-1"}"#),
        server
            .mock("POST", "/sessions/5e551011/impersonate")
            .match_body(Matcher::Json(serde_json::json!({"userUuid": "0b7d4c52"})))
            .with_header("content-type", json)
            .with_body(IMPERSONATED),
        server
            .mock("POST", "/sessions/5e551011/revertIdentity")
            .with_header("content-type", json)
            .with_body(SESSION),
        server
            .mock("DELETE", "/sessions/5e551011/tokens/crm")
            .with_status(204),
        server.mock("DELETE", "/sessions/5e551011").with_status(204),
        server.mock("DELETE", "/sessions").with_status(204),
    ];
    let mut mocks = Vec::with_capacity(routes.len());
    for route in routes {
        mocks.push(route.create_async().await);
    }
    (server, mocks)
}
