//! Rows for the runtime's generic calls: an idempotent GET and DELETE with a
//! path parameter and a query, and a non-idempotent POST login.

use session_sdks_runtime::{CallOptions, Client, Method, Operation, Repeat, RetryPolicy, Secret};

use super::{ModelRow, OpRow, Outcome, PathRow, Rendered, render_debug};
use crate::chaos::Reply;
use crate::decode::{self, Decoder};

/// `GET /things/{id}?q=..&password=..`: idempotent, retried after timeouts and 5xx.
pub const GET_THING: Operation = Operation {
    name: "get_thing",
    method: Method::GET,
    path: "/things/{id}",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

/// `DELETE /things/{id}`: documented idempotent.
pub const DELETE_THING: Operation = Operation {
    name: "delete_thing",
    method: Method::DELETE,
    path: "/things/{id}",
    repeat: Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

/// `POST /login`: never sent twice once it may have reached the server.
pub const LOGIN: Operation = Operation {
    name: "login",
    method: Method::POST,
    path: "/login",
    repeat: Repeat::Once,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

async fn get_thing(client: Client, id: String, secret: String) -> Outcome {
    client
        .request(&GET_THING, CallOptions::default())
        .path_param("id", &id)
        .query("q", "a&b=c")
        .query_secret("password", &Secret::new(secret))
        .send::<()>()
        .await?
        .json::<serde_json::Value, ()>()
        .map(|value| format!("{value:?}"))
}

async fn delete_thing(client: Client, id: String) -> Outcome {
    client
        .request(&DELETE_THING, CallOptions::default())
        .path_param("id", &id)
        .send::<()>()
        .await?
        .json_or_empty::<serde_json::Value, ()>()
        .map(|value| format!("{value:?}"))
}

async fn login(client: Client, secret: String) -> Outcome {
    let body = serde_json::json!({ "user": "u" });
    client
        .request(&LOGIN, CallOptions::default())
        .header("x-request-id", "r1")
        .secret_header("x-password", &Secret::new(secret))
        .json(&body)
        .send::<()>()
        .await?
        .token::<()>()
        .map(|value| format!("{value:?}"))
}

/// The generic calls.
pub fn operations() -> Vec<OpRow> {
    vec![
        OpRow {
            krate: "session-sdks-runtime",
            op: &GET_THING,
            target: "/things/1?q=a%26b%3Dc&password=pw",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::json(200, r#"{"id":1}"#),
            call: |client, secret| Box::pin(get_thing(client, "1".into(), secret)),
        },
        OpRow {
            krate: "session-sdks-runtime",
            op: &DELETE_THING,
            target: "/things/1",
            text: false,
            empty: false,
            secret_header: false,
            success: || Reply::status(204),
            call: |client, _| Box::pin(delete_thing(client, "1".into())),
        },
        OpRow {
            krate: "session-sdks-runtime",
            op: &LOGIN,
            target: "/login",
            text: true,
            empty: false,
            secret_header: true,
            success: || Reply::json(200, r#""token""#),
            call: |client, secret| Box::pin(login(client, secret)),
        },
    ]
}

/// The generic path parameter.
pub fn path_params() -> Vec<PathRow> {
    vec![
        PathRow {
            name: "runtime get_thing {id}",
            call: |client, value| Box::pin(get_thing(client, value, "pw".into())),
            target: |encoded| format!("/things/{encoded}?q=a%26b%3Dc&password=pw"),
        },
        PathRow {
            name: "runtime delete_thing {id}",
            call: |client, value| Box::pin(delete_thing(client, value)),
            target: |encoded| format!("/things/{encoded}"),
        },
    ]
}

/// The runtime's own decoders.
pub fn decoders() -> Vec<Decoder> {
    vec![
        Decoder {
            name: "runtime_strings",
            run: decode::strings,
        },
        Decoder {
            name: "runtime_xml_string",
            run: decode::xml_string,
        },
        Decoder {
            name: "runtime_error_entities",
            run: decode::generic_entities,
        },
    ]
}

/// The runtime has no models.
pub fn models() -> Vec<ModelRow> {
    Vec::new()
}

/// Clients, builders and policies built with `secret` in every credential slot.
pub fn secret_holders(secret: &str) -> Vec<Rendered> {
    let base = Client::new("http://127.0.0.1:9").unwrap_or_else(|err| panic!("{err}"));
    vec![
        render_debug("Secret", &Secret::new(secret)),
        render_debug("Some(Secret)", &Some(Secret::new(secret))),
        (
            "Secret Display".into(),
            vec![Secret::new(secret).to_string()],
        ),
        render_debug("Client::with_bearer_token", &base.with_bearer_token(secret)),
        render_debug(
            "Client::with_basic_auth",
            &base.with_basic_auth("user", secret),
        ),
        render_debug(
            "Client::with_api_key",
            &base.with_api_key("x-api-key", secret),
        ),
        render_debug(
            "Client::with_token_header",
            &base.with_token_header("Session-Token", secret),
        ),
        render_debug(
            "Client::with_token_header (bad name)",
            &base.with_token_header("bad name", secret),
        ),
        render_debug(
            "Client with every credential",
            &base
                .with_bearer_token(secret)
                .with_api_key("x-api-key", secret)
                .with_token_header("VZ-M2M-Token", secret)
                .with_retry_policy(RetryPolicy::disabled()),
        ),
        render_debug("CallOptions", &CallOptions::default()),
    ]
}
