//! Equisoft: create a session, enable it, store and read an SSO token, impersonate, revert,
//! delete.

use session_sdks::equisoft::mock::{MockServer, USERNAME};
use session_sdks::equisoft::models::{ImpersonatePayload, SessionPayload};
use session_sdks::equisoft::{Client, SessionApi};

use crate::report::Tour;
use crate::target::Real;

const API: &str = "equisoft";
/// The user the tour impersonates (added to the mock).
const OTHER: &str = "0b7d4c52-3f1d-4e6b-8c90-5b8e4c1b9a57";

pub(crate) async fn run(tour: &mut Tour, real: Option<Real>) {
    let (_mock, real) = match real {
        Some(real) => (None, real),
        None => {
            let server = MockServer::start().await;
            server.add_user(OTHER, "Grace Hopper");
            let real = Real {
                base_url: server.url(),
                username: USERNAME.into(),
                password: String::new(),
                new_password: None,
            };
            (Some(server), real)
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
            .params(|p| p.bump_oldest_session(true))
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
        user_uuid: Some(OTHER.into()),
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
