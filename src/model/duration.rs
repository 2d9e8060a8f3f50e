//! Lengths of time as people type them (`12h`, `365d`, `90d`), checked against their bounds.

use std::time::Duration;

use super::text::shown;
use super::Invalid;

/// `s` as a length of time; the error names `flag` and gives an `example` of the form. A bare
/// number is refused with the unit it lacks named (`365` → "add a unit: 365d, 365h or 365m").
fn parse(flag: &str, s: &str, example: &str) -> Result<Duration, Invalid> {
    let t = s.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Invalid::from(format!(
            "invalid {flag} {}: add a unit, e.g. {t}d (days), {t}h (hours) or {t}m (minutes)",
            shown(s)
        )));
    }
    humantime::parse_duration(t)
        .map_err(|e| Invalid::from(format!("invalid {flag} {}: {e} (e.g. {example})", shown(s))))
}

/// A length as people write it: whole days as `90d`, else whole hours as `8h`, else minutes
/// (`30m`), else seconds.
pub fn span_text(d: Duration) -> String {
    let secs = d.as_secs();
    match secs {
        s if s > 0 && s % 86_400 == 0 => format!("{}d", s / 86_400),
        s if s > 0 && s % 3_600 == 0 => format!("{}h", s / 3_600),
        s if s > 0 && s % 60 == 0 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}

/// A session lifetime such as `12h` or `30m`: between one minute and 30 days.
pub fn parse_ttl(s: &str) -> Result<Duration, Invalid> {
    let d = parse("--ttl", s, "12h, 30m, 7d")?;
    let min = Duration::from_secs(60);
    let max = Duration::from_secs(30 * 24 * 3600);
    if d < min || d > max {
        return Err(Invalid::from(format!(
            "invalid --ttl {}: must be between 1m and 30d",
            shown(s)
        )));
    }
    Ok(d)
}

/// A whole number of days between `min` and `max`, written like `365d` (any humantime
/// form that comes to whole days is accepted, e.g. `52w`).
pub fn parse_days(flag: &str, s: &str, min: u64, max: u64) -> Result<u64, Invalid> {
    let shown_s = shown(s);
    let d = parse(flag, s, "365d")?;
    let secs = d.as_secs();
    if secs % 86_400 != 0 || d.subsec_nanos() != 0 {
        return Err(Invalid::from(format!(
            "invalid {flag} {shown_s}: must be a whole number of days, e.g. 365d"
        )));
    }
    let days = secs / 86_400;
    if days < min || days > max {
        return Err(Invalid::from(format!(
            "invalid {flag} {shown_s}: must be between {min}d and {max}d"
        )));
    }
    Ok(days)
}

/// A duration between `min` and `max` (e.g. an invite's `--expires-in`).
pub fn parse_span(flag: &str, s: &str, min: Duration, max: Duration) -> Result<Duration, Invalid> {
    let d = parse(flag, s, "30d, 12h")?;
    if d < min || d > max {
        return Err(Invalid::from(format!(
            "invalid {flag} {}: must be between {} and {}",
            shown(s),
            span_text(min),
            span_text(max)
        )));
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_read_as_people_write_them() {
        let e = parse_span(
            "--expires-in",
            "100d",
            Duration::from_secs(3600),
            Duration::from_secs(90 * 86_400),
        )
        .unwrap_err();
        assert!(e.to_string().contains("between 1h and 90d"), "{e}");
        let e = parse_days("--duration", "365", 1, 730).unwrap_err();
        assert!(e.to_string().contains("add a unit, e.g. 365d"), "{e}");
        assert_eq!(span_text(Duration::from_secs(90 * 60)), "90m");
        assert_eq!(span_text(Duration::from_secs(8 * 3600)), "8h");
    }
}
