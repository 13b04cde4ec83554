//! A fleet sharing one session through Redis, counted at Control-M's stateful
//! mock: 20 sessions as replicas in 5 OS processes (this binary re-executed
//! with `FLEET_CHILD=1`, 4 sessions each), one `redis-server` of its own on
//! an ephemeral loopback port (no snapshot, no AOF), stopped by its PID.
//!
//! Run: `cargo test -p session-sdks-tests --features redis --test fleet`.
//! With `FLEET_TABLE=1` it prints instead the logins per expiry against the
//! number of replicas, memory store vs Redis (BENCHMARKS.md).
//! It fails, never skips, when `redis-server` cannot start. Counts, not
//! timings: deadlines only bound the waits.

#![allow(clippy::unwrap_used, clippy::print_stdout)]

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use controlm_session::mock::{MockServer, PASSWORD, USERNAME};
use controlm_session::models::{LoginCredentials, PasswordsObject};
use controlm_session::{Client, Lifetime, RedisStore, SessionSettings, SessionStore, StoreKeys};

const PROCESSES: usize = 5;
const PER_PROCESS: usize = 4;
const LOGIN_DEADLINE: Duration = Duration::from_secs(3);

fn main() {
    if std::env::var_os("FLEET_CHILD").is_some() {
        child();
        return;
    }
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mut redis = Redis::start();
    if std::env::var_os("FLEET_TABLE").is_some() {
        table(&runtime, &redis);
        return;
    }
    let mut passed = 0;
    for (name, case) in [
        (
            "one_login_per_end_and_per_renewal",
            one_login_per_expiry as Case,
        ),
        ("a_password_change_costs_one_failed_login", password_change),
        ("a_killed_lease_holder_hands_over", killed_lease_holder),
        ("redis_down_then_back", redis_down_then_back),
        ("leave_keeps_the_session_close_ends_it", leave_and_close),
        ("one_oauth_token_for_five_clients", one_oauth_token),
    ] {
        println!("fleet: {name} ...");
        case(&runtime, &mut redis);
        println!("fleet: {name} ok");
        passed += 1;
    }
    println!("fleet: {passed} passed, 0 failed");
}

type Case = fn(&tokio::runtime::Runtime, &mut Redis);

/// Logins for the first use and after the server ended the session, by
/// number of replicas (spread over up to 5 processes), for both stores.
fn table(runtime: &tokio::runtime::Runtime, redis: &Redis) {
    println!(
        "| replicas (processes) | memory: first use | memory: per expiry | redis: first use | redis: per expiry |"
    );
    println!("|---|---|---|---|---|");
    for replicas in [1, 5, 10, 20] {
        let processes = replicas.min(PROCESSES);
        let mut row = format!("| {replicas} ({processes}) |");
        for store in ["memory", "redis"] {
            let mock = runtime.block_on(MockServer::start());
            let mut fleet = Fleet::spawn_with(
                &mock.url(),
                redis.url(),
                None,
                processes,
                replicas / processes,
                store,
            );
            fleet.all_ok("call");
            let first = mock.requests("do_login");
            mock.end_sessions();
            fleet.all_ok("call");
            let expiry = mock.requests("do_login") - first;
            row.push_str(&format!(" {first} | {expiry} |"));
            fleet.all_ok("close");
            fleet.exit();
        }
        println!("{row}");
    }
}

/// 1 login for 20 replicas; one more after the server ends it; one renewal
/// ahead of the lifetime for all of them.
fn one_login_per_expiry(runtime: &tokio::runtime::Runtime, redis: &mut Redis) {
    let mock = runtime.block_on(MockServer::start());
    let mut fleet = Fleet::spawn(&mock.url(), redis.url(), Some(8_000));
    fleet.all_ok("call");
    assert_eq!(mock.requests("do_login"), 1, "first use");
    mock.end_sessions();
    fleet.all_ok("call");
    assert_eq!(mock.requests("do_login"), 2, "after the server ended it");
    // Due for renewal 4 s after its login (half the 8 s lifetime).
    std::thread::sleep(Duration::from_millis(4_300));
    fleet.all_ok("call");
    wait_for("the renewal", Duration::from_secs(10), || {
        mock.requests("do_login") >= 3
    });
    wait_for(
        "every replica on one token",
        Duration::from_secs(10),
        || fleet.tokens().len() == 1,
    );
    assert_eq!(mock.requests("do_login"), 3, "one renewal for 20 replicas");
    assert_eq!(mock.failed_logins(), 0);
    fleet.all_ok("leave");
    fleet.exit();
}

