//! Generated from `crates/cyclos-auth/tests/models.rs` (its fixture of every
//! model: every field set) and the models' sources (their required fields):
//! the decoder and round-trip rows of all 103 cyclos models. Regenerate rather
//! than edit when the models change (`python3 tests/gen_cyclos_models.py`).

use cyclos_auth::models::*;

use super::ModelRow;
use crate::decode;

use super::cyclos::{enum_values, from_json};

/// Decodes `body` as each of the 103 models.
pub(super) fn models_from(body: &[u8]) {
    decode::model::<Account>(body);
    decode::model::<AccountKind>(body);
    decode::model::<AccountPermissions>(body);
    decode::model::<AccountWithCurrency>(body);
    decode::model::<AccountWithOwner>(body);
    decode::model::<Ad>(body);
    decode::model::<AdKind>(body);
    decode::model::<Auth>(body);
    decode::model::<AvailabilityEnum>(body);
    decode::model::<BankingPermissions>(body);
    decode::model::<BaseAuth>(body);
    decode::model::<CaptchaProviderEnum>(body);
    decode::model::<CaptchaResponse>(body);
    decode::model::<ChangeForgottenPassword>(body);
    decode::model::<ConflictError>(body);
    decode::model::<ConflictErrorCode>(body);
    decode::model::<ContactsPermissions>(body);
    decode::model::<Currency>(body);
    decode::model::<CustomField>(body);
    decode::model::<CustomFieldControlEnum>(body);
    decode::model::<CustomFieldDetailed>(body);
    decode::model::<CustomFieldDynamicValue>(body);
    decode::model::<CustomFieldKind>(body);
    decode::model::<CustomFieldPossibleValue>(body);
    decode::model::<CustomFieldSizeEnum>(body);
    decode::model::<CustomFieldTypeEnum>(body);
    decode::model::<DataForChangeForgottenPassword>(body);
    decode::model::<DataForLogin>(body);
    decode::model::<Entity>(body);
    decode::model::<EntityReference>(body);
    decode::model::<Error>(body);
    decode::model::<ErrorKind>(body);
    decode::model::<ExternalPaymentsPermissions>(body);
    decode::model::<FileMimeTypeEnum>(body);
    decode::model::<ForbiddenError>(body);
    decode::model::<ForbiddenErrorCode>(body);
    decode::model::<ForgottenPasswordError>(body);
    decode::model::<ForgottenPasswordErrorCode>(body);
    decode::model::<ForgottenPasswordRequest>(body);
    decode::model::<Image>(body);
    decode::model::<InputError>(body);
    decode::model::<InputErrorCode>(body);
    decode::model::<InternalNamedEntity>(body);
    decode::model::<LinkedEntityTypeEnum>(body);
    decode::model::<MarketplacePermissions>(body);
    decode::model::<NamedEntity>(body);
    decode::model::<NfcTokenPermissions>(body);
    decode::model::<NotFoundError>(body);
    decode::model::<NotificationsPermissions>(body);
    decode::model::<Operation>(body);
    decode::model::<OperationPermissions>(body);
    decode::model::<OperationResultTypeEnum>(body);
    decode::model::<OperationScopeEnum>(body);
    decode::model::<OperationsPermissions>(body);
    decode::model::<OtpError>(body);
    decode::model::<OtpErrorCode>(body);
    decode::model::<OutboundSmsStatusEnum>(body);
    decode::model::<PasswordInput>(body);
    decode::model::<PasswordInputMethodEnum>(body);
    decode::model::<PasswordModeEnum>(body);
    decode::model::<PasswordPermissions>(body);
    decode::model::<PasswordStatusEnum>(body);
    decode::model::<PasswordType>(body);
    decode::model::<PasswordsPermissions>(body);
    decode::model::<PaymentRequestPermissions>(body);
    decode::model::<PaymentRequestsPermissions>(body);
    decode::model::<PaymentsPermissions>(body);
    decode::model::<Permissions>(body);
    decode::model::<PrincipalType>(body);
    decode::model::<PrincipalTypeInput>(body);
    decode::model::<PrincipalTypeKind>(body);
    decode::model::<Record>(body);
    decode::model::<RecordKind>(body);
    decode::model::<RecordLayoutEnum>(body);
    decode::model::<RecordPermissions>(body);
    decode::model::<RecordType>(body);
    decode::model::<RecordsPermissions>(body);
    decode::model::<RecurringPaymentPermissions>(body);
    decode::model::<RecurringPaymentsPermissions>(body);
    decode::model::<RelatedTransferType>(body);
    decode::model::<RoleEnum>(body);
    decode::model::<ScheduledPaymentPermissions>(body);
    decode::model::<ScheduledPaymentsPermissions>(body);
    decode::model::<SendMediumEnum>(body);
    decode::model::<StoredFile>(body);
    decode::model::<TicketsPermissions>(body);
    decode::model::<TokenTypeEnum>(body);
    decode::model::<TokensPermissions>(body);
    decode::model::<Transaction>(body);
    decode::model::<TransactionAuthorizationPermissions>(body);
    decode::model::<TransactionAuthorizationStatusEnum>(body);
    decode::model::<TransactionAuthorizationsPermissions>(body);
    decode::model::<TransactionKind>(body);
    decode::model::<Transfer>(body);
    decode::model::<TransferStatus>(body);
    decode::model::<TransferType>(body);
    decode::model::<UnauthorizedError>(body);
    decode::model::<UnauthorizedErrorCode>(body);
    decode::model::<User>(body);
    decode::model::<UserProfilePermissions>(body);
    decode::model::<UserStatusEnum>(body);
    decode::model::<UsersPermissions>(body);
    decode::model::<VersionedEntity>(body);
}

