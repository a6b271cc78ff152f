//! Where a record's times come from, behind a trait with a deterministic twin.

/// Says what time it is, as records write it: RFC 3339 in UTC, to the second.
pub trait Clock {
    /// The time now.
    fn now(&self) -> String;
}

/// The system's clock.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> String {
        let now = jiff::Timestamp::now();
        now.round(jiff::Unit::Second)
            .map_or_else(|_| now.to_string(), |t| t.to_string())
    }
}

/// A clock stopped at one time, for tests.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FixedClock(pub String);

impl Clock for FixedClock {
    fn now(&self) -> String {
        self.0.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::{Clock, FixedClock, SystemClock};

    #[test]
    fn times_are_rfc_3339_to_the_second() {
        let now = SystemClock.now();
        assert!(now.parse::<jiff::Timestamp>().is_ok(), "{now}");
        assert!(now.ends_with('Z') && !now.contains('.'), "{now}");
        let fixed = FixedClock("2026-01-02T03:04:05Z".to_owned());
        assert_eq!(fixed.now(), "2026-01-02T03:04:05Z");
    }
}
