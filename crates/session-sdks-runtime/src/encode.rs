//! Percent-encoding of path segments and query components.
//!
//! Everything but RFC 3986 unreserved characters is encoded, so a value can
//! never add a path segment, start a query, or split a query pair.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Characters encoded in a path segment or a query name/value: all but `A-Z a-z 0-9 - . _ ~`.
pub(crate) const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Appends `value`, percent-encoded as one component, to `out`.
pub(crate) fn push_encoded(out: &mut String, value: &str) {
    out.extend(utf8_percent_encode(value, COMPONENT));
}

/// Why a path parameter value cannot be one segment, if it cannot.
///
/// URL parsers resolve `.` and `..` (and their percent-encoded forms) even
/// when encoded, and an empty segment changes the route: all three are refused.
pub(crate) fn unusable_segment(value: &str) -> Option<&'static str> {
    match value {
        "" => Some("is empty"),
        "." | ".." => Some("is a dot segment (`.` or `..`)"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(value: &str) -> String {
        let mut out = String::new();
        push_encoded(&mut out, value);
        out
    }

    #[test]
    fn reserved_characters_are_encoded() {
        assert_eq!(encode("../a/b?c#d"), "..%2Fa%2Fb%3Fc%23d");
        assert_eq!(encode("p&w=+ %é"), "p%26w%3D%2B%20%25%C3%A9");
        assert_eq!(encode("AZaz09-._~"), "AZaz09-._~");
    }

    #[test]
    fn dot_and_empty_segments_are_refused() {
        assert!(unusable_segment("").is_some());
        assert!(unusable_segment("..").is_some());
        assert!(unusable_segment(".").is_some());
        assert!(unusable_segment("...").is_none());
        assert!(unusable_segment("../a").is_none());
    }
}
