//! cyclos-auth through a `Session` on a Redis store (`RedisStore`): the same
//! call as `cyclos_session.rs`, the session's one login (and its lease and
//! publication in Redis) in the warm-up. The token is kept in memory, so a
//! call costs what it costs with the memory store: no Redis round trip. A
//! `redis-server` on the PATH is started on a free loopback port for the run
//! (stopped by its PID when the scenario ends); without one the store
//! degrades to the process's memory, which the summary line says.

use cyclos_auth::models::Auth;
use cyclos_auth::{RedisStore, Session, SessionCredentials, SessionSettings, StoreKeys};
use reqwest::header::{ACCEPT, HeaderValue, USER_AGENT};
use session_sdks_runtime::Client;

use super::Scenario;
use super::cyclos_session::{CyclosSession, TOKEN};
use crate::server::Route;

pub(crate) struct CyclosRedisSession {
    session: Session,
    _redis: Option<RedisServer>,
    http: reqwest::Client,
    url: String,
    token: HeaderValue,
}

impl Scenario for CyclosRedisSession {
    const NAME: &'static str = "cyclos-auth redis session";
    const OPERATION: &'static str = "Session (RedisStore)::api().get_current_auth()";
    // The same server as the memory-backed session's scenario: only the store differs.
    const ROUTE: Route = CyclosSession::ROUTE;
    const LOGIN: Option<Route> = CyclosSession::LOGIN;
    type Output = Auth;

    fn new(client: Client) -> Self {
        let http = client.http_client().clone();
        let url = format!("{}/auth", client.base_url());
        let redis = RedisServer::start();
        let port = redis.as_ref().map_or(1, |redis| redis.port);
        if redis.is_none() {
            eprintln!(
                "cyclos-auth redis session: no redis-server on the PATH: the store degrades to memory"
            );
        }
        let keys = StoreKeys::new(b"bench-name-key-0123456789").encryption_key([7; 32]);
        let settings = match RedisStore::new(&format!("redis://127.0.0.1:{port}"), keys) {
            Ok(store) => SessionSettings {
                store: store.into(),
                ..SessionSettings::default()
            },
            Err(_) => SessionSettings::default(),
        };
        let session = Session::with_settings(
            &client,
            SessionCredentials::new("jsmith", "p4ssw0rd"),
            settings,
        );
        Self {
            session,
            _redis: redis,
            http,
            url,
            token: HeaderValue::from_static(TOKEN),
        }
    }

    async fn sdk(&self) -> Result<Auth, String> {
        self.session
            .api()
            .get_current_auth()
            .await
            .map_err(|e| e.to_string())
    }

    async fn raw(&self) -> Result<Auth, String> {
        let response = self
            .http
            .get(&self.url)
            .header(USER_AGENT, crate::USER_AGENT)
            .header(ACCEPT, "application/json")
            .header("session-token", self.token.clone())
            .timeout(crate::TIMEOUT)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| e.to_string())?;
        let bytes = response.bytes().await.map_err(|e| e.to_string())?;
        serde_json::from_slice(&bytes).map_err(|e| e.to_string())
    }
}

/// A `redis-server` of the run's own: no snapshot, no AOF, stopped by its PID.
struct RedisServer {
    port: u16,
    process: std::process::Child,
}

impl RedisServer {
    fn start() -> Option<Self> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .ok()?
            .local_addr()
            .ok()?
            .port();
        let process = std::process::Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(std::process::Stdio::null())
            .spawn()
            .ok()?;
        let server = Self { port, process };
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Some(server);
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        None
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}