/// The password changed at the server: one failed login across the fleet,
/// the account not locked; new credentials on every replica: one login.
fn password_change(runtime: &tokio::runtime::Runtime, redis: &mut Redis) {
    let mock = runtime.block_on(MockServer::start());
    mock.set_lockout(Some(3));
    let mut fleet = Fleet::spawn(&mock.url(), redis.url(), None);
    fleet.all_ok("call");
    mock.add_user(USERNAME, "changed-Pw-2");
    mock.end_sessions();
    for _ in 0..3 {
        let (ok, failed) = fleet.call_counts();
        assert_eq!((ok, failed), (0, PROCESSES * PER_PROCESS));
    }
    assert_eq!(mock.failed_logins(), 1, "one failed login for 20 replicas");
    assert!(!mock.is_locked(USERNAME));
    assert_eq!(mock.requests("do_login"), 2);
    fleet.all_ok("setpw changed-Pw-2");
    fleet.all_ok("call");
    assert_eq!(
        mock.requests("do_login"),
        3,
        "one login with the new password"
    );
    assert_eq!(mock.failed_logins(), 1);
    fleet.all_ok("leave");
    fleet.exit();
}

/// The replica holding the login lease dies mid-login: after its lease
/// (the login deadline) one other replica logs in and every one adopts it.
fn killed_lease_holder(runtime: &tokio::runtime::Runtime, redis: &mut Redis) {
    let mock = runtime.block_on(MockServer::start());
    let mut fleet = Fleet::spawn(&mock.url(), redis.url(), None);
    mock.stall("do_login");
    fleet.children[0].send("call");
    wait_for("the held login", Duration::from_secs(10), || {
        mock.stalled() == 1
    });
    let mut holder = fleet.children.remove(0);
    holder.process.kill().unwrap();
    holder.process.wait().unwrap();
    mock.release();
    // Bounded by the flight limit (twice the login deadline and the store's timeouts).
    let (ok, failed) = fleet.call_counts();
    assert_eq!((ok, failed), ((PROCESSES - 1) * PER_PROCESS, 0));
    assert_eq!(
        mock.requests("do_login"),
        2,
        "the dead holder's login and one other"
    );
    assert!(LOGIN_DEADLINE < Duration::from_secs(10));
    fleet.all_ok("leave");
    fleet.exit();
}

/// Redis stopped: calls go on, at most one login per process. Redis back:
/// the fleet converges on one session and logs the others out.
fn redis_down_then_back(runtime: &tokio::runtime::Runtime, redis: &mut Redis) {
    let mock = runtime.block_on(MockServer::start());
    let mut fleet = Fleet::spawn(&mock.url(), redis.url(), None);
    fleet.all_ok("call");
    assert_eq!(mock.requests("do_login"), 1);
    redis.stop();
    fleet.all_ok("call");
    assert_eq!(mock.requests("do_login"), 1, "a held token needs no Redis");
    mock.end_sessions();
    fleet.all_ok("call");
    let during = mock.requests("do_login") - 1;
    assert!(
        (1..=PROCESSES).contains(&during),
        "{during} logins for {PROCESSES} processes"
    );
    redis.restart();
    wait_for("one session again", Duration::from_secs(20), || {
        fleet.all_ok("call");
        fleet.tokens().len() == 1 && mock.live_sessions() == 1
    });
    assert_eq!(
        mock.requests("do_login"),
        1 + during,
        "converging needs no login"
    );
    // Nothing in Redis in clear: no token, password, user name or URL.
    let tokens = fleet.tokens();
    let url = mock.url();
    let host = url.trim_start_matches("http://");
    let mut forbidden: Vec<&str> = vec![PASSWORD, "changed-Pw-2", USERNAME, host];
    forbidden.extend(tokens.iter().map(String::as_str));
    let dump = redis.dump();
    assert!(!dump.is_empty(), "the fleet's token is in Redis");
    for (key, value) in &dump {
        for secret in &forbidden {
            let needle = secret.as_bytes();
            assert!(
                !contains(key.as_bytes(), needle) && !contains(value, needle),
                "{key} holds a secret in clear"
            );
        }
    }
    fleet.all_ok("leave");
    fleet.exit();
}

