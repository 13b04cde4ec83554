//! The loopback HTTP/1.1 server: keep-alive, pipelining-safe, one canned
//! response per scenario, nothing allocated per request. It runs on its own
//! thread and single-threaded runtime (on its own core when pinned) so it
//! never waits behind client tasks.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the server answers, and to which request.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Route {
    /// The HTTP method expected.
    pub(crate) method: &'static str,
    /// The base path the SDK client is configured with (`/automation-api`, or ``).
    pub(crate) base: &'static str,
    /// The operation's path below the base, without the query.
    pub(crate) path: &'static str,
    /// Status code of the canned answer.
    pub(crate) status: u16,
    /// Its `Content-Type`.
    pub(crate) content_type: &'static str,
    /// Its body.
    pub(crate) body: &'static str,
}

/// A running server; requests that do not match the route get a 404 and are counted.
pub(crate) struct Server {
    pub(crate) addr: SocketAddr,
    mismatches: Arc<AtomicU64>,
}

impl Server {
    /// Starts the server for `route` on 127.0.0.1 on its own thread, pinned
    /// to `cpu` when given.
    /// `also` is a second route (a session scenario's one-time login).
    pub(crate) fn start(
        route: Route,
        also: Option<Route>,
        cpu: Option<usize>,
    ) -> std::io::Result<Self> {
        let std_listener = std::net::TcpListener::bind("127.0.0.1:0")?;
        std_listener.set_nonblocking(true)?;
        let addr = std_listener.local_addr()?;
        let mismatches = Arc::new(AtomicU64::new(0));
        let counter = mismatches.clone();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()?;
        std::thread::Builder::new()
            .name("loopback-server".into())
            .spawn(move || {
                if let Some(cpu) = cpu {
                    crate::pin::current_thread_to(cpu);
                }
                runtime.block_on(async move {
                    let Ok(listener) = TcpListener::from_std(std_listener) else {
                        return;
                    };
                    let canned: Arc<Canned> = Arc::new(Canned::new(route, also));
                    while let Ok((stream, _)) = listener.accept().await {
                        let _ = stream.set_nodelay(true);
                        tokio::spawn(serve(stream, canned.clone(), counter.clone()));
                    }
                });
            })?;
        Ok(Self { addr, mismatches })
    }

    /// `http://127.0.0.1:port` + the route's base path.
    pub(crate) fn base_url(&self, route: &Route) -> String {
        format!("http://{}{}", self.addr, route.base)
    }

    /// Requests answered with 404 so far (a scenario sending the wrong request).
    pub(crate) fn mismatches(&self) -> u64 {
        self.mismatches.load(Relaxed)
    }
}

struct Canned {
    /// `METHOD /base/path` as the request line starts.
    request_prefix: Vec<u8>,
    ok: Vec<u8>,
    not_found: Vec<u8>,
    /// The second route, if any.
    also: Option<Box<Canned>>,
}

impl Canned {
    fn new(route: Route, also: Option<Route>) -> Self {
        let reason = match route.status {
            200 => "OK",
            201 => "Created",
            _ => "Status",
        };
        let ok = format!(
            "HTTP/1.1 {} {reason}\r\ncontent-type: {}\r\ncontent-length: {}\r\n\r\n{}",
            route.status,
            route.content_type,
            route.body.len(),
            route.body
        );
        Self {
            request_prefix: format!("{} {}{}", route.method, route.base, route.path).into_bytes(),
            ok: ok.into_bytes(),
            not_found: b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n".to_vec(),
            also: also.map(|route| Box::new(Canned::new(route, None))),
        }
    }

    /// The answer to `head`, if it is one of the routes'.
    fn answer(&self, head: &[u8]) -> Option<&[u8]> {
        let matches = head.starts_with(&self.request_prefix)
            && matches!(head.get(self.request_prefix.len()), Some(b' ' | b'?'));
        if matches {
            Some(&self.ok)
        } else {
            self.also.as_ref().and_then(|also| also.answer(head))
        }
    }
}

/// Serves one keep-alive connection until the client closes it.
async fn serve(mut stream: TcpStream, canned: Arc<Canned>, mismatches: Arc<AtomicU64>) {
    let mut buf = vec![0u8; 64 * 1024];
    let mut out = Vec::with_capacity(64 * 1024);
    let mut filled = 0;
    loop {
        let Ok(read) = stream.read(&mut buf[filled..]).await else {
            return;
        };
        if read == 0 {
            return;
        }
        filled += read;
        let mut start = 0;
        while let Some(len) = complete_request(&buf[start..filled]) {
            let head = &buf[start..start + len];
            if let Some(answer) = canned.answer(head) {
                out.extend_from_slice(answer);
            } else {
                mismatches.fetch_add(1, Relaxed);
                out.extend_from_slice(&canned.not_found);
            }
            start += len;
        }
        buf.copy_within(start..filled, 0);
        filled -= start;
        if filled == buf.len() {
            return; // a request larger than the buffer: not one of ours
        }
        if !out.is_empty() {
            if stream.write_all(&out).await.is_err() {
                return;
            }
            out.clear();
        }
    }
}

/// The length of the first complete request in `data` (head + `content-length` body).
fn complete_request(data: &[u8]) -> Option<usize> {
    let head_end = data.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let mut body = 0usize;
    for line in data[..head_end].split(|&b| b == b'\n') {
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        if line[..colon].eq_ignore_ascii_case(b"content-length") {
            body = std::str::from_utf8(&line[colon + 1..])
                .ok()?
                .trim()
                .parse()
                .ok()?;
        }
    }
    (data.len() >= head_end + body).then_some(head_end + body)
}

/// The server's ceiling: requests/s with `connections` hand-written
/// keep-alive clients (no HTTP library) sending the route's request for `duration`.
pub(crate) async fn ceiling(
    server: &Server,
    route: Route,
    connections: usize,
    duration: Duration,
) -> f64 {
    let body = if route.method == "GET" { "" } else { "{}" };
    let request = format!(
        "{} {}{} HTTP/1.1\r\nhost: {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        route.method,
        route.base,
        route.path,
        server.addr,
        body.len()
    );
    let request: Arc<[u8]> = request.into_bytes().into();
    let response_len = Canned::new(route, None).ok.len();
    let deadline = Instant::now() + duration;
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..connections {
        let request = request.clone();
        let addr = server.addr;
        tasks.spawn(async move {
            let Ok(mut stream) = TcpStream::connect(addr).await else {
                return 0u64;
            };
            let _ = stream.set_nodelay(true);
            let mut buf = vec![0u8; response_len];
            let mut done = 0u64;
            while Instant::now() < deadline {
                if stream.write_all(&request).await.is_err()
                    || stream.read_exact(&mut buf).await.is_err()
                {
                    break;
                }
                done += 1;
            }
            done
        });
    }
    let mut total = 0;
    while let Some(done) = tasks.join_next().await {
        total += done.unwrap_or(0);
    }
    total as f64 / started.elapsed().as_secs_f64()
}
