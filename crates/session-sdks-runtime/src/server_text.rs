//! What of a server's text an error may show: the one place it is judged.
//!
//! A server can echo a credential in any encoding (verbatim, JSON-escaped,
//! as HTML entities, percent-encoded, base64 of `user:password`, in UTF-16,
//! as a number), and no list of encodings to mask is ever complete. So the
//! rule fails closed:
//!
//! - when the request carried no secret, `Display` shows the start of the
//!   body (UTF-8 only) as one line;
//! - when it carried one, no free server text is shown: only error codes
//!   parsed from a JSON body (`code`, `errorCode`, `error`, `kind`) that are
//!   in the closed set the API documents (the operation's
//!   [`ErrorEntity::documented_codes`](crate::ErrorEntity::documented_codes),
//!   plus RFC 6749's OAuth error codes) and that no secret contains. A
//!   similarity check could never be complete (hex, ROT13, reversed or split
//!   echoes pass it); a closed set cannot be talked into showing anything else.
//!   Secrets are compared as bytes, so a token that is not ASCII counts too;
//! - decode errors show only serde's description of *our* types, never the
//!   value it quoted;
//! - whatever is shown has its control and bidirectional-format characters
//!   escaped (`\u{1b}`), since a log line is a terminal.

use std::borrow::Cow;
use std::fmt::Write as _;

/// How many characters of an error body `Display` shows.
pub(crate) const PREVIEW_CHARS: usize = 200;
/// The largest body that is parsed for error codes.
const MAX_CHECKED_BYTES: usize = 64 * 1024;
/// The JSON fields whose short values are error codes.
const CODE_KEYS: [&str; 5] = ["code", "errorCode", "error_code", "error", "kind"];
/// The error codes of RFC 6749 §5.2 (the OAuth token endpoint), documented
/// for every API that fetches an OAuth token.
const OAUTH_CODES: [&str; 6] = [
    "invalid_request",
    "invalid_client",
    "invalid_grant",
    "unauthorized_client",
    "unsupported_grant_type",
    "invalid_scope",
];
/// At most this many codes are shown.
const MAX_CODES: usize = 3;

/// What `Display` shows of an error body; `secrets` are every secret the
/// request carried, as bytes (empty ones are ignored); `documented` the
/// error codes the API documents.
pub(crate) fn summary(body: &[u8], secrets: &[&[u8]], documented: &[&str]) -> String {
    let secrets: Vec<&[u8]> = secrets.iter().copied().filter(|s| !s.is_empty()).collect();
    if body.is_empty() {
        return String::new();
    }
    if secrets.is_empty() {
        return match std::str::from_utf8(body) {
            Ok(text) => preview_line(text),
            Err(_) => format!("({}-byte body, not UTF-8)", body.len()),
        };
    }
    let codes = checked_codes(body, &secrets, documented);
    let withheld = "server text withheld: the request carried a credential";
    if codes.is_empty() {
        format!("({}-byte body; {withheld})", body.len())
    } else {
        let mut line = String::new();
        for (key, value) in codes {
            let _ = write!(line, "{key}={value} ");
        }
        let _ = write!(line, "({withheld})");
        line
    }
}

/// One line of at most [`PREVIEW_CHARS`] characters, whitespace collapsed,
/// control characters escaped.
fn preview_line(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut line: String = collapsed.chars().take(PREVIEW_CHARS).collect();
    if collapsed.chars().count() > PREVIEW_CHARS {
        line.push('…');
    }
    escape_controls(&line).into_owned()
}

