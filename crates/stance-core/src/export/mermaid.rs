//! The scenario's question graph as a Mermaid flowchart.

use std::fmt::Write;

use textwrap::wrap;

use crate::export::{graph_node, recommendation_lines, when_label};
use crate::scenario::{Next, Scenario};
use crate::text::messages::{Arg, Messages};
use crate::text::printable::printable_in_label;

/// Characters per line of a wrapped prompt, label or headline.
const WIDTH: usize = 40;

/// The line break Mermaid draws inside a label.
const BREAK: &str = "<br/>";

/// Renders the scenario as a Mermaid `flowchart TD`: a node per question and ending, an
/// edge per choice and gate, in author order; with `with_recommendations`, the
/// recommendations each choice adds on its edge, and each ending's in a note beside it.
pub fn render(scenario: &Scenario, with_recommendations: bool, messages: Messages) -> String {
    let m = messages;
    let mut out = String::new();
    let _ = writeln!(out, "%% {}", comment(&scenario.title));
    let _ = writeln!(out, "flowchart TD");
    let _ = writeln!(out, "  start((\"{}\"))", escape(&m.text("graph-start")));
    for question in &scenario.questions {
        let mut lines = vec![escape(&question.id)];
        lines.extend(wrapped(&question.prompt));
        let _ = writeln!(out, "  q_{}(\"{}\")", question.id, lines.join(BREAK));
    }
    for ending in &scenario.endings {
        let mut lines = vec![escape(&ending.id)];
        for headline in &ending.headlines {
            lines.extend(wrapped(&headline.text));
            if let Some(when) = &headline.when {
                lines.push(escape(&when_label(scenario, when, m)));
            }
        }
        let _ = writeln!(out, "  e_{}([\"{}\"])", ending.id, lines.join(BREAK));
        if with_recommendations && !ending.recommends.is_empty() {
            let lines = escaped(&recommendation_lines(scenario, &ending.recommends, m));
            let _ = writeln!(out, "  n_{}>\"{}\"]", ending.id, lines.join(BREAK));
            let _ = writeln!(out, "  e_{0} -.- n_{0}", ending.id);
        }
    }
    let _ = writeln!(
        out,
        "  start --> {}",
        graph_node(scenario, Next::Question(scenario.start))
    );
    for question in &scenario.questions {
        for choice in &question.choices {
            let mut lines = wrapped(&choice.label);
            if let Some(when) = &choice.when {
                lines.push(escape(&when_label(scenario, when, m)));
            }
            if with_recommendations {
                lines.extend(escaped(&recommendation_lines(
                    scenario,
                    &choice.recommends,
                    m,
                )));
            }
            let _ = writeln!(
                out,
                "  q_{} -->|\"{}\"| {}",
                question.id,
                lines.join(BREAK),
                graph_node(scenario, choice.next)
            );
        }
        if let Some(gate) = &question.gate {
            let text = m.text_with(
                "graph-otherwise",
                &[("skip", Arg::from(scenario.describe_skip(&gate.when, m)))],
            );
            let _ = writeln!(
                out,
                "  q_{} -.->|\"{}\"| {}",
                question.id,
                wrapped(&text).join(BREAK),
                graph_node(scenario, gate.otherwise)
            );
        }
    }
    out
}

/// Each line escaped for a label.
fn escaped(lines: &[String]) -> Vec<String> {
    lines.iter().map(|line| escape(line)).collect()
}

/// The text on one line, in escaped lines of at most [`WIDTH`] characters.
fn wrapped(text: &str) -> Vec<String> {
    // Wrapped before escaping, so that an entity counts as the one character it shows.
    wrap(&comment(text), WIDTH)
        .iter()
        .map(|line| escape(line))
        .collect()
}

/// The text on one line: line breaks become spaces and other control characters U+FFFD,
/// so that nothing unseen reaches the file and a title cannot end its `%%` comment.
fn comment(text: &str) -> String {
    printable_in_label(text.trim())
        .chars()
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect()
}

/// The text for a double-quoted Mermaid label: `"`, `<`, `>` and `&` as entity codes, `#`
/// too so that scenario text cannot spell one, and the backtick so that a label cannot
/// become a Markdown string; line breaks become spaces and other control characters U+FFFD.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in printable_in_label(text).chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '#' => out.push_str("#35;"),
            '`' => out.push_str("#96;"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{escape, render};
    use crate::export::hostile_scenario as scenario;
    use crate::text::messages::Messages;

    fn lines(mermaid: &str) -> Vec<&str> {
        mermaid.lines().map(str::trim).collect()
    }

    #[test]
    fn escapes_labels() {
        assert_eq!(
            escape("a \"b\" <c> & #d; `e`\nf\u{1b}g"),
            "a #quot;b#quot; #lt;c#gt; #amp; #35;d; #96;e#96; f\u{fffd}g"
        );
    }

    #[test]
    fn renders_the_graph() {
        let mermaid = render(&scenario(), false, Messages::english());
        let lines = lines(&mermaid);
        assert_eq!(lines[0], "%% The \"hostile\" <b>case</b> \u{fffd}");
        assert_eq!(lines[1], "flowchart TD");
        assert!(lines.contains(&"start --> q_first"));
        assert!(lines.contains(
            &"q_first(\"first<br/>Is #quot;it#quot; a\\b #lt;b#gt;bold#lt;/b#gt; | {x} \u{fffd}<br/>question, long enough to wrap in two?\")"
        ));
        assert!(lines.contains(&"q_second(\"second<br/>Second?\")"));
        assert!(lines.contains(&"e_done([\"done<br/>Done \\ #quot;quoted#quot; second line\"])"));
        assert!(lines.contains(&"e_other([\"other\"])"));
        assert!(lines.contains(
            &"q_first -->|\"Yes #quot;a#quot; | {b} #lt;i#gt; #amp; #35;quot; #96;md#96;\"| q_second"
        ));
        assert!(lines.contains(&"q_first -->|\"B\"| q_second"));
        assert!(lines.contains(&"q_second -->|\"C\"| e_done"));
        assert!(lines.contains(&"q_second -->|\"D<br/>[when: not(first = b)]\"| e_other"));
        assert!(lines.contains(&"q_second -.->|\"otherwise (unless first = a)\"| e_done"));
        assert!(
            !mermaid.contains("n_done"),
            "no notes without recommendations"
        );
        assert!(!mermaid.contains("+ do_"));
        assert!(
            !mermaid.chars().any(|c| c.is_control() && c != '\n'),
            "no raw control characters"
        );
    }

    #[test]
    fn renders_recommendations() {
        let mermaid = render(&scenario(), true, Messages::english());
        let lines = lines(&mermaid);
        assert!(lines.contains(
            &"q_first -->|\"Yes #quot;a#quot; | {b} #lt;i#gt; #amp; #35;quot; #96;md#96;<br/>+ do_a\"| q_second"
        ));
        assert!(lines.contains(&"q_second -->|\"C<br/>+ do_c [when: first = a]\"| e_done"));
        assert!(
            lines.contains(&"n_done>\"+ do_b<br/>+ do_c [when: any(first = b, second = d)]\"]")
        );
        assert!(lines.contains(&"e_done -.- n_done"));
        assert!(
            !mermaid.contains("n_other"),
            "no note for an ending without any"
        );
    }

    #[test]
    fn is_deterministic() {
        let scenario = scenario();
        assert_eq!(
            render(&scenario, true, Messages::english()),
            render(&scenario, true, Messages::english())
        );
    }
}
