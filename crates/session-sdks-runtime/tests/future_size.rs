//! The future of one call stays within glibc's per-thread cache (requests up
//! to 1,032 bytes): `.await` on a request builder boxes it once per call, and a
//! larger box is served from the allocator's bins, which costs every call.

use session_sdks_runtime::{CallOptions, Client, Method, Operation, Repeat, Response};

const LOGIN: Operation = Operation {
    name: "login",
    method: Method::POST,
    path: "/login",
    repeat: Repeat::Once,
    accept: None,
    target: env!("CARGO_CRATE_NAME"),
};

#[test]
fn the_future_of_a_call_fits_the_allocator_cache() {
    let client = Client::new("http://127.0.0.1:9").unwrap_or_else(|e| panic!("{e}"));
    let future = client
        .request(&LOGIN, CallOptions::default())
        .json_text("{}")
        .send_then(|response: Response| response.string::<()>());
    let size = std::mem::size_of_val(&future);
    assert!(size <= 1024, "the future of a call is {size} bytes");
}
