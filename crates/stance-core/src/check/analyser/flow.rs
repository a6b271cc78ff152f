//! Checks that follow the walks a checked scenario allows: conditions that read questions
//! asked too late, conditions that never hold, questions left with no choice, and
//! recommendations no walk adds.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::diagnostic::{Code, Diagnostic, Span};
use crate::scenario::condition::Condition;
use crate::scenario::explore::{At, Explorer};
use crate::scenario::index::{ChoiceIx, EndingIx, QuestionIx};
use crate::scenario::{Next, Scenario};
use crate::text::messages::Arg;
use crate::text::phrase::Phrase;

/// Beyond this many states (position plus the answers conditions read), the checks along
/// walks are skipped rather than slow `check` down.
const STATE_LIMIT: usize = 250_000;

/// Where a condition stands in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Site {
    /// What the condition guards.
    pub kind: SiteKind,
    /// The place of its `when`.
    pub span: Span,
}

/// What a condition guards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SiteKind {
    /// Whether a question is asked.
    Gate(QuestionIx),
    /// Whether a choice is offered.
    Choice(QuestionIx, ChoiceIx),
    /// Whether a choice's recommendation (by position in its list) is added.
    ChoiceRecommends(QuestionIx, ChoiceIx, usize),
    /// Whether an ending's recommendation (by position in its list) is added.
    EndingRecommends(EndingIx, usize),
    /// Whether an ending's headline (by position in its list) is the walk's.
    Headline(EndingIx, usize),
}

impl SiteKind {
    fn condition(self, scenario: &Scenario) -> Option<&Condition> {
        match self {
            Self::Gate(q) => scenario.questions[q].gate.as_ref().map(|g| &g.when),
            Self::Choice(q, c) => scenario.questions[q].choices[c].when.as_ref(),
            Self::ChoiceRecommends(q, c, i) => {
                scenario.questions[q].choices[c].recommends[i].when.as_ref()
            }
            Self::EndingRecommends(e, i) => scenario.endings[e].recommends[i].when.as_ref(),
            Self::Headline(e, i) => scenario.endings[e].headlines[i].when.as_ref(),
        }
    }

    /// The node where the condition is evaluated.
    fn host(self) -> Next {
        match self {
            Self::Gate(q) | Self::Choice(q, _) | Self::ChoiceRecommends(q, _, _) => {
                Next::Question(q)
            }
            Self::EndingRecommends(e, _) | Self::Headline(e, _) => Next::Ending(e),
        }
    }
}

