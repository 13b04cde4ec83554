//! The four login APIs' sessions, as the session suite drives them: each row
//! starts the crate's stateful mock and a `Session` on it, and says which
//! documented operations are its login, one call made through the session,
//! and its logout.

use std::time::Duration;

use session_sdks_runtime::mock::{MockApi, MockServer};
use session_sdks_runtime::{BoxFuture, Lifetime, SdkError, SessionSettings};

/// The mock of one API, as the suite needs it.
pub trait Mock: Send + Sync {
    /// Requests the mock received for one documented operation.
    fn requests(&self, operation: &str) -> usize;
    /// Ends every session on the server side.
    fn end_sessions(&self);
    /// The next call of `operation` answers `status` with its documented body.
    fn fail_next(&self, operation: &str, status: u16);
    /// The server-side account: see [`MockServer`]'s methods of the same names.
    fn account(&self) -> &dyn Account;
}

/// The account model of a mock: failed logins, lockout, live sessions, outages, stalls.
pub trait Account: Send + Sync {
    /// Failed logins in all.
    fn failed_logins(&self) -> usize;
    /// Live sessions.
    fn live_sessions(&self) -> usize;
    /// Whether `username` is locked out.
    fn is_locked(&self, username: &str) -> bool;
    /// Changes (or sets) `username`'s password at the server.
    fn add_user(&self, username: &str, password: &str);
    /// Locks after `failures` failed logins in a row.
    fn set_lockout(&self, failures: Option<u32>);
    /// At most `sessions` live sessions per user.
    fn set_max_sessions(&self, sessions: Option<usize>);
    /// Every call of `operation` answers `status` until `restore`.
    fn fail_all(&self, operation: &str, status: u16);
    /// Ends an outage.
    fn restore(&self, operation: &str);
    /// Holds every request of `operation` until `release`.
    fn stall(&self, operation: &str);
    /// Releases held requests.
    fn release(&self);
    /// Requests held now.
    fn stalled(&self) -> usize;
}

impl<A: MockApi> Account for MockServer<A> {
    fn failed_logins(&self) -> usize {
        MockServer::failed_logins(self)
    }
    fn live_sessions(&self) -> usize {
        MockServer::live_sessions(self)
    }
    fn is_locked(&self, username: &str) -> bool {
        MockServer::is_locked(self, username)
    }
    fn add_user(&self, username: &str, password: &str) {
        MockServer::add_user(self, username, password);
    }
    fn set_lockout(&self, failures: Option<u32>) {
        MockServer::set_lockout(self, failures);
    }
    fn set_max_sessions(&self, sessions: Option<usize>) {
        MockServer::set_max_sessions(self, sessions);
    }
    fn fail_all(&self, operation: &str, status: u16) {
        MockServer::fail_all(self, operation, status);
    }
    fn restore(&self, operation: &str) {
        MockServer::restore(self, operation);
    }
    fn stall(&self, operation: &str) {
        MockServer::stall(self, operation);
    }
    fn release(&self) {
        MockServer::release(self);
    }
    fn stalled(&self) -> usize {
        MockServer::stalled(self)
    }
}

impl<A: MockApi> Mock for MockServer<A> {
    fn requests(&self, operation: &str) -> usize {
        MockServer::requests(self, operation)
    }
    fn end_sessions(&self) {
        MockServer::end_sessions(self);
    }
    fn fail_next(&self, operation: &str, status: u16) {
        MockServer::fail_next(self, operation, status);
    }
    fn account(&self) -> &dyn Account {
        self
    }
}

/// A crate's `Session`, as the suite needs it.
pub trait Session: Send + Sync {
    /// `Session::start`, its typed error erased.
    fn start(&self) -> BoxFuture<'_, Result<(), SdkError>>;
    /// One documented call through the session.
    fn call(&self) -> BoxFuture<'_, Result<(), SdkError>>;
    /// `Session::close`.
    fn close(&self) -> BoxFuture<'_, Result<(), SdkError>>;
    /// `Debug` of the session.
    fn debug(&self) -> String;
    /// `Session::token`, exposed.
    fn token(&self) -> BoxFuture<'_, Result<String, SdkError>>;
    /// `Session::set_credentials` with the crate's default user and `password`.
    fn set_password(&self, password: &str);
}

/// A mock and a session on it.
pub struct Fixture {
    /// The crate's mock server.
    pub mock: Box<dyn Mock>,
    /// The crate's session on it.
    pub session: Box<dyn Session>,
}

impl Fixture {
    /// The server's account.
    pub fn account(&self) -> &dyn Account {
        self.mock.account()
    }
}

