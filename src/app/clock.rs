//! Where the app state's time comes from, injected so the reducer never
//! asks the browser itself and a test can tell the time it wants.

use web_time::Instant;

use crate::datetime::Timestamp;

/// The wall clock, a monotonic clock, and the start's named points.
pub trait Clock {
    /// The current time (Django's timestamps, a playground file's name).
    fn now(&self) -> Timestamp;
    /// A monotonic instant (how long a job took).
    fn instant(&self) -> Instant;
    /// Names this point of the start (`boot:database`), so a profiler can
    /// tell where a first visit's time goes. Natively there is no one to
    /// tell.
    fn mark(&self, _name: &str) {}
}

/// The system's clocks (`Date.now()` and `performance.now()` in the
/// browser).
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }

    fn instant(&self) -> Instant {
        Instant::now()
    }
}
