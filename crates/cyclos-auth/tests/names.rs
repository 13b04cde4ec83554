//! The crate's names and the document's import side by side: the SDK's error is `SdkError`,
//! so the document's `Error` model (Cyclos's 500 body) is never ambiguous, and builders live
//! in `builders`, apart from the models of the same name.

#![allow(clippy::unwrap_used)]

use cyclos_auth::models::*;
use cyclos_auth::*;

#[test]
fn glob_imports_of_the_crate_and_its_models_do_not_clash() {
    // `Error` is the document's model, `SdkError` the SDK's.
    let model: Error = serde_json::from_str(r#"{"kind":"general","exceptionType":"E"}"#).unwrap();
    assert_eq!(model.kind, Some(ErrorKind::General));
    let sdk: SdkError = SdkError::InvalidRequest("refused".into());
    assert!(!sdk.is_retryable());
    // The model and the builder of the same name, each in its module.
    let _model: Option<ChangeForgottenPassword> = None;
    let _builder: Option<builders::ChangeForgottenPassword> = None;
}
