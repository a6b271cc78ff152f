//! Turns a parsed document into a checked [`Scenario`] plus every finding about it.
//!
//! This is the only place that checks references; everything after it trusts the scenario.

use std::collections::HashSet;

use indexmap::IndexMap;

use crate::diagnostic::{Code, Diagnostic, Severity, Span};
use crate::document::{BasisDoc, ChoiceDoc, CiteDoc, Document, RecommendationDoc};
use crate::scenario::{
    Basis, Choice, Cite, Ending, Next, Question, Recommendation, Scenario, Source,
};
use crate::source_text::{self, SourceText};
use crate::suggest;
use crate::yaml::Spanned;

/// The format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// What the analyser found: the scenario when it has no errors, and every finding.
#[derive(Debug)]
pub struct Analysis {
    /// The checked scenario; `None` when any finding is an error.
    pub scenario: Option<Scenario>,
    /// Every finding, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks a document, and its citations against `source` when given.
pub fn analyse(doc: &Document, source: Option<&SourceText>) -> Analysis {
    let mut analyser = Analyser {
        found: Vec::new(),
        source,
    };
    let scenario = analyser.run(doc);
    let mut diagnostics = analyser.found;
    diagnostics.sort_by_key(|d| d.span);
    let has_errors = diagnostics.iter().any(|d| d.severity() == Severity::Error);
    Analysis {
        scenario: scenario.filter(|_| !has_errors),
        diagnostics,
    }
}

/// A choice as written, with its resolved recommendations and destination.
type ResolvedChoice<'d> = (&'d ChoiceDoc, Vec<usize>, Option<Next>);

/// A node a `next` or `start` can name: questions and endings share one namespace.
#[derive(Clone, Copy, Debug)]
enum Node {
    Question(usize),
    Ending(usize),
}

struct Analyser<'a> {
    found: Vec<Diagnostic>,
    source: Option<&'a SourceText>,
}

