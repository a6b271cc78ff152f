//! Rendering findings: for people (with the offending line) and as JSON.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::scenario_file::ScenarioFile;
use crate::text::messages::{Arg, Messages};
use crate::text::printable::{one_line, push_shown};

/// Renders findings about one file the way compilers do: the message with its code, the
/// place, the line with the place underlined, and the help, in `messages`' language (the
/// codes stay as they are).
pub fn render_human(
    file: &ScenarioFile,
    diagnostics: &[Diagnostic],
    color: bool,
    messages: Messages,
) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    // Where each line starts, found once: a large file with many findings is not read from
    // its start for each.
    let starts: Vec<usize> = if diagnostics.is_empty() {
        Vec::new()
    } else {
        std::iter::once(0)
            .chain(file.text.match_indices('\n').map(|(i, _)| i + 1))
            .collect()
    };
    let mut out = String::new();
    for diagnostic in diagnostics {
        let line = line_of(&file.text, &starts, diagnostic.span.line);
        out.push_str(&renderer.render(&[group(file, line, diagnostic, messages)]));
        out.push_str("\n\n");
    }
    out
}

fn group<'a>(
    file: &'a ScenarioFile,
    line: Option<&'a str>,
    diagnostic: &'a Diagnostic,
    messages: Messages,
) -> Group<'a> {
    let level = match diagnostic.severity() {
        Severity::Error => Level::ERROR.with_name(messages.text("finding-level-error")),
        Severity::Warning => Level::WARNING.with_name(messages.text("finding-level-warning")),
    };
    let title = level
        .primary_title(one_line(&diagnostic.message_in(messages)).into_owned())
        .id(diagnostic.code.as_str());
    let span = diagnostic.span;
    let mut group = match line {
        Some(line) if span.is_known() => {
            let (text, range) = underline(line, span.column, span.len);
            let mut annotation = AnnotationKind::Primary.span(range);
            if let Some(label) = diagnostic.label_in(messages) {
                annotation = annotation.label(one_line(&label).into_owned());
            }
            title.element(
                Snippet::source(text)
                    .line_start(span.line)
                    .path(one_line(&file.name))
                    .annotation(annotation),
            )
        }
        _ => title.element(
            Level::NOTE
                .with_name(messages.text("finding-level-note"))
                .message(messages.text_with(
                    "finding-in-file",
                    &[("file", Arg::from(one_line(&file.name).into_owned()))],
                )),
        ),
    };
    if let Some(help) = diagnostic.help_in(messages) {
        group = group.element(
            Level::HELP
                .with_name(messages.text("finding-level-help"))
                .message(one_line(&help).into_owned()),
        );
    }
    group
}

/// Line `line` (from 1) of `text`, whose lines start at `starts`, without its line end.
fn line_of<'t>(text: &'t str, starts: &[usize], line: usize) -> Option<&'t str> {
    let n = line.checked_sub(1)?;
    // As `str::lines` counts them: nothing after a final line break is a line.
    let start = *starts.get(n).filter(|&&start| start < text.len())?;
    let end = starts.get(n + 1).map_or(text.len(), |&next| next - 1);
    text.get(start..end)
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
}

/// The line neutralised as any text shown, and the byte range in it of `len` characters of
/// the original line from 1-based `column`, clamped to the line.
fn underline(line: &str, column: usize, len: usize) -> (String, std::ops::Range<usize>) {
    let mut text = String::with_capacity(line.len());
    // Where each character of the line starts in the text shown.
    let mut starts = Vec::with_capacity(line.len());
    for c in line.chars() {
        starts.push(text.len());
        push_shown(&mut text, c);
    }
    let byte_at = |chars: usize| starts.get(chars).copied().unwrap_or(text.len());
    let start = byte_at(column.saturating_sub(1));
    let end = byte_at(column.saturating_sub(1) + len.max(1)).max(start);
    (text, start..end)
}

/// A finding as written by `check --format json`: machine output, so its message and help
/// are in English whatever the interface's language.
#[derive(Debug, Serialize)]
pub struct JsonFinding<'a> {
    /// The file's name as given.
    pub file: &'a str,
    /// 1-based line; 0 when unknown.
    pub line: usize,
    /// 1-based column; 0 when unknown.
    pub column: usize,
    /// `error` or `warning`.
    pub severity: Severity,
    /// The stable code.
    pub code: &'a str,
    /// What is wrong.
    pub message: &'a str,
    /// What to do about it, if known.
    pub help: Option<&'a str>,
}

