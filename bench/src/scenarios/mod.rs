//! One module per crate: its representative operation called through the
//! SDK, and the same request written by hand with the same `reqwest::Client`.
//!
//! To add a crate: copy `controlm.rs`, change the route, the model and the two
//! calls, then add one `mod` line and one `run::<...>` line in `run_all`.

mod controlm;
mod cyclos;
mod cyclos_redis_session;
mod cyclos_session;
mod equisoft;
mod letmc;
mod query_arrays;
mod vzm2m;

use std::future::Future;

use session_sdks_runtime::Client;

use crate::measure::{Config, Report, run};
use crate::server::Route;

/// One benchmarked operation.
pub(crate) trait Scenario: Send + Sync + Sized + 'static {
    /// The crate measured; the summary line starts with it.
    const NAME: &'static str;
    /// What is called, for the table (`SessionApi::do_login`).
    const OPERATION: &'static str;
    /// The request the server expects and its canned answer.
    const ROUTE: Route;
    /// A second route the server also answers: a session's one-time login.
    const LOGIN: Option<Route> = None;
    /// The decoded model both calls return (compared once for equality).
    type Output: PartialEq + std::fmt::Debug + Send;

    /// Builds the scenario over an SDK client whose base URL points at the
    /// server; the raw call uses `client.http_client()`, the same pool.
    fn new(client: Client) -> Self;

    /// The call through the SDK, as a user writes it.
    fn sdk(&self) -> impl Future<Output = Result<Self::Output, String>> + Send;

    /// The same request by hand: build, send, read, decode with serde_json.
    fn raw(&self) -> impl Future<Output = Result<Self::Output, String>> + Send;
}

/// Runs the scenarios whose name contains `filter` (all when empty).
pub(crate) async fn run_all(config: &Config, filter: &str) -> Vec<Report> {
    let mut reports = Vec::new();
    let wanted = |name: &str| filter.is_empty() || name.contains(filter);
    if wanted(controlm::Controlm::NAME) {
        reports.push(run::<controlm::Controlm>(config).await);
    }
    if wanted(letmc::Letmc::NAME) {
        reports.push(run::<letmc::Letmc>(config).await);
    }
    if wanted(vzm2m::Vzm2m::NAME) {
        reports.push(run::<vzm2m::Vzm2m>(config).await);
    }
    if wanted(equisoft::Equisoft::NAME) {
        reports.push(run::<equisoft::Equisoft>(config).await);
    }
    if wanted(cyclos::Cyclos::NAME) {
        reports.push(run::<cyclos::Cyclos>(config).await);
    }
    if wanted(cyclos_session::CyclosSession::NAME) {
        reports.push(run::<cyclos_session::CyclosSession>(config).await);
    }
    if wanted(cyclos_redis_session::CyclosRedisSession::NAME) {
        reports.push(run::<cyclos_redis_session::CyclosRedisSession>(config).await);
    }
    if wanted(query_arrays::QueryArrays::NAME) {
        reports.push(run::<query_arrays::QueryArrays>(config).await);
    }
    reports
}
