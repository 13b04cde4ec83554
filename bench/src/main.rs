//! Benchmarks every API crate's representative operation against the same
//! request written by hand with the same `reqwest::Client`, on a loopback
//! HTTP/1.1 server; or, with `--compile-times`, measures clean release builds.
//!
//! ```text
//! cargo run --release -p session-sdks-bench -- [--quick] [--rounds N] [--duration MS]
//!     [--tasks N] [--workers N] [--only NAME] [--raw-vs-raw] [--compile-times]
//! ```

mod alloc;
mod compile;
mod measure;
mod pin;
mod scenarios;
mod server;

use std::process::ExitCode;
use std::time::Duration;

use measure::{Config, Report};

#[global_allocator]
static ALLOCATOR: alloc::Counting = alloc::Counting;

/// Sent by both sides, so the requests are byte for byte the same.
pub(crate) const USER_AGENT: &str = "session-sdks/0.1.0";
/// Per-attempt timeout of both sides (the SDK always has one).
pub(crate) const TIMEOUT: Duration = Duration::from_secs(30);

const USAGE: &str =
    "usage: session-sdks-bench [--quick] [--rounds N] [--duration MS] [--tasks N] [--workers N]
                           [--only NAME] [--raw-vs-raw]
       session-sdks-bench --compile-times [--only PACKAGE]

  --quick          1 round of 200 ms phases (a smoke test, numbers are rough)
  --rounds N       rounds per scenario, each SDK and raw, sequential and concurrent (default 60)
  --duration MS    length of one measured phase in milliseconds (default 50)
  --tasks N        concurrent tasks in the concurrent mode (default 64)
  --workers N      client on a tokio runtime of N worker threads, nothing pinned (by default
                   the client is one thread pinned to CPU 1 and the server is pinned to CPU 0)
  --only NAME      only scenarios (or packages) whose name contains NAME
  --raw-vs-raw     calibration: both sides run the raw call (ratios should be 1.00)
  --compile-times  clean `cargo build --release` of each API crate vs a bare baseline crate";

fn main() -> ExitCode {
    let mut config = Config {
        // Many short phases: SDK and raw alternate every 50 ms, so a burst of
        // load on the machine lands on both sides; 60 ratios per median.
        rounds: 60,
        phase: Duration::from_millis(50),
        tasks: 64,
        alloc_calls: 2000,
        raw_vs_raw: false,
        server_cpu: None,
    };
    let mut workers = None;
    let mut only = String::new();
    let mut compile_times = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut number = |what: &str| -> Option<u64> {
            let value = args.next().and_then(|v| v.parse().ok());
            if value.is_none() {
                eprintln!("{what} needs a number\n{USAGE}");
            }
            value
        };
        match arg.as_str() {
            "--quick" => {
                config.rounds = 1;
                config.phase = Duration::from_millis(200);
                config.alloc_calls = 300;
            }
            "--rounds" => match number("--rounds") {
                Some(n) if n > 0 => config.rounds = n as usize,
                _ => return ExitCode::from(2),
            },
            "--duration" => match number("--duration") {
                Some(n) if n > 0 => config.phase = Duration::from_millis(n),
                _ => return ExitCode::from(2),
            },
            "--tasks" => match number("--tasks") {
                Some(n) if n > 0 => config.tasks = n as usize,
                _ => return ExitCode::from(2),
            },
            "--workers" => match number("--workers") {
                Some(n) if n > 0 => workers = Some(n as usize),
                _ => return ExitCode::from(2),
            },
            "--only" => match args.next() {
                Some(name) => only = name,
                None => {
                    eprintln!("--only needs a name\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--compile-times" => compile_times = true,
            "--raw-vs-raw" => config.raw_vs_raw = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("unknown argument `{other}`\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    if compile_times {
        return compile::run(&only);
    }

    let cpus = std::thread::available_parallelism().map_or(1, usize::from);
    // By default the client is one thread on CPU 1 running every task (the
    // calls and hyper's connection tasks), the server one thread on CPU 0:
    // the client's CPU is the bottleneck and nothing else competes for it, so
    // the ratio is the cost of the call itself.
    let pinned = workers.is_none() && cpus >= 2 && pin::current_thread_to(1);
    if pinned {
        config.server_cpu = Some(0);
    }
    let runtime = match workers {
        Some(n) => tokio::runtime::Builder::new_multi_thread()
            .worker_threads(n)
            .enable_all()
            .build(),
        None => tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build(),
    };
    let runtime = match runtime {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("cannot start the tokio runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    let layout = match (workers, pinned) {
        (Some(n), _) => format!("client: {n} tokio workers, server: 1 thread, nothing pinned"),
        (None, true) => "client: 1 thread pinned to CPU 1, server: 1 thread pinned to CPU 0".into(),
        (None, false) => "client: 1 thread, server: 1 thread, not pinned".into(),
    };
    println!(
        "{} rounds x {} ms phases, {} concurrent tasks, {cpus} logical CPUs; {layout}; medians over rounds",
        config.rounds,
        config.phase.as_millis(),
        config.tasks,
    );
    let reports = runtime.block_on(scenarios::run_all(&config, &only));
    if reports.is_empty() {
        eprintln!("no scenario matches `{only}`");
        return ExitCode::from(2);
    }
    print_table(&reports);
    let mut failed = false;
    for report in &reports {
        if report.errors > 0 {
            eprintln!("{}: {} calls failed", report.name, report.errors);
            failed = true;
        }
    }
    for report in &reports {
        println!(
            "{}: sdk/raw throughput seq {:.2}, conc {:.2}; allocs/call sdk {:.0} raw {:.0}",
            report.name, report.ratio[0], report.ratio[1], report.allocs[0].0, report.allocs[1].0
        );
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn print_table(reports: &[Report]) {
    println!();
    println!(
        "{:<22} {:<5} {:<4} {:>10} {:>9} {:>9} {:>7} {:>10} {:>11}",
        "scenario",
        "mode",
        "side",
        "calls/s",
        "p50 us",
        "p99 us",
        "ratio",
        "allocs/call",
        "bytes/call"
    );
    for report in reports {
        println!(
            "{:<22} {} (server ceiling {:.0} req/s with a raw client)",
            report.name, report.operation, report.ceiling
        );
        for (m, mode) in ["seq", "conc"].into_iter().enumerate() {
            let (sdk, raw) = report.figures[m];
            for (s, (side, figures)) in [("sdk", sdk), ("raw", raw)].into_iter().enumerate() {
                let ratio = if s == 0 {
                    format!("{:.3}", report.ratio[m])
                } else {
                    String::new()
                };
                let (allocs, bytes) = report.allocs[s];
                println!(
                    "{:<22} {:<5} {:<4} {:>10.0} {:>9.1} {:>9.1} {:>7} {:>11.1} {:>11.0}",
                    "",
                    mode,
                    side,
                    figures.calls_per_sec,
                    figures.p50_us,
                    figures.p99_us,
                    ratio,
                    allocs,
                    bytes
                );
            }
        }
    }
    println!();
}
