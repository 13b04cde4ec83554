use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug, Secret};

/// OAuth 2 Authorization endpoint response: the ThingSpace token sent as
/// `Authorization: Bearer <access_token>`. The SDK fetches it itself; pass one
/// you saved to `VzM2mClientBuilder::oauth_token` to reuse it. `Debug` redacts
/// both tokens.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OauthToken {
    /// Access token
    #[serde(rename = "access_token")]
    pub access_token: Secret,
    /// Type of access token
    #[serde(rename = "token_type")]
    pub token_type: String,
    /// Time in seconds before the access token expires
    #[serde(rename = "expires_in", skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<i64>,
    /// List of scopes granted. This is a space-delimited list of strings.
    #[serde(rename = "scope", skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Time of token expiry as unix timestamp (UTC); computed by the client,
    /// not sent by the server.
    #[serde(rename = "expiry", skip_serializing_if = "Option::is_none")]
    pub expiry: Option<i64>,
    /// Refresh token. Used to get a new access token when it expires.
    #[serde(rename = "refresh_token", skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<Secret>,
}

impl OauthToken {
    /// A token of type `token_type` (`Bearer`) without expiry information.
    pub fn new(access_token: impl Into<Secret>, token_type: impl Into<String>) -> Self {
        Self {
            access_token: access_token.into(),
            token_type: token_type.into(),
            expires_in: None,
            scope: None,
            expiry: None,
            refresh_token: None,
        }
    }
}

impl fmt::Debug for OauthToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OauthToken")
            .field("access_token", &Redacted(&self.access_token))
            .field("token_type", &Redacted(&self.token_type))
            .field("expires_in", &Redacted(&self.expires_in))
            .field("scope", &Redacted(&self.scope))
            .field("expiry", &Redacted(&self.expiry))
            .field("refresh_token", &Redacted(&self.refresh_token))
            .finish()
    }
}

impl RedactedDebug for OauthToken {}
