//! [`RetryPolicy`]: when and how long to wait before trying again.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};

/// How many times, and how long apart, a call is attempted.
///
/// *Which* failures are retried is each operation's [`Repeat`](crate::Repeat)
/// rule: every operation after a failed connect (nothing was sent); all but
/// credential operations (logins, password changes and resets) after 429;
/// idempotent ones also after a timeout, a broken connection or 502/503/504.
/// `Retry-After` (seconds or HTTP-date) is honoured; when it asks for longer
/// than [`RetryPolicy::max_retry_after`], the call fails at once with that
/// response instead of waiting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    /// 3 attempts, backoff from 200 ms doubling up to 5 s with jitter,
    /// `Retry-After` honoured up to 30 s.
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(5),
            max_retry_after: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// A policy of `max_attempts` attempts in all (1 = no retry) with the default delays.
    pub fn new(max_attempts: u32) -> Self {
        Self {
            max_attempts: max_attempts.max(1),
            ..Self::default()
        }
    }

    /// One attempt, never retried.
    pub fn disabled() -> Self {
        Self::new(1)
    }

    /// Sets the first backoff; each retry doubles it, with jitter.
    pub fn initial_backoff(mut self, delay: Duration) -> Self {
        self.initial_backoff = delay;
        self
    }

    /// Caps the backoff between attempts.
    pub fn max_backoff(mut self, delay: Duration) -> Self {
        self.max_backoff = delay;
        self
    }

    /// The longest `Retry-After` the policy waits for.
    pub fn max_retry_after(mut self, delay: Duration) -> Self {
        self.max_retry_after = delay;
        self
    }

    /// Attempts in all, including the first.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The backoff before retry number `retry` (1-based): half fixed, half random.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let exp = self
            .initial_backoff
            .saturating_mul(1u32 << retry.saturating_sub(1).min(16));
        let capped = exp.min(self.max_backoff);
        let half = capped / 2;
        // Saturating: `mul_f64` may round a huge half up by a nanosecond or so.
        half.saturating_add(half.mul_f64(jitter()))
    }

    /// The wait a response asks for, or `Err(())` when it asks for more than the cap.
    pub(crate) fn retry_after(&self, headers: &HeaderMap) -> Result<Option<Duration>, ()> {
        match parse_retry_after(headers) {
            Some(delay) if delay > self.max_retry_after => Err(()),
            other => Ok(other),
        }
    }
}

/// `Retry-After` as a delay: delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
pub(crate) fn parse_retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = parse_http_date(value)?;
    Some(
        at.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

/// Parses the IMF-fixdate form `Sun, 06 Nov 1994 08:49:37 GMT`.
fn parse_http_date(value: &str) -> Option<SystemTime> {
    let mut parts = value.split_whitespace();
    let _weekday = parts.next()?;
    let day: u64 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: i64 = parts.next()?.parse().ok()?;
    let mut hms = parts.next()?.split(':').map(|p| p.parse::<u64>().ok());
    let (h, m, s) = (hms.next()??, hms.next()??, hms.next()??);
    // Four-digit years only (RFC 9110 §5.6.7): anything else is not a date,
    // and a huge year would overflow the day arithmetic below.
    if parts.next()? != "GMT"
        || !(1..=9999).contains(&year)
        || day == 0
        || day > 31
        || h > 23
        || m > 59
        || s > 60
    {
        return None;
    }
    let days = days_from_civil(year, month, day as i64);
    let secs = days.checked_mul(86_400)? + (h * 3600 + m * 60 + s) as i64;
    let secs = u64::try_from(secs).ok()?;
    SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(secs))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A number in [0, 1) from the standard library's per-process random keys.
pub(crate) fn jitter() -> f64 {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let bits = RandomState::new().hash_one(nanos);
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(value: &str) -> HeaderMap {
        let mut map = HeaderMap::new();
        map.insert(RETRY_AFTER, HeaderValue::from_str(value).unwrap());
        map
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        assert_eq!(
            parse_retry_after(&headers("7")),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            parse_retry_after(&headers("Sun, 06 Nov 1994 08:49:37 GMT")),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after(&headers("soon")), None);
        assert_eq!(
            parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777))
        );
        assert_eq!(
            parse_http_date("Thu, 01 Jan 1970 00:00:00 GMT"),
            Some(SystemTime::UNIX_EPOCH)
        );
    }

    #[test]
    fn absurd_dates_are_ignored_without_overflow() {
        for value in [
            "Sun, 06 Nov 9223372036854775807 08:49:37 GMT",
            "Sun, 06 Nov -9223372036854775808 08:49:37 GMT",
            "Sun, 06 Nov 10000 08:49:37 GMT",
            "Sun, 06 Nov 0 08:49:37 GMT",
            "Sun, 99 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 99:49:37 GMT",
        ] {
            assert_eq!(parse_retry_after(&headers(value)), None, "{value}");
        }
        assert!(parse_http_date("Fri, 31 Dec 9999 23:59:59 GMT").is_some());
    }

    #[test]
    fn retry_after_above_the_cap_is_refused() {
        let policy = RetryPolicy::default().max_retry_after(Duration::from_secs(5));
        assert_eq!(
            policy.retry_after(&headers("5")),
            Ok(Some(Duration::from_secs(5)))
        );
        assert_eq!(policy.retry_after(&headers("6")), Err(()));
        assert_eq!(policy.retry_after(&HeaderMap::new()), Ok(None));
    }

    #[test]
    fn backoff_grows_is_capped_and_jittered() {
        let policy = RetryPolicy::default()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(300));
        for _ in 0..50 {
            let first = policy.backoff(1);
            assert!(
                first >= Duration::from_millis(50) && first <= Duration::from_millis(100),
                "{first:?}"
            );
            let third = policy.backoff(3);
            assert!(
                third >= Duration::from_millis(150) && third <= Duration::from_millis(300),
                "{third:?}"
            );
        }
    }

    #[test]
    fn at_least_one_attempt() {
        assert_eq!(RetryPolicy::new(0).max_attempts(), 1);
        let extreme = RetryPolicy::new(u32::MAX)
            .initial_backoff(Duration::MAX)
            .max_backoff(Duration::MAX);
        for retry in [1, 2, 17, u32::MAX] {
            let _ = extreme.backoff(retry);
        }
    }
}
