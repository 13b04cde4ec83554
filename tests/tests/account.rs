//! What the account sees, counted at each login API's stateful mock: failed
//! logins and lockout after a password change, login attempts during an
//! outage, sessions left open by cancelled callers, by `close` during a login
//! and by renewal, and tokens sent after the server refused them. One row per
//! login crate; the counts do not depend on timing.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use session_sdks_runtime::{Lifetime, SdkError, SessionSettings};
use session_sdks_tests::sessions::{Fixture, Session, SessionRow, rows};

/// One use of the session: the row's call, or (for Verizon, whose only call
/// changes the password) the token.
async fn use_session(row: &SessionRow, session: &dyn Session) -> Result<(), SdkError> {
    if row.repeatable {
        session.call().await
    } else {
        session.token().await.map(drop)
    }
}

/// `tasks` tasks using the session for `run`: (successes, failures).
async fn hammer(
    row: SessionRow,
    session: Arc<dyn Session>,
    tasks: usize,
    run: Duration,
) -> (usize, usize) {
    let ok = Arc::new(AtomicUsize::new(0));
    let failed = Arc::new(AtomicUsize::new(0));
    let end = tokio::time::Instant::now() + run;
    let handles: Vec<_> = (0..tasks)
        .map(|_| {
            let (session, ok, failed) = (session.clone(), ok.clone(), failed.clone());
            tokio::spawn(async move {
                while tokio::time::Instant::now() < end {
                    match use_session(&row, &*session).await {
                        Ok(()) => ok.fetch_add(1, Ordering::SeqCst),
                        Err(_) => failed.fetch_add(1, Ordering::SeqCst),
                    };
                    tokio::time::sleep(Duration::from_millis(2)).await;
                }
            })
        })
        .collect();
    for handle in handles {
        handle.await.unwrap();
    }
    (ok.load(Ordering::SeqCst), failed.load(Ordering::SeqCst))
}

/// Runs `case` for every row at once, so the suite takes one case's time.
async fn each_row<F, Fut>(case: F)
where
    F: Fn(SessionRow) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let handles: Vec<_> = rows()
        .into_iter()
        .map(|row| tokio::spawn(case(row)))
        .collect();
    for handle in handles {
        handle.await.unwrap();
    }
}

fn split(
    fixture: Fixture,
) -> (
    Box<dyn session_sdks_tests::sessions::Mock>,
    Arc<dyn Session>,
) {
    (fixture.mock, Arc::from(fixture.session))
}