/// One login API.
#[derive(Clone, Copy)]
pub struct SessionRow {
    /// Crate name.
    pub krate: &'static str,
    /// The login operation's name.
    pub login: &'static str,
    /// The operation [`Session::call`] makes.
    pub call: &'static str,
    /// Whether that call can be made by many tasks at once (a Verizon reset
    /// changes the password, so it cannot).
    pub repeatable: bool,
    /// The logout operation's name.
    pub logout: &'static str,
    /// The mock's default user.
    pub username: &'static str,
    /// Starts the mock and a session with these settings on it.
    pub start: fn(SessionSettings) -> BoxFuture<'static, Fixture>,
}

/// Settings whose lifetime ends soon, renewed well ahead of it.
pub fn short_lived() -> SessionSettings {
    SessionSettings {
        lifetime: Some(Lifetime::Fixed(Duration::from_millis(600))),
        renew_before: Duration::from_millis(300),
        ..SessionSettings::default()
    }
}

macro_rules! erased {
    ($future:expr) => {
        Box::pin(async move { $future.await.map(drop).map_err(SdkError::map_entity) })
    };
}

macro_rules! erased_token {
    ($future:expr) => {
        Box::pin(async move {
            $future
                .await
                .map(|token| token.expose().to_owned())
                .map_err(SdkError::map_entity)
        })
    };
}

struct Controlm(controlm_session::Session);

impl Session for Controlm {
    fn token(&self) -> BoxFuture<'_, Result<String, SdkError>> {
        erased_token!(self.0.token())
    }
    fn set_password(&self, password: &str) {
        use controlm_session::mock::USERNAME;
        self.0
            .set_credentials(controlm_session::models::LoginCredentials::new(
                USERNAME, password,
            ));
    }
    fn start(&self) -> BoxFuture<'_, Result<(), SdkError>> {
        erased!(self.0.start())
    }
    fn call(&self) -> BoxFuture<'_, Result<(), SdkError>> {
        use controlm_session::mock::PASSWORD;
        use controlm_session::models::PasswordsObject;
        erased!(
            self.0
                .api()
                .update_my_password(PasswordsObject::new(PASSWORD, PASSWORD))
        )
    }
    fn close(&self) -> BoxFuture<'_, Result<(), SdkError>> {
        Box::pin(self.0.close())
    }
    fn debug(&self) -> String {
        format!("{:?} {:#?}", self.0, self.0)
    }
}

struct Cyclos(cyclos_auth::Session);

impl Session for Cyclos {
    fn token(&self) -> BoxFuture<'_, Result<String, SdkError>> {
        erased_token!(self.0.token())
    }
    fn set_password(&self, password: &str) {
        use cyclos_auth::mock::USERNAME;
        self.0
            .set_credentials(cyclos_auth::SessionCredentials::new(USERNAME, password));
    }
    fn start(&self) -> BoxFuture<'_, Result<(), SdkError>> {
        erased!(self.0.start())
    }
    fn call(&self) -> BoxFuture<'_, Result<(), SdkError>> {
        erased!(self.0.api().get_current_auth().into_future())
    }
    fn close(&self) -> BoxFuture<'_, Result<(), SdkError>> {
        Box::pin(self.0.close())
    }
    fn debug(&self) -> String {
        format!("{:?} {:#?}", self.0, self.0)
    }
}

struct Vzm2m(
    vzm2m_session::Session,
    std::sync::Arc<vzm2m_session::mock::MockServer>,
);

impl Session for Vzm2m {
    fn token(&self) -> BoxFuture<'_, Result<String, SdkError>> {
        erased_token!(self.0.token())
    }
    fn set_password(&self, password: &str) {
        use vzm2m_session::mock::USERNAME;
        self.0
            .set_credentials(vzm2m_session::models::LogInRequest::new(USERNAME, password));
    }
    fn start(&self) -> BoxFuture<'_, Result<(), SdkError>> {
        erased!(self.0.start())
    }
    fn call(&self) -> BoxFuture<'_, Result<(), SdkError>> {
        use vzm2m_session::mock::{PASSWORD, USERNAME};
        use vzm2m_session::models::SessionResetPasswordRequest;
        Box::pin(async move {
            let outcome = self
                .0
                .session()
                .reset_using_put(SessionResetPasswordRequest::new(PASSWORD))
                .await;
            // The mock chose a new password; the suite gives the old one back.
            self.1.add_user(USERNAME, PASSWORD);
            outcome.map(drop).map_err(SdkError::map_entity)
        })
    }
    fn close(&self) -> BoxFuture<'_, Result<(), SdkError>> {
        Box::pin(self.0.close())
    }
    fn debug(&self) -> String {
        format!("{:?} {:#?}", self.0, self.0)
    }
}

struct Letmc(letmc_session::Session);

