//! The Cyclos auth headers, as methods on [`Client`].

use session_sdks_runtime::{Client, Secret};

/// `Session-Token`: the token of a session opened with `AuthApi::login`.
const SESSION_TOKEN: &str = "Session-Token";
/// `Access-Client-Token`: the token of an activated access client.
const ACCESS_CLIENT_TOKEN: &str = "Access-Client-Token";
/// `Principal-Type`: which identification method the basic-auth user name is.
const PRINCIPAL_TYPE: &str = "Principal-Type";

/// Cyclos credentials on a [`Client`].
///
/// Cyclos takes one of three alternatives: HTTP basic auth (the runtime's
/// [`Client::with_basic_auth`]), a session token or an access client token. The token methods
/// replace the other alternatives on the returned client, so exactly one is sent; every returned
/// client shares the connection pool.
pub trait CyclosClientExt {
    /// A client sending `Session-Token: <token>` (from `Auth.session_token` after a login)
    /// instead of basic auth or an access client token.
    fn with_session_token(&self, token: impl Into<Secret>) -> Client;

    /// A client sending `Access-Client-Token: <token>` instead of basic auth or a session token.
    fn with_access_client_token(&self, token: impl Into<Secret>) -> Client;

    /// A client also sending `Principal-Type: <internal name>`, telling a basic-auth login which
    /// identification method the user name is (`*` tries all). Supported from Cyclos 4.12.
    fn with_principal_type(&self, principal_type: &str) -> Client;
}

impl CyclosClientExt for Client {
    fn with_session_token(&self, token: impl Into<Secret>) -> Client {
        self.without_header("authorization")
            .without_header(ACCESS_CLIENT_TOKEN)
            .with_token_header(SESSION_TOKEN, token)
    }

    fn with_access_client_token(&self, token: impl Into<Secret>) -> Client {
        self.without_header("authorization")
            .without_header(SESSION_TOKEN)
            .with_token_header(ACCESS_CLIENT_TOKEN, token)
    }

    fn with_principal_type(&self, principal_type: &str) -> Client {
        self.with_token_header(PRINCIPAL_TYPE, principal_type)
    }
}
