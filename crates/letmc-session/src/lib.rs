#![doc = include_str!("../README.md")]

pub mod apis;
#[cfg(feature = "mock")]
pub mod mock;

pub use apis::session_controller_api::{DEFAULT_BASE_URL, SessionControllerApi};
pub use session_sdks_runtime::{
    CallOptions, Client, ClientBuilder, Error, ResponseContent, ResponseValue, RetryPolicy, Secret,
};
