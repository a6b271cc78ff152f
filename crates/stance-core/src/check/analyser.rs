//! Turns a parsed document into a checked [`Scenario`] plus every finding about it.
//!
//! This is the only place that checks references; everything after it trusts the scenario.
//! Ids, texts and citations are checked here, the question graph in [`question_graph`], and what
//! conditions allow along real walks in [`flow`].

mod flow;
mod question_graph;

use indexmap::IndexMap;
use rustc_hash::{FxBuildHasher, FxHashSet};

/// An insertion-ordered map with a fast hasher (ids are not attacker-chosen keys for a
/// long-running service; speed matters on large scenarios).
type FxIndexMap<K, V> = IndexMap<K, V, FxBuildHasher>;

use crate::check::source_text::{self, SourceText};
use crate::diagnostic::{Code, Diagnostic, Severity, Span};
use crate::load::catalog;
use crate::load::document::{
    BasisDoc, ChoiceDoc, CiteDoc, ConditionDoc, Document, EndingDoc, QuestionDoc, RecommendDoc,
    RecommendationDoc, TermDoc, TestDoc,
};
use crate::load::scenario_file::ScenarioFile;
use crate::load::split;
use crate::load::yaml::Spanned;
use crate::scenario::condition::Condition;
use crate::scenario::index::{ChoiceIx, EndingIx, QuestionIx, RecommendationIx};
use crate::scenario::{
    Basis, Choice, Cite, Ending, Gate, GoldenTest, Next, Question, Recommendation, Recommends,
    Scenario, Source,
};
use crate::text::suggest;

pub use flow::{Site, SiteKind};

/// Words conditions use as operators, so no question may have them as ids.
const RESERVED: [&str; 3] = ["all", "any", "not"];

