//! JSON made safe for a data block inside `<script>`. (Text in markup is the engine's
//! [`html_text::escape`](stance_core::text::html_text::escape), as the brief's.)

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
    use super::script_json;

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
