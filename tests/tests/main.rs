//! The cross-crate suites, one module each, linked into one test binary.
//! Run one suite with `cargo test -p session-sdks-tests --test suite <module>::`.

mod account;
mod arbitrary;
mod deadline;
mod debug_redaction;
mod echoes;
mod empty_tokens;
mod escape_hatch;
mod faults;
mod injection;
mod lifecycle_controlm;
mod lifecycle_cyclos;
mod lifecycle_equisoft;
mod lifecycle_letmc;
mod lifecycle_vzm2m;
mod limits;
mod oauth_flight;
mod redaction;
mod redirects;
mod refused_input;
mod retry_rule;
mod roundtrip;
mod secret_classes;
mod secrets;
mod sessions;
mod traces;
