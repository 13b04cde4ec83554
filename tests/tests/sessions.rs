//! Sessions that manage themselves, counted at the server for each of the
//! four login APIs (on each crate's stateful mock): one login on first use and
//! for 100 concurrent tasks, one re-login after a server-side expiry (the
//! refused call sent exactly twice, every other call once), a refused login
//! shared by every waiter and never retried, renewal ahead of a known
//! lifetime with no refused call, a login bounded by its deadline, and
//! `close()` (one logout, later calls refused before sending).

#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::time::Duration;

use session_sdks_runtime::{Deadline, SdkError, SessionSettings};
use session_sdks_tests::sessions::{Fixture, SessionRow, rows, short_lived};

async fn fixture(row: &SessionRow, settings: SessionSettings) -> Fixture {
    (row.start)(settings).await
}

/// `tasks` tasks started together, each making the row's call (or, where
/// the call cannot be repeated by many, logging in).
async fn together(
    row: &SessionRow,
    session: &Arc<dyn session_sdks_tests::sessions::Session>,
    tasks: usize,
) -> Vec<Result<(), SdkError>> {
    let barrier = Arc::new(tokio::sync::Barrier::new(tasks));
    let repeatable = row.repeatable;
    let handles: Vec<_> = (0..tasks)
        .map(|_| {
            let (session, barrier) = (session.clone(), barrier.clone());
            tokio::spawn(async move {
                barrier.wait().await;
                if repeatable {
                    session.call().await
                } else {
                    session.start().await
                }
            })
        })
        .collect();
    let mut out = Vec::new();
    for handle in handles {
        out.push(handle.await.unwrap());
    }
    out
}

#[tokio::test]
async fn first_use_logs_in_once() {
    for row in rows() {
        let Fixture { mock, session } = fixture(&row, SessionSettings::default()).await;
        assert_eq!(
            mock.requests(row.login),
            0,
            "{}: nothing before first use",
            row.krate
        );
        session
            .call()
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", row.krate));
        session.call().await.unwrap();
        session.call().await.unwrap();
        assert_eq!(mock.requests(row.login), 1, "{}", row.krate);
        assert_eq!(mock.requests(row.call), 3, "{}", row.krate);
    }
}

#[tokio::test]
async fn a_hundred_tasks_cause_one_login() {
    for row in rows() {
        let Fixture { mock, session } = fixture(&row, SessionSettings::default()).await;
        for outcome in together(&row, &Arc::from(session), 100).await {
            outcome.unwrap_or_else(|e| panic!("{}: {e}", row.krate));
        }
        assert_eq!(mock.requests(row.login), 1, "{}", row.krate);
        if row.repeatable {
            assert_eq!(mock.requests(row.call), 100, "{}", row.krate);
        }
    }
}

#[tokio::test]
async fn a_server_side_expiry_causes_one_relogin_and_one_repeat() {
    for row in rows() {
        let Fixture { mock, session } = fixture(&row, SessionSettings::default()).await;
        session.call().await.unwrap();
        mock.end_sessions();
        session
            .call()
            .await
            .unwrap_or_else(|e| panic!("{}: after the expiry: {e}", row.krate));
        session.call().await.unwrap();
        assert_eq!(mock.requests(row.login), 2, "{}: one re-login", row.krate);
        // 1 before, the refused one and its repeat, 1 after.
        assert_eq!(mock.requests(row.call), 4, "{}", row.krate);
    }
}

