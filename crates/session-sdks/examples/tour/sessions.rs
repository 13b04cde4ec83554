//! Sessions that manage themselves, one per login API, on a mock of its own:
//! log in once, survive a server-side end of the session by logging in again
//! once, close. Counted at the mock, so each claim is what the server saw.

use session_sdks::{BoxFuture, SdkError};

/// What a session's mock saw.
struct Seen {
    logins: usize,
    calls: usize,
    logouts: usize,
}

/// One login API's session: the steps, and what the mock counted after each.
struct Demo {
    api: &'static str,
    /// Makes one call through the session.
    call: Box<dyn Fn() -> BoxFuture<'static, Result<(), SdkError>>>,
    /// Ends every session on the server side.
    end_sessions: Box<dyn Fn()>,
    /// Closes the session.
    close: Box<dyn Fn() -> BoxFuture<'static, Result<(), SdkError>>>,
    /// What the mock saw so far.
    seen: Box<dyn Fn() -> Seen>,
    /// Keeps the mock alive.
    _mock: Box<dyn std::any::Any>,
}

/// The outcome of the four demos, for the tour's summary.
#[derive(Default)]
pub(crate) struct Sessions {
    run: usize,
    logged_in_once: usize,
    renewed_once: usize,
    closed: usize,
}

impl Sessions {
    /// Whether every session logged in once, renewed once and closed.
    pub(crate) fn all_well(&self) -> bool {
        self.logged_in_once == self.run && self.renewed_once == self.run && self.closed == self.run
    }

    /// `N sessions: N logged in once, N renewed once, N closed`.
    pub(crate) fn summary(&self) -> Option<String> {
        (self.run > 0).then(|| {
            format!(
                "{} sessions: {} logged in once, {} renewed once, {} closed",
                self.run, self.logged_in_once, self.renewed_once, self.closed
            )
        })
    }

    async fn demo(&mut self, demo: Demo) {
        self.run += 1;
        let api = demo.api;
        let first = (demo.call)().await.and((demo.call)().await);
        let seen = (demo.seen)();
        let once = first.is_ok() && seen.logins == 1 && seen.calls == 2;
        (demo.end_sessions)();
        let after = (demo.call)().await;
        let seen = (demo.seen)();
        // The refused call and its repeat, after one new login.
        let renewed = after.is_ok() && seen.logins == 2 && seen.calls == 4;
        let closed = (demo.close)().await.is_ok();
        let refused = matches!((demo.call)().await, Err(SdkError::InvalidRequest(_)));
        let seen = (demo.seen)();
        let closed = closed && refused && seen.logouts == 1 && seen.calls == 4;
        self.logged_in_once += usize::from(once);
        self.renewed_once += usize::from(renewed);
        self.closed += usize::from(closed);
        let mark = |ok: bool| if ok { "yes" } else { "NO" };
        println!(
            "{api:<9} {:<40} logged in once: {}, renewed once after the server ended it: {}, closed: {}",
            "Session",
            mark(once),
            mark(renewed),
            mark(closed)
        );
        if let Err(error) = first.and(after) {
            println!("{api:<9} {:<40} FAILED: {error}", "Session");
        }
    }

    /// Runs the session demo of each API named in `apis`.
    pub(crate) async fn run(&mut self, apis: &[&str]) {
        for api in apis {
            let demo = match *api {
                "controlm" => controlm().await,
                "cyclos" => cyclos().await,
                "vzm2m" => vzm2m().await,
                "letmc" => letmc().await,
                _ => continue,
            };
            self.demo(demo).await;
        }
    }
}

fn erase<T, E>(outcome: Result<T, SdkError<E>>) -> Result<(), SdkError> {
    outcome.map(drop).map_err(SdkError::map_entity)
}

async fn controlm() -> Demo {
    use session_sdks::controlm::mock::{MockServer, PASSWORD, USERNAME};
    use session_sdks::controlm::models::{LoginCredentials, PasswordsObject};
    use session_sdks::controlm::{Client, Session};
    use std::sync::Arc;
    let mock = Arc::new(MockServer::start().await);
    let client = Client::new(mock.url()).unwrap_or_else(|error| panic!("{error}"));
    let session = Session::new(&client, LoginCredentials::new(USERNAME, PASSWORD));
    let (m1, m2, s1, s2) = (mock.clone(), mock.clone(), session.clone(), session);
    Demo {
        api: "controlm",
        call: Box::new(move || {
            let session = s1.clone();
            Box::pin(async move {
                let body = PasswordsObject::new(PASSWORD, PASSWORD);
                erase(session.api().update_my_password(body).await)
            })
        }),
        end_sessions: Box::new(move || m1.end_sessions()),
        close: Box::new(move || {
            let session = s2.clone();
            Box::pin(async move { session.close().await })
        }),
        seen: Box::new(move || Seen {
            logins: m2.requests("do_login"),
            calls: m2.requests("update_my_password"),
            logouts: m2.requests("do_logout"),
        }),
        _mock: Box::new(mock),
    }
}

