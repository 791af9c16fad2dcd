//! Datetimes as Django reads, stores and serializes them with `USE_TZ = True`
//! and `TIME_ZONE = 'Asia/Seoul'`.
//!
//! - Fixtures: `parse_datetime` (Python's `fromisoformat`, then Django's
//!   regex), then a date-only fallback; naive values are made aware in
//!   Asia/Seoul as `make_aware` does (`fold=0`).
//! - SQLite: naive UTC `str(datetime)`, so `2024-03-04 14:44:00.123000`, or
//!   `2024-03-04 14:44:00` on whole seconds.
//! - `dumpdata`: `DjangoJSONEncoder`, so `2024-03-04T14:44:00.123Z`.
//!
//! This module knows nothing of fields or fixtures beyond the text forms.

use time::{Date, Duration, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

/// A UTC instant with microsecond precision: what a `DateTimeField` holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(PrimitiveDateTime);

/// Why a datetime string was refused. The wording is Django's.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateTimeError {
    /// The text is not in any form Django accepts.
    #[error("“{0}” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format.")]
    Format(String),
    /// The form is right but the date or time does not exist (Feb 30, 25:00).
    #[error("“{0}” value has the correct format (YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ]) but it is an invalid date/time.")]
    Invalid(String),
    /// A value with a time zone in a project with `USE_TZ = False`: Django's
    /// SQLite backend refuses to store it.
    #[error(
        "“{0}”: SQLite backend does not support timezone-aware datetimes when USE_TZ is False."
    )]
    AwareWithoutTz(String),
    /// A naive value in a project whose `TIME_ZONE` the playground does
    /// not know.
    #[error("not supported in the playground: “{0}” has no time zone, and the playground knows only UTC's and Asia/Seoul's rules (write it with Z or an offset, as dumpdata does)")]
    NaiveInOtherZone(String),
}

/// The `TIME_ZONE` a project's naive datetimes are read in: the two a
/// startproject settings file and the lecture use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeZone {
    Utc,
    Seoul,
    /// Any other zone (Django's default `America/Chicago` when a settings
    /// file has none): values with an offset or `Z`, as dumpdata writes
    /// them, load; a naive one is refused, since the playground carries
    /// no other zone's rules.
    Other,
}

/// Django's `USE_TZ` and `TIME_ZONE`: how fixture datetimes are read,
/// stored and dumped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeSettings {
    pub use_tz: bool,
    pub zone: TimeZone,
}

impl TimeSettings {
    /// The lecture's settings: `USE_TZ = True`, `TIME_ZONE = 'Asia/Seoul'`.
    pub const LESSON: TimeSettings = TimeSettings {
        use_tz: true,
        zone: TimeZone::Seoul,
    };
}

/// Transitions of Asia/Seoul from the IANA database (UTC seconds, offset
/// after), as Python's `zoneinfo` reads them. Before the first: LMT +8:27:52.
const SEOUL_TRANSITIONS: [(i64, i32); 29] = [
    (-1948782472, 30600),
    (-1830414600, 32400),
    (-767350800, 32400),
    (-681210000, 36000),
    (-672228000, 32400),
    (-654771600, 36000),
    (-640864800, 32400),
    (-623408400, 36000),
    (-609415200, 32400),
    (-588848400, 36000),
    (-577965600, 32400),
    (-498128400, 30600),
    (-462702600, 34200),
    (-451733400, 30600),
    (-429784200, 34200),
    (-418296600, 30600),
    (-399544200, 34200),
    (-387451800, 30600),
    (-368094600, 34200),
    (-356002200, 30600),
    (-336645000, 34200),
    (-324552600, 30600),
    (-305195400, 34200),
    (-293103000, 30600),
    (-264933000, 32400),
    (547578000, 36000),
    (560883600, 32400),
    (579027600, 36000),
    (592333200, 32400),
];
const SEOUL_LMT: i32 = 30472;

