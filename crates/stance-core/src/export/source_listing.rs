//! `stance source` output: an essay's blocks as citations number them, and where quotes are.

use std::fmt::Write;

use serde_json::{Value, json};

use crate::check::source_text::{Block, SourceText, spans_sentences};
use crate::export::to_json;
use crate::text::messages::{Arg, Messages};
use crate::text::printable::one_line;
use crate::text::wrap::{columns, pad_end, shorten};

/// How much of a block the listing shows, in characters.
const FIRST_WORDS: usize = 56;

/// What `--find` learned about one quote.
#[derive(Clone, Debug)]
pub struct Search<'t> {
    /// The words looked for, as given.
    pub quote: String,
    /// The body paragraphs that hold them.
    pub found: Vec<crate::check::source_text::Found>,
    /// The blocks that hold them but are not body paragraphs.
    pub uncounted: Vec<&'t Block>,
    /// When no paragraph holds them all: the paragraph with the longest run of their first
    /// words, and how many words that is.
    pub nearest: Option<(usize, usize)>,
    /// Whether they run over more than one sentence (`long-quote` in a citation).
    pub long: bool,
}

impl<'t> Search<'t> {
    /// Looks for `quote` in `text`.
    pub fn new(text: &'t SourceText, quote: &str) -> Self {
        let found = text.locate(quote);
        let nearest = if found.is_empty() {
            text.nearest(quote)
        } else {
            None
        };
        Self {
            quote: quote.to_owned(),
            uncounted: if found.is_empty() {
                text.uncounted_with(quote)
            } else {
                Vec::new()
            },
            found,
            nearest,
            long: spans_sentences(quote),
        }
    }

    /// Whether a body paragraph holds the words, so that a citation can quote them.
    pub fn is_found(&self) -> bool {
        !self.found.is_empty()
    }
}

/// Every block of `text` in order: the body paragraphs with their numbers (`¶3`), the others
/// with `-`, each with its lines, its length and its first words, in the words of `m`.
/// `name` is the file's name.
pub fn listing_text(name: &str, text: &SourceText, m: Messages) -> String {
    let blocks = text.blocks();
    let uncounted = blocks.len() - text.len();
    let mut out = m.text_with(
        "source-paragraphs",
        &[
            ("file", Arg::from(one_line(name).into_owned())),
            ("count", Arg::from(text.len())),
        ],
    );
    if uncounted > 0 {
        out.push_str(&m.text_with("source-uncounted", &[("count", Arg::from(uncounted))]));
    }
    out.push('\n');
    let number_width = format!("\u{b6}{}", text.len()).chars().count();
    let line_width = blocks
        .iter()
        .map(|b| columns(&lines(Some(b), m)))
        .max()
        .unwrap_or(0);
    let chars_width = blocks
        .iter()
        .map(|b| b.text.chars().count().to_string().len())
        .max()
        .unwrap_or(1);
    for block in blocks {
        let number = block
            .paragraph
            .map_or_else(|| "-".to_owned(), |n| format!("\u{b6}{n}"));
        let chars = m.text_with(
            "source-chars",
            &[(
                "count",
                Arg::from(format!("{:>chars_width$}", block.text.chars().count())),
            )],
        );
        let _ = writeln!(
            out,
            "{number:>number_width$}  {}  {chars}  {}",
            pad_end(&lines(Some(block), m), line_width),
            one_line(&shorten(&block.text, FIRST_WORDS)),
        );
    }
    out
}

/// `line 5` or `lines 5-7`.
fn lines(block: Option<&Block>, m: Messages) -> String {
    match block {
        Some(block) if block.end_line > block.line => m.text_with(
            "source-lines",
            &[
                ("from", Arg::from(block.line)),
                ("to", Arg::from(block.end_line)),
            ],
        ),
        Some(block) => m.text_with("source-line", &[("line", Arg::from(block.line))]),
        None => String::new(),
    }
}

/// The listing as JSON: `{file, paragraphs, blocks: [{paragraph, line, end_line, chars,
/// text}]}`, `paragraph` null for a block that is not counted.
pub fn listing_json(name: &str, text: &SourceText) -> String {
    let blocks: Vec<Value> = text
        .blocks()
        .iter()
        .map(|b| {
            json!({
                "paragraph": b.paragraph,
                "line": b.line,
                "end_line": b.end_line,
                "chars": b.text.chars().count(),
                "text": b.text,
            })
        })
        .collect();
    to_json(&json!({"file": name, "paragraphs": text.len(), "blocks": blocks}))
}

