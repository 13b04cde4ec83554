//! A misbehaving HTTP/1.1 server on raw tokio TCP, loopback only.
//!
//! Each request read from any connection takes the next [`Reply`] of the
//! script (the last one repeats once the script runs out). The server counts
//! and records every request it reads, so a test can prove how often a call
//! was sent. It is bounded: at most [`MAX_CONNECTIONS`] connections, each
//! alive at most [`MAX_LIFETIME`], and every task is aborted on drop.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::task::JoinHandle;

/// Connections accepted before the server stops listening.
pub const MAX_CONNECTIONS: usize = 64;
/// Longest life of the server and of each of its connections.
pub const MAX_LIFETIME: Duration = Duration::from_secs(60);
/// Largest request head or body the server reads.
const MAX_REQUEST_BYTES: usize = 1 << 20;
/// Most bytes a [`Reply::Endless`] or [`Reply::HugeClaim`] stream writes.
const MAX_STREAM_BYTES: u64 = 256 << 20;

/// What the server does with one request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// A well-formed response with `Content-Length`; the connection stays open.
    Canned {
        /// Status code.
        status: u16,
        /// Extra headers (`Content-Length` is added).
        headers: Vec<(String, String)>,
        /// Body bytes.
        body: Vec<u8>,
    },
    /// `status` with `Retry-After` an HTTP-date `after` from the moment of the reply.
    RetryAt {
        /// Status code (429, 503).
        status: u16,
        /// How far ahead of the reply the date is.
        after: Duration,
    },
    /// Closes the connection with a TCP reset before writing anything.
    ResetBeforeHeaders,
    /// Writes a `200` head promising a body, then resets the connection.
    ResetAfterHeaders,
    /// Declares `declared` bytes, sends `body` (fewer), then closes cleanly.
    ShortBody {
        /// The `Content-Length` claimed.
        declared: usize,
        /// What is actually sent.
        body: Vec<u8>,
    },
    /// A chunked body whose second chunk has a size line that is not hex.
    BrokenChunked,
    /// Sends the head and `sent` of the body, then waits `stall` (past the client's timeout).
    StallMidBody {
        /// Bytes of the body sent before the stall.
        sent: Vec<u8>,
        /// How long to hold the connection silent.
        stall: Duration,
    },
    /// Reads the request and says nothing for `stall`.
    StallBeforeHeaders {
        /// How long to hold the connection silent.
        stall: Duration,
    },
    /// Claims a `Content-Length` of `declared` bytes and streams zeros until
    /// the client hangs up (at most 256 MiB).
    HugeClaim {
        /// The `Content-Length` claimed.
        declared: u64,
    },
    /// A chunked 200 of zeros without a length, until the client hangs up (at most 256 MiB).
    Endless,
    /// Raw bytes instead of an HTTP response, then close.
    Garbage(Vec<u8>),
    /// `reply`, after holding the request for `delay` (a slow endpoint).
    Delayed {
        /// How long to wait before answering.
        delay: Duration,
        /// The answer.
        reply: Box<Reply>,
    },
    /// `reply` once the test opens `gate` (a server that answers when the
    /// test has seen what it waits for, not after a guessed delay).
    Gated {
        /// Opened by the test with [`Gate::open`].
        gate: Gate,
        /// The answer.
        reply: Box<Reply>,
    },
    /// A complete response whose body is sent `chunk` bytes every `every`.
    Trickle {
        /// `Content-Type` of the body.
        content_type: String,
        /// The whole body.
        body: Vec<u8>,
        /// Bytes per write.
        chunk: usize,
        /// Pause between writes.
        every: Duration,
    },
}

impl Reply {
    /// `status` with a JSON body.
    pub fn json(status: u16, body: &str) -> Self {
        Self::with_type(status, "application/json", body.as_bytes())
    }

    /// `status` with a body of the given `Content-Type`.
    pub fn with_type(status: u16, content_type: &str, body: &[u8]) -> Self {
        Self::Canned {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.to_vec(),
        }
    }