impl Timestamp {
    /// The current time, truncated to microseconds as Python's clock is.
    pub fn now() -> Timestamp {
        let since_epoch = web_time::SystemTime::now()
            .duration_since(web_time::UNIX_EPOCH)
            .unwrap_or_default();
        let micros = since_epoch.as_micros() as i128;
        let utc = OffsetDateTime::from_unix_timestamp_nanos(micros * 1000)
            .unwrap_or(OffsetDateTime::UNIX_EPOCH);
        Timestamp(PrimitiveDateTime::new(utc.date(), utc.time()))
    }

    /// Builds a UTC timestamp from parts; `None` if they name no instant.
    pub fn from_utc_parts(
        year: i32,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
        second: u8,
        micro: u32,
    ) -> Option<Timestamp> {
        let date = Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()?;
        let time = Time::from_hms_micro(hour, minute, second, micro).ok()?;
        Some(Timestamp(PrimitiveDateTime::new(date, time)))
    }

    /// The instant a naive Asia/Seoul wall time names (`make_aware` with
    /// `fold=0`); `None` if the parts name no date.
    #[allow(clippy::too_many_arguments)]
    pub fn from_seoul_parts(
        year: i32,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
        second: u8,
        micro: u32,
    ) -> Option<Timestamp> {
        let local = Timestamp::from_utc_parts(year, month, day, hour, minute, second, micro)?;
        let offset = seoul_offset_for_local(local.0);
        Some(local.plus_seconds(-i64::from(offset)))
    }

    /// The Asia/Seoul wall time of this instant, as a naive timestamp
    /// (`timezone.localtime`).
    pub fn to_seoul(self) -> Timestamp {
        let seconds = self.unix_seconds();
        let mut offset = SEOUL_LMT;
        for (utc, after) in SEOUL_TRANSITIONS {
            if seconds < utc {
                break;
            }
            offset = after;
        }
        self.plus_seconds(i64::from(offset))
    }

    /// (year, month, day, hour, minute, second, ISO weekday 1..=7).
    pub fn parts(self) -> (i32, u8, u8, u8, u8, u8, u8) {
        let d = self.0;
        (
            d.year(),
            u8::from(d.month()),
            d.day(),
            d.hour(),
            d.minute(),
            d.second(),
            d.weekday().number_from_monday(),
        )
    }

    /// Seconds since the Unix epoch (UTC).
    pub fn unix_seconds(self) -> i64 {
        self.0.assume_utc().unix_timestamp()
    }

    /// Microseconds since the Unix epoch.
    pub fn unix_micros(self) -> i64 {
        self.unix_seconds()
            .saturating_mul(1_000_000)
            .saturating_add(i64::from(self.0.microsecond()))
    }

    /// The same wall time `micros` later, within Python's years 1..=9999
    /// (`datetime + timedelta`; `None` is CPython's `OverflowError`).
    pub fn checked_plus_micros(self, micros: i64) -> Option<Timestamp> {
        let moved = self.0.checked_add(Duration::microseconds(micros))?;
        (1..=9999)
            .contains(&moved.year())
            .then_some(Timestamp(moved))
    }

