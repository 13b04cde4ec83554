//! The error codes Cyclos documents (the `code` of `UnauthorizedError`,
//! `ForbiddenError`, `ConflictError`, `InputError`, `ForgottenPasswordError`
//! and `OtpError`, and the `kind` of every error): the only server text an
//! error shows when its request carried a credential.

/// Every documented `code` and `kind` value, as sent on the wire.
pub(crate) const DOCUMENTED: &[&str] = &[
    // UnauthorizedErrorCode
    "invalidAccessClient",
    "invalidChannelUsage",
    "invalidNetwork",
    "loggedOut",
    "login",
    "missingAuthorization",
    "remoteAddressBlocked",
    "unauthorizedAddress",
    "unauthorizedUrl",
    // ForbiddenErrorCode
    "expiredPassword",
    "illegalAction",
    "inaccessibleChannel",
    "inaccessiblePrincipal",
    "indefinitelyBlocked",
    "invalidPassword",
    "operatorWithPendingAgreements",
    "pendingAgreements",
    "permissionDenied",
    "resetPassword",
    "temporarilyBlocked",
    // ConflictErrorCode
    "constraintViolatedOnRemove",
    "staleEntity",
    // InputErrorCode
    "aggregated",
    "dataConversion",
    "fileUploadSize",
    "maxItems",
    "missingParameter",
    "queryParse",
    "validation",
    // ForgottenPasswordErrorCode, OtpErrorCode
    "invalidSecurityAnswer",
    "errorSendingSms",
    "unexpected",
    // ErrorKind
    "buyVoucher",
    "forgottenPassword",
    "general",
    "initializeNfc",
    "nested",
    "nfcAuth",
    "otp",
    "payment",
    "personalizeNfc",
    "pos",
    "redeemVoucher",
    "shoppingCart",
    "shoppingCartCheckout",
];
