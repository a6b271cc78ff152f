//! The essay's text, split into numbered body paragraphs, for checking citations and for
//! showing an author the numbering.

/// An essay split into blocks, the body paragraphs among them numbered.
///
/// Blocks are separated by blank lines. The body paragraphs are the blocks that end in
/// sentence punctuation (`.`, `!` or `?`, possibly followed by closing quotes or brackets);
/// titles, bylines and headings do not, so they are not counted.
#[derive(Clone, Debug)]
pub struct SourceText {
    blocks: Vec<Block>,
    /// Per body paragraph, its text folded (see [`fold`]), for finding quotes.
    paragraphs: Vec<String>,
    /// Per body paragraph, its index in `blocks`.
    positions: Vec<usize>,
}

/// A blank-line-separated block of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Its first line, counted from 1.
    pub line: usize,
    /// Its last line.
    pub end_line: usize,
    /// Its lines joined by single spaces, each trimmed.
    pub text: String,
    /// Its number as a body paragraph (from 1); `None` for a block that is not counted.
    pub paragraph: Option<usize>,
}

/// Where a quote was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The body paragraph, from 1.
    pub paragraph: usize,
    /// Whether the words are there exactly as given (only runs of whitespace differ), rather
    /// than once curly and straight quotes and the dashes are folded.
    pub verbatim: bool,
}

impl SourceText {
    /// Splits a text into blocks and numbers its body paragraphs.
    pub fn parse(text: &str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut blocks = Vec::new();
        let mut lines: Vec<&str> = Vec::new();
        let mut first = 0;
        let (mut paragraphs, mut positions) = (Vec::new(), Vec::new());
        for (i, line) in text.lines().chain(std::iter::once("")).enumerate() {
            if !line.trim().is_empty() {
                if lines.is_empty() {
                    first = i + 1;
                }
                lines.push(line.trim());
                continue;
            }
            if lines.is_empty() {
                continue;
            }
            let joined = lines.join(" ");
            let folded = fold(&joined);
            let paragraph = ends_sentence(&folded).then(|| {
                paragraphs.push(folded);
                positions.push(blocks.len());
                paragraphs.len()
            });
            blocks.push(Block {
                line: first,
                end_line: first + lines.len() - 1,
                text: joined,
                paragraph,
            });
            lines.clear();
        }
        Self {
            blocks,
            paragraphs,
            positions,
        }
    }

    /// How many body paragraphs there are.
    pub fn len(&self) -> usize {
        self.paragraphs.len()
    }

    /// Whether the text has no body paragraph at all.
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }

    /// Every block, in the text's order.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// Body paragraph `number` (from 1).
    pub fn paragraph(&self, number: usize) -> Option<&Block> {
        let index = *self.positions.get(number.checked_sub(1)?)?;
        self.blocks.get(index)
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

    /// The body paragraphs that contain `quote`, each saying whether it is there verbatim.
    pub fn locate(&self, quote: &str) -> Vec<Found> {
        let exact = squeeze(quote);
        self.find(quote)
            .into_iter()
            .map(|paragraph| Found {
                paragraph,
                verbatim: self
                    .paragraph(paragraph)
                    .is_some_and(|block| squeeze(&block.text).contains(&exact)),
            })
            .collect()
    }

    /// The blocks that are not body paragraphs and contain `quote`: a quote from a title or
    /// a heading cannot be cited.
    pub fn uncounted_with(&self, quote: &str) -> Vec<&Block> {
        let quote = fold(quote);
        self.blocks
            .iter()
            .filter(|block| block.paragraph.is_none() && fold(&block.text).contains(&quote))
            .collect()
    }

    /// The paragraph holding the longest run of the quote's first words (three at least, as
    /// fewer are everywhere), and how many words that is: where a misremembered quote
    /// departs from the text.
    pub fn nearest(&self, quote: &str) -> Option<(usize, usize)> {
        let words: Vec<&str> = quote.split_whitespace().collect();
        let found = |count: usize| self.find(&words[..count].join(" ")).first().copied();
        // Whether the first `count` words are somewhere only gets truer as `count` shrinks,
        // so the longest run is found by halving, not by trying every length.
        let (mut low, mut high) = (3, words.len());
        let mut best = None;
        while low <= high {
            let middle = low + (high - low) / 2;
            match found(middle) {
                Some(paragraph) => {
                    best = Some((paragraph, middle));
                    low = middle + 1;
                }
                None => high = middle - 1,
            }
        }
        best
    }
}

/// Runs of whitespace as one space, nothing else changed.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
    fn keeps_every_block_with_its_lines() {
        let text = SourceText::parse(ESSAY);
        let blocks: Vec<(usize, usize, Option<usize>)> = text
            .blocks()
            .iter()
            .map(|b| (b.line, b.end_line, b.paragraph))
            .collect();
        assert_eq!(
            blocks,
            vec![
                (1, 1, None),
                (3, 3, None),
                (5, 6, Some(1)),
                (8, 8, None),
                (10, 10, Some(2)),
                (12, 12, Some(3)),
            ]
        );
        assert_eq!(
            text.paragraph(1).map(|b| b.text.as_str()),
            Some("First paragraph, \u{201c}quoted\u{201d}. It goes on.")
        );
        assert_eq!(text.paragraph(0), None);
        assert_eq!(text.paragraph(4), None);
    }

    #[test]
    fn locates_quotes_verbatim_or_folded() {
        let text = SourceText::parse(ESSAY);
        let cases: &[(&str, &[(usize, bool)])] = &[
            ("\u{201c}quoted\u{201d}.   It goes", &[(1, true)]),
            ("\"quoted\". It goes", &[(1, false)]),
            ("Second - it's", &[(2, false)]),
            ("nowhere at all", &[]),
        ];
        for (quote, expected) in cases {
            let found: Vec<(usize, bool)> = text
                .locate(quote)
                .iter()
                .map(|f| (f.paragraph, f.verbatim))
                .collect();
            assert_eq!(found, *expected, "{quote}");
        }
        assert_eq!(text.uncounted_with("Heading").len(), 1);
        assert_eq!(text.nearest("It goes on and off"), Some((1, 3)));
        assert_eq!(text.nearest("It goes off"), None);
        assert_eq!(text.nearest("zzz"), None);
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
