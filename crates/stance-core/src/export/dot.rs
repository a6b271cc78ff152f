//! The scenario's question graph as a Graphviz DOT digraph.

use std::collections::BTreeMap;
use std::fmt::Write;

use textwrap::wrap;

use crate::export::{graph_node, recommendation_lines, when_label};
use crate::scenario::index::{ChoiceIx, QuestionIx};
use crate::scenario::{Next, Scenario};
use crate::text::messages::{Arg, Messages};
use crate::text::printable::{printable, printable_in_label};

/// Characters per line of a wrapped prompt, label or headline.
const WIDTH: usize = 40;

/// Renders the scenario as a DOT digraph: a node per question and ending, an edge per
/// choice and gate, in author order; with `with_recommendations`, the recommendations each
/// choice adds on its edge, and each ending's in a note beside it.
pub fn render(scenario: &Scenario, with_recommendations: bool, messages: Messages) -> String {
    render_counted(scenario, (with_recommendations, messages), None)
}

/// Like [`render`], with each choice's edge labelled by how many took it (`counts`, by
/// question and choice) and drawn thicker the more did.
pub fn render_counted(
    scenario: &Scenario,
    (with_recommendations, messages): (bool, Messages),
    counts: Option<&BTreeMap<(QuestionIx, ChoiceIx), usize>>,
) -> String {
    let m = messages;
    let mut out = String::new();
    let _ = writeln!(out, "digraph {} {{", quote(&scenario.id));
    let _ = writeln!(out, "  rankdir=TB;");
    let _ = writeln!(out, "  labelloc=t;");
    let _ = writeln!(out, "  label={};", label(&wrapped(&scenario.title)));
    let _ = writeln!(out, "  node [fontname=\"Helvetica\", fontsize=11];");
    let _ = writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=10];");
    let _ = writeln!(out, "  \"start\" [shape=point, width=0.15];");
    for question in &scenario.questions {
        let mut lines = vec![question.id.clone()];
        lines.extend(wrapped(&question.prompt));
        let _ = writeln!(
            out,
            "  {} [shape=box, style=rounded, label={}];",
            quote(&format!("q_{}", question.id)),
            label(&lines)
        );
    }
    for ending in &scenario.endings {
        let mut lines = vec![ending.id.clone()];
        for headline in &ending.headlines {
            lines.extend(wrapped(&headline.text));
            if let Some(when) = &headline.when {
                lines.push(when_label(scenario, when, m));
            }
        }
        let id = format!("e_{}", ending.id);
        let _ = writeln!(
            out,
            "  {} [shape=doubleoctagon, label={}];",
            quote(&id),
            label(&lines)
        );
        if with_recommendations && !ending.recommends.is_empty() {
            let note = format!("n_{}", ending.id);
            let lines = recommendation_lines(scenario, &ending.recommends, m);
            let _ = writeln!(
                out,
                "  {} [shape=note, label={}];",
                quote(&note),
                label(&lines)
            );
            let _ = writeln!(
                out,
                "  {} -> {} [style=dotted, arrowhead=none];",
                quote(&id),
                quote(&note)
            );
        }
    }
    let _ = writeln!(
        out,
        "  \"start\" -> {};",
        quote(&graph_node(scenario, Next::Question(scenario.start)))
    );
    for (q, question) in scenario.questions.iter().enumerate() {
        let from = quote(&format!("q_{}", question.id));
        for (c, choice) in question.choices.iter().enumerate() {
            let mut lines = wrapped(&choice.label);
            let mut style = String::new();
            if let Some(counts) = counts {
                let n = counts
                    .get(&(QuestionIx::new(q), ChoiceIx::new(c)))
                    .copied()
                    .unwrap_or_default();
                lines.push(m.text_with("graph-took", &[("n", Arg::from(n))]));
                let _ = write!(style, ", penwidth={}", 1 + n.min(9));
            }
            if let Some(when) = &choice.when {
                lines.push(when_label(scenario, when, m));
            }
            if with_recommendations {
                lines.extend(recommendation_lines(scenario, &choice.recommends, m));
            }
            let _ = writeln!(
                out,
                "  {from} -> {} [label={}{style}];",
                quote(&graph_node(scenario, choice.next)),
                label(&lines)
            );
        }
        if let Some(gate) = &question.gate {
            let text = m.text_with(
                "graph-otherwise",
                &[("skip", Arg::from(scenario.describe_skip(&gate.when, m)))],
            );
            let _ = writeln!(
                out,
                "  {from} -> {} [style=dashed, label={}];",
                quote(&graph_node(scenario, gate.otherwise)),
                label(&wrapped(&text))
            );
        }
    }
    let _ = writeln!(out, "}}");
    out
}

