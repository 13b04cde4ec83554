//! The lifecycle against a fake server that counts what an account sees:
//! logins, failed logins, live sessions, logouts. On tokio's paused clock, so
//! lifetimes, backoffs and deadlines are exact and nothing is timed.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::Method;
use reqwest::header::HeaderMap;
use tokio::sync::Semaphore;

use super::*;
use crate::auth::AuthProvider;
use crate::error::ResponseContent;
use crate::operation::Repeat;

const LOGIN: Operation = Operation {
    name: "login",
    method: Method::POST,
    path: "/login",
    repeat: Repeat::IfUnprocessed,
    accept: None,
    target: env!("CARGO_CRATE_NAME"),
};
const LOGOUT: Operation = Operation {
    name: "logout",
    method: Method::POST,
    path: "/logout",
    repeat: Repeat::IfUnprocessed,
    accept: None,
    target: env!("CARGO_CRATE_NAME"),
};

/// What the fake server saw and how it behaves.
#[derive(Default)]
struct Server {
    password: Mutex<String>,
    logins: AtomicUsize,
    failed: AtomicUsize,
    logouts: AtomicUsize,
    live: Mutex<BTreeSet<String>>,
    issued: AtomicUsize,
    /// Answer 503 to every login.
    down: AtomicBool,
    /// Refuse a login while the user has a live session.
    one_session: AtomicBool,
    /// Logins wait for a permit (none: stalled).
    gate: Option<Semaphore>,
    /// Answer the logout with 500.
    logout_fails: AtomicBool,
    /// Logouts wait for a permit when set.
    logout_gate: Option<Semaphore>,
    /// Issue a token this large.
    token_bytes: AtomicUsize,
}

impl Server {
    fn new() -> Arc<Self> {
        Arc::new(Self {
            password: Mutex::new("pw".into()),
            ..Self::default()
        })
    }

    fn stalled() -> Arc<Self> {
        Arc::new(Self {
            password: Mutex::new("pw".into()),
            gate: Some(Semaphore::new(0)),
            ..Self::default()
        })
    }

    fn live(&self) -> usize {
        self.live.lock().unwrap().len()
    }

    fn end_all(&self) {
        self.live.lock().unwrap().clear();
    }
}

fn api_error(status: u16) -> SdkError<()> {
    let status = StatusCode::from_u16(status).unwrap();
    SdkError::Api(Box::new(ResponseContent {
        operation: &LOGIN,
        status,
        headers: HeaderMap::new(),
        body: bytes::Bytes::new(),
        preview: String::new(),
        withheld: false,
        entity: None,
    }))
}

struct Fake(Arc<Server>);

impl SessionLogin for Fake {
    type Error = ();
    type Credentials = String;

    fn operation(&self) -> &'static Operation {
        &LOGIN
    }

    fn logout_operation(&self) -> &'static Operation {
        &LOGOUT
    }

    fn check(&self, password: &String) -> Result<(), String> {
        credential_problem("password", password).map_or(Ok(()), Err)
    }

    fn login(&self, password: &String) -> BoxFuture<'_, Result<SessionToken, SdkError>> {
        let password = password.clone();
        Box::pin(async move {
            let server = &self.0;
            if let Some(gate) = &server.gate {
                gate.acquire().await.unwrap().forget();
            }
            server.logins.fetch_add(1, Ordering::SeqCst);
            if server.down.load(Ordering::SeqCst) {
                return Err(api_error(503));
            }
            if *server.password.lock().unwrap() != password {
                server.failed.fetch_add(1, Ordering::SeqCst);
                return Err(api_error(401));
            }
            let mut live = server.live.lock().unwrap();
            if server.one_session.load(Ordering::SeqCst) && !live.is_empty() {
                server.failed.fetch_add(1, Ordering::SeqCst);
                return Err(api_error(409));
            }
            let n = server.issued.fetch_add(1, Ordering::SeqCst);
            let size = server.token_bytes.load(Ordering::SeqCst);
            let token = if size > 0 {
                "t".repeat(size)
            } else {
                format!("token-{n}")
            };
            live.insert(token.clone());
            Ok(SessionToken::new(Secret::new(token)))
        })
    }

    fn logout(&self, token: Secret) -> BoxFuture<'_, Result<(), SdkError>> {
        Box::pin(async move {
            let server = &self.0;
            if let Some(gate) = &server.logout_gate {
                gate.acquire().await.unwrap().forget();
            }
            server.logouts.fetch_add(1, Ordering::SeqCst);
            if server.logout_fails.load(Ordering::SeqCst) {
                return Err(api_error(500));
            }
            if server.live.lock().unwrap().remove(token.expose()) {
                Ok(())
            } else {
                Err(api_error(401))
            }
        })
    }

    fn ended(&self, status: StatusCode, _body: &[u8]) -> bool {
        status == StatusCode::UNAUTHORIZED
    }
}

