//! Times for people: `2026-12-29 22:34 UTC (in 30 days)`. JSON, CSV and TSV keep RFC 3339.

use chrono::{DateTime, Utc};

/// `at` (RFC 3339) as people read it, relative to `now`; text that is not a time is returned
/// as it is.
pub fn when(at: &str, now: DateTime<Utc>) -> String {
    let Ok(t) = DateTime::parse_from_rfc3339(at) else {
        return at.to_string();
    };
    let t = t.with_timezone(&Utc);
    format!("{} UTC ({})", t.format("%Y-%m-%d %H:%M"), relative(t, now))
}

/// `in 30 days`, `5 hours ago`, `now`: the largest unit that fits twice (days, hours,
/// minutes), else one of it.
fn relative(t: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let secs = (t - now).num_seconds();
    let abs = secs.unsigned_abs();
    let (n, unit) = if abs >= 2 * 86_400 {
        (abs / 86_400, "days")
    } else if abs >= 86_400 {
        (1, "day")
    } else if abs >= 2 * 3_600 {
        (abs / 3_600, "hours")
    } else if abs >= 3_600 {
        (1, "hour")
    } else if abs >= 120 {
        (abs / 60, "minutes")
    } else if abs >= 60 {
        (1, "minute")
    } else {
        return "now".into();
    };
    if secs > 0 {
        format!("in {n} {unit}")
    } else {
        format!("{n} {unit} ago")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_read_dates_with_how_far_they_are() {
        let now = DateTime::parse_from_rfc3339("2027-01-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            when("2027-01-31T00:00:00Z", now),
            "2027-01-31 00:00 UTC (in 30 days)"
        );
        assert_eq!(
            when("2026-12-31T19:00:00Z", now),
            "2026-12-31 19:00 UTC (5 hours ago)"
        );
        assert_eq!(
            when("2027-01-01T00:00:30Z", now),
            "2027-01-01 00:00 UTC (now)"
        );
        assert_eq!(
            when("2027-01-02T01:00:00Z", now),
            "2027-01-02 01:00 UTC (in 1 day)"
        );
        assert_eq!(when("never", now), "never");
    }
}
