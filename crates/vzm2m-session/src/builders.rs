//! The parameters of each operation: the `P` of the [`Call<P>`](crate::Call) an operation
//! method returns, with its optional parameters. Named after the operations, apart from the
//! models, so that both import.

use crate::models::{LogInRequest, SessionResetPasswordRequest};

/// The parameters of [`SessionController::login_using_post`](crate::apis::session_controller::SessionController::login_using_post).
#[derive(Debug)]
pub struct LoginUsingPost {
    pub(crate) body: Option<LogInRequest>,
}

/// The parameters of [`SessionController::logout_using_post`](crate::apis::session_controller::SessionController::logout_using_post).
#[derive(Debug)]
pub struct LogoutUsingPost {}

/// The parameters of [`SessionController::reset_using_put`](crate::apis::session_controller::SessionController::reset_using_put).
#[derive(Debug)]
pub struct ResetUsingPut {
    pub(crate) body: SessionResetPasswordRequest,
}
