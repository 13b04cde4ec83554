//! Every decoder of every crate over arbitrary bytes: the fuzz seeds, mutations
//! of them and pure noise from a fixed-seed generator, so `cargo test` repeats
//! a short fuzzing run deterministically. A panic here is a finding.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::PathBuf;

use session_sdks_tests::catalog::all_decoders;

/// Inputs per decoder; a few seconds in a debug build for all of them.
const ROUNDS: usize = 400;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Fragments that steer a mutation towards the decoders' edge cases.
const TOKENS: &[&[u8]] = &[
    b"\"",
    b"\\",
    b"\\u00",
    b"\\ud800",
    b"{",
    b"}",
    b"[",
    b"]",
    b":",
    b",",
    b"null",
    b"true",
    b"-0",
    b"1e999",
    b"9223372036854775808",
    b"<string>",
    b"</string>",
    b"<string/>",
    b"<![CDATA[",
    b"]]>",
    b"&amp;",
    b"&#x110000;",
    b"&#0;",
    b"&bogus;",
    b"<?xml version=\"1.0\"?>",
    b"xmlns=\"http://schemas.microsoft.com/2003/10/Serialization/\"",
    b"\xff",
    b"\xc3",
    b"\xe2\x82",
    b"\0",
    b"\r\n",
    b"\xef\xbb\xbf",
];

fn mutate(rng: &mut Rng, input: &mut Vec<u8>) {
    for _ in 0..=rng.below(4) {
        match rng.below(6) {
            0 if !input.is_empty() => {
                let i = rng.below(input.len());
                input[i] ^= 1 << rng.below(8);
            }
            1 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                let at = rng.below(input.len() + 1);
                input.splice(at..at, token.iter().copied());
            }
            2 if !input.is_empty() => {
                let at = rng.below(input.len());
                input.truncate(at);
            }
            3 if !input.is_empty() => {
                let from = rng.below(input.len());
                let to = (from + rng.below(16)).min(input.len());
                input.drain(from..to);
            }
            4 if !input.is_empty() => {
                let from = rng.below(input.len());
                let to = (from + rng.below(32)).min(input.len());
                let copy: Vec<u8> = input[from..to].to_vec();
                let at = rng.below(input.len() + 1);
                input.splice(at..at, copy);
            }
            _ => {
                let at = rng.below(input.len() + 1);
                input.insert(at, rng.next() as u8);
            }
        }
    }
}

fn seeds_dir(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/seeds")
        .join(name)
}

fn seeds(name: &str) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = fs::read_dir(seeds_dir(name))
        .unwrap_or_else(|err| panic!("fuzz/seeds/{name}: {err}"))
        .map(|entry| fs::read(entry.unwrap().path()).unwrap())
        .collect();
    out.sort();
    out
}

#[test]
fn every_decoder_survives_arbitrary_bytes() {
    let mut total = 0;
    for decoder in all_decoders() {
        let seeds = seeds(decoder.name);
        assert!(!seeds.is_empty(), "fuzz/seeds/{} is empty", decoder.name);
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ decoder.name.len() as u64);
        for seed in &seeds {
            (decoder.run)(seed);
        }
        for round in 0..ROUNDS {
            let input = if round % 8 == 7 {
                (0..rng.below(64)).map(|_| rng.next() as u8).collect()
            } else {
                let mut input = seeds[rng.below(seeds.len())].clone();
                mutate(&mut rng, &mut input);
                input
            };
            let result = std::panic::catch_unwind(|| (decoder.run)(&input));
            assert!(
                result.is_ok(),
                "{} panicked on {:?} ({})",
                decoder.name,
                String::from_utf8_lossy(&input),
                input.iter().map(|b| format!("{b:02x}")).collect::<String>()
            );
            total += 1;
        }
    }
    assert!(total >= ROUNDS * 5);
}

/// Each decoder is a cargo-fuzz target with seeds, so adding a row to the
/// catalog without its target fails here.
#[test]
fn every_decoder_is_a_fuzz_target() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
    let manifest = fs::read_to_string(root.join("Cargo.toml")).unwrap();
    for decoder in all_decoders() {
        let name = decoder.name;
        assert!(
            manifest.contains(&format!("name = \"{name}\"")),
            "fuzz/Cargo.toml has no [[bin]] {name}"
        );
        let target = fs::read_to_string(root.join(format!("fuzz_targets/{name}.rs")))
            .unwrap_or_else(|err| panic!("fuzz/fuzz_targets/{name}.rs: {err}"));
        assert!(target.contains(&format!("decoder(\"{name}\")")), "{name}");
        assert!(seeds_dir(name).is_dir(), "fuzz/seeds/{name}");
    }
    // And the other way: a target whose decoder is not in the catalog fails
    // at its first input, so every `[[bin]]` must name a registered decoder.
    let names: Vec<&str> = all_decoders().iter().map(|d| d.name).collect();
    for line in manifest.lines() {
        if let Some(name) = line
            .strip_prefix("name = \"")
            .and_then(|rest| rest.strip_suffix('"'))
            .filter(|name| *name != "session-sdks-fuzz")
        {
            assert!(
                names.contains(&name),
                "fuzz/Cargo.toml has [[bin]] {name}, but no decoder of that name is registered in tests/src/catalog/mod.rs"
            );
        }
    }
}
