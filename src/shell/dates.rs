//! Python's `datetime` module as far as ORM code uses it: `date(y, m, d)`,
//! aware `datetime(..., tzinfo=timezone.utc)` and `timezone.utc`, with
//! CPython's own range errors, so a learner can write
//! `filter(created_at__date=datetime.date(2024, 3, 4))`.
//!
//! A naive `datetime` (no `tzinfo`) is refused: with `USE_TZ = True`
//! Django takes it as Asia/Seoul time and warns on stderr, and the shell's
//! datetimes are aware UTC values only. `timedelta` and date arithmetic
//! are not here either; both fail with `not supported in the playground`.

use super::objects::DateTime;

/// A `datetime.date`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i64,
    pub month: i64,
    pub day: i64,
}

impl Date {
    /// `repr(date)`: `datetime.date(2024, 3, 4)`.
    pub fn repr(&self) -> String {
        format!("datetime.date({}, {}, {})", self.year, self.month, self.day)
    }

    /// `str(date)` and the query parameter: `2024-03-04`.
    pub fn str(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Parses SQLite's `YYYY-MM-DD` (what `__date` selects).
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-').map(|p| p.parse::<i64>().ok());
        let date = Date {
            year: parts.next()??,
            month: parts.next()??,
            day: parts.next()??,
        };
        parts.next().is_none().then_some(date)
    }

    /// The date of an aware UTC datetime (`dt.date()`).
    pub fn of(dt: &DateTime) -> Date {
        Date {
            year: dt.year,
            month: dt.month,
            day: dt.day,
        }
    }
}

fn days_in_month(year: i64, month: i64) -> i64 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `date(year, month, day)`, or CPython's `ValueError` message.
pub fn date(year: i64, month: i64, day: i64) -> Result<Date, String> {
    if !(1..=9999).contains(&year) {
        return Err(format!("year {year} is out of range"));
    }
    if !(1..=12).contains(&month) {
        return Err("month must be in 1..12".into());
    }
    if !(1..=days_in_month(year, month)).contains(&day) {
        return Err("day is out of range for month".into());
    }
    Ok(Date { year, month, day })
}

/// `datetime(year, month, day, hour, minute, second, microsecond,
/// tzinfo=timezone.utc)`, or CPython's `ValueError` message.
pub fn datetime(parts: [i64; 7]) -> Result<DateTime, String> {
    let [year, month, day, hour, minute, second, micro] = parts;
    let d = date(year, month, day)?;
    for (value, name, max) in [
        (hour, "hour", 23),
        (minute, "minute", 59),
        (second, "second", 59),
        (micro, "microsecond", 999_999),
    ] {
        if !(0..=max).contains(&value) {
            return Err(format!("{name} must be in 0..{max}"));
        }
    }
    Ok(DateTime {
        year: d.year,
        month: d.month,
        day: d.day,
        hour,
        minute,
        second,
        micro,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CPython 3.11's messages for the same calls.
    #[test]
    fn ranges_fail_as_cpython_does() {
        assert_eq!(
            date(2024, 2, 29).map(|d| d.repr()),
            Ok("datetime.date(2024, 2, 29)".into())
        );
        assert_eq!(
            date(2023, 2, 29),
            Err("day is out of range for month".into())
        );
        assert_eq!(date(2024, 13, 1), Err("month must be in 1..12".into()));
        assert_eq!(date(0, 1, 1), Err("year 0 is out of range".into()));
        assert_eq!(
            datetime([2024, 3, 4, 24, 0, 0, 0]).map(|d| d.storage()),
            Err("hour must be in 0..23".into())
        );
        assert_eq!(
            datetime([2024, 3, 4, 1, 30, 0, 5]).map(|d| d.storage()),
            Ok("2024-03-04 01:30:00.000005".into())
        );
        assert_eq!(
            Date::parse("2024-03-04").map(|d| d.str()),
            Some("2024-03-04".into())
        );
        assert_eq!(Date::parse("2024-03"), None);
    }
}
