use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

/// Permissions over the marketplace: searching, own advertisements, purchases and webshops.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarketplacePermissions {
    /// Whether the user can search.
    #[serde(rename = "search", skip_serializing_if = "Option::is_none")]
    pub search: Option<bool>,
    /// Whether the user can own advertisements.
    #[serde(rename = "ownAdvertisements", skip_serializing_if = "Option::is_none")]
    pub own_advertisements: Option<bool>,
    /// Whether the user can manage own advertisements.
    #[serde(
        rename = "manageOwnAdvertisements",
        skip_serializing_if = "Option::is_none"
    )]
    pub manage_own_advertisements: Option<bool>,
    /// Whether the user can purchase.
    #[serde(rename = "purchase", skip_serializing_if = "Option::is_none")]
    pub purchase: Option<bool>,
    /// Whether the user can view advertisements.
    #[serde(rename = "viewAdvertisements", skip_serializing_if = "Option::is_none")]
    pub view_advertisements: Option<bool>,
    /// Whether the user can view webshop.
    #[serde(rename = "viewWebshop", skip_serializing_if = "Option::is_none")]
    pub view_webshop: Option<bool>,
}

impl fmt::Debug for MarketplacePermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MarketplacePermissions")
            .field("search", &Redacted(&self.search))
            .field("own_advertisements", &Redacted(&self.own_advertisements))
            .field(
                "manage_own_advertisements",
                &Redacted(&self.manage_own_advertisements),
            )
            .field("purchase", &Redacted(&self.purchase))
            .field("view_advertisements", &Redacted(&self.view_advertisements))
            .field("view_webshop", &Redacted(&self.view_webshop))
            .finish()
    }
}

impl RedactedDebug for MarketplacePermissions {}
