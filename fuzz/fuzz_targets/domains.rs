//! DNS domains: never a panic; what is accepted is lower-case ASCII letters, digits, hyphens
//! and dots, at most 253 characters, and its own normal form.
#![no_main]

use libfuzzer_sys::fuzz_target;
use partnerctl::model::{is_unsafe_char, validate_domain};

fuzz_target!(|s: &str| {
    match validate_domain(s) {
        Ok(d) => {
            assert!(d.len() <= 253 && d.contains('.'), "{d:?}");
            assert!(
                d.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'),
                "{d:?}"
            );
            assert_eq!(validate_domain(&d).as_deref(), Ok(d.as_str()));
        }
        Err(e) => assert!(!e.chars().any(is_unsafe_char), "message echoes {e:?}"),
    }
});
