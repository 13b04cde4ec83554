//! The document's models, one module per model doc.

mod log_in_request;
mod log_in_response;
mod log_out_request;
mod oauth_token;
mod rest_error_response_exception;
mod session_reset_password_request;
mod session_reset_password_response;

pub use log_in_request::LogInRequest;
pub use log_in_response::LogInResponse;
pub use log_out_request::LogOutRequest;
pub use oauth_token::OauthToken;
pub use rest_error_response_exception::RestErrorResponseException;
pub use session_reset_password_request::SessionResetPasswordRequest;
pub use session_reset_password_response::SessionResetPasswordResponse;
