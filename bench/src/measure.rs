//! Interleaved measurement of one scenario: SDK and raw alternate within each
//! round (the order flips every round), so machine noise hits both alike;
//! every figure reported is a median over rounds.

use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::time::{Duration, Instant};

use session_sdks_runtime::{Client, RetryPolicy};

use crate::alloc;
use crate::scenarios::Scenario;
use crate::server::{self, Server};

/// How long and how often to measure.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    /// Rounds; each runs SDK and raw, sequential and concurrent.
    pub(crate) rounds: usize,
    /// Length of one measured phase (one side, one mode, one round).
    pub(crate) phase: Duration,
    /// Concurrent tasks in the concurrent mode.
    pub(crate) tasks: usize,
    /// Calls per allocation count.
    pub(crate) alloc_calls: u64,
    /// Calibration: the "sdk" side runs the raw call too, so the ratios show
    /// the harness's own bias and noise (they should be 1.00).
    pub(crate) raw_vs_raw: bool,
    /// The CPU the loopback server's thread is pinned to, if any.
    pub(crate) server_cpu: Option<usize>,
}

/// Sequential or concurrent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Seq,
    Conc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Sdk,
    Raw,
}

/// One mode's medians for one side.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Figures {
    pub(crate) calls_per_sec: f64,
    pub(crate) p50_us: f64,
    pub(crate) p99_us: f64,
}

/// Everything measured for one scenario.
#[derive(Debug, Clone)]
pub(crate) struct Report {
    pub(crate) name: &'static str,
    pub(crate) operation: &'static str,
    pub(crate) ceiling: f64,
    /// `[seq, conc]` x `(sdk, raw)`.
    pub(crate) figures: [(Figures, Figures); 2],
    /// Median of the per-round sdk/raw throughput ratios, `[seq, conc]`.
    pub(crate) ratio: [f64; 2],
    /// Per call: `(allocations, bytes)` for sdk and raw.
    pub(crate) allocs: [(f64, f64); 2],
    pub(crate) errors: u64,
}

static RAW_VS_RAW: AtomicBool = AtomicBool::new(false);

struct Sample {
    calls_per_sec: f64,
    p50_us: f64,
    p99_us: f64,
}

async fn call<S: Scenario>(scenario: &S, side: Side) -> bool {
    let side = if RAW_VS_RAW.load(Relaxed) {
        Side::Raw
    } else {
        side
    };
    let result = match side {
        Side::Sdk => scenario.sdk().await,
        Side::Raw => scenario.raw().await,
    };
    black_box(result).is_ok()
}

/// Calls in a loop, one at a time, for `phase`.
async fn sequential<S: Scenario>(scenario: &S, side: Side, phase: Duration) -> (Sample, u64) {
    let mut latencies: Vec<u32> = Vec::with_capacity(1 << 18);
    let mut errors = 0;
    let started = Instant::now();
    loop {
        let t = Instant::now();
        errors += u64::from(!call(scenario, side).await);
        let now = Instant::now();
        latencies.push((now - t).as_nanos().min(u32::MAX as u128) as u32);
        if now - started >= phase {
            break;
        }
    }
    (sample(latencies, started.elapsed()), errors)
}

/// `tasks` tasks calling in a loop until `phase` is over.
async fn concurrent<S: Scenario>(
    scenario: &Arc<S>,
    side: Side,
    phase: Duration,
    tasks: usize,
) -> (Sample, u64) {
    let started = Instant::now();
    let deadline = started + phase;
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..tasks {
        let scenario = scenario.clone();
        set.spawn(async move {
            let mut latencies: Vec<u32> = Vec::with_capacity(1 << 14);
            let mut errors = 0u64;
            loop {
                let t = Instant::now();
                errors += u64::from(!call(&*scenario, side).await);
                let now = Instant::now();
                latencies.push((now - t).as_nanos().min(u32::MAX as u128) as u32);
                if now >= deadline {
                    break;
                }
            }
            (latencies, errors)
        });
    }
    let mut all = Vec::new();
    let mut errors = 0;
    while let Some(joined) = set.join_next().await {
        if let Ok((latencies, failed)) = joined {
            all.extend(latencies);
            errors += failed;
        }
    }
    (sample(all, started.elapsed()), errors)
}

fn sample(mut latencies: Vec<u32>, elapsed: Duration) -> Sample {
    latencies.sort_unstable();
    let at = |q: f64| {
        let i = ((latencies.len() as f64 - 1.0) * q).round() as usize;
        f64::from(latencies.get(i).copied().unwrap_or(0)) / 1000.0
    };
    Sample {
        calls_per_sec: latencies.len() as f64 / elapsed.as_secs_f64(),
        p50_us: at(0.50),
        p99_us: at(0.99),
    }
}

