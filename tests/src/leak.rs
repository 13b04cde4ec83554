//! What "a secret shows" means for every suite: the secrets that defeat naive
//! masking, the pieces of them that must never appear, and the decoding of a
//! rendering that would reveal an encoded one.

use session_sdks_runtime::{Client, SdkError, base64};

use crate::catalog::{OpRow, Outcome, all_operations, render_error};
use crate::chaos::{ChaosServer, Reply};

/// Secrets with the characters that defeat naive masking: quotes and
/// backslashes (escaped in JSON and in `Debug`), runs of whitespace (collapsed
/// in previews), non-ASCII (escaped as `\u00e4`), `&`/`=`/`%` (percent-encoded),
/// and a token of digits only (quoted by serde as a number).
pub const SECRETS: [&str; 6] = [
    "Kq9Wv3Lp8Zt5",
    "Xy7\"Kq9Wv3Lp\\Zt5Mn2",
    "Kq9Wv3 Lp8Zt5  Mn2Rx4\tQw7",
    "P\u{e4}ssw\u{f6}rd9Zq8",
    "Kq9Wv3&Lp8Zt5=Mn2%Rx4/Qw7",
    "918273645546372819",
];

/// The users that suites pair with a secret in basic auth.
pub const USERS: [&str; 5] = ["user", "u", "app-id", "zbeeblebrox", "alice"];

/// The pieces of `secret` that must never show: every run of five or more
/// ASCII letters and digits (so a partly masked value is caught too), the
/// secret itself, and the basic-auth encodings that carry it.
pub fn needles(secret: &str) -> Vec<String> {
    let mut out: Vec<String> = secret
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|run| run.len() >= 5)
        .map(str::to_owned)
        .collect();
    out.push(secret.to_owned());
    for user in USERS {
        out.push(base64(format!("{user}:{secret}").as_bytes()));
    }
    out.push(base64(secret.as_bytes()));
    out
}

/// `text` with the encodings a server may have used undone: HTML/XML
/// entities, JSON `\u` and `\/` escapes, `\u{..}` escapes, `%xx` in either
/// case, `+` for a space, and NUL bytes (UTF-16) removed.
pub fn decoded(text: &str) -> String {
    let mut out = text.replace('\0', "").replace("\\u{0}", "");
    for _ in 0..2 {
        out = undo_entities(&out);
        out = undo_escapes(&out);
        out = undo_percent(&out);
    }
    out
}

fn undo_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let end = tail.find(';').filter(|&end| end <= 10);
        let decoded = end.and_then(|end| {
            let name = &tail[1..end];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &tail[len..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn undo_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let tail = &text[i + 1..];
        let hex4 = tail
            .strip_prefix('u')
            .and_then(|t| t.get(..4))
            .and_then(|h| u32::from_str_radix(h, 16).ok());
        let braced = tail
            .strip_prefix("u{")
            .and_then(|t| t.find('}').map(|end| &t[..end]))
            .and_then(|h| u32::from_str_radix(h, 16).ok().map(|v| (v, h.len() + 3)));
        if let Some(v) = hex4 {
            out.extend(char::from_u32(v));
            for _ in 0..5 {
                chars.next();
            }
        } else if let Some((v, len)) = braced {
            out.extend(char::from_u32(v));
            for _ in 0..len {
                chars.next();
            }
        } else if let Some(&(_, next)) = chars.peek() {
            out.push(match next {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                other => other,
            });
            chars.next();
        }
    }
    out
}

fn undo_percent(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Fails naming `what` when any rendering shows a needle of `secret`, as is
/// or once decoded.
pub fn assert_hidden(secret: &str, what: &str, renders: &[String]) {
    for render in renders {
        let plain = decoded(render);
        for needle in needles(secret) {
            assert!(
                !render.contains(&needle) && !plain.contains(&needle),
                "{what} shows `{needle}` of secret {secret:?}:\n{render}"
            );
        }
    }
}

/// Every rendering of a call's outcome: of the error, or `Debug` of the
/// `ResponseValue` (its secrets are `Secret`s; a field the document types as
/// a plain string shows, as the caller's own data does).
pub fn outcome_renders(outcome: &Outcome) -> Vec<String> {
    match outcome {
        Ok(debug) => vec![debug.clone()],
        Err(err) => render_error(err),
    }
}

/// Every rendering of a call's error; nothing for a success.
pub fn error_renders(outcome: &Outcome) -> Vec<String> {
    match outcome {
        Ok(_) => Vec::new(),
        Err(err) => render_error(err),
    }
}

/// The error of an outcome that must have failed.
pub fn error_of(outcome: &Outcome) -> &SdkError {
    match outcome {
        Ok(debug) => panic!("expected an error, got {debug}"),
        Err(err) => err,
    }
}

/// Makes the client of one call: its base URL and the secret it carries.
pub type MakeClient = fn(&str, &str) -> Client;

/// Plays `replies` in order to one call each, on one server and one client.
async fn play_all(replies: &[Reply], op: &OpRow, secret: &str, client: MakeClient) -> Vec<Outcome> {
    let server = ChaosServer::start(replies.to_vec()).await;
    let client = client(&server.url(), secret);
    let mut out = Vec::with_capacity(replies.len());
    for _ in replies {
        out.push((op.call)(client.clone(), secret.into()).await);
    }
    assert_eq!(
        server.requests(),
        replies.len(),
        "{} {}",
        op.krate,
        op.name()
    );
    out
}

/// Plays `replies(secret)` to every operation with every secret, each pair
/// on its own server with its own `client`, all pairs concurrently.
pub async fn play_everywhere(
    replies: fn(&str) -> Vec<Reply>,
    client: MakeClient,
) -> Vec<(&'static str, OpRow, Reply, Outcome)> {
    let mut tasks = Vec::new();
    for secret in SECRETS {
        for op in all_operations() {
            tasks.push(tokio::spawn(async move {
                let replies = replies(secret);
                let outcomes = play_all(&replies, &op, secret, client).await;
                replies
                    .into_iter()
                    .zip(outcomes)
                    .map(|(reply, outcome)| (secret, op, reply, outcome))
                    .collect::<Vec<_>>()
            }));
        }
    }
    let mut out = Vec::new();
    for task in tasks {
        match task.await {
            Ok(outcomes) => out.extend(outcomes),
            Err(err) => std::panic::resume_unwind(err.into_panic()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_undoes_the_encodings() {
        for (encoded, plain) in [
            ("a&amp;b&#39;c&#x4B;&lt;", "a&b'cK<"),
            ("a\\u0026b\\/c\\u{1b}", "a&b/c\u{1b}"),
            ("a%26b%2fc+d", "a&b/c d"),
            ("K\0q\09", "Kq9"),
        ] {
            assert_eq!(decoded(encoded), plain, "{encoded}");
        }
    }
}
