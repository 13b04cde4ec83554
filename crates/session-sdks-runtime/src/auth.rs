//! Credentials: static auth headers and the [`AuthProvider`] hook for tokens
//! that must be fetched and refreshed (OAuth client credentials).

use std::future::Future;
use std::pin::Pin;

use reqwest::StatusCode;
use reqwest::header::{HeaderName, HeaderValue};

use crate::error::SdkError;
use crate::secret::Secret;

/// A boxed, sendable future, as returned by request builders' `into_future`.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// One auth header the client adds to every request.
#[derive(Clone)]
pub(crate) struct Credential {
    /// The header name as given: what replaces it, and what messages and `Debug` name.
    pub(crate) label: Box<str>,
    /// The header sent, or why it cannot be: every request then fails with
    /// [`SdkError::InvalidRequest`] before anything is sent.
    pub(crate) header: Result<(HeaderName, HeaderValue), String>,
    /// The raw secret, kept to judge what an error may show.
    pub(crate) secret: Secret,
}

impl Credential {
    /// `name: prefix + secret`, marked sensitive so HTTP/2 never indexes it.
    pub(crate) fn new(name: &str, prefix: &str, secret: Secret) -> Self {
        let header = header_name(name).and_then(|header| {
            if secret.expose().trim().is_empty() {
                return Err(format!("the `{name}` credential is empty"));
            }
            let len = secret.expose().len();
            if len > crate::session::MAX_TOKEN_BYTES {
                return Err(format!(
                    "the `{name}` credential is {len} bytes, over the {}-byte limit",
                    crate::session::MAX_TOKEN_BYTES
                ));
            }
            let value = header_value(name, &format!("{prefix}{}", secret.expose()))?;
            Ok((header, value))
        });
        Self {
            label: name.into(),
            header: header.map(|(name, mut value)| {
                value.set_sensitive(true);
                (name, value)
            }),
            secret,
        }
    }

    /// `Authorization: Basic base64(user:password)`.
    pub(crate) fn basic(user: &str, password: &Secret) -> Self {
        let raw = format!("{user}:{}", password.expose());
        let mut credential = Self::new(
            "authorization",
            "Basic ",
            Secret::new(base64(raw.as_bytes())),
        );
        credential.secret = password.clone();
        let problem = if user.is_empty() {
            Some("the basic-auth user is empty")
        } else if user.contains(':') {
            // RFC 7617: a user-id containing a colon cannot be sent.
            Some("the basic-auth user contains `:`, which RFC 7617 does not allow")
        } else if password.is_empty() {
            Some("the basic-auth password is empty")
        } else {
            None
        };
        if let Some(problem) = problem {
            credential.header = Err(problem.into());
        } else if let Some(problem) =
            value_problem(user).or_else(|| value_problem(password.expose()))
        {
            credential.header = Err(format!("the basic-auth credential {problem}"));
        }
        credential
    }
}

/// `name` as a header name, or a message saying why it is not one.
pub(crate) fn header_name(name: &str) -> Result<HeaderName, String> {
    HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
        format!(
            "`{}` is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)",
            name.escape_debug()
        )
    })
}

/// `value` as the value of header `name`, or a message naming the first
/// character that cannot be sent.
pub(crate) fn header_value(name: &str, value: &str) -> Result<HeaderValue, String> {
    HeaderValue::from_str(value).map_err(|_| match value_problem(value) {
        Some(problem) => format!("the value of header `{name}` {problem}"),
        None => format!("the value of header `{name}` cannot be sent"),
    })
}

/// The first character of `value` that no header value may hold, described.
fn value_problem(value: &str) -> Option<String> {
    let bad = value
        .bytes()
        .find(|&b| (b < 0x20 && b != b'\t') || b == 0x7f)?;
    let what = match bad {
        b'\r' => "a carriage return (CR)",
        b'\n' => "a line feed (LF)",
        0 => "a NUL byte",
        0x7f => "a DEL character",
        _ => "a control character",
    };
    Some(format!("contains {what} (0x{bad:02x})"))
}

