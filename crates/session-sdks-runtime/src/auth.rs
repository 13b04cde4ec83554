//! Credentials: static auth headers and the [`AuthProvider`] hook for tokens
//! that must be fetched and refreshed (OAuth client credentials).

use std::future::Future;
use std::pin::Pin;

use reqwest::header::{HeaderName, HeaderValue};

use crate::error::Error;
use crate::secret::Secret;

/// A boxed, sendable future, as returned by request builders' `into_future`.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// One auth header the client adds to every request.
#[derive(Clone)]
pub(crate) struct Credential {
    pub(crate) name: HeaderName,
    /// `None` when the value cannot be a header (CR, LF, NUL): every request
    /// then fails with [`Error::InvalidRequest`] before anything is sent.
    pub(crate) value: Option<HeaderValue>,
    /// The raw secret, kept only to mask it in error previews.
    pub(crate) secret: Secret,
}

impl Credential {
    /// `name: prefix + secret`, marked sensitive so HTTP/2 never indexes it.
    pub(crate) fn new(name: HeaderName, prefix: &str, secret: Secret) -> Self {
        let value = HeaderValue::from_str(&format!("{prefix}{}", secret.expose()))
            .ok()
            .map(|mut value| {
                value.set_sensitive(true);
                value
            });
        Self {
            name,
            value,
            secret,
        }
    }

    /// `Authorization: Basic base64(user:password)`.
    pub(crate) fn basic(user: &str, password: &Secret) -> Self {
        let raw = format!("{user}:{}", password.expose());
        let mut credential = Self::new(
            reqwest::header::AUTHORIZATION,
            "Basic ",
            Secret::new(base64(raw.as_bytes())),
        );
        credential.secret = password.clone();
        if user.contains(':') {
            // RFC 7617: a user-id containing a colon cannot be sent.
            credential.value = None;
        }
        credential
    }
}

/// Supplies an auth header per request, fetching or refreshing it as needed.
///
/// The runtime calls [`AuthProvider::credential`] before each attempt and, after
/// a 401, [`AuthProvider::invalidate`]; when that returns `true` the call is
/// repeated once with a fresh credential (a 401 means the server did nothing).
pub trait AuthProvider: Send + Sync + 'static {
    /// The header to send, from cache or freshly fetched.
    fn credential(&self) -> BoxFuture<'_, Result<(HeaderName, HeaderValue), Error>>;

    /// Drops the cached credential after the server refused it; `true` asks
    /// for one more attempt.
    fn invalidate(&self) -> bool;

    /// Like [`AuthProvider::invalidate`], told which header value was refused,
    /// so a provider shared by concurrent calls keeps a credential another
    /// call has already renewed. The runtime calls this one; by default it
    /// calls [`AuthProvider::invalidate`].
    fn invalidate_rejected(&self, rejected: &HeaderValue) -> bool {
        let _ = rejected;
        self.invalidate()
    }
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (RFC 4648 §4), for HTTP basic auth.
pub fn base64(input: &[u8]) -> String {
    let mut out = String::with_capacity(input.len().div_ceil(3) * 4);
    for chunk in input.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(BASE64[(n >> shift) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_rfc4648_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
        assert_eq!(
            base64("Aladdin:open sesame".as_bytes()),
            "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
    }

    #[test]
    fn header_values_with_control_characters_are_unusable() {
        let name = HeaderName::from_static("session-token");
        assert!(
            Credential::new(name.clone(), "", Secret::new("abc"))
                .value
                .is_some()
        );
        for bad in ["a\r\nX-Evil: 1", "a\nb", "a\0b"] {
            assert!(
                Credential::new(name.clone(), "", Secret::new(bad))
                    .value
                    .is_none(),
                "{bad:?}"
            );
        }
        let value = Credential::new(name, "Bearer ", Secret::new("t"))
            .value
            .unwrap();
        assert!(value.is_sensitive());
        assert!(Credential::basic("a:b", &Secret::new("p")).value.is_none());
    }
}
