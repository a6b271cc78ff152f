//! Rate limits per client: a token bucket for each key (an address, a participant), so that
//! one device cannot flood the server while the rest of the room walks on.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How fast requests may come, and how many at once.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quota {
    /// Requests a second, in the long run.
    pub per_second: f64,
    /// Requests that may come at once after a quiet spell.
    pub burst: f64,
}

#[derive(Clone, Copy, Debug)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// Token buckets by key, at most `max_keys` of them.
#[derive(Debug)]
pub struct RateLimiter<K> {
    quota: Quota,
    max_keys: usize,
    buckets: Mutex<HashMap<K, Bucket>>,
}

impl<K: Eq + Hash + Clone> RateLimiter<K> {
    /// Buckets that fill at `quota`, for at most `max_keys` clients at once.
    pub fn new(quota: Quota, max_keys: usize) -> Self {
        Self {
            quota,
            max_keys,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one request of `key` at `now`: `Ok`, or how long to wait before trying again.
    pub fn check(&self, key: &K, now: Instant) -> Result<(), Duration> {
        let Quota { per_second, burst } = self.quota;
        let mut buckets = self
            .buckets
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let refill = |b: &Bucket| {
            (b.tokens + now.saturating_duration_since(b.at).as_secs_f64() * per_second).min(burst)
        };
        if !buckets.contains_key(key) && buckets.len() >= self.max_keys {
            // Buckets that have filled up again are of clients gone quiet: forget them.
            buckets.retain(|_, b| refill(b) < burst);
            if buckets.len() >= self.max_keys {
                return Err(Duration::from_secs(1));
            }
        }
        let bucket = buckets.entry(key.clone()).or_insert(Bucket {
            tokens: burst,
            at: now,
        });
        let tokens = refill(bucket);
        if tokens >= 1.0 {
            *bucket = Bucket {
                tokens: tokens - 1.0,
                at: now,
            };
            Ok(())
        } else {
            *bucket = Bucket { tokens, at: now };
            Err(Duration::from_secs_f64((1.0 - tokens) / per_second))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUOTA: Quota = Quota {
        per_second: 2.0,
        burst: 3.0,
    };

    #[test]
    fn a_burst_then_the_rate() {
        let limiter = RateLimiter::new(QUOTA, 10);
        let start = Instant::now();
        for _ in 0..3 {
            assert_eq!(limiter.check(&"a", start), Ok(()));
        }
        let wait = limiter.check(&"a", start).expect_err("the burst is spent");
        assert_eq!(wait, Duration::from_millis(500));
        // Another client is not held up by the first.
        assert_eq!(limiter.check(&"b", start), Ok(()));
        assert_eq!(
            limiter.check(&"a", start + Duration::from_millis(500)),
            Ok(())
        );
        assert!(
            limiter
                .check(&"a", start + Duration::from_millis(600))
                .is_err()
        );
    }

    #[test]
    fn at_most_so_many_clients_and_quiet_ones_are_forgotten() {
        let limiter = RateLimiter::new(QUOTA, 2);
        let start = Instant::now();
        assert!(limiter.check(&1, start).is_ok());
        assert!(limiter.check(&2, start).is_ok());
        assert_eq!(limiter.check(&3, start), Err(Duration::from_secs(1)));
        // Two seconds later both buckets are full again, so their clients make room.
        assert!(limiter.check(&3, start + Duration::from_secs(2)).is_ok());
    }
}
