//! The SQL functions Django's SQLite backend registers on every connection
//! (`django/db/backends/sqlite3/_functions.py`) that the engine's SQL calls:
//! date lookups become `django_datetime_extract('hour', col, 'Asia/Seoul',
//! 'UTC')` and `django_datetime_cast_date(col, 'Asia/Seoul', 'UTC')`. These
//! are their Rust bodies, plain functions over text; `db` registers them.
//!
//! Time zones: `UTC` and `Asia/Seoul` (with its history, as `zoneinfo`);
//! any other name gives NULL, as a value Django could not parse does.

use crate::datetime::Timestamp;

/// `_sqlite_datetime_parse`: the stored UTC text as wall time in `tzname`.
fn parse(dt: &str, tzname: Option<&str>, conn_tzname: Option<&str>) -> Option<Timestamp> {
    let stamp = Timestamp::from_storage(dt)?;
    let conn = conn_tzname.unwrap_or("UTC");
    match tzname {
        None => Some(stamp),
        Some(tz) if tz == conn => Some(stamp),
        Some("UTC") if conn == "UTC" => Some(stamp),
        Some("Asia/Seoul") if conn == "UTC" => Some(stamp.to_seoul()),
        Some(_) => None,
    }
}

/// `django_datetime_extract(lookup_type, dt, tzname, conn_tzname)`.
pub fn datetime_extract(
    lookup_type: &str,
    dt: Option<&str>,
    tzname: Option<&str>,
    conn_tzname: Option<&str>,
) -> Option<i64> {
    let stamp = parse(dt?, tzname, conn_tzname)?;
    let (year, month, day, hour, minute, second, iso_weekday) = stamp.parts();
    Some(match lookup_type {
        "year" => i64::from(year),
        "month" => i64::from(month),
        "day" => i64::from(day),
        "hour" => i64::from(hour),
        "minute" => i64::from(minute),
        "second" => i64::from(second),
        "week_day" => i64::from(iso_weekday % 7) + 1,
        "iso_week_day" => i64::from(iso_weekday),
        "quarter" => i64::from(month.div_ceil(3)),
        _ => return None,
    })
}

/// `django_date_extract(lookup_type, dt)`: a part of a `DateField`'s
/// `YYYY-MM-DD` (`typecast_timestamp` reads a text without a time as a
/// date).
pub fn date_extract(lookup_type: &str, dt: Option<&str>) -> Option<i64> {
    let dt = dt?;
    if dt.contains(' ') {
        return datetime_extract(lookup_type, Some(dt), None, None);
    }
    datetime_extract(lookup_type, Some(&format!("{dt} 00:00:00")), None, None)
}

/// `django_time_extract(lookup_type, dt)`: `hour`, `minute` or `second`
/// of a `TimeField`'s text (`typecast_time`: `HH:MM:SS[.ffffff]`); NULL
/// for a text it cannot read.
pub fn time_extract(lookup_type: &str, dt: Option<&str>) -> Option<i64> {
    let mut parts = dt?.split(':');
    let (hour, minute, seconds) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let second = seconds.split_once('.').map_or(seconds, |(s, _)| s);
    let int = |t: &str| t.trim().parse::<i64>().ok();
    match lookup_type {
        "hour" => int(hour),
        "minute" => int(minute),
        "second" => int(second),
        _ => None,
    }
}

/// A value SQLite hands a function.
#[derive(Clone, Debug, PartialEq)]
pub enum SqlArg {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
}

/// `django_format_dtdelta(connector, lhs, rhs)` for what the query engine
/// sends it (a `DateTimeField` plus or minus a duration under
/// `USE_TZ = False`): `str(typecast_timestamp(text) ± timedelta(0, 0,
/// micros))`, the naive datetime's text. As Django's: NULL for a NULL or a
/// value `typecast_timestamp` cannot read. `Err` where Django's function
/// raises past its `try` (a result out of Python's range, a date-only text,
/// two durations or two datetimes), which Django reports as an
/// `OperationalError`.
pub fn format_dtdelta(
    connector: &str,
    lhs: &SqlArg,
    rhs: &SqlArg,
) -> Result<Option<String>, String> {
    let refused = || {
        Err(format!(
            "django_format_dtdelta('{connector}', ...) with these values"
        ))
    };
    let (stamp, micros) = match (connector.trim(), lhs, rhs) {
        (_, SqlArg::Null, _) | (_, _, SqlArg::Null) => return Ok(None),
        ("+" | "-", SqlArg::Text(t), SqlArg::Integer(m)) => (t, *m),
        ("+", SqlArg::Integer(m), SqlArg::Text(t)) => (t, *m),
        // `typecast_timestamp(float)`: a TypeError the function catches.
        ("+" | "-", SqlArg::Real(_), _) | ("+" | "-", _, SqlArg::Real(_)) => return Ok(None),
        _ => return refused(),
    };
    if !stamp.contains(' ') {
        // `typecast_date`: a date, or a text it cannot read (NULL).
        return match crate::fixtures::values::date(&crate::fixtures::json::Json::Str(
            stamp.as_str().into(),
        )) {
            Ok(_) => refused(),
            Err(_) => Ok(None),
        };
    }
    let Some(stamp) = Timestamp::from_storage(stamp) else {
        return Ok(None);
    };
    let micros = if connector.trim() == "-" {
        micros
            .checked_neg()
            .ok_or_else(|| "date value out of range".to_owned())?
    } else {
        micros
    };
    stamp
        .checked_plus_micros(micros)
        .map(|t| Some(t.to_storage()))
        .ok_or_else(|| "date value out of range".to_owned())
}

