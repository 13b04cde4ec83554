//! The document's models, one module per model doc.

mod error_data;
mod error_list;
mod login_credentials;
mod login_result;
mod passwords_object;
mod success_data;

pub use error_data::ErrorData;
pub use error_list::ErrorList;
pub use login_credentials::LoginCredentials;
pub use login_result::LoginResult;
pub use passwords_object::PasswordsObject;
pub use success_data::SuccessData;