/// Runs every check along walks.
#[allow(
    clippy::too_many_lines,
    reason = "one pass gathers what every check needs"
)]
pub(super) fn check(
    scenario: &Scenario,
    sites: &[Site],
    question_spans: &[Span],
    ending_spans: &[Span],
    recommendation_spans: &[Span],
) -> Vec<Diagnostic> {
    let mut found = order(scenario, sites);
    if !found.is_empty() {
        return found;
    }
    let explorer = Explorer::new(scenario);
    if explorer.is_unconditional() {
        // Without conditions every walk the graph allows happens: nothing is never true, no
        // question loses its choices, and what reaches a place is the graph's reach, which
        // the graph check has reported. Only recommendations named solely by unreachable
        // places are left to find.
        let reached = reached_by_graph(scenario);
        found.extend(unreachable_recommendations(
            scenario,
            recommendation_spans,
            |r| reached[r],
        ));
        return found;
    }
    let Some(states) = explorer.reachable(STATE_LIMIT) else {
        return found;
    };
    // Only what sites ask about is remembered, not every choice of every state.
    let wanted: FxHashSet<SiteKind> = sites
        .iter()
        .flat_map(|site| match site.kind {
            SiteKind::ChoiceRecommends(q, c, _) => vec![site.kind, SiteKind::Choice(q, c)],
            kind => vec![kind],
        })
        .collect();
    let mut asked = vec![false; scenario.questions.len()];
    let mut ended = vec![false; scenario.endings.len()];
    let mut dead = vec![false; scenario.questions.len()];
    let mut added = vec![false; scenario.recommendations.len()];
    let mut held: FxHashSet<SiteKind> = FxHashSet::default();
    // Headlines whose condition holds somewhere, and those that are some walk's.
    let mut headline_holds: FxHashSet<(EndingIx, usize)> = FxHashSet::default();
    let mut headline_chosen: FxHashSet<(EndingIx, usize)> = FxHashSet::default();
    let remember = |held: &mut FxHashSet<SiteKind>, kind: SiteKind| {
        if wanted.contains(&kind) {
            held.insert(kind);
        }
    };
    for state in &states {
        match state.at {
            At::Question(q) => {
                asked[q.index()] = true;
                let offered: Vec<ChoiceIx> = explorer.available(q, &state.answers).collect();
                dead[q.index()] |= offered.is_empty();
                for c in offered {
                    remember(&mut held, SiteKind::Choice(q, c));
                    for (i, item) in scenario.questions[q].choices[c]
                        .recommends
                        .iter()
                        .enumerate()
                    {
                        if item
                            .when
                            .as_ref()
                            .is_none_or(|w| explorer.holds(w, &state.answers))
                        {
                            added[item.recommendation.index()] = true;
                            remember(&mut held, SiteKind::ChoiceRecommends(q, c, i));
                        }
                    }
                }
            }
            At::Ending(e) => {
                ended[e.index()] = true;
                for (i, item) in scenario.endings[e].recommends.iter().enumerate() {
                    if item
                        .when
                        .as_ref()
                        .is_none_or(|w| explorer.holds(w, &state.answers))
                    {
                        added[item.recommendation.index()] = true;
                        remember(&mut held, SiteKind::EndingRecommends(e, i));
                    }
                }
                let headlines = &scenario.endings[e].headlines;
                for (i, headline) in headlines.iter().enumerate() {
                    if let Some(when) = &headline.when
                        && explorer.holds(when, &state.answers)
                    {
                        headline_holds.insert((e, i));
                    }
                }
                let answer = |q| explorer.answer_in(&state.answers, q);
                if let Some(i) = scenario.endings[e].headline_ix(&answer) {
                    headline_chosen.insert((e, i));
                }
            }
        }
    }

    for (q, question) in scenario
        .questions
        .iter()
        .enumerate()
        .filter(|(q, _)| dead[*q])
    {
        found.push(
            Diagnostic::new(
                Code::DeadEnd,
                question_spans[q],
                Phrase::text_with(
                    "finding-dead-end",
                    &[("question", Arg::from(question.id.as_str()))],
                ),
            )
            .with_help(Some(Phrase::text("finding-dead-end-help"))),
        );
    }
    for site in sites {
        let message = match site.kind {
            SiteKind::Gate(q) if !asked[q.index()] => Phrase::text_with(
                "finding-never-asked",
                &[("question", Arg::from(scenario.questions[q].id.as_str()))],
            ),
            SiteKind::Choice(q, c) if asked[q.index()] && !held.contains(&site.kind) => {
                Phrase::text_with(
                    "finding-never-offered",
                    &[
                        (
                            "choice",
                            Arg::from(scenario.questions[q].choices[c].id.as_str()),
                        ),
                        ("question", Arg::from(scenario.questions[q].id.as_str())),
                    ],
                )
            }
            SiteKind::ChoiceRecommends(q, c, i)
                if held.contains(&SiteKind::Choice(q, c))
                    || (asked[q.index()] && scenario.questions[q].choices[c].when.is_none()) =>
            {
                if held.contains(&site.kind) {
                    continue;
                }
                let r = scenario.questions[q].choices[c].recommends[i].recommendation;
                Phrase::text_with(
                    "finding-never-added-by-choice",
                    &[
                        ("id", Arg::from(scenario.recommendations[r].id.as_str())),
                        (
                            "choice",
                            Arg::from(scenario.questions[q].choices[c].id.as_str()),
                        ),
                    ],
                )
            }
            SiteKind::EndingRecommends(e, i) if ended[e.index()] && !held.contains(&site.kind) => {
                let r = scenario.endings[e].recommends[i].recommendation;
                Phrase::text_with(
                    "finding-never-added-at-ending",
                    &[
                        ("id", Arg::from(scenario.recommendations[r].id.as_str())),
                        ("ending", Arg::from(scenario.endings[e].id.as_str())),
                    ],
                )
            }
            SiteKind::Headline(e, i)
                if ended[e.index()]
                    && !headline_chosen.contains(&(e, i))
                    // One after a headline without `when` is reported by the analyser.
                    && scenario.endings[e].headlines[..i]
                        .iter()
                        .all(|h| h.when.is_some()) =>
            {
                let ending = &scenario.endings[e].id;
                if headline_holds.contains(&(e, i)) {
                    found.push(
                        Diagnostic::new(
                            Code::NeverTrue,
                            site.span,
                            Phrase::text_with(
                                "finding-headline-shadowed",
                                &[
                                    ("number", Arg::from(i + 1)),
                                    ("ending", Arg::from(ending.as_str())),
                                ],
                            ),
                        )
                        .with_help(Some(Phrase::text("finding-headline-shadowed-help"))),
                    );
                    continue;
                }
                Phrase::text_with(
                    "finding-headline-never",
                    &[
                        ("number", Arg::from(i + 1)),
                        ("ending", Arg::from(ending.as_str())),
                    ],
                )
            }
            _ => continue,
        };
        found.push(
            Diagnostic::new(Code::NeverTrue, site.span, message)
                .with_help(Some(Phrase::text("finding-never-true-help"))),
        );
    }
    // Places the question graph reaches but no walk does, because of conditions: gated
    // questions are reported as never asked above, so only ungated ones here.
    let graph = Reach::from(scenario, scenario.start).with(Next::Question(scenario.start));
    for (q, question) in scenario.questions.iter().enumerate() {
        if graph.questions[q] && !asked[q] && question.gate.is_none() {
            found.push(
                Diagnostic::new(
                    Code::UnreachableQuestion,
                    question_spans[q],
                    Phrase::text_with(
                        "finding-never-asked-ungated",
                        &[("question", Arg::from(question.id.as_str()))],
                    ),
                )
                .with_help(Some(Phrase::text("finding-blocked-help"))),
            );
        }
    }
    for (e, ending) in scenario.endings.iter().enumerate() {
        if graph.endings[e] && !ended[e] {
            found.push(
                Diagnostic::new(
                    Code::UnreachableEnding,
                    ending_spans[e],
                    Phrase::text_with(
                        "finding-never-ends",
                        &[("ending", Arg::from(ending.id.as_str()))],
                    ),
                )
                .with_help(Some(Phrase::text("finding-blocked-help"))),
            );
        }
    }
    found.extend(unreachable_recommendations(
        scenario,
        recommendation_spans,
        |r| added[r],
    ));
    found
}

