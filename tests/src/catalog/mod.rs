//! The tables every suite iterates: one module per crate, each returning rows.
//!
//! Adding a crate means adding one module here with the same five functions
//! and one line in each `all_*` function below.

pub mod controlm;
pub mod cyclos;
mod cyclos_models;
pub mod equisoft;
pub mod letmc;
pub mod runtime;
pub mod vzm2m;

use session_sdks_runtime::{BoxFuture, Client, Operation, Repeat, SdkError};

use crate::chaos::Reply;
use crate::decode::Decoder;

/// What a call returned: `Debug` of the `ResponseValue` that `.send()` gave,
/// or the error with its typed entity erased.
pub type Outcome = Result<String, SdkError>;

/// Runs one operation on `client`; the `String` is the secret the call
/// sends wherever it sends one (password, new password, token parameter).
pub type Call = fn(Client, String) -> BoxFuture<'static, Outcome>;

/// One documented operation, as the fault, secrets and injection suites drive it.
#[derive(Clone, Copy)]
pub struct OpRow {
    /// Crate (package) name.
    pub krate: &'static str,
    /// The operation as its crate sends it (name, method, path, `Repeat` rule): the
    /// crate's own constant, read rather than restated.
    pub op: &'static Operation,
    /// The exact request target `call` sends (path and query).
    pub target: &'static str,
    /// The documented result is a `string`: any text body decodes, whatever its type.
    pub text: bool,
    /// The documented result is "no content": any 2xx body is accepted and
    /// discarded, so a body of the wrong type or encoding is still `Ok`.
    pub empty: bool,
    /// The call sends its secret `String` in a header (`Confirmation-Password`,
    /// `VZ-M2M-Token`, ...), so a value with CR/LF/NUL must be refused.
    pub secret_header: bool,
    /// A 2xx response the call decodes successfully.
    pub success: fn() -> Reply,
    /// Runs the call.
    pub call: Call,
}

impl OpRow {
    /// Rust method name.
    pub fn name(&self) -> &'static str {
        self.op.name
    }

    /// HTTP method on the wire.
    pub fn method(&self) -> &'static str {
        self.op.method.as_str()
    }

    /// When a failed attempt is sent again: the operation's `Repeat` rule.
    pub fn repeat(&self) -> Repeat {
        self.op.repeat
    }
}

/// One path parameter, for the injection suite.
#[derive(Clone, Copy)]
pub struct PathRow {
    /// Crate and operation, for messages.
    pub name: &'static str,
    /// Runs the call with `value` as the path parameter.
    pub call: Call,
    /// The request target expected for an already percent-encoded value.
    pub target: fn(&str) -> String,
}

/// One model, for the round-trip suite.
#[derive(Clone, Copy)]
pub struct ModelRow {
    /// Crate and model, for messages.
    pub name: &'static str,
    /// Serializes a fully set and a minimal value, checks they read back equal
    /// and that unset fields are absent from the JSON.
    pub check: fn() -> Result<(), String>,
}

/// Something that holds `secret`, rendered every way a user may print it.
pub type Rendered = (String, Vec<String>);

/// Every operation of every crate.
pub fn all_operations() -> Vec<OpRow> {
    [
        runtime::operations(),
        controlm::operations(),
        letmc::operations(),
        equisoft::operations(),
        vzm2m::operations(),
        cyclos::operations(),
    ]
    .concat()
}

/// Every path parameter of every crate.
pub fn all_path_params() -> Vec<PathRow> {
    [
        runtime::path_params(),
        controlm::path_params(),
        letmc::path_params(),
        equisoft::path_params(),
        vzm2m::path_params(),
        cyclos::path_params(),
    ]
    .concat()
}

/// Every response decoder of every crate.
pub fn all_decoders() -> Vec<Decoder> {
    [
        runtime::decoders(),
        controlm::decoders(),
        letmc::decoders(),
        equisoft::decoders(),
        vzm2m::decoders(),
        cyclos::decoders(),
    ]
    .concat()
}

/// The decoder named `name` (a fuzz target's name); panics on an unknown name.
pub fn decoder(name: &str) -> Decoder {
    all_decoders()
        .into_iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("no decoder named `{name}`"))
}

/// Every model of every crate.
pub fn all_models() -> Vec<ModelRow> {
    [
        runtime::models(),
        controlm::models(),
        letmc::models(),
        equisoft::models(),
        vzm2m::models(),
        cyclos::models(),
    ]
    .concat()
}

/// Every config, client, model and builder of every crate built with `secret`.
pub fn all_secret_holders(secret: &str) -> Vec<Rendered> {
    [
        runtime::secret_holders(secret),
        controlm::secret_holders(secret),
        letmc::secret_holders(secret),
        equisoft::secret_holders(secret),
        vzm2m::secret_holders(secret),
        cyclos::secret_holders(secret),
    ]
    .concat()
}

/// `Debug`, alternate `Debug` and (when any) `Display` of a value.
pub fn render_debug<T: std::fmt::Debug>(what: &str, value: &T) -> Rendered {
    (
        what.to_owned(),
        vec![format!("{value:?}"), format!("{value:#?}")],
    )
}

/// Every rendering of an error: `Display`, `Debug`, and each `source()` in its chain.
pub fn render_error(err: &(dyn std::error::Error + 'static)) -> Vec<String> {
    let mut out = vec![err.to_string(), format!("{err:?}"), format!("{err:#?}")];
    let mut source = err.source();
    while let Some(inner) = source {
        out.push(inner.to_string());
        out.push(format!("{inner:?}"));
        source = inner.source();
    }
    out
}
