use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::{PasswordInputMethodEnum, PasswordModeEnum, SendMediumEnum};

/// Contains all information for a password entry. Passwords in Cyclos may be entered as regular
/// texts or as virtual keyboards. For `virtualKeyboard`, a number of information is sent, such as
/// an unique id, the number of buttons to be displayed, the number of rows that should visually
/// hold those buttons, the sequences of characters that should be displayed on each button. When
/// sending the value of a password of type virtual keyboard, unique id should be sent, together
/// with the entire sequence for each button, all separated by pipes. So, suppose a very simple (and
/// weakly configured) example where the id is `987654321` and the sequences are: `[["abc", "def",
/// "fgh"], ["ijk", "lmn", "opq"]]`. This describes 2 sequences of 3 buttons each. First, the
/// buttons with the options `abc`, `def` and `fgh` should be shown. Suppose the user chooses the
/// second one. Then the button labels should be changed to `ijk`, `lmn` and `opq`. Now the user
/// picks the first one. The value sent to the server should be `987654321|def|ijk`.
///
/// Includes the fields of [`InternalNamedEntity`](super::InternalNamedEntity), which the server
/// sends flattened.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordInput {
    /// The internal entity identifier.
    #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entity name.
    #[serde(rename = "name", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The entity internal name, which can be seen as an extra identifier.
    #[serde(rename = "internalName", skip_serializing_if = "Option::is_none")]
    pub internal_name: Option<String>,
    /// The explanation for the value that should be sent for `virtualKeyboard` cases is given
    /// above, in the description of this type.
    #[serde(rename = "inputMethod", skip_serializing_if = "Option::is_none")]
    pub input_method: Option<PasswordInputMethodEnum>,
    /// Indicates how a password is handled.
    #[serde(rename = "mode", skip_serializing_if = "Option::is_none")]
    pub mode: Option<PasswordModeEnum>,
    /// Only returned when there is an authenticated user (not for login). Describes whether the
    /// user has created a password of this type. If not, a proper message can be shown to the user
    /// indicating that this password needs to be created.
    #[serde(rename = "hasActivePassword", skip_serializing_if = "Option::is_none")]
    pub has_active_password: Option<bool>,
    /// Only returned when there is an authenticated user (not for login). Determines whether this
    /// password, when used as confirmation, should be requested only once until the user logs out.
    #[serde(
        rename = "confirmationPasswordOncePerSession",
        skip_serializing_if = "Option::is_none"
    )]
    pub confirmation_password_once_per_session: Option<bool>,
    /// For text passwords, the minimum password length.
    #[serde(rename = "minLength", skip_serializing_if = "Option::is_none")]
    pub min_length: Option<i64>,
    /// For text passwords, the maximum password length.
    #[serde(rename = "maxLength", skip_serializing_if = "Option::is_none")]
    pub max_length: Option<i64>,
    /// Only for `otp`, the available mediums for the password to be sent.
    #[serde(rename = "otpSendMediums", skip_serializing_if = "Option::is_none")]
    pub otp_send_mediums: Option<Vec<SendMediumEnum>>,
    /// Only for `virtualKeyboard`, is the number of buttons to be displayed.
    #[serde(rename = "numberOfButtons", skip_serializing_if = "Option::is_none")]
    pub number_of_buttons: Option<i64>,
    /// Only for `virtualKeyboard`, is the number of buttons that should be displayed on each row.
    #[serde(rename = "buttonsPerRow", skip_serializing_if = "Option::is_none")]
    pub buttons_per_row: Option<i64>,
    /// Only for `virtualKeyboard`, contains the sequences of buttons that should be displayed for
    /// the user. The explanation for the value that should be sent on virtual keyboard mode is
    /// shown above, in the description of this type.
    #[serde(rename = "buttons", skip_serializing_if = "Option::is_none")]
    pub buttons: Option<Vec<Vec<String>>>,
}

impl fmt::Debug for PasswordInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PasswordInput")
            .field("id", &Redacted(&self.id))
            .field("name", &Redacted(&self.name))
            .field("internal_name", &Redacted(&self.internal_name))
            .field("input_method", &Redacted(&self.input_method))
            .field("mode", &Redacted(&self.mode))
            .field("has_active_password", &Redacted(&self.has_active_password))
            .field(
                "confirmation_password_once_per_session",
                &Redacted(&self.confirmation_password_once_per_session),
            )
            .field("min_length", &Redacted(&self.min_length))
            .field("max_length", &Redacted(&self.max_length))
            .field("otp_send_mediums", &Redacted(&self.otp_send_mediums))
            .field("number_of_buttons", &Redacted(&self.number_of_buttons))
            .field("buttons_per_row", &Redacted(&self.buttons_per_row))
            .field("buttons", &Redacted(&self.buttons))
            .finish()
    }
}

impl RedactedDebug for PasswordInput {}