/// Recommendations that something names but that no walk adds.
fn unreachable_recommendations(
    scenario: &Scenario,
    recommendation_spans: &[Span],
    added: impl Fn(usize) -> bool,
) -> Vec<Diagnostic> {
    let referenced: FxHashSet<usize> = scenario
        .questions
        .iter()
        .flat_map(|q| q.choices.iter().flat_map(|c| &c.recommends))
        .chain(scenario.endings.iter().flat_map(|e| &e.recommends))
        .map(|item| item.recommendation.index())
        .collect();
    scenario
        .recommendations
        .iter()
        .enumerate()
        .filter(|(r, _)| referenced.contains(r) && !added(*r))
        .map(|(r, recommendation)| {
            Diagnostic::new(
                Code::UnreachableRecommendation,
                recommendation_spans[r],
                Phrase::text_with(
                    "finding-never-added",
                    &[("id", Arg::from(recommendation.id.as_str()))],
                ),
            )
            .with_help(Some(Phrase::text("finding-never-added-help")))
        })
        .collect()
}

/// Per recommendation, whether a place the graph reaches from the start names it.
fn reached_by_graph(scenario: &Scenario) -> Vec<bool> {
    let reach = Reach::from(scenario, scenario.start).with(Next::Question(scenario.start));
    let mut added = vec![false; scenario.recommendations.len()];
    let questions = scenario
        .questions
        .iter()
        .enumerate()
        .filter(|(q, _)| reach.questions[*q])
        .flat_map(|(_, q)| q.choices.iter().flat_map(|c| &c.recommends));
    let endings = scenario
        .endings
        .iter()
        .enumerate()
        .filter(|(e, _)| reach.endings[*e])
        .flat_map(|(_, e)| &e.recommends);
    for item in questions.chain(endings) {
        added[item.recommendation.index()] = true;
    }
    added
}

