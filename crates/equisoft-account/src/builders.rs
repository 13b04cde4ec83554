//! The parameters of each operation: the `P` of the [`Call<P>`](crate::Call) an operation
//! method returns, with its optional parameters. Named after the operations, apart from the
//! models, so that both import.

use session_sdks_runtime::Secret;

use crate::models::{ImpersonatePayload, SessionPayload};

/// The parameters of [`SessionApi::create_session`](crate::apis::session_api::SessionApi::create_session).
#[derive(Debug)]
pub struct CreateSession {
    pub(crate) session_payload: SessionPayload,
}

/// The parameters of [`SessionApi::delete_all_sessions`](crate::apis::session_api::SessionApi::delete_all_sessions).
#[derive(Debug)]
pub struct DeleteAllSessions {}

/// The parameters of [`SessionApi::delete_session`](crate::apis::session_api::SessionApi::delete_session).
#[derive(Debug)]
pub struct DeleteSession {
    pub(crate) uuid: String,
}

/// The parameters of [`SessionApi::delete_session_sso_token`](crate::apis::session_api::SessionApi::delete_session_sso_token).
#[derive(Debug)]
pub struct DeleteSessionSsoToken {
    pub(crate) uuid: String,
    pub(crate) token_id: String,
}

/// The parameters of [`SessionApi::enable_session`](crate::apis::session_api::SessionApi::enable_session).
#[derive(Debug)]
pub struct EnableSession {
    pub(crate) uuid: String,
}

/// The parameters of [`SessionApi::enable_session_for_crm`](crate::apis::session_api::SessionApi::enable_session_for_crm).
#[derive(Debug)]
pub struct EnableSessionForCrm {
    pub(crate) uuid: String,
    pub(crate) bump_oldest_session: Option<bool>,
}

impl EnableSessionForCrm {
    /// When concurrent access is exceeded, delete the oldest session
    /// (`?bumpOldestSession=true`); unset, the parameter is not sent.
    pub fn bump_oldest_session(mut self, bump_oldest_session: bool) -> Self {
        self.bump_oldest_session = Some(bump_oldest_session);
        self
    }
}

/// The parameters of [`SessionApi::get_session`](crate::apis::session_api::SessionApi::get_session).
#[derive(Debug)]
pub struct GetSession {
    pub(crate) uuid: String,
}

/// The parameters of [`SessionApi::get_session_sso_token`](crate::apis::session_api::SessionApi::get_session_sso_token).
#[derive(Debug)]
pub struct GetSessionSsoToken {
    pub(crate) uuid: String,
    pub(crate) token_id: String,
}

/// The parameters of [`SessionApi::impersonate`](crate::apis::session_api::SessionApi::impersonate).
#[derive(Debug)]
pub struct Impersonate {
    pub(crate) uuid: String,
    pub(crate) impersonate_payload: ImpersonatePayload,
}

/// The parameters of [`SessionApi::revert_identity`](crate::apis::session_api::SessionApi::revert_identity).
#[derive(Debug)]
pub struct RevertIdentity {
    pub(crate) uuid: String,
}

/// The parameters of [`SessionApi::set_session_sso_token`](crate::apis::session_api::SessionApi::set_session_sso_token).
#[derive(Debug)]
pub struct SetSessionSsoToken {
    pub(crate) uuid: String,
    pub(crate) token_id: String,
    pub(crate) body: Secret,
}
