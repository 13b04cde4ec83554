#![doc = include_str!("../README.md")]

pub mod apis;
mod client;
#[cfg(feature = "mock")]
pub mod mock;
mod model_ext;
pub mod models;

pub use apis::session_controller::SessionController;
pub use client::{Environment, VZ_M2M_TOKEN, VzM2mClient, VzM2mClientBuilder};
pub use session_sdks_runtime::{
    CallOptions, Client, ClientBuilder, ClientCredentials, Error, ResponseContent, ResponseValue,
    RetryPolicy, Secret,
};