    /// The same instant `seconds` later.
    pub fn plus_seconds(self, seconds: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(Duration::seconds(seconds)))
    }

    /// The form Django's SQLite backend stores: `str()` of the naive UTC
    /// datetime, with the fraction only when there is one.
    pub fn to_storage(self) -> String {
        let mut out = String::with_capacity(26);
        self.push_date_time(&mut out, b' ');
        let micro = self.0.microsecond();
        if micro != 0 {
            out.push('.');
            push_digits(&mut out, micro, 6);
        }
        out
    }

    /// `DjangoJSONEncoder`'s form: ISO 8601 in UTC, milliseconds cut from
    /// microseconds, `Z` for UTC, no fraction on whole seconds.
    pub fn to_json(self) -> String {
        let mut out = String::with_capacity(24);
        self.push_date_time(&mut out, b'T');
        let micro = self.0.microsecond();
        if micro != 0 {
            out.push('.');
            push_digits(&mut out, micro / 1000, 3);
        }
        out.push('Z');
        out
    }

    /// `YYYY-MM-DD?HH:MM:SS`, filled in a buffer and appended at once:
    /// loading and dumping format hundreds of thousands of these.
    fn push_date_time(self, out: &mut String, separator: u8) {
        let d = self.0;
        let mut text = *b"0000-00-00 00:00:00";
        text[10] = separator;
        let fields = [
            (5, u32::from(u8::from(d.month()))),
            (8, u32::from(d.day())),
            (11, u32::from(d.hour())),
            (14, u32::from(d.minute())),
            (17, u32::from(d.second())),
        ];
        for (at, value) in fields {
            fill_digits(&mut text[at..at + 2], value);
        }
        let year = d.year();
        if (0..=9999).contains(&year) {
            fill_digits(&mut text[..4], year as u32);
            out.push_str(ascii(&text));
        } else {
            out.push_str(&format!("{year:04}"));
            out.push_str(ascii(&text[4..]));
        }
    }

    /// The UTC instant of [`fixed_date_time`]'s numbers; `None` if it does
    /// not exist.
    fn from_fixed(parts: [u32; 6], micro: u32) -> Option<Timestamp> {
        let [year, month, day, hour, minute, second] = parts;
        let small = |n: u32| u8::try_from(n).ok();
        Timestamp::from_utc_parts(
            i32::try_from(year).ok()?,
            small(month)?,
            small(day)?,
            small(hour)?,
            small(minute)?,
            small(second)?,
            micro,
        )
    }

    /// [`Timestamp::from_storage`] then [`Timestamp::to_json`] (without the
    /// `Z` when `USE_TZ` is off): what a dump
    /// writes for a stored datetime. The form Django and the playground store
    /// (`YYYY-MM-DD HH:MM:SS[.ffffff]`) is converted by copying its digits
    /// once the date and time are known to exist; a dump converts one per
    /// datetime column per row.
    pub fn storage_to_json_in(text: &str, time: TimeSettings) -> Option<String> {
        let json = Timestamp::storage_to_json(text)?;
        if time.use_tz {
            return Some(json);
        }
        // Naive: `isoformat()` without the `Z`.
        Some(json.trim_end_matches('Z').to_owned())
    }

    /// [`Timestamp::storage_to_json_in`] with `USE_TZ = True`.
    pub fn storage_to_json(text: &str) -> Option<String> {
        let Some((parts, micro)) = canonical_storage(text) else {
            return Timestamp::from_storage(text).map(Timestamp::to_json);
        };
        Timestamp::from_fixed(parts, micro)?;
        let mut out = String::with_capacity(24);
        out.push_str(text.get(..10)?);
        out.push('T');
        out.push_str(text.get(11..19)?);
        if micro != 0 {
            out.push('.');
            out.push_str(text.get(20..23)?);
        }
        out.push('Z');
        Some(out)
    }

    /// Reads back what [`Timestamp::to_storage`] wrote (and what Django
    /// wrote): `YYYY-MM-DD HH:MM:SS[.ffffff]`, UTC.
    pub fn from_storage(text: &str) -> Option<Timestamp> {
        let parsed = parse_parts(text)?;
        if parsed.offset.is_some() {
            return None;
        }
        parsed.to_naive().map(Timestamp)
    }

    /// Parses a fixture value as `DateTimeField.to_python` does, making naive
    /// values aware in Asia/Seoul.
    ///
    /// # Errors
    /// [`DateTimeError::Format`] for text in no accepted form,
    /// [`DateTimeError::Invalid`] for a date or time that does not exist.
    pub fn parse_fixture(text: &str) -> Result<Timestamp, DateTimeError> {
        Timestamp::parse_fixture_in(text, TimeSettings::LESSON)
    }

    /// [`Timestamp::parse_fixture`] under a project's `USE_TZ` and
    /// `TIME_ZONE`: naive values are read in the zone (or kept as they are
    /// without `USE_TZ`, where an aware value is refused as Django's SQLite
    /// backend refuses it).
    ///
    /// # Errors
    /// As [`Timestamp::parse_fixture`], and
    /// [`DateTimeError::AwareWithoutTz`].
    pub fn parse_fixture_in(text: &str, time: TimeSettings) -> Result<Timestamp, DateTimeError> {
        // Messages quote the value; a hostile one can be megabytes long.
        let quoted = || crate::limits::excerpt(text);
        if !time.use_tz {
            let parts = parse_parts(text)
                .or_else(|| parse_date_only(text))
                .ok_or_else(|| DateTimeError::Format(quoted()))?;
            let naive = parts
                .to_naive()
                .ok_or_else(|| DateTimeError::Invalid(quoted()))?;
            return match parts.offset {
                Some(_) => Err(DateTimeError::AwareWithoutTz(quoted())),
                None => Ok(Timestamp(naive)),
            };
        }
        // What dumpdata writes (`YYYY-MM-DDTHH:MM:SS[.fff]Z`) needs no zone
        // arithmetic; a big fixture holds hundreds of thousands of these.
        if let Some((parts, rest)) = fixed_date_time(text.as_bytes(), b'T') {
            if let Some(micro) = utc_fraction(rest) {
                return Timestamp::from_fixed(parts, micro)
                    .ok_or_else(|| DateTimeError::Invalid(quoted()));
            }
        }
        let Some(parts) = parse_parts(text).or_else(|| parse_date_only(text)) else {
            return Err(DateTimeError::Format(quoted()));
        };
        let naive = parts
            .to_naive()
            .ok_or_else(|| DateTimeError::Invalid(quoted()))?;
        let utc = match parts.offset {
            Some(seconds) => {
                let offset = UtcOffset::from_whole_seconds(seconds)
                    .map_err(|_| DateTimeError::Invalid(quoted()))?;
                naive.assume_offset(offset).to_offset(UtcOffset::UTC)
            }
            None => {
                let local = match time.zone {
                    TimeZone::Seoul => seoul_offset_for_local(naive),
                    TimeZone::Utc => 0,
                    TimeZone::Other => return Err(DateTimeError::NaiveInOtherZone(quoted())),
                };
                let offset = UtcOffset::from_whole_seconds(local)
                    .map_err(|_| DateTimeError::Invalid(quoted()))?;
                naive.assume_offset(offset).to_offset(UtcOffset::UTC)
            }
        };
        Ok(Timestamp(PrimitiveDateTime::new(utc.date(), utc.time())))
    }
}

