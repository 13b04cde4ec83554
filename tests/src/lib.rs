//! Workspace-level tests: a chaos HTTP server, per-crate tables of
//! operations, decoders, models and secret holders, and the suites in `tests/`
//! that run every row (faults, round trips, secrets, injection, arbitrary bytes).
//! The `fuzz/` package drives the same decoder tables. The repository README is
//! this crate's documentation, so its quick starts compile as doctests.
#![doc = include_str!("../../README.md")]

pub mod catalog;
pub mod chaos;
pub mod decode;
pub mod fill;
pub mod leak;
pub mod roundtrip;
pub mod sessions;
pub mod trace_capture;