impl Session for Letmc {
    fn token(&self) -> BoxFuture<'_, Result<String, SdkError>> {
        erased_token!(self.0.token())
    }
    fn set_password(&self, password: &str) {
        use letmc_session::mock::USERNAME;
        self.0
            .set_credentials(letmc_session::SessionCredentials::new(USERNAME, password));
    }
    fn start(&self) -> BoxFuture<'_, Result<(), SdkError>> {
        erased!(self.0.start())
    }
    fn call(&self) -> BoxFuture<'_, Result<(), SdkError>> {
        let short_name = self.0.short_name().to_owned();
        erased!(self.0.run(move |api, token| {
            api.session_controller_get_session_info(short_name.clone(), token)
                .into_future()
        }))
    }
    fn close(&self) -> BoxFuture<'_, Result<(), SdkError>> {
        Box::pin(self.0.close())
    }
    fn debug(&self) -> String {
        format!("{:?} {:#?}", self.0, self.0)
    }
}

/// The Verizon mock, shared with the session row that restores its password.
struct VzMock(std::sync::Arc<vzm2m_session::mock::MockServer>);

impl Mock for VzMock {
    fn requests(&self, operation: &str) -> usize {
        self.0.requests(operation)
    }
    fn end_sessions(&self) {
        self.0.end_sessions();
    }
    fn fail_next(&self, operation: &str, status: u16) {
        self.0.fail_next(operation, status);
    }
    fn account(&self) -> &dyn Account {
        &*self.0
    }
}

/// The four login APIs.
pub fn rows() -> Vec<SessionRow> {
    vec![
        SessionRow {
            krate: "controlm-session",
            login: "do_login",
            call: "update_my_password",
            repeatable: true,
            logout: "do_logout",
            username: controlm_session::mock::USERNAME,
            start: |settings| {
                Box::pin(async move {
                    use controlm_session::mock::{MockServer, PASSWORD, USERNAME};
                    use controlm_session::models::LoginCredentials;
                    let mock = MockServer::start().await;
                    let client =
                        controlm_session::Client::new(mock.url()).unwrap_or_else(|e| panic!("{e}"));
                    let session = controlm_session::Session::with_settings(
                        &client,
                        LoginCredentials::new(USERNAME, PASSWORD),
                        settings,
                    );
                    Fixture {
                        mock: Box::new(mock),
                        session: Box::new(Controlm(session)),
                    }
                })
            },
        },
        SessionRow {
            krate: "cyclos-auth",
            login: "login",
            call: "get_current_auth",
            repeatable: true,
            logout: "logout",
            username: cyclos_auth::mock::USERNAME,
            start: |settings| {
                Box::pin(async move {
                    use cyclos_auth::SessionCredentials;
                    use cyclos_auth::mock::{MockServer, PASSWORD, USERNAME};
                    let mock = MockServer::start().await;
                    let client =
                        cyclos_auth::Client::new(mock.url()).unwrap_or_else(|e| panic!("{e}"));
                    let session = cyclos_auth::Session::with_settings(
                        &client,
                        SessionCredentials::new(USERNAME, PASSWORD),
                        settings,
                    );
                    Fixture {
                        mock: Box::new(mock),
                        session: Box::new(Cyclos(session)),
                    }
                })
            },
        },
        SessionRow {
            krate: "vzm2m-session",
            login: "login_using_post",
            call: "reset_using_put",
            repeatable: false,
            logout: "logout_using_post",
            username: vzm2m_session::mock::USERNAME,
            start: |settings| {
                Box::pin(async move {
                    use vzm2m_session::mock::{
                        CLIENT_ID, CLIENT_SECRET, MockServer, PASSWORD, USERNAME,
                    };
                    use vzm2m_session::models::LogInRequest;
                    use vzm2m_session::{Environment, VzM2mClient};
                    let mock = std::sync::Arc::new(MockServer::start().await);
                    let client = VzM2mClient::builder(Environment::Staging)
                        .base_url(mock.url())
                        .oauth_base_url(mock.oauth_url())
                        .client_credentials(CLIENT_ID, CLIENT_SECRET)
                        .build()
                        .unwrap_or_else(|e| panic!("{e}"));
                    let session = vzm2m_session::Session::with_settings(
                        &client,
                        LogInRequest::new(USERNAME, PASSWORD),
                        settings,
                    );
                    Fixture {
                        mock: Box::new(VzMock(mock.clone())),
                        session: Box::new(Vzm2m(session, mock)),
                    }
                })
            },
        },
        SessionRow {
            krate: "letmc-session",
            login: "session_controller_login",
            call: "session_controller_get_session_info",
            repeatable: true,
            logout: "session_controller_logout",
            username: letmc_session::mock::USERNAME,
            start: |settings| {
                Box::pin(async move {
                    use letmc_session::mock::{MockServer, PASSWORD, USERNAME};
                    let mock = MockServer::start().await;
                    let client =
                        letmc_session::Client::new(mock.url()).unwrap_or_else(|e| panic!("{e}"));
                    let session = letmc_session::Session::with_settings(
                        &client, "acme", USERNAME, PASSWORD, settings,
                    );
                    Fixture {
                        mock: Box::new(mock),
                        session: Box::new(Letmc(session)),
                    }
                })
            },
        },
    ]
}