    /// `status` with an empty body.
    pub fn status(status: u16) -> Self {
        Self::Canned {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// The same reply after `delay`.
    pub fn after(self, delay: Duration) -> Self {
        Self::Delayed {
            delay,
            reply: Box::new(self),
        }
    }

    /// The same reply once `gate` is open.
    pub fn when(self, gate: &Gate) -> Self {
        Self::Gated {
            gate: gate.clone(),
            reply: Box::new(self),
        }
    }

    /// Adds a header to a [`Reply::Canned`]; other replies are returned unchanged.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        if let Self::Canned { headers, .. } = &mut self {
            headers.push((name.into(), value.into()));
        }
        self
    }
}

/// Holds [`Reply::Gated`] answers until the test opens it.
#[derive(Debug, Clone)]
pub struct Gate(Arc<tokio::sync::Semaphore>);

impl Gate {
    /// A closed gate.
    pub fn new() -> Self {
        Self(Arc::new(tokio::sync::Semaphore::new(0)))
    }

    /// Lets every held and later answer through.
    pub fn open(&self) {
        self.0.close();
    }
}

impl Default for Gate {
    fn default() -> Self {
        Self::new()
    }
}

/// One request as the server read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    /// The request line, e.g. `POST /session/login HTTP/1.1`.
    pub line: String,
    /// Header lines as sent (`name: value`).
    pub headers: Vec<String>,
    /// The body.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The request target (path and query) from the request line.
    pub fn target(&self) -> &str {
        self.line.split(' ').nth(1).unwrap_or("")
    }

    /// The value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.trim().eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

#[derive(Default)]
struct State {
    script: Mutex<Vec<Reply>>,
    next: AtomicUsize,
    requests: Mutex<Vec<Recorded>>,
    connections: AtomicUsize,
    streamed: AtomicU64,
}

impl State {
    fn take(&self) -> Reply {
        let script = self.script.lock().unwrap_or_else(|e| e.into_inner());
        let i = self.next.fetch_add(1, Ordering::SeqCst);
        script
            .get(i)
            .or_else(|| script.last())
            .cloned()
            .unwrap_or(Reply::status(500))
    }
}

