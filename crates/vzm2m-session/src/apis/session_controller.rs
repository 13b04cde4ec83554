//! `SessionController`: start and end Connectivity Management sessions, and
//! reset the session user's password.

use session_sdks_runtime::{
    Call, CallOptions, Client, Prepare, Request, Response, ResponseValue, SdkError,
};

use crate::VZ_M2M_TOKEN;
use crate::builders::{LoginUsingPost, LogoutUsingPost, ResetUsingPut};
use crate::models::{
    LogInRequest, LogInResponse, LogOutRequest, SessionResetPasswordRequest,
    SessionResetPasswordResponse,
};

use super::operations::{LOGIN_USING_POST, LOGOUT_USING_POST, RESET_USING_PUT};

pub use super::errors::{LoginUsingPostError, LogoutUsingPostError, ResetUsingPutError};

/// Start and end Connectivity Management sessions.
///
/// Every call needs the ThingSpace OAuth token (`Authorization: Bearer`), which
/// a client from [`VzM2mClient`](crate::VzM2mClient) fetches itself; logout and
/// reset also need the session token from the login (`VZ-M2M-Token`), added by
/// [`VzM2mClient::with_session_token`](crate::VzM2mClient::with_session_token)
/// or `client.with_token_header("VZ-M2M-Token", token)`.
#[derive(Debug, Clone)]
pub struct SessionController {
    client: Client,
}

impl SessionController {
    /// The API over `client`.
    pub fn new(client: Client) -> Self {
        Self { client }
    }

    /// Sends a `POST` request to `/session/login`.
    ///
    /// Initiates a Connectivity Management session and returns a VZ-M2M session
    /// token that is required in subsequent API requests. No `VZ-M2M-Token` is
    /// sent, even when the client has one.
    ///
    /// - **Returns** a [`LogInResponse`] (with status and headers from [`Call::send`]): its
    ///   `session_token` goes to
    ///   [`VzM2mClient::with_session_token`](crate::VzM2mClient::with_session_token).
    /// - **Errors**: `400` [`LoginUsingPostError::Status400`] ([`RestErrorResponseException`](crate::models::RestErrorResponseException),
    ///   whose `errorCode` says why, e.g. refused credentials or a locked account); another
    ///   status with a JSON body is [`LoginUsingPostError::Unknown`].
    /// - **Sent again** only if no connection could be made ([`Repeat::Once`](crate::Repeat::Once)): a password that
    ///   may have reached the server is never sent twice, and five failed logins lock the account.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use vzm2m_session::{Environment, VzM2mClient, mock};
    /// # let server = mock::MockServer::start().await;
    /// # let client = VzM2mClient::builder(Environment::Production)
    /// #     .base_url(server.url())
    /// #     .oauth_base_url(server.oauth_url())
    /// #     .client_credentials(mock::CLIENT_ID, mock::CLIENT_SECRET)
    /// #     .build()?;
    /// use vzm2m_session::models::LogInRequest;
    ///
    /// let body = LogInRequest::new(mock::USERNAME, mock::PASSWORD);
    /// let login = client.session().login_using_post(Some(body)).await?;
    /// let session = client.with_session_token(login.session_token.ok_or("no token")?);
    /// # session.session().logout_using_post().await?;
    /// # Ok(()) }
    /// ```
    pub fn login_using_post(&self, body: Option<LogInRequest>) -> Call<LoginUsingPost> {
        Call::new(&self.client, LoginUsingPost { body })
    }

