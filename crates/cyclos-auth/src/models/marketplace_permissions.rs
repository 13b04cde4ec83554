use serde::{Deserialize, Serialize};

/// Permissions over the marketplace: searching, own advertisements, purchases and webshops.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarketplacePermissions {
    /// Whether the user can search.
    #[serde(rename = "search")]
    pub search: Option<bool>,
    /// Whether the user can own advertisements.
    #[serde(rename = "ownAdvertisements")]
    pub own_advertisements: Option<bool>,
    /// Whether the user can manage own advertisements.
    #[serde(rename = "manageOwnAdvertisements")]
    pub manage_own_advertisements: Option<bool>,
    /// Whether the user can purchase.
    #[serde(rename = "purchase")]
    pub purchase: Option<bool>,
    /// Whether the user can view advertisements.
    #[serde(rename = "viewAdvertisements")]
    pub view_advertisements: Option<bool>,
    /// Whether the user can view webshop.
    #[serde(rename = "viewWebshop")]
    pub view_webshop: Option<bool>,
}