/// Allocations and bytes per call, over `calls` sequential calls.
async fn allocations<S: Scenario>(scenario: &S, side: Side, calls: u64) -> (f64, f64) {
    let (a0, b0) = alloc::snapshot();
    for _ in 0..calls {
        call(scenario, side).await;
    }
    let (a1, b1) = alloc::snapshot();
    let n = calls as f64;
    ((a1 - a0) as f64 / n, (b1 - b0) as f64 / n)
}

/// The median; `values` must not be empty.
pub(crate) fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}

fn medians(samples: &[Sample]) -> Figures {
    let pick = |f: fn(&Sample) -> f64| median(&mut samples.iter().map(f).collect::<Vec<_>>());
    Figures {
        calls_per_sec: pick(|s| s.calls_per_sec),
        p50_us: pick(|s| s.p50_us),
        p99_us: pick(|s| s.p99_us),
    }
}

/// Measures scenario `S` on its own loopback server.
pub(crate) async fn run<S: Scenario>(config: &Config) -> Report {
    RAW_VS_RAW.store(config.raw_vs_raw, Relaxed);
    let server = match Server::start(S::ROUTE, S::LOGIN, config.server_cpu) {
        Ok(server) => server,
        Err(err) => panic!("{}: the loopback server did not start: {err}", S::NAME),
    };
    let client = Client::builder(server.base_url(&S::ROUTE))
        .user_agent(crate::USER_AGENT)
        .timeout(crate::TIMEOUT)
        .retry(RetryPolicy::default())
        .build();
    let client = match client {
        Ok(client) => client,
        Err(err) => panic!("{}: {err}", S::NAME),
    };
    let scenario = Arc::new(S::new(client));

    // Both calls must produce the same model before anything is timed.
    let (sdk, raw) = (scenario.sdk().await, scenario.raw().await);
    match (&sdk, &raw) {
        (Ok(a), Ok(b)) if a == b => {}
        _ => panic!(
            "{}: SDK and raw calls disagree: {sdk:?} vs {raw:?}",
            S::NAME
        ),
    }

    let ceiling = server::ceiling(&server, S::ROUTE, config.tasks, config.phase).await;

    // Warm up both sides (connections, pool, caches).
    let warm = config.phase / 3;
    for side in [Side::Sdk, Side::Raw] {
        sequential(&*scenario, side, warm).await;
        concurrent(&scenario, side, warm, config.tasks).await;
    }

    let mut samples: [[Vec<Sample>; 2]; 2] = Default::default();
    let mut ratios: [Vec<f64>; 2] = Default::default();
    let mut errors = 0;
    for round in 0..config.rounds {
        let order = if round % 2 == 0 {
            [Side::Sdk, Side::Raw]
        } else {
            [Side::Raw, Side::Sdk]
        };
        for (m, mode) in [Mode::Seq, Mode::Conc].into_iter().enumerate() {
            let mut rates = [0.0; 2];
            for side in order {
                let (sample, failed) = match mode {
                    Mode::Seq => sequential(&*scenario, side, config.phase).await,
                    Mode::Conc => concurrent(&scenario, side, config.phase, config.tasks).await,
                };
                errors += failed;
                let s = usize::from(side == Side::Raw);
                rates[s] = sample.calls_per_sec;
                samples[m][s].push(sample);
            }
            ratios[m].push(rates[0] / rates[1]);
        }
    }

    let mut allocs = [(0.0, 0.0); 2];
    for (s, side) in [Side::Sdk, Side::Raw].into_iter().enumerate() {
        // The fewest over three counts: a rare pool or timer allocation is not the call's.
        let mut best = (f64::MAX, f64::MAX);
        for _ in 0..3 {
            let (a, b) = allocations(&*scenario, side, config.alloc_calls).await;
            if a < best.0 {
                best = (a, b);
            }
        }
        allocs[s] = best;
    }

    errors += server.mismatches();
    Report {
        name: S::NAME,
        operation: S::OPERATION,
        ceiling,
        figures: [
            (medians(&samples[0][0]), medians(&samples[0][1])),
            (medians(&samples[1][0]), medians(&samples[1][1])),
        ],
        ratio: [median(&mut ratios[0]), median(&mut ratios[1])],
        allocs,
        errors,
    }
}
