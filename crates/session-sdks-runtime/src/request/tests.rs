use std::time::Duration;

use reqwest::Method;
use reqwest::header::{ACCEPT, CONTENT_LENGTH, HeaderMap};

use super::*;
use crate::error::SdkError;

const TOKEN: Operation = Operation {
    name: "request_token",
    method: Method::POST,
    path: "/oauth2/token",
    repeat: crate::operation::Repeat::Idempotent,
    accept: Some("application/json"),
    target: env!("CARGO_CRATE_NAME"),
};

const ITEM: Operation = Operation {
    name: "item",
    method: Method::GET,
    path: "/a/{id}/b/{name}",
    repeat: crate::operation::Repeat::Idempotent,
    accept: None,
    target: env!("CARGO_CRATE_NAME"),
};

#[test]
fn the_url_is_built_in_place() {
    let client = Client::new("https://h.example/base").unwrap();
    let request = client
        .request(&ITEM, CallOptions::default())
        .query("q", "x y")
        .path_param("name", "n/{m}")
        .query_secret("pw", &Secret::new("p&w é"))
        .path_param("id", "7")
        .path_param("id", "8");
    assert_eq!(
        request.url().as_str(),
        "https://h.example/base/a/7/b/n%2F%7Bm%7D?q=x%20y&pw=p%26w%20%C3%A9"
    );
    assert_eq!(request.unset_path_param(), None);
    assert_eq!(request.query_secrets(), [b"p&w \xc3\xa9".to_vec()]);
    let unset = client
        .request(&ITEM, CallOptions::default())
        .path_param("id", "7");
    assert_eq!(
        unset.unset_path_param().as_deref(),
        Some("path parameter `name` was not set")
    );
}

/// What reqwest 0.13, hyper-util and hyper 1 do to a request's header map
/// on its way out (`Client::execute_request`, `try_send_request`, `set_length`).
fn add_downstream_headers(headers: &mut HeaderMap, body: bool) {
    use reqwest::header::{HOST, TRANSFER_ENCODING};
    // reqwest: its client's default headers, when absent (`Accept: */*`).
    headers
        .entry(ACCEPT)
        .or_insert(HeaderValue::from_static("*/*"));
    // hyper-util: `Host`.
    headers
        .entry(HOST)
        .or_insert(HeaderValue::from_static("h.example"));
    // hyper: a body of known length, after looking for `Transfer-Encoding`.
    if body {
        let _ = headers.entry(TRANSFER_ENCODING);
        headers.insert(CONTENT_LENGTH, HeaderValue::from(2u16));
    }
}

#[test]
fn the_header_map_is_never_regrown_downstream() {
    const NOTE: Operation = Operation {
        name: "note",
        method: Method::POST,
        path: "/n",
        repeat: crate::operation::Repeat::IfUnprocessed,
        accept: None,
        target: env!("CARGO_CRATE_NAME"),
    };
    struct Token;
    impl crate::auth::AuthProvider for Token {
        fn credential(
            &self,
        ) -> crate::auth::BoxFuture<'_, Result<(HeaderName, HeaderValue), SdkError>> {
            Box::pin(async {
                Ok((
                    reqwest::header::AUTHORIZATION,
                    HeaderValue::from_static("Bearer t"),
                ))
            })
        }
        fn invalidate(&self) -> bool {
            false
        }
    }
    let mut shapes = 0;
    for (defaults, provider) in (0..5).flat_map(|d| [(d, false), (d, true)]) {
        let mut builder = Client::builder("https://h.example");
        for i in 0..defaults {
            builder = builder.default_header(format!("x-default-{i}"), "d");
        }
        let mut client = builder.build().unwrap();
        if defaults % 2 == 1 {
            client = client.with_api_key("x-api-key", "k");
        }
        if provider {
            client = client.with_auth_provider(std::sync::Arc::new(Token));
        }
        for op in [&TOKEN, &NOTE] {
            for per_call in 0..4 {
                for body in [false, true] {
                    let mut request = client.request(op, CallOptions::default());
                    for i in 0..per_call {
                        request = request.header(["x-a", "x-b", "x-c"][i], "v");
                    }
                    if body {
                        request = request.json_text("{}");
                    }
                    let mut built = request.build(request.url(), Duration::from_secs(1));
                    let headers = built.headers_mut();
                    let (len, room) = (headers.len(), headers.capacity());
                    if provider {
                        // What `exchange` adds from the provider.
                        headers.insert(
                            reqwest::header::AUTHORIZATION,
                            HeaderValue::from_static("Bearer t"),
                        );
                    }
                    add_downstream_headers(headers, body);
                    assert_eq!(
                        headers.capacity(),
                        room,
                        "{len} headers (accept: {:?}, body: {body}, provider: {provider}) regrown from room for {room}",
                        op.accept
                    );
                    shapes += 1;
                }
            }
        }
    }
    assert_eq!(shapes, 160);
}

#[test]
fn form_bodies_are_url_encoded() {
    let client = Client::new("https://h.example").unwrap();
    let request = client
        .request(&TOKEN, CallOptions::default())
        .form([("grant_type", "client_credentials"), ("scope", "a b&c=d+é")]);
    let (body, content_type) = request.body.unwrap();
    assert_eq!(content_type, "application/x-www-form-urlencoded");
    assert_eq!(
        &body[..],
        b"grant_type=client_credentials&scope=a+b%26c%3Dd%2B%C3%A9"
    );
    let empty = client
        .request(&TOKEN, CallOptions::default())
        .form(std::iter::empty());
    assert_eq!(&empty.body.unwrap().0[..], b"");
}