/// Leaving logs nothing out and keeps the shared token; closing ends it.
fn leave_and_close(runtime: &tokio::runtime::Runtime, redis: &mut Redis) {
    let mock = runtime.block_on(MockServer::start());
    let mut fleet = Fleet::spawn(&mock.url(), redis.url(), None);
    fleet.all_ok("call");
    let keys = redis.dump().len();
    let last = fleet.children.pop().unwrap();
    fleet.all_ok("leave");
    assert_eq!(mock.requests("do_logout"), 0, "leaving logs nothing out");
    assert_eq!(mock.live_sessions(), 1);
    let mut last = Fleet {
        children: vec![last],
    };
    last.all_ok("call");
    last.all_ok("close");
    assert_eq!(
        mock.requests("do_logout"),
        1,
        "close ends the shared session"
    );
    assert_eq!(mock.live_sessions(), 0);
    assert!(redis.dump().len() < keys, "close removed the shared token");
    assert_eq!(mock.requests("do_login"), 1);
    fleet.exit();
    last.exit();
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty()
        && haystack
            .windows(needle.len())
            .any(|window| window == needle)
}

fn wait_for(what: &str, bound: Duration, mut done: impl FnMut() -> bool) {
    let end = Instant::now() + bound;
    while !done() {
        assert!(Instant::now() < end, "{what}: not within {bound:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The child processes, each with [`PER_PROCESS`] sessions.
struct Fleet {
    children: Vec<Replica>,
}

struct Replica {
    process: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

impl Replica {
    fn send(&mut self, line: &str) {
        writeln!(self.input, "{line}").unwrap();
        self.input.flush().unwrap();
    }

    fn reply(&mut self) -> String {
        let mut line = String::new();
        self.output.read_line(&mut line).unwrap();
        assert!(!line.is_empty(), "a replica process ended");
        line.trim_end().to_owned()
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

impl Fleet {
    fn spawn(mock_url: &str, redis_url: &str, lifetime_ms: Option<u64>) -> Self {
        Self::spawn_with(
            mock_url,
            redis_url,
            lifetime_ms,
            PROCESSES,
            PER_PROCESS,
            "redis",
        )
    }

    fn spawn_with(
        mock_url: &str,
        redis_url: &str,
        lifetime_ms: Option<u64>,
        processes: usize,
        per_process: usize,
        store: &str,
    ) -> Self {
        let exe = std::env::current_exe().unwrap();
        let children = (0..processes)
            .map(|_| {
                let mut process = Command::new(&exe)
                    .env("FLEET_CHILD", "1")
                    .env("FLEET_MOCK_URL", mock_url)
                    .env("FLEET_REDIS_URL", redis_url)
                    .env("FLEET_SESSIONS", per_process.to_string())
                    .env("FLEET_STORE", store)
                    .env(
                        "FLEET_LIFETIME_MS",
                        lifetime_ms.map(|ms| ms.to_string()).unwrap_or_default(),
                    )
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .spawn()
                    .unwrap();
                Replica {
                    input: process.stdin.take().unwrap(),
                    output: BufReader::new(process.stdout.take().unwrap()),
                    process,
                }
            })
            .collect();
        Self { children }
    }

    /// Sends `line` to every process at once, then reads each reply.
    fn broadcast(&mut self, line: &str) -> Vec<String> {
        for child in &mut self.children {
            child.send(line);
        }
        self.children.iter_mut().map(Replica::reply).collect()
    }

    fn all_ok(&mut self, line: &str) {
        let (ok, failed) = self.counts(line);
        assert_eq!(failed, 0, "{line}: {ok} ok, {failed} failed");
    }

    fn call_counts(&mut self) -> (usize, usize) {
        self.counts("call")
    }

    fn counts(&mut self, line: &str) -> (usize, usize) {
        self.broadcast(line)
            .iter()
            .map(|reply| {
                let mut words = reply.split(' ').skip(1);
                let ok: usize = words.next().and_then(|n| n.parse().ok()).unwrap_or(0);
                let failed: usize = words.next().and_then(|n| n.parse().ok()).unwrap_or(1);
                (ok, failed)
            })
            .fold((0, 0), |(a, b), (c, d)| (a + c, b + d))
    }

    /// The distinct tokens the replicas hold.
    fn tokens(&mut self) -> BTreeSet<String> {
        self.broadcast("tokens")
            .iter()
            .flat_map(|reply| {
                reply
                    .split(' ')
                    .skip(1)
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    fn exit(mut self) {
        for child in &mut self.children {
            child.send("exit");
            let _ = child.process.wait();
        }
    }
}

/// A `redis-server` of the test's own, on a free loopback port, no persistence.
struct Redis {
    port: u16,
    url: String,
    process: Option<Child>,
}

impl Redis {
    fn start() -> Self {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut redis = Self {
            port,
            url: format!("redis://127.0.0.1:{port}"),
            process: None,
        };
        redis.restart();
        redis
    }

    fn url(&self) -> &str {
        &self.url
    }

    /// Starts it (again, on the same port); panics if it cannot.
    fn restart(&mut self) {
        let process = Command::new("redis-server")
            .args(["--port", &self.port.to_string()])
            .args(["--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| {
                panic!("redis-server could not start ({err}): install it (apt-get install redis-server)")
            });
        self.process = Some(process);
        wait_for("redis-server to listen", Duration::from_secs(20), || {
            TcpStream::connect(("127.0.0.1", self.port)).is_ok()
        });
    }

    /// Stops it by its PID.
    fn stop(&mut self) {
        if let Some(mut process) = self.process.take() {
            process.kill().unwrap();
            process.wait().unwrap();
        }
    }

    /// Every key and its value, read with a plain client.
    fn dump(&self) -> Vec<(String, Vec<u8>)> {
        let client = redis::Client::open(self.url.as_str()).unwrap();
        let mut connection = client.get_connection().unwrap();
        let keys: Vec<String> = redis::cmd("KEYS").arg("*").query(&mut connection).unwrap();
        keys.into_iter()
            .map(|key| {
                let value: Vec<u8> = redis::cmd("GET").arg(&key).query(&mut connection).unwrap();
                (key, value)
            })
            .collect()
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The Verizon OAuth token through the same store: five clients, each with a `RedisStore` of
/// its own (so they share only through Redis), make 1 token request between them; nothing in
/// Redis holds the client id or secret in clear.
fn one_oauth_token(runtime: &tokio::runtime::Runtime, redis: &mut Redis) {
    use vzm2m_session::mock::{CLIENT_ID, CLIENT_SECRET, MockServer as VzMock};
    use vzm2m_session::models::LogInRequest;
    use vzm2m_session::{Environment, VzM2mClient};

    runtime.block_on(async {
        let mock = VzMock::start().await;
        let clients: Vec<VzM2mClient> = (0..5)
            .map(|_| {
                let keys =
                    StoreKeys::new(b"fleet-test-name-key-0123456789").encryption_key([42; 32]);
                let store = RedisStore::new(redis.url(), keys)
                    .unwrap()
                    .timeout(Duration::from_secs(2));
                VzM2mClient::builder(Environment::Production)
                    .base_url(mock.url())
                    .oauth_base_url(mock.oauth_url())
                    .client_credentials(CLIENT_ID, CLIENT_SECRET)
                    .token_store(store)
                    .build()
                    .unwrap()
            })
            .collect();
        let calls = clients.iter().map(|client| async move {
            let body =
                LogInRequest::new(vzm2m_session::mock::USERNAME, vzm2m_session::mock::PASSWORD);
            client.session().login_using_post(Some(body)).await.is_ok()
        });
        let results = futures_join(calls).await;
        assert!(results.iter().all(|ok| *ok), "{results:?}");
        assert_eq!(
            mock.requests("request_token"),
            1,
            "one token for five clients"
        );
        assert_eq!(mock.requests("login_using_post"), 5);
    });
    for (key, value) in redis.dump() {
        let value = String::from_utf8_lossy(&value);
        for clear in [CLIENT_ID_CLEAR, CLIENT_SECRET_CLEAR] {
            assert!(
                !key.contains(clear) && !value.contains(clear),
                "{clear} in Redis"
            );
        }
    }
}

const CLIENT_ID_CLEAR: &str = vzm2m_session::mock::CLIENT_ID;
const CLIENT_SECRET_CLEAR: &str = vzm2m_session::mock::CLIENT_SECRET;

/// A replica process: [`PER_PROCESS`] sessions sharing one `RedisStore`,
/// driven by lines on stdin, answering one line each.
fn child() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let mock_url = std::env::var("FLEET_MOCK_URL").unwrap();
        let redis_url = std::env::var("FLEET_REDIS_URL").unwrap();
        let lifetime = std::env::var("FLEET_LIFETIME_MS")
            .ok()
            .and_then(|ms| ms.parse().ok())
            .map(|ms| Lifetime::Fixed(Duration::from_millis(ms)));
        let keys = StoreKeys::new(b"fleet-test-name-key-0123456789").encryption_key([42; 32]);
        // The suite counts, it does not time: a Redis bound long enough that a loaded machine
        // (CI on 2 cores) never looks like an outage; a stopped Redis refuses at once anyway.
        let store = RedisStore::new(&redis_url, keys)
            .unwrap()
            .timeout(Duration::from_secs(2))
            .probe_interval(Duration::from_millis(300));
        let client = Client::new(mock_url).unwrap();
        let per_process: usize = std::env::var("FLEET_SESSIONS")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(PER_PROCESS);
        let store = match std::env::var("FLEET_STORE").as_deref() {
            Ok("memory") => SessionStore::memory(),
            _ => store.into(),
        };
        let settings = SessionSettings {
            store,
            lifetime,
            renew_before: Duration::from_secs(60),
            login_deadline: LOGIN_DEADLINE,
            logout_grace: Duration::from_millis(200),
            ..SessionSettings::default()
        };
        let sessions: Vec<_> = (0..per_process)
            .map(|_| {
                controlm_session::Session::with_settings(
                    &client,
                    LoginCredentials::new(USERNAME, PASSWORD),
                    settings.clone(),
                )
            })
            .collect();
        let password = Arc::new(std::sync::Mutex::new(PASSWORD.to_owned()));
        let stdin = std::io::stdin();
        let mut out = std::io::stdout();
        for line in stdin.lock().lines() {
            let Ok(line) = line else { break };
            let reply = match line.split_once(' ').unwrap_or((&line, "")) {
                ("call", _) => {
                    let pw = password.lock().unwrap().clone();
                    let calls = sessions.iter().map(|session| {
                        let body = PasswordsObject::new(pw.clone(), pw.clone());
                        async move { session.api().update_my_password(body).await.is_ok() }
                    });
                    let results = futures_join(calls).await;
                    let ok = results.iter().filter(|ok| **ok).count();
                    format!("ok {ok} {}", results.len() - ok)
                }
                ("tokens", _) => {
                    let mut tokens = Vec::new();
                    for session in &sessions {
                        if let Ok(token) = session.token().await {
                            tokens.push(token.expose().to_owned());
                        }
                    }
                    format!("tokens {}", tokens.join(" "))
                }
                ("setpw", new) => {
                    *password.lock().unwrap() = new.to_owned();
                    for session in &sessions {
                        session.set_credentials(LoginCredentials::new(USERNAME, new));
                    }
                    format!("ok {per_process} 0")
                }
                ("leave", _) => {
                    let mut ok = 0;
                    for session in &sessions {
                        ok += usize::from(session.leave().await.is_ok());
                    }
                    format!("ok {ok} {}", per_process - ok)
                }
                // One replica ends the session for all of them.
                ("close", _) => match sessions[0].close().await {
                    Ok(()) => "ok 1 0".to_owned(),
                    Err(_) => "ok 0 1".to_owned(),
                },
                _ => break,
            };
            if writeln!(out, "{reply}").and_then(|()| out.flush()).is_err() {
                break;
            }
        }
    });
}

/// Runs every future at once (spawned: each call on the runtime's threads).
async fn futures_join<F>(futures: impl Iterator<Item = F>) -> Vec<bool>
where
    F: std::future::Future<Output = bool>,
{
    let mut set = Vec::new();
    for future in futures {
        set.push(future);
    }
    let mut results = Vec::with_capacity(set.len());
    let mut pinned: Vec<_> = set.into_iter().map(Box::pin).collect();
    // Poll all together: a join without a futures dependency.
    let mut done: Vec<Option<bool>> = vec![None; pinned.len()];
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (index, future) in pinned.iter_mut().enumerate() {
            if done[index].is_none() {
                match future.as_mut().poll(cx) {
                    std::task::Poll::Ready(value) => done[index] = Some(value),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    results.extend(done.into_iter().map(|value| value.unwrap_or(false)));
    results
}
