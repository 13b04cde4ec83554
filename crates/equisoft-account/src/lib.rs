#![doc = include_str!("../README.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod apis;
pub mod builders;
#[cfg(feature = "mock")]
#[cfg_attr(docsrs, doc(cfg(feature = "mock")))]
pub mod mock;
pub mod models;

pub use apis::session_api::SessionApi;
pub use session_sdks_runtime::{
    AuthProvider, BoxFuture, Call, CallOptions, Client, ClientBuilder, Custom, Deadline,
    DeadlineExceeded, DecodeError, Error, ErrorEntity, Method, Refusal, Repeat, ResponseContent,
    ResponseTooLarge, ResponseValue, RetryPolicy, Secret, StatusCode, TransportError, reqwest,
};
