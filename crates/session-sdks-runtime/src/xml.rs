//! The ASP.NET DataContract string: `<string xmlns="http://schemas.microsoft.com/2003/10/Serialization/">value</string>`.

use quick_xml::Reader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;

/// The text of a single root `<string>` element, entities and CDATA decoded.
pub(crate) fn decode_xml_string(body: &str) -> Result<String, String> {
    let mut reader = Reader::from_str(body);
    let mut depth = 0usize;
    let mut seen_root = false;
    let mut text = String::new();
    loop {
        match reader
            .read_event()
            .map_err(|_| "malformed XML".to_owned())?
        {
            Event::Start(start) => {
                if depth > 0 {
                    return Err("the <string> element must not contain elements".into());
                }
                if seen_root {
                    return Err("more than one root element".into());
                }
                if start.local_name().as_ref() != b"string" {
                    return Err("root element is not <string>".into());
                }
                seen_root = true;
                depth += 1;
            }
            Event::Empty(start) => {
                if depth > 0 || seen_root || start.local_name().as_ref() != b"string" {
                    return Err("expected a single <string> root element".into());
                }
                seen_root = true;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Text(t) if depth > 0 => {
                text.push_str(&t.decode().map_err(|_| "bad text".to_owned())?);
            }
            Event::CData(c) if depth > 0 => {
                text.push_str(&c.decode().map_err(|_| "bad CDATA".to_owned())?);
            }
            Event::GeneralRef(r) if depth > 0 => {
                if let Some(ch) = r
                    .resolve_char_ref()
                    .map_err(|_| "bad character reference".to_owned())?
                {
                    text.push(ch);
                } else {
                    let name = r.decode().map_err(|_| "bad entity".to_owned())?;
                    let value = resolve_predefined_entity(&name).ok_or("unknown XML entity")?;
                    text.push_str(value);
                }
            }
            Event::Text(t)
                if !t
                    .decode()
                    .map_err(|_| "bad text".to_owned())?
                    .trim()
                    .is_empty() =>
            {
                return Err("text outside the <string> element".into());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_root {
        return Err("no <string> element".into());
    }
    if depth != 0 {
        return Err("unclosed <string> element".into());
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = "http://schemas.microsoft.com/2003/10/Serialization/";

    #[test]
    fn datacontract_strings() {
        let body = format!(r#"<string xmlns="{NS}">a&amp;b &lt;c&gt; &#233;&#x41;</string>"#);
        assert_eq!(decode_xml_string(&body).unwrap(), "a&b <c> éA");
        let body = format!(
            r#"<?xml version="1.0" encoding="utf-8"?>{}<string xmlns="{NS}"><![CDATA[x<y]]></string>"#,
            "\n"
        );
        assert_eq!(decode_xml_string(&body).unwrap(), "x<y");
        assert_eq!(
            decode_xml_string(&format!(r#"<string xmlns="{NS}"/>"#)).unwrap(),
            ""
        );
        assert_eq!(
            decode_xml_string("<string>  spaced  </string>").unwrap(),
            "  spaced  "
        );
    }

    #[test]
    fn other_documents_are_errors() {
        for bad in [
            "",
            "plain",
            "<int>1</int>",
            "<string>a<b/></string>",
            "<string>a",
            "<string>&bogus;</string>",
            "<string>a</string><string/>",
        ] {
            assert!(decode_xml_string(bad).is_err(), "{bad}");
        }
    }
}
