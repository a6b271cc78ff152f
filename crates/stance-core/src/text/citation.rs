//! How a citation of the essay is written in every output: `¶N` names a paragraph, and its
//! words stand in curly quotes. Each format escapes the quote for itself before it is put
//! in.

use crate::scenario::Cite;
use crate::text::messages::{Arg, Messages};

/// `¶N`: paragraph `n` of the essay.
pub fn paragraph(n: u32) -> String {
    format!("\u{b6}{n}")
}

/// `“text”`.
pub fn quoted(text: &str) -> String {
    format!("\u{201c}{text}\u{201d}")
}

/// `¶N “quote”`, the quote as given.
pub fn cite(n: u32, quote: &str) -> String {
    format!("{} {}", paragraph(n), quoted(quote))
}

/// `¶N “quote”`, and after it the translation's gloss of the quote, marked as one in the
/// interface's words: ` (translated: “gloss”)`. The quote itself always stands in the
/// essay's words.
pub fn of(cite: &Cite, messages: Messages) -> String {
    let shown = self::cite(cite.paragraph, &cite.quote);
    match &cite.gloss {
        Some(gloss) => format!("{shown} {}", translated(gloss, messages)),
        None => shown,
    }
}

/// ` (translated: “gloss”)`, the gloss as given, in the interface's words.
pub fn translated(gloss: &str, messages: Messages) -> String {
    messages.text_with(
        "citation-translated",
        &[("gloss", Arg::from(quoted(gloss)))],
    )
}

/// The paragraphs `cites` name, `¶N` each, in order, a paragraph cited twice in a row
/// named once.
pub fn paragraphs(cites: &[Cite]) -> Vec<String> {
    let mut shown: Vec<String> = cites.iter().map(|c| paragraph(c.paragraph)).collect();
    shown.dedup();
    shown
}

#[cfg(test)]
mod tests {
    use super::{cite, of, paragraphs};
    use crate::scenario::Cite;
    use crate::text::messages::{Locale, Messages};

    #[test]
    fn citations_read_the_same_everywhere() {
        assert_eq!(cite(3, "a word"), "\u{b6}3 \u{201c}a word\u{201d}");
        let cites = [(2, "x"), (2, "y"), (5, "z")].map(|(paragraph, quote)| Cite {
            paragraph,
            quote: quote.to_owned(),
            gloss: None,
        });
        assert_eq!(paragraphs(&cites), ["\u{b6}2", "\u{b6}5"]);
        let glossed = Cite {
            gloss: Some("말".to_owned()),
            ..cites[0].clone()
        };
        let english = Messages::english();
        assert_eq!(
            of(&glossed, english),
            "\u{b6}2 \u{201c}x\u{201d} (translated: \u{201c}말\u{201d})"
        );
        assert_eq!(
            of(&glossed, Messages::new(Locale::Ko)),
            "\u{b6}2 \u{201c}x\u{201d} (번역: \u{201c}말\u{201d})"
        );
        assert_eq!(of(&cites[0], english), cite(2, "x"));
    }
}
