//! `--ttl`, `--duration` and `--expires-in`: never a panic, and whatever is accepted is inside
//! the bounds asked for.
#![no_main]

use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use partnerctl::model::{parse_days, parse_span, parse_ttl};

fuzz_target!(|s: &str| {
    if let Ok(d) = parse_ttl(s) {
        assert!(d >= Duration::from_secs(60) && d <= Duration::from_secs(30 * 86_400));
    }
    if let Ok(days) = parse_days("--duration", s, 1, 730) {
        assert!((1..=730).contains(&days));
    }
    let (min, max) = (Duration::from_secs(3600), Duration::from_secs(90 * 86_400));
    if let Ok(d) = parse_span("--expires-in", s, min, max) {
        assert!(d >= min && d <= max);
    }
});
