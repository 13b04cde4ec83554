//! [`State`]: what a mock server knows: users, tokens, request counts, injected failures.

use std::collections::hash_map::RandomState;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::fmt;
use std::hash::BuildHasher;
use std::time::{Duration, Instant};

/// The kind of the tokens a login issues; [`super::MockServer::end_sessions`] ends them.
pub const SESSION: &str = "session";

/// A token the mock issued: its kind, its user, when it ends, and what the API keeps with it.
pub struct Token {
    /// [`SESSION`], [`super::OAUTH`] or another kind the API names.
    pub kind: &'static str,
    /// The user (or OAuth client) it was issued to.
    pub user: String,
    /// What the API keeps with the token (an Equisoft session's state and SSO tokens).
    pub data: serde_json::Map<String, serde_json::Value>,
    ended: bool,
    expires: Option<Instant>,
}

impl Token {
    fn active(&self) -> bool {
        !self.ended && self.expires.is_none_or(|at| Instant::now() < at)
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("kind", &self.kind)
            .field("active", &self.active())
            .finish_non_exhaustive()
    }
}

/// What a token sent to the mock is.
#[derive(Debug)]
pub enum Lookup<'a> {
    /// Issued, of the kind asked, not ended nor expired.
    Active(&'a mut Token),
    /// Issued and of the kind asked, but ended (logout, `end_sessions`) or expired.
    Ended(&'a mut Token),
    /// Never issued by this server, removed, or of another kind.
    Unknown,
}

/// What a login's credentials are worth to the mock's account model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginCheck {
    /// The password matches and the user may open a session.
    Allowed,
    /// Unknown user or wrong password: counted as a failed login.
    WrongPassword,
    /// The account is locked after too many failed logins in a row
    /// ([`State::set_lockout`]); counted as a failed login too.
    Locked,
    /// The user already has as many live sessions as [`State::set_max_sessions`] allows.
    TooManySessions,
}

/// The state every route of one mock server reads and changes.
///
/// `Debug` shows counts only: no password, token or user name.
pub struct State {
    users: BTreeMap<String, String>,
    clients: BTreeMap<String, String>,
    tokens: HashMap<String, Token>,
    lifetimes: HashMap<&'static str, Duration>,
    issued: u64,
    seed: RandomState,
    pub(crate) requests: BTreeMap<&'static str, usize>,
    pub(crate) total: usize,
    pub(crate) failures: HashMap<&'static str, VecDeque<u16>>,
    /// Operations answering this status until cleared (an outage).
    pub(crate) outages: HashMap<&'static str, u16>,
    /// Failed logins in a row per user, and in all.
    failed_in_a_row: BTreeMap<String, u32>,
    pub(crate) failed_logins: usize,
    lockout: Option<u32>,
    max_sessions: Option<usize>,
}

impl State {
    pub(crate) fn new() -> Self {
        Self {
            users: BTreeMap::new(),
            clients: BTreeMap::new(),
            tokens: HashMap::new(),
            lifetimes: HashMap::new(),
            issued: 0,
            seed: RandomState::new(),
            requests: BTreeMap::new(),
            total: 0,
            failures: HashMap::new(),
            outages: HashMap::new(),
            failed_in_a_row: BTreeMap::new(),
            failed_logins: 0,
            lockout: None,
            max_sessions: None,
        }
    }

    /// Adds `username` (or replaces its password).
    pub fn add_user(&mut self, username: &str, password: &str) {
        self.users.insert(username.to_owned(), password.to_owned());
    }

    /// Whether `username` is known.
    pub fn has_user(&self, username: &str) -> bool {
        self.users.contains_key(username)
    }

    /// Locks an account after `failures` failed logins in a row (Verizon: 5); `None`: never.
    pub fn set_lockout(&mut self, failures: Option<u32>) {
        self.lockout = failures;
    }

    /// At most `sessions` live sessions per user (`None`: any number).
    pub fn set_max_sessions(&mut self, sessions: Option<usize>) {
        self.max_sessions = sessions;
    }

    /// Whether `username` is locked out.
    pub fn is_locked(&self, username: &str) -> bool {
        self.lockout
            .is_some_and(|limit| self.failed_in_a_row.get(username).copied().unwrap_or(0) >= limit)
    }

    /// Failed logins in all.
    pub fn failed_logins(&self) -> usize {
        self.failed_logins
    }

    /// Judges a login as an account would: counts a failure, locks after the
    /// lockout, refuses a session over the cap. A login a route lets through
    /// must then issue its token.
    pub fn check_login(&mut self, username: &str, password: &str) -> LoginCheck {
        if self.is_locked(username) {
            self.failed_logins += 1;
            return LoginCheck::Locked;
        }
        if !self.password_matches(username, password) {
            self.failed_logins += 1;
            *self.failed_in_a_row.entry(username.to_owned()).or_default() += 1;
            return LoginCheck::WrongPassword;
        }
        self.failed_in_a_row.remove(username);
        let live = self
            .tokens
            .values()
            .filter(|token| token.kind == SESSION && token.user == username && token.active())
            .count();
        if self.max_sessions.is_some_and(|max| live >= max) {
            return LoginCheck::TooManySessions;
        }
        LoginCheck::Allowed
    }

    /// Whether `username` is known with exactly `password`.
    pub fn password_matches(&self, username: &str, password: &str) -> bool {
        self.users
            .get(username)
            .is_some_and(|known| known == password)
    }

