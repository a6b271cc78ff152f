//! Turns a parsed document into a checked [`Scenario`] plus every finding about it.
//!
//! This is the only place that checks references; everything after it trusts the scenario.
//! `Analyser` walks the document once, each concern in a file of its own: [`ids`],
//! `references`, `conditions`, `texts` (and citations), `golden_tests`, and `building` the
//! scenario; then the question graph (`question_graph`) and what conditions allow along real
//! walks (`flow`).

mod building;
mod conditions;
mod flow;
mod golden_tests;
pub mod ids;
mod question_graph;
mod references;
mod texts;

use indexmap::IndexMap;
use rustc_hash::FxBuildHasher;

/// An insertion-ordered map with a fast hasher (ids are not attacker-chosen keys for a
/// long-running service; speed matters on large scenarios).
type FxIndexMap<K, V> = IndexMap<K, V, FxBuildHasher>;

use crate::check::source_files::SourceFiles;
use crate::check::source_text::SourceText;
use crate::diagnostic::{Code, Diagnostic, Severity, Span};
use crate::load::catalog;
use crate::load::document::Document;
use crate::load::scenario_file::ScenarioFile;
use crate::load::split;
use crate::scenario::{Ending, GoldenTest, Question, Recommendation, Scenario};
use crate::text::phrase::Phrase;

pub use flow::{Site, SiteKind};

/// Words conditions use as operators, so no question may have them as ids.
const RESERVED: [&str; 3] = ["all", "any", "not"];

/// The format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// Parses and analyses a scenario file, checking citations against `source` when given.
/// Every unknown or repeated key is reported, and the rest of the file still analysed.
pub fn check_file(file: &ScenarioFile, source: Option<&SourceText>) -> Analysis {
    check_file_against(
        file,
        match source {
            Some(text) => Against::Text(text),
            None => Against::Nothing,
        },
    )
}

/// What a scenario's citations are checked against.
#[derive(Debug)]
pub enum Against<'a> {
    /// This essay, whatever the scenario names.
    Text(&'a SourceText),
    /// The essay the scenario names in `source.file`, read with this; nothing when it names
    /// none.
    Named(&'a mut dyn SourceFiles),
    /// No essay: paragraphs and quotes are checked only for what needs no text.
    Nothing,
}

/// Parses and analyses a scenario file, checking citations against the essay `against`
/// says. A `source.file` that cannot be read is `unreadable-source`, and the rest is checked
/// as without an essay.
pub fn check_file_against(file: &ScenarioFile, against: Against<'_>) -> Analysis {
    let (document, mut diagnostics) = split::parse_document(&file.text);
    let Some(document) = document else {
        return Analysis {
            scenario: None,
            diagnostics,
            checked_quotes: false,
        };
    };
    let named: SourceText;
    let source = match against {
        Against::Text(text) => Some(text),
        Against::Nothing => None,
        Against::Named(files) => match &document.source.file {
            None => None,
            Some(path) => match files.read(file, &path.value) {
                Ok(text) => {
                    named = SourceText::parse(&text);
                    Some(&named)
                }
                Err(reason) => {
                    diagnostics.push(
                        Diagnostic::new(Code::UnreadableSource, path.span, reason)
                            .with_help(Some(Phrase::text("finding-unreadable-source-help"))),
                    );
                    None
                }
            },
        },
    };
    let analysis = analyse(document, source);
    let errors = diagnostics.iter().any(|d| d.severity() == Severity::Error);
    let scenario = analysis.scenario.filter(|_| !errors);
    diagnostics.extend(analysis.diagnostics);
    diagnostics.sort_by_key(|d| d.span);
    Analysis {
        scenario,
        diagnostics,
        checked_quotes: analysis.checked_quotes,
    }
}

/// The default built-in scenario, checked. It is tested to be valid, so this cannot fail.
pub fn built_in_scenario() -> Scenario {
    catalog::built_in_files()
        .first()
        .and_then(|file| check_file(file, None).scenario)
        .unwrap_or_else(|| unreachable!("the built-in scenario is tested to be valid"))
}

/// What the analyser found: the scenario when it has no errors, and every finding.
#[derive(Debug)]
pub struct Analysis {
    /// The checked scenario; `None` when any finding is an error.
    pub scenario: Option<Scenario>,
    /// Every finding, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the citations were checked against an essay's text.
    pub checked_quotes: bool,
}

/// Checks a document, and its citations against `source` when given. The document's texts
/// move into the scenario rather than being copied: large scenarios are mostly text.
pub fn analyse(doc: Document, source: Option<&SourceText>) -> Analysis {
    let mut analyser = Analyser {
        found: Vec::new(),
        source,
        sites: Vec::new(),
    };
    let shaped = analyser.run(&doc);
    // Walks can only be followed once every reference resolves and no cycle remains.
    let walkable = !analyser
        .found
        .iter()
        .any(|d| d.severity() == Severity::Error);
    let spans = (
        doc.questions
            .iter()
            .map(|q| q.id.span)
            .collect::<Vec<Span>>(),
        doc.endings.iter().map(|e| e.id.span).collect::<Vec<Span>>(),
        doc.recommendations
            .iter()
            .map(|r| r.id.span)
            .collect::<Vec<Span>>(),
    );
    // Where each test's answers stand: a built test keeps every answer, in the file's order.
    let answer_spans: Vec<Vec<Span>> = doc
        .tests
        .iter()
        .map(|t| t.answers.value.keys().map(|q| q.span).collect())
        .collect();
    let scenario = shaped
        .filter(|_| walkable)
        .map(|s| building::with_texts(s, doc));
    if let Some(scenario) = &scenario {
        let found = flow::check(scenario, &analyser.sites, &spans.0, &spans.1, &spans.2);
        analyser.found.extend(found);
        analyser
            .found
            .extend(golden_tests::skipped_answers(scenario, &answer_spans));
    }
    let mut diagnostics = analyser.found;
    diagnostics.sort_by_key(|d| d.span);
    let has_errors = diagnostics.iter().any(|d| d.severity() == Severity::Error);
    Analysis {
        scenario: scenario.filter(|_| !has_errors),
        diagnostics,
        checked_quotes: source.is_some(),
    }
}

/// A node a `next`, `otherwise` or `start` can name: questions and endings share one
/// namespace.
#[derive(Clone, Copy, Debug)]
enum Node {
    Question(usize),
    Ending(usize),
}

/// The ids a document defines, for resolving references.
struct Names<'d> {
    /// Questions and endings.
    nodes: FxIndexMap<&'d str, (Node, Span)>,
    /// Recommendations.
    recommendations: FxIndexMap<&'d str, (usize, Span)>,
    /// Per question, its choice ids in order (a repeated id resolves to the first).
    choices: Vec<Vec<&'d str>>,
}

