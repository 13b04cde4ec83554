//! End-to-end tests of the session-sdks crates live in `tests/`; this library compiles the
//! repository README's examples as doctests, so the quick starts cannot rot.
#![doc = include_str!("../../README.md")]