// One thread: every task joins the login before its answer is read, however
// loaded the machine (on two threads a late task could start a second login).
#[tokio::test]
async fn a_refused_login_reaches_every_waiter_and_is_remembered() {
    for row in rows() {
        let Fixture { mock, session } = fixture(&row, SessionSettings::default()).await;
        let status = if row.krate == "vzm2m-session" {
            400
        } else {
            401
        };
        mock.fail_next(row.login, status);
        let session = Arc::from(session);
        for outcome in together(&row, &session, 20).await {
            let err = outcome.unwrap_err();
            // A call says its login failed; `start` is the login's own error.
            let login = match &err {
                SdkError::Login(login) => login.error(),
                other if !row.repeatable => other,
                other => panic!("{}: not a login error: {other:?}", row.krate),
            };
            assert_eq!(
                login.status().map(|s| s.as_u16()),
                Some(status),
                "{}: {err}",
                row.krate
            );
            assert!(err.to_string().contains(row.login), "{}: {err}", row.krate);
        }
        assert_eq!(
            mock.requests(row.login),
            1,
            "{}: no second login",
            row.krate
        );
        assert_eq!(
            mock.requests(row.call),
            0,
            "{}: no call without a session",
            row.krate
        );
        // The refusal is remembered: asking again sends nothing.
        let err = session.call().await.unwrap_err();
        assert!(
            err.to_string().contains("refused earlier"),
            "{}: {err}",
            row.krate
        );
        assert_eq!(mock.requests(row.login), 1, "{}", row.krate);
    }
}

