//! A tour of all five SDKs: starts each API's `mock::MockServer` (the crates' `mock` feature)
//! on loopback and drives every documented operation through the SDKs, one line per call,
//! secrets shown redacted; then, for each of the four login APIs, a session that logs in once,
//! survives the server ending it by logging in again once, and is closed.
//!
//! ```sh
//! cargo run -p session-sdks --example tour
//! cargo run -p session-sdks --example tour -- --base-url controlm=https://ctm.example.com:8443/automation-api
//! ```
//!
//! `--base-url <api>=<url>` (or `SESSION_SDKS_TOUR_<API>_URL`) points one API at a real server
//! instead of the mock; its credentials come from `SESSION_SDKS_TOUR_<API>_USERNAME`,
//! `..._PASSWORD` and, to let the tour change a password, `..._NEW_PASSWORD`. Verizon also
//! needs the OAuth key pair and Cyclos reads a few optional extras: see `vzm2m.rs` and
//! `cyclos.rs`. APIs: `letmc`, `controlm`, `vzm2m`, `equisoft`, `cyclos`; `--only <api>` runs
//! one of them.

#![allow(clippy::print_stdout)]

mod controlm;
mod cyclos;
mod equisoft;
mod letmc;
mod report;
mod sessions;
mod target;
mod vzm2m;

use std::process::ExitCode;

use report::Tour;
use target::Args;

#[tokio::main]
async fn main() -> ExitCode {
    let args = match Args::from_env() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("tour: {message}");
            return ExitCode::from(2);
        }
    };
    let mut tour = Tour::default();
    if args.wants("letmc") {
        letmc::run(&mut tour, args.target("letmc")).await;
    }
    if args.wants("controlm") {
        controlm::run(&mut tour, args.target("controlm")).await;
    }
    if args.wants("vzm2m") {
        vzm2m::run(&mut tour, args.target("vzm2m")).await;
    }
    if args.wants("equisoft") {
        equisoft::run(&mut tour, args.target("equisoft")).await;
    }
    if args.wants("cyclos") {
        cyclos::run(&mut tour, args.target("cyclos")).await;
    }
    // A session per login API, each on a mock of its own.
    let login_apis: Vec<&str> = ["controlm", "cyclos", "vzm2m", "letmc"]
        .into_iter()
        .filter(|api| args.wants(api))
        .collect();
    let mut sessions = sessions::Sessions::default();
    sessions.run(&login_apis).await;
    if let Some(summary) = sessions.summary() {
        println!("{summary}");
    }
    if !sessions.all_well() {
        eprintln!("tour: a session did not log in once, renew once and close");
        return ExitCode::FAILURE;
    }
    tour.finish()
}