fn session(server: &Arc<Server>, settings: SessionSettings) -> Session<Fake> {
    Session::new(
        Fake(Arc::clone(server)),
        Credentials::fixed("pw".to_owned()),
        SessionSettings {
            header: Some(("x-token", "")),
            ..settings
        },
    )
}

fn fixed(lifetime: u64) -> SessionSettings {
    SessionSettings {
        lifetime: Some(Lifetime::Fixed(Duration::from_secs(lifetime))),
        renew_before: Duration::from_secs(60),
        ..SessionSettings::default()
    }
}

/// `tasks` tasks calling `credential` for `run` of the paused clock, one
/// call every 10 ms each: how many calls succeeded and failed.
async fn hammer(session: &Session<Fake>, tasks: usize, run: Duration) -> (usize, usize) {
    let ok = Arc::new(AtomicUsize::new(0));
    let failed = Arc::new(AtomicUsize::new(0));
    let end = tokio::time::Instant::now() + run;
    let handles: Vec<_> = (0..tasks)
        .map(|_| {
            let (session, ok, failed) = (session.clone(), ok.clone(), failed.clone());
            tokio::spawn(async move {
                while tokio::time::Instant::now() < end {
                    match session.credential().await {
                        Ok(_) => ok.fetch_add(1, Ordering::SeqCst),
                        Err(_) => failed.fetch_add(1, Ordering::SeqCst),
                    };
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
            })
        })
        .collect();
    for handle in handles {
        handle.await.unwrap();
    }
    (ok.load(Ordering::SeqCst), failed.load(Ordering::SeqCst))
}

/// Lets spawned tasks run until they wait on something.
async fn settle() {
    for _ in 0..50 {
        tokio::task::yield_now().await;
    }
}

#[tokio::test(start_paused = true)]
async fn a_wrong_password_costs_one_failed_login_whatever_the_load() {
    let server = Server::new();
    *server.password.lock().unwrap() = "changed".into();
    let session = session(&server, SessionSettings::default());
    let (ok, failed) = hammer(&session, 50, Duration::from_secs(30)).await;
    assert_eq!((ok, server.logins.load(Ordering::SeqCst)), (0, 1));
    assert!(failed > 50 * 1000, "{failed}");
    assert_eq!(session.state(), SessionState::Refused);
    let err = session.credential().await.unwrap_err();
    assert!(
        matches!(&err, SdkError::Login(login) if login.is_refused()),
        "{err:?}"
    );
    assert!(!err.is_retryable());
    assert!(
        err.to_string().contains("refused earlier, nothing sent"),
        "{err}"
    );
    let typed = session.start().await.unwrap_err();
    assert_eq!(typed.status(), Some(StatusCode::UNAUTHORIZED));
    // New credentials on a clone apply to all: the next login goes ahead.
    session.clone().set_credentials("changed".into());
    assert!(session.credential().await.is_ok());
    assert_eq!(server.logins.load(Ordering::SeqCst), 2);
    assert_eq!(server.failed.load(Ordering::SeqCst), 1);
}

#[tokio::test(start_paused = true)]
async fn a_refusal_is_tried_again_only_when_asked_and_after_the_interval() {
    let server = Server::new();
    *server.password.lock().unwrap() = "changed".into();
    let session = session(
        &server,
        SessionSettings {
            retry_refused_after: Some(Duration::from_secs(600)),
            ..SessionSettings::default()
        },
    );
    hammer(&session, 10, Duration::from_secs(599)).await;
    assert_eq!(server.logins.load(Ordering::SeqCst), 1);
    tokio::time::sleep(Duration::from_secs(2)).await;
    hammer(&session, 10, Duration::from_secs(10)).await;
    assert_eq!(server.logins.load(Ordering::SeqCst), 2);
}

#[tokio::test(start_paused = true)]
async fn credentials_from_a_function_are_read_again_without_sending_the_refused_ones() {
    let server = Server::new();
    let secret = Arc::new(Mutex::new("wrong".to_owned()));
    let read = Arc::clone(&secret);
    let session = Session::new(
        Fake(Arc::clone(&server)),
        Credentials::from_fn(move || {
            let value = read.lock().unwrap().clone();
            async move { Ok::<_, String>(value) }
        }),
        SessionSettings {
            header: Some(("x-token", "")),
            ..SessionSettings::default()
        },
    );
    hammer(&session, 50, Duration::from_secs(30)).await;
    assert_eq!(server.failed.load(Ordering::SeqCst), 1);
    assert_eq!(server.logins.load(Ordering::SeqCst), 1);
    // The mounted file changes: the next read after the recheck interval logs in.
    *secret.lock().unwrap() = "pw".into();
    let (ok, _) = hammer(&session, 50, Duration::from_secs(10)).await;
    assert!(ok > 0);
    assert_eq!(server.logins.load(Ordering::SeqCst), 2);
    // A provider that fails, or gives an empty password: a clear error, nothing sent.
    let failing = Session::new(
        Fake(Arc::clone(&server)),
        Credentials::from_fn(|| async { Err::<String, _>("vault sealed") }),
        SessionSettings {
            header: Some(("x-token", "")),
            ..SessionSettings::default()
        },
    );
    let err = failing.token().await.unwrap_err();
    assert!(
        err.to_string()
            .contains("login: the credentials could not be read: vault sealed"),
        "{err}"
    );
    let empty = Session::new(
        Fake(Arc::clone(&server)),
        Credentials::fixed(" ".to_owned()),
        SessionSettings::default(),
    );
    let err = empty.token().await.unwrap_err();
    assert!(err.to_string().contains("`password` is empty"), "{err}");
    assert_eq!(server.logins.load(Ordering::SeqCst), 2);
}

#[tokio::test(start_paused = true)]
async fn a_login_outage_backs_off_for_every_caller() {
    let server = Server::new();
    server.down.store(true, Ordering::SeqCst);
    let session = session(&server, SessionSettings::default());
    let (ok, failed) = hammer(&session, 50, Duration::from_secs(5)).await;
    let attempts = server.logins.load(Ordering::SeqCst);
    assert_eq!(ok, 0);
    assert!(failed > 0);
    assert!(
        (5..=8).contains(&attempts),
        "{attempts} login attempts in 5 s"
    );
    let err = session.credential().await.unwrap_err();
    assert!(err.is_retryable(), "{err:?}");
    assert_eq!(session.state(), SessionState::BackingOff);
    // Recovered: the first call after the backoff (at most the cap) logs in.
    server.down.store(false, Ordering::SeqCst);
    tokio::time::sleep(DEFAULT_LOGIN_BACKOFF_CAP).await;
    assert!(session.credential().await.is_ok());
    assert_eq!(server.logins.load(Ordering::SeqCst), attempts + 1);
}

#[tokio::test(start_paused = true)]
async fn cancelled_callers_never_cancel_the_login() {
    let server = Server::stalled();
    let session = session(&server, SessionSettings::default());
    for _ in 0..10 {
        let outcome = tokio::time::timeout(Duration::from_millis(100), session.credential()).await;
        assert!(outcome.is_err(), "the caller is cancelled");
    }
    server.gate.as_ref().unwrap().add_permits(1);
    settle().await;
    assert_eq!(session.state(), SessionState::LoggedIn);
    session.credential().await.unwrap();
    assert_eq!(server.logins.load(Ordering::SeqCst), 1);
    session.close().await.unwrap();
    assert_eq!(server.live(), 0);
}

#[tokio::test(start_paused = true)]
async fn a_login_past_its_deadline_is_kept_and_never_repeated() {
    let server = Server::stalled();
    let session = session(
        &server,
        SessionSettings {
            login_deadline: Duration::from_secs(5),
            ..SessionSettings::default()
        },
    );
    let err = session.token().await.unwrap_err();
    assert!(matches!(err, SdkError::DeadlineExceeded(_)), "{err:?}");
    // Callers during the overdue login get the deadline error, no second login.
    let err = session.credential().await.unwrap_err();
    assert!(err.is_timeout() && err.is_retryable(), "{err:?}");
    server.gate.as_ref().unwrap().add_permits(1);
    settle().await;
    session.credential().await.unwrap();
    assert_eq!(server.logins.load(Ordering::SeqCst), 1);
    assert_eq!(server.live(), 1);
}

#[tokio::test(start_paused = true)]
async fn close_during_a_login_logs_its_session_out() {
    let server = Server::stalled();
    let session = session(&server, SessionSettings::default());
    let caller = tokio::spawn({
        let session = session.clone();
        async move { session.credential().await }
    });
    settle().await;
    let closing = tokio::spawn({
        let session = session.clone();
        async move { session.close().await }
    });
    settle().await;
    // New calls are refused at once while close waits.
    let err = session.credential().await.unwrap_err();
    assert!(err.to_string().contains("the session was closed"), "{err}");
    server.gate.as_ref().unwrap().add_permits(1);
    closing.await.unwrap().unwrap();
    assert!(caller.await.unwrap().is_err());
    assert_eq!(server.logins.load(Ordering::SeqCst), 1);
    assert_eq!(server.logouts.load(Ordering::SeqCst), 1);
    assert_eq!(server.live(), 0);
}

#[tokio::test(start_paused = true)]
async fn a_login_landing_after_close_gave_up_is_logged_out_by_itself() {
    let server = Server::stalled();
    let session = session(
        &server,
        SessionSettings {
            login_deadline: Duration::from_secs(2),
            ..SessionSettings::default()
        },
    );
    let _ = tokio::time::timeout(Duration::from_millis(10), session.credential()).await;
    let err = session.close().await.unwrap_err();
    assert!(
        err.to_string().starts_with("logout (POST /logout)"),
        "{err}"
    );
    server.gate.as_ref().unwrap().add_permits(1);
    settle().await;
    assert_eq!(server.logins.load(Ordering::SeqCst), 1);
    assert_eq!(server.live(), 0);
}

#[tokio::test(start_paused = true)]
async fn close_during_a_relogin_and_a_failed_logout_is_tried_again() {
    let server = Server::new();
    let session = session(&server, SessionSettings::default());
    session.start().await.unwrap();
    server.logout_fails.store(true, Ordering::SeqCst);
    let err = session.close().await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert_eq!(server.live(), 1);
    server.logout_fails.store(false, Ordering::SeqCst);
    session.close().await.unwrap();
    assert_eq!(server.live(), 0);
    // A third close sends nothing.
    session.close().await.unwrap();
    assert_eq!(server.logouts.load(Ordering::SeqCst), 2);
    // The server's own end of the session is success for close.
    let ended = self::session(&server, SessionSettings::default());
    ended.start().await.unwrap();
    server.end_all();
    ended.close().await.unwrap();
}

#[tokio::test(start_paused = true)]
async fn renewal_replaces_the_session_then_logs_the_old_one_out() {
    let server = Server::new();
    let session = session(&server, fixed(600));
    let first = session.token().await.unwrap();
    tokio::time::sleep(Duration::from_secs(545)).await;
    // Due: the caller gets the current token at once, the renewal runs behind it.
    assert_eq!(session.token().await.unwrap(), first);
    settle().await;
    let second = session.token().await.unwrap();
    assert_ne!(second, first);
    assert_eq!(server.live(), 2, "the overlap");
    tokio::time::sleep(DEFAULT_LOGOUT_GRACE).await;
    settle().await;
    assert_eq!(server.live(), 1);
    assert!(!server.live.lock().unwrap().contains(first.expose()));
    assert_eq!(server.logins.load(Ordering::SeqCst), 2);
}

#[tokio::test(start_paused = true)]
async fn renewal_on_a_one_session_server_surfaces_no_error() {
    let server = Server::new();
    server.one_session.store(true, Ordering::SeqCst);
    let session = session(&server, fixed(600));
    let first = session.token().await.unwrap();
    let (_, failed) = hammer(&session, 20, Duration::from_secs(590)).await;
    assert_eq!(failed, 0);
    // The renewal was refused once and not repeated; the old token served on.
    assert_eq!(server.logins.load(Ordering::SeqCst), 2);
    assert_eq!(session.token().await.unwrap(), first);
    // The server ends it at its lifetime; one login then succeeds.
    server.end_all();
    tokio::time::sleep(Duration::from_secs(11)).await;
    let (_, failed) = hammer(&session, 20, Duration::from_secs(5)).await;
    assert_eq!(failed, 0);
    assert_ne!(session.token().await.unwrap(), first);
    assert_eq!(server.logins.load(Ordering::SeqCst), 3);
    assert_eq!(server.live(), 1);
}

#[tokio::test(start_paused = true)]
async fn an_ended_session_causes_exactly_one_relogin_and_is_never_sent_again() {
    let server = Server::new();
    let session = session(&server, SessionSettings::default());
    let (_, sent) = session.credential().await.unwrap();
    server.end_all();
    for _ in 0..20 {
        assert_eq!(
            session.refused(&sent, StatusCode::UNAUTHORIZED, b""),
            Refusal::SessionEnded
        );
        let (_, next) = session.credential().await.unwrap();
        assert_ne!(next, sent, "a refused token is never handed out again");
    }
    assert_eq!(server.logins.load(Ordering::SeqCst), 2);
    // A second end after the re-login: one more login.
    let (_, second) = session.credential().await.unwrap();
    server.end_all();
    session.refused(&second, StatusCode::UNAUTHORIZED, b"");
    session.credential().await.unwrap();
    assert_eq!(server.logins.load(Ordering::SeqCst), 3);
    // Another status is not an end: the token is kept.
    let (_, third) = session.credential().await.unwrap();
    assert_eq!(
        session.refused(&third, StatusCode::FORBIDDEN, b""),
        Refusal::Kept
    );
    assert_eq!(session.credential().await.unwrap().1, third);
}

#[tokio::test(start_paused = true)]
async fn an_idle_lifetime_restarts_at_each_use() {
    let server = Server::new();
    let session = session(
        &server,
        SessionSettings {
            lifetime: Some(Lifetime::Idle(Duration::from_secs(1200))),
            ..SessionSettings::default()
        },
    );
    let first = session.token().await.unwrap();
    for _ in 0..10 {
        tokio::time::sleep(Duration::from_secs(600)).await;
        assert_eq!(session.token().await.unwrap(), first);
    }
    tokio::time::sleep(Duration::from_secs(1201)).await;
    assert_ne!(session.token().await.unwrap(), first);
    assert_eq!(server.logins.load(Ordering::SeqCst), 2);
}

#[tokio::test(start_paused = true)]
async fn an_unusable_token_is_an_error_sent_once_and_logged_out() {
    let server = Server::new();
    server
        .token_bytes
        .store(MAX_TOKEN_BYTES + 1, Ordering::SeqCst);
    let session = session(&server, SessionSettings::default());
    for _ in 0..5 {
        let err = session.credential().await.unwrap_err();
        assert!(
            err.to_string().contains("over the 65536-byte limit"),
            "{err}"
        );
    }
    settle().await;
    assert_eq!(server.logins.load(Ordering::SeqCst), 1);
    assert_eq!(server.live(), 0, "the session it opened is logged out");
}

#[tokio::test(start_paused = true)]
async fn settings_that_cannot_work_are_refused_before_anything_is_sent() {
    let server = Server::new();
    for (settings, name) in [
        (
            SessionSettings {
                login_deadline: Duration::ZERO,
                ..SessionSettings::default()
            },
            "`login_deadline` is zero",
        ),
        (
            SessionSettings {
                login_backoff: Duration::ZERO,
                ..SessionSettings::default()
            },
            "`login_backoff` is zero",
        ),
        (
            SessionSettings {
                lifetime: Some(Lifetime::Fixed(Duration::ZERO)),
                ..SessionSettings::default()
            },
            "`lifetime` is zero",
        ),
        (
            SessionSettings {
                retry_refused_after: Some(Duration::from_secs(1)),
                ..SessionSettings::default()
            },
            "`retry_refused_after` is under a minute",
        ),
        (
            SessionSettings {
                header: Some(("bad header", "")),
                ..SessionSettings::default()
            },
            "not a valid header name",
        ),
    ] {
        let session = Session::new(
            Fake(Arc::clone(&server)),
            Credentials::fixed("pw".to_owned()),
            settings,
        );
        let err = session.token().await.unwrap_err();
        assert!(matches!(err, SdkError::InvalidRequest(_)), "{err:?}");
        assert!(err.to_string().contains(name), "{err}");
    }
    assert_eq!(server.logins.load(Ordering::SeqCst), 0);
}

#[tokio::test(start_paused = true)]
async fn debug_shows_the_state_and_never_the_token() {
    let server = Server::new();
    let session = session(&server, SessionSettings::default());
    let token = session.token().await.unwrap();
    let shown = format!("{session:?} {session:#?}");
    assert!(!shown.contains(token.expose()), "{shown}");
    assert!(!shown.contains("pw"), "{shown}");
    assert!(shown.contains("LoggedIn"), "{shown}");
}

#[tokio::test(start_paused = true)]
async fn a_session_dropped_without_close_logs_its_sessions_out() {
    let server = Server::new();
    let session = session(&server, SessionSettings::default());
    let clone = session.clone();
    session.start().await.unwrap();
    drop(session);
    settle().await;
    assert_eq!(server.live(), 1, "a clone still holds it");
    drop(clone);
    settle().await;
    assert_eq!(server.live(), 0);
    assert_eq!(server.logouts.load(Ordering::SeqCst), 1);
}

#[tokio::test(start_paused = true)]
async fn a_close_cancelled_during_its_logout_still_logs_out() {
    let server = Arc::new(Server {
        password: Mutex::new("pw".into()),
        logout_gate: Some(Semaphore::new(0)),
        ..Server::default()
    });
    let session = session(&server, SessionSettings::default());
    session.start().await.unwrap();
    let cancelled = tokio::time::timeout(Duration::from_millis(10), session.close()).await;
    assert!(cancelled.is_err(), "the caller of close gave up");
    server.logout_gate.as_ref().unwrap().add_permits(1);
    settle().await;
    assert_eq!(server.logouts.load(Ordering::SeqCst), 1);
    assert_eq!(server.live(), 0);
}
