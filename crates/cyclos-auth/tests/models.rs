//! A JSON round trip for every model: each wire name, type and enum value decodes and
//! encodes back to the same document. Generated from the document's model tables.

#![allow(clippy::unwrap_used)]

use cyclos_auth::models::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn round_trip<T: Serialize + DeserializeOwned>(json: &str) -> T {
    let value: Value = serde_json::from_str(json).unwrap();
    let model: T = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(serde_json::to_value(&model).unwrap(), value);
    model
}

fn enum_round_trip<T: Serialize + DeserializeOwned + std::fmt::Debug>(values: &[&str]) -> Vec<T> {
    let mut decoded = Vec::new();
    for value in values.iter().copied().chain(["notKnownYet"]) {
        let json = Value::String(value.to_owned());
        let model: T = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(serde_json::to_value(&model).unwrap(), json, "{model:?}");
        decoded.push(model);
    }
    decoded
}

#[test]
fn account() {
    round_trip::<Account>(
        r##"{"id": "id-1", "number": "number-1", "type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}}"##,
    );
}

#[test]
fn account_kind() {
    let decoded = enum_round_trip::<AccountKind>(&["system", "user"]);
    assert_eq!(decoded[0], AccountKind::System);
    assert_eq!(decoded[0].as_str(), "system");
    assert_eq!(
        decoded.last(),
        Some(&AccountKind::Unknown("notKnownYet".into()))
    );
}

#[test]
fn account_permissions() {
    round_trip::<AccountPermissions>(
        r##"{"account": {"id": "id-1", "number": "number-1", "type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "currency": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "symbol": "symbol-1", "prefix": "prefix-1", "suffix": "suffix-1", "transactionNumberPattern": "transactionNumberPattern-1", "decimalDigits": 7}}, "visible": true, "systemPayments": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "related": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}}], "userPayments": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "related": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}}], "selfPayments": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "related": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}}], "posPayments": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "related": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}}]}"##,
    );
}

#[test]
fn account_with_currency() {
    round_trip::<AccountWithCurrency>(
        r##"{"id": "id-1", "number": "number-1", "type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "currency": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "symbol": "symbol-1", "prefix": "prefix-1", "suffix": "suffix-1", "transactionNumberPattern": "transactionNumberPattern-1", "decimalDigits": 7}}"##,
    );
}

#[test]
fn account_with_owner() {
    round_trip::<AccountWithOwner>(
        r##"{"id": "id-1", "number": "number-1", "type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "kind": "user", "user": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {"id": "id-1", "name": "name-1", "contentType": "contentType-1", "length": 7, "url": "url-1", "width": 7, "height": 7}, "user": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {}, "user": {}}}}"##,
    );
}

#[test]
fn ad() {
    round_trip::<Ad>(
        r##"{"id": "id-1", "name": "name-1", "kind": "webshop", "image": {"id": "id-1", "name": "name-1", "contentType": "contentType-1", "length": 7, "url": "url-1", "width": 7, "height": 7}}"##,
    );
}

#[test]
fn ad_kind() {
    let decoded = enum_round_trip::<AdKind>(&["simple", "webshop"]);
    assert_eq!(decoded[0], AdKind::Simple);
    assert_eq!(decoded[0].as_str(), "simple");
    assert_eq!(decoded.last(), Some(&AdKind::Unknown("notKnownYet".into())));
}

#[test]
fn auth() {
    round_trip::<Auth>(
        r##"{"user": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {"id": "id-1", "name": "name-1", "contentType": "contentType-1", "length": 7, "url": "url-1", "width": 7, "height": 7}, "user": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {}, "user": {}}}, "language": {"id": "id-1", "version": 7}, "global": true, "role": "operator", "systemAdministrator": true, "aliasOperator": true, "permissions": {"users": {"search": true, "viewProfile": true, "map": true, "contacts": true}, "myProfile": {"editProfile": true, "manageAddresses": true, "manageAddressesPrivacy": true, "managePhones": true, "managePhonesPrivacy": true, "manageImages": true, "manageContactInfos": true, "canCreateAddress": true, "canCreateLandLine": true, "canCreateMobile": true, "canCreateImage": true, "canCreateContactInfo": true, "maxAddresses": 7, "maxMobiles": 7, "maxLandLines": 7, "maxImages": 7, "maxContactInfos": 7, "addressAvailability": "required", "mobileAvailability": "required", "landLineAvailability": "required", "profileImageAvailability": "required", "contactInfoAvailability": "required"}, "banking": {"accounts": [{}], "payments": {}, "authorizations": {}, "scheduledPayments": {}, "recurringPayments": {}, "externalPayments": {}, "paymentRequests": {}, "tickets": {}}, "marketplace": {"search": true, "ownAdvertisements": true, "manageOwnAdvertisements": true, "purchase": true, "viewAdvertisements": true, "viewWebshop": true}, "passwords": {"manage": true, "passwords": [{}]}, "records": {"user": [{}], "system": [{}]}, "operations": {"user": [{}], "system": [{}]}, "contacts": {"enable": true, "hasVisibleFields": true, "hasEditableFields": true}, "notifications": {"enable": true}, "tokens": {"nfc": [{}]}}, "sessionToken": "sessionToken-1", "accessClient": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "principalType": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "principal": "principal-1", "passwordType": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "global": true, "mode": "script"}, "secondaryPasswordType": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "global": true, "mode": "script"}, "expiredPassword": true, "pendingAgreements": true, "expiredSecondaryPassword": true, "pendingSecondaryPassword": true, "configuration": {"id": "id-1", "version": 7}}"##,
    );
}

