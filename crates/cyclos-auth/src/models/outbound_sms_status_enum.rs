use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Statuses for an outbound SMS message sent to an user.
///
/// A value this SDK does not know yet decodes as [`Unknown`](Self::Unknown) instead of failing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum OutboundSmsStatusEnum {
    /// Network problem, or gateway server down.
    #[serde(rename = "gatewayUreachable")]
    GatewayUreachable,
    /// The parameters for sending an SMS message were invalid.
    #[serde(rename = "invalid")]
    Invalid,
    /// The maximum SMS messages for the user (or guest) have been reached.
    #[serde(rename = "maxMessagesReached")]
    MaxMessagesReached,
    /// The gateway has rejected the SMS message.
    #[serde(rename = "rejected")]
    Rejected,
    /// The SMS message was successfully sent.
    #[serde(rename = "success")]
    Success,
    /// Timeout while connecting or waiting for a gateway server reply.
    #[serde(rename = "timeout")]
    Timeout,
    /// An unexpected error has occurred.
    #[serde(rename = "unexpected")]
    Unexpected,
    /// A value this SDK version does not know yet.
    #[serde(untagged)]
    Unknown(String),
}

impl OutboundSmsStatusEnum {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GatewayUreachable => "gatewayUreachable",
            Self::Invalid => "invalid",
            Self::MaxMessagesReached => "maxMessagesReached",
            Self::Rejected => "rejected",
            Self::Success => "success",
            Self::Timeout => "timeout",
            Self::Unexpected => "unexpected",
            Self::Unknown(value) => value,
        }
    }
}

impl fmt::Debug for OutboundSmsStatusEnum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::GatewayUreachable => f.write_str("GatewayUreachable"),
            Self::Invalid => f.write_str("Invalid"),
            Self::MaxMessagesReached => f.write_str("MaxMessagesReached"),
            Self::Rejected => f.write_str("Rejected"),
            Self::Success => f.write_str("Success"),
            Self::Timeout => f.write_str("Timeout"),
            Self::Unexpected => f.write_str("Unexpected"),
            Self::Unknown(value) => f.debug_tuple("Unknown").field(&Redacted(value)).finish(),
        }
    }
}

impl RedactedDebug for OutboundSmsStatusEnum {}