impl Names<'_> {
    fn choice(&self, question: usize, id: &str) -> Option<usize> {
        self.choices[question].iter().position(|c| *c == id)
    }

    fn question(&self, id: &str) -> Option<usize> {
        match self.nodes.get(id) {
            Some((Node::Question(q), _)) => Some(*q),
            _ => None,
        }
    }

    fn question_ids(&self) -> impl Iterator<Item = &str> + Clone {
        self.nodes
            .iter()
            .filter(|(_, (node, _))| matches!(node, Node::Question(_)))
            .map(|(id, _)| *id)
    }
}

/// A problem that was already reported, so the item cannot be built.
#[derive(Debug)]
struct Reported;

struct Analyser<'a> {
    found: Vec<Diagnostic>,
    source: Option<&'a SourceText>,
    /// Where each condition stands, for the checks along walks.
    sites: Vec<Site>,
}

impl Analyser<'_> {
    fn report(&mut self, diagnostic: Diagnostic) {
        self.found.push(diagnostic);
    }

    fn run(&mut self, doc: &Document) -> Option<Scenario> {
        self.check_metadata(doc);
        let names = Names {
            nodes: self.node_ids(doc),
            recommendations: self.recommendation_ids(doc),
            choices: self.choice_ids(doc),
        };
        let start = self.resolve_start(doc, &names.nodes);
        let questions: Vec<Option<Question>> = doc
            .questions
            .iter()
            .enumerate()
            .map(|(q, question)| self.question(q, question, &names))
            .collect();
        let endings: Vec<Option<Ending>> = doc
            .endings
            .iter()
            .enumerate()
            .map(|(e, ending)| self.ending(e, ending, &names))
            .collect();
        let recommendations: Vec<Recommendation> = doc
            .recommendations
            .iter()
            .map(|r| self.recommendation(r))
            .collect();
        let tests: Vec<Option<GoldenTest>> = doc
            .tests
            .iter()
            .enumerate()
            .map(|(i, test)| self.test(i, test, &names))
            .collect();

        self.found.extend(question_graph::check(doc, start, |name| {
            names.nodes.get(name).map(|(n, _)| *n)
        }));
        self.check_unused(doc, &names.recommendations);

        Some(building::build(
            doc,
            start?,
            questions.into_iter().collect::<Option<_>>()?,
            endings.into_iter().collect::<Option<_>>()?,
            recommendations,
            tests.into_iter().collect::<Option<_>>()?,
        ))
    }
}

#[cfg(test)]
mod analyser_tests;
