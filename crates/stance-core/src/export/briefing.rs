//! A briefing document for one situation: bottom line up front, the situation, the stance
//! as numbered talking points, rationale, anticipated questions and sources.

use std::fmt::Write;

use crate::export::source_line;
use crate::export::stance_markdown::escape;
use crate::scenario::Cite;
use crate::text::messages::{Arg, Messages};
use crate::text::{citation, html_text};
use crate::walk::stance::Stance;

/// What goes into a brief, gathered once for both formats.
struct Brief<'a> {
    title: &'a str,
    source: String,
    note: Option<&'a str>,
    headline: Option<&'a str>,
    situation: Vec<Situation<'a>>,
    points: Vec<Point<'a>>,
    questions: Vec<&'a str>,
    facilitator: Vec<(&'a str, &'a str)>,
}

/// A question of the path and its answer, each with where the essay grounds it.
struct Situation<'a> {
    prompt: &'a str,
    label: &'a str,
    cites: Vec<&'a Cite>,
}

struct Point<'a> {
    text: &'a str,
    talking: &'a [String],
    rationale: &'a str,
    basis: &'a str,
    cites: Vec<&'a Cite>,
}

fn gather<'a>(stance: &'a Stance<'_>, facilitator: bool) -> Brief<'a> {
    let scenario = stance.scenario;
    Brief {
        title: &scenario.title,
        source: source_line(&scenario.source),
        note: scenario.source.note.as_deref(),
        headline: stance.headline(),
        situation: stance
            .path
            .iter()
            .map(|s| {
                let q = &scenario.questions[s.question];
                let choice = &q.choices[s.choice];
                Situation {
                    prompt: &q.prompt,
                    label: &choice.label,
                    cites: q.cites.iter().chain(&choice.cites).collect(),
                }
            })
            .collect(),
        points: stance
            .recommendations()
            .map(|r| Point {
                text: &r.text,
                talking: &r.talking_points,
                rationale: &r.rationale,
                basis: r.basis.as_str(),
                cites: r.cites.iter().collect(),
            })
            .collect(),
        questions: stance
            .path
            .iter()
            .flat_map(|s| {
                scenario.questions[s.question]
                    .discussion
                    .iter()
                    .map(String::as_str)
            })
            .collect(),
        facilitator: if facilitator {
            stance
                .path
                .iter()
                .filter_map(|s| {
                    let q = &scenario.questions[s.question];
                    q.facilitator_notes
                        .as_deref()
                        .map(|n| (q.prompt.as_str(), n))
                })
                .collect()
        } else {
            Vec::new()
        },
    }
}

/// The brief as Markdown.
pub fn markdown(stance: &Stance<'_>, facilitator: bool, messages: Messages) -> String {
    let b = gather(stance, facilitator);
    let m = |key: &str| messages.text(key);
    let title = messages.text_with("brief-title", &[("title", Arg::from(escape(b.title)))]);
    let mut out = String::new();
    let _ = writeln!(out, "# {title}\n");
    if let Some(headline) = b.headline {
        let _ = writeln!(out, "**{}** {}\n", m("brief-bottom-line"), escape(headline));
    }
    let _ = writeln!(out, "## {}\n", m("brief-situation"));
    for s in &b.situation {
        let _ = writeln!(out, "- {} **{}**", escape(s.prompt), escape(s.label));
        for cite in &s.cites {
            let _ = writeln!(out, "    - {}", markdown_cite(cite, messages));
        }
    }
    let _ = writeln!(out, "\n## {}\n", m("brief-recommended"));
    for (i, p) in b.points.iter().enumerate() {
        let basis = m(basis_key(p.basis));
        let _ = writeln!(out, "{}. **{}** *({basis})*", i + 1, escape(p.text));
        for point in p.talking {
            let _ = writeln!(out, "    - {}", escape(point));
        }
    }
    let _ = writeln!(out, "\n## {}\n", m("brief-rationale"));
    for (i, p) in b.points.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", i + 1, escape(p.rationale));
    }
    if !b.questions.is_empty() {
        let _ = writeln!(out, "\n## {}\n", m("brief-questions"));
        for q in &b.questions {
            let _ = writeln!(out, "- {}", escape(q));
        }
    }
    if !b.facilitator.is_empty() {
        let _ = writeln!(out, "\n## {}\n", m("brief-facilitator"));
        for (prompt, note) in &b.facilitator {
            let _ = writeln!(out, "- *{}* {}", escape(prompt), escape(note));
        }
    }
    let _ = writeln!(out, "\n## {}\n", m("brief-sources"));
    let _ = writeln!(out, "{}\n", escape(&b.source));
    if let Some(note) = b.note {
        let _ = writeln!(out, "*{}*\n", escape(note));
    }
    for (i, p) in b.points.iter().enumerate() {
        for cite in &p.cites {
            let _ = writeln!(out, "- {}: {}", i + 1, markdown_cite(cite, messages));
        }
    }
    out
}

