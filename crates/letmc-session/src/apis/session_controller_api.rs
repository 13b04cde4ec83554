//! `SessionControllerApi`: log a customer in and out of agentOS, read the
//! session, change or reset the password, request a landlord login.
//!
//! Every input but `shortName` travels in the query string (passwords too, as
//! the server defines it), so secrets are [`Secret`]s and no error shows a URL.

use crate::builders::{
    SessionControllerChangePassword, SessionControllerCreateLandlordLogin,
    SessionControllerGetSessionInfo, SessionControllerLogin, SessionControllerLogout,
    SessionControllerResetPassword,
};
use session_sdks_runtime::{
    Call, CallOptions, Client, Prepare, Request, Response, ResponseValue, SdkError, Secret,
};

use super::operations::{
    SESSION_CONTROLLER_CHANGE_PASSWORD, SESSION_CONTROLLER_CREATE_LANDLORD_LOGIN,
    SESSION_CONTROLLER_GET_SESSION_INFO, SESSION_CONTROLLER_LOGIN, SESSION_CONTROLLER_LOGOUT,
    SESSION_CONTROLLER_RESET_PASSWORD,
};

pub use super::errors::{
    SessionControllerChangePasswordError, SessionControllerCreateLandlordLoginError,
    SessionControllerGetSessionInfoError, SessionControllerLoginError,
    SessionControllerLogoutError, SessionControllerResetPasswordError,
};

/// The server of the document: `https://live-api.letmc.com`.
pub const DEFAULT_BASE_URL: &str = "https://live-api.letmc.com";

/// `Accept` asking the server for its DataContract XML `<string>` instead.
const XML: &str = "application/xml";

/// The call's options, asking for XML when the caller did (`accept_xml`).
fn accept(options: CallOptions, xml: bool) -> CallOptions {
    if xml {
        CallOptions {
            accept: Some(XML),
            ..options
        }
    } else {
        options
    }
}

/// The agentOS v2 customer login call group.
///
/// Log in with [`session_controller_login`](Self::session_controller_login);
/// the token it returns is the `token` argument of the calls that need a
/// logged-in customer. `short_name` is the agency's unique client short-name.
#[derive(Debug, Clone)]
pub struct SessionControllerApi {
    client: Client,
}

impl SessionControllerApi {
    /// The API over `client` (its base URL is usually [`DEFAULT_BASE_URL`]).
    pub fn new(client: Client) -> Self {
        Self { client }
    }

    /// The API at [`DEFAULT_BASE_URL`] with every client default; use
    /// `Client::builder(DEFAULT_BASE_URL)` and [`new`](Self::new) to configure it.
    pub fn with_default_base_url() -> Result<Self, SdkError> {
        Client::new(DEFAULT_BASE_URL).map(Self::new)
    }

    /// Sends a `PUT` request to `/v2/customer/{shortName}/session/password`.
    ///
    /// Change the password of a customer given their existing and new
    /// password. Both passwords and the token go in the query string.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: the document declares no error status; any JSON error body (ASP.NET's
    ///   `{"Message": ...}`, e.g. for a wrong old password or an ended token) is
    ///   [`SessionControllerChangePasswordError::Unknown`].
    /// - **Sent again** only if no connection could be made ([`Repeat::Once`](crate::Repeat::Once)): a password
    ///   that may have reached the server is never sent twice.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use letmc_session::{Client, SessionControllerApi, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionControllerApi::new(Client::new(server.url())?);
    /// # let token = api.session_controller_login("acme", mock::USERNAME, mock::PASSWORD).await?;
    /// api.session_controller_change_password("acme", token, mock::PASSWORD, "new-password-1")
    ///     .await?;
    /// // The new password logs in from now on.
    /// api.session_controller_login("acme", mock::USERNAME, "new-password-1").await?;
    /// # Ok(()) }
    /// ```
    pub fn session_controller_change_password(
        &self,
        short_name: impl Into<String>,
        token: impl Into<Secret>,
        old_password: impl Into<Secret>,
        new_password: impl Into<Secret>,
    ) -> Call<SessionControllerChangePassword> {
        Call::new(
            &self.client,
            SessionControllerChangePassword {
                short_name: short_name.into(),
                token: token.into(),
                old_password: old_password.into(),
                new_password: new_password.into(),
            },
        )
    }

