//! Pages from templates: `{{name}}` marks where a value goes.

/// `template` with each `{{name}}` replaced by `value(name)`, in one pass, so that nothing
/// filled in is read again as a placeholder; a name without a value is left as written.
pub fn fill(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() * 2);
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let found = after
            .find("}}")
            .and_then(|close| Some((close, value(&after[..close])?)));
        if let Some((close, filled)) = found {
            out.push_str(&filled);
            rest = &after[close + 2..];
        } else {
            out.push_str("{{");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_once_and_leaves_unknown_names() {
        let cases = [
            ("a {{x}} b", "a [{{y}}] b"),
            ("{{y}}", "{{y}}"),
            ("{{x}}{{x}}", "[{{y}}][{{y}}]"),
            ("{{x", "{{x"),
            ("no marks", "no marks"),
        ];
        for (template, expected) in cases {
            let filled = fill(template, |n| (n == "x").then(|| "[{{y}}]".to_owned()));
            assert_eq!(filled, expected, "{template}");
        }
    }
}