/// Appends `value` zero-padded to `width` digits (`value` fits in it;
/// `width` is at most 10).
/// Days in `month` of `year` (proleptic Gregorian, as Python's `date`);
/// 0 for a month outside 1–12. One calendar for the fixtures' dates and
/// the shell's.
pub fn days_in_month(year: i64, month: i64) -> i64 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        _ => 0,
    }
}

/// Days since 0001-01-01 (CPython's `date.toordinal() - 1`) of a valid
/// date: Howard Hinnant's `days_from_civil`, shifted to 0001-01-01.
pub fn days_since_year_one(year: i64, month: i64, day: i64) -> i64 {
    let (y, m) = if month <= 2 {
        (year - 1, month + 9)
    } else {
        (year, month - 3)
    };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 306
}

/// The `(year, month, day)` `days` after 0001-01-01 (the inverse of
/// [`days_since_year_one`]; the year may fall outside 1–9999, for the
/// caller to refuse).
pub fn date_after_year_one(days: i64) -> (i64, i64, i64) {
    let z = days + 306;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

fn push_digits(out: &mut String, value: u32, width: u32) {
    let mut digits = [b'0'; 10];
    let width = (width as usize).min(digits.len());
    fill_digits(&mut digits[..width], value);
    out.push_str(ascii(&digits[..width]));
}

/// Writes `value`'s last `slot.len()` decimal digits into `slot`.
fn fill_digits(slot: &mut [u8], mut value: u32) {
    for byte in slot.iter_mut().rev() {
        *byte = b'0' + (value % 10) as u8;
        value /= 10;
    }
}

/// Bytes known to be ASCII digits and punctuation, as text.
fn ascii(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap_or_default()
}

/// The numbers of `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DD HH:MM:SS.ffffff`
/// (as [`fixed_date_time`] gives them) and the microseconds, unchecked.
fn canonical_storage(text: &str) -> Option<([u32; 6], u32)> {
    let (parts, rest) = fixed_date_time(text.as_bytes(), b' ')?;
    let micro = match rest {
        [] => 0,
        [b'.', fraction @ ..] if fraction.len() == 6 => digits_of(fraction)?,
        _ => return None,
    };
    Some((parts, micro))
}

/// `YYYY-MM-DD?HH:MM:SS` at the start of `bytes` with `separator` for `?`:
/// the six numbers, unchecked, and the bytes after them.
fn fixed_date_time(bytes: &[u8], separator: u8) -> Option<([u32; 6], &[u8])> {
    const FIELDS: [(usize, usize); 6] = [(0, 4), (5, 2), (8, 2), (11, 2), (14, 2), (17, 2)];
    let head = bytes.get(..19)?;
    let separators = [
        (4, b'-'),
        (7, b'-'),
        (10, separator),
        (13, b':'),
        (16, b':'),
    ];
    if separators.iter().any(|&(at, sep)| head[at] != sep) {
        return None;
    }
    let mut parts = [0u32; 6];
    for (part, &(start, len)) in parts.iter_mut().zip(&FIELDS) {
        *part = digits_of(&head[start..start + len])?;
    }
    Some((parts, &bytes[19..]))
}

/// The number a run of ASCII digits spells (at most 9 of them).
fn digits_of(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() || bytes.len() > 9 {
        return None;
    }
    bytes.iter().try_fold(0u32, |value, &b| {
        b.is_ascii_digit().then(|| value * 10 + u32::from(b - b'0'))
    })
}

/// The microseconds of a UTC fixture value's tail: `Z` or `.f{1,6}Z`.
fn utc_fraction(rest: &[u8]) -> Option<u32> {
    match rest {
        [b'Z'] => Some(0),
        [b'.', fraction @ .., b'Z'] if fraction.len() <= 6 => {
            Some(digits_of(fraction)? * 10u32.pow(6 - fraction.len() as u32))
        }
        _ => None,
    }
}

/// The Asia/Seoul offset for a naive local time with `fold=0`, as
/// `zoneinfo` computes it: a transition applies once local time reaches it
/// measured in the larger of the two offsets around it.
fn seoul_offset_for_local(local: PrimitiveDateTime) -> i32 {
    let local_seconds = local.assume_utc().unix_timestamp();
    let mut offset = SEOUL_LMT;
    let mut before = SEOUL_LMT;
    for (utc, after) in SEOUL_TRANSITIONS {
        let wall = utc + i64::from(before.max(after));
        if local_seconds < wall {
            break;
        }
        offset = after;
        before = after;
    }
    offset
}

/// The pieces of a datetime string before validation.
struct Parts {
    year: i32,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    micro: u32,
    /// UTC offset in seconds, `None` for a naive value.
    offset: Option<i32>,
}

impl Parts {
    fn to_naive(&self) -> Option<PrimitiveDateTime> {
        let month = Month::try_from(self.month).ok()?;
        let date = Date::from_calendar_date(self.year, month, self.day).ok()?;
        let time = Time::from_hms_micro(self.hour, self.minute, self.second, self.micro).ok()?;
        Some(PrimitiveDateTime::new(date, time))
    }
}

/// A tiny cursor over ASCII text.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Cursor {
            bytes: text.as_bytes(),
            at: 0,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    /// Between `min` and `max` ASCII digits, as a number.
    fn digits(&mut self, min: usize, max: usize) -> Option<(u32, usize)> {
        let start = self.at;
        let mut value: u32 = 0;
        while self.at - start < max {
            match self.peek() {
                Some(b) if b.is_ascii_digit() => {
                    value = value.saturating_mul(10).saturating_add(u32::from(b - b'0'));
                    self.at += 1;
                }
                _ => break,
            }
        }
        let count = self.at - start;
        (count >= min).then_some((value, count))
    }

    fn done(&self) -> bool {
        self.at == self.bytes.len()
    }

    /// `YYYY-M[M]-D[D]`, the date both accepted forms start with.
    fn date(&mut self) -> Option<(u32, u32, u32)> {
        let (year, _) = self.digits(4, 4)?;
        if !self.eat(b'-') {
            return None;
        }
        let (month, _) = self.digits(1, 2)?;
        if !self.eat(b'-') {
            return None;
        }
        let (day, _) = self.digits(1, 2)?;
        Some((year, month, day))
    }
}