/// The brief as one self-contained HTML page: no external assets, every text escaped, and
/// a print style sheet.
pub fn html(stance: &Stance<'_>, facilitator: bool, messages: Messages) -> String {
    let b = gather(stance, facilitator);
    let e = |t: &str| html_text::escape(t);
    let m = |key: &str| messages.text(key);
    let title = messages.text_with("brief-title", &[("title", Arg::from(e(b.title)))]);
    // The page is in the language of its texts: the translation's, or the scenario's own.
    let lang = stance.scenario.language.as_deref().unwrap_or("en");
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n",
        e(lang)
    );
    let _ = writeln!(out, "<h1>{title}</h1>");
    if let Some(headline) = b.headline {
        let _ = writeln!(
            out,
            "<p class=\"bluf\"><strong>{}</strong> {}</p>",
            m("brief-bottom-line"),
            e(headline)
        );
    }
    let _ = writeln!(out, "<h2>{}</h2>\n<ul>", m("brief-situation"));
    for s in &b.situation {
        let _ = write!(out, "<li>{} <strong>{}</strong>", e(s.prompt), e(s.label));
        if !s.cites.is_empty() {
            let _ = write!(out, "<ul class=\"cites\">");
            for cite in &s.cites {
                let _ = write!(out, "<li>{}</li>", html_cite(cite, messages));
            }
            let _ = write!(out, "</ul>");
        }
        let _ = writeln!(out, "</li>");
    }
    let _ = writeln!(out, "</ul>\n<h2>{}</h2>\n<ol>", m("brief-recommended"));
    for p in &b.points {
        let basis = m(basis_key(p.basis));
        let _ = write!(out, "<li><strong>{}</strong> <em>({basis})</em>", e(p.text));
        if !p.talking.is_empty() {
            let _ = write!(out, "<ul>");
            for point in p.talking {
                let _ = write!(out, "<li>{}</li>", e(point));
            }
            let _ = write!(out, "</ul>");
        }
        let _ = writeln!(out, "</li>");
    }
    let _ = writeln!(out, "</ol>\n<h2>{}</h2>\n<ol>", m("brief-rationale"));
    for p in &b.points {
        let _ = writeln!(out, "<li>{}</li>", e(p.rationale));
    }
    let _ = writeln!(out, "</ol>");
    if !b.questions.is_empty() {
        let _ = writeln!(out, "<h2>{}</h2>\n<ul>", m("brief-questions"));
        for q in &b.questions {
            let _ = writeln!(out, "<li>{}</li>", e(q));
        }
        let _ = writeln!(out, "</ul>");
    }
    if !b.facilitator.is_empty() {
        let _ = writeln!(out, "<h2>{}</h2>\n<ul>", m("brief-facilitator"));
        for (prompt, note) in &b.facilitator {
            let _ = writeln!(out, "<li><em>{}</em> {}</li>", e(prompt), e(note));
        }
        let _ = writeln!(out, "</ul>");
    }
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<p>{}</p>",
        m("brief-sources"),
        e(&b.source)
    );
    if let Some(note) = b.note {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", e(note));
    }
    let _ = writeln!(out, "<ul class=\"cites\">");
    for (i, p) in b.points.iter().enumerate() {
        for cite in &p.cites {
            let _ = writeln!(out, "<li>{}: {}</li>", i + 1, html_cite(cite, messages));
        }
    }
    let _ = writeln!(out, "</ul>\n</main>\n</body>\n</html>");
    out
}

const STYLE: &str = "\
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; margin: 0; color: #111; }
main { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.5rem; }
h2 { font-size: 1.15rem; margin-top: 1.5rem; border-bottom: 1px solid #999; }
.bluf { background: #f2f2f2; padding: 0.75rem; border-left: 4px solid #333; }
.note { font-style: italic; }
li { margin: 0.25rem 0; }
@media print {
  body { font-size: 11pt; }
  main { margin: 0; max-width: none; }
  h2 { break-after: avoid; }
  li { break-inside: avoid; }
  .bluf { background: none; }
}
";

/// A citation in Markdown, with its gloss if the translation gives one.
fn markdown_cite(cite: &Cite, messages: Messages) -> String {
    let shown = citation::cite(cite.paragraph, &escape(&cite.quote));
    match &cite.gloss {
        Some(gloss) => format!("{shown} {}", citation::translated(&escape(gloss), messages)),
        None => shown,
    }
}

/// A citation in HTML, with its gloss if the translation gives one.
fn html_cite(cite: &Cite, messages: Messages) -> String {
    let shown = format!(
        "{} <q>{}</q>",
        citation::paragraph(cite.paragraph),
        html_text::escape(&cite.quote)
    );
    match &cite.gloss {
        Some(gloss) => format!(
            "{shown} {}",
            citation::translated(&html_text::escape(gloss), messages)
        ),
        None => shown,
    }
}

/// The message of a basis as files write it (`explicit`, `inferred`).
fn basis_key(basis: &str) -> &'static str {
    if basis == "explicit" {
        "basis-explicit"
    } else {
        "basis-inferred"
    }
}
