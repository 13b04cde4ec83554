//! A response's declared `Content-Length` is never allocated ahead of the bytes that arrive:
//! measured with a counting global allocator (here, where the workspace lets a test binary
//! implement `GlobalAlloc`), the largest single allocation during a call whose server declares
//! 32 GiB, 2^62 or 2^64-1 bytes and sends 100 KB stays under 1 MiB, whatever the body limit.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};
use std::time::Duration;

use session_sdks_runtime::{Client, Method, Repeat, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

static LARGEST: AtomicUsize = AtomicUsize::new(0);
static WATCHING: AtomicBool = AtomicBool::new(false);

struct Watching;

#[allow(unsafe_code)]
// SAFETY: every method forwards to `System` with the caller's arguments unchanged.
unsafe impl GlobalAlloc for Watching {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        // SAFETY: forwarded as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        note(layout.size());
        // SAFETY: forwarded as is.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note(new_size);
        // SAFETY: forwarded as is.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Watching = Watching;

fn note(size: usize) {
    if WATCHING.load(Relaxed) {
        LARGEST.fetch_max(size, Relaxed);
    }
}

/// A server that answers one request with `declared` as its length, then 100 KB, then closes.
async fn server(declared: u64) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move {
        if let Ok((mut socket, _)) = listener.accept().await {
            let mut buf = [0u8; 4096];
            let _ = socket.read(&mut buf).await;
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {declared}\r\n\r\n"
            );
            let _ = socket.write_all(head.as_bytes()).await;
            let _ = socket.write_all(&vec![b'{'; 100_000]).await;
            let _ = socket.shutdown().await;
        }
    });
    url
}

#[tokio::test(flavor = "current_thread")]
async fn a_declared_length_is_never_allocated_ahead_of_the_bytes() {
    for declared in [32u64 << 30, 1 << 62, u64::MAX] {
        for limit in [usize::MAX, 1 << 40] {
            let url = server(declared).await;
            let client = Client::builder(url)
                .max_response_bytes(limit)
                .timeout(Duration::from_secs(5))
                .retry(RetryPolicy::disabled())
                .build()
                .expect("client");
            LARGEST.store(0, Relaxed);
            WATCHING.store(true, Relaxed);
            let outcome = client
                .custom::<serde_json::Value>(Method::GET, "/x", Repeat::Idempotent)
                .await;
            WATCHING.store(false, Relaxed);
            assert!(
                outcome.is_err(),
                "declared {declared}: a truncated body cannot decode"
            );
            let largest = LARGEST.load(Relaxed);
            assert!(
                largest < 1 << 20,
                "declared {declared}, limit {limit}: one allocation of {largest} bytes"
            );
        }
    }
}
