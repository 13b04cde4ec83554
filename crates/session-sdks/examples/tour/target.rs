//! Where each API of the tour runs: its `MockServer`, or a real server from the command line.

use std::collections::BTreeMap;
use std::env;

const APIS: [&str; 5] = ["letmc", "controlm", "vzm2m", "equisoft", "cyclos"];

/// The parsed command line.
pub(crate) struct Args {
    urls: BTreeMap<String, String>,
    only: Option<String>,
}

/// One API's target: `None` for its `MockServer`, or a real server and its credentials.
pub(crate) struct Real {
    pub(crate) base_url: String,
    pub(crate) username: String,
    pub(crate) password: String,
    pub(crate) new_password: Option<String>,
}

impl Args {
    /// Reads `--base-url <api>=<url>`, `--only <api>` and the `SESSION_SDKS_TOUR_*_URL` variables.
    pub(crate) fn from_env() -> Result<Self, String> {
        let mut urls = BTreeMap::new();
        for api in APIS {
            if let Ok(url) = env::var(var(api, "URL")) {
                urls.insert(api.to_owned(), url);
            }
        }
        let mut only = None;
        let mut args = env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--base-url" => {
                    let value = args.next().ok_or("--base-url needs <api>=<url>")?;
                    let (api, url) = value
                        .split_once('=')
                        .ok_or("--base-url needs <api>=<url>")?;
                    urls.insert(known(api)?.to_owned(), url.to_owned());
                }
                "--only" => {
                    let api = args.next().ok_or("--only needs an API name")?;
                    only = Some(known(&api)?.to_owned());
                }
                "-h" | "--help" => {
                    return Err(format!(
                        "usage: tour [--only <api>] [--base-url <api>=<url>]...; APIs: {}",
                        APIS.join(", ")
                    ));
                }
                other => return Err(format!("unknown argument `{other}` (try --help)")),
            }
        }
        Ok(Self { urls, only })
    }

    /// Whether the tour runs `api`.
    pub(crate) fn wants(&self, api: &str) -> bool {
        self.only.as_deref().is_none_or(|only| only == api)
    }

    /// The real server for `api`, if one was given.
    pub(crate) fn target(&self, api: &str) -> Option<Real> {
        let base_url = self.urls.get(api)?.clone();
        Some(Real {
            base_url,
            username: env::var(var(api, "USERNAME")).unwrap_or_default(),
            password: env::var(var(api, "PASSWORD")).unwrap_or_default(),
            new_password: env::var(var(api, "NEW_PASSWORD")).ok(),
        })
    }
}

fn known(api: &str) -> Result<&str, String> {
    APIS.iter()
        .find(|known| **known == api)
        .copied()
        .ok_or_else(|| format!("unknown API `{api}`; one of {}", APIS.join(", ")))
}

fn var(api: &str, what: &str) -> String {
    format!("SESSION_SDKS_TOUR_{}_{what}", api.to_uppercase())
}