/// One paragraph per search: where the words are, whether verbatim, or where they depart
/// from the text, in the words of `m`.
pub fn searches_text(text: &SourceText, searches: &[Search<'_>], m: Messages) -> String {
    let mut out = String::new();
    for search in searches {
        let quote = one_line(&shorten(&search.quote, FIRST_WORDS)).into_owned();
        let mut line = format!("\u{201c}{quote}\u{201d}: ");
        if search.found.is_empty() {
            line.push_str(&m.text("source-in-no-paragraph"));
            for block in &search.uncounted {
                line.push_str(&m.text_with(
                    "source-in-uncounted",
                    &[("lines", Arg::from(lines(Some(block), m)))],
                ));
            }
            if let Some((paragraph, words)) = search.nearest {
                let at = text
                    .paragraph(paragraph)
                    .map(|b| b.line)
                    .unwrap_or_default();
                line.push_str(&m.text_with(
                    "source-departs",
                    &[
                        ("words", Arg::from(words)),
                        ("paragraph", Arg::from(paragraph)),
                        ("line", Arg::from(at)),
                        (
                            "after",
                            Arg::from(one_line(&last_words(&search.quote, words)).into_owned()),
                        ),
                    ],
                ));
            }
        } else {
            let places: Vec<String> = search
                .found
                .iter()
                .map(|found| {
                    let at = text
                        .paragraph(found.paragraph)
                        .map(|b| b.line)
                        .unwrap_or_default();
                    m.text_with(
                        if found.verbatim {
                            "source-found-verbatim"
                        } else {
                            "source-found-loosely"
                        },
                        &[
                            ("paragraph", Arg::from(found.paragraph)),
                            ("line", Arg::from(at)),
                        ],
                    )
                })
                .collect();
            line.push_str(&places.join("; "));
        }
        if search.long {
            line.push_str(&m.text("source-long"));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The last few of the first `count` words of `quote`: where the match stopped.
fn last_words(quote: &str, count: usize) -> String {
    let words: Vec<&str> = quote.split_whitespace().take(count).collect();
    let from = words.len().saturating_sub(4);
    words[from..].join(" ")
}

/// The searches as JSON: a list of `{quote, found: [{paragraph, line, verbatim}], uncounted:
/// [{line}], nearest: {paragraph, words} or null, long_quote}`.
pub fn searches_json(text: &SourceText, searches: &[Search<'_>]) -> String {
    let items: Vec<Value> = searches
        .iter()
        .map(|search| {
            json!({
                "quote": search.quote,
                "found": search.found.iter().map(|found| json!({
                    "paragraph": found.paragraph,
                    "line": text.paragraph(found.paragraph).map(|b| b.line),
                    "verbatim": found.verbatim,
                })).collect::<Vec<_>>(),
                "uncounted": search.uncounted.iter().map(|b| json!({"line": b.line})).collect::<Vec<_>>(),
                "nearest": search.nearest.map(|(paragraph, words)| json!({"paragraph": paragraph, "words": words})),
                "long_quote": search.long,
            })
        })
        .collect();
    to_json(&items)
}

#[cfg(test)]
mod tests {
    use super::{Search, listing_text, searches_text};
    use crate::check::source_text::SourceText;
    use crate::text::messages::{Locale, Messages};

    const ESSAY: &str = "A Title\n\nBy Someone\n\nFirst paragraph, \u{201c}quoted\u{201d}.\nIt goes on.\n\nHeading\n\nSecond \u{2014} it\u{2019}s here?\n";

    #[test]
    fn lists_every_block_numbered_as_citations_count() {
        let text = SourceText::parse(ESSAY);
        assert_eq!(
            listing_text("essay.txt", &text, Messages::english()),
            "essay.txt: 2 body paragraphs; 3 blocks not counted (marked -): they do not end in `.`, `!` or `?`\n\
             \x20-  line 1      7 chars  A Title\n\
             \x20-  line 3     10 chars  By Someone\n\
             \u{b6}1  lines 5-6  38 chars  First paragraph, \u{201c}quoted\u{201d}. It goes on.\n\
             \x20-  line 8      7 chars  Heading\n\
             \u{b6}2  line 10    19 chars  Second \u{2014} it\u{2019}s here?\n"
        );
        let korean = listing_text("essay.txt", &text, Messages::new(Locale::Ko));
        assert!(
            korean.starts_with("essay.txt: 본문 문단 2개; 세지 않은 블록 3개(- 표시)"),
            "{korean}"
        );
        assert!(
            korean.contains("\u{b6}1  5-6행  38자  First paragraph"),
            "{korean}"
        );
    }

    #[test]
    fn says_where_words_are_and_where_they_depart() {
        let text = SourceText::parse(ESSAY);
        let cases = [
            (
                "It goes on",
                "\u{201c}It goes on\u{201d}: \u{b6}1 (line 5), verbatim\n",
            ),
            (
                "Second - it's",
                "\u{201c}Second - it's\u{201d}: \u{b6}2 (line 10), once curly and straight quotes and the dashes are taken as the same\n",
            ),
            (
                "It goes on and off",
                "\u{201c}It goes on and off\u{201d}: in no body paragraph; its first 3 words are in \u{b6}1 (line 5), and the text goes on differently after \u{201c}It goes on\u{201d}\n",
            ),
            (
                "It goes off",
                "\u{201c}It goes off\u{201d}: in no body paragraph\n",
            ),
            (
                "Heading",
                "\u{201c}Heading\u{201d}: in no body paragraph; it is in the block at line 8, which is not counted (it does not end in `.`, `!` or `?`)\n",
            ),
        ];
        for (quote, expected) in cases {
            let search = Search::new(&text, quote);
            assert_eq!(search.is_found(), !expected.contains("no body"), "{quote}");
            assert_eq!(
                searches_text(&text, &[search], Messages::english()),
                expected,
                "{quote}"
            );
        }
    }
}