/// `YYYY-M[M]-D[D]` + `T`/space (or, as `fromisoformat` allows, any single
/// character) + `H[H]:M[M][:S[S][.f...]]` + optional whitespace and zone.
fn parse_parts(text: &str) -> Option<Parts> {
    let mut c = Cursor::new(text);
    let (year, month, day) = c.date()?;
    // Python's fromisoformat accepts any single separator character; the
    // separator may be a multi-byte character, so step over a whole char.
    let rest = text.get(c.at..)?;
    let sep = rest.chars().next()?;
    if sep.is_ascii_digit() {
        return None;
    }
    c.at += sep.len_utf8();
    let (hour, _) = c.digits(1, 2)?;
    if !c.eat(b':') {
        return None;
    }
    let (minute, _) = c.digits(1, 2)?;
    let (mut second, mut micro) = (0, 0);
    {
        if c.eat(b':') {
            second = c.digits(1, 2)?.0;
            if c.eat(b'.') || c.eat(b',') {
                // Up to 12 digits; the first six are the microseconds.
                let start = c.at;
                let (_, count) = c.digits(1, 12)?;
                let mut first_six = Cursor::new(text.get(start..start + count.min(6))?);
                let (value, used) = first_six.digits(1, 6)?;
                micro = value * 10u32.pow(6 - used as u32);
            }
        }
    }
    while matches!(c.peek(), Some(b' ' | b'\t')) {
        c.at += 1;
    }
    let offset = parse_offset(&mut c)?;
    if !c.done() {
        return None;
    }
    Some(Parts {
        year: year as i32,
        month: month as u8,
        day: day as u8,
        hour: hour as u8,
        minute: minute as u8,
        second: second as u8,
        micro,
        offset,
    })
}

