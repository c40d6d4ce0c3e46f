//! Reading dates and times as people type them, in German or ISO form.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};

const DATE_FORMATS: [&str; 4] = ["%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y", "%d/%m/%Y"];

/// A day typed as "28.11.2026" or "2026-11-28".
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    // "%Y" would read "26" as the year 26, so implausible years are skipped
    // and the two-digit form gets its turn.
    DATE_FORMATS.iter().find_map(|f| {
        NaiveDate::parse_from_str(text, f)
            .ok()
            .filter(|d| chrono::Datelike::year(d) >= 2000)
    })
}

/// A moment typed as "28.11.2026 09:30" (or with a comma, or ISO), in local time.
pub fn parse_local(text: &str) -> Option<DateTime<Utc>> {
    let naive = parse_naive(text)?;
    Local
        .from_local_datetime(&naive)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

fn parse_naive(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim().replace(',', " ");
    let mut parts = text.split_whitespace();
    let day = parse_date(parts.next()?)?;
    let time = match parts.next() {
        Some(t) => chrono::NaiveTime::parse_from_str(t.trim_end_matches("Uhr"), "%H:%M").ok()?,
        None => chrono::NaiveTime::MIN,
    };
    if parts.any(|p| p != "Uhr") {
        return None;
    }
    Some(day.and_time(time))
}

/// A day as the input fields show it: "28.11.2026", in local time.
pub fn format_date(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local).format("%d.%m.%Y").to_string()
}

/// A moment as the input fields show it: "28.11.2026 09:30".
pub fn format_local(at: DateTime<Utc>) -> String {
    at.with_timezone(&Local)
        .format("%d.%m.%Y %H:%M")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_as_people_type_them() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 28);
        assert_eq!(parse_date("28.11.2026"), day);
        assert_eq!(parse_date(" 2026-11-28 "), day);
        assert_eq!(parse_date("28.11.26"), day);
        assert_eq!(parse_date("28/11/2026"), day);
        assert_eq!(parse_date("31.02.2026"), None);
        assert_eq!(parse_date("gestern"), None);
    }

    #[test]
    fn moments_are_read_with_or_without_a_time() {
        let at = parse_naive("28.11.2026, 09:30 Uhr");
        assert_eq!(
            at.map(|t| t.to_string()),
            Some("2026-11-28 09:30:00".into())
        );
        assert_eq!(
            parse_naive("2026-11-28").map(|t| t.to_string()),
            Some("2026-11-28 00:00:00".into())
        );
        assert_eq!(parse_naive("28.11.2026 25:00"), None);
        assert_eq!(parse_naive("28.11.2026 09:30 morgens"), None);
        let round = parse_local("28.11.2026 09:30").map(format_local);
        assert_eq!(round.as_deref(), Some("28.11.2026 09:30"));
    }
}