/// `text` with every control character and every invisible formatting
/// character (bidirectional overrides such as U+202E, zero-width marks)
/// written as `\u{..}`.
pub(crate) fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(unprintable) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unprintable(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn unprintable(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{061c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

/// Error codes from a JSON body: the values of [`CODE_KEYS`] in the top
/// object, in objects it holds and in the first object of arrays it holds,
/// that the API documents and that no secret contains.
fn checked_codes(
    body: &[u8],
    secrets: &[&[u8]],
    documented: &[&str],
) -> Vec<(&'static str, String)> {
    let mut codes = Vec::new();
    if body.len() > MAX_CHECKED_BYTES {
        return codes;
    }
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) else {
        return codes;
    };
    let mut objects = Vec::new();
    collect_objects(&value, 0, &mut objects);
    for object in objects {
        for key in CODE_KEYS {
            if let Some(serde_json::Value::String(code)) = object.get(key) {
                if codes.len() < MAX_CODES
                    && is_documented(code, documented)
                    && !in_a_secret(code, secrets)
                {
                    codes.push((key, code.clone()));
                }
            }
        }
    }
    codes
}

fn collect_objects<'a>(
    value: &'a serde_json::Value,
    depth: usize,
    out: &mut Vec<&'a serde_json::Map<String, serde_json::Value>>,
) {
    match value {
        serde_json::Value::Object(map) if depth <= 2 => {
            out.push(map);
            for inner in map.values() {
                collect_objects(inner, depth + 1, out);
            }
        }
        serde_json::Value::Array(items) if depth <= 2 => {
            if let Some(first) = items.first() {
                collect_objects(first, depth + 1, out);
            }
        }
        _ => {}
    }
}

/// An identifier: a letter, then letters, digits, `_`, `.` or `-`; 64 at most.
fn is_documented(code: &str, documented: &[&str]) -> bool {
    OAUTH_CODES.contains(&code) || documented.contains(&code)
}

/// Whether some secret contains `code` (ASCII case ignored): a password that
/// happens to be a documented code is never shown either.
fn in_a_secret(code: &str, secrets: &[&[u8]]) -> bool {
    let code = code.as_bytes();
    secrets.iter().any(|secret| {
        secret
            .windows(code.len().max(1))
            .any(|window| window.eq_ignore_ascii_case(code))
    })
}

/// A serde_json error as a decode error may show it: syntax errors as they
/// are (their texts are fixed), data errors with every value serde quoted
/// left out, and only serde's description of the expected type kept.
pub(crate) fn json_error(err: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let text = err.to_string();
    let message = match err.classify() {
        Category::Syntax | Category::Eof | Category::Io => return text,
        Category::Data => {
            let suffix = format!(" at line {} column {}", err.line(), err.column());
            let message = text.strip_suffix(&suffix).unwrap_or(&text);
            data_message(message)
        }
    };
    format!("{message} at line {} column {}", err.line(), err.column())
}

/// serde's data-error messages, with the server's values left out.
pub(crate) fn data_message(message: &str) -> String {
    // Field names come from our own types.
    for prefix in ["missing field `", "duplicate field `"] {
        if let Some(rest) = message.strip_prefix(prefix) {
            if rest
                .strip_suffix('`')
                .is_some_and(|name| name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
            {
                return message.to_owned();
            }
        }
    }
    // What was expected is described by our types, and comes last.
    let expected = message
        .rfind(", expected ")
        .map(|at| &message[at + 2..])
        .filter(|tail| !tail.contains(['"', '\'']) || tail.starts_with("expected one of"));
    let kind = [
        ("invalid type: ", true),
        ("invalid value: ", true),
        ("invalid length ", false),
        ("unknown variant ", false),
        ("unknown field ", false),
    ]
    .into_iter()
    .find_map(|(prefix, typed)| {
        let rest = message.strip_prefix(prefix)?;
        Some(if typed {
            format!("{prefix}{}", unexpected_kind(rest))
        } else {
            prefix.trim_end().to_owned()
        })
    });
    match (kind, expected) {
        (Some(kind), Some(expected)) => format!("{kind}, {expected}"),
        (Some(kind), None) => kind,
        (None, _) => "the body does not match the documented type".into(),
    }
}

/// The kind of value serde found (`string`, `integer`, ...), never the value.
fn unexpected_kind(rest: &str) -> &'static str {
    const KINDS: [&str; 16] = [
        "string",
        "integer",
        "floating point",
        "boolean",
        "character",
        "null",
        "unit value",
        "unit variant",
        "newtype struct",
        "newtype variant",
        "tuple variant",
        "struct variant",
        "sequence",
        "map",
        "byte array",
        "Option value",
    ];
    KINDS
        .into_iter()
        .find(|kind| rest.starts_with(kind))
        .unwrap_or("a value")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_secrets_the_body_starts_the_line_escaped() {
        let body = "{\n  \"Message\": \"bad \u{1b}[31mred\u{8} \u{202e}txt\"\n}";
        assert_eq!(
            summary(body.as_bytes(), &[], &[]),
            r#"{ "Message": "bad \u{1b}[31mred\u{8} \u{202e}txt" }"#
        );
        assert_eq!(
            summary(b"\xff\xfeA\0", &[], &[]),
            "(4-byte body, not UTF-8)"
        );
        let long = "x".repeat(500);
        assert_eq!(
            summary(long.as_bytes(), &[], &[]).chars().count(),
            PREVIEW_CHARS + 1
        );
        assert_eq!(summary(b"", &[b"pw"], &[]), "");
    }

    #[test]
    fn with_secrets_only_documented_codes_are_shown() {
        let documented = ["loggedOut", "LOCKED"];
        let body = br#"{"code":"loggedOut","message":"pw hunter2 was refused"}"#;
        assert_eq!(
            summary(body, &[b"hunter2"], &documented),
            "code=loggedOut (server text withheld: the request carried a credential)"
        );
        let nested =
            br#"{"errors":[{"errorCode":"LOCKED","message":"x"}],"error":"invalid_client"}"#;
        assert_eq!(
            summary(nested, &[b"s3cret"], &documented),
            "error=invalid_client errorCode=LOCKED (server text withheld: the request carried a credential)"
        );
        // Undocumented codes are withheld whatever they hold: transformed
        // echoes (hex, reversed, ROT13, runs of a password) and plain words alike.
        for (code, secret) in [
            ("68756e74657232", &b"hunter2"[..]),
            ("2retnuh", b"hunter2"),
            ("uhagre2", b"hunter2"),
            ("hun", b"hunter2"),
            ("ordinaryCode", b"hunter2"),
            ("loggedOut", b"xxLOGGEDOUTxx"),
        ] {
            let body = format!(r#"{{"code":"{code}"}}"#);
            assert_eq!(
                summary(body.as_bytes(), &[secret], &documented),
                format!(
                    "({}-byte body; server text withheld: the request carried a credential)",
                    body.len()
                ),
                "{code}"
            );
        }
        // A secret that is not ASCII is a secret too.
        let token = "t\u{f6}k\u{e9}n".as_bytes();
        assert!(summary("body t\u{f6}k\u{e9}n".as_bytes(), &[token], &[]).starts_with("("));
        assert!(summary(b"<html>hunter2</html>", &[b"hunter2"], &[]).starts_with("(20-byte body;"));
        assert_eq!(
            summary(b"plain", &[b"", b""], &[]),
            "plain",
            "empty secrets are none"
        );
    }

    #[test]
    fn decode_errors_keep_our_words_only() {
        let err = |json: &str| -> String {
            #[allow(dead_code)]
            #[derive(serde::Deserialize, Debug)]
            struct Login {
                token: String,
                count: Option<u8>,
            }
            json_error(&serde_json::from_str::<Login>(json).unwrap_err())
        };
        assert_eq!(
            err(r#"{"token":918273645546372819}"#),
            "invalid type: integer, expected a string at line 1 column 27"
        );
        assert_eq!(
            err(r#"{"token":"a","count":"tok, expected x"}"#),
            "invalid type: string, expected u8 at line 1 column 38"
        );
        assert_eq!(
            err(r#"{"count":1}"#),
            "missing field `token` at line 1 column 11"
        );
        assert_eq!(
            err(r#"{"token":"a","count":300}"#),
            "invalid value: integer, expected u8 at line 1 column 24"
        );
        assert_eq!(
            err(r#"{"token":"a""#),
            "EOF while parsing an object at line 1 column 12"
        );
        assert_eq!(
            data_message("custom message quoting `secret`"),
            "the body does not match the documented type"
        );
    }
}
