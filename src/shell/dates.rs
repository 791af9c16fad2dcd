//! Python's `datetime` module as far as ORM code uses it: `date(y, m, d)`,
//! `datetime(...)` (aware with `tzinfo=timezone.utc`, or naive),
//! `time(h, m, s, us)`, `timedelta(...)` and `timezone.utc`, with
//! CPython's own range errors, reprs and strs, so a learner can write
//! `filter(created_at__date=datetime.date(2024, 3, 4))` or
//! `filter(length__gt=timedelta(hours=1))`.
//!
//! A naive `datetime` is the value of a project with `USE_TZ = False`; the
//! host refuses one as a query value under `USE_TZ = True` (Django takes
//! it as `TIME_ZONE`'s time and warns on stderr). Arithmetic is CPython's:
//! `timedelta`s added, subtracted and multiplied by an int, dates and
//! datetimes moved by one, and their differences; a float in
//! `timedelta()` and the rest fail with `not supported in the playground`.

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

/// `date(year, month, day)`, or CPython's `ValueError` message.
pub fn date(year: i64, month: i64, day: i64) -> Result<Date, String> {
    if !(1..=9999).contains(&year) {
        return Err(format!("year {year} is out of range"));
    }
    if !(1..=12).contains(&month) {
        return Err("month must be in 1..12".into());
    }
    if !(1..=crate::datetime::days_in_month(year, month)).contains(&day) {
        return Err("day is out of range for month".into());
    }
    Ok(Date { year, month, day })
}

/// `datetime(year, month, day, hour, minute, second, microsecond,
/// tzinfo=timezone.utc)` (`aware`) or without a `tzinfo`, or CPython's
/// `ValueError` message.
pub fn datetime(parts: [i64; 7], aware: bool) -> Result<DateTime, String> {
    let [year, month, day, hour, minute, second, micro] = parts;
    let d = date(year, month, day)?;
    let t = time([hour, minute, second, micro])?;
    Ok(DateTime {
        year: d.year,
        month: d.month,
        day: d.day,
        hour: t.hour,
        minute: t.minute,
        second: t.second,
        micro: t.micro,
        aware,
    })
}

/// Days since 0001-01-01 (CPython's ordinal minus one) of a valid date.
fn ordinal(d: Date) -> i64 {
    crate::datetime::days_since_year_one(d.year, d.month, d.day)
}

/// The date `days` after 0001-01-01, or CPython's `OverflowError`.
fn from_ordinal(days: i128) -> Result<Date, String> {
    let out_of_range = || "date value out of range".to_owned();
    let days = i64::try_from(days).map_err(|_| out_of_range())?;
    let (year, month, day) = crate::datetime::date_after_year_one(days);
    date(year, month, day).map_err(|_| out_of_range())
}

impl Date {
    /// `date + timedelta` (`sub`: `date - timedelta`, which CPython
    /// computes as `date + timedelta(-td.days)`): only the days count.
    pub fn add_days(self, td: TimeDelta, sub: bool) -> Result<Date, String> {
        let days = i128::from(td.days());
        from_ordinal(i128::from(ordinal(self)) + if sub { -days } else { days })
    }

    /// `date - date`: whole days.
    pub fn minus(self, other: Date) -> Result<TimeDelta, String> {
        TimeDelta::from_micros(i128::from(ordinal(self) - ordinal(other)) * DAY)
    }
}

impl DateTime {
    fn micros(&self) -> i128 {
        let day = ordinal(Date::of(self));
        let time = ((self.hour * 60 + self.minute) * 60 + self.second) * 1_000_000 + self.micro;
        i128::from(day) * DAY + i128::from(time)
    }

    /// `datetime + timedelta` (`datetime - timedelta` with a negated
    /// one), keeping its `tzinfo`, or CPython's `OverflowError`.
    pub fn plus(&self, td: TimeDelta) -> Result<DateTime, String> {
        let micros = self.micros() + td.micros();
        let d = from_ordinal(micros.div_euclid(DAY))?;
        let rest = micros.rem_euclid(DAY) as i64;
        Ok(DateTime {
            year: d.year,
            month: d.month,
            day: d.day,
            hour: rest / 3_600_000_000,
            minute: rest / 60_000_000 % 60,
            second: rest / 1_000_000 % 60,
            micro: rest % 1_000_000,
            aware: self.aware,
        })
    }