/// A running chaos server; stops when dropped.
pub struct ChaosServer {
    addr: std::net::SocketAddr,
    state: Arc<State>,
    accept: JoinHandle<()>,
    connections: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl ChaosServer {
    /// Starts a server on `127.0.0.1` with an ephemeral port playing `script`.
    pub async fn start(script: Vec<Reply>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .unwrap_or_else(|err| panic!("chaos server cannot bind: {err}"));
        let addr = listener
            .local_addr()
            .unwrap_or_else(|err| panic!("chaos server has no address: {err}"));
        let state = Arc::new(State {
            script: Mutex::new(script),
            ..State::default()
        });
        let connections: Arc<Mutex<Vec<JoinHandle<()>>>> = Arc::default();
        let accept = tokio::spawn({
            let state = state.clone();
            let connections = connections.clone();
            async move {
                let serve = async {
                    while state.connections.load(Ordering::SeqCst) < MAX_CONNECTIONS {
                        let Ok((stream, _)) = listener.accept().await else {
                            break;
                        };
                        state.connections.fetch_add(1, Ordering::SeqCst);
                        let task = tokio::spawn(serve_connection(stream, state.clone()));
                        connections
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push(task);
                    }
                };
                let _ = tokio::time::timeout(MAX_LIFETIME, serve).await;
            }
        });
        Self {
            addr,
            state,
            accept,
            connections,
        }
    }

    /// `http://127.0.0.1:<port>`, the base URL for a client.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The port, to build other base URLs.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Requests read so far.
    pub fn requests(&self) -> usize {
        self.recorded().len()
    }

    /// Waits until `n` requests have been read (or `patience` has passed), then
    /// a little longer to let any extra one arrive, and returns the count.
    ///
    /// A call can time out before a loaded machine lets the server read what
    /// was sent: the count is only final once the server has caught up.
    pub async fn settled_requests(&self, n: usize, patience: Duration) -> usize {
        let started = std::time::Instant::now();
        while self.requests() < n && started.elapsed() < patience {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        self.requests()
    }

    /// Every request read so far, in order.
    pub fn recorded(&self) -> Vec<Recorded> {
        self.state
            .requests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.state.connections.load(Ordering::SeqCst)
    }

    /// Body bytes written by [`Reply::HugeClaim`] and [`Reply::Endless`] before the client hung up.
    pub fn streamed_bytes(&self) -> u64 {
        self.state.streamed.load(Ordering::SeqCst)
    }
}

impl Drop for ChaosServer {
    fn drop(&mut self) {
        self.accept.abort();
        for task in self
            .connections
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .drain(..)
        {
            task.abort();
        }
    }
}

async fn serve_connection(mut stream: TcpStream, state: Arc<State>) {
    let _ = tokio::time::timeout(MAX_LIFETIME, async {
        let mut buffer = Vec::new();
        while let Some(request) = read_request(&mut stream, &mut buffer).await {
            state
                .requests
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(request);
            if !respond(&mut stream, state.take(), &state).await {
                return;
            }
        }
    })
    .await;
}

/// Reads one request (head and `Content-Length` body); `None` at EOF or on nonsense.
async fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<Recorded> {
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(end) = find(buffer, b"\r\n\r\n") {
            break end;
        }
        if buffer.len() > MAX_REQUEST_BYTES {
            return None;
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let line = lines.next()?.to_owned();
    let headers: Vec<String> = lines.map(str::to_owned).collect();
    let length = headers
        .iter()
        .find_map(|h| {
            let (n, v) = h.split_once(':')?;
            n.trim()
                .eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0)
        .min(MAX_REQUEST_BYTES);
    buffer.drain(..head_end + 4);
    while buffer.len() < length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
    let body = buffer.drain(..length).collect();
    Some(Recorded {
        line,
        headers,
        body,
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn reset(stream: &TcpStream) {
    // SO_LINGER 0: closing sends RST instead of FIN.
    let _ = stream.set_zero_linger();
}

/// Plays one reply; `true` keeps the connection for another request.
async fn respond(stream: &mut TcpStream, reply: Reply, state: &State) -> bool {
    match reply {
        Reply::Delayed { delay, reply } => {
            tokio::time::sleep(delay).await;
            Box::pin(respond(stream, *reply, state)).await
        }
        Reply::Gated { gate, reply } => {
            // A closed semaphore is the open gate: `acquire` returns at once.
            let _ = gate.0.acquire().await;
            Box::pin(respond(stream, *reply, state)).await
        }
        Reply::Canned {
            status,
            headers,
            body,
        } => {
            let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
            for (name, value) in &headers {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
            write_all(stream, &[head.as_bytes(), &body].concat()).await
        }
        Reply::RetryAt { status, after } => {
            let date = http_date(SystemTime::now() + after);
            let head = format!(
                "HTTP/1.1 {status} {}\r\nRetry-After: {date}\r\nContent-Length: 0\r\n\r\n",
                reason(status)
            );
            write_all(stream, head.as_bytes()).await
        }
        Reply::ResetBeforeHeaders => {
            reset(stream);
            false
        }
        Reply::ResetAfterHeaders => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":";
            let _ = write_all(stream, head.as_bytes()).await;
            let _ = stream.flush().await;
            tokio::time::sleep(Duration::from_millis(20)).await;
            reset(stream);
            false
        }
        Reply::ShortBody { declared, body } => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {declared}\r\n\r\n"
            );
            let _ = write_all(stream, &[head.as_bytes(), &body].concat()).await;
            let _ = stream.shutdown().await;
            false
        }
        Reply::BrokenChunked => {
            let raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\nzz\r\n1}\r\n0\r\n\r\n";
            let _ = write_all(stream, raw.as_bytes()).await;
            let _ = stream.shutdown().await;
            false
        }
        Reply::StallMidBody { sent, stall } => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                sent.len() + 100
            );
            let _ = write_all(stream, &[head.as_bytes(), &sent].concat()).await;
            tokio::time::sleep(stall).await;
            false
        }
        Reply::StallBeforeHeaders { stall } => {
            tokio::time::sleep(stall).await;
            false
        }
        Reply::HugeClaim { declared } => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {declared}\r\n\r\n"
            );
            if !write_all(stream, head.as_bytes()).await {
                return false;
            }
            stream_zeros(stream, state, false).await;
            false
        }
        Reply::Endless => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
            if !write_all(stream, head.as_bytes()).await {
                return false;
            }
            stream_zeros(stream, state, true).await;
            false
        }
        Reply::Garbage(bytes) => {
            let _ = write_all(stream, &bytes).await;
            let _ = stream.shutdown().await;
            false
        }
        Reply::Trickle {
            content_type,
            body,
            chunk,
            every,
        } => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
                body.len()
            );
            if !write_all(stream, head.as_bytes()).await {
                return false;
            }
            for piece in body.chunks(chunk.max(1)) {
                tokio::time::sleep(every).await;
                if !write_all(stream, piece).await {
                    return false;
                }
            }
            true
        }
    }
}