    /// Sends a `POST` request to `/session/logout`.
    ///
    /// Ends a Connectivity Management session: the one whose token the client
    /// sends as `VZ-M2M-Token`.
    ///
    /// - **Returns** a [`LogOutRequest`]: the document's name for the answer, which echoes the
    ///   ended session's token.
    /// - **Errors**: `400` [`LogoutUsingPostError::Status400`] ([`RestErrorResponseException`](crate::models::RestErrorResponseException),
    ///   whose `errorCode` says why, e.g. an expired or ended session token); another status
    ///   with a JSON body is [`LogoutUsingPostError::Unknown`].
    /// - **Sent again** only when the server cannot have acted on it: no connection, `429`, or a
    ///   `401` whose token was renewed ([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use vzm2m_session::{Environment, VzM2mClient, mock, models::LogInRequest};
    /// # let server = mock::MockServer::start().await;
    /// # let client = VzM2mClient::builder(Environment::Production)
    /// #     .base_url(server.url())
    /// #     .oauth_base_url(server.oauth_url())
    /// #     .client_credentials(mock::CLIENT_ID, mock::CLIENT_SECRET)
    /// #     .build()?;
    /// # let body = LogInRequest::new(mock::USERNAME, mock::PASSWORD);
    /// # let login = client.session().login_using_post(Some(body)).await?;
    /// # let session = client.with_session_token(login.session_token.ok_or("no token")?);
    /// use vzm2m_session::apis::session_controller::LogoutUsingPostError;
    ///
    /// let ended = session.session().logout_using_post().await?;
    /// assert!(ended.session_token.is_some());
    /// // The session is over: a second logout is the documented 400.
    /// let again = session.session().logout_using_post().await.unwrap_err();
    /// assert!(matches!(again.entity(), Some(LogoutUsingPostError::Status400(_))));
    /// # Ok(()) }
    /// ```
    pub fn logout_using_post(&self) -> Call<LogoutUsingPost> {
        Call::new(&self.client, LogoutUsingPost {})
    }

    /// Sends a `PUT` request to `/session/password/actions/reset`.
    ///
    /// The new password is effective immediately. Passwords do not expire, but
    /// Verizon recommends changing your password every 90 days. The server
    /// chooses the new password and returns it.
    ///
    /// - **Returns** a [`SessionResetPasswordResponse`]: its `new_password` is the only copy of
    ///   the new password.
    /// - **Errors**: `400` [`ResetUsingPutError::Status400`] ([`RestErrorResponseException`](crate::models::RestErrorResponseException),
    ///   whose `errorCode` says why, e.g. a wrong old password or an expired session token);
    ///   another status with a JSON body is [`ResetUsingPutError::Unknown`].
    /// - **Sent again** only if no connection could be made ([`Repeat::Once`](crate::Repeat::Once)): a second reset
    ///   would lose the first new password; a `401` renews the OAuth token for the next call but
    ///   is returned.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use vzm2m_session::{Environment, VzM2mClient, mock, models::LogInRequest};
    /// # let server = mock::MockServer::start().await;
    /// # let client = VzM2mClient::builder(Environment::Production)
    /// #     .base_url(server.url())
    /// #     .oauth_base_url(server.oauth_url())
    /// #     .client_credentials(mock::CLIENT_ID, mock::CLIENT_SECRET)
    /// #     .build()?;
    /// # let body = LogInRequest::new(mock::USERNAME, mock::PASSWORD);
    /// # let login = client.session().login_using_post(Some(body)).await?;
    /// # let session = client.with_session_token(login.session_token.ok_or("no token")?);
    /// use vzm2m_session::models::SessionResetPasswordRequest;
    ///
    /// let body = SessionResetPasswordRequest::new(mock::PASSWORD);
    /// let reset = session.session().reset_using_put(body).await?;
    /// let new_password = reset.new_password.ok_or("no password")?;
    /// assert!(!new_password.is_empty());
    /// # Ok(()) }
    /// ```
    pub fn reset_using_put(&self, body: SessionResetPasswordRequest) -> Call<ResetUsingPut> {
        Call::new(&self.client, ResetUsingPut { body })
    }
}

impl Prepare for LoginUsingPost {
    type Output = LogInResponse;
    type Error = LoginUsingPostError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        let mut request = client
            .without_header(VZ_M2M_TOKEN)
            .request(&LOGIN_USING_POST, options);
        if let Some(body) = &self.body {
            request = request.json(body);
        }
        request
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<LogInResponse>, SdkError<LoginUsingPostError>> {
        response.json()
    }
}

impl Prepare for LogoutUsingPost {
    type Output = LogOutRequest;
    type Error = LogoutUsingPostError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client.request(&LOGOUT_USING_POST, options)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<LogOutRequest>, SdkError<LogoutUsingPostError>> {
        response.json()
    }
}

impl Prepare for ResetUsingPut {
    type Output = SessionResetPasswordResponse;
    type Error = ResetUsingPutError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client.request(&RESET_USING_PUT, options).json(&self.body)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<SessionResetPasswordResponse>, SdkError<ResetUsingPutError>> {
        response.json()
    }
}
