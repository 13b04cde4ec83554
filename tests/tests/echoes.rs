//! A server may echo a secret of the request in any encoding. Whatever it
//! sends, no rendering of the error (`Display`, `Debug`, the source chain)
//! shows the secret, as is or once decoded; server text reaches `Display`
//! only from a request that carried no secret, with control characters
//! escaped. Every operation of every crate, every secret, every encoding.

#![allow(clippy::unwrap_used)]

use session_sdks_runtime::{Client, RetryPolicy, SdkError, base64};
use session_sdks_tests::catalog::all_operations;
use session_sdks_tests::chaos::{ChaosServer, Reply, shared_pool};
use session_sdks_tests::leak::{assert_hidden, outcome_renders, play_everywhere};

/// The client of a call: the secret in every credential slot, and as a
/// default header (which a README suggests for API keys).
fn client(base: &str, secret: &str) -> Client {
    Client::builder(base)
        .share_pool(&shared_pool())
        .default_header("x-gateway-key", secret)
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap()
        .with_bearer_token(secret)
        .with_api_key("x-api-key", secret)
}

/// The same with the secret in basic auth, as a login client has it.
fn basic_client(base: &str, secret: &str) -> Client {
    client(base, secret).with_basic_auth("user", secret)
}

/// The secret only as a default header: no `with_*` credential at all.
fn default_header_client(base: &str, secret: &str) -> Client {
    Client::builder(base)
        .share_pool(&shared_pool())
        .default_header("x-api-key", secret)
        .retry(RetryPolicy::disabled())
        .build()
        .unwrap()
}

fn json_unicode_escaped(secret: &str) -> String {
    // As .NET's System.Text.Json writes: every non-alphanumeric as `\u00XX`.
    secret
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_string()
            } else {
                c.encode_utf16(&mut [0; 2])
                    .iter()
                    .map(|u| format!("\\u{u:04x}"))
                    .collect()
            }
        })
        .collect()
}

fn entities(secret: &str, numeric: bool) -> String {
    secret
        .chars()
        .map(|c| match c {
            _ if numeric => format!("&#{};", u32::from(c)),
            '&' => "&amp;".into(),
            '<' => "&lt;".into(),
            '>' => "&gt;".into(),
            '"' => "&quot;".into(),
            '\'' => "&#39;".into(),
            _ => c.to_string(),
        })
        .collect()
}

fn percent_lower(secret: &str, plus: bool) -> String {
    secret
        .bytes()
        .map(|b| match b {
            b' ' if plus => "+".to_owned(),
            _ if b.is_ascii_alphanumeric() => (b as char).to_string(),
            _ => format!("%{b:02x}"),
        })
        .collect()
}