    /// What was given as `username`'s password (for an API without passwords, its other
    /// attribute: Equisoft's display name).
    pub fn password_of(&self, username: &str) -> Option<&str> {
        self.users.get(username).map(String::as_str)
    }

    /// The users, in name order, with their passwords.
    pub fn users(&self) -> impl Iterator<Item = (&str, &str)> {
        self.users
            .iter()
            .map(|(name, password)| (name.as_str(), password.as_str()))
    }

    /// Adds an OAuth client (or replaces its secret).
    pub fn add_client(&mut self, client_id: &str, client_secret: &str) {
        self.clients
            .insert(client_id.to_owned(), client_secret.to_owned());
    }

    /// The OAuth clients, in id order, with their secrets.
    pub fn clients(&self) -> impl Iterator<Item = (&str, &str)> {
        self.clients
            .iter()
            .map(|(id, secret)| (id.as_str(), secret.as_str()))
    }

    /// Sets how long the tokens of `kind` issued from now on live (default: until ended).
    pub fn set_lifetime(&mut self, kind: &'static str, lifetime: Duration) {
        self.lifetimes.insert(kind, lifetime);
    }

    /// How long the tokens of `kind` live, if they expire.
    pub fn lifetime(&self, kind: &'static str) -> Option<Duration> {
        self.lifetimes.get(kind).copied()
    }

    /// Issues a new token of `kind` to `user`: a [`State::unique`] value.
    pub fn issue(&mut self, kind: &'static str, user: &str) -> String {
        let value = self.unique();
        self.insert(kind, user, value.clone());
        value
    }

    /// A new value shaped like a UUID, unique to this server and unlike another server's.
    pub fn unique(&mut self) -> String {
        self.issued += 1;
        let high = self.seed.hash_one((self.issued, 0));
        let low = self.seed.hash_one((self.issued, 1));
        format!(
            "{:08x}-{:04x}-4{:03x}-8{:03x}-{:012x}",
            high >> 32,
            (high >> 16) & 0xffff,
            high & 0xfff,
            low >> 52,
            low & 0xffff_ffff_ffff
        )
    }

    /// Registers `value` as a token of `kind` for `user` (a fixed, documented token).
    pub fn insert(&mut self, kind: &'static str, user: &str, value: String) {
        let expires = self
            .lifetime(kind)
            .map(|lifetime| Instant::now() + lifetime);
        let token = Token {
            kind,
            user: user.to_owned(),
            data: serde_json::Map::new(),
            ended: false,
            expires,
        };
        self.tokens.insert(value, token);
    }

    /// What `value` is as a token of `kind`.
    pub fn lookup(&mut self, kind: &'static str, value: &str) -> Lookup<'_> {
        match self.tokens.get_mut(value) {
            Some(token) if token.kind == kind && token.active() => Lookup::Active(token),
            Some(token) if token.kind == kind => Lookup::Ended(token),
            _ => Lookup::Unknown,
        }
    }

    /// Ends the token `value` (a logout): later calls with it see [`Lookup::Ended`].
    pub fn end(&mut self, value: &str) {
        if let Some(token) = self.tokens.get_mut(value) {
            token.ended = true;
        }
    }

    /// Ends every token of `kind`.
    pub fn end_all(&mut self, kind: &'static str) {
        for token in self.tokens.values_mut().filter(|token| token.kind == kind) {
            token.ended = true;
        }
    }

    /// Forgets the token `value`: later calls with it see [`Lookup::Unknown`].
    pub fn remove(&mut self, value: &str) -> bool {
        self.tokens.remove(value).is_some()
    }

    /// Forgets every token of `kind`.
    pub fn remove_all(&mut self, kind: &'static str) {
        self.tokens.retain(|_, token| token.kind != kind);
    }

    /// How many tokens of `kind` are active.
    pub fn active(&self, kind: &'static str) -> usize {
        self.tokens
            .values()
            .filter(|token| token.kind == kind && token.active())
            .count()
    }
}

impl fmt::Debug for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("State")
            .field("users", &self.users.len())
            .field("tokens", &self.tokens.len())
            .field("requests", &self.requests)
            .field("total", &self.total)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_end_by_kind() {
        let mut state = State::new();
        let first = state.issue(SESSION, "ada");
        let second = state.issue(SESSION, "ada");
        let other = state.issue("other", "ada");
        assert_ne!(first, second);
        assert_eq!(first.len(), 36);
        state.end_all(SESSION);
        assert!(matches!(state.lookup(SESSION, &first), Lookup::Ended(_)));
        assert!(matches!(state.lookup("other", &other), Lookup::Active(_)));
        assert!(matches!(state.lookup(SESSION, &other), Lookup::Unknown));
        assert!(state.remove(&second));
        assert!(matches!(state.lookup(SESSION, &second), Lookup::Unknown));
    }

    #[test]
    fn tokens_expire_after_their_kind_lifetime() {
        let mut state = State::new();
        state.set_lifetime(SESSION, Duration::ZERO);
        let token = state.issue(SESSION, "ada");
        assert!(matches!(state.lookup(SESSION, &token), Lookup::Ended(_)));
    }

    #[test]
    fn debug_shows_no_secret() {
        let mut state = State::new();
        state.add_user("ada", "pw-secret");
        let token = state.issue(SESSION, "ada");
        let shown = format!("{state:?}");
        assert!(!shown.contains("pw-secret") && !shown.contains(&token) && !shown.contains("ada"));
    }
}
