//! Text made safe for the two places the page puts it: HTML text and attributes, and a JSON
//! data block inside `<script>`.

/// `text` for HTML text or a quoted attribute value: `&`, `<`, `>`, `"` and `'` as
/// character references.
pub fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON for a `<script type="application/json">` block: `<`, `>` and `&` as `\u` escapes, so
/// that no text can close the block (`</script>`) or open a comment (`<!--`), and U+2028 and
/// U+2029 escaped too. The JSON reads back to the same value.
pub fn script_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            // Outside strings JSON has none of these, so every one is inside a string.
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{script_json, text};

    #[test]
    fn markup_stays_text() {
        let cases = [
            ("plain", "plain"),
            ("<b>&amp;</b>", "&lt;b&gt;&amp;amp;&lt;/b&gt;"),
            ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
            ("한미동맹", "한미동맹"),
        ];
        for (given, expected) in cases {
            assert_eq!(text(given), expected, "{given}");
        }
    }

    #[test]
    fn json_cannot_close_its_script_block_and_reads_back() {
        let hostile = "</script><script>alert(1)</script><!-- & \u{2028}";
        let json = serde_json::to_string(hostile).expect("json");
        let safe = script_json(&json);
        for bad in ["</", "<!--", "<", ">", "&", "\u{2028}"] {
            assert!(!safe.contains(bad), "{bad} in {safe}");
        }
        let back: String = serde_json::from_str(&safe).expect("reads back");
        assert_eq!(back, hostile);
    }
}