#[test]
fn availability_enum() {
    let decoded = enum_round_trip::<AvailabilityEnum>(&["disabled", "optional", "required"]);
    assert_eq!(decoded[0], AvailabilityEnum::Disabled);
    assert_eq!(decoded[0].as_str(), "disabled");
    assert_eq!(
        decoded.last(),
        Some(&AvailabilityEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn banking_permissions() {
    round_trip::<BankingPermissions>(
        r##"{"accounts": [{"account": {"id": "id-1", "number": "number-1", "type": {}, "currency": {}}, "visible": true, "systemPayments": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "related": {}}], "userPayments": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "related": {}}], "selfPayments": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "related": {}}], "posPayments": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "related": {}}]}], "payments": {"user": true, "system": true, "self": true, "pos": true}, "authorizations": {"authorize": true, "deny": true, "cancel": true, "view": true}, "scheduledPayments": {"block": true, "unblock": true, "cancel": true, "settle": true, "view": true, "process": true}, "recurringPayments": {"cancel": true, "view": true}, "externalPayments": {"view": true}, "paymentRequests": {"accept": true, "reject": true, "cancel": true, "reschedule": true, "changeExpiration": true, "authorize": true, "view": true}, "tickets": {"view": true, "create": true, "cancel": true, "accept": true, "approve": true}}"##,
    );
}

#[test]
fn base_auth() {
    round_trip::<BaseAuth>(
        r##"{"user": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {"id": "id-1", "name": "name-1", "contentType": "contentType-1", "length": 7, "url": "url-1", "width": 7, "height": 7}, "user": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {}, "user": {}}}, "language": {"id": "id-1", "version": 7}, "global": true, "role": "operator", "systemAdministrator": true, "aliasOperator": true, "permissions": {"users": {"search": true, "viewProfile": true, "map": true, "contacts": true}, "myProfile": {"editProfile": true, "manageAddresses": true, "manageAddressesPrivacy": true, "managePhones": true, "managePhonesPrivacy": true, "manageImages": true, "manageContactInfos": true, "canCreateAddress": true, "canCreateLandLine": true, "canCreateMobile": true, "canCreateImage": true, "canCreateContactInfo": true, "maxAddresses": 7, "maxMobiles": 7, "maxLandLines": 7, "maxImages": 7, "maxContactInfos": 7, "addressAvailability": "required", "mobileAvailability": "required", "landLineAvailability": "required", "profileImageAvailability": "required", "contactInfoAvailability": "required"}, "banking": {"accounts": [{}], "payments": {}, "authorizations": {}, "scheduledPayments": {}, "recurringPayments": {}, "externalPayments": {}, "paymentRequests": {}, "tickets": {}}, "marketplace": {"search": true, "ownAdvertisements": true, "manageOwnAdvertisements": true, "purchase": true, "viewAdvertisements": true, "viewWebshop": true}, "passwords": {"manage": true, "passwords": [{}]}, "records": {"user": [{}], "system": [{}]}, "operations": {"user": [{}], "system": [{}]}, "contacts": {"enable": true, "hasVisibleFields": true, "hasEditableFields": true}, "notifications": {"enable": true}, "tokens": {"nfc": [{}]}}, "sessionToken": "sessionToken-1", "accessClient": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "principalType": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "principal": "principal-1", "passwordType": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "global": true, "mode": "script"}, "secondaryPasswordType": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "global": true, "mode": "script"}, "expiredPassword": true, "pendingAgreements": true, "expiredSecondaryPassword": true, "pendingSecondaryPassword": true}"##,
    );
}

#[test]
fn captcha_provider_enum() {
    let decoded = enum_round_trip::<CaptchaProviderEnum>(&["internal"]);
    assert_eq!(decoded[0], CaptchaProviderEnum::Internal);
    assert_eq!(decoded[0].as_str(), "internal");
    assert_eq!(
        decoded.last(),
        Some(&CaptchaProviderEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn captcha_response() {
    round_trip::<CaptchaResponse>(r##"{"challenge": "challenge-1", "response": "response-1"}"##);
}

#[test]
fn change_forgotten_password() {
    round_trip::<ChangeForgottenPassword>(
        r##"{"key": "key-1", "securityAnswer": "securityAnswer-1", "newPassword": "newPassword-1", "checkConfirmation": true, "newPasswordConfirmation": "newPasswordConfirmation-1"}"##,
    );
}

#[test]
fn conflict_error() {
    round_trip::<ConflictError>(r##"{"code": "staleEntity"}"##);
}

#[test]
fn conflict_error_code() {
    let decoded =
        enum_round_trip::<ConflictErrorCode>(&["constraintViolatedOnRemove", "staleEntity"]);
    assert_eq!(decoded[0], ConflictErrorCode::ConstraintViolatedOnRemove);
    assert_eq!(decoded[0].as_str(), "constraintViolatedOnRemove");
    assert_eq!(
        decoded.last(),
        Some(&ConflictErrorCode::Unknown("notKnownYet".into()))
    );
}

#[test]
fn contacts_permissions() {
    round_trip::<ContactsPermissions>(
        r##"{"enable": true, "hasVisibleFields": true, "hasEditableFields": true}"##,
    );
}

#[test]
fn currency() {
    round_trip::<Currency>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "symbol": "symbol-1", "prefix": "prefix-1", "suffix": "suffix-1", "transactionNumberPattern": "transactionNumberPattern-1", "decimalDigits": 7}"##,
    );
}

#[test]
fn custom_field() {
    round_trip::<CustomField>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "type": "url", "linkedEntityType": "user", "control": "upload", "kind": "user", "decimalDigits": 7}"##,
    );
}

#[test]
fn custom_field_control_enum() {
    let decoded = enum_round_trip::<CustomFieldControlEnum>(&[
        "checkbox",
        "entitySelection",
        "multiSelection",
        "radio",
        "richEditor",
        "singleSelection",
        "text",
        "textarea",
        "upload",
    ]);
    assert_eq!(decoded[0], CustomFieldControlEnum::Checkbox);
    assert_eq!(decoded[0].as_str(), "checkbox");
    assert_eq!(
        decoded.last(),
        Some(&CustomFieldControlEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn custom_field_detailed() {
    round_trip::<CustomFieldDetailed>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "type": "url", "linkedEntityType": "user", "control": "upload", "kind": "user", "decimalDigits": 7, "informationText": "informationText-1", "size": "tiny", "pattern": "pattern-1", "required": true, "allSelectedLabel": "allSelectedLabel-1", "defaultValue": "defaultValue-1", "possibleValueCategories": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1"}], "hasValuesList": true, "possibleValues": [{"id": "id-1", "value": "value-1", "default": true, "internalName": "internalName-1", "category": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}}], "dynamicValues": [{"value": "value-1", "label": "label-1", "defaultValue": true}], "stringValues": ["stringValues-1"], "dateValues": ["2024-05-01T10:15:00Z"], "integerValues": [7], "decimalValues": ["-12.50"], "adValues": [{"id": "id-1", "name": "name-1", "kind": "webshop", "image": {"id": "id-1", "name": "name-1", "contentType": "contentType-1", "length": 7, "url": "url-1", "width": 7, "height": 7}}], "transactionValues": [{"id": "id-1", "display": "display-1", "transactionNumber": "transactionNumber-1", "kind": "ticket", "ticketNumber": "ticketNumber-1", "date": "2024-05-01T10:15:00Z", "amount": "-12.50", "fromKind": "user", "fromUser": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {}, "user": {}}, "toKind": "user", "toUser": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {}, "user": {}}, "type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "from": {}, "to": {}}, "currency": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "symbol": "symbol-1", "prefix": "prefix-1", "suffix": "suffix-1", "transactionNumberPattern": "transactionNumberPattern-1", "decimalDigits": 7}, "authorizationStatus": "pending", "description": "description-1"}], "transferValues": [{"id": "id-1", "display": "display-1", "date": "2024-05-01T10:15:00Z", "amount": "-12.50", "type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "currency": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "symbol": "symbol-1", "prefix": "prefix-1", "suffix": "suffix-1", "transactionNumberPattern": "transactionNumberPattern-1", "decimalDigits": 7}, "from": {"id": "id-1", "number": "number-1", "type": {}, "kind": "user", "user": {}}, "to": {"id": "id-1", "number": "number-1", "type": {}, "kind": "user", "user": {}}, "transactionNumber": "transactionNumber-1", "statuses": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "flow": {}}]}], "recordValues": [{"id": "id-1", "display": "display-1", "kind": "user"}], "userValues": [{"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {"id": "id-1", "name": "name-1", "contentType": "contentType-1", "length": 7, "url": "url-1", "width": 7, "height": 7}, "user": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {}, "user": {}}}], "maxFiles": 7, "mimeTypes": ["mimeTypes-1"], "allowedMimeTypes": ["video"], "otherMimeTypes": ["otherMimeTypes-1"]}"##,
    );
}