/// Conditions may read only questions that some walk answers before the condition is
/// evaluated.
fn order(scenario: &Scenario, sites: &[Site]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    if sites.is_empty() {
        return found;
    }
    let mut reach: FxHashMap<QuestionIx, Reach> = FxHashMap::default();
    // Conditions where no walk goes are moot; the unreachable place is reported already.
    let from_start = Reach::from(scenario, scenario.start).with(Next::Question(scenario.start));
    for site in sites {
        let Some(condition) = site.kind.condition(scenario) else {
            continue;
        };
        if !from_start.contains(site.kind.host()) {
            continue;
        }
        let mut read = Vec::new();
        condition.questions(&mut read);
        let host = site.kind.host();
        for q in read {
            let reach = reach.entry(q).or_insert_with(|| Reach::from(scenario, q));
            if host == Next::Question(q) || !reach.contains(host) {
                let at = match host {
                    Next::Question(h) => Phrase::text_with(
                        "finding-at-question",
                        &[("question", Arg::from(scenario.questions[h].id.as_str()))],
                    ),
                    Next::Ending(e) => Phrase::text_with(
                        "finding-at-ending",
                        &[("ending", Arg::from(scenario.endings[e].id.as_str()))],
                    ),
                };
                found.push(
                    Diagnostic::new(
                        Code::ConditionOrder,
                        site.span,
                        Phrase::text_with(
                            "finding-condition-order",
                            &[
                                ("question", Arg::from(scenario.questions[q].id.as_str())),
                                ("at", Arg::from(at)),
                            ],
                        ),
                    )
                    .with_help(Some(Phrase::text("finding-condition-order-help"))),
                );
            }
        }
    }
    found
}

/// The questions and endings reachable after a question is answered.
struct Reach {
    questions: Vec<bool>,
    endings: Vec<bool>,
}

impl Reach {
    fn from(scenario: &Scenario, from: QuestionIx) -> Self {
        let mut questions = vec![false; scenario.questions.len()];
        let mut endings = vec![false; scenario.endings.len()];
        let mut stack = vec![from];
        while let Some(q) = stack.pop() {
            let question = &scenario.questions[q];
            let targets = question
                .choices
                .iter()
                .map(|c| c.next)
                .chain(question.gate.as_ref().map(|g| g.otherwise));
            for target in targets {
                match target {
                    Next::Question(to) if !questions[to.index()] => {
                        questions[to.index()] = true;
                        stack.push(to);
                    }
                    Next::Ending(e) => endings[e.index()] = true,
                    Next::Question(_) => {}
                }
            }
        }
        Self { questions, endings }
    }

    fn with(mut self, node: Next) -> Self {
        match node {
            Next::Question(q) => self.questions[q.index()] = true,
            Next::Ending(e) => self.endings[e.index()] = true,
        }
        self
    }

    fn contains(&self, node: Next) -> bool {
        match node {
            Next::Question(q) => self.questions[q.index()],
            Next::Ending(e) => self.endings[e.index()],
        }
    }
}
