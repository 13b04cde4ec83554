//! The parameters of each operation: the `P` of the [`Call<P>`](crate::Call) an operation
//! method returns, with its optional parameters. Named after the operations, apart from the
//! models, so that both import.

use session_sdks_runtime::Secret;

/// The parameters of [`SessionControllerApi::session_controller_change_password`](crate::apis::session_controller_api::SessionControllerApi::session_controller_change_password).
#[derive(Debug)]
pub struct SessionControllerChangePassword {
    pub(crate) short_name: String,
    pub(crate) token: Secret,
    pub(crate) old_password: Secret,
    pub(crate) new_password: Secret,
}

/// The parameters of [`SessionControllerApi::session_controller_create_landlord_login`](crate::apis::session_controller_api::SessionControllerApi::session_controller_create_landlord_login).
#[derive(Debug)]
pub struct SessionControllerCreateLandlordLogin {
    pub(crate) short_name: String,
    pub(crate) email: String,
    pub(crate) title: String,
    pub(crate) forename: String,
    pub(crate) surname: String,
    pub(crate) property_address: String,
    pub(crate) contact_details: String,
    pub(crate) branch_id: Option<String>,
}

impl SessionControllerCreateLandlordLogin {
    /// The branch ID linked to the login (`branchID`): it decides which
    /// in-tray shows the request. Omitted when not set.
    pub fn branch_id(mut self, branch_id: impl Into<String>) -> Self {
        self.branch_id = Some(branch_id.into());
        self
    }
}

/// The parameters of [`SessionControllerApi::session_controller_get_session_info`](crate::apis::session_controller_api::SessionControllerApi::session_controller_get_session_info).
#[derive(Debug)]
pub struct SessionControllerGetSessionInfo {
    pub(crate) short_name: String,
    pub(crate) token: Secret,
    pub(crate) accept_xml: bool,
}

impl SessionControllerGetSessionInfo {
    /// Asks for the DataContract XML `<string>` (`Accept: application/xml`)
    /// instead of JSON; the result is the same string.
    pub fn accept_xml(mut self) -> Self {
        self.accept_xml = true;
        self
    }
}

/// The parameters of [`SessionControllerApi::session_controller_login`](crate::apis::session_controller_api::SessionControllerApi::session_controller_login).
#[derive(Debug)]
pub struct SessionControllerLogin {
    pub(crate) short_name: String,
    pub(crate) username: String,
    pub(crate) password: Secret,
    pub(crate) accept_xml: bool,
}

impl SessionControllerLogin {
    /// Asks for the DataContract XML `<string>` (`Accept: application/xml`)
    /// instead of JSON; the token is the same.
    pub fn accept_xml(mut self) -> Self {
        self.accept_xml = true;
        self
    }
}

/// The parameters of [`SessionControllerApi::session_controller_logout`](crate::apis::session_controller_api::SessionControllerApi::session_controller_logout).
#[derive(Debug)]
pub struct SessionControllerLogout {
    pub(crate) short_name: String,
    pub(crate) token: Secret,
}

/// The parameters of [`SessionControllerApi::session_controller_reset_password`](crate::apis::session_controller_api::SessionControllerApi::session_controller_reset_password).
#[derive(Debug)]
pub struct SessionControllerResetPassword {
    pub(crate) short_name: String,
    pub(crate) email: String,
}