async fn stream_zeros(stream: &mut TcpStream, state: &State, chunked: bool) {
    let block = vec![b' '; 64 * 1024];
    let framed = [format!("{:x}\r\n", block.len()).as_bytes(), &block, b"\r\n"].concat();
    let mut written = 0u64;
    while written < MAX_STREAM_BYTES {
        let piece = if chunked { &framed[..] } else { &block[..] };
        if !write_all(stream, piece).await {
            break;
        }
        written += block.len() as u64;
        state
            .streamed
            .fetch_add(block.len() as u64, Ordering::SeqCst);
    }
}

async fn write_all(stream: &mut TcpStream, bytes: &[u8]) -> bool {
    stream.write_all(bytes).await.is_ok()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}

/// `at` as an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), for `Retry-After`.
pub fn http_date(at: SystemTime) -> String {
    let secs = at
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{}, {day:02} {} {year} {:02}:{:02}:{:02} GMT",
        WEEKDAYS[days.rem_euclid(7) as usize],
        MONTHS[(month - 1) as usize],
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// One SDK client whose connection pool the suites' clients share
/// (`ClientBuilder::share_pool`): building a pool loads the TLS roots (tens of
/// milliseconds in a debug build, on the thread that must also drive the
/// cases' timeouts), sharing it is free. It keeps no idle connection, so no
/// case reuses a connection of another (chaos servers come and go, and their
/// ports are reused). Like every SDK pool it follows same-origin redirects only.
pub fn shared_pool() -> session_sdks_runtime::Client {
    use session_sdks_runtime::{Client, reqwest};
    static POOL: std::sync::OnceLock<Client> = std::sync::OnceLock::new();
    POOL.get_or_init(|| {
        Client::builder("http://127.0.0.1:9")
            .http_client(reqwest::Client::builder().pool_max_idle_per_host(0))
            .connect_timeout(Duration::from_secs(5))
            .build()
            .unwrap_or_else(|err| panic!("the shared pool: {err}"))
    })
    .clone()
}

/// A loopback address where a connection is refused, reserved while the
/// returned socket lives. The socket is bound but never listens: a port freed
/// by dropping a listener could be taken by another test's server in the
/// same process, whose answers would then arrive instead of the refusal.
pub fn refused_address() -> (TcpSocket, std::net::SocketAddr) {
    let socket = TcpSocket::new_v4().expect("a socket");
    socket
        .bind(([127, 0, 0, 1], 0).into())
        .expect("a loopback port");
    let addr = socket.local_addr().expect("its address");
    (socket, addr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates() {
        assert_eq!(
            http_date(SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777)),
            "Sun, 06 Nov 1994 08:49:37 GMT"
        );
        assert_eq!(
            http_date(SystemTime::UNIX_EPOCH),
            "Thu, 01 Jan 1970 00:00:00 GMT"
        );
    }
}
