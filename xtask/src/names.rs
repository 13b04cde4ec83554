//! Mechanical name conversions shared by the documents and the code.

/// `sessionControllerLogin` -> `session_controller_login`, `branchID` -> `branch_id`,
/// `HTTPServer` -> `http_server`, `Login Using POST` -> `login_using_post`.
pub(crate) fn snake_case(name: &str) -> String {
    separated(name, '_')
}

/// `LogInRequest` -> `log-in-request` (APIMatic model file names).
pub(crate) fn kebab_case(name: &str) -> String {
    separated(name, '-')
}

fn separated(name: &str, separator: char) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' || c == '-' || c == ' ' {
            if !out.is_empty() && !out.ends_with(separator) {
                out.push(separator);
            }
            continue;
        }
        if c.is_uppercase() && i > 0 && !out.is_empty() && !out.ends_with(separator) {
            let previous = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_lowercase());
            if previous.is_lowercase()
                || previous.is_ascii_digit()
                || (previous.is_uppercase() && next_lower)
            {
                out.push(separator);
            }
        }
        out.extend(c.to_lowercase());
    }
    out.trim_end_matches(separator).to_string()
}

/// A Rust identifier as written, without a raw `r#` prefix or a keyword-avoiding trailing `_`.
pub(crate) fn unraw(ident: &str) -> &str {
    let ident = ident.strip_prefix("r#").unwrap_or(ident);
    match ident.strip_suffix('_') {
        Some(stem) if !stem.is_empty() && !stem.ends_with('_') => stem,
        _ => ident,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake() {
        assert_eq!(
            snake_case("sessionControllerLogin"),
            "session_controller_login"
        );
        assert_eq!(snake_case("shortName"), "short_name");
        assert_eq!(snake_case("branchID"), "branch_id");
        assert_eq!(snake_case("HTTPServer"), "http_server");
        assert_eq!(snake_case("createSession"), "create_session");
        assert_eq!(snake_case("getSessionSsoToken"), "get_session_sso_token");
        assert_eq!(snake_case("do_login"), "do_login");
        assert_eq!(snake_case("Login Using POST"), "login_using_post");
        assert_eq!(snake_case("oauth2Token"), "oauth2_token");
        assert_eq!(snake_case("revertIdentity"), "revert_identity");
    }

    #[test]
    fn kebab() {
        assert_eq!(kebab_case("LogInRequest"), "log-in-request");
        assert_eq!(
            kebab_case("RestErrorResponseException"),
            "rest-error-response-exception"
        );
        assert_eq!(
            kebab_case("SessionResetPasswordResponse"),
            "session-reset-password-response"
        );
    }

    #[test]
    fn unraw_keywords() {
        assert_eq!(unraw("r#type"), "type");
        assert_eq!(unraw("type_"), "type");
        assert_eq!(unraw("token"), "token");
        assert_eq!(unraw("_"), "_");
    }
}