/// Every model: objects from their fully set fixture and from only their
/// required fields; enums from every documented value and an unknown one.
pub(super) fn models() -> Vec<ModelRow> {
    vec![
        ModelRow {
            name: "cyclos Account",
            check: || {
                from_json::<Account>(
                    r##"{"id":"id-1","number":"number-1","type":{"id":"id-1","name":"name-1","internalName":"internalName-1"}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos AccountKind",
            check: || enum_values::<AccountKind>(&["system", "user"]),
        },
        ModelRow {
            name: "cyclos AccountPermissions",
            check: || {
                from_json::<AccountPermissions>(
                    r##"{"account":{"id":"id-1","number":"number-1","type":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"currency":{"id":"id-1","name":"name-1","internalName":"internalName-1","symbol":"symbol-1","prefix":"prefix-1","suffix":"suffix-1","transactionNumberPattern":"transactionNumberPattern-1","decimalDigits":7}},"visible":true,"systemPayments":[{"id":"id-1","name":"name-1","internalName":"internalName-1","related":{"id":"id-1","name":"name-1","internalName":"internalName-1"}}],"userPayments":[{"id":"id-1","name":"name-1","internalName":"internalName-1","related":{"id":"id-1","name":"name-1","internalName":"internalName-1"}}],"selfPayments":[{"id":"id-1","name":"name-1","internalName":"internalName-1","related":{"id":"id-1","name":"name-1","internalName":"internalName-1"}}],"posPayments":[{"id":"id-1","name":"name-1","internalName":"internalName-1","related":{"id":"id-1","name":"name-1","internalName":"internalName-1"}}]}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos AccountWithCurrency",
            check: || {
                from_json::<AccountWithCurrency>(
                    r##"{"id":"id-1","number":"number-1","type":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"currency":{"id":"id-1","name":"name-1","internalName":"internalName-1","symbol":"symbol-1","prefix":"prefix-1","suffix":"suffix-1","transactionNumberPattern":"transactionNumberPattern-1","decimalDigits":7}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos AccountWithOwner",
            check: || {
                from_json::<AccountWithOwner>(
                    r##"{"id":"id-1","number":"number-1","type":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"kind":"user","user":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{"id":"id-1","name":"name-1","contentType":"contentType-1","length":7,"url":"url-1","width":7,"height":7},"user":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{},"user":{}}}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos Ad",
            check: || {
                from_json::<Ad>(
                    r##"{"id":"id-1","name":"name-1","kind":"webshop","image":{"id":"id-1","name":"name-1","contentType":"contentType-1","length":7,"url":"url-1","width":7,"height":7}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos AdKind",
            check: || enum_values::<AdKind>(&["simple", "webshop"]),
        },
        ModelRow {
            name: "cyclos Auth",
            check: || {
                from_json::<Auth>(
                    r##"{"user":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{"id":"id-1","name":"name-1","contentType":"contentType-1","length":7,"url":"url-1","width":7,"height":7},"user":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{},"user":{}}},"language":{"id":"id-1","version":7},"global":true,"role":"operator","systemAdministrator":true,"aliasOperator":true,"permissions":{"users":{"search":true,"viewProfile":true,"map":true,"contacts":true},"myProfile":{"editProfile":true,"manageAddresses":true,"manageAddressesPrivacy":true,"managePhones":true,"managePhonesPrivacy":true,"manageImages":true,"manageContactInfos":true,"canCreateAddress":true,"canCreateLandLine":true,"canCreateMobile":true,"canCreateImage":true,"canCreateContactInfo":true,"maxAddresses":7,"maxMobiles":7,"maxLandLines":7,"maxImages":7,"maxContactInfos":7,"addressAvailability":"required","mobileAvailability":"required","landLineAvailability":"required","profileImageAvailability":"required","contactInfoAvailability":"required"},"banking":{"accounts":[{}],"payments":{},"authorizations":{},"scheduledPayments":{},"recurringPayments":{},"externalPayments":{},"paymentRequests":{},"tickets":{}},"marketplace":{"search":true,"ownAdvertisements":true,"manageOwnAdvertisements":true,"purchase":true,"viewAdvertisements":true,"viewWebshop":true},"passwords":{"manage":true,"passwords":[{}]},"records":{"user":[{}],"system":[{}]},"operations":{"user":[{}],"system":[{}]},"contacts":{"enable":true,"hasVisibleFields":true,"hasEditableFields":true},"notifications":{"enable":true},"tokens":{"nfc":[{}]}},"sessionToken":"sessionToken-1","accessClient":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"principalType":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"principal":"principal-1","passwordType":{"id":"id-1","name":"name-1","internalName":"internalName-1","global":true,"mode":"script"},"secondaryPasswordType":{"id":"id-1","name":"name-1","internalName":"internalName-1","global":true,"mode":"script"},"expiredPassword":true,"pendingAgreements":true,"expiredSecondaryPassword":true,"pendingSecondaryPassword":true,"configuration":{"id":"id-1","version":7}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos AvailabilityEnum",
            check: || enum_values::<AvailabilityEnum>(&["disabled", "optional", "required"]),
        },
        ModelRow {
            name: "cyclos BankingPermissions",
            check: || {
                from_json::<BankingPermissions>(
                    r##"{"accounts":[{"account":{"id":"id-1","number":"number-1","type":{},"currency":{}},"visible":true,"systemPayments":[{"id":"id-1","name":"name-1","internalName":"internalName-1","related":{}}],"userPayments":[{"id":"id-1","name":"name-1","internalName":"internalName-1","related":{}}],"selfPayments":[{"id":"id-1","name":"name-1","internalName":"internalName-1","related":{}}],"posPayments":[{"id":"id-1","name":"name-1","internalName":"internalName-1","related":{}}]}],"payments":{"user":true,"system":true,"self":true,"pos":true},"authorizations":{"authorize":true,"deny":true,"cancel":true,"view":true},"scheduledPayments":{"block":true,"unblock":true,"cancel":true,"settle":true,"view":true,"process":true},"recurringPayments":{"cancel":true,"view":true},"externalPayments":{"view":true},"paymentRequests":{"accept":true,"reject":true,"cancel":true,"reschedule":true,"changeExpiration":true,"authorize":true,"view":true},"tickets":{"view":true,"create":true,"cancel":true,"accept":true,"approve":true}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos BaseAuth",
            check: || {
                from_json::<BaseAuth>(
                    r##"{"user":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{"id":"id-1","name":"name-1","contentType":"contentType-1","length":7,"url":"url-1","width":7,"height":7},"user":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{},"user":{}}},"language":{"id":"id-1","version":7},"global":true,"role":"operator","systemAdministrator":true,"aliasOperator":true,"permissions":{"users":{"search":true,"viewProfile":true,"map":true,"contacts":true},"myProfile":{"editProfile":true,"manageAddresses":true,"manageAddressesPrivacy":true,"managePhones":true,"managePhonesPrivacy":true,"manageImages":true,"manageContactInfos":true,"canCreateAddress":true,"canCreateLandLine":true,"canCreateMobile":true,"canCreateImage":true,"canCreateContactInfo":true,"maxAddresses":7,"maxMobiles":7,"maxLandLines":7,"maxImages":7,"maxContactInfos":7,"addressAvailability":"required","mobileAvailability":"required","landLineAvailability":"required","profileImageAvailability":"required","contactInfoAvailability":"required"},"banking":{"accounts":[{}],"payments":{},"authorizations":{},"scheduledPayments":{},"recurringPayments":{},"externalPayments":{},"paymentRequests":{},"tickets":{}},"marketplace":{"search":true,"ownAdvertisements":true,"manageOwnAdvertisements":true,"purchase":true,"viewAdvertisements":true,"viewWebshop":true},"passwords":{"manage":true,"passwords":[{}]},"records":{"user":[{}],"system":[{}]},"operations":{"user":[{}],"system":[{}]},"contacts":{"enable":true,"hasVisibleFields":true,"hasEditableFields":true},"notifications":{"enable":true},"tokens":{"nfc":[{}]}},"sessionToken":"sessionToken-1","accessClient":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"principalType":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"principal":"principal-1","passwordType":{"id":"id-1","name":"name-1","internalName":"internalName-1","global":true,"mode":"script"},"secondaryPasswordType":{"id":"id-1","name":"name-1","internalName":"internalName-1","global":true,"mode":"script"},"expiredPassword":true,"pendingAgreements":true,"expiredSecondaryPassword":true,"pendingSecondaryPassword":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos CaptchaProviderEnum",
            check: || enum_values::<CaptchaProviderEnum>(&["internal"]),
        },
        ModelRow {
            name: "cyclos CaptchaResponse",
            check: || {
                from_json::<CaptchaResponse>(
                    r##"{"challenge":"challenge-1","response":"response-1"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos ChangeForgottenPassword",
            check: || {
                from_json::<ChangeForgottenPassword>(
                    r##"{"key":"key-1","securityAnswer":"securityAnswer-1","newPassword":"newPassword-1","checkConfirmation":true,"newPasswordConfirmation":"newPasswordConfirmation-1"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos ConflictError",
            check: || from_json::<ConflictError>(r##"{"code":"staleEntity"}"##, r##"{}"##, &[]),
        },
        ModelRow {
            name: "cyclos ConflictErrorCode",
            check: || {
                enum_values::<ConflictErrorCode>(&["constraintViolatedOnRemove", "staleEntity"])
            },
        },
        ModelRow {
            name: "cyclos ContactsPermissions",
            check: || {
                from_json::<ContactsPermissions>(
                    r##"{"enable":true,"hasVisibleFields":true,"hasEditableFields":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos Currency",
            check: || {
                from_json::<Currency>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1","symbol":"symbol-1","prefix":"prefix-1","suffix":"suffix-1","transactionNumberPattern":"transactionNumberPattern-1","decimalDigits":7}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos CustomField",
            check: || {
                from_json::<CustomField>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1","type":"url","linkedEntityType":"user","control":"upload","kind":"user","decimalDigits":7}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos CustomFieldControlEnum",
            check: || {
                enum_values::<CustomFieldControlEnum>(&[
                    "checkbox",
                    "entitySelection",
                    "multiSelection",
                    "radio",
                    "richEditor",
                    "singleSelection",
                    "text",
                    "textarea",
                    "upload",
                ])
            },
        },
        ModelRow {
            name: "cyclos CustomFieldDetailed",
            check: || {
                from_json::<CustomFieldDetailed>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1","type":"url","linkedEntityType":"user","control":"upload","kind":"user","decimalDigits":7,"informationText":"informationText-1","size":"tiny","pattern":"pattern-1","required":true,"allSelectedLabel":"allSelectedLabel-1","defaultValue":"defaultValue-1","possibleValueCategories":[{"id":"id-1","name":"name-1","internalName":"internalName-1"}],"hasValuesList":true,"possibleValues":[{"id":"id-1","value":"value-1","default":true,"internalName":"internalName-1","category":{"id":"id-1","name":"name-1","internalName":"internalName-1"}}],"dynamicValues":[{"value":"value-1","label":"label-1","defaultValue":true}],"stringValues":["stringValues-1"],"dateValues":["2024-05-01T10:15:00Z"],"integerValues":[7],"decimalValues":["-12.50"],"adValues":[{"id":"id-1","name":"name-1","kind":"webshop","image":{"id":"id-1","name":"name-1","contentType":"contentType-1","length":7,"url":"url-1","width":7,"height":7}}],"transactionValues":[{"id":"id-1","display":"display-1","transactionNumber":"transactionNumber-1","kind":"ticket","ticketNumber":"ticketNumber-1","date":"2024-05-01T10:15:00Z","amount":"-12.50","fromKind":"user","fromUser":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{},"user":{}},"toKind":"user","toUser":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{},"user":{}},"type":{"id":"id-1","name":"name-1","internalName":"internalName-1","from":{},"to":{}},"currency":{"id":"id-1","name":"name-1","internalName":"internalName-1","symbol":"symbol-1","prefix":"prefix-1","suffix":"suffix-1","transactionNumberPattern":"transactionNumberPattern-1","decimalDigits":7},"authorizationStatus":"pending","description":"description-1"}],"transferValues":[{"id":"id-1","display":"display-1","date":"2024-05-01T10:15:00Z","amount":"-12.50","type":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"currency":{"id":"id-1","name":"name-1","internalName":"internalName-1","symbol":"symbol-1","prefix":"prefix-1","suffix":"suffix-1","transactionNumberPattern":"transactionNumberPattern-1","decimalDigits":7},"from":{"id":"id-1","number":"number-1","type":{},"kind":"user","user":{}},"to":{"id":"id-1","number":"number-1","type":{},"kind":"user","user":{}},"transactionNumber":"transactionNumber-1","statuses":[{"id":"id-1","name":"name-1","internalName":"internalName-1","flow":{}}]}],"recordValues":[{"id":"id-1","display":"display-1","kind":"user"}],"userValues":[{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{"id":"id-1","name":"name-1","contentType":"contentType-1","length":7,"url":"url-1","width":7,"height":7},"user":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{},"user":{}}}],"maxFiles":7,"mimeTypes":["mimeTypes-1"],"allowedMimeTypes":["video"],"otherMimeTypes":["otherMimeTypes-1"]}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos CustomFieldDynamicValue",
            check: || {
                from_json::<CustomFieldDynamicValue>(
                    r##"{"value":"value-1","label":"label-1","defaultValue":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos CustomFieldKind",
            check: || {
                enum_values::<CustomFieldKind>(&[
                    "contact",
                    "contactInfo",
                    "custom_operation",
                    "document",
                    "marketplace",
                    "record",
                    "transaction",
                    "user",
                ])
            },
        },
        ModelRow {
            name: "cyclos CustomFieldPossibleValue",
            check: || {
                from_json::<CustomFieldPossibleValue>(
                    r##"{"id":"id-1","value":"value-1","default":true,"internalName":"internalName-1","category":{"id":"id-1","name":"name-1","internalName":"internalName-1"}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos CustomFieldSizeEnum",
            check: || {
                enum_values::<CustomFieldSizeEnum>(&["full", "large", "medium", "small", "tiny"])
            },
        },
        ModelRow {
            name: "cyclos CustomFieldTypeEnum",
            check: || {
                enum_values::<CustomFieldTypeEnum>(&[
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
                ])
            },
        },
        ModelRow {
            name: "cyclos DataForChangeForgottenPassword",
            check: || {
                from_json::<DataForChangeForgottenPassword>(
                    r##"{"generated":true,"securityQuestion":"securityQuestion-1"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos DataForLogin",
            check: || {
                from_json::<DataForLogin>(
                    r##"{"accessPasswordType":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"principalTypes":[{"id":"id-1","name":"name-1","internalName":"internalName-1","kind":"username","customField":{"id":"id-1","name":"name-1","internalName":"internalName-1","type":"url","linkedEntityType":"user","control":"upload","kind":"user","decimalDigits":7,"informationText":"informationText-1","size":"tiny","pattern":"pattern-1","required":true,"allSelectedLabel":"allSelectedLabel-1","defaultValue":"defaultValue-1","possibleValueCategories":[{}],"hasValuesList":true,"possibleValues":[{}],"dynamicValues":[{}],"stringValues":["stringValues-1"],"dateValues":["2024-05-01T10:15:00Z"],"integerValues":[7],"decimalValues":["-12.50"],"adValues":[{}],"transactionValues":[{}],"transferValues":[{}],"recordValues":[{}],"userValues":[{}],"maxFiles":7,"mimeTypes":["mimeTypes-1"],"allowedMimeTypes":["video"],"otherMimeTypes":["otherMimeTypes-1"]},"tokenType":"swipe","mask":"mask-1","allowManualInput":true,"example":"example-1"}],"defaultPrincipalType":"defaultPrincipalType-1","extraForgotPasswordPrincipalTypes":[{"id":"id-1","name":"name-1","internalName":"internalName-1","kind":"username","customField":{"id":"id-1","name":"name-1","internalName":"internalName-1","type":"url","linkedEntityType":"user","control":"upload","kind":"user","decimalDigits":7,"informationText":"informationText-1","size":"tiny","pattern":"pattern-1","required":true,"allSelectedLabel":"allSelectedLabel-1","defaultValue":"defaultValue-1","possibleValueCategories":[{}],"hasValuesList":true,"possibleValues":[{}],"dynamicValues":[{}],"stringValues":["stringValues-1"],"dateValues":["2024-05-01T10:15:00Z"],"integerValues":[7],"decimalValues":["-12.50"],"adValues":[{}],"transactionValues":[{}],"transferValues":[{}],"recordValues":[{}],"userValues":[{}],"maxFiles":7,"mimeTypes":["mimeTypes-1"],"allowedMimeTypes":["video"],"otherMimeTypes":["otherMimeTypes-1"]},"tokenType":"swipe","mask":"mask-1","allowManualInput":true,"example":"example-1"}],"loginPasswordInput":{"id":"id-1","name":"name-1","internalName":"internalName-1","inputMethod":"virtualKeyboard","mode":"script","hasActivePassword":true,"confirmationPasswordOncePerSession":true,"minLength":7,"maxLength":7,"otpSendMediums":["sms"],"numberOfButtons":7,"buttonsPerRow":7,"buttons":[["buttons-1"]]},"forgotPasswordCaptchaProvider":"internal","forgotPasswordMediums":["sms"]}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos Entity",
            check: || from_json::<Entity>(r##"{"id":"id-1"}"##, r##"{}"##, &[]),
        },
        ModelRow {
            name: "cyclos EntityReference",
            check: || {
                from_json::<EntityReference>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos Error",
            check: || {
                from_json::<Error>(
                    r##"{"kind":"shoppingCartCheckout","exceptionType":"exceptionType-1","exceptionMessage":"exceptionMessage-1"}"##,
                    r##"{"exceptionType":"exceptionType-1"}"##,
                    &["exceptionType"],
                )
            },
        },
        ModelRow {
            name: "cyclos ErrorKind",
            check: || {
                enum_values::<ErrorKind>(&[
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
                ])
            },
        },
        ModelRow {
            name: "cyclos ExternalPaymentsPermissions",
            check: || {
                from_json::<ExternalPaymentsPermissions>(r##"{"view":true}"##, r##"{}"##, &[])
            },
        },
        ModelRow {
            name: "cyclos FileMimeTypeEnum",
            check: || {
                enum_values::<FileMimeTypeEnum>(&[
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
                ])
            },
        },
        ModelRow {
            name: "cyclos ForbiddenError",
            check: || {
                from_json::<ForbiddenError>(
                    r##"{"code":"temporarilyBlocked","passwordType":{"id":"id-1","name":"name-1","internalName":"internalName-1"}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos ForbiddenErrorCode",
            check: || {
                enum_values::<ForbiddenErrorCode>(&[
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
                ])
            },
        },
        ModelRow {
            name: "cyclos ForgottenPasswordError",
            check: || {
                from_json::<ForgottenPasswordError>(
                    r##"{"kind":"shoppingCartCheckout","exceptionType":"exceptionType-1","exceptionMessage":"exceptionMessage-1","code":"unexpected","keyInvalidated":true}"##,
                    r##"{"exceptionType":"exceptionType-1"}"##,
                    &["exceptionType"],
                )
            },
        },
        ModelRow {
            name: "cyclos ForgottenPasswordErrorCode",
            check: || {
                enum_values::<ForgottenPasswordErrorCode>(&["invalidSecurityAnswer", "unexpected"])
            },
        },
        ModelRow {
            name: "cyclos ForgottenPasswordRequest",
            check: || {
                from_json::<ForgottenPasswordRequest>(
                    r##"{"user":"user-1","captcha":{"challenge":"challenge-1","response":"response-1"}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos Image",
            check: || {
                from_json::<Image>(
                    r##"{"id":"id-1","name":"name-1","contentType":"contentType-1","length":7,"url":"url-1","width":7,"height":7}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos InputError",
            check: || {
                from_json::<InputError>(
                    r##"{"code":"validation","generalErrors":["generalErrors-1"],"properties":["properties-1"],"propertyErrors":{"key":["propertyErrors-1"]},"customFields":["customFields-1"],"customFieldErrors":{"key":["customFieldErrors-1"]},"maxItems":7,"maxFileSize":7,"value":"value-1","name":"name-1","errors":{"key":{"code":"validation","generalErrors":["generalErrors-1"],"properties":["properties-1"],"propertyErrors":{"key":["propertyErrors-1"]},"customFields":["customFields-1"],"customFieldErrors":{"key":["customFieldErrors-1"]},"maxItems":7,"maxFileSize":7,"value":"value-1","name":"name-1","errors":{"key":{"code":"validation","generalErrors":["generalErrors-1"],"properties":["properties-1"],"propertyErrors":{"key":["propertyErrors-1"]},"customFields":["customFields-1"],"customFieldErrors":{"key":["customFieldErrors-1"]},"maxItems":7,"maxFileSize":7,"value":"value-1","name":"name-1","errors":{"key":{}},"indexedErrors":{"key":[null,{}]}}},"indexedErrors":{"key":[null,{"code":"validation","generalErrors":["generalErrors-1"],"properties":["properties-1"],"propertyErrors":{"key":["propertyErrors-1"]},"customFields":["customFields-1"],"customFieldErrors":{"key":["customFieldErrors-1"]},"maxItems":7,"maxFileSize":7,"value":"value-1","name":"name-1","errors":{"key":{}},"indexedErrors":{"key":[null,{}]}}]}}},"indexedErrors":{"key":[null,{"code":"validation","generalErrors":["generalErrors-1"],"properties":["properties-1"],"propertyErrors":{"key":["propertyErrors-1"]},"customFields":["customFields-1"],"customFieldErrors":{"key":["customFieldErrors-1"]},"maxItems":7,"maxFileSize":7,"value":"value-1","name":"name-1","errors":{"key":{"code":"validation","generalErrors":["generalErrors-1"],"properties":["properties-1"],"propertyErrors":{"key":["propertyErrors-1"]},"customFields":["customFields-1"],"customFieldErrors":{"key":["customFieldErrors-1"]},"maxItems":7,"maxFileSize":7,"value":"value-1","name":"name-1","errors":{"key":{}},"indexedErrors":{"key":[null,{}]}}},"indexedErrors":{"key":[null,{"code":"validation","generalErrors":["generalErrors-1"],"properties":["properties-1"],"propertyErrors":{"key":["propertyErrors-1"]},"customFields":["customFields-1"],"customFieldErrors":{"key":["customFieldErrors-1"]},"maxItems":7,"maxFileSize":7,"value":"value-1","name":"name-1","errors":{"key":{}},"indexedErrors":{"key":[null,{}]}}]}}]}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos InputErrorCode",
            check: || {
                enum_values::<InputErrorCode>(&[
                    "aggregated",
                    "dataConversion",
                    "fileUploadSize",
                    "maxItems",
                    "missingParameter",
                    "queryParse",
                    "validation",
                ])
            },
        },
        ModelRow {
            name: "cyclos InternalNamedEntity",
            check: || {
                from_json::<InternalNamedEntity>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos LinkedEntityTypeEnum",
            check: || {
                enum_values::<LinkedEntityTypeEnum>(&[
                    "advertisement",
                    "record",
                    "transaction",
                    "transfer",
                    "user",
                ])
            },
        },
        ModelRow {
            name: "cyclos MarketplacePermissions",
            check: || {
                from_json::<MarketplacePermissions>(
                    r##"{"search":true,"ownAdvertisements":true,"manageOwnAdvertisements":true,"purchase":true,"viewAdvertisements":true,"viewWebshop":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos NamedEntity",
            check: || {
                from_json::<NamedEntity>(r##"{"id":"id-1","name":"name-1"}"##, r##"{}"##, &[])
            },
        },
        ModelRow {
            name: "cyclos NfcTokenPermissions",
            check: || {
                from_json::<NfcTokenPermissions>(
                    r##"{"type":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"initialize":true,"personalize":true,"personalizeAsMember":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos NotFoundError",
            check: || {
                from_json::<NotFoundError>(
                    r##"{"entityType":"entityType-1","key":"key-1"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos NotificationsPermissions",
            check: || from_json::<NotificationsPermissions>(r##"{"enable":true}"##, r##"{}"##, &[]),
        },
        ModelRow {
            name: "cyclos Operation",
            check: || {
                from_json::<Operation>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1","scope":"user","resultType":"url","icon":"icon-1","label":"label-1","informationText":"informationText-1","confirmationText":"confirmationText-1","requireConfirmationPassword":true,"hasFileUpload":true,"allowExport":true,"allowPrint":true,"missingOptionalParameters":["missingOptionalParameters-1"],"missingRequiredParameters":["missingRequiredParameters-1"],"showFormForMissingOptionalParameters":true,"canRunDirectly":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos OperationPermissions",
            check: || {
                from_json::<OperationPermissions>(
                    r##"{"operation":{"id":"id-1","name":"name-1","internalName":"internalName-1","scope":"user","resultType":"url","icon":"icon-1","label":"label-1","informationText":"informationText-1","confirmationText":"confirmationText-1","requireConfirmationPassword":true,"hasFileUpload":true,"allowExport":true,"allowPrint":true,"missingOptionalParameters":["missingOptionalParameters-1"],"missingRequiredParameters":["missingRequiredParameters-1"],"showFormForMissingOptionalParameters":true,"canRunDirectly":true},"run":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos OperationResultTypeEnum",
            check: || {
                enum_values::<OperationResultTypeEnum>(&[
                    "externalRedirect",
                    "fileDownload",
                    "notification",
                    "plainText",
                    "resultPage",
                    "richText",
                    "url",
                ])
            },
        },
        ModelRow {
            name: "cyclos OperationScopeEnum",
            check: || {
                enum_values::<OperationScopeEnum>(&[
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
                ])
            },
        },
        ModelRow {
            name: "cyclos OperationsPermissions",
            check: || {
                from_json::<OperationsPermissions>(
                    r##"{"user":[{"operation":{"id":"id-1","name":"name-1","internalName":"internalName-1","scope":"user","resultType":"url","icon":"icon-1","label":"label-1","informationText":"informationText-1","confirmationText":"confirmationText-1","requireConfirmationPassword":true,"hasFileUpload":true,"allowExport":true,"allowPrint":true,"missingOptionalParameters":["missingOptionalParameters-1"],"missingRequiredParameters":["missingRequiredParameters-1"],"showFormForMissingOptionalParameters":true,"canRunDirectly":true},"run":true}],"system":[{"operation":{"id":"id-1","name":"name-1","internalName":"internalName-1","scope":"user","resultType":"url","icon":"icon-1","label":"label-1","informationText":"informationText-1","confirmationText":"confirmationText-1","requireConfirmationPassword":true,"hasFileUpload":true,"allowExport":true,"allowPrint":true,"missingOptionalParameters":["missingOptionalParameters-1"],"missingRequiredParameters":["missingRequiredParameters-1"],"showFormForMissingOptionalParameters":true,"canRunDirectly":true},"run":true}]}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos OtpError",
            check: || {
                from_json::<OtpError>(
                    r##"{"kind":"shoppingCartCheckout","exceptionType":"exceptionType-1","exceptionMessage":"exceptionMessage-1","code":"unexpected","smsStatus":"unexpected"}"##,
                    r##"{"exceptionType":"exceptionType-1"}"##,
                    &["exceptionType"],
                )
            },
        },
        ModelRow {
            name: "cyclos OtpErrorCode",
            check: || enum_values::<OtpErrorCode>(&["errorSendingSms", "unexpected"]),
        },
        ModelRow {
            name: "cyclos OutboundSmsStatusEnum",
            check: || {
                enum_values::<OutboundSmsStatusEnum>(&[
                    "gatewayUreachable",
                    "invalid",
                    "maxMessagesReached",
                    "rejected",
                    "success",
                    "timeout",
                    "unexpected",
                ])
            },
        },
        ModelRow {
            name: "cyclos PasswordInput",
            check: || {
                from_json::<PasswordInput>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1","inputMethod":"virtualKeyboard","mode":"script","hasActivePassword":true,"confirmationPasswordOncePerSession":true,"minLength":7,"maxLength":7,"otpSendMediums":["sms"],"numberOfButtons":7,"buttonsPerRow":7,"buttons":[["buttons-1"]]}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos PasswordInputMethodEnum",
            check: || enum_values::<PasswordInputMethodEnum>(&["textBox", "virtualKeyboard"]),
        },
        ModelRow {
            name: "cyclos PasswordModeEnum",
            check: || enum_values::<PasswordModeEnum>(&["generated", "manual", "otp", "script"]),
        },
        ModelRow {
            name: "cyclos PasswordPermissions",
            check: || {
                from_json::<PasswordPermissions>(
                    r##"{"type":{"id":"id-1","name":"name-1","internalName":"internalName-1","global":true,"mode":"script"},"change":true,"enable":true,"reset":true,"unblock":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos PasswordStatusEnum",
            check: || {
                enum_values::<PasswordStatusEnum>(&[
                    "active",
                    "disabled",
                    "expired",
                    "indefinitelyBlocked",
                    "neverCreated",
                    "pending",
                    "reset",
                    "temporarilyBlocked",
                ])
            },
        },
        ModelRow {
            name: "cyclos PasswordType",
            check: || {
                from_json::<PasswordType>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1","global":true,"mode":"script"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos PasswordsPermissions",
            check: || {
                from_json::<PasswordsPermissions>(
                    r##"{"manage":true,"passwords":[{"type":{"id":"id-1","name":"name-1","internalName":"internalName-1","global":true,"mode":"script"},"change":true,"enable":true,"reset":true,"unblock":true}]}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos PaymentRequestPermissions",
            check: || {
                from_json::<PaymentRequestPermissions>(
                    r##"{"accept":true,"reject":true,"cancel":true,"reschedule":true,"changeExpiration":true,"authorize":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos PaymentRequestsPermissions",
            check: || {
                from_json::<PaymentRequestsPermissions>(
                    r##"{"accept":true,"reject":true,"cancel":true,"reschedule":true,"changeExpiration":true,"authorize":true,"view":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos PaymentsPermissions",
            check: || {
                from_json::<PaymentsPermissions>(
                    r##"{"user":true,"system":true,"self":true,"pos":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos Permissions",
            check: || {
                from_json::<Permissions>(
                    r##"{"users":{"search":true,"viewProfile":true,"map":true,"contacts":true},"myProfile":{"editProfile":true,"manageAddresses":true,"manageAddressesPrivacy":true,"managePhones":true,"managePhonesPrivacy":true,"manageImages":true,"manageContactInfos":true,"canCreateAddress":true,"canCreateLandLine":true,"canCreateMobile":true,"canCreateImage":true,"canCreateContactInfo":true,"maxAddresses":7,"maxMobiles":7,"maxLandLines":7,"maxImages":7,"maxContactInfos":7,"addressAvailability":"required","mobileAvailability":"required","landLineAvailability":"required","profileImageAvailability":"required","contactInfoAvailability":"required"},"banking":{"accounts":[{"account":{},"visible":true,"systemPayments":[{}],"userPayments":[{}],"selfPayments":[{}],"posPayments":[{}]}],"payments":{"user":true,"system":true,"self":true,"pos":true},"authorizations":{"authorize":true,"deny":true,"cancel":true,"view":true},"scheduledPayments":{"block":true,"unblock":true,"cancel":true,"settle":true,"view":true,"process":true},"recurringPayments":{"cancel":true,"view":true},"externalPayments":{"view":true},"paymentRequests":{"accept":true,"reject":true,"cancel":true,"reschedule":true,"changeExpiration":true,"authorize":true,"view":true},"tickets":{"view":true,"create":true,"cancel":true,"accept":true,"approve":true}},"marketplace":{"search":true,"ownAdvertisements":true,"manageOwnAdvertisements":true,"purchase":true,"viewAdvertisements":true,"viewWebshop":true},"passwords":{"manage":true,"passwords":[{"type":{},"change":true,"enable":true,"reset":true,"unblock":true}]},"records":{"user":[{"type":{},"create":true,"update":true,"remove":true,"singleId":"singleId-1"}],"system":[{"type":{},"create":true,"update":true,"remove":true,"singleId":"singleId-1"}]},"operations":{"user":[{"operation":{},"run":true}],"system":[{"operation":{},"run":true}]},"contacts":{"enable":true,"hasVisibleFields":true,"hasEditableFields":true},"notifications":{"enable":true},"tokens":{"nfc":[{"type":{},"initialize":true,"personalize":true,"personalizeAsMember":true}]}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos PrincipalType",
            check: || {
                from_json::<PrincipalType>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1","kind":"username"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos PrincipalTypeInput",
            check: || {
                from_json::<PrincipalTypeInput>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1","kind":"username","customField":{"id":"id-1","name":"name-1","internalName":"internalName-1","type":"url","linkedEntityType":"user","control":"upload","kind":"user","decimalDigits":7,"informationText":"informationText-1","size":"tiny","pattern":"pattern-1","required":true,"allSelectedLabel":"allSelectedLabel-1","defaultValue":"defaultValue-1","possibleValueCategories":[{"id":"id-1","name":"name-1","internalName":"internalName-1"}],"hasValuesList":true,"possibleValues":[{"id":"id-1","value":"value-1","default":true,"internalName":"internalName-1","category":{}}],"dynamicValues":[{"value":"value-1","label":"label-1","defaultValue":true}],"stringValues":["stringValues-1"],"dateValues":["2024-05-01T10:15:00Z"],"integerValues":[7],"decimalValues":["-12.50"],"adValues":[{"id":"id-1","name":"name-1","kind":"webshop","image":{}}],"transactionValues":[{"id":"id-1","display":"display-1","transactionNumber":"transactionNumber-1","kind":"ticket","ticketNumber":"ticketNumber-1","date":"2024-05-01T10:15:00Z","amount":"-12.50","fromKind":"user","fromUser":{},"toKind":"user","toUser":{},"type":{},"currency":{},"authorizationStatus":"pending","description":"description-1"}],"transferValues":[{"id":"id-1","display":"display-1","date":"2024-05-01T10:15:00Z","amount":"-12.50","type":{},"currency":{},"from":{},"to":{},"transactionNumber":"transactionNumber-1","statuses":[{}]}],"recordValues":[{"id":"id-1","display":"display-1","kind":"user"}],"userValues":[{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{},"user":{}}],"maxFiles":7,"mimeTypes":["mimeTypes-1"],"allowedMimeTypes":["video"],"otherMimeTypes":["otherMimeTypes-1"]},"tokenType":"swipe","mask":"mask-1","allowManualInput":true,"example":"example-1"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos PrincipalTypeKind",
            check: || {
                enum_values::<PrincipalTypeKind>(&[
                    "accessClient",
                    "accountNumber",
                    "customField",
                    "email",
                    "mobilePhone",
                    "token",
                    "username",
                ])
            },
        },
        ModelRow {
            name: "cyclos Record",
            check: || {
                from_json::<Record>(
                    r##"{"id":"id-1","display":"display-1","kind":"user"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos RecordKind",
            check: || enum_values::<RecordKind>(&["system", "user"]),
        },
        ModelRow {
            name: "cyclos RecordLayoutEnum",
            check: || enum_values::<RecordLayoutEnum>(&["list", "single", "tiled"]),
        },
        ModelRow {
            name: "cyclos RecordPermissions",
            check: || {
                from_json::<RecordPermissions>(
                    r##"{"type":{"id":"id-1","name":"name-1","internalName":"internalName-1","pluralName":"pluralName-1","layout":"tiled","useViewPage":true},"create":true,"update":true,"remove":true,"singleId":"singleId-1"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos RecordType",
            check: || {
                from_json::<RecordType>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1","pluralName":"pluralName-1","layout":"tiled","useViewPage":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos RecordsPermissions",
            check: || {
                from_json::<RecordsPermissions>(
                    r##"{"user":[{"type":{"id":"id-1","name":"name-1","internalName":"internalName-1","pluralName":"pluralName-1","layout":"tiled","useViewPage":true},"create":true,"update":true,"remove":true,"singleId":"singleId-1"}],"system":[{"type":{"id":"id-1","name":"name-1","internalName":"internalName-1","pluralName":"pluralName-1","layout":"tiled","useViewPage":true},"create":true,"update":true,"remove":true,"singleId":"singleId-1"}]}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos RecurringPaymentPermissions",
            check: || {
                from_json::<RecurringPaymentPermissions>(r##"{"cancel":true}"##, r##"{}"##, &[])
            },
        },
        ModelRow {
            name: "cyclos RecurringPaymentsPermissions",
            check: || {
                from_json::<RecurringPaymentsPermissions>(
                    r##"{"cancel":true,"view":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos RelatedTransferType",
            check: || {
                from_json::<RelatedTransferType>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1","related":{"id":"id-1","name":"name-1","internalName":"internalName-1"}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos RoleEnum",
            check: || enum_values::<RoleEnum>(&["administrator", "broker", "member", "operator"]),
        },
        ModelRow {
            name: "cyclos ScheduledPaymentPermissions",
            check: || {
                from_json::<ScheduledPaymentPermissions>(
                    r##"{"block":true,"unblock":true,"cancel":true,"settle":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos ScheduledPaymentsPermissions",
            check: || {
                from_json::<ScheduledPaymentsPermissions>(
                    r##"{"block":true,"unblock":true,"cancel":true,"settle":true,"view":true,"process":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos SendMediumEnum",
            check: || enum_values::<SendMediumEnum>(&["email", "sms"]),
        },
        ModelRow {
            name: "cyclos StoredFile",
            check: || {
                from_json::<StoredFile>(
                    r##"{"id":"id-1","name":"name-1","contentType":"contentType-1","length":7,"url":"url-1"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos TicketsPermissions",
            check: || {
                from_json::<TicketsPermissions>(
                    r##"{"view":true,"create":true,"cancel":true,"accept":true,"approve":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos TokenTypeEnum",
            check: || {
                enum_values::<TokenTypeEnum>(&[
                    "barcode",
                    "nfcDevice",
                    "nfcTag",
                    "other",
                    "qrcode",
                    "swipe",
                ])
            },
        },
        ModelRow {
            name: "cyclos TokensPermissions",
            check: || {
                from_json::<TokensPermissions>(
                    r##"{"nfc":[{"type":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"initialize":true,"personalize":true,"personalizeAsMember":true}]}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos Transaction",
            check: || {
                from_json::<Transaction>(
                    r##"{"id":"id-1","display":"display-1","transactionNumber":"transactionNumber-1","kind":"ticket","ticketNumber":"ticketNumber-1","date":"2024-05-01T10:15:00Z","amount":"-12.50","fromKind":"user","fromUser":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{"id":"id-1","name":"name-1","contentType":"contentType-1","length":7,"url":"url-1","width":7,"height":7},"user":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{},"user":{}}},"toKind":"user","toUser":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{"id":"id-1","name":"name-1","contentType":"contentType-1","length":7,"url":"url-1","width":7,"height":7},"user":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{},"user":{}}},"type":{"id":"id-1","name":"name-1","internalName":"internalName-1","from":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"to":{"id":"id-1","name":"name-1","internalName":"internalName-1"}},"currency":{"id":"id-1","name":"name-1","internalName":"internalName-1","symbol":"symbol-1","prefix":"prefix-1","suffix":"suffix-1","transactionNumberPattern":"transactionNumberPattern-1","decimalDigits":7},"authorizationStatus":"pending","description":"description-1"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos TransactionAuthorizationPermissions",
            check: || {
                from_json::<TransactionAuthorizationPermissions>(
                    r##"{"authorize":true,"deny":true,"cancel":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos TransactionAuthorizationStatusEnum",
            check: || {
                enum_values::<TransactionAuthorizationStatusEnum>(&[
                    "authorized",
                    "canceled",
                    "denied",
                    "pending",
                ])
            },
        },
        ModelRow {
            name: "cyclos TransactionAuthorizationsPermissions",
            check: || {
                from_json::<TransactionAuthorizationsPermissions>(
                    r##"{"authorize":true,"deny":true,"cancel":true,"view":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos TransactionKind",
            check: || {
                enum_values::<TransactionKind>(&[
                    "chargeback",
                    "externalPayment",
                    "import",
                    "order",
                    "payment",
                    "paymentRequest",
                    "recurringPayment",
                    "scheduledPayment",
                    "ticket",
                ])
            },
        },
        ModelRow {
            name: "cyclos Transfer",
            check: || {
                from_json::<Transfer>(
                    r##"{"id":"id-1","display":"display-1","date":"2024-05-01T10:15:00Z","amount":"-12.50","type":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"currency":{"id":"id-1","name":"name-1","internalName":"internalName-1","symbol":"symbol-1","prefix":"prefix-1","suffix":"suffix-1","transactionNumberPattern":"transactionNumberPattern-1","decimalDigits":7},"from":{"id":"id-1","number":"number-1","type":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"kind":"user","user":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{},"user":{}}},"to":{"id":"id-1","number":"number-1","type":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"kind":"user","user":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{},"user":{}}},"transactionNumber":"transactionNumber-1","statuses":[{"id":"id-1","name":"name-1","internalName":"internalName-1","flow":{"id":"id-1","name":"name-1","internalName":"internalName-1"}}]}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos TransferStatus",
            check: || {
                from_json::<TransferStatus>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1","flow":{"id":"id-1","name":"name-1","internalName":"internalName-1"}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos TransferType",
            check: || {
                from_json::<TransferType>(
                    r##"{"id":"id-1","name":"name-1","internalName":"internalName-1","from":{"id":"id-1","name":"name-1","internalName":"internalName-1"},"to":{"id":"id-1","name":"name-1","internalName":"internalName-1"}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos UnauthorizedError",
            check: || {
                from_json::<UnauthorizedError>(
                    r##"{"code":"unauthorizedUrl","userStatus":"removed","passwordStatus":"temporarilyBlocked","missingSecondaryPassword":{"id":"id-1","name":"name-1","internalName":"internalName-1","global":true,"mode":"script"}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos UnauthorizedErrorCode",
            check: || {
                enum_values::<UnauthorizedErrorCode>(&[
                    "invalidAccessClient",
                    "invalidChannelUsage",
                    "invalidNetwork",
                    "loggedOut",
                    "login",
                    "missingAuthorization",
                    "remoteAddressBlocked",
                    "unauthorizedAddress",
                    "unauthorizedUrl",
                ])
            },
        },
        ModelRow {
            name: "cyclos User",
            check: || {
                from_json::<User>(
                    r##"{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{"id":"id-1","name":"name-1","contentType":"contentType-1","length":7,"url":"url-1","width":7,"height":7},"user":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{"id":"id-1","name":"name-1","contentType":"contentType-1","length":7,"url":"url-1","width":7,"height":7},"user":{"id":"id-1","display":"display-1","shortDisplay":"shortDisplay-1","image":{},"user":{}}}}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos UserProfilePermissions",
            check: || {
                from_json::<UserProfilePermissions>(
                    r##"{"editProfile":true,"manageAddresses":true,"manageAddressesPrivacy":true,"managePhones":true,"managePhonesPrivacy":true,"manageImages":true,"manageContactInfos":true,"canCreateAddress":true,"canCreateLandLine":true,"canCreateMobile":true,"canCreateImage":true,"canCreateContactInfo":true,"maxAddresses":7,"maxMobiles":7,"maxLandLines":7,"maxImages":7,"maxContactInfos":7,"addressAvailability":"required","mobileAvailability":"required","landLineAvailability":"required","profileImageAvailability":"required","contactInfoAvailability":"required"}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos UserStatusEnum",
            check: || {
                enum_values::<UserStatusEnum>(&[
                    "active", "blocked", "disabled", "pending", "purged", "removed",
                ])
            },
        },
        ModelRow {
            name: "cyclos UsersPermissions",
            check: || {
                from_json::<UsersPermissions>(
                    r##"{"search":true,"viewProfile":true,"map":true,"contacts":true}"##,
                    r##"{}"##,
                    &[],
                )
            },
        },
        ModelRow {
            name: "cyclos VersionedEntity",
            check: || {
                from_json::<VersionedEntity>(r##"{"id":"id-1","version":7}"##, r##"{}"##, &[])
            },
        },
    ]
}