/// `Z`, `±HH`, `±HHMM`, `±HH:MM` or `±HH:MM:SS`; `Some(None)` when absent.
fn parse_offset(c: &mut Cursor<'_>) -> Option<Option<i32>> {
    if c.done() {
        return Some(None);
    }
    if c.eat(b'Z') {
        return Some(Some(0));
    }
    let sign = if c.eat(b'+') {
        1
    } else if c.eat(b'-') {
        -1
    } else {
        return None;
    };
    let (hours, _) = c.digits(2, 2)?;
    let mut minutes = 0;
    let mut seconds = 0;
    if c.eat(b':') {
        minutes = c.digits(2, 2)?.0;
        if c.eat(b':') {
            seconds = c.digits(2, 2)?.0;
        }
    } else if let Some((m, _)) = c.digits(2, 2) {
        minutes = m;
    }
    if hours > 23 || minutes > 59 || seconds > 59 {
        return None;
    }
    Some(Some(sign * (hours * 3600 + minutes * 60 + seconds) as i32))
}

/// A bare `YYYY-MM-DD`, which `DateTimeField.to_python` turns into
/// midnight.
fn parse_date_only(text: &str) -> Option<Parts> {
    let mut c = Cursor::new(text);
    let (year, month, day) = c.date()?;
    if !c.done() {
        return None;
    }
    Some(Parts {
        year: year as i32,
        month: month as u8,
        day: day as u8,
        hour: 0,
        minute: 0,
        second: 0,
        micro: 0,
        offset: None,
    })
}

#[cfg(test)]
mod tests {