/// The text in lines of at most [`WIDTH`] characters; its own line breaks are kept.
fn wrapped(text: &str) -> Vec<String> {
    // Neutralised first so that a character counts as what it becomes.
    let text = printable(text.trim());
    wrap(&text, WIDTH).into_iter().map(String::from).collect()
}

/// The lines as one quoted DOT label, each line centred.
fn label(lines: &[String]) -> String {
    quote(&lines.join("\n"))
}

/// The text as a DOT double-quoted string, neutralised as a label ([`printable_in_label`]).
/// Escaping the backslash also keeps DOT from reading `\N`, `\G` and the like in scenario
/// text as its own substitutions.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in printable_in_label(text).chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::{quote, render};
    use crate::export::hostile_scenario as scenario;
    use crate::text::messages::Messages;

    fn lines(dot: &str) -> Vec<&str> {
        dot.lines().map(str::trim).collect()
    }

    #[test]
    fn quotes_and_neutralises() {
        assert_eq!(
            quote("a\\N \"b\"\nc\u{1b}d\te"),
            "\"a\\\\N \\\"b\\\"\\nc\u{fffd}d\u{fffd}e\""
        );
    }

    #[test]
    fn renders_the_graph() {
        let dot = render(&scenario(), false, Messages::english());
        let lines = lines(&dot);
        assert_eq!(lines[0], "digraph \"hostile\" {");
        assert_eq!(lines.last(), Some(&"}"));
        assert!(lines.contains(&"rankdir=TB;"));
        assert!(lines.contains(&"label=\"The \\\"hostile\\\"\\n<b>case</b> \u{fffd}\";"));
        assert!(lines.contains(&"\"start\" -> \"q_first\";"));
        assert!(lines.contains(
            &"\"q_first\" [shape=box, style=rounded, label=\"first\\nIs \\\"it\\\" a\\\\b <b>bold</b> | {x} \u{fffd}\\nquestion, long enough to wrap in two?\"];"
        ));
        assert!(
            lines.contains(&"\"q_second\" [shape=box, style=rounded, label=\"second\\nSecond?\"];")
        );
        assert!(lines.contains(
            &"\"e_done\" [shape=doubleoctagon, label=\"done\\nDone \\\\ \\\"quoted\\\"\\nsecond line\"];"
        ));
        assert!(lines.contains(&"\"e_other\" [shape=doubleoctagon, label=\"other\"];"));
        assert!(lines.contains(
            &"\"q_first\" -> \"q_second\" [label=\"Yes \\\"a\\\" | {b} <i> & #quot; `md`\"];"
        ));
        assert!(lines.contains(&"\"q_first\" -> \"q_second\" [label=\"B\"];"));
        assert!(lines.contains(&"\"q_second\" -> \"e_done\" [label=\"C\"];"));
        assert!(
            lines.contains(&"\"q_second\" -> \"e_other\" [label=\"D\\n[when: not(first = b)]\"];")
        );
        assert!(lines.contains(
            &"\"q_second\" -> \"e_done\" [style=dashed, label=\"otherwise (unless first = a)\"];"
        ));
        assert!(!dot.contains("n_done"), "no notes without recommendations");
        assert!(!dot.contains("+ do_"));
        assert!(
            !dot.chars().any(|c| c.is_control() && c != '\n'),
            "no raw control characters"
        );
    }

    #[test]
    fn renders_recommendations() {
        let dot = render(&scenario(), true, Messages::english());
        let lines = lines(&dot);
        assert!(lines.contains(
            &"\"q_first\" -> \"q_second\" [label=\"Yes \\\"a\\\" | {b} <i> & #quot; `md`\\n+ do_a\"];"
        ));
        assert!(
            lines.contains(&"\"q_second\" -> \"e_done\" [label=\"C\\n+ do_c [when: first = a]\"];")
        );
        assert!(lines.contains(
            &"\"n_done\" [shape=note, label=\"+ do_b\\n+ do_c [when: any(first = b, second = d)]\"];"
        ));
        assert!(lines.contains(&"\"e_done\" -> \"n_done\" [style=dotted, arrowhead=none];"));
        assert!(
            !dot.contains("n_other"),
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