    /// `datetime - datetime` of the same kind (aware or naive).
    pub fn minus(&self, other: &DateTime) -> Result<TimeDelta, String> {
        TimeDelta::from_micros(self.micros() - other.micros())
    }
}

/// What `strftime` reads of a `date`, `datetime` or `time`: a `date`'s
/// clock is midnight, a `time`'s date is 1900-01-01 (CPython's); `aware`
/// is `tzinfo=datetime.timezone.utc`.
#[derive(Clone, Copy, Debug)]
pub struct Moment {
    pub date: Date,
    pub time: Time,
    pub aware: bool,
}

impl Moment {
    /// A `datetime`'s own date, clock and zone.
    pub fn of_datetime(dt: &DateTime) -> Moment {
        Moment {
            date: Date::of(dt),
            time: Time::of(dt),
            aware: dt.aware,
        }
    }

    /// A `date` at midnight, naive.
    pub fn of_date(date: Date) -> Moment {
        let midnight = Time {
            hour: 0,
            minute: 0,
            second: 0,
            micro: 0,
        };
        Moment {
            date,
            time: midnight,
            aware: false,
        }
    }

    /// A `time` on 1900-01-01, naive.
    pub fn of_time(time: Time) -> Moment {
        Moment {
            date: Date {
                year: 1900,
                month: 1,
                day: 1,
            },
            time,
            aware: false,
        }
    }
}