/// The format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// Parses and analyses a scenario file, checking citations against `source` when given.
/// Every unknown or repeated key is reported, and the rest of the file still analysed.
pub fn check_file(file: &ScenarioFile, source: Option<&SourceText>) -> Analysis {
    let (document, mut diagnostics) = split::parse_document(&file.text);
    let Some(document) = document else {
        return Analysis {
            scenario: None,
            diagnostics,
        };
    };
    let analysis = analyse(document, source);
    let scenario = analysis.scenario.filter(|_| diagnostics.is_empty());
    diagnostics.extend(analysis.diagnostics);
    diagnostics.sort_by_key(|d| d.span);
    Analysis {
        scenario,
        diagnostics,
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
    let scenario = shaped.filter(|_| walkable).map(|s| with_texts(s, doc));
    if let Some(scenario) = &scenario {
        let found = flow::check(scenario, &analyser.sites, &spans.0, &spans.1, &spans.2);
        analyser.found.extend(found);
    }
    let mut diagnostics = analyser.found;
    diagnostics.sort_by_key(|d| d.span);
    let has_errors = diagnostics.iter().any(|d| d.severity() == Severity::Error);
    Analysis {
        scenario: scenario.filter(|_| !has_errors),
        diagnostics,
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

        Some(build(
            doc,
            start?,
            questions.into_iter().collect::<Option<_>>()?,
            endings.into_iter().collect::<Option<_>>()?,
            recommendations,
            tests.into_iter().collect::<Option<_>>()?,
        ))
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
    fn node_ids<'d>(&mut self, doc: &'d Document) -> FxIndexMap<&'d str, (Node, Span)> {
        let mut nodes = FxIndexMap::default();
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
            if matches!(node, Node::Question(_)) && RESERVED.contains(&id.value.as_str()) {
                self.report(
                    Diagnostic::new(
                        Code::InvalidId,
                        id.span,
                        format!("question id `{}` is reserved", id.value),
                    )
                    .with_help(Some(
                        "conditions read `all`, `any` and `not` as operators; choose another id"
                            .to_owned(),
                    )),
                );
            }
            if let Some((_, first)) = nodes.get(id.value.as_str()) {
                self.duplicate(id, "question or ending", *first);
            } else {
                nodes.insert(id.value.as_str(), (node, id.span));
            }
        }
        nodes
    }

    fn recommendation_ids<'d>(&mut self, doc: &'d Document) -> FxIndexMap<&'d str, (usize, Span)> {
        let mut ids = FxIndexMap::default();
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

    /// Each question's choice ids; reports bad and repeated ones.
    fn choice_ids<'d>(&mut self, doc: &'d Document) -> Vec<Vec<&'d str>> {
        let mut all = Vec::with_capacity(doc.questions.len());
        for question in &doc.questions {
            let choices = &question.choices.value;
            let mut ids: Vec<&str> = Vec::with_capacity(choices.len());
            for choice in choices {
                self.id(&choice.id, "choice id", is_snake_case, "snake_case");
                if let Some(first) = ids.iter().position(|id| *id == choice.id.value) {
                    self.duplicate(&choice.id, "choice", choices[first].id.span);
                }
                ids.push(&choice.id.value);
            }
            all.push(ids);
        }
        all
    }

    fn resolve_start(
        &mut self,
        doc: &Document,
        nodes: &FxIndexMap<&str, (Node, Span)>,
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

    /// Resolves a `next` or `otherwise` name.
    fn resolve_node(
        &mut self,
        name: &Spanned<String>,
        nodes: &FxIndexMap<&str, (Node, Span)>,
        what: impl FnOnce() -> String,
    ) -> Option<Next> {
        if let Some((node, _)) = nodes.get(name.value.as_str()) {
            return Some(match node {
                Node::Question(i) => Next::Question(QuestionIx::new(*i)),
                Node::Ending(i) => Next::Ending(EndingIx::new(*i)),
            });
        }
        self.report(
            Diagnostic::new(
                Code::DanglingNext,
                name.span,
                format!(
                    "{} leads to `{}`, which is neither a question nor an ending",
                    what(),
                    name.value
                ),
            )
            .with_label("no question or ending has this id")
            .with_help(Some(suggest::help(
                &name.value,
                "questions and endings",
                nodes.keys().copied(),
            ))),
        );
        None
    }

    fn question(&mut self, q: usize, doc: &QuestionDoc, names: &Names<'_>) -> Option<Question> {
        self.text(&doc.prompt, "`prompt`");
        self.optional_text(doc.context.as_ref(), "`context`");
        let count = doc.choices.value.len();
        if count < 2 {
            self.report(
                Diagnostic::new(
                    Code::TooFewChoices,
                    doc.id.span,
                    format!(
                        "question `{}` has {count} choice{}; a question needs at least two",
                        doc.id.value,
                        if count == 1 { "" } else { "s" }
                    ),
                )
                .with_help(Some(
                    "add a choice, or fold the question into the one before it".to_owned(),
                )),
            );
        }
        let gate = self.gate(q, doc, names);
        let choices: Vec<Option<Choice>> = doc
            .choices
            .value
            .iter()
            .enumerate()
            .map(|(c, choice)| self.choice(q, c, &doc.id.value, choice, names))
            .collect();
        for prompt in &doc.discussion {
            self.text(prompt, "a `discussion` prompt");
        }
        self.optional_text(doc.facilitator_notes.as_ref(), "`facilitator_notes`");
        // The texts move in later, by `with_texts`.
        Some(Question {
            id: String::new(),
            prompt: String::new(),
            context: None,
            discussion: Vec::new(),
            facilitator_notes: None,
            gate: gate.ok()?,
            choices: choices.into_iter().collect::<Option<_>>()?,
        })
    }

    /// A question's `when` and `otherwise`: both or neither. `Err` when either is reported.
    fn gate(
        &mut self,
        q: usize,
        doc: &QuestionDoc,
        names: &Names<'_>,
    ) -> Result<Option<Gate>, Reported> {
        let id = &doc.id.value;
        match (&doc.when, &doc.otherwise) {
            (None, None) => Ok(None),
            (Some(when), None) => {
                self.report(
                    Diagnostic::new(
                        Code::IncompleteGate,
                        when.span,
                        format!("question `{id}` has `when` but no `otherwise`"),
                    )
                    .with_help(Some(
                        "add `otherwise:` naming where the walk goes when the question is skipped"
                            .to_owned(),
                    )),
                );
                self.condition(when, names);
                Err(Reported)
            }
            (None, Some(otherwise)) => {
                self.report(
                    Diagnostic::new(
                        Code::IncompleteGate,
                        otherwise.span,
                        format!("question `{id}` has `otherwise` but no `when`"),
                    )
                    .with_help(Some(
                        "add `when:` with the condition for asking it, or remove `otherwise`"
                            .to_owned(),
                    )),
                );
                Err(Reported)
            }
            (Some(when), Some(otherwise)) => {
                let condition = self.condition(when, names);
                let target = self.resolve_node(otherwise, &names.nodes, || {
                    format!("`otherwise` of question `{id}`")
                });
                self.sites.push(Site {
                    kind: SiteKind::Gate(QuestionIx::new(q)),
                    span: when.span,
                });
                match (condition, target) {
                    (Some(when), Some(otherwise)) => Ok(Some(Gate { when, otherwise })),
                    _ => Err(Reported),
                }
            }
        }
    }

    fn choice(
        &mut self,
        q: usize,
        c: usize,
        question: &str,
        doc: &ChoiceDoc,
        names: &Names<'_>,
    ) -> Option<Choice> {
        self.text(&doc.label, "`label`");
        let when = match &doc.when {
            Some(when) => {
                self.sites.push(Site {
                    kind: SiteKind::Choice(QuestionIx::new(q), ChoiceIx::new(c)),
                    span: when.span,
                });
                Some(self.condition(when, names))
            }
            None => None,
        };
        let recommends = self.resolve_recommends(&doc.recommends, names, |i| {
            SiteKind::ChoiceRecommends(QuestionIx::new(q), ChoiceIx::new(c), i)
        });
        let next = self.resolve_node(&doc.next, &names.nodes, || {
            format!("choice `{}` of question `{question}`", doc.id.value)
        });
        Some(Choice {
            id: String::new(),
            label: String::new(),
            when: match when {
                Some(condition) => Some(condition?),
                None => None,
            },
            recommends: recommends?,
            next: next?,
        })
    }

    fn ending(&mut self, e: usize, doc: &EndingDoc, names: &Names<'_>) -> Option<Ending> {
        self.optional_text(doc.headline.as_ref(), "`headline`");
        let recommends = self.resolve_recommends(&doc.recommends, names, |i| {
            SiteKind::EndingRecommends(EndingIx::new(e), i)
        });
        // The texts move in later, by `with_texts`.
        Some(Ending {
            id: String::new(),
            headline: None,
            recommends: recommends?,
        })
    }

    fn resolve_recommends(
        &mut self,
        items: &[Spanned<RecommendDoc>],
        names: &Names<'_>,
        site: impl Fn(usize) -> SiteKind,
    ) -> Option<Vec<Recommends>> {
        let mut resolved: Vec<Recommends> = Vec::with_capacity(items.len());
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let id = item.value.id.clone().placed_at(item.span);
            let when = item.value.when.as_ref().map(|when| {
                self.sites.push(Site {
                    kind: site(i),
                    span: when.span,
                });
                self.condition(when, names)
            });
            let when = match when {
                Some(Some(condition)) => Some(condition),
                Some(None) => {
                    ok = false;
                    None
                }
                None => None,
            };
            match names.recommendations.get(id.value.as_str()) {
                Some((r, _))
                    if resolved
                        .iter()
                        .any(|x| x.recommendation.index() == *r && x.when == when) =>
                {
                    self.report(
                        Diagnostic::new(
                            Code::RepeatedRecommendation,
                            id.span,
                            format!("`{}` is recommended twice in one list", id.value),
                        )
                        .with_help(Some("remove the second mention".to_owned())),
                    );
                }
                Some((r, _)) => resolved.push(Recommends {
                    recommendation: RecommendationIx::new(*r),
                    when,
                }),
                None => {
                    ok = false;
                    self.report(
                        Diagnostic::new(
                            Code::DanglingRecommendation,
                            id.span,
                            format!("no recommendation has the id `{}`", id.value),
                        )
                        .with_label("not defined under `recommendations`")
                        .with_help(Some(suggest::help(
                            &id.value,
                            "recommendations",
                            names.recommendations.keys().copied(),
                        ))),
                    );
                }
            }
        }
        ok.then_some(resolved)
    }

    /// Resolves a condition, reporting every name that does not resolve.
    fn condition(&mut self, doc: &Spanned<ConditionDoc>, names: &Names<'_>) -> Option<Condition> {
        let mut terms = Vec::with_capacity(doc.value.terms.len());
        let mut ok = true;
        if doc.value.terms.is_empty() {
            ok = false;
            self.report(
                Diagnostic::new(Code::DanglingCondition, doc.span, "this condition is empty")
                    .with_help(Some(
                        "write `question_id: choice_id`, or `all:`, `any:` or `not:`".to_owned(),
                    )),
            );
        }
        for term in &doc.value.terms {
            let resolved = match term {
                TermDoc::Answer { question, choices } => self.answer_term(question, choices, names),
                TermDoc::All(items) => self.conditions(items, names).map(Condition::All),
                TermDoc::Any(items) => self.conditions(items, names).map(Condition::Any),
                TermDoc::Not(inner) => self
                    .condition(inner, names)
                    .map(|c| Condition::Not(Box::new(c))),
            };
            match resolved {
                Some(condition) => terms.push(condition),
                None => ok = false,
            }
        }
        if !ok {
            return None;
        }
        Some(if terms.len() == 1 {
            terms.remove(0)
        } else {
            Condition::All(terms)
        })
    }

    fn conditions(
        &mut self,
        items: &[Spanned<ConditionDoc>],
        names: &Names<'_>,
    ) -> Option<Vec<Condition>> {
        let resolved: Vec<Option<Condition>> = items
            .iter()
            .map(|item| self.condition(item, names))
            .collect();
        resolved.into_iter().collect()
    }

    fn answer_term(
        &mut self,
        question: &Spanned<String>,
        choices: &[Spanned<String>],
        names: &Names<'_>,
    ) -> Option<Condition> {
        let Some(q) = names.question(&question.value) else {
            self.report(
                Diagnostic::new(
                    Code::DanglingCondition,
                    question.span,
                    format!(
                        "the condition names `{}`, which is not a question",
                        question.value
                    ),
                )
                .with_label("no question has this id")
                .with_help(Some(suggest::help(
                    &question.value,
                    "questions, or `all`, `any` and `not`",
                    names.question_ids(),
                ))),
            );
            return None;
        };
        let mut resolved = Vec::with_capacity(choices.len());
        let mut ok = true;
        for choice in choices {
            match self.resolve_choice(names, q, &question.value, choice, Code::DanglingCondition) {
                Some(c) => resolved.push(ChoiceIx::new(c)),
                None => ok = false,
            }
        }
        if choices.is_empty() {
            ok = false;
            self.report(
                Diagnostic::new(
                    Code::DanglingCondition,
                    question.span,
                    format!("the condition on `{}` lists no choice", question.value),
                )
                .with_help(Some("name one choice id, or a list of them".to_owned())),
            );
        }
        ok.then_some(Condition::Answer {
            question: QuestionIx::new(q),
            choices: resolved,
        })
    }

    /// A choice of question `q` named in a condition or a test, reported with `code` when
    /// the question has no such choice.
    fn resolve_choice(
        &mut self,
        names: &Names<'_>,
        q: usize,
        question: &str,
        choice: &Spanned<String>,
        code: Code,
    ) -> Option<usize> {
        let found = names.choice(q, &choice.value);
        if found.is_none() {
            self.report(
                Diagnostic::new(
                    code,
                    choice.span,
                    format!("question `{question}` has no choice `{}`", choice.value),
                )
                .with_help(Some(suggest::help(
                    &choice.value,
                    "choices",
                    names.choices[q].iter().copied(),
                ))),
            );
        }
        found
    }

    /// A golden-path test: its answers and expected ids must name real things.
    fn test(&mut self, i: usize, doc: &TestDoc, names: &Names<'_>) -> Option<GoldenTest> {
        let mut ok = true;
        let mut answers = Vec::with_capacity(doc.answers.value.len());
        for (question, choice) in &doc.answers.value {
            let Some(q) = names.question(&question.value) else {
                ok = false;
                self.report(
                    Diagnostic::new(
                        Code::InvalidTest,
                        question.span,
                        format!(
                            "the test answers `{}`, which is not a question",
                            question.value
                        ),
                    )
                    .with_help(Some(suggest::help(
                        &question.value,
                        "questions",
                        names.question_ids(),
                    ))),
                );
                continue;
            };
            match self.resolve_choice(names, q, &question.value, choice, Code::InvalidTest) {
                Some(c) => answers.push((QuestionIx::new(q), ChoiceIx::new(c))),
                None => ok = false,
            }
        }
        let mut expect = Vec::with_capacity(doc.expect.len());
        for id in &doc.expect {
            if let Some((r, _)) = names.recommendations.get(id.value.as_str()) {
                if expect.contains(&RecommendationIx::new(*r)) {
                    ok = false;
                    self.report(
                        Diagnostic::new(
                            Code::InvalidTest,
                            id.span,
                            format!("the test expects `{}` twice", id.value),
                        )
                        .with_help(Some(
                            "a walk adds each recommendation once; remove the second".to_owned(),
                        )),
                    );
                }
                expect.push(RecommendationIx::new(*r));
            } else {
                ok = false;
                self.report(
                    Diagnostic::new(
                        Code::InvalidTest,
                        id.span,
                        format!(
                            "the test expects `{}`, which is not a recommendation",
                            id.value
                        ),
                    )
                    .with_help(Some(suggest::help(
                        &id.value,
                        "recommendations",
                        names.recommendations.keys().copied(),
                    ))),
                );
            }
        }
        if let Some(name) = &doc.name {
            self.text(name, "`name`");
        }
        if let Some(headline) = &doc.headline {
            self.text(headline, "`headline`");
        }
        ok.then(|| GoldenTest {
            name: doc
                .name
                .as_ref()
                .map_or_else(|| format!("test {}", i + 1), |n| n.value.trim().to_owned()),
            line: doc.answers.span.line,
            answers,
            expect,
            headline: doc.headline.as_ref().map(|h| h.value.trim().to_owned()),
        })
    }

    fn recommendation(&mut self, doc: &RecommendationDoc) -> Recommendation {
        self.text(&doc.text, "`text`");
        self.text(&doc.rationale, "`rationale`");
        for point in &doc.talking_points {
            self.text(point, "a talking point");
        }
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
            talking_points: doc
                .talking_points
                .iter()
                .map(|p| p.value.trim().to_owned())
                .collect(),
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

    fn check_unused(&mut self, doc: &Document, ids: &FxIndexMap<&str, (usize, Span)>) {
        let choices = doc.questions.iter().flat_map(|q| &q.choices.value);
        let used: FxHashSet<&str> = choices
            .map(|c| &c.recommends)
            .chain(doc.endings.iter().map(|e| &e.recommends))
            .flatten()
            .map(|item| item.value.id.value.as_str())
            .collect();
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

/// Moves the document's question, choice and ending texts into the checked scenario.
fn with_texts(mut scenario: Scenario, doc: Document) -> Scenario {
    for (question, text) in scenario.questions.iter_mut().zip(doc.questions) {
        question.id = text.id.value;
        question.prompt = trimmed(text.prompt.value);
        question.context = text.context.map(|c| trimmed(c.value));
        question.discussion = text
            .discussion
            .into_vec()
            .into_iter()
            .map(|d| trimmed(d.value))
            .collect();
        question.facilitator_notes = text.facilitator_notes.map(|n| trimmed(n.value));
        for (choice, text) in question
            .choices
            .iter_mut()
            .zip(text.choices.value.into_vec())
        {
            choice.id = text.id.value;
            choice.label = trimmed(text.label.value);
        }
    }
    for (ending, text) in scenario.endings.iter_mut().zip(doc.endings) {
        ending.id = text.id.value;
        ending.headline = text.headline.map(|h| trimmed(h.value));
    }
    scenario.index_ids();
    scenario
}

/// The text without surrounding whitespace, reusing its buffer when there is none.
fn trimmed(text: String) -> String {
    if text.trim().len() == text.len() {
        text
    } else {
        text.trim().to_owned()
    }
}

fn build(
    doc: &Document,
    start: usize,
    questions: Vec<Question>,
    endings: Vec<Ending>,
    recommendations: Vec<Recommendation>,
    tests: Vec<GoldenTest>,
) -> Scenario {
    let text = |s: &Spanned<String>| s.value.trim().to_owned();
    let optional = |s: &Option<Spanned<String>>| s.as_ref().map(text);
    Scenario {
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
        start: QuestionIx::new(start),
        questions,
        recommendations,
        endings,
        tests,
        questions_by_id: Box::default(),
        recommendations_by_id: Box::default(),
    }
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
    let mut previous = separator;
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with(separator)
        && id.chars().all(|c| {
            let ok = c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || (c == separator && previous != separator);
            previous = c;
            ok
        })
}

#[cfg(test)]
mod analyser_tests;