#[tokio::test]
async fn start_returns_the_typed_login_error() {
    // Control-M's `DoLoginError::Status401(ErrorList)` reaches the caller of `start`.
    let mock = controlm_session::mock::MockServer::start().await;
    mock.fail_next("do_login", 401);
    let client = controlm_session::Client::new(mock.url()).unwrap();
    let session = controlm_session::Session::new(
        &client,
        controlm_session::models::LoginCredentials::new("emuser", "wrong"),
    );
    let err = session.start().await.unwrap_err();
    assert!(
        matches!(
            err.entity(),
            Some(controlm_session::apis::session_api::DoLoginError::Status401(_))
        ),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_known_lifetime_is_renewed_ahead_with_no_refused_call() {
    for row in rows() {
        let Fixture { mock, session } = fixture(&row, short_lived()).await;
        session.call().await.unwrap();
        // Past the renewal point (600 ms lifetime, renewed 300 ms ahead): the
        // call goes with the current token, the renewal runs behind it.
        tokio::time::sleep(Duration::from_millis(350)).await;
        session.call().await.unwrap();
        for _ in 0..200 {
            if mock.requests(row.login) >= 2 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        assert_eq!(mock.requests(row.login), 2, "{}: renewed ahead", row.krate);
        assert_eq!(
            mock.requests(row.call),
            2,
            "{}: no call was refused",
            row.krate
        );
    }
}

#[tokio::test]
async fn close_logs_out_once_and_refuses_later_calls_before_sending() {
    for row in rows() {
        let Fixture { mock, session } = fixture(&row, SessionSettings::default()).await;
        session.call().await.unwrap();
        session
            .close()
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", row.krate));
        session.close().await.unwrap();
        assert_eq!(mock.requests(row.logout), 1, "{}: one logout", row.krate);
        for outcome in [session.call().await, session.start().await] {
            match outcome {
                Err(SdkError::InvalidRequest(message)) => {
                    assert!(message.contains("closed"), "{}: {message}", row.krate)
                }
                other => panic!("{}: {other:?}", row.krate),
            }
        }
        assert_eq!(
            mock.requests(row.call),
            1,
            "{}: nothing sent after close",
            row.krate
        );
        assert_eq!(mock.requests(row.login), 1, "{}", row.krate);
    }
}

#[tokio::test]
async fn a_session_never_used_closes_without_a_request() {
    for row in rows() {
        let Fixture { mock, session } = fixture(&row, SessionSettings::default()).await;
        session.close().await.unwrap();
        assert_eq!(
            mock.requests(row.logout) + mock.requests(row.login),
            0,
            "{}",
            row.krate
        );
    }
}

#[tokio::test]
async fn debug_of_a_session_shows_no_password_or_token() {
    for row in rows() {
        // The mock is kept to the end: dropped, its server would answer 501.
        let Fixture {
            session,
            mock: _mock,
        } = fixture(&row, SessionSettings::default()).await;
        session.start().await.unwrap();
        let debug = session.debug();
        assert!(debug.contains("LoggedIn"), "{debug}");
        for secret in ["current-pw", "mock-app-secret", "tok", "Bearer"] {
            assert!(
                !debug.contains(secret),
                "{}: {secret} in {debug}",
                row.krate
            );
        }
    }
}

#[tokio::test]
async fn a_stalled_login_is_bounded_by_the_login_deadline() {
    use session_sdks_tests::chaos::{ChaosServer, Reply};
    let server = ChaosServer::start(vec![Reply::StallBeforeHeaders {
        stall: Duration::from_secs(30),
    }])
    .await;
    let client = controlm_session::Client::new(server.url()).unwrap();
    let session = controlm_session::Session::with_settings(
        &client,
        controlm_session::models::LoginCredentials::new("emuser", "pw"),
        SessionSettings {
            login_deadline: Duration::from_millis(300),
            ..SessionSettings::default()
        },
    );
    let calls = (0..5).map(|_| session.api().do_logout().into_future());
    for outcome in futures_join(calls).await {
        match outcome {
            Err(SdkError::Login(login)) => match login.error() {
                SdkError::DeadlineExceeded(err) => {
                    assert_eq!(err.deadline(), Deadline::Flight);
                    assert_eq!(err.operation().name, "do_login");
                }
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(server.settled_requests(1, Duration::from_secs(2)).await, 1);
}

/// Awaits every future, concurrently, on this task.
async fn futures_join<F: std::future::Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let handles: Vec<_> = futures.map(|f| Box::pin(f)).collect();
    let mut out = Vec::new();
    let mut pending: Vec<_> = handles.into_iter().map(Some).collect();
    let mut results: Vec<Option<F::Output>> = (0..pending.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut done = true;
        for (slot, result) in pending.iter_mut().zip(results.iter_mut()) {
            if let Some(future) = slot {
                match future.as_mut().poll(cx) {
                    std::task::Poll::Ready(value) => {
                        *result = Some(value);
                        *slot = None;
                    }
                    std::task::Poll::Pending => done = false,
                }
            }
        }
        if done {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    out.extend(results.into_iter().flatten());
    out
}

/// Verizon has two tokens: an ended session (`VZ-M2M-Token`) is one re-login
/// with the OAuth token kept; an expired OAuth token is one new OAuth token
/// with the session kept.
#[tokio::test]
async fn verizon_tells_the_session_token_from_the_oauth_token() {
    use vzm2m_session::mock::{CLIENT_ID, CLIENT_SECRET, MockServer, PASSWORD, USERNAME};
    use vzm2m_session::models::{LogInRequest, SessionResetPasswordRequest};
    use vzm2m_session::{Environment, Session, VzM2mClient};
    let mock = MockServer::start().await;
    let client = VzM2mClient::builder(Environment::Staging)
        .base_url(mock.url())
        .oauth_base_url(mock.oauth_url())
        .client_credentials(CLIENT_ID, CLIENT_SECRET)
        .build()
        .unwrap();
    let session = Session::new(&client, LogInRequest::new(USERNAME, PASSWORD));
    let reset = || async {
        let outcome = session
            .session()
            .reset_using_put(SessionResetPasswordRequest::new(PASSWORD))
            .await;
        mock.add_user(USERNAME, PASSWORD);
        outcome
    };
    reset().await.unwrap();
    assert_eq!(
        (
            mock.requests("request_token"),
            mock.requests("login_using_post")
        ),
        (1, 1)
    );
    mock.end_sessions();
    reset().await.unwrap();
    assert_eq!(
        (
            mock.requests("request_token"),
            mock.requests("login_using_post")
        ),
        (1, 2),
        "an ended session: one re-login, the OAuth token kept"
    );
    mock.expire_oauth_tokens();
    // A reset presents the old password: after the gateway's 401 it is not sent again,
    // but the OAuth token is renewed for the next call.
    let err = reset().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    reset().await.unwrap();
    assert_eq!(
        (
            mock.requests("request_token"),
            mock.requests("login_using_post")
        ),
        (2, 2),
        "an expired OAuth token: one new token, the session kept"
    );
    session.close().await.unwrap();
}
