use serde::{Deserialize, Serialize};

use super::AvailabilityEnum;

/// Permissions over the own profile.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserProfilePermissions {
    /// Whether the user can edit profile.
    #[serde(rename = "editProfile")]
    pub edit_profile: Option<bool>,
    /// Whether the user can manage addresses.
    #[serde(rename = "manageAddresses")]
    pub manage_addresses: Option<bool>,
    /// Whether the user can manage addresses privacy.
    #[serde(rename = "manageAddressesPrivacy")]
    pub manage_addresses_privacy: Option<bool>,
    /// Whether the user can manage phones.
    #[serde(rename = "managePhones")]
    pub manage_phones: Option<bool>,
    /// Whether the user can manage phones privacy.
    #[serde(rename = "managePhonesPrivacy")]
    pub manage_phones_privacy: Option<bool>,
    /// Whether the user can manage images.
    #[serde(rename = "manageImages")]
    pub manage_images: Option<bool>,
    /// Whether the user can manage contact infos.
    #[serde(rename = "manageContactInfos")]
    pub manage_contact_infos: Option<bool>,
    /// Whether the user can create address.
    #[serde(rename = "canCreateAddress")]
    pub can_create_address: Option<bool>,
    /// Whether the user can create land line.
    #[serde(rename = "canCreateLandLine")]
    pub can_create_land_line: Option<bool>,
    /// Whether the user can create mobile.
    #[serde(rename = "canCreateMobile")]
    pub can_create_mobile: Option<bool>,
    /// Whether the user can create image.
    #[serde(rename = "canCreateImage")]
    pub can_create_image: Option<bool>,
    /// Whether the user can create contact info.
    #[serde(rename = "canCreateContactInfo")]
    pub can_create_contact_info: Option<bool>,
    /// The max addresses.
    #[serde(rename = "maxAddresses")]
    pub max_addresses: Option<i64>,
    /// The max mobiles.
    #[serde(rename = "maxMobiles")]
    pub max_mobiles: Option<i64>,
    /// The max land lines.
    #[serde(rename = "maxLandLines")]
    pub max_land_lines: Option<i64>,
    /// The max images.
    #[serde(rename = "maxImages")]
    pub max_images: Option<i64>,
    /// The max contact infos.
    #[serde(rename = "maxContactInfos")]
    pub max_contact_infos: Option<i64>,
    /// The address availability.
    #[serde(rename = "addressAvailability")]
    pub address_availability: Option<AvailabilityEnum>,
    /// The mobile availability.
    #[serde(rename = "mobileAvailability")]
    pub mobile_availability: Option<AvailabilityEnum>,
    /// The land line availability.
    #[serde(rename = "landLineAvailability")]
    pub land_line_availability: Option<AvailabilityEnum>,
    /// The profile image availability.
    #[serde(rename = "profileImageAvailability")]
    pub profile_image_availability: Option<AvailabilityEnum>,
    /// The contact info availability.
    #[serde(rename = "contactInfoAvailability")]
    pub contact_info_availability: Option<AvailabilityEnum>,
}