impl<'a> JsonFinding<'a> {
    /// The JSON form of one finding.
    pub fn new(file: &'a ScenarioFile, diagnostic: &'a Diagnostic) -> Self {
        Self {
            file: &file.name,
            line: diagnostic.span.line,
            column: diagnostic.span.column,
            severity: diagnostic.severity(),
            code: diagnostic.code.as_str(),
            message: &diagnostic.message,
            help: diagnostic.help.as_deref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{render_human, underline};
    use crate::diagnostic::{Code, Diagnostic, Span};
    use crate::load::scenario_file::ScenarioFile;
    use crate::text::messages::{Arg, Locale, Messages};
    use crate::text::phrase::Phrase;
    use crate::text::suggest;

    #[test]
    fn shows_the_line_and_underlines_the_place() {
        let file = ScenarioFile::new("s.yaml", "start: here\nnext: smaa\n");
        let diagnostic = Diagnostic::new(
            Code::DanglingNext,
            Span {
                line: 2,
                column: 7,
                len: 4,
            },
            Phrase::verbatim("leads nowhere"),
        )
        .with_help(Some(Phrase::verbatim("did you mean `sma`?")));
        let text = render_human(&file, &[diagnostic], false, Messages::english());
        assert!(
            text.contains("error[dangling-next]: leads nowhere"),
            "{text}"
        );
        assert!(text.contains("--> s.yaml:2:7"), "{text}");
        assert!(text.contains("2 | next: smaa"), "{text}");
        assert!(text.contains("^^^^"), "{text}");
        assert!(text.contains("help: did you mean `sma`?"), "{text}");
    }

    #[test]
    fn findings_and_their_levels_are_shown_in_the_interface_language() {
        let file = ScenarioFile::new("s.yaml", "start: here\nnext: smaa\n");
        let at = Span {
            line: 2,
            column: 7,
            len: 4,
        };
        let error = Diagnostic::new(
            Code::DanglingNext,
            at,
            Phrase::text_with(
                "finding-next-unknown",
                &[
                    (
                        "what",
                        Arg::from(Phrase::text_with(
                            "finding-what-otherwise",
                            &[("question", Arg::from("here"))],
                        )),
                    ),
                    ("name", Arg::from("smaa")),
                ],
            ),
        )
        .with_label(Phrase::text("finding-label-no-node"))
        .with_help(Some(suggest::help_phrase(
            "smaa",
            Phrase::text("finding-what-nodes"),
            ["here", "sma"],
        )));
        let warning = Diagnostic::new(
            Code::UnusedRecommendation,
            Span::default(),
            Phrase::text_with("finding-unused-recommendation", &[("id", Arg::from("x"))]),
        );
        let findings = [error, warning];
        // (language, the lines the text holds)
        let cases: &[(Locale, &[&str])] = &[
            (
                Locale::En,
                &[
                    "error[dangling-next]: `otherwise` of question `here` leads to `smaa`, which is neither a question nor an ending",
                    "^^^^ no question or ending has this id",
                    "= help: did you mean `sma`? valid questions and endings: `here`, `sma`",
                    "warning[unused-recommendation]: no choice or ending recommends `x`",
                    "= note: in `s.yaml`",
                ],
            ),
            (
                Locale::Ko,
                &[
                    "오류[dangling-next]: `here` 질문의 `otherwise`에서 이어지는 `smaa` 항목은 질문도 결말도 아닙니다",
                    "^^^^ 이 id의 질문이나 결말이 없습니다",
                    "= 도움말: 혹시 `sma`입니까? 가능한 질문과 결말: `here`, `sma`",
                    "경고[unused-recommendation]: 어떤 선택지나 결말도 `x` 권고를 권하지 않습니다",
                    "= 참고: `s.yaml` 파일에서",
                ],
            ),
        ];
        for (locale, lines) in cases {
            let text = render_human(&file, &findings, false, Messages::new(*locale));
            for line in *lines {
                assert!(text.contains(line), "{line:?} not in\n{text}");
            }
            assert!(text.contains("--> s.yaml:2:7"), "{text}");
        }
    }

    #[test]
    fn control_and_invisible_characters_are_neutralised() {
        let (text, range) = underline("a\u{1b}[2Jb: x", 3, 1);
        assert!(!text.contains('\u{1b}'));
        assert_eq!(&text[range], "[");
        // A named character is several wide, and the columns after it still line up.
        let (text, range) = underline("a\u{202e}bc: x", 3, 2);
        assert_eq!(text, "a<U+202E>bc: x");
        assert_eq!(&text[range], "bc");
    }

    #[test]
    fn file_names_are_neutralised() {
        let file = ScenarioFile::new("x\u{1b}]0;PWNED\u{7}\u{1b}[2J.yaml", "a: b\n");
        let diagnostic = Diagnostic::new(
            Code::UnknownKey,
            Span {
                line: 1,
                column: 1,
                len: 1,
            },
            Phrase::verbatim("unknown key `a`"),
        );
        let text = render_human(&file, &[diagnostic], false, Messages::english());
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text:?}"
        );
        assert!(
            text.contains("x\u{fffd}]0;PWNED\u{fffd}\u{fffd}[2J.yaml:1:1"),
            "{text}"
        );
    }
}
