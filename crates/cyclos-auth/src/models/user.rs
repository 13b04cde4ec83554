use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::Image;

/// Basic representation of a user (both admin and regular).
///
/// Includes the fields of [`Entity`](super::Entity), which the server sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Contains the formatting of the user according to the configuration. Is only returned if no
    /// profile fields are marked to return in user list.
    #[serde(rename = "display", skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
    /// Contains the short formatting of the user according to the configuration. Is only returned
    /// if no profile fields are marked to return in user list.
    #[serde(rename = "shortDisplay", skip_serializing_if = "Option::is_none")]
    pub short_display: Option<String>,
    /// The primary user profile image.
    #[serde(rename = "image", skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    /// Is the operator owner, only returned if this user represents an operator. Even so, in some
    /// cases, like searching for operators of a specific user, this field may not be returned.
    #[serde(rename = "user", skip_serializing_if = "Option::is_none")]
    pub user: Option<Box<User>>,
}

impl fmt::Debug for User {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("User")
            .field("id", &Redacted(&self.id))
            .field("display", &Redacted(&self.display))
            .field("short_display", &Redacted(&self.short_display))
            .field("image", &Redacted(&self.image))
            .field("user", &Redacted(&self.user))
            .finish()
    }
}

impl RedactedDebug for User {}