async fn cyclos() -> Demo {
    use session_sdks::cyclos::mock::{MockServer, PASSWORD, USERNAME};
    use session_sdks::cyclos::{Client, Session, SessionCredentials};
    use std::sync::Arc;
    let mock = Arc::new(MockServer::start().await);
    let client = Client::new(mock.url()).unwrap_or_else(|error| panic!("{error}"));
    let session = Session::new(&client, SessionCredentials::new(USERNAME, PASSWORD));
    let (m1, m2, s1, s2) = (mock.clone(), mock.clone(), session.clone(), session);
    Demo {
        api: "cyclos",
        call: Box::new(move || {
            let session = s1.clone();
            Box::pin(async move { erase(session.api().get_current_auth().await) })
        }),
        end_sessions: Box::new(move || m1.end_sessions()),
        close: Box::new(move || {
            let session = s2.clone();
            Box::pin(async move { session.close().await })
        }),
        seen: Box::new(move || Seen {
            logins: m2.requests("login"),
            calls: m2.requests("get_current_auth"),
            logouts: m2.requests("logout"),
        }),
        _mock: Box::new(mock),
    }
}

async fn vzm2m() -> Demo {
    use session_sdks::vzm2m::mock::{CLIENT_ID, CLIENT_SECRET, MockServer, PASSWORD, USERNAME};
    use session_sdks::vzm2m::models::{LogInRequest, SessionResetPasswordRequest};
    use session_sdks::vzm2m::{Environment, Session, VzM2mClient};
    use std::sync::Arc;
    let mock = Arc::new(MockServer::start().await);
    let client = VzM2mClient::builder(Environment::Staging)
        .base_url(mock.url())
        .oauth_base_url(mock.oauth_url())
        .client_credentials(CLIENT_ID, CLIENT_SECRET)
        .build()
        .unwrap_or_else(|error| panic!("{error}"));
    let session = Session::new(&client, LogInRequest::new(USERNAME, PASSWORD));
    let (m0, m1, m2, s1, s2) = (
        mock.clone(),
        mock.clone(),
        mock.clone(),
        session.clone(),
        session,
    );
    Demo {
        api: "vzm2m",
        call: Box::new(move || {
            let (session, mock) = (s1.clone(), m0.clone());
            Box::pin(async move {
                let outcome = session
                    .session()
                    .reset_using_put(SessionResetPasswordRequest::new(PASSWORD))
                    .await;
                // The mock chose a new password: the demo keeps the one it logs in with.
                mock.add_user(USERNAME, PASSWORD);
                erase(outcome)
            })
        }),
        end_sessions: Box::new(move || m1.end_sessions()),
        close: Box::new(move || {
            let session = s2.clone();
            Box::pin(async move { session.close().await })
        }),
        seen: Box::new(move || Seen {
            logins: m2.requests("login_using_post"),
            calls: m2.requests("reset_using_put"),
            logouts: m2.requests("logout_using_post"),
        }),
        _mock: Box::new(mock),
    }
}

async fn letmc() -> Demo {
    use session_sdks::letmc::mock::{MockServer, PASSWORD, USERNAME};
    use session_sdks::letmc::{Client, Session};
    use std::sync::Arc;
    let mock = Arc::new(MockServer::start().await);
    let client = Client::new(mock.url()).unwrap_or_else(|error| panic!("{error}"));
    let session = Session::new(&client, "acmelettings", USERNAME, PASSWORD);
    let (m1, m2, s1, s2) = (mock.clone(), mock.clone(), session.clone(), session);
    Demo {
        api: "letmc",
        call: Box::new(move || {
            let session = s1.clone();
            Box::pin(async move {
                let short_name = session.short_name().to_owned();
                erase(
                    session
                        .run(|api, token| {
                            api.session_controller_get_session_info(short_name.clone(), token)
                                .into_future()
                        })
                        .await,
                )
            })
        }),
        end_sessions: Box::new(move || m1.end_sessions()),
        close: Box::new(move || {
            let session = s2.clone();
            Box::pin(async move { session.close().await })
        }),
        seen: Box::new(move || Seen {
            logins: m2.requests("session_controller_login"),
            calls: m2.requests("session_controller_get_session_info"),
            logouts: m2.requests("session_controller_logout"),
        }),
        _mock: Box::new(mock),
    }
}