fn latin1(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

/// Every way the suite's server echoes `secret`.
fn encodings(secret: &str) -> Vec<Reply> {
    let json = serde_json::to_string(secret).unwrap();
    let php_slashes = json.replace('/', "\\/");
    let basic = base64(format!("user:{secret}").as_bytes());
    let oauth = base64(format!("app-id:{secret}").as_bytes());
    let message = format!("password {secret} refused");
    let mut out = Vec::new();
    for status in [400, 401, 500] {
        out.extend([
            Reply::with_type(status, "text/html", entities(secret, false).as_bytes()),
            Reply::with_type(status, "text/html", entities(secret, true).as_bytes()),
            Reply::json(
                status,
                &format!(r#"{{"message":"{}"}}"#, json_unicode_escaped(secret)),
            ),
            Reply::json(status, &format!(r#"{{"message":{php_slashes}}}"#)),
            Reply::with_type(
                status,
                "text/plain",
                percent_lower(secret, false).as_bytes(),
            ),
            Reply::with_type(status, "text/plain", percent_lower(secret, true).as_bytes()),
            Reply::with_type(
                status,
                "text/plain",
                format!("refused Authorization: Basic {basic}").as_bytes(),
            ),
            Reply::json(
                status,
                &format!(r#"{{"error":"invalid_client","header":"Basic {oauth}"}}"#),
            ),
            Reply::with_type(status, "text/plain; charset=iso-8859-1", &latin1(&message)),
            Reply::with_type(
                status,
                "text/plain; charset=utf-16le",
                &utf16(&message, false),
            ),
            Reply::with_type(
                status,
                "text/plain; charset=utf-16be",
                &utf16(&message, true),
            ),
            Reply::json(status, &format!(r#"{{"code":{json}}}"#)),
            Reply::json(
                status,
                &format!(r#"{{"errorCode":"{}"}}"#, base64(secret.as_bytes())),
            ),
        ]);
        if secret.bytes().all(|b| b.is_ascii_digit()) {
            out.push(Reply::json(status, &format!(r#"{{"token":{secret}}}"#)));
        }
    }
    out
}

async fn assert_no_echo_shows(make: fn(&str, &str) -> Client, what: &str) {
    let mut checked = 0;
    for (secret, op, reply, outcome) in play_everywhere(encodings, make).await {
        let err = outcome.as_ref().unwrap_err();
        assert!(matches!(err, SdkError::Api(_)), "{err:?}");
        assert_hidden(
            secret,
            &format!(
                "{} {} ({what}) API error for {reply:?}",
                op.krate,
                op.name()
            ),
            &outcome_renders(&outcome),
        );
        checked += 1;
    }
    assert!(checked >= 37 * 6 * 39, "{checked}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_encoding_of_a_secret_shows_in_an_api_error() {
    assert_no_echo_shows(client, "every credential").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_encoding_of_a_basic_auth_password_shows() {
    assert_no_echo_shows(basic_client, "basic auth").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_set_as_a_default_header_never_shows() {
    assert_no_echo_shows(default_header_client, "default header").await;
}

/// 2xx bodies whose values do not match the documented type: a decode error
/// names our types, never the value (a token of digits included).
fn mistyped(secret: &str) -> Vec<Reply> {
    let json = serde_json::to_string(secret).unwrap();
    let mut out = vec![
        Reply::json(200, &format!(r#"{{"token":[{json}],"sessionToken":7}}"#)),
        Reply::json(200, &format!(r#"[{json}, {json}]"#)),
        Reply::json(200, &format!(r#"{{"session_id":{{"a":{json}}}}}"#)),
    ];
    if secret.bytes().all(|b| b.is_ascii_digit()) {
        for key in ["token", "sessionToken", "username", "message", "role", "id"] {
            out.push(Reply::json(200, &format!(r#"{{"{key}":{secret}}}"#)));
        }
        out.push(Reply::json(200, secret));
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn decode_errors_never_quote_a_value() {
    let mut checked = 0;
    for (secret, op, reply, outcome) in play_everywhere(mistyped, client).await {
        if let Err(err) = &outcome {
            assert_hidden(
                secret,
                &format!("{} {} decode error for {reply:?}", op.krate, op.name()),
                &session_sdks_tests::catalog::render_error(err),
            );
            checked += 1;
        }
    }
    assert!(checked >= 37 * 3, "{checked}");
}

/// Characters that rewrite a terminal: ESC sequences, backspace, a
/// right-to-left override, zero-width and line separators.
const UNPRINTABLE: [char; 8] = [
    '\u{1b}', '\u{8}', '\u{7f}', '\u{9b}', '\u{202e}', '\u{200b}', '\u{2028}', '\u{feff}',
];

#[tokio::test]
async fn server_text_in_display_has_its_control_characters_escaped() {
    let body = "refused \u{1b}[2J\u{1b}]0;owned\u{7}x\u{8}\u{8}y \u{202e}gnp.exe \u{200b}\u{2028}\u{feff}\u{9b}31m \u{7f}";
    let mut shown = 0;
    for op in all_operations() {
        for status in [400, 500] {
            let server = ChaosServer::start(vec![Reply::with_type(
                status,
                "text/plain",
                body.as_bytes(),
            )])
            .await;
            // No credential: the body may be shown, escaped.
            let client = Client::builder(server.url())
                .share_pool(&shared_pool())
                .retry(RetryPolicy::disabled())
                .build()
                .unwrap();
            let outcome = (op.call)(client, "pw".into()).await;
            let err = outcome.as_ref().unwrap_err();
            let display = err.to_string();
            for c in UNPRINTABLE {
                assert!(
                    !display.contains(c),
                    "{} {}: {c:?} reached Display: {display:?}",
                    op.krate,
                    op.name()
                );
            }
            if display.contains("refused") {
                assert!(display.contains("\\u{1b}[2J"), "{display}");
                assert!(display.contains("\\u{202e}gnp.exe"), "{display}");
                shown += 1;
            }
            let debug = format!("{err:?}");
            assert!(!UNPRINTABLE.iter().any(|&c| debug.contains(c)), "{debug}");
        }
    }
    // The calls that send no secret of their own show the body, escaped.
    assert!(shown >= 20, "{shown}");
}
