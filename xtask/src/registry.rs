//! The API crates `verify-docs` checks: one line per crate.
//!
//! `Entry::new(crate, seed, dialect, api)`: the folder under `crates/` (and `docs/`), the seed
//! document's path inside `docs/<crate>/`, the generator dialect of its documents, and the API
//! struct. Options:
//! - `.allow_methods(&[..])`: public non-operation methods of the API struct besides `new` and
//!   `client` (always allowed);
//! - `.allow_builder_options(&[..])`: request-builder methods that are transport options, not
//!   documented parameters (besides `timeout`, `retry`, `send`), such as `accept_xml`;
//! - `.enum_params(&[(method_name, param, "Enum")])`: string parameters typed as the spec's
//!   enum model (the document writes `str`; the enum still accepts any value);
//! - `.models_dir("Model")`: the sub-folder of `docs/<crate>/` holding the model documents
//!   (default: next to the seed).

/// The generator that wrote a crate's documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(
    dead_code,
    reason = "each dialect is used once a crate written in it is registered"
)]
pub(crate) enum Dialect {
    /// swagger-codegen Python (`# **do_login**`, `# Model`).
    Python,
    /// OpenAPI-Generator JavaScript (`## sessionControllerLogin`, `# Package.Model`).
    JavaScript,
    /// OpenAPI-Generator PHP (`## createSession`, `# # Model`).
    Php,
    /// APIMatic (`# Login Using POST` + `def login_using_post(..)`, `## Structure`).
    Apimatic,
}

/// One registered API crate.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    /// The folder under `crates/` and `docs/`.
    pub(crate) krate: &'static str,
    /// The seed document, relative to `docs/<crate>/`.
    pub(crate) seed: &'static str,
    /// The documents' dialect.
    pub(crate) dialect: Dialect,
    /// The API struct's name.
    pub(crate) api: &'static str,
    /// Public methods of the API struct that are not operations (besides `new` and `client`).
    pub(crate) allowed: &'static [&'static str],
    /// Request-builder methods that are options, not parameters (besides `timeout`, `retry`).
    pub(crate) builder_options: &'static [&'static str],
    /// `(rust_method, param, enum model)`: string parameters typed as an enum.
    pub(crate) enum_params: &'static [(&'static str, &'static str, &'static str)],
    /// The model documents' folder, relative to `docs/<crate>/`.
    pub(crate) models_dir: Option<&'static str>,
}

#[allow(
    dead_code,
    reason = "the options are used as crates needing them are registered"
)]
impl Entry {
    /// A crate with its seed document, dialect and API struct.
    pub(crate) const fn new(
        krate: &'static str,
        seed: &'static str,
        dialect: Dialect,
        api: &'static str,
    ) -> Self {
        Self {
            krate,
            seed,
            dialect,
            api,
            allowed: &[],
            builder_options: &[],
            enum_params: &[],
            models_dir: None,
        }
    }

    /// Allows these public methods on the API struct besides the operations, `new` and `client`.
    pub(crate) const fn allow_methods(mut self, methods: &'static [&'static str]) -> Self {
        self.allowed = methods;
        self
    }

    /// Request-builder methods that are options rather than documented parameters.
    pub(crate) const fn allow_builder_options(mut self, methods: &'static [&'static str]) -> Self {
        self.builder_options = methods;
        self
    }

    /// String parameters the crate types as the spec's enum model.
    pub(crate) const fn enum_params(
        mut self,
        params: &'static [(&'static str, &'static str, &'static str)],
    ) -> Self {
        self.enum_params = params;
        self
    }

    /// The folder (inside `docs/<crate>/`) holding the model documents.
    pub(crate) const fn models_dir(mut self, dir: &'static str) -> Self {
        self.models_dir = Some(dir);
        self
    }
}

/// Every API crate, one line each.
#[rustfmt::skip]
pub(crate) const REGISTRY: &[Entry] = &[
    Entry::new("letmc-session", "SessionControllerApi.md", Dialect::JavaScript, "SessionControllerApi").allow_methods(&["with_default_base_url"]).allow_builder_options(&["accept_xml"]),
    Entry::new("controlm-session", "SessionApi.md", Dialect::Python, "SessionApi"),
    Entry::new("vzm2m-session", "controllers/session.md", Dialect::Apimatic, "SessionController").models_dir("models"),
    Entry::new("equisoft-account", "Api/SessionApi.md", Dialect::Php, "SessionApi").models_dir("Model"),
    Entry::new("cyclos-auth", "AuthApi.md", Dialect::Python, "AuthApi").allow_methods(&["with_fields_format"]).enum_params(&[("new_otp", "medium", "SendMediumEnum")]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_unique_and_options_chain() {
        for (i, entry) in REGISTRY.iter().enumerate() {
            assert!(
                REGISTRY[i + 1..].iter().all(|e| e.krate != entry.krate),
                "{}",
                entry.krate
            );
        }
        const E: Entry = Entry::new(
            "vzm2m-session",
            "controllers/session.md",
            Dialect::Apimatic,
            "SessionController",
        )
        .models_dir("models")
        .allow_methods(&["client"]);
        assert_eq!(E.models_dir, Some("models"));
        assert_eq!(E.allowed, ["client"]);
    }
}