#[test]
fn custom_field_dynamic_value() {
    round_trip::<CustomFieldDynamicValue>(
        r##"{"value": "value-1", "label": "label-1", "defaultValue": true}"##,
    );
}

#[test]
fn custom_field_kind() {
    let decoded = enum_round_trip::<CustomFieldKind>(&[
        "contact",
        "contactInfo",
        "custom_operation",
        "document",
        "marketplace",
        "record",
        "transaction",
        "user",
    ]);
    assert_eq!(decoded[0], CustomFieldKind::Contact);
    assert_eq!(decoded[0].as_str(), "contact");
    assert_eq!(
        decoded.last(),
        Some(&CustomFieldKind::Unknown("notKnownYet".into()))
    );
}

#[test]
fn custom_field_possible_value() {
    round_trip::<CustomFieldPossibleValue>(
        r##"{"id": "id-1", "value": "value-1", "default": true, "internalName": "internalName-1", "category": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}}"##,
    );
}

#[test]
fn custom_field_size_enum() {
    let decoded =
        enum_round_trip::<CustomFieldSizeEnum>(&["full", "large", "medium", "small", "tiny"]);
    assert_eq!(decoded[0], CustomFieldSizeEnum::Full);
    assert_eq!(decoded[0].as_str(), "full");
    assert_eq!(
        decoded.last(),
        Some(&CustomFieldSizeEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn custom_field_type_enum() {
    let decoded = enum_round_trip::<CustomFieldTypeEnum>(&[
        "boolean",
        "date",
        "decimal",
        "dynamicSelection",
        "file",
        "image",
        "integer",
        "linkedEntity",
        "multiSelection",
        "richText",
        "singleSelection",
        "string",
        "text",
        "url",
    ]);
    assert_eq!(decoded[0], CustomFieldTypeEnum::Boolean);
    assert_eq!(decoded[0].as_str(), "boolean");
    assert_eq!(
        decoded.last(),
        Some(&CustomFieldTypeEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn data_for_change_forgotten_password() {
    round_trip::<DataForChangeForgottenPassword>(
        r##"{"generated": true, "securityQuestion": "securityQuestion-1"}"##,
    );
}

#[test]
fn data_for_login() {
    round_trip::<DataForLogin>(
        r##"{"accessPasswordType": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "principalTypes": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "kind": "username", "customField": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "type": "url", "linkedEntityType": "user", "control": "upload", "kind": "user", "decimalDigits": 7, "informationText": "informationText-1", "size": "tiny", "pattern": "pattern-1", "required": true, "allSelectedLabel": "allSelectedLabel-1", "defaultValue": "defaultValue-1", "possibleValueCategories": [{}], "hasValuesList": true, "possibleValues": [{}], "dynamicValues": [{}], "stringValues": ["stringValues-1"], "dateValues": ["2024-05-01T10:15:00Z"], "integerValues": [7], "decimalValues": ["-12.50"], "adValues": [{}], "transactionValues": [{}], "transferValues": [{}], "recordValues": [{}], "userValues": [{}], "maxFiles": 7, "mimeTypes": ["mimeTypes-1"], "allowedMimeTypes": ["video"], "otherMimeTypes": ["otherMimeTypes-1"]}, "tokenType": "swipe", "mask": "mask-1", "allowManualInput": true, "example": "example-1"}], "defaultPrincipalType": "defaultPrincipalType-1", "extraForgotPasswordPrincipalTypes": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "kind": "username", "customField": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "type": "url", "linkedEntityType": "user", "control": "upload", "kind": "user", "decimalDigits": 7, "informationText": "informationText-1", "size": "tiny", "pattern": "pattern-1", "required": true, "allSelectedLabel": "allSelectedLabel-1", "defaultValue": "defaultValue-1", "possibleValueCategories": [{}], "hasValuesList": true, "possibleValues": [{}], "dynamicValues": [{}], "stringValues": ["stringValues-1"], "dateValues": ["2024-05-01T10:15:00Z"], "integerValues": [7], "decimalValues": ["-12.50"], "adValues": [{}], "transactionValues": [{}], "transferValues": [{}], "recordValues": [{}], "userValues": [{}], "maxFiles": 7, "mimeTypes": ["mimeTypes-1"], "allowedMimeTypes": ["video"], "otherMimeTypes": ["otherMimeTypes-1"]}, "tokenType": "swipe", "mask": "mask-1", "allowManualInput": true, "example": "example-1"}], "loginPasswordInput": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "inputMethod": "virtualKeyboard", "mode": "script", "hasActivePassword": true, "confirmationPasswordOncePerSession": true, "minLength": 7, "maxLength": 7, "otpSendMediums": ["sms"], "numberOfButtons": 7, "buttonsPerRow": 7, "buttons": [["buttons-1"]]}, "forgotPasswordCaptchaProvider": "internal", "forgotPasswordMediums": ["sms"]}"##,
    );
}

#[test]
fn entity() {
    round_trip::<Entity>(r##"{"id": "id-1"}"##);
}

#[test]
fn entity_reference() {
    round_trip::<EntityReference>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1"}"##,
    );
}

#[test]
fn error() {
    round_trip::<Error>(
        r##"{"kind": "shoppingCartCheckout", "exceptionType": "exceptionType-1", "exceptionMessage": "exceptionMessage-1"}"##,
    );
}

#[test]
fn error_kind() {
    let decoded = enum_round_trip::<ErrorKind>(&[
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
    ]);
    assert_eq!(decoded[0], ErrorKind::BuyVoucher);
    assert_eq!(decoded[0].as_str(), "buyVoucher");
    assert_eq!(
        decoded.last(),
        Some(&ErrorKind::Unknown("notKnownYet".into()))
    );
}

#[test]
fn external_payments_permissions() {
    round_trip::<ExternalPaymentsPermissions>(r##"{"view": true}"##);
}

#[test]
fn file_mime_type_enum() {
    let decoded = enum_round_trip::<FileMimeTypeEnum>(&[
        "audio",
        "html",
        "image",
        "ms_excel",
        "ms_powerpoint",
        "ms_word",
        "od_presentation",
        "od_spreadsheet",
        "od_text",
        "others",
        "pdf",
        "rtf",
        "text",
        "video",
    ]);
    assert_eq!(decoded[0], FileMimeTypeEnum::Audio);
    assert_eq!(decoded[0].as_str(), "audio");
    assert_eq!(
        decoded.last(),
        Some(&FileMimeTypeEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn forbidden_error() {
    round_trip::<ForbiddenError>(
        r##"{"code": "temporarilyBlocked", "passwordType": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}}"##,
    );
}

#[test]
fn forbidden_error_code() {
    let decoded = enum_round_trip::<ForbiddenErrorCode>(&[
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
    ]);
    assert_eq!(decoded[0], ForbiddenErrorCode::ExpiredPassword);
    assert_eq!(decoded[0].as_str(), "expiredPassword");
    assert_eq!(
        decoded.last(),
        Some(&ForbiddenErrorCode::Unknown("notKnownYet".into()))
    );
}

#[test]
fn forgotten_password_error() {
    round_trip::<ForgottenPasswordError>(
        r##"{"kind": "shoppingCartCheckout", "exceptionType": "exceptionType-1", "exceptionMessage": "exceptionMessage-1", "code": "unexpected", "keyInvalidated": true}"##,
    );
}

#[test]
fn forgotten_password_error_code() {
    let decoded =
        enum_round_trip::<ForgottenPasswordErrorCode>(&["invalidSecurityAnswer", "unexpected"]);
    assert_eq!(
        decoded[0],
        ForgottenPasswordErrorCode::InvalidSecurityAnswer
    );
    assert_eq!(decoded[0].as_str(), "invalidSecurityAnswer");
    assert_eq!(
        decoded.last(),
        Some(&ForgottenPasswordErrorCode::Unknown("notKnownYet".into()))
    );
}

#[test]
fn forgotten_password_request() {
    round_trip::<ForgottenPasswordRequest>(
        r##"{"user": "user-1", "captcha": {"challenge": "challenge-1", "response": "response-1"}}"##,
    );
}

#[test]
fn image() {
    round_trip::<Image>(
        r##"{"id": "id-1", "name": "name-1", "contentType": "contentType-1", "length": 7, "url": "url-1", "width": 7, "height": 7}"##,
    );
}

#[test]
fn input_error() {
    round_trip::<InputError>(
        r##"{"code": "validation", "generalErrors": ["generalErrors-1"], "properties": ["properties-1"], "propertyErrors": {"key": ["propertyErrors-1"]}, "customFields": ["customFields-1"], "customFieldErrors": {"key": ["customFieldErrors-1"]}, "maxItems": 7, "maxFileSize": 7, "value": "value-1", "name": "name-1", "errors": {"key": {"code": "validation", "generalErrors": ["generalErrors-1"], "properties": ["properties-1"], "propertyErrors": {"key": ["propertyErrors-1"]}, "customFields": ["customFields-1"], "customFieldErrors": {"key": ["customFieldErrors-1"]}, "maxItems": 7, "maxFileSize": 7, "value": "value-1", "name": "name-1", "errors": {"key": {"code": "validation", "generalErrors": ["generalErrors-1"], "properties": ["properties-1"], "propertyErrors": {"key": ["propertyErrors-1"]}, "customFields": ["customFields-1"], "customFieldErrors": {"key": ["customFieldErrors-1"]}, "maxItems": 7, "maxFileSize": 7, "value": "value-1", "name": "name-1", "errors": {"key": {}}, "indexedErrors": {"key": [null, {}]}}}, "indexedErrors": {"key": [null, {"code": "validation", "generalErrors": ["generalErrors-1"], "properties": ["properties-1"], "propertyErrors": {"key": ["propertyErrors-1"]}, "customFields": ["customFields-1"], "customFieldErrors": {"key": ["customFieldErrors-1"]}, "maxItems": 7, "maxFileSize": 7, "value": "value-1", "name": "name-1", "errors": {"key": {}}, "indexedErrors": {"key": [null, {}]}}]}}}, "indexedErrors": {"key": [null, {"code": "validation", "generalErrors": ["generalErrors-1"], "properties": ["properties-1"], "propertyErrors": {"key": ["propertyErrors-1"]}, "customFields": ["customFields-1"], "customFieldErrors": {"key": ["customFieldErrors-1"]}, "maxItems": 7, "maxFileSize": 7, "value": "value-1", "name": "name-1", "errors": {"key": {"code": "validation", "generalErrors": ["generalErrors-1"], "properties": ["properties-1"], "propertyErrors": {"key": ["propertyErrors-1"]}, "customFields": ["customFields-1"], "customFieldErrors": {"key": ["customFieldErrors-1"]}, "maxItems": 7, "maxFileSize": 7, "value": "value-1", "name": "name-1", "errors": {"key": {}}, "indexedErrors": {"key": [null, {}]}}}, "indexedErrors": {"key": [null, {"code": "validation", "generalErrors": ["generalErrors-1"], "properties": ["properties-1"], "propertyErrors": {"key": ["propertyErrors-1"]}, "customFields": ["customFields-1"], "customFieldErrors": {"key": ["customFieldErrors-1"]}, "maxItems": 7, "maxFileSize": 7, "value": "value-1", "name": "name-1", "errors": {"key": {}}, "indexedErrors": {"key": [null, {}]}}]}}]}}"##,
    );
}

#[test]
fn input_error_code() {
    let decoded = enum_round_trip::<InputErrorCode>(&[
        "aggregated",
        "dataConversion",
        "fileUploadSize",
        "maxItems",
        "missingParameter",
        "queryParse",
        "validation",
    ]);
    assert_eq!(decoded[0], InputErrorCode::Aggregated);
    assert_eq!(decoded[0].as_str(), "aggregated");
    assert_eq!(
        decoded.last(),
        Some(&InputErrorCode::Unknown("notKnownYet".into()))
    );
}

#[test]
fn internal_named_entity() {
    round_trip::<InternalNamedEntity>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1"}"##,
    );
}

#[test]
fn linked_entity_type_enum() {
    let decoded = enum_round_trip::<LinkedEntityTypeEnum>(&[
        "advertisement",
        "record",
        "transaction",
        "transfer",
        "user",
    ]);
    assert_eq!(decoded[0], LinkedEntityTypeEnum::Advertisement);
    assert_eq!(decoded[0].as_str(), "advertisement");
    assert_eq!(
        decoded.last(),
        Some(&LinkedEntityTypeEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn marketplace_permissions() {
    round_trip::<MarketplacePermissions>(
        r##"{"search": true, "ownAdvertisements": true, "manageOwnAdvertisements": true, "purchase": true, "viewAdvertisements": true, "viewWebshop": true}"##,
    );
}

#[test]
fn named_entity() {
    round_trip::<NamedEntity>(r##"{"id": "id-1", "name": "name-1"}"##);
}

#[test]
fn nfc_token_permissions() {
    round_trip::<NfcTokenPermissions>(
        r##"{"type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "initialize": true, "personalize": true, "personalizeAsMember": true}"##,
    );
}

#[test]
fn not_found_error() {
    round_trip::<NotFoundError>(r##"{"entityType": "entityType-1", "key": "key-1"}"##);
}

#[test]
fn notifications_permissions() {
    round_trip::<NotificationsPermissions>(r##"{"enable": true}"##);
}

#[test]
fn operation() {
    round_trip::<Operation>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "scope": "user", "resultType": "url", "icon": "icon-1", "label": "label-1", "informationText": "informationText-1", "confirmationText": "confirmationText-1", "requireConfirmationPassword": true, "hasFileUpload": true, "allowExport": true, "allowPrint": true, "missingOptionalParameters": ["missingOptionalParameters-1"], "missingRequiredParameters": ["missingRequiredParameters-1"], "showFormForMissingOptionalParameters": true, "canRunDirectly": true}"##,
    );
}

#[test]
fn operation_permissions() {
    round_trip::<OperationPermissions>(
        r##"{"operation": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "scope": "user", "resultType": "url", "icon": "icon-1", "label": "label-1", "informationText": "informationText-1", "confirmationText": "confirmationText-1", "requireConfirmationPassword": true, "hasFileUpload": true, "allowExport": true, "allowPrint": true, "missingOptionalParameters": ["missingOptionalParameters-1"], "missingRequiredParameters": ["missingRequiredParameters-1"], "showFormForMissingOptionalParameters": true, "canRunDirectly": true}, "run": true}"##,
    );
}

#[test]
fn operation_result_type_enum() {
    let decoded = enum_round_trip::<OperationResultTypeEnum>(&[
        "externalRedirect",
        "fileDownload",
        "notification",
        "plainText",
        "resultPage",
        "richText",
        "url",
    ]);
    assert_eq!(decoded[0], OperationResultTypeEnum::ExternalRedirect);
    assert_eq!(decoded[0].as_str(), "externalRedirect");
    assert_eq!(
        decoded.last(),
        Some(&OperationResultTypeEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn operation_scope_enum() {
    let decoded = enum_round_trip::<OperationScopeEnum>(&[
        "advertisement",
        "bulkAction",
        "contact",
        "contactInfo",
        "internal",
        "menu",
        "record",
        "system",
        "transfer",
        "user",
    ]);
    assert_eq!(decoded[0], OperationScopeEnum::Advertisement);
    assert_eq!(decoded[0].as_str(), "advertisement");
    assert_eq!(
        decoded.last(),
        Some(&OperationScopeEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn operations_permissions() {
    round_trip::<OperationsPermissions>(
        r##"{"user": [{"operation": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "scope": "user", "resultType": "url", "icon": "icon-1", "label": "label-1", "informationText": "informationText-1", "confirmationText": "confirmationText-1", "requireConfirmationPassword": true, "hasFileUpload": true, "allowExport": true, "allowPrint": true, "missingOptionalParameters": ["missingOptionalParameters-1"], "missingRequiredParameters": ["missingRequiredParameters-1"], "showFormForMissingOptionalParameters": true, "canRunDirectly": true}, "run": true}], "system": [{"operation": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "scope": "user", "resultType": "url", "icon": "icon-1", "label": "label-1", "informationText": "informationText-1", "confirmationText": "confirmationText-1", "requireConfirmationPassword": true, "hasFileUpload": true, "allowExport": true, "allowPrint": true, "missingOptionalParameters": ["missingOptionalParameters-1"], "missingRequiredParameters": ["missingRequiredParameters-1"], "showFormForMissingOptionalParameters": true, "canRunDirectly": true}, "run": true}]}"##,
    );
}

#[test]
fn otp_error() {
    round_trip::<OtpError>(
        r##"{"kind": "shoppingCartCheckout", "exceptionType": "exceptionType-1", "exceptionMessage": "exceptionMessage-1", "code": "unexpected", "smsStatus": "unexpected"}"##,
    );
}

#[test]
fn otp_error_code() {
    let decoded = enum_round_trip::<OtpErrorCode>(&["errorSendingSms", "unexpected"]);
    assert_eq!(decoded[0], OtpErrorCode::ErrorSendingSms);
    assert_eq!(decoded[0].as_str(), "errorSendingSms");
    assert_eq!(
        decoded.last(),
        Some(&OtpErrorCode::Unknown("notKnownYet".into()))
    );
}

#[test]
fn outbound_sms_status_enum() {
    let decoded = enum_round_trip::<OutboundSmsStatusEnum>(&[
        "gatewayUreachable",
        "invalid",
        "maxMessagesReached",
        "rejected",
        "success",
        "timeout",
        "unexpected",
    ]);
    assert_eq!(decoded[0], OutboundSmsStatusEnum::GatewayUreachable);
    assert_eq!(decoded[0].as_str(), "gatewayUreachable");
    assert_eq!(
        decoded.last(),
        Some(&OutboundSmsStatusEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn password_input() {
    round_trip::<PasswordInput>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "inputMethod": "virtualKeyboard", "mode": "script", "hasActivePassword": true, "confirmationPasswordOncePerSession": true, "minLength": 7, "maxLength": 7, "otpSendMediums": ["sms"], "numberOfButtons": 7, "buttonsPerRow": 7, "buttons": [["buttons-1"]]}"##,
    );
}

#[test]
fn password_input_method_enum() {
    let decoded = enum_round_trip::<PasswordInputMethodEnum>(&["textBox", "virtualKeyboard"]);
    assert_eq!(decoded[0], PasswordInputMethodEnum::TextBox);
    assert_eq!(decoded[0].as_str(), "textBox");
    assert_eq!(
        decoded.last(),
        Some(&PasswordInputMethodEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn password_mode_enum() {
    let decoded = enum_round_trip::<PasswordModeEnum>(&["generated", "manual", "otp", "script"]);
    assert_eq!(decoded[0], PasswordModeEnum::Generated);
    assert_eq!(decoded[0].as_str(), "generated");
    assert_eq!(
        decoded.last(),
        Some(&PasswordModeEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn password_permissions() {
    round_trip::<PasswordPermissions>(
        r##"{"type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "global": true, "mode": "script"}, "change": true, "enable": true, "reset": true, "unblock": true}"##,
    );
}

#[test]
fn password_status_enum() {
    let decoded = enum_round_trip::<PasswordStatusEnum>(&[
        "active",
        "disabled",
        "expired",
        "indefinitelyBlocked",
        "neverCreated",
        "pending",
        "reset",
        "temporarilyBlocked",
    ]);
    assert_eq!(decoded[0], PasswordStatusEnum::Active);
    assert_eq!(decoded[0].as_str(), "active");
    assert_eq!(
        decoded.last(),
        Some(&PasswordStatusEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn password_type() {
    round_trip::<PasswordType>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "global": true, "mode": "script"}"##,
    );
}

#[test]
fn passwords_permissions() {
    round_trip::<PasswordsPermissions>(
        r##"{"manage": true, "passwords": [{"type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "global": true, "mode": "script"}, "change": true, "enable": true, "reset": true, "unblock": true}]}"##,
    );
}

#[test]
fn payment_request_permissions() {
    round_trip::<PaymentRequestPermissions>(
        r##"{"accept": true, "reject": true, "cancel": true, "reschedule": true, "changeExpiration": true, "authorize": true}"##,
    );
}

#[test]
fn payment_requests_permissions() {
    round_trip::<PaymentRequestsPermissions>(
        r##"{"accept": true, "reject": true, "cancel": true, "reschedule": true, "changeExpiration": true, "authorize": true, "view": true}"##,
    );
}

#[test]
fn payments_permissions() {
    round_trip::<PaymentsPermissions>(
        r##"{"user": true, "system": true, "self": true, "pos": true}"##,
    );
}

#[test]
fn permissions() {
    round_trip::<Permissions>(
        r##"{"users": {"search": true, "viewProfile": true, "map": true, "contacts": true}, "myProfile": {"editProfile": true, "manageAddresses": true, "manageAddressesPrivacy": true, "managePhones": true, "managePhonesPrivacy": true, "manageImages": true, "manageContactInfos": true, "canCreateAddress": true, "canCreateLandLine": true, "canCreateMobile": true, "canCreateImage": true, "canCreateContactInfo": true, "maxAddresses": 7, "maxMobiles": 7, "maxLandLines": 7, "maxImages": 7, "maxContactInfos": 7, "addressAvailability": "required", "mobileAvailability": "required", "landLineAvailability": "required", "profileImageAvailability": "required", "contactInfoAvailability": "required"}, "banking": {"accounts": [{"account": {}, "visible": true, "systemPayments": [{}], "userPayments": [{}], "selfPayments": [{}], "posPayments": [{}]}], "payments": {"user": true, "system": true, "self": true, "pos": true}, "authorizations": {"authorize": true, "deny": true, "cancel": true, "view": true}, "scheduledPayments": {"block": true, "unblock": true, "cancel": true, "settle": true, "view": true, "process": true}, "recurringPayments": {"cancel": true, "view": true}, "externalPayments": {"view": true}, "paymentRequests": {"accept": true, "reject": true, "cancel": true, "reschedule": true, "changeExpiration": true, "authorize": true, "view": true}, "tickets": {"view": true, "create": true, "cancel": true, "accept": true, "approve": true}}, "marketplace": {"search": true, "ownAdvertisements": true, "manageOwnAdvertisements": true, "purchase": true, "viewAdvertisements": true, "viewWebshop": true}, "passwords": {"manage": true, "passwords": [{"type": {}, "change": true, "enable": true, "reset": true, "unblock": true}]}, "records": {"user": [{"type": {}, "create": true, "update": true, "remove": true, "singleId": "singleId-1"}], "system": [{"type": {}, "create": true, "update": true, "remove": true, "singleId": "singleId-1"}]}, "operations": {"user": [{"operation": {}, "run": true}], "system": [{"operation": {}, "run": true}]}, "contacts": {"enable": true, "hasVisibleFields": true, "hasEditableFields": true}, "notifications": {"enable": true}, "tokens": {"nfc": [{"type": {}, "initialize": true, "personalize": true, "personalizeAsMember": true}]}}"##,
    );
}

#[test]
fn principal_type() {
    round_trip::<PrincipalType>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "kind": "username"}"##,
    );
}

#[test]
fn principal_type_input() {
    round_trip::<PrincipalTypeInput>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "kind": "username", "customField": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "type": "url", "linkedEntityType": "user", "control": "upload", "kind": "user", "decimalDigits": 7, "informationText": "informationText-1", "size": "tiny", "pattern": "pattern-1", "required": true, "allSelectedLabel": "allSelectedLabel-1", "defaultValue": "defaultValue-1", "possibleValueCategories": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1"}], "hasValuesList": true, "possibleValues": [{"id": "id-1", "value": "value-1", "default": true, "internalName": "internalName-1", "category": {}}], "dynamicValues": [{"value": "value-1", "label": "label-1", "defaultValue": true}], "stringValues": ["stringValues-1"], "dateValues": ["2024-05-01T10:15:00Z"], "integerValues": [7], "decimalValues": ["-12.50"], "adValues": [{"id": "id-1", "name": "name-1", "kind": "webshop", "image": {}}], "transactionValues": [{"id": "id-1", "display": "display-1", "transactionNumber": "transactionNumber-1", "kind": "ticket", "ticketNumber": "ticketNumber-1", "date": "2024-05-01T10:15:00Z", "amount": "-12.50", "fromKind": "user", "fromUser": {}, "toKind": "user", "toUser": {}, "type": {}, "currency": {}, "authorizationStatus": "pending", "description": "description-1"}], "transferValues": [{"id": "id-1", "display": "display-1", "date": "2024-05-01T10:15:00Z", "amount": "-12.50", "type": {}, "currency": {}, "from": {}, "to": {}, "transactionNumber": "transactionNumber-1", "statuses": [{}]}], "recordValues": [{"id": "id-1", "display": "display-1", "kind": "user"}], "userValues": [{"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {}, "user": {}}], "maxFiles": 7, "mimeTypes": ["mimeTypes-1"], "allowedMimeTypes": ["video"], "otherMimeTypes": ["otherMimeTypes-1"]}, "tokenType": "swipe", "mask": "mask-1", "allowManualInput": true, "example": "example-1"}"##,
    );
}

#[test]
fn principal_type_kind() {
    let decoded = enum_round_trip::<PrincipalTypeKind>(&[
        "accessClient",
        "accountNumber",
        "customField",
        "email",
        "mobilePhone",
        "token",
        "username",
    ]);
    assert_eq!(decoded[0], PrincipalTypeKind::AccessClient);
    assert_eq!(decoded[0].as_str(), "accessClient");
    assert_eq!(
        decoded.last(),
        Some(&PrincipalTypeKind::Unknown("notKnownYet".into()))
    );
}

#[test]
fn record() {
    round_trip::<Record>(r##"{"id": "id-1", "display": "display-1", "kind": "user"}"##);
}

#[test]
fn record_kind() {
    let decoded = enum_round_trip::<RecordKind>(&["system", "user"]);
    assert_eq!(decoded[0], RecordKind::System);
    assert_eq!(decoded[0].as_str(), "system");
    assert_eq!(
        decoded.last(),
        Some(&RecordKind::Unknown("notKnownYet".into()))
    );
}

#[test]
fn record_layout_enum() {
    let decoded = enum_round_trip::<RecordLayoutEnum>(&["list", "single", "tiled"]);
    assert_eq!(decoded[0], RecordLayoutEnum::List);
    assert_eq!(decoded[0].as_str(), "list");
    assert_eq!(
        decoded.last(),
        Some(&RecordLayoutEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn record_permissions() {
    round_trip::<RecordPermissions>(
        r##"{"type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "pluralName": "pluralName-1", "layout": "tiled", "useViewPage": true}, "create": true, "update": true, "remove": true, "singleId": "singleId-1"}"##,
    );
}

#[test]
fn record_type() {
    round_trip::<RecordType>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "pluralName": "pluralName-1", "layout": "tiled", "useViewPage": true}"##,
    );
}

#[test]
fn records_permissions() {
    round_trip::<RecordsPermissions>(
        r##"{"user": [{"type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "pluralName": "pluralName-1", "layout": "tiled", "useViewPage": true}, "create": true, "update": true, "remove": true, "singleId": "singleId-1"}], "system": [{"type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "pluralName": "pluralName-1", "layout": "tiled", "useViewPage": true}, "create": true, "update": true, "remove": true, "singleId": "singleId-1"}]}"##,
    );
}

#[test]
fn recurring_payment_permissions() {
    round_trip::<RecurringPaymentPermissions>(r##"{"cancel": true}"##);
}

#[test]
fn recurring_payments_permissions() {
    round_trip::<RecurringPaymentsPermissions>(r##"{"cancel": true, "view": true}"##);
}

#[test]
fn related_transfer_type() {
    round_trip::<RelatedTransferType>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "related": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}}"##,
    );
}

#[test]
fn role_enum() {
    let decoded = enum_round_trip::<RoleEnum>(&["administrator", "broker", "member", "operator"]);
    assert_eq!(decoded[0], RoleEnum::Administrator);
    assert_eq!(decoded[0].as_str(), "administrator");
    assert_eq!(
        decoded.last(),
        Some(&RoleEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn scheduled_payment_permissions() {
    round_trip::<ScheduledPaymentPermissions>(
        r##"{"block": true, "unblock": true, "cancel": true, "settle": true}"##,
    );
}

#[test]
fn scheduled_payments_permissions() {
    round_trip::<ScheduledPaymentsPermissions>(
        r##"{"block": true, "unblock": true, "cancel": true, "settle": true, "view": true, "process": true}"##,
    );
}

#[test]
fn send_medium_enum() {
    let decoded = enum_round_trip::<SendMediumEnum>(&["email", "sms"]);
    assert_eq!(decoded[0], SendMediumEnum::Email);
    assert_eq!(decoded[0].as_str(), "email");
    assert_eq!(
        decoded.last(),
        Some(&SendMediumEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn stored_file() {
    round_trip::<StoredFile>(
        r##"{"id": "id-1", "name": "name-1", "contentType": "contentType-1", "length": 7, "url": "url-1"}"##,
    );
}

#[test]
fn tickets_permissions() {
    round_trip::<TicketsPermissions>(
        r##"{"view": true, "create": true, "cancel": true, "accept": true, "approve": true}"##,
    );
}

#[test]
fn token_type_enum() {
    let decoded = enum_round_trip::<TokenTypeEnum>(&[
        "barcode",
        "nfcDevice",
        "nfcTag",
        "other",
        "qrcode",
        "swipe",
    ]);
    assert_eq!(decoded[0], TokenTypeEnum::Barcode);
    assert_eq!(decoded[0].as_str(), "barcode");
    assert_eq!(
        decoded.last(),
        Some(&TokenTypeEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn tokens_permissions() {
    round_trip::<TokensPermissions>(
        r##"{"nfc": [{"type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "initialize": true, "personalize": true, "personalizeAsMember": true}]}"##,
    );
}

#[test]
fn transaction() {
    round_trip::<Transaction>(
        r##"{"id": "id-1", "display": "display-1", "transactionNumber": "transactionNumber-1", "kind": "ticket", "ticketNumber": "ticketNumber-1", "date": "2024-05-01T10:15:00Z", "amount": "-12.50", "fromKind": "user", "fromUser": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {"id": "id-1", "name": "name-1", "contentType": "contentType-1", "length": 7, "url": "url-1", "width": 7, "height": 7}, "user": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {}, "user": {}}}, "toKind": "user", "toUser": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {"id": "id-1", "name": "name-1", "contentType": "contentType-1", "length": 7, "url": "url-1", "width": 7, "height": 7}, "user": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {}, "user": {}}}, "type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "from": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "to": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}}, "currency": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "symbol": "symbol-1", "prefix": "prefix-1", "suffix": "suffix-1", "transactionNumberPattern": "transactionNumberPattern-1", "decimalDigits": 7}, "authorizationStatus": "pending", "description": "description-1"}"##,
    );
}

#[test]
fn transaction_authorization_permissions() {
    round_trip::<TransactionAuthorizationPermissions>(
        r##"{"authorize": true, "deny": true, "cancel": true}"##,
    );
}

#[test]
fn transaction_authorization_status_enum() {
    let decoded = enum_round_trip::<TransactionAuthorizationStatusEnum>(&[
        "authorized",
        "canceled",
        "denied",
        "pending",
    ]);
    assert_eq!(decoded[0], TransactionAuthorizationStatusEnum::Authorized);
    assert_eq!(decoded[0].as_str(), "authorized");
    assert_eq!(
        decoded.last(),
        Some(&TransactionAuthorizationStatusEnum::Unknown(
            "notKnownYet".into()
        ))
    );
}

#[test]
fn transaction_authorizations_permissions() {
    round_trip::<TransactionAuthorizationsPermissions>(
        r##"{"authorize": true, "deny": true, "cancel": true, "view": true}"##,
    );
}

#[test]
fn transaction_kind() {
    let decoded = enum_round_trip::<TransactionKind>(&[
        "chargeback",
        "externalPayment",
        "import",
        "order",
        "payment",
        "paymentRequest",
        "recurringPayment",
        "scheduledPayment",
        "ticket",
    ]);
    assert_eq!(decoded[0], TransactionKind::Chargeback);
    assert_eq!(decoded[0].as_str(), "chargeback");
    assert_eq!(
        decoded.last(),
        Some(&TransactionKind::Unknown("notKnownYet".into()))
    );
}

#[test]
fn transfer() {
    round_trip::<Transfer>(
        r##"{"id": "id-1", "display": "display-1", "date": "2024-05-01T10:15:00Z", "amount": "-12.50", "type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "currency": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "symbol": "symbol-1", "prefix": "prefix-1", "suffix": "suffix-1", "transactionNumberPattern": "transactionNumberPattern-1", "decimalDigits": 7}, "from": {"id": "id-1", "number": "number-1", "type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "kind": "user", "user": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {}, "user": {}}}, "to": {"id": "id-1", "number": "number-1", "type": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "kind": "user", "user": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {}, "user": {}}}, "transactionNumber": "transactionNumber-1", "statuses": [{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "flow": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}}]}"##,
    );
}

#[test]
fn transfer_status() {
    round_trip::<TransferStatus>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "flow": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}}"##,
    );
}

#[test]
fn transfer_type() {
    round_trip::<TransferType>(
        r##"{"id": "id-1", "name": "name-1", "internalName": "internalName-1", "from": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}, "to": {"id": "id-1", "name": "name-1", "internalName": "internalName-1"}}"##,
    );
}

#[test]
fn unauthorized_error() {
    round_trip::<UnauthorizedError>(
        r##"{"code": "unauthorizedUrl", "userStatus": "removed", "passwordStatus": "temporarilyBlocked", "missingSecondaryPassword": {"id": "id-1", "name": "name-1", "internalName": "internalName-1", "global": true, "mode": "script"}}"##,
    );
}

#[test]
fn unauthorized_error_code() {
    let decoded = enum_round_trip::<UnauthorizedErrorCode>(&[
        "invalidAccessClient",
        "invalidChannelUsage",
        "invalidNetwork",
        "loggedOut",
        "login",
        "missingAuthorization",
        "remoteAddressBlocked",
        "unauthorizedAddress",
        "unauthorizedUrl",
    ]);
    assert_eq!(decoded[0], UnauthorizedErrorCode::InvalidAccessClient);
    assert_eq!(decoded[0].as_str(), "invalidAccessClient");
    assert_eq!(
        decoded.last(),
        Some(&UnauthorizedErrorCode::Unknown("notKnownYet".into()))
    );
}

#[test]
fn user() {
    round_trip::<User>(
        r##"{"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {"id": "id-1", "name": "name-1", "contentType": "contentType-1", "length": 7, "url": "url-1", "width": 7, "height": 7}, "user": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {"id": "id-1", "name": "name-1", "contentType": "contentType-1", "length": 7, "url": "url-1", "width": 7, "height": 7}, "user": {"id": "id-1", "display": "display-1", "shortDisplay": "shortDisplay-1", "image": {}, "user": {}}}}"##,
    );
}

#[test]
fn user_profile_permissions() {
    round_trip::<UserProfilePermissions>(
        r##"{"editProfile": true, "manageAddresses": true, "manageAddressesPrivacy": true, "managePhones": true, "managePhonesPrivacy": true, "manageImages": true, "manageContactInfos": true, "canCreateAddress": true, "canCreateLandLine": true, "canCreateMobile": true, "canCreateImage": true, "canCreateContactInfo": true, "maxAddresses": 7, "maxMobiles": 7, "maxLandLines": 7, "maxImages": 7, "maxContactInfos": 7, "addressAvailability": "required", "mobileAvailability": "required", "landLineAvailability": "required", "profileImageAvailability": "required", "contactInfoAvailability": "required"}"##,
    );
}

#[test]
fn user_status_enum() {
    let decoded = enum_round_trip::<UserStatusEnum>(&[
        "active", "blocked", "disabled", "pending", "purged", "removed",
    ]);
    assert_eq!(decoded[0], UserStatusEnum::Active);
    assert_eq!(decoded[0].as_str(), "active");
    assert_eq!(
        decoded.last(),
        Some(&UserStatusEnum::Unknown("notKnownYet".into()))
    );
}

#[test]
fn users_permissions() {
    round_trip::<UsersPermissions>(
        r##"{"search": true, "viewProfile": true, "map": true, "contacts": true}"##,
    );
}

#[test]
fn versioned_entity() {
    round_trip::<VersionedEntity>(r##"{"id": "id-1", "version": 7}"##);
}
