//! The `mock` feature's `MockServer`, driven through the SDK as a user's tests would.

#![cfg(feature = "mock")]
#![allow(clippy::unwrap_used)]

use letmc_session::apis::session_controller_api::SessionControllerLoginError;
use letmc_session::mock::{MockServer, PASSWORD, USERNAME};
use letmc_session::{Client, Secret, SessionControllerApi};

const AGENCY: &str = "demo agency";

fn api(server: &MockServer) -> SessionControllerApi {
    SessionControllerApi::new(Client::new(server.url()).unwrap())
}

async fn login(api: &SessionControllerApi) -> Secret {
    api.session_controller_login(AGENCY, USERNAME, PASSWORD)
        .await
        .unwrap()
}

#[tokio::test]
async fn login_with_the_right_password_works_and_a_wrong_one_is_refused() {
    let server = MockServer::start().await;
    server.add_user("lodger@example.com", "lodger-pw");
    let api = api(&server);
    let token = api
        .session_controller_login(AGENCY, "lodger@example.com", "lodger-pw")
        .await
        .unwrap();
    assert_eq!(token.expose().len(), 36);

    let error = api
        .session_controller_login(AGENCY, "lodger@example.com", "wrong")
        .await
        .unwrap_err();
    assert_eq!(error.status().unwrap(), 401);
    // The entity's `Debug` withholds the server's text; the value holds it.
    let Some(SessionControllerLoginError::Unknown(body)) = error.entity() else {
        panic!("{error:?}");
    };
    assert_eq!(body["Message"], "The user name or password is incorrect.");
    let shown = format!("{:?}", error.entity().unwrap());
    assert_eq!(shown, "Unknown(Object(<1 field>))");
}

#[tokio::test]
async fn requests_are_counted_per_operation() {
    let server = MockServer::start().await;
    let api = api(&server);
    let token = login(&api).await;
    api.session_controller_logout(AGENCY, token).await.unwrap();
    assert_eq!(server.requests("session_controller_login"), 1);
    assert_eq!(server.requests("session_controller_logout"), 1);
    assert_eq!(server.requests("session_controller_get_session_info"), 0);
    assert_eq!(server.total_requests(), 2);
}

#[tokio::test]
async fn end_sessions_makes_the_next_call_fail_as_documented() {
    let server = MockServer::start().await;
    let api = api(&server);
    let token = login(&api).await;
    server.end_sessions();
    let error = api
        .session_controller_get_session_info(AGENCY, token)
        .await
        .unwrap_err();
    assert_eq!(error.status().unwrap(), 401);
}

#[tokio::test]
async fn fail_next_injects_the_documented_error_once() {
    let server = MockServer::start().await;
    let api = api(&server);
    server.fail_next("session_controller_reset_password", 500);
    let error = api
        .session_controller_reset_password(AGENCY, USERNAME)
        .await
        .unwrap_err();
    assert_eq!(error.status().unwrap(), 500);
    let body: serde_json::Value =
        serde_json::from_slice(error.content().unwrap().body_may_hold_secrets()).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"Message": "An error has occurred."})
    );
    api.session_controller_reset_password(AGENCY, USERNAME)
        .await
        .unwrap();
}

#[tokio::test]
async fn every_operation_answers_its_documented_shape() {
    let server = MockServer::start().await;
    let api = api(&server);
    let xml_token = api
        .session_controller_login(AGENCY, USERNAME, PASSWORD)
        .params(|p| p.accept_xml())
        .await
        .unwrap();
    let token = login(&api).await;
    assert_ne!(xml_token, token);

    let info = api
        .session_controller_get_session_info(AGENCY, token.clone())
        .await
        .unwrap();
    assert_eq!(info, "tenant@example.com at demo agency");
    let info = api
        .session_controller_get_session_info(AGENCY, xml_token)
        .params(|p| p.accept_xml())
        .send()
        .await
        .unwrap();
    assert_eq!(
        info.headers()["content-type"],
        "application/xml; charset=utf-8"
    );
    assert_eq!(*info, "tenant@example.com at demo agency");

    api.session_controller_change_password(AGENCY, token.clone(), PASSWORD, "new-pw")
        .await
        .unwrap();
    let landlord = api
        .session_controller_create_landlord_login(
            AGENCY,
            "landlord@example.com",
            "Ms",
            "Ada",
            "Lovelace",
            "1 Analytical Row, London",
            "+44 20 7946 0000",
        )
        .params(|p| p.branch_id("B-01"))
        .send()
        .await
        .unwrap();
    assert_eq!(landlord.status(), 204);
    api.session_controller_reset_password(AGENCY, USERNAME)
        .await
        .unwrap();
    api.session_controller_logout(AGENCY, token.clone())
        .await
        .unwrap();
    let error = api
        .session_controller_logout(AGENCY, token)
        .await
        .unwrap_err();
    assert_eq!(error.status().unwrap(), 401);
    api.session_controller_login(AGENCY, USERNAME, "new-pw")
        .await
        .unwrap();
}

#[tokio::test]
async fn a_call_the_service_does_not_have_is_refused_clearly() {
    let server = MockServer::start().await;
    // The SDK's own pool: with `rustls-ring` alone, reqwest has no TLS provider until one is built.
    let sdk = session_sdks_runtime::Client::new(server.url()).unwrap();
    let http = sdk.http_client();
    let wrong_name = http
        .post(format!(
            "{}/v2/customer/demo/session/createlandlordlogin?email=a&title=b&forename=c&surname=d&propertyAdresss=e&contactDetails=f",
            server.url()
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong_name.status(), 400);
    assert_eq!(
        wrong_name.text().await.unwrap(),
        "mock letmc: session_controller_create_landlord_login: query parameter propertyAdresss is not a parameter of this operation"
    );
    let missing = http
        .get(format!("{}/v2/customer/demo/sessions", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 501);
}

#[tokio::test]
async fn debug_shows_no_secret() {
    let server = MockServer::start().await;
    let token = login(&api(&server)).await;
    let shown = format!("{server:?}");
    assert!(!shown.contains(PASSWORD), "{shown}");
    assert!(!shown.contains(token.expose()), "{shown}");
}
