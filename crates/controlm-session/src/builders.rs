//! The parameters of each operation: the `P` of the [`Call<P>`](crate::Call) an operation
//! method returns. Named after the operations, apart from the models, so that both import.

use crate::models::{LoginCredentials, PasswordsObject};

/// The parameters of [`SessionApi::do_login`](crate::SessionApi::do_login).
#[derive(Debug)]
pub struct DoLogin {
    pub(crate) body: LoginCredentials,
}

/// The parameters of [`SessionApi::do_logout`](crate::SessionApi::do_logout): none.
#[derive(Debug)]
pub struct DoLogout {}

/// The parameters of [`SessionApi::update_my_password`](crate::SessionApi::update_my_password).
#[derive(Debug)]
pub struct UpdateMyPassword {
    pub(crate) body: PasswordsObject,
}