    /// The one calendar: consecutive days across the whole range of
    /// Python's `date` walk month by month, and 1970-01-01 is CPython's
    /// `date(1970, 1, 1).toordinal() - 1`.
    #[test]
    fn days_since_year_one_walk_the_calendar() {
        assert_eq!(days_since_year_one(1970, 1, 1), 719_162);
        assert_eq!(days_since_year_one(1, 1, 1), 0);
        let mut days = 0;
        for year in 1..=9999 {
            for month in 1..=12 {
                for day in 1..=days_in_month(year, month) {
                    assert_eq!(days_since_year_one(year, month, day), days);
                    assert_eq!(date_after_year_one(days), (year, month, day));
                    days += 1;
                }
            }
        }
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2024, 13), 0);
    }

    use super::*;

    #[test]
    fn fixture_values_become_utc_storage() {
        let cases = [
            ("2024-03-04T14:44:00.123Z", "2024-03-04 14:44:00.123000"),
            ("2024-03-04T14:44:00Z", "2024-03-04 14:44:00"),
            ("2024-03-04T23:44:00+09:00", "2024-03-04 14:44:00"),
            (
                "2024-03-04T14:44:00.123456-05:30",
                "2024-03-04 20:14:00.123456",
            ),
            ("2024-03-04 23:44", "2024-03-04 14:44:00"),
            ("2024-03-04T23:44:00", "2024-03-04 14:44:00"),
            ("2024-3-4 9:05", "2024-03-04 00:05:00"),
            ("2024-03-04", "2024-03-03 15:00:00"),
            ("2024-03-04T14:44:00,5Z", "2024-03-04 14:44:00.500000"),
            ("2024-03-04T14:44:00.000007Z", "2024-03-04 14:44:00.000007"),
            (
                "2024-03-04T14:44:00.123456999999Z",
                "2024-03-04 14:44:00.123456",
            ),
            ("1987-06-01 12:00", "1987-06-01 02:00:00"),
            ("1900-01-01 00:00", "1899-12-31 15:32:08"),
        ];
        for (input, stored) in cases {
            let ts = Timestamp::parse_fixture(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(ts.to_storage(), stored, "{input}");
        }
    }

    #[test]
    fn refuses_like_django() {
        let cases = [
            ("yesterday", true),
            ("2024-03-04T", true),
            ("", true),
            ("2024-02-30 10:00", false),
            ("2024-03-04 25:00", false),
        ];
        for (input, is_format) in cases {
            let err = Timestamp::parse_fixture(input).expect_err(input);
            assert_eq!(
                matches!(err, DateTimeError::Format(_)),
                is_format,
                "{input}: {err}"
            );
        }
    }

    /// The fast path for dumpdata's own form agrees with the general parser
    /// (which it skips), valid or not.
    #[test]
    fn utc_fixture_values_parse_as_the_general_parser_does() {
        let cases = [
            "2024-03-04T14:44:00Z",
            "2024-03-04T14:44:00.1Z",
            "2024-03-04T14:44:00.123Z",
            "2024-03-04T14:44:00.000007Z",
            "2024-02-29T23:59:59.999999Z",
            "2023-02-29T10:00:00Z",
            "2024-03-04T24:00:00Z",
            "2024-13-04T10:00:00Z",
            "2024-03-04T10:60:00Z",
            "0000-03-04T10:00:00Z",
        ];
        for text in cases {
            let general = parse_parts(text)
                .and_then(|p| p.to_naive())
                .map(|naive| Timestamp(naive).to_storage());
            let fast = Timestamp::parse_fixture(text)
                .ok()
                .map(Timestamp::to_storage);
            assert_eq!(fast, general, "{text}");
        }
    }

    #[test]
    fn stored_datetimes_convert_for_dumps_as_parsed_and_formatted() {
        let cases = [
            "2024-03-04 14:44:00",
            "2024-03-04 14:44:00.123456",
            "2024-03-04 14:44:00.000500",
            "2024-03-04 14:44:00.000000",
            "1899-12-31 15:32:08",
            "2024-3-4 9:05",
            "2024-02-30 10:00:00",
            "2024-03-04 24:00:00",
            "2024-03-04T14:44:00",
            "2024-03-04 14:44:00+09:00",
            "２０２４-03-04 14:44:00",
            "2024-03-04 14:44:0x",
            "",
        ];
        for text in cases {
            assert_eq!(
                Timestamp::storage_to_json(text),
                Timestamp::from_storage(text).map(Timestamp::to_json),
                "{text}"
            );
        }
        assert_eq!(
            Timestamp::storage_to_json("2024-03-04 14:44:00.000500").as_deref(),
            Some("2024-03-04T14:44:00.000Z")
        );
    }

    #[test]
    fn json_form_cuts_to_milliseconds() {
        let ts = Timestamp::from_storage("2024-03-04 14:44:00.123456").expect("storage");
        assert_eq!(ts.to_json(), "2024-03-04T14:44:00.123Z");
        let whole = Timestamp::from_storage("2024-03-04 14:44:00").expect("storage");
        assert_eq!(whole.to_json(), "2024-03-04T14:44:00Z");
    }
}