/// Supplies an auth header per request, fetching or refreshing it as needed.
///
/// The runtime calls [`AuthProvider::credential`] before each attempt and,
/// when the server refuses the call, [`AuthProvider::refused`]; the call is
/// then sent again as the [`Refusal`] and the operation's
/// [`Repeat`](crate::Repeat) rule say. A client may have several providers
/// (Verizon: the OAuth token and the session token), each its own header.
pub trait AuthProvider: Send + Sync + 'static {
    /// The header to send, from cache or freshly fetched.
    fn credential(&self) -> BoxFuture<'_, Result<(HeaderName, HeaderValue), SdkError>>;

    /// Drops the cached credential after the server refused it; `true` asks
    /// for one more attempt.
    fn invalidate(&self) -> bool;

    /// Like [`AuthProvider::invalidate`], told which header value was refused,
    /// so a provider shared by concurrent calls keeps a credential another
    /// call has already renewed. By default it calls [`AuthProvider::invalidate`].
    fn invalidate_rejected(&self, rejected: &HeaderValue) -> bool {
        let _ = rejected;
        self.invalidate()
    }

    /// The server answered a call that carried `sent` with the non-2xx
    /// `status` and `body`. By default a 401 drops the credential through
    /// [`AuthProvider::invalidate_rejected`] ([`Refusal::Renewed`]); any other
    /// answer leaves it ([`Refusal::Kept`]).
    fn refused(&self, sent: &HeaderValue, status: StatusCode, body: &[u8]) -> Refusal {
        let _ = body;
        if status == StatusCode::UNAUTHORIZED && self.invalidate_rejected(sent) {
            Refusal::Renewed
        } else {
            Refusal::Kept
        }
    }
}

/// What a provider did about a refused call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Refusal {
    /// The refusal is not about this provider's credential: nothing changed.
    Kept,
    /// The refused credential was dropped, so the next attempt gets a fresh
    /// one. The call is sent again if its [`Repeat`](crate::Repeat) rule allows
    /// a repeat after a 401 answered by a renewed token.
    Renewed,
    /// The API said, with its own documented signal, that the session ended:
    /// the server refused the session before acting on the call, so the call
    /// is sent once more after one new login, whatever its rule.
    SessionEnded,
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
        assert!(
            Credential::new("session-token", "", Secret::new("abc"))
                .header
                .is_ok()
        );
        for (bad, what) in [
            ("a\r\nX-Evil: 1", "a carriage return (CR) (0x0d)"),
            ("a\nb", "a line feed (LF) (0x0a)"),
            ("a\0b", "a NUL byte (0x00)"),
            ("a\u{7f}b", "a DEL character (0x7f)"),
            ("a\u{1b}b", "a control character (0x1b)"),
        ] {
            let err = Credential::new("session-token", "", Secret::new(bad))
                .header
                .unwrap_err();
            assert_eq!(
                err,
                format!("the value of header `session-token` contains {what}")
            );
        }
        let (_, value) = Credential::new("authorization", "Bearer ", Secret::new("t"))
            .header
            .unwrap();
        assert!(value.is_sensitive());
        for (user, password, problem) in [
            ("a:b", "p", "contains `:`"),
            ("", "p", "user is empty"),
            ("u", "", "password is empty"),
        ] {
            let err = Credential::basic(user, &Secret::new(password))
                .header
                .unwrap_err();
            assert!(err.contains(problem), "{err}");
        }
        let err = Credential::new("Session Token", "", Secret::new("t"))
            .header
            .unwrap_err();
        assert!(
            err.starts_with("`Session Token` is not a valid header name"),
            "{err}"
        );
        let err = Credential::new("session-token", "", Secret::new(" "))
            .header
            .unwrap_err();
        assert_eq!(err, "the `session-token` credential is empty");
        let err = Credential::new("session-token", "", Secret::new("t".repeat(1 << 20)))
            .header
            .unwrap_err();
        assert_eq!(
            err,
            "the `session-token` credential is 1048576 bytes, over the 65536-byte limit"
        );
    }
}
