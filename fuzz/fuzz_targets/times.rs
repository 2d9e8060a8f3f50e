//! RFC 3339 times (`--since`, `--until`, `PARTNERCTL_NOW`): never a panic, and the one text
//! form we write reads back as the same instant.
#![no_main]

use libfuzzer_sys::fuzz_target;
use partnerctl::clock::{fmt_time, parse_time};

fuzz_target!(|s: &str| {
    if let Ok(t) = parse_time(s) {
        let text = fmt_time(t);
        let again = parse_time(&text).expect("our own form parses");
        assert_eq!(again.timestamp(), t.timestamp());
    }
});
