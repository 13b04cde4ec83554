use std::fmt;

use serde::{Deserialize, Serialize};
use session_sdks_runtime::{Redacted, RedactedDebug};

use super::AvailabilityEnum;

/// Permissions over the own profile.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserProfilePermissions {
    /// Whether the user can edit profile.
    #[serde(rename = "editProfile", skip_serializing_if = "Option::is_none")]
    pub edit_profile: Option<bool>,
    /// Whether the user can manage addresses.
    #[serde(rename = "manageAddresses", skip_serializing_if = "Option::is_none")]
    pub manage_addresses: Option<bool>,
    /// Whether the user can manage addresses privacy.
    #[serde(
        rename = "manageAddressesPrivacy",
        skip_serializing_if = "Option::is_none"
    )]
    pub manage_addresses_privacy: Option<bool>,
    /// Whether the user can manage phones.
    #[serde(rename = "managePhones", skip_serializing_if = "Option::is_none")]
    pub manage_phones: Option<bool>,
    /// Whether the user can manage phones privacy.
    #[serde(
        rename = "managePhonesPrivacy",
        skip_serializing_if = "Option::is_none"
    )]
    pub manage_phones_privacy: Option<bool>,
    /// Whether the user can manage images.
    #[serde(rename = "manageImages", skip_serializing_if = "Option::is_none")]
    pub manage_images: Option<bool>,
    /// Whether the user can manage contact infos.
    #[serde(rename = "manageContactInfos", skip_serializing_if = "Option::is_none")]
    pub manage_contact_infos: Option<bool>,
    /// Whether another address can be added (below the maximum); only when `manageAddresses`.
    #[serde(rename = "canCreateAddress", skip_serializing_if = "Option::is_none")]
    pub can_create_address: Option<bool>,
    /// Whether another land-line phone can be added (below the maximum); only when `managePhones`.
    #[serde(rename = "canCreateLandLine", skip_serializing_if = "Option::is_none")]
    pub can_create_land_line: Option<bool>,
    /// Whether another mobile phone can be added (below the maximum); only when `managePhones`.
    #[serde(rename = "canCreateMobile", skip_serializing_if = "Option::is_none")]
    pub can_create_mobile: Option<bool>,
    /// Whether another profile image can be added (below the maximum); only when `manageImages`.
    #[serde(rename = "canCreateImage", skip_serializing_if = "Option::is_none")]
    pub can_create_image: Option<bool>,
    /// Whether another additional contact can be added (below the maximum); only when
    /// `manageContactInfos`.
    #[serde(
        rename = "canCreateContactInfo",
        skip_serializing_if = "Option::is_none"
    )]
    pub can_create_contact_info: Option<bool>,
    /// The maximum number of addresses; only when `manageAddresses`.
    #[serde(rename = "maxAddresses", skip_serializing_if = "Option::is_none")]
    pub max_addresses: Option<i64>,
    /// The maximum number of mobile phones; only when `managePhones`.
    #[serde(rename = "maxMobiles", skip_serializing_if = "Option::is_none")]
    pub max_mobiles: Option<i64>,
    /// The maximum number of land-line phones; only when `managePhones`.
    #[serde(rename = "maxLandLines", skip_serializing_if = "Option::is_none")]
    pub max_land_lines: Option<i64>,
    /// The maximum number of profile images; only when `manageImages`.
    #[serde(rename = "maxImages", skip_serializing_if = "Option::is_none")]
    pub max_images: Option<i64>,
    /// The maximum number of additional contacts; only when `manageContactInfos`.
    #[serde(rename = "maxContactInfos", skip_serializing_if = "Option::is_none")]
    pub max_contact_infos: Option<i64>,
    /// The availability of addresses; only when `manageAddresses`.
    #[serde(
        rename = "addressAvailability",
        skip_serializing_if = "Option::is_none"
    )]
    pub address_availability: Option<AvailabilityEnum>,
    /// The availability of mobile phones; only when `managePhones`.
    #[serde(rename = "mobileAvailability", skip_serializing_if = "Option::is_none")]
    pub mobile_availability: Option<AvailabilityEnum>,
    /// The availability of land-line phones; only when `managePhones`.
    #[serde(
        rename = "landLineAvailability",
        skip_serializing_if = "Option::is_none"
    )]
    pub land_line_availability: Option<AvailabilityEnum>,
    /// The availability of profile images; only when `manageImages`.
    #[serde(
        rename = "profileImageAvailability",
        skip_serializing_if = "Option::is_none"
    )]
    pub profile_image_availability: Option<AvailabilityEnum>,
    /// The availability of additional contacts; only when `manageContactInfos`.
    #[serde(
        rename = "contactInfoAvailability",
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_info_availability: Option<AvailabilityEnum>,
}

impl fmt::Debug for UserProfilePermissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserProfilePermissions")
            .field("edit_profile", &Redacted(&self.edit_profile))
            .field("manage_addresses", &Redacted(&self.manage_addresses))
            .field(
                "manage_addresses_privacy",
                &Redacted(&self.manage_addresses_privacy),
            )
            .field("manage_phones", &Redacted(&self.manage_phones))
            .field(
                "manage_phones_privacy",
                &Redacted(&self.manage_phones_privacy),
            )
            .field("manage_images", &Redacted(&self.manage_images))
            .field(
                "manage_contact_infos",
                &Redacted(&self.manage_contact_infos),
            )
            .field("can_create_address", &Redacted(&self.can_create_address))
            .field(
                "can_create_land_line",
                &Redacted(&self.can_create_land_line),
            )
            .field("can_create_mobile", &Redacted(&self.can_create_mobile))
            .field("can_create_image", &Redacted(&self.can_create_image))
            .field(
                "can_create_contact_info",
                &Redacted(&self.can_create_contact_info),
            )
            .field("max_addresses", &Redacted(&self.max_addresses))
            .field("max_mobiles", &Redacted(&self.max_mobiles))
            .field("max_land_lines", &Redacted(&self.max_land_lines))
            .field("max_images", &Redacted(&self.max_images))
            .field("max_contact_infos", &Redacted(&self.max_contact_infos))
            .field(
                "address_availability",
                &Redacted(&self.address_availability),
            )
            .field("mobile_availability", &Redacted(&self.mobile_availability))
            .field(
                "land_line_availability",
                &Redacted(&self.land_line_availability),
            )
            .field(
                "profile_image_availability",
                &Redacted(&self.profile_image_availability),
            )
            .field(
                "contact_info_availability",
                &Redacted(&self.contact_info_availability),
            )
            .finish()
    }
}

impl RedactedDebug for UserProfilePermissions {}
