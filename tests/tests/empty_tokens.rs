//! An empty token is not a token: a 2xx whose credential is empty (a LetMC
//! login answered with an empty body, a JSON login whose `token`,
//! `sessionToken`, `newPassword` or `value` is `""`) is a `Decode` error, not
//! an `Ok` that fails one call later. Every operation of every crate whose
//! result carries a credential.

#![allow(clippy::unwrap_used)]

use session_sdks_runtime::{Client, RetryPolicy, SdkError};
use session_sdks_tests::catalog::all_operations;
use session_sdks_tests::chaos::{ChaosServer, Reply, shared_pool};

/// The keys of documented results that hold a credential.
const CREDENTIAL_KEYS: [&str; 5] = [
    "token",
    "sessionToken",
    "newPassword",
    "value",
    "access_token",
];

/// Operations whose documented result is a bare token string.
const TOKEN_RESULTS: [&str; 2] = ["session_controller_login", "login"];

/// `value` with every credential-valued string emptied; `true` if any was.
fn empty_credentials(value: &mut serde_json::Value) -> bool {
    match value {
        serde_json::Value::Object(map) => {
            let mut changed = false;
            for (key, inner) in map.iter_mut() {
                if CREDENTIAL_KEYS.contains(&key.as_str()) && inner.is_string() {
                    *inner = serde_json::Value::String(String::new());
                    changed = true;
                } else {
                    changed |= empty_credentials(inner);
                }
            }
            changed
        }
        serde_json::Value::Array(items) => items
            .iter_mut()
            .fold(false, |c, i| c | empty_credentials(i)),
        _ => false,
    }
}

/// The replies of `reply` (a documented success) with its credential empty.
fn emptied(reply: Reply, text_token: bool) -> Vec<Reply> {
    let Reply::Canned { status, body, .. } = reply else {
        return Vec::new();
    };
    if text_token {
        return vec![
            Reply::with_type(status, "text/plain", b""),
            Reply::with_type(status, "text/plain", b"  \r\n"),
            Reply::json(status, r#""""#),
            Reply::with_type(
                status,
                "application/xml",
                br#"<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/"/>"#,
            ),
            Reply::status(status),
        ];
    }
    let Ok(mut value) = serde_json::from_slice::<serde_json::Value>(&body) else {
        return Vec::new();
    };
    if empty_credentials(&mut value) {
        vec![Reply::json(status, &value.to_string())]
    } else {
        Vec::new()
    }
}

#[tokio::test]
async fn a_result_whose_credential_is_empty_is_a_decode_error() {
    let mut checked = Vec::new();
    for op in all_operations() {
        let text_token = TOKEN_RESULTS.contains(&op.name()) && op.text;
        for reply in emptied((op.success)(), text_token) {
            let server = ChaosServer::start(vec![reply.clone()]).await;
            let client = Client::builder(server.url())
                .share_pool(&shared_pool())
                .retry(RetryPolicy::disabled())
                .build()
                .unwrap();
            let outcome = (op.call)(client, "pw".into()).await;
            assert!(
                matches!(outcome, Err(SdkError::Decode(_))),
                "{} {} with {reply:?}: {outcome:?}",
                op.krate,
                op.name()
            );
            let message = outcome.unwrap_err().to_string();
            assert!(
                message.contains(op.name()) && message.contains("empty"),
                "{message}"
            );
            checked.push(format!("{} {}", op.krate, op.name()));
        }
    }
    checked.dedup();
    for expected in [
        "letmc-session session_controller_login",
        "controlm-session do_login",
        "vzm2m-session login_using_post",
        "vzm2m-session reset_using_put",
        "cyclos-auth login",
        "equisoft-account get_session_sso_token",
    ] {
        assert!(
            checked.iter().any(|c| c == expected),
            "{expected} not covered: {checked:?}"
        );
    }
}