/// `django_datetime_cast_date(dt, tzname, conn_tzname)`: `YYYY-MM-DD`.
pub fn datetime_cast_date(
    dt: Option<&str>,
    tzname: Option<&str>,
    conn_tzname: Option<&str>,
) -> Option<String> {
    let stamp = parse(dt?, tzname, conn_tzname)?;
    let (year, month, day, ..) = stamp.parts();
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// `django_datetime_cast_time(dt, tzname, conn_tzname)`: the wall time
/// in `tzname` as `time.isoformat()` writes it (`HH:MM:SS`, then
/// `.ffffff` when there are microseconds).
pub fn datetime_cast_time(
    dt: Option<&str>,
    tzname: Option<&str>,
    conn_tzname: Option<&str>,
) -> Option<String> {
    let stamp = parse(dt?, tzname, conn_tzname)?;
    let (_, _, _, hour, minute, second, _) = stamp.parts();
    let micro = stamp.unix_micros().rem_euclid(1_000_000);
    Some(if micro == 0 {
        format!("{hour:02}:{minute:02}:{second:02}")
    } else {
        format!("{hour:02}:{minute:02}:{second:02}.{micro:06}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_in_seoul_time() {
        let dt = Some("2024-03-04 15:30:00.5");
        let kst = (Some("Asia/Seoul"), Some("UTC"));
        assert_eq!(datetime_extract("hour", dt, kst.0, kst.1), Some(0));
        assert_eq!(datetime_extract("day", dt, kst.0, kst.1), Some(5));
        // 2024-03-05 is a Tuesday: Django's week_day is Sunday=1 .. Saturday=7.
        assert_eq!(datetime_extract("week_day", dt, kst.0, kst.1), Some(3));
        assert_eq!(datetime_extract("hour", dt, None, None), Some(15));
        assert_eq!(
            datetime_cast_date(dt, kst.0, kst.1).as_deref(),
            Some("2024-03-05")
        );
        // `time.isoformat()`: microseconds only when there are some.
        assert_eq!(
            datetime_cast_time(dt, kst.0, kst.1).as_deref(),
            Some("00:30:00.500000")
        );
        assert_eq!(
            datetime_cast_time(Some("2024-03-04 15:30:00"), None, None).as_deref(),
            Some("15:30:00")
        );
        assert_eq!(datetime_extract("hour", None, kst.0, kst.1), None);
        // 2024-03-05 is a Tuesday.
        assert_eq!(date_extract("week_day", Some("2024-03-05")), Some(3));
        assert_eq!(date_extract("year", Some("2024-03-05")), Some(2024));
        assert_eq!(date_extract("day", Some("not a date")), None);
        // CPython: str(datetime(2024, 3, 9, 8) + timedelta(0, 0, 1)), and
        // datetime(2024, 3, 1, 9) - timedelta(days=1, hours=1)
        let text = |t: &str| SqlArg::Text(t.into());
        assert_eq!(
            format_dtdelta("+", &text("2024-03-09 08:00:00"), &SqlArg::Integer(1)),
            Ok(Some("2024-03-09 08:00:00.000001".into()))
        );
        assert_eq!(
            format_dtdelta(
                "-",
                &text("2024-03-01 09:00:00"),
                &SqlArg::Integer(90_000_000_000)
            ),
            Ok(Some("2024-02-29 08:00:00".into()))
        );
        assert_eq!(
            format_dtdelta("+", &SqlArg::Integer(-1), &text("2024-01-01 00:00:00")),
            Ok(Some("2023-12-31 23:59:59.999999".into()))
        );
        assert_eq!(
            format_dtdelta("+", &text("09:30:00"), &SqlArg::Integer(1)),
            Ok(None)
        );
        assert_eq!(
            format_dtdelta("+", &SqlArg::Null, &SqlArg::Integer(1)),
            Ok(None)
        );
        assert!(format_dtdelta(
            "+",
            &text("9999-12-31 23:59:59"),
            &SqlArg::Integer(1_000_000)
        )
        .is_err());
        assert!(format_dtdelta("+", &text("2024-03-09"), &SqlArg::Integer(1)).is_err());
        assert_eq!(
            datetime_extract("hour", Some("not a date"), kst.0, kst.1),
            None
        );
        assert_eq!(datetime_extract("hour", dt, Some("Mars/Base"), kst.1), None);
    }
}
