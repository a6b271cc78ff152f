//! The question graph as written: cycles and what `start` can reach, ignoring conditions.

use super::Node;
use crate::diagnostic::{Code, Diagnostic, Span};
use crate::load::document::Document;
use crate::text::messages::Arg;
use crate::text::phrase::Phrase;

/// Finds cycles (through `next` and `otherwise`) and questions or endings no walk reaches.
/// `resolve` looks a name up; names that do not resolve are reported elsewhere.
pub(super) fn check(
    doc: &Document,
    start: Option<usize>,
    resolve: impl Fn(&str) -> Option<Node>,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let ids: Vec<&str> = doc.questions.iter().map(|q| q.id.value.as_str()).collect();
    // Per question, its targets with the place of the key naming each.
    let targets: Vec<Vec<(Node, Span)>> = doc
        .questions
        .iter()
        .map(|question| {
            let names = question
                .choices
                .value
                .iter()
                .map(|c| &c.next)
                .chain(question.otherwise.iter());
            names
                .filter_map(|name| resolve(&name.value).map(|node| (node, name.span)))
                .collect()
        })
        .collect();
    let edges: Vec<Vec<(usize, Span)>> = targets
        .iter()
        .map(|targets| {
            let mut unique: Vec<(usize, Span)> = Vec::new();
            for (node, span) in targets {
                if let Node::Question(to) = node
                    && !unique.iter().any(|(t, _)| t == to)
                {
                    unique.push((*to, *span));
                }
            }
            unique
        })
        .collect();
    for (cycle, span) in find_cycles(&edges) {
        let path: Vec<&str> = cycle.iter().map(|&q| ids[q]).collect();
        found.push(
            Diagnostic::new(
                Code::Cycle,
                span,
                Phrase::text_with("finding-cycle", &[("path", Arg::from(path.join(" -> ")))]),
            )
            .with_label(Phrase::text_with(
                "finding-cycle-label",
                &[("question", Arg::from(path[0]))],
            ))
            .with_help(Some(Phrase::text("finding-cycle-help"))),
        );
    }

    let Some(start) = start else { return found };
    let mut reached = vec![false; doc.questions.len()];
    let mut ended = vec![false; doc.endings.len()];
    let mut stack = vec![start];
    reached[start] = true;
    while let Some(q) = stack.pop() {
        for (node, _) in &targets[q] {
            match *node {
                Node::Question(to) if !reached[to] => {
                    reached[to] = true;
                    stack.push(to);
                }
                Node::Ending(e) => ended[e] = true,
                Node::Question(_) => {}
            }
        }
    }
    let from = &doc.start.value;
    for (question, _) in doc.questions.iter().zip(&reached).filter(|(_, r)| !**r) {
        found.push(
            Diagnostic::new(
                Code::UnreachableQuestion,
                question.id.span,
                Phrase::text_with(
                    "finding-unreachable-question",
                    &[
                        ("start", Arg::from(from.as_str())),
                        ("question", Arg::from(question.id.value.as_str())),
                    ],
                ),
            )
            .with_help(Some(Phrase::text("finding-unreachable-help"))),
        );
    }
    for (ending, _) in doc.endings.iter().zip(&ended).filter(|(_, r)| !**r) {
        found.push(
            Diagnostic::new(
                Code::UnreachableEnding,
                ending.id.span,
                Phrase::text_with(
                    "finding-unreachable-ending",
                    &[
                        ("start", Arg::from(from.as_str())),
                        ("ending", Arg::from(ending.id.value.as_str())),
                    ],
                ),
            )
            .with_help(Some(Phrase::text("finding-unreachable-help"))),
        );
    }
    found
}

/// Every cycle among questions, each as its path (first node repeated at the end) and the
/// place of the `next` that closes it. Iterative, so deep scenarios cannot overflow the stack.
pub(super) fn find_cycles(edges: &[Vec<(usize, Span)>]) -> Vec<(Vec<usize>, Span)> {
    const NEW: u8 = 0;
    const OPEN: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; edges.len()];
    let mut cycles = Vec::new();
    for root in 0..edges.len() {
        if state[root] != NEW {
            continue;
        }
        state[root] = OPEN;
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(top) = stack.last_mut() {
            let (node, cursor) = *top;
            if let Some(&(to, span)) = edges[node].get(cursor) {
                top.1 += 1;
                match state[to] {
                    NEW => {
                        state[to] = OPEN;
                        stack.push((to, 0));
                    }
                    OPEN => {
                        let from = stack.iter().position(|(n, _)| *n == to).unwrap_or(0);
                        let mut path: Vec<usize> = stack[from..].iter().map(|(n, _)| *n).collect();
                        path.push(to);
                        cycles.push((path, span));
                    }
                    _ => {}
                }
            } else {
                state[node] = DONE;
                stack.pop();
            }
        }
    }
    cycles
}