impl Analyser<'_> {
    fn report(&mut self, diagnostic: Diagnostic) {
        self.found.push(diagnostic);
    }

    fn run(&mut self, doc: &Document) -> Option<Scenario> {
        self.check_metadata(doc);
        let nodes = self.node_ids(doc);
        let recommendation_ids = self.recommendation_ids(doc);
        let start = self.resolve_start(doc, &nodes);

        let mut questions = Vec::with_capacity(doc.questions.len());
        for question in &doc.questions {
            self.text(&question.prompt, "`prompt`");
            self.optional_text(question.context.as_ref(), "`context`");
            let count = question.choices.value.len();
            if count < 2 {
                self.report(
                    Diagnostic::new(
                        Code::TooFewChoices,
                        question.id.span,
                        format!(
                            "question `{}` has {count} choice{}; a question needs at least two",
                            question.id.value,
                            if count == 1 { "" } else { "s" }
                        ),
                    )
                    .with_help(Some(
                        "add a choice, or fold the question into the one before it".to_owned(),
                    )),
                );
            }
            let mut seen: IndexMap<&str, Span> = IndexMap::new();
            let mut choices = Vec::with_capacity(count);
            for choice in &question.choices.value {
                self.id(&choice.id, "choice id", is_snake_case, "snake_case");
                if let Some(first) = seen.get(choice.id.value.as_str()) {
                    self.duplicate(&choice.id, "choice", *first);
                } else {
                    seen.insert(&choice.id.value, choice.id.span);
                }
                self.text(&choice.label, "`label`");
                let recommends = self.resolve_recommends(&choice.recommends, &recommendation_ids);
                let next = self.resolve_next(&question.id.value, choice, &nodes);
                choices.push((choice, recommends, next));
            }
            questions.push(choices);
        }

        let endings: Vec<_> = doc
            .endings
            .iter()
            .map(|ending| {
                self.optional_text(ending.headline.as_ref(), "`headline`");
                self.resolve_recommends(&ending.recommends, &recommendation_ids)
            })
            .collect();

        let recommendations: Vec<_> = doc
            .recommendations
            .iter()
            .map(|r| self.recommendation(r))
            .collect();

        self.check_graph(doc, &questions, start);
        self.check_unused(doc, &recommendation_ids);

        build(doc, start?, questions, endings, recommendations)
    }

    fn check_metadata(&mut self, doc: &Document) {
        if doc.format.value != FORMAT_VERSION {
            self.report(
                Diagnostic::new(
                    Code::UnsupportedFormat,
                    doc.format.span,
                    format!("unsupported format version `{}`", doc.format.value),
                )
                .with_help(Some(format!(
                    "this version of stance reads `format: {FORMAT_VERSION}`"
                ))),
            );
        }
        self.id(&doc.id, "scenario id", is_kebab_case, "kebab-case");
        self.text(&doc.title, "`title`");
        self.optional_text(doc.summary.as_ref(), "`summary`");
        self.text(&doc.source.author, "`source.author`");
        self.text(&doc.source.title, "`source.title`");
        for (field, name) in [
            (&doc.source.publisher, "`source.publisher`"),
            (&doc.source.date, "`source.date`"),
            (&doc.source.url, "`source.url`"),
            (&doc.source.note, "`source.note`"),
        ] {
            self.optional_text(field.as_ref(), name);
        }
    }

    /// Question and ending ids, which share a namespace, in author order.
    fn node_ids<'d>(&mut self, doc: &'d Document) -> IndexMap<&'d str, (Node, Span)> {
        let mut nodes = IndexMap::new();
        let questions = doc
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (&q.id, Node::Question(i), "question id"));
        let endings = doc
            .endings
            .iter()
            .enumerate()
            .map(|(i, e)| (&e.id, Node::Ending(i), "ending id"));
        for (id, node, what) in questions.chain(endings) {
            self.id(id, what, is_snake_case, "snake_case");
            if let Some((_, first)) = nodes.get(id.value.as_str()) {
                self.duplicate(id, "question or ending", *first);
            } else {
                nodes.insert(id.value.as_str(), (node, id.span));
            }
        }
        nodes
    }

    fn recommendation_ids<'d>(&mut self, doc: &'d Document) -> IndexMap<&'d str, (usize, Span)> {
        let mut ids = IndexMap::new();
        for (i, recommendation) in doc.recommendations.iter().enumerate() {
            let id = &recommendation.id;
            self.id(id, "recommendation id", is_snake_case, "snake_case");
            if let Some((_, first)) = ids.get(id.value.as_str()) {
                self.duplicate(id, "recommendation", *first);
            } else {
                ids.insert(id.value.as_str(), (i, id.span));
            }
        }
        ids
    }

    fn resolve_start(
        &mut self,
        doc: &Document,
        nodes: &IndexMap<&str, (Node, Span)>,
    ) -> Option<usize> {
        let start = &doc.start;
        let (message, label) = match nodes.get(start.value.as_str()) {
            Some((Node::Question(i), _)) => return Some(*i),
            Some((Node::Ending(_), _)) => ("which is an ending, not a question", "an ending"),
            None => ("which is not a question", "no question has this id"),
        };
        self.report(
            Diagnostic::new(
                Code::DanglingStart,
                start.span,
                format!("`start` names `{}`, {message}", start.value),
            )
            .with_label(label)
            .with_help(Some(suggest::help(
                &start.value,
                "questions",
                doc.questions.iter().map(|q| q.id.value.as_str()),
            ))),
        );
        None
    }

    fn resolve_next(
        &mut self,
        question: &str,
        choice: &ChoiceDoc,
        nodes: &IndexMap<&str, (Node, Span)>,
    ) -> Option<Next> {
        let next = &choice.next;
        if let Some((node, _)) = nodes.get(next.value.as_str()) {
            return Some(match node {
                Node::Question(i) => Next::Question(*i),
                Node::Ending(i) => Next::Ending(*i),
            });
        }
        self.report(
            Diagnostic::new(
                Code::DanglingNext,
                next.span,
                format!(
                    "choice `{}` of question `{question}` leads to `{}`, which is neither a question nor an ending",
                    choice.id.value, next.value
                ),
            )
            .with_label("no question or ending has this id")
            .with_help(Some(suggest::help(
                &next.value,
                "questions and endings",
                nodes.keys().copied(),
            ))),
        );
        None
    }

    fn resolve_recommends(
        &mut self,
        names: &[Spanned<String>],
        ids: &IndexMap<&str, (usize, Span)>,
    ) -> Vec<usize> {
        let mut resolved = Vec::with_capacity(names.len());
        for name in names {
            match ids.get(name.value.as_str()) {
                Some((i, _)) if resolved.contains(i) => self.report(
                    Diagnostic::new(
                        Code::RepeatedRecommendation,
                        name.span,
                        format!("`{}` is recommended twice in one list", name.value),
                    )
                    .with_help(Some("remove the second mention".to_owned())),
                ),
                Some((i, _)) => resolved.push(*i),
                None => self.report(
                    Diagnostic::new(
                        Code::DanglingRecommendation,
                        name.span,
                        format!("no recommendation has the id `{}`", name.value),
                    )
                    .with_label("not defined under `recommendations`")
                    .with_help(Some(suggest::help(
                        &name.value,
                        "recommendations",
                        ids.keys().copied(),
                    ))),
                ),
            }
        }
        resolved
    }

    fn recommendation(&mut self, doc: &RecommendationDoc) -> Recommendation {
        self.text(&doc.text, "`text`");
        self.text(&doc.rationale, "`rationale`");
        if doc.cites.is_empty() {
            self.report(
                Diagnostic::new(
                    Code::UncitedRecommendation,
                    doc.id.span,
                    format!("recommendation `{}` cites nothing", doc.id.value),
                )
                .with_help(Some(
                    "add `cites:` with the paragraph and a short verbatim quote".to_owned(),
                )),
            );
        }
        for cite in &doc.cites {
            self.cite(cite);
        }
        Recommendation {
            id: doc.id.value.clone(),
            text: doc.text.value.trim().to_owned(),
            rationale: doc.rationale.value.trim().to_owned(),
            basis: match doc.basis {
                BasisDoc::Explicit => Basis::Explicit,
                BasisDoc::Inferred => Basis::Inferred,
            },
            cites: doc
                .cites
                .iter()
                .map(|c| Cite {
                    paragraph: c.paragraph.value,
                    quote: c.quote.value.trim().to_owned(),
                })
                .collect(),
        }
    }

    fn cite(&mut self, cite: &CiteDoc) {
        let paragraph = cite.paragraph.value;
        if paragraph == 0 {
            self.report(
                Diagnostic::new(
                    Code::UnknownParagraph,
                    cite.paragraph.span,
                    "paragraph 0 does not exist",
                )
                .with_help(Some("body paragraphs are numbered from 1".to_owned())),
            );
        }
        if !self.text(&cite.quote, "`quote`") {
            return;
        }
        if source_text::spans_sentences(&cite.quote.value) {
            self.report(
                Diagnostic::new(
                    Code::LongQuote,
                    cite.quote.span,
                    "this quote runs over more than one sentence",
                )
                .with_help(Some("quote one sentence at most, or less".to_owned())),
            );
        }
        let Some(source) = self.source else { return };
        match source.quote_in(paragraph, &cite.quote.value) {
            None if paragraph > 0 => self.report(
                Diagnostic::new(
                    Code::UnknownParagraph,
                    cite.paragraph.span,
                    format!(
                        "¶{paragraph} does not exist: the source has {} body paragraphs",
                        source.len()
                    ),
                )
                .with_help(Some(
                    "titles, bylines and headings are not counted as paragraphs".to_owned(),
                )),
            ),
            Some(true) | None => {}
            Some(false) => {
                let elsewhere = source.find(&cite.quote.value);
                let help = match elsewhere.first() {
                    Some(n) => format!("the quote is in ¶{n}; did you mean `paragraph: {n}`?"),
                    None => "no paragraph of the source contains it; copy the words verbatim \
                             (whitespace, quote marks and dashes may differ)"
                        .to_owned(),
                };
                self.report(
                    Diagnostic::new(
                        Code::Misquote,
                        cite.quote.span,
                        format!("this quote is not in ¶{paragraph} of the source"),
                    )
                    .with_help(Some(help)),
                );
            }
        }
    }

    fn check_graph(
        &mut self,
        doc: &Document,
        questions: &[Vec<ResolvedChoice<'_>>],
        start: Option<usize>,
    ) {
        let edges: Vec<Vec<(usize, Span)>> = questions
            .iter()
            .map(|choices| {
                let mut targets: Vec<(usize, Span)> = Vec::new();
                for (choice, _, next) in choices {
                    if let Some(Next::Question(to)) = next
                        && !targets.iter().any(|(t, _)| t == to)
                    {
                        targets.push((*to, choice.next.span));
                    }
                }
                targets
            })
            .collect();
        let ids: Vec<&str> = doc.questions.iter().map(|q| q.id.value.as_str()).collect();
        for (cycle, span) in find_cycles(&edges) {
            let path: Vec<&str> = cycle.iter().map(|&q| ids[q]).collect();
            self.report(
                Diagnostic::new(
                    Code::Cycle,
                    span,
                    format!("questions form a cycle: {}", path.join(" -> ")),
                )
                .with_label(format!("leads back to `{}`", path[0]))
                .with_help(Some(
                    "every walk must reach an ending; point this `next` at a later question or an ending"
                        .to_owned(),
                )),
            );
        }

        let Some(start) = start else { return };
        let mut reached = vec![false; questions.len()];
        let mut ended = vec![false; doc.endings.len()];
        let mut queue = vec![start];
        reached[start] = true;
        while let Some(q) = queue.pop() {
            for (_, _, next) in &questions[q] {
                match next {
                    Some(Next::Question(to)) if !reached[*to] => {
                        reached[*to] = true;
                        queue.push(*to);
                    }
                    Some(Next::Ending(e)) => ended[*e] = true,
                    _ => {}
                }
            }
        }
        for (question, _) in doc.questions.iter().zip(&reached).filter(|(_, r)| !**r) {
            self.report(
                Diagnostic::new(
                    Code::UnreachableQuestion,
                    question.id.span,
                    format!(
                        "no walk from `{}` reaches question `{}`",
                        doc.start.value, question.id.value
                    ),
                )
                .with_help(Some(
                    "point a choice's `next` at it, or remove it".to_owned(),
                )),
            );
        }
        for (ending, _) in doc.endings.iter().zip(&ended).filter(|(_, r)| !**r) {
            self.report(
                Diagnostic::new(
                    Code::UnreachableEnding,
                    ending.id.span,
                    format!(
                        "no walk from `{}` reaches ending `{}`",
                        doc.start.value, ending.id.value
                    ),
                )
                .with_help(Some(
                    "point a choice's `next` at it, or remove it".to_owned(),
                )),
            );
        }
    }

    fn check_unused(&mut self, doc: &Document, ids: &IndexMap<&str, (usize, Span)>) {
        let mut used: HashSet<&str> = HashSet::new();
        let choices = doc.questions.iter().flat_map(|q| &q.choices.value);
        for names in choices
            .map(|c| &c.recommends)
            .chain(doc.endings.iter().map(|e| &e.recommends))
        {
            used.extend(names.iter().map(|n| n.value.as_str()));
        }
        for (id, (_, span)) in ids {
            if !used.contains(id) {
                self.report(
                    Diagnostic::new(
                        Code::UnusedRecommendation,
                        *span,
                        format!("no choice or ending recommends `{id}`"),
                    )
                    .with_help(Some(
                        "add it to a `recommends` list, or remove it".to_owned(),
                    )),
                );
            }
        }
    }

    /// Reports an empty text; true when the text says something.
    fn text(&mut self, text: &Spanned<String>, what: &str) -> bool {
        if text.value.trim().is_empty() {
            self.report(Diagnostic::new(
                Code::EmptyText,
                text.span,
                format!("{what} is empty"),
            ));
            return false;
        }
        true
    }

    fn optional_text(&mut self, text: Option<&Spanned<String>>, what: &str) {
        if let Some(text) = text {
            self.text(text, what);
        }
    }

    fn id(&mut self, id: &Spanned<String>, what: &str, rule: fn(&str) -> bool, style: &str) {
        if !rule(&id.value) {
            let example = if style == "kebab-case" {
                "`korea-us-alliance`"
            } else {
                "`nk_provocation`"
            };
            self.report(
                Diagnostic::new(
                    Code::InvalidId,
                    id.span,
                    format!("{what} `{}` is not {style}", id.value),
                )
                .with_help(Some(format!(
                    "use lower-case letters, digits and {}, starting with a letter, like {example}",
                    if style == "kebab-case" { "`-`" } else { "`_`" }
                ))),
            );
        }
    }

    fn duplicate(&mut self, id: &Spanned<String>, what: &str, first: Span) {
        self.report(
            Diagnostic::new(
                Code::DuplicateId,
                id.span,
                format!("{what} id `{}` is defined twice", id.value),
            )
            .with_label("defined again here")
            .with_help(Some(format!(
                "first defined at line {}, column {}; ids must be unique",
                first.line, first.column
            ))),
        );
    }
}