    /// Sends a `POST` request to `/v2/customer/{shortName}/session/createlandlordlogin`.
    ///
    /// Send a request to the in-tray to create a landlord login. Needs no
    /// login; the branch is a setter.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: the document declares no error status; any JSON error body (ASP.NET's
    ///   `{"Message": ...}`) is [`SessionControllerCreateLandlordLoginError::Unknown`].
    /// - **Sent again** only when the server cannot have acted on it: no connection, `429`, or a
    ///   `401` whose token was renewed ([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed)), so the in-tray gets one
    ///   request.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use letmc_session::{Client, SessionControllerApi, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionControllerApi::new(Client::new(server.url())?);
    /// let sent = api
    ///     .session_controller_create_landlord_login(
    ///         "acme",
    ///         "landlord@example.com",
    ///         "Ms",
    ///         "Ada",
    ///         "Lovelace",
    ///         "1 Analytical Row, London",
    ///         "+44 20 7946 0000",
    ///     )
    ///     .params(|p| p.branch_id("B-01"))
    ///     .send()
    ///     .await?;
    /// assert!(sent.status().is_success());
    /// # Ok(()) }
    /// ```
    #[allow(clippy::too_many_arguments)]
    pub fn session_controller_create_landlord_login(
        &self,
        short_name: impl Into<String>,
        email: impl Into<String>,
        title: impl Into<String>,
        forename: impl Into<String>,
        surname: impl Into<String>,
        property_address: impl Into<String>,
        contact_details: impl Into<String>,
    ) -> Call<SessionControllerCreateLandlordLogin> {
        Call::new(
            &self.client,
            SessionControllerCreateLandlordLogin {
                short_name: short_name.into(),
                email: email.into(),
                title: title.into(),
                forename: forename.into(),
                surname: surname.into(),
                property_address: property_address.into(),
                contact_details: contact_details.into(),
                branch_id: None,
            },
        )
    }

    /// Sends a `GET` request to `/v2/customer/{shortName}/session`.
    ///
    /// Gets information about the currently logged on customer, as the
    /// server's string (its content is not documented).
    ///
    /// - **Returns** a [`String`]: the server's text, the same with
    ///   [`accept_xml`](crate::builders::SessionControllerGetSessionInfo::accept_xml).
    /// - **Errors**: the document declares no error status; any JSON error body (ASP.NET's
    ///   `{"Message": ...}`, e.g. with a `401` for an ended token) is
    ///   [`SessionControllerGetSessionInfoError::Unknown`].
    /// - **Sent again** after any transient failure: no connection, a timeout, `429`,
    ///   `502`-`504`, a renewed `401` ([`Repeat::Idempotent`](crate::Repeat::Idempotent)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use letmc_session::{Client, SessionControllerApi, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionControllerApi::new(Client::new(server.url())?);
    /// # let token = api.session_controller_login("acme", mock::USERNAME, mock::PASSWORD).await?;
    /// let info = api.session_controller_get_session_info("acme", token).await?;
    /// assert!(info.contains(mock::USERNAME));
    /// # Ok(()) }
    /// ```
    pub fn session_controller_get_session_info(
        &self,
        short_name: impl Into<String>,
        token: impl Into<Secret>,
    ) -> Call<SessionControllerGetSessionInfo> {
        Call::new(
            &self.client,
            SessionControllerGetSessionInfo {
                short_name: short_name.into(),
                token: token.into(),
                accept_xml: false,
            },
        )
    }

    /// Sends a `POST` request to `/v2/customer/{shortName}/session`.
    ///
    /// Login as a customer given their username and password; returns the
    /// login token for the other calls. The credentials go in the query
    /// string, as the server defines it.
    ///
    /// - **Returns** the token, a [`Secret`]; an empty token is an [`SdkError::Decode`].
    /// - **Errors**: the document declares no error status; any JSON error body (ASP.NET's
    ///   `{"Message": ...}`, e.g. with a `401` for refused credentials) is
    ///   [`SessionControllerLoginError::Unknown`].
    /// - **Sent again** only if no connection could be made ([`Repeat::Once`](crate::Repeat::Once)): a password
    ///   that may have reached the server is never sent twice.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use letmc_session::{Client, SessionControllerApi, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionControllerApi::new(Client::new(server.url())?);
    /// let token = api
    ///     .session_controller_login("acme", mock::USERNAME, mock::PASSWORD)
    ///     .await?;
    /// assert!(!token.is_empty());
    /// # Ok(()) }
    /// ```
    pub fn session_controller_login(
        &self,
        short_name: impl Into<String>,
        username: impl Into<String>,
        password: impl Into<Secret>,
    ) -> Call<SessionControllerLogin> {
        Call::new(
            &self.client,
            SessionControllerLogin {
                short_name: short_name.into(),
                username: username.into(),
                password: password.into(),
                accept_xml: false,
            },
        )
    }

