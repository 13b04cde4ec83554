//! The `errorCode` values of Verizon's error body that the SDK knows from
//! the document and the reference: the only server text an error shows when
//! its request carried a credential. (Verizon's full list of codes is on an
//! "Error Messages" page the reference could not retrieve; codes not listed
//! here are withheld.)

/// Every known `errorCode` value, as sent on the wire.
pub(crate) const DOCUMENTED: &[&str] = &[
    "REQUEST_FAILED.SessionToken.Expired",
    "REQUEST_FAILED.UnexpectedError",
];
