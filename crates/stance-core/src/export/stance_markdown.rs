//! The stance as a Markdown page, ready for a briefing.

use std::fmt::Write;

use crate::export::{replay_stance, source_line};
use crate::scenario::Basis;
use crate::text::citation;
use crate::text::messages::{Arg, Messages};
use crate::text::printable::{one_line, printable};
use crate::walk::stance::Stance;

/// Renders the stance as a Markdown page in the words of `messages`; the replay line names
/// the scenario as `scenario_ref`.
pub fn render(stance: &Stance<'_>, scenario_ref: &str, messages: Messages) -> String {
    let m = |key: &str| messages.text(key);
    let scenario = stance.scenario;
    let source = &scenario.source;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&scenario.title));
    let _ = writeln!(
        out,
        "*{}* {}",
        m("markdown-source"),
        escape(&source_line(source))
    );
    if let Some(note) = &source.note {
        let _ = writeln!(out, "\n*{}*", escape(note));
    }
    let _ = writeln!(out, "\n## {}\n", m("stance-situation"));
    let _ = writeln!(
        out,
        "| {} | {} |",
        m("markdown-question"),
        m("markdown-answer")
    );
    let _ = writeln!(out, "| --- | --- |");
    for step in &stance.path {
        let question = &scenario.questions[step.question];
        let choice = &question.choices[step.choice];
        let note = stance
            .notes
            .get(&step.question)
            .map(|n| {
                let note = messages.text_with(
                    "markdown-note",
                    &[("note", Arg::from(escape(&one_line(n))))],
                );
                format!("<br>*{note}*")
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "| {} | {}{note} |",
            escape(&question.prompt),
            escape(&choice.label)
        );
    }
    let _ = writeln!(out, "\n## {}\n", m("stance-heading"));
    if let Some(headline) = stance.headline() {
        let _ = writeln!(out, "**{}**\n", escape(headline));
    }
    for (i, recommendation) in stance.recommendations().enumerate() {
        let _ = writeln!(
            out,
            "{}. **{}** *({})*  ",
            i + 1,
            escape(&recommendation.text),
            m(match recommendation.basis {
                Basis::Explicit => "basis-explicit",
                Basis::Inferred => "basis-inferred",
            })
        );
        let _ = write!(out, "   {}", escape(&recommendation.rationale));
        for cite in &recommendation.cites {
            let _ = write!(
                out,
                "  \n   {}: {}",
                citation::paragraph(cite.paragraph),
                citation::quoted(&escape(&cite.quote))
            );
            if let Some(gloss) = &cite.gloss {
                let _ = write!(out, " {}", citation::translated(&escape(gloss), messages));
            }
        }
        let _ = writeln!(out, "\n");
    }
    let _ = writeln!(out, "---\n");
    let _ = writeln!(
        out,
        "{}{}",
        m("stance-replay"),
        code_span(&replay_stance(scenario_ref, stance))
    );
    out
}

/// The text as an inline code span, fenced by more backticks than it holds in a row, so
/// that a backtick in a path cannot end the span early.
pub fn code_span(text: &str) -> String {
    let longest = text
        .split(|c| c != '`')
        .map(str::len)
        .max()
        .unwrap_or_default();
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Escapes what Markdown would read as markup (after neutralising it), and folds line breaks
/// so that a text stays inside its table cell or list item.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in printable(text).chars() {
        match c {
            // `&` too, so that a text cannot spell an entity such as `&rlm;`.
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{code_span, escape};

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("a|b *c* <d>\nx"), "a\\|b \\*c\\* \\<d\\> x");
        assert_eq!(escape("a\u{202e}b"), "a\\<U+202E\\>b");
        assert_eq!(escape("x&rlm;y"), "x\\&rlm;y");
    }

    #[test]
    fn code_spans_outlast_backticks() {
        assert_eq!(code_span("stance play x"), "`stance play x`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`a``"), "``` `a`` ```");
    }
}
