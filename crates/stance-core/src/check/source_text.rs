//! The essay's text, split into numbered body paragraphs, for checking citations.

/// An essay split into body paragraphs.
///
/// Paragraphs are the blank-line-separated blocks that end in sentence punctuation
/// (`.`, `!` or `?`, possibly followed by closing quotes or brackets); titles, bylines and
/// headings do not, so they are not counted.
#[derive(Clone, Debug)]
pub struct SourceText {
    paragraphs: Vec<String>,
}

impl SourceText {
    /// Splits a text into body paragraphs.
    pub fn parse(text: &str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut paragraphs = Vec::new();
        let mut block = String::new();
        for line in text.lines().chain(std::iter::once("")) {
            if line.trim().is_empty() {
                let paragraph = fold(&block);
                if ends_sentence(&paragraph) {
                    paragraphs.push(paragraph);
                }
                block.clear();
            } else {
                block.push_str(line);
                block.push(' ');
            }
        }
        Self { paragraphs }
    }

    /// How many body paragraphs there are.
    pub fn len(&self) -> usize {
        self.paragraphs.len()
    }

    /// Whether the text has no body paragraph at all.
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }

    /// Whether paragraph `number` (1-based) contains `quote`, folding whitespace, quotes and
    /// dashes. `None` when there is no such paragraph.
    pub fn quote_in(&self, number: u32, quote: &str) -> Option<bool> {
        let index = usize::try_from(number).ok()?.checked_sub(1)?;
        let paragraph = self.paragraphs.get(index)?;
        Some(paragraph.contains(&fold(quote)))
    }

    /// The 1-based numbers of the paragraphs that contain `quote`.
    pub fn find(&self, quote: &str) -> Vec<usize> {
        let quote = fold(quote);
        self.paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.contains(&quote))
            .map(|(i, _)| i + 1)
            .collect()
    }
}

/// Folds what typing and typesetting vary: runs of whitespace, curly and straight quotes,
/// and the dashes.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            other => other,
        }));
    }
    out
}

/// Whether a (folded) block ends like a sentence.
fn ends_sentence(block: &str) -> bool {
    let trimmed = block.trim_end_matches(['"', '\'', ')', ']']);
    trimmed.ends_with(['.', '!', '?'])
}

/// Whether a quote runs over more than one sentence: sentence punctuation followed by a
/// space and a capital letter or an opening quote, before its end.
pub fn spans_sentences(quote: &str) -> bool {
    let quote = fold(quote);
    let chars: Vec<char> = quote.chars().collect();
    chars.windows(3).any(|w| {
        matches!(w[0], '.' | '!' | '?') && w[1] == ' ' && (w[2].is_uppercase() || w[2] == '"')
    }) || chars.windows(4).any(|w| {
        matches!(w[0], '.' | '!' | '?')
            && matches!(w[1], '"' | '\'' | ')')
            && w[2] == ' '
            && w[3].is_uppercase()
    })
}

#[cfg(test)]
mod tests {
    use super::{SourceText, fold, spans_sentences};

    const ESSAY: &str = "A Title\n\nBy Someone\n\nFirst paragraph, \u{201c}quoted\u{201d}.\nIt goes on.\n\nHeading\n\nSecond \u{2014} it\u{2019}s here?\n\nThird ends in a quote.\u{201d}\n";

    #[test]
    fn counts_body_paragraphs_only() {
        let text = SourceText::parse(ESSAY);
        assert_eq!(text.len(), 3);
        assert_eq!(text.quote_in(1, "\"quoted\". It goes"), Some(true));
        assert_eq!(text.quote_in(2, "Second - it's here"), Some(true));
        assert_eq!(text.quote_in(2, "Heading"), Some(false));
        assert_eq!(text.quote_in(4, "x"), None);
        assert_eq!(text.quote_in(0, "x"), None);
        assert_eq!(text.find("it's"), vec![2]);
    }

    #[test]
    fn folds_typography() {
        assert_eq!(
            fold("  a\u{2019}s \n\t \u{201c}b\u{201d} \u{2013} c "),
            "a's \"b\" - c"
        );
    }

    #[test]
    fn sentence_counting() {
        let cases = [
            ("one sentence, with a comma.", false),
            ("ends here. Starts again", true),
            ("asks? \"Then quotes", true),
            ("said.\" Then", true),
            ("the 9.19 military agreement", false),
            ("a relic of the Cold War", false),
        ];
        for (quote, expected) in cases {
            assert_eq!(spans_sentences(quote), expected, "{quote}");
        }
    }
}