fn build(
    doc: &Document,
    start: usize,
    questions: Vec<Vec<ResolvedChoice<'_>>>,
    endings: Vec<Vec<usize>>,
    recommendations: Vec<Recommendation>,
) -> Option<Scenario> {
    let text = |s: &Spanned<String>| s.value.trim().to_owned();
    let optional = |s: &Option<Spanned<String>>| s.as_ref().map(text);
    let questions = doc
        .questions
        .iter()
        .zip(questions)
        .map(|(q, choices)| {
            let choices = choices
                .into_iter()
                .map(|(c, recommends, next)| {
                    Some(Choice {
                        id: c.id.value.clone(),
                        label: text(&c.label),
                        recommends,
                        next: next?,
                    })
                })
                .collect::<Option<Vec<_>>>()?;
            Some(Question {
                id: q.id.value.clone(),
                prompt: text(&q.prompt),
                context: optional(&q.context),
                choices,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let endings = doc
        .endings
        .iter()
        .zip(endings)
        .map(|(e, recommends)| Ending {
            id: e.id.value.clone(),
            headline: optional(&e.headline),
            recommends,
        })
        .collect();
    Some(Scenario {
        id: doc.id.value.clone(),
        title: text(&doc.title),
        summary: optional(&doc.summary),
        source: Source {
            author: text(&doc.source.author),
            title: text(&doc.source.title),
            publisher: optional(&doc.source.publisher),
            date: optional(&doc.source.date),
            url: optional(&doc.source.url),
            note: optional(&doc.source.note),
        },
        start,
        questions,
        recommendations,
        endings,
    })
}

/// Every cycle among questions, each as its path (first node repeated at the end) and the
/// place of the `next` that closes it. Iterative, so deep scenarios cannot overflow the stack.
fn find_cycles(edges: &[Vec<(usize, Span)>]) -> Vec<(Vec<usize>, Span)> {
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

/// `snake_case`: lower-case letters and digits joined by single underscores, starting with a
/// letter.
pub fn is_snake_case(id: &str) -> bool {
    is_cased(id, '_')
}

/// `kebab-case`: lower-case letters and digits joined by single hyphens, starting with a
/// letter.
pub fn is_kebab_case(id: &str) -> bool {
    is_cased(id, '-')
}

fn is_cased(id: &str, separator: char) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with(separator)
        && !id.contains(&format!("{separator}{separator}"))
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == separator)
}

#[cfg(test)]
mod tests;
