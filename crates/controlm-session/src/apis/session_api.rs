//! `SessionApi`: log in to Control-M, change the password, log out.

use session_sdks_runtime::{
    Call, CallOptions, Client, Prepare, Request, Response, ResponseValue, SdkError,
};

use crate::builders::{DoLogin, DoLogout, UpdateMyPassword};
use crate::models::{LoginCredentials, LoginResult, PasswordsObject, SuccessData};

use super::operations::{DO_LOGIN, DO_LOGOUT, UPDATE_MY_PASSWORD};

pub use super::errors::{DoLoginError, DoLogoutError, UpdateMyPasswordError};

/// The Control-M session service.
///
/// Log in without credentials, then call the others with a client from
/// `client.with_bearer_token(login.token)` (or `with_api_key("x-api-key", key)`
/// for an API token). Each method returns a [`Call`]: `.await` it, or set a
/// per-call timeout, deadline or retry policy first.
#[derive(Debug, Clone)]
pub struct SessionApi {
    client: Client,
}

impl SessionApi {
    /// The API over `client`.
    pub fn new(client: Client) -> Self {
        Self { client }
    }

    /// Sends a `POST` request to `/session/login`.
    ///
    /// login user to Control-M: authenticates the user with the specified
    /// password and returns a token for the subsequent requests.
    ///
    /// - **Returns** a [`LoginResult`] (with status and headers from [`Call::send`]).
    /// - **Errors**: `401` [`DoLoginError::Status401`] (the credentials were refused) and
    ///   `500` [`DoLoginError::Status500`], each an [`ErrorList`](crate::models::ErrorList); another status with a JSON
    ///   body is [`DoLoginError::Unknown`].
    /// - **Sent again** only if no connection could be made ([`Repeat::Once`](crate::Repeat::Once)): a
    ///   password that may have reached the server is never sent twice.
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use controlm_session::{Client, SessionApi, mock, models::LoginCredentials};
    ///
    /// let server = mock::MockServer::start().await;
    /// let api = SessionApi::new(Client::new(server.url())?);
    /// let login = api
    ///     .do_login(LoginCredentials::new(mock::USERNAME, mock::PASSWORD))
    ///     .await?;
    /// assert!(login.token.is_some());
    /// # Ok(()) }
    /// ```
    pub fn do_login(&self, body: LoginCredentials) -> Call<DoLogin> {
        Call::new(&self.client, DoLogin { body })
    }

    /// Sends a `POST` request to `/session/logout`.
    ///
    /// logout user from Control-M: ends the session of the request's token and
    /// removes it from the server memory. Sends `{}`, as the upstream client does.
    ///
    /// - **Returns** a [`SuccessData`].
    /// - **Errors**: `500` [`DoLogoutError::Status500`] ([`ErrorList`](crate::models::ErrorList)); another status with a
    ///   JSON body (`401` for an ended session) is [`DoLogoutError::Unknown`].
    /// - **Sent again** only when the server cannot have acted on it: no connection, or `429`
    ///   ([`Repeat::IfUnprocessed`](crate::Repeat::IfUnprocessed)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use controlm_session::{Client, SessionApi, mock, models::LoginCredentials};
    ///
    /// let server = mock::MockServer::start().await;
    /// let client = Client::new(server.url())?;
    /// let login = SessionApi::new(client.clone())
    ///     .do_login(LoginCredentials::new(mock::USERNAME, mock::PASSWORD))
    ///     .await?;
    /// let api = SessionApi::new(client.with_bearer_token(login.token.ok_or("no token")?));
    /// api.do_logout().await?;
    /// # Ok(()) }
    /// ```
    pub fn do_logout(&self) -> Call<DoLogout> {
        Call::new(&self.client, DoLogout {})
    }

    /// Sends a `POST` request to `/session/user/password/update`.
    ///
    /// Change my password.
    ///
    /// - **Returns** a [`SuccessData`].
    /// - **Errors**: `400` [`UpdateMyPasswordError::Status400`] (the new password was refused),
    ///   `404` [`UpdateMyPasswordError::Status404`] and `500`
    ///   [`UpdateMyPasswordError::Status500`], each an [`ErrorList`](crate::models::ErrorList); another status with a
    ///   JSON body is [`UpdateMyPasswordError::Unknown`].
    /// - **Sent again** only if no connection could be made ([`Repeat::Once`](crate::Repeat::Once)).
    ///
    /// ```
    /// # #[tokio::main]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use controlm_session::apis::session_api::UpdateMyPasswordError;
    /// use controlm_session::models::{LoginCredentials, PasswordsObject};
    /// use controlm_session::{Client, SessionApi, mock};
    ///
    /// let server = mock::MockServer::start().await;
    /// let client = Client::new(server.url())?;
    /// let login = SessionApi::new(client.clone())
    ///     .do_login(LoginCredentials::new(mock::USERNAME, mock::PASSWORD))
    ///     .await?;
    /// let api = SessionApi::new(client.with_bearer_token(login.token.ok_or("no token")?));
    /// let wrong = PasswordsObject::new("not-the-password", "new-password-1");
    /// let refused = api.update_my_password(wrong).await.unwrap_err();
    /// assert!(matches!(refused.entity(), Some(UpdateMyPasswordError::Status400(_))));
    /// # Ok(()) }
    /// ```
    pub fn update_my_password(&self, body: PasswordsObject) -> Call<UpdateMyPassword> {
        Call::new(&self.client, UpdateMyPassword { body })
    }
}

impl Prepare for DoLogin {
    type Output = LoginResult;
    type Error = DoLoginError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client.request(&DO_LOGIN, options).json(&self.body)
    }

    fn decode(response: Response) -> Result<ResponseValue<LoginResult>, SdkError<DoLoginError>> {
        response.json()
    }
}

impl Prepare for DoLogout {
    type Output = SuccessData;
    type Error = DoLogoutError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client.request(&DO_LOGOUT, options).json_text("{}")
    }

    fn decode(response: Response) -> Result<ResponseValue<SuccessData>, SdkError<DoLogoutError>> {
        response.json()
    }
}

impl Prepare for UpdateMyPassword {
    type Output = SuccessData;
    type Error = UpdateMyPasswordError;

    fn request(self, client: &Client, options: CallOptions) -> Request {
        client
            .request(&UPDATE_MY_PASSWORD, options)
            .json(&self.body)
    }

    fn decode(
        response: Response,
    ) -> Result<ResponseValue<SuccessData>, SdkError<UpdateMyPasswordError>> {
        response.json()
    }
}