    /// Sends a `DELETE` request to `/v2/customer/{shortName}/session`.
    ///
    /// Logout a customer previously logged in via the Login endpoint.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: the document declares no error status; any JSON error body (ASP.NET's
    ///   `{"Message": ...}`, e.g. with a `401` for an ended token) is
    ///   [`SessionControllerLogoutError::Unknown`].
    /// - **Sent again** only when the server cannot have acted on it: no connection, `429`, or a
    ///   `401` whose token was renewed ([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed)): the document does not say a
    ///   repeat is harmless.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use letmc_session::{Client, SessionControllerApi, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionControllerApi::new(Client::new(server.url())?);
    /// # let token = api.session_controller_login("acme", mock::USERNAME, mock::PASSWORD).await?;
    /// api.session_controller_logout("acme", token.clone()).await?;
    /// // The token is ended: the server now refuses it.
    /// let ended = api.session_controller_get_session_info("acme", token).await.unwrap_err();
    /// assert_eq!(ended.status().map(|s| s.as_u16()), Some(401));
    /// # Ok(()) }
    /// ```
    pub fn session_controller_logout(
        &self,
        short_name: impl Into<String>,
        token: impl Into<Secret>,
    ) -> Call<SessionControllerLogout> {
        Call::new(
            &self.client,
            SessionControllerLogout {
                short_name: short_name.into(),
                token: token.into(),
            },
        )
    }

    /// Sends a `POST` request to `/v2/customer/{shortName}/session/resetpassword`.
    ///
    /// Reset the customer's password. An email will be sent out to reset.
    ///
    /// - **Returns** `()`: nothing but the status and headers from [`Call::send`].
    /// - **Errors**: the document declares no error status; any JSON error body (ASP.NET's
    ///   `{"Message": ...}`) is [`SessionControllerResetPasswordError::Unknown`].
    /// - **Sent again** only if no connection could be made ([`Repeat::Once`](crate::Repeat::Once)), so one email goes
    ///   out.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use letmc_session::{Client, SessionControllerApi, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let api = SessionControllerApi::new(Client::new(server.url())?);
    /// api.session_controller_reset_password("acme", mock::USERNAME).await?;
    /// # Ok(()) }
    /// ```
    pub fn session_controller_reset_password(
        &self,
        short_name: impl Into<String>,
        email: impl Into<String>,
    ) -> Call<SessionControllerResetPassword> {
        Call::new(
            &self.client,
            SessionControllerResetPassword {
                short_name: short_name.into(),
                email: email.into(),
            },
        )
    }
}

impl Prepare for SessionControllerChangePassword {
    type Output = ();
    type Error = SessionControllerChangePasswordError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&SESSION_CONTROLLER_CHANGE_PASSWORD, options)
            .path_param("shortName", &self.short_name)
            .query_secret("token", &self.token)
            .query_secret("oldPassword", &self.old_password)
            .query_secret("newPassword", &self.new_password)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<()>, SdkError<SessionControllerChangePasswordError>> {
        response.empty()
    }
}

impl Prepare for SessionControllerCreateLandlordLogin {
    type Output = ();
    type Error = SessionControllerCreateLandlordLoginError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&SESSION_CONTROLLER_CREATE_LANDLORD_LOGIN, options)
            .path_param("shortName", &self.short_name)
            .query("email", &self.email)
            .query("title", &self.title)
            .query("forename", &self.forename)
            .query("surname", &self.surname)
            .query("propertyAddress", &self.property_address)
            .query("contactDetails", &self.contact_details)
            .query_opt("branchID", self.branch_id.as_deref())
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<()>, SdkError<SessionControllerCreateLandlordLoginError>> {
        response.empty()
    }
}

impl Prepare for SessionControllerGetSessionInfo {
    type Output = String;
    type Error = SessionControllerGetSessionInfoError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(
                &SESSION_CONTROLLER_GET_SESSION_INFO,
                accept(options, self.accept_xml),
            )
            .path_param("shortName", &self.short_name)
            .query_secret("token", &self.token)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<String>, SdkError<SessionControllerGetSessionInfoError>> {
        response.string()
    }
}

impl Prepare for SessionControllerLogin {
    type Output = Secret;
    type Error = SessionControllerLoginError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&SESSION_CONTROLLER_LOGIN, accept(options, self.accept_xml))
            .path_param("shortName", &self.short_name)
            .query("username", &self.username)
            .query_secret("password", &self.password)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<Secret>, SdkError<SessionControllerLoginError>> {
        response.token()
    }
}

impl Prepare for SessionControllerLogout {
    type Output = ();
    type Error = SessionControllerLogoutError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&SESSION_CONTROLLER_LOGOUT, options)
            .path_param("shortName", &self.short_name)
            .query_secret("token", &self.token)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<()>, SdkError<SessionControllerLogoutError>> {
        response.empty()
    }
}

impl Prepare for SessionControllerResetPassword {
    type Output = ();
    type Error = SessionControllerResetPasswordError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&SESSION_CONTROLLER_RESET_PASSWORD, options)
            .path_param("shortName", &self.short_name)
            .query("email", &self.email)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<()>, SdkError<SessionControllerResetPasswordError>> {
        response.empty()
    }
}
