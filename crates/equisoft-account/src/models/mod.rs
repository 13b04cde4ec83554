//! The document's models, one module per model doc.

mod crm_session;
mod database_state;
mod error_payload;
mod impersonate_payload;
mod session;
mod session_payload;
mod session_state;
mod sso_provider;
mod sso_token;
mod user;
mod user_agreement;
mod user_agreement_state;
mod user_database;
mod user_state;

pub use crm_session::CrmSession;
pub use database_state::DatabaseState;
pub use error_payload::ErrorPayload;
pub use impersonate_payload::ImpersonatePayload;
pub use session::Session;
pub use session_payload::SessionPayload;
pub use session_state::SessionState;
pub use sso_provider::SsoProvider;
pub use sso_token::SsoToken;
pub use user::User;
pub use user_agreement::UserAgreement;
pub use user_agreement_state::UserAgreementState;
pub use user_database::UserDatabase;
pub use user_state::UserState;