/// `tasks` tasks asking for the session's token for `run` (the path every
/// call takes first): (successes, failures).
async fn hammer_tokens(session: Arc<dyn Session>, tasks: usize, run: Duration) -> (usize, usize) {
    let token_only = SessionRow {
        repeatable: false,
        ..rows()[0]
    };
    hammer(token_only, session, tasks, run).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_change_under_50_tasks_costs_one_failed_login() {
    each_row(|row| async move {
        let (mock, session) = split((row.start)(SessionSettings::default()).await);
        let account = mock.account();
        account.set_lockout(Some(5));
        // The password was changed at the server; the session still has the old one.
        account.add_user(row.username, "changed-Pw-2");
        let (ok, failed) = hammer_tokens(session.clone(), 50, Duration::from_secs(2)).await;
        assert_eq!(ok, 0, "{}", row.krate);
        assert!(failed >= 50, "{}: {failed}", row.krate);
        assert_eq!(account.failed_logins(), 1, "{}", row.krate);
        assert!(!account.is_locked(row.username), "{}", row.krate);
        assert_eq!(mock.requests(row.login), 1, "{}", row.krate);
        // New credentials, given to a clone: every clone recovers with one login.
        let clone = session.clone();
        clone.set_password("changed-Pw-2");
        let (ok, failed) = hammer_tokens(session.clone(), 50, Duration::from_millis(300)).await;
        assert!(
            ok > 0 && failed == 0,
            "{}: {ok} ok, {failed} failed",
            row.krate
        );
        assert_eq!(mock.requests(row.login), 2, "{}", row.krate);
        assert_eq!(account.failed_logins(), 1, "{}", row.krate);
        session.close().await.unwrap();
        assert_eq!(account.live_sessions(), 0, "{}", row.krate);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_change_seen_through_an_ended_session_costs_one_failed_login() {
    each_row(|row| async move {
        if !row.repeatable {
            return;
        }
        let (mock, session) = split((row.start)(SessionSettings::default()).await);
        let account = mock.account();
        account.set_lockout(Some(5));
        session.call().await.unwrap();
        account.add_user(row.username, "changed-Pw-2");
        mock.end_sessions();
        let (ok, _) = hammer(row, session.clone(), 50, Duration::from_secs(2)).await;
        assert_eq!(ok, 0, "{}", row.krate);
        assert_eq!(account.failed_logins(), 1, "{}", row.krate);
        assert!(!account.is_locked(row.username), "{}", row.krate);
        assert_eq!(mock.requests(row.login), 2, "{}", row.krate);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_login_outage_backs_off_and_recovers() {
    each_row(|row| async move {
        let (mock, session) = split((row.start)(SessionSettings::default()).await);
        let account = mock.account();
        account.fail_all(row.login, 503);
        let (ok, _) = hammer(row, session.clone(), 50, Duration::from_secs(5)).await;
        let attempts = mock.requests(row.login);
        assert_eq!(ok, 0, "{}", row.krate);
        assert!(
            (2..=8).contains(&attempts),
            "{}: {attempts} logins during a 5 s outage",
            row.krate
        );
        account.restore(row.login);
        // The first call after the backoff (at most 30 s) logs in once.
        let mut recovered = false;
        for _ in 0..700 {
            if use_session(&row, &*session).await.is_ok() {
                recovered = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(recovered, "{}", row.krate);
        assert_eq!(mock.requests(row.login), attempts + 1, "{}", row.krate);
        assert_eq!(account.failed_logins(), 0, "{}", row.krate);
    })
    .await;
}

/// Waits until the server holds `n` requests.
async fn held(mock: &dyn session_sdks_tests::sessions::Mock, n: usize) {
    for _ in 0..500 {
        if mock.account().stalled() >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the login never reached the server");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelled_callers_cause_one_login_that_the_next_call_uses() {
    for row in rows() {
        let (mock, session) = split((row.start)(SessionSettings::default()).await);
        mock.account().stall(row.login);
        let waiting = (0..10)
            .map(|_| {
                let (session, row) = (session.clone(), row);
                tokio::spawn(async move {
                    tokio::time::timeout(Duration::from_millis(200), use_session(&row, &*session))
                        .await
                })
            })
            .collect::<Vec<_>>();
        held(&*mock, 1).await;
        for task in waiting {
            assert!(task.await.unwrap().is_err(), "{}: cancelled", row.krate);
        }
        mock.account().release();
        use_session(&row, &*session).await.unwrap();
        assert_eq!(mock.requests(row.login), 1, "{}", row.krate);
        session.close().await.unwrap();
        assert_eq!(mock.account().live_sessions(), 0, "{}", row.krate);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn close_during_a_login_or_a_relogin_leaves_no_session() {
    for relogin in [false, true] {
        for row in rows() {
            let (mock, session) = split((row.start)(SessionSettings::default()).await);
            if relogin {
                use_session(&row, &*session).await.unwrap();
                mock.end_sessions();
            }
            mock.account().stall(row.login);
            let caller = tokio::spawn({
                let session = session.clone();
                // A call sees the ended session (Verizon's resets the password once).
                async move { session.call().await }
            });
            held(&*mock, 1).await;
            let closing = tokio::spawn({
                let session = session.clone();
                async move { session.close().await }
            });
            // Refused at once while close waits for the login.
            tokio::time::sleep(Duration::from_millis(50)).await;
            let err = use_session(&row, &*session).await.unwrap_err();
            assert!(err.to_string().contains("closed"), "{}: {err}", row.krate);
            mock.account().release();
            closing.await.unwrap().unwrap();
            assert!(caller.await.unwrap().is_err(), "{}", row.krate);
            assert_eq!(
                mock.account().live_sessions(),
                0,
                "{} (re-login: {relogin})",
                row.krate
            );
            assert_eq!(mock.requests(row.logout), 1, "{}", row.krate);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_call_deadlines_bound_the_wait_for_a_stalled_login_and_cause_no_second_login() {
    for row in rows() {
        let (mock, session) = split((row.start)(SessionSettings::default()).await);
        mock.account().stall(row.login);
        let first = tokio::spawn({
            let session = session.clone();
            async move {
                tokio::time::timeout(Duration::from_millis(100), use_session(&row, &*session)).await
            }
        });
        held(&*mock, 1).await;
        assert!(first.await.unwrap().is_err());
        for _ in 0..5 {
            let outcome =
                tokio::time::timeout(Duration::from_millis(20), use_session(&row, &*session)).await;
            assert!(outcome.is_err(), "{}", row.krate);
        }
        mock.account().release();
        use_session(&row, &*session).await.unwrap();
        assert_eq!(mock.requests(row.login), 1, "{}", row.krate);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn renewal_on_a_one_session_per_user_server_surfaces_no_error() {
    each_row(|row| async move {
        let settings = SessionSettings {
            lifetime: Some(Lifetime::Fixed(Duration::from_millis(1500))),
            renew_before: Duration::from_millis(700),
            logout_grace: Duration::from_millis(100),
            ..SessionSettings::default()
        };
        let (mock, session) = split((row.start)(settings).await);
        mock.account().set_max_sessions(Some(1));
        let (ok, failed) = hammer(row, session.clone(), 20, Duration::from_secs(3)).await;
        assert!(ok > 0, "{}", row.krate);
        assert_eq!(failed, 0, "{}: errors on a one-session server", row.krate);
        assert!(mock.account().live_sessions() <= 1, "{}", row.krate);
        session.close().await.unwrap();
        assert_eq!(mock.account().live_sessions(), 0, "{}", row.krate);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn renewal_logs_the_replaced_session_out() {
    each_row(|row| async move {
        let settings = SessionSettings {
            lifetime: Some(Lifetime::Fixed(Duration::from_secs(2))),
            renew_before: Duration::from_secs(1),
            logout_grace: Duration::from_millis(50),
            ..SessionSettings::default()
        };
        let (mock, session) = split((row.start)(settings).await);
        let first = session.token().await.unwrap();
        // Due after a second: the renewal runs behind the calls.
        for _ in 0..300 {
            if mock.requests(row.login) >= 2 && mock.requests(row.logout) >= 1 {
                break;
            }
            let _ = session.token().await;
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert_ne!(session.token().await.unwrap(), first, "{}", row.krate);
        assert_eq!(mock.requests(row.logout), 1, "{}", row.krate);
        assert_eq!(mock.account().live_sessions(), 1, "{}", row.krate);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn debug_of_a_session_never_shows_its_token() {
    for row in rows() {
        let (_mock, session) = split((row.start)(SessionSettings::default()).await);
        let token = session.token().await.unwrap();
        let debug = session.debug();
        assert!(!debug.contains(&token), "{}: {debug}", row.krate);
        assert!(!debug.contains(&token[..8]), "{}: {debug}", row.krate);
    }
}