/// `date.weekday()`: Monday is 0.
pub fn weekday(d: Date) -> i64 {
    // 0001-01-01 (ordinal 0 here) was a Monday.
    ordinal(d).rem_euclid(7)
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `strftime(format)` (also `format(value, spec)` and f-strings' `{d:%Y}`)
/// as CPython on Linux gives it in the C locale, for the directives every
/// platform shares. Another directive (`%c`, `%U`, glibc's `%-d`, ...) is
/// `Err` with its text, for the shell to refuse.
pub fn strftime(format: &str, m: Moment) -> Result<String, String> {
    let (d, t) = (m.date, m.time);
    let name = |names: &[&'static str], i: i64| names[i.rem_euclid(names.len() as i64) as usize];
    let mut out = String::with_capacity(format.len() + 16);
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(directive) = chars.next() else {
            // A lone `%` at the end stays (glibc's).
            out.push('%');
            break;
        };
        let text = match directive {
            'Y' => d.year.to_string(),
            'y' => format!("{:02}", d.year.rem_euclid(100)),
            'm' => format!("{:02}", d.month),
            'd' => format!("{:02}", d.day),
            'H' => format!("{:02}", t.hour),
            'I' => format!("{:02}", (t.hour + 11) % 12 + 1),
            'p' => (if t.hour < 12 { "AM" } else { "PM" }).to_owned(),
            'M' => format!("{:02}", t.minute),
            'S' => format!("{:02}", t.second),
            'f' => format!("{:06}", t.micro),
            'j' => format!(
                "{:03}",
                ordinal(d)
                    - ordinal(Date {
                        month: 1,
                        day: 1,
                        ..d
                    })
                    + 1
            ),
            'a' => name(&DAYS, weekday(d))[..3].to_owned(),
            'A' => name(&DAYS, weekday(d)).to_owned(),
            'w' => ((weekday(d) + 1) % 7).to_string(),
            'b' => name(&MONTHS, d.month - 1)[..3].to_owned(),
            'B' => name(&MONTHS, d.month - 1).to_owned(),
            'z' => (if m.aware { "+0000" } else { "" }).to_owned(),
            'Z' => (if m.aware { "UTC" } else { "" }).to_owned(),
            '%' => "%".to_owned(),
            other => return Err(format!("%{other}")),
        };
        out.push_str(&text);
    }
    Ok(out)
}

/// A `datetime.time` without a `tzinfo` (what a `TimeField` holds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Time {
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub micro: i64,
}

impl Time {
    /// `repr(time)`: `datetime.time(9, 30)`, the seconds and microseconds
    /// only when set (CPython's `time.__repr__`).
    pub fn repr(&self) -> String {
        let tail = if self.micro != 0 {
            format!(", {}, {}", self.second, self.micro)
        } else if self.second != 0 {
            format!(", {}", self.second)
        } else {
            String::new()
        };
        format!("datetime.time({}, {}{tail})", self.hour, self.minute)
    }

    /// `str(time)` (`isoformat()`), also what Django stores and sends:
    /// `09:30:00`, `09:30:00.250000`.
    pub fn str(&self) -> String {
        let mut s = format!("{:02}:{:02}:{:02}", self.hour, self.minute, self.second);
        if self.micro != 0 {
            s.push_str(&format!(".{:06}", self.micro));
        }
        s
    }

    /// Parses Django's stored text (`typecast_time`/`parse_time` of what
    /// Django wrote: `HH:MM:SS[.ffffff]`).
    pub fn parse(text: &str) -> Option<Time> {
        let (hms, frac) = text.split_once('.').unwrap_or((text, ""));
        let mut t = hms.split(':').map(|p| p.parse::<i64>().ok());
        let (hour, minute, second) = (t.next()??, t.next()??, t.next()??);
        if t.next().is_some() || frac.len() > 6 || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let micro = format!("{frac:0<6}").parse().ok()?;
        time([hour, minute, second, micro]).ok()
    }

    /// The time of a datetime (`dt.time()`).
    pub fn of(dt: &DateTime) -> Time {
        Time {
            hour: dt.hour,
            minute: dt.minute,
            second: dt.second,
            micro: dt.micro,
        }
    }
}

/// `time(hour, minute, second, microsecond)`, or CPython's `ValueError`.
pub fn time(parts: [i64; 4]) -> Result<Time, String> {
    let [hour, minute, second, micro] = parts;
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
    Ok(Time {
        hour,
        minute,
        second,
        micro,
    })
}

/// Microseconds in a day.
const DAY: i128 = 86_400_000_000;

/// A `datetime.timedelta`, as its whole length in microseconds (what a
/// `DurationField` stores on SQLite); `days`, `seconds` and
/// `microseconds` are derived as CPython normalises them (the seconds and
/// microseconds never negative).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct TimeDelta(i128);

impl TimeDelta {
    /// `timedelta(microseconds=n)`, or CPython's `OverflowError` message
    /// when the days leave -999999999..=999999999.
    pub fn from_micros(micros: i128) -> Result<TimeDelta, String> {
        let days = micros.div_euclid(DAY);
        if days.abs() > 999_999_999 {
            return Err(format!("days={days}; must have magnitude <= 999999999"));
        }
        Ok(TimeDelta(micros))
    }

    pub fn micros(self) -> i128 {
        self.0
    }

    pub fn days(self) -> i64 {
        self.0.div_euclid(DAY) as i64
    }

    pub fn seconds(self) -> i64 {
        (self.0.rem_euclid(DAY) / 1_000_000) as i64
    }

    pub fn microseconds(self) -> i64 {
        (self.0.rem_euclid(1_000_000)) as i64
    }

    /// `repr(td)`: `datetime.timedelta(days=-1, seconds=86399)`, or
    /// `datetime.timedelta(0)`.
    pub fn repr(self) -> String {
        let mut args = Vec::new();
        for (value, name) in [
            (self.days(), "days"),
            (self.seconds(), "seconds"),
            (self.microseconds(), "microseconds"),
        ] {
            if value != 0 {
                args.push(format!("{name}={value}"));
            }
        }
        if args.is_empty() {
            args.push("0".into());
        }
        format!("datetime.timedelta({})", args.join(", "))
    }

    /// `str(td)`: `1 day, 1:00:00`, `-1 day, 23:59:59.999999`.
    pub fn str(self) -> String {
        let seconds = self.seconds();
        let (hh, mm, ss) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        let mut s = format!("{hh}:{mm:02}:{ss:02}");
        let days = self.days();
        if days != 0 {
            let plural = if days.abs() != 1 { "s" } else { "" };
            s = format!("{days} day{plural}, {s}");
        }
        if self.microseconds() != 0 {
            s.push_str(&format!(".{:06}", self.microseconds()));
        }
        s
    }

    /// `td.total_seconds()`: the microseconds over 10**6, correctly
    /// rounded as Python's true division of integers (exact below 2**53
    /// microseconds; beyond that `None`).
    pub fn total_seconds(self) -> Option<f64> {
        (self.0.abs() < 1 << 53).then(|| self.0 as f64 / 1e6)
    }
}

/// `timedelta(days, seconds, microseconds, milliseconds, minutes, hours,
/// weeks)` of integers, or CPython's `OverflowError` message.
pub fn timedelta(parts: [i64; 7]) -> Result<TimeDelta, String> {
    let [days, seconds, micros, millis, minutes, hours, weeks] = parts.map(i128::from);
    let total = (weeks * 7 + days) * DAY
        + (hours * 3600 + minutes * 60 + seconds) * 1_000_000
        + millis * 1000
        + micros;
    TimeDelta::from_micros(total)
}

/// What Django's duration converter makes of what SQLite returns:
/// `timedelta(0, 0, value)`, a float (an `AVG`) rounded half to even to
/// the microsecond as CPython rounds it; `None` for a float that is not
/// finite or too large.
pub fn timedelta_of_float(micros: f64) -> Option<TimeDelta> {
    if !micros.is_finite() || micros.abs() >= 1e19 {
        return None;
    }
    let floor = micros.floor();
    let frac = micros - floor;
    let mut whole = floor as i128;
    if frac > 0.5 || (frac == 0.5 && whole % 2 != 0) {
        whole += 1;
    }
    TimeDelta::from_micros(whole).ok()
}

/// `hash()` of the `datetime` module's values (CPython's `_datetime`,
/// `PYTHONHASHSEED=0`): where they go in a set. A date, a naive datetime
/// and a time hash their packed bytes; an aware datetime hashes as the
/// `timedelta` from day 0 to its UTC time; a timedelta as the tuple
/// `(days, seconds, microseconds)`.
mod hashes {
    use super::{ordinal, Date, DateTime, Time, TimeDelta};
    use crate::python::pyset::{bytes_hash, int_hash, tuple_hash};

    fn delta_hash(days: i64, seconds: i64, micro: i64) -> u64 {
        tuple_hash(&[int_hash(days), int_hash(seconds), int_hash(micro)])
    }

    /// `_PyDateTime_DATE_DATASIZE` bytes: the year big-endian, month, day.
    fn date_bytes(year: i64, month: i64, day: i64) -> [u8; 4] {
        [(year >> 8) as u8, year as u8, month as u8, day as u8]
    }

    /// Hour, minute, second and the microseconds big-endian.
    fn time_bytes(hour: i64, minute: i64, second: i64, micro: i64) -> [u8; 6] {
        [
            hour as u8,
            minute as u8,
            second as u8,
            (micro >> 16) as u8,
            (micro >> 8) as u8,
            micro as u8,
        ]
    }

    impl Date {
        pub fn py_hash(&self) -> u64 {
            bytes_hash(&date_bytes(self.year, self.month, self.day))
        }
    }

    impl Time {
        pub fn py_hash(&self) -> u64 {
            bytes_hash(&time_bytes(self.hour, self.minute, self.second, self.micro))
        }
    }

    impl TimeDelta {
        pub fn py_hash(self) -> u64 {
            delta_hash(self.days(), self.seconds(), self.microseconds())
        }
    }

    impl DateTime {
        pub fn py_hash(&self) -> u64 {
            if self.aware {
                // The offset is UTC's: zero.
                let days = ordinal(Date::of(self)) + 1;
                let seconds = (self.hour * 60 + self.minute) * 60 + self.second;
                return delta_hash(days, seconds, self.micro);
            }
            let mut bytes = [0u8; 10];
            bytes[..4].copy_from_slice(&date_bytes(self.year, self.month, self.day));
            bytes[4..].copy_from_slice(&time_bytes(
                self.hour,
                self.minute,
                self.second,
                self.micro,
            ));
            bytes_hash(&bytes)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `hash()` of each, printed by CPython 3.11 with `PYTHONHASHSEED=0`.
    #[test]
    fn values_hash_as_cpython() -> Result<(), String> {
        assert_eq!(date(2024, 3, 4)?.py_hash() as i64, 7491228308241943306);
        assert_eq!(time([9, 30, 0, 0])?.py_hash() as i64, 1894294746008635830);
        let td = timedelta([-3, 5, 0, 0, 0, 0, 0])?;
        assert_eq!(td.py_hash() as i64, 6042953519800454766);
        let naive = datetime([2024, 3, 4, 1, 2, 3, 4], false)?;
        assert_eq!(naive.py_hash() as i64, 9047133981782077395);
        let aware = datetime([2024, 3, 4, 1, 2, 3, 4], true)?;
        assert_eq!(aware.py_hash() as i64, -132076298142786046);
        Ok(())
    }

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
            datetime([2024, 3, 4, 24, 0, 0, 0], true).map(|d| d.storage()),
            Err("hour must be in 0..23".into())
        );
        assert_eq!(
            datetime([2024, 3, 4, 1, 30, 0, 5], true).map(|d| d.storage()),
            Ok("2024-03-04 01:30:00.000005".into())
        );
        assert_eq!(
            Date::parse("2024-03-04").map(|d| d.str()),
            Some("2024-03-04".into())
        );
        assert_eq!(Date::parse("2024-03"), None);
    }

    /// What `tests/django_reference/python -c` printed for the same
    /// values (CPython 3.11's `repr()` and `str()`).
    #[test]
    fn times_print_as_cpython_prints_them() {
        let t = |p: [i64; 4]| time(p).map(|t| (t.repr(), t.str()));
        assert_eq!(
            t([9, 30, 0, 0]),
            Ok(("datetime.time(9, 30)".into(), "09:30:00".into()))
        );
        assert_eq!(
            t([7, 5, 3, 20]),
            Ok((
                "datetime.time(7, 5, 3, 20)".into(),
                "07:05:03.000020".into()
            ))
        );
        assert_eq!(
            t([0, 0, 1, 0]),
            Ok(("datetime.time(0, 0, 1)".into(), "00:00:01".into()))
        );
        assert_eq!(
            t([0, 0, 0, 500_000]),
            Ok((
                "datetime.time(0, 0, 0, 500000)".into(),
                "00:00:00.500000".into()
            ))
        );
        assert_eq!(t([0, 60, 0, 0]), Err("minute must be in 0..59".into()));
        assert_eq!(
            t([0, 0, 0, 1_000_000]),
            Err("microsecond must be in 0..999999".into())
        );
        assert_eq!(
            Time::parse("14:05:00.000001").map(|t| t.repr()),
            Some("datetime.time(14, 5, 0, 1)".into())
        );
        assert_eq!(
            Time::parse("09:31:00.5").map(|t| t.str()),
            Some("09:31:00.500000".into())
        );
        assert_eq!(Time::parse("25:00:00"), None);
    }

    /// What CPython 3.11 computes for the same sums.
    #[test]
    fn dates_and_datetimes_add_timedeltas_as_cpython_does() {
        let d = |y, m, dd| {
            date(y, m, dd).unwrap_or(Date {
                year: 0,
                month: 0,
                day: 0,
            })
        };
        let td = |p: [i64; 7]| timedelta(p).unwrap_or(TimeDelta(0));
        let hours = |h| td([0, 0, 0, 0, 0, h, 0]);
        // date(2024,3,1) - timedelta(hours=1), + timedelta(hours=-1), + timedelta(hours=25)
        assert_eq!(
            d(2024, 3, 1).add_days(hours(1), true).map(|x| x.str()),
            Ok("2024-03-01".into())
        );
        assert_eq!(
            d(2024, 3, 1).add_days(hours(-1), false).map(|x| x.str()),
            Ok("2024-02-29".into())
        );
        assert_eq!(
            d(2024, 3, 1).add_days(hours(25), false).map(|x| x.str()),
            Ok("2024-03-02".into())
        );
        assert_eq!(
            d(2024, 3, 1).minus(d(2023, 3, 1)).map(|x| x.str()),
            Ok("366 days, 0:00:00".into())
        );
        assert_eq!(
            d(1, 1, 1).add_days(td([1, 0, 0, 0, 0, 0, 0]), true),
            Err("date value out of range".into())
        );
        let a = datetime([2024, 3, 1, 1, 2, 3, 4], false);
        let b = datetime([2024, 2, 28, 0, 0, 0, 0], false);
        if let (Ok(a), Ok(b)) = (a, b) {
            assert_eq!(
                a.minus(&b).map(|x| x.repr()),
                Ok("datetime.timedelta(days=2, seconds=3723, microseconds=4)".into())
            );
        }
        let c = datetime([2024, 2, 28, 23, 59, 0, 0], false);
        assert_eq!(
            c.and_then(|c| c.plus(td([0, 0, 5, 0, 2, 0, 0])))
                .map(|x| x.str()),
            Ok("2024-02-29 00:01:00.000005".into())
        );
        assert_eq!(
            datetime([9999, 12, 31, 0, 0, 0, 0], true)
                .and_then(|x| x.plus(td([1, 0, 0, 0, 0, 0, 0]))),
            Err("date value out of range".into())
        );
        for (y, m, day) in [
            (1, 1, 1),
            (1600, 2, 29),
            (1970, 1, 1),
            (2000, 3, 1),
            (9999, 12, 31),
        ] {
            let x = d(y, m, day);
            assert_eq!(from_ordinal(i128::from(ordinal(x))), Ok(x));
        }
        // date(1970, 1, 1).toordinal() - 1
        assert_eq!(ordinal(d(1970, 1, 1)), 719_162);
    }

    #[test]
    fn timedeltas_print_as_cpython_prints_them() {
        let td = |p: [i64; 7]| timedelta(p).map(|d| (d.repr(), d.str()));
        let both = |r: &str, s: &str| Ok((r.to_owned(), s.to_owned()));
        // timedelta(0)
        assert_eq!(td([0; 7]), both("datetime.timedelta(0)", "0:00:00"));
        // timedelta(days=1, hours=1)
        assert_eq!(
            td([1, 0, 0, 0, 0, 1, 0]),
            both("datetime.timedelta(days=1, seconds=3600)", "1 day, 1:00:00")
        );
        // timedelta(seconds=-1)
        assert_eq!(
            td([0, -1, 0, 0, 0, 0, 0]),
            both(
                "datetime.timedelta(days=-1, seconds=86399)",
                "-1 day, 23:59:59"
            )
        );
        // timedelta(microseconds=-1)
        assert_eq!(
            td([0, 0, -1, 0, 0, 0, 0]),
            both(
                "datetime.timedelta(days=-1, seconds=86399, microseconds=999999)",
                "-1 day, 23:59:59.999999"
            )
        );
        // timedelta(weeks=1, hours=-1, milliseconds=1)
        assert_eq!(
            td([0, 0, 0, 1, 0, -1, 1]),
            both(
                "datetime.timedelta(days=6, seconds=82800, microseconds=1000)",
                "6 days, 23:00:00.001000"
            )
        );
        // timedelta(days=-2, hours=1, minutes=30)
        assert_eq!(
            td([-2, 0, 0, 0, 30, 1, 0]),
            both(
                "datetime.timedelta(days=-2, seconds=5400)",
                "-2 days, 1:30:00"
            )
        );
        // timedelta(microseconds=5)
        assert_eq!(
            td([0, 0, 5, 0, 0, 0, 0]),
            both("datetime.timedelta(microseconds=5)", "0:00:00.000005")
        );
        assert_eq!(
            td([1_000_000_000, 0, 0, 0, 0, 0, 0]),
            Err("days=1000000000; must have magnitude <= 999999999".into())
        );
        assert_eq!(
            timedelta([-999_999_999, 0, 0, 0, 0, 0, 0]).map(|d| d.0),
            Ok(-999_999_999 * DAY)
        );
        // timedelta(0, 0, 5400000000.5), timedelta(0, 0, 2.5), (0, 0, -0.5)
        let f = |x: f64| timedelta_of_float(x).map(|d| d.repr());
        assert_eq!(
            f(5_400_000_000.5),
            Some("datetime.timedelta(seconds=5400)".into())
        );
        assert_eq!(f(2.5), Some("datetime.timedelta(microseconds=2)".into()));
        assert_eq!(f(3.5), Some("datetime.timedelta(microseconds=4)".into()));
        assert_eq!(f(-0.5), Some("datetime.timedelta(0)".into()));
        assert_eq!(
            f(-1.5),
            Some("datetime.timedelta(days=-1, seconds=86399, microseconds=999998)".into())
        );
        assert_eq!(f(f64::NAN), None);
        // timedelta(seconds=5400).total_seconds(), timedelta(microseconds=-1)
        assert_eq!(TimeDelta(5_400_000_000).total_seconds(), Some(5400.0));
        assert_eq!(TimeDelta(-1).total_seconds(), Some(-1e-6));
    }
}
