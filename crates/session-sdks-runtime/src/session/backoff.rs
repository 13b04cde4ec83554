//! How long a session waits after a transient login failure: exponential
//! backoff with jitter, shared by every caller, honouring `Retry-After`.

use std::time::Duration;

use crate::error::SdkError;
use crate::retry::{jitter, parse_retry_after};

/// The wait before login attempt `failures + 1` after `failures` transient
/// failures in a row: `base` doubling up to `cap`, half of it random, or the
/// server's `Retry-After` when it asks for longer (at most `cap`).
pub(crate) fn login_backoff<E>(
    failures: u32,
    base: Duration,
    cap: Duration,
    err: &SdkError<E>,
) -> Duration {
    let exp = base
        .saturating_mul(1u32 << failures.saturating_sub(1).min(20))
        .min(cap);
    let half = exp / 2;
    let wait = half.saturating_add(half.mul_f64(jitter()));
    let asked = err
        .content()
        .and_then(|content| parse_retry_after(&content.headers))
        .map(|asked| asked.min(cap));
    asked.map_or(wait, |asked| asked.max(wait))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_with_jitter_up_to_the_cap() {
        let base = Duration::from_millis(100);
        let cap = Duration::from_secs(30);
        let err: SdkError = SdkError::InvalidRequest("x".into());
        for (failures, low, high) in [
            (1, 50, 100),
            (2, 100, 200),
            (3, 200, 400),
            (9, 12_800, 25_600),
            (10, 15_000, 30_000),
            (200, 15_000, 30_000),
        ] {
            let wait = login_backoff(failures, base, cap, &err);
            assert!(
                wait >= Duration::from_millis(low) && wait <= Duration::from_millis(high),
                "{failures}: {wait:?}"
            );
        }
    }
}
