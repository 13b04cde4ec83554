#![no_main]

use std::sync::OnceLock;

use session_sdks_tests::catalog::decoder;
use session_sdks_tests::decode::Decoder;

static DECODER: OnceLock<Decoder> = OnceLock::new();

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    (DECODER.get_or_init(|| decoder("equisoft_error_entities")).run)(data);
});
