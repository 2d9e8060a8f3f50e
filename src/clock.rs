//! Time comes in from the edge: the real clock, or `PARTNERCTL_NOW` for scripted scenarios
//! on a test database.

use chrono::{DateTime, SecondsFormat, Utc};

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy)]
pub struct Clock {
    fixed: Option<DateTime<Utc>>,
}

impl Clock {
    pub fn system() -> Self {
        Clock { fixed: None }
    }

    pub fn fixed(at: DateTime<Utc>) -> Self {
        Clock { fixed: Some(at) }
    }

    /// The time `PARTNERCTL_NOW` (RFC 3339) asks for, when it is set. Whether it may be
    /// honoured depends on the database (SPEC §5), so the caller decides once it has opened it.
    pub fn requested() -> Result<Option<Self>> {
        match std::env::var("PARTNERCTL_NOW") {
            Ok(v) if !v.trim().is_empty() => {
                let at = parse_time(v.trim()).map_err(|_| {
                    Error::invalid(format!(
                        "PARTNERCTL_NOW={v:?} is not an RFC 3339 time (e.g. 2027-01-01T00:00:00Z)"
                    ))
                })?;
                Ok(Some(Clock::fixed(at)))
            }
            _ => Ok(None),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.fixed.unwrap_or_else(Utc::now)
    }
}

pub fn parse_time(s: &str) -> std::result::Result<DateTime<Utc>, chrono::ParseError> {
    DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc))
}

/// The one text form of a time in the database and in JSON: RFC 3339, UTC, whole seconds.
pub fn fmt_time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}
