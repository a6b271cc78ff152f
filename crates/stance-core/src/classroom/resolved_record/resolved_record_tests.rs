use super::ResolvedRecord;
use crate::check::analyser::built_in_scenario;
use crate::classroom::clock::FixedClock;
use crate::classroom::quiz_items;
use crate::classroom::record::{ItemRecord, Kind, NoteRecord, QuizRecord, Record, StepRecord};
use crate::classroom::record_error::RecordError;
use crate::load::catalog::built_in_files;
use crate::scenario::Scenario;
use crate::scenario::index::RecommendationIx;

/// A change made to a record.
type RecordEdit = fn(&mut Record);
/// A change made to a record's quiz.
type QuizEdit = fn(&mut QuizRecord);

fn step(question: &str, choice: &str) -> StepRecord {
    StepRecord {
        question: question.to_owned(),
        choice: choice.to_owned(),
        note: None,
    }
}

/// A finished walk: status quo, no provocation, inside SOFA, no pressure.
fn walk(scenario: &Scenario) -> Record {
    let file = &built_in_files()[0];
    let mut record = Record::new(
        Kind::Play,
        file,
        scenario,
        None,
        &FixedClock("2026-01-02T03:04:05Z".to_owned()),
    );
    record.steps = vec![
        step("peninsula", "status_quo"),
        step("nk_provocation", "no"),
        step("sma", "inside_sofa"),
        step("regional_role", "no"),
    ];
    record.finished = true;
    record
}

/// A quiz of one situation drawn by seed 7, every item answered with its first option.
fn quiz(scenario: &Scenario) -> Record {
    let file = &built_in_files()[0];
    let mut record = Record::new(
        Kind::Quiz,
        file,
        scenario,
        None,
        &FixedClock("2026-01-02T03:04:05Z".to_owned()),
    );
    let situations = quiz_items::draw(scenario, 7, 1);
    let id = |r: RecommendationIx| scenario.recommendations[r].id.clone();
    let situation = &situations[0];
    let items = situation
        .items
        .iter()
        .map(|item| {
            let upto = item.source.map_or(situation.path.len(), |i| i + 1);
            ItemRecord {
                situation: 1,
                path: situation.path[..upto]
                    .iter()
                    .map(|s| {
                        let q = &scenario.questions[s.question];
                        step(&q.id, &q.choices[s.choice].id)
                    })
                    .collect(),
                ending: item.source.is_none(),
                answer: id(item.answer),
                options: item.options.iter().map(|&r| id(r)).collect(),
                picked: id(item.options[0]),
            }
        })
        .collect();
    record.quiz = Some(QuizRecord {
        seed: 7,
        situations: 1,
        items,
    });
    record
}

fn resolve(scenario: &Scenario, record: &Record) -> Result<ResolvedRecord, RecordError> {
    ResolvedRecord::new(scenario, &built_in_files()[0].text, record, "r.json")
}

#[test]
fn a_walk_resolves_and_its_finish_is_recomputed() {
    let scenario = built_in_scenario();
    let mut record = walk(&scenario);
    let resolved = resolve(&scenario, &record).expect("fits");
    assert!(resolved.finished && !resolved.changed);
    assert_eq!(resolved.steps.len(), 4);
    // A one-step walk that says it is finished is not.
    record.steps.truncate(1);
    assert!(!resolve(&scenario, &record).expect("fits").finished);
}

#[test]
fn a_quiz_is_scored_from_the_scenario_not_the_record() {
    let scenario = built_in_scenario();
    let record = quiz(&scenario);
    let resolved = resolve(&scenario, &record).expect("fits");
    let quiz = resolved.quiz.expect("a quiz");
    let expected = quiz
        .answered
        .iter()
        .filter(|a| a.picked == Some(a.item.answer))
        .count();
    assert_eq!(quiz.score(), (expected, quiz.items()));
    assert!(resolved.finished);
}

#[test]
fn edited_records_are_refused_with_the_field_named() {
    let scenario = built_in_scenario();
    let cases: &[(&str, RecordEdit, &str)] = &[
        (
            "an unknown question",
            |r| r.steps[1].question = "nowhere".to_owned(),
            "step 2: question `nowhere` is not in the scenario",
        ),
        (
            "an unknown choice",
            |r| r.steps[2].choice = "maybe".to_owned(),
            "step 3: question `sma` has no choice `maybe`",
        ),
        (
            "a question twice",
            |r| r.steps.push(step("sma", "inside_sofa")),
            "step 5: question `sma` is answered twice",
        ),
        (
            "steps out of order",
            |r| r.steps.swap(2, 3),
            "step 4: the walk asks `sma` at step 3, not there",
        ),
        (
            "a question the walk skips",
            |r| r.steps[0].choice = "reunification".to_owned(),
            "step 2: the walk never reaches question `nk_provocation`",
        ),
        (
            "a note on an unknown question",
            |r| {
                r.notes.push(NoteRecord {
                    question: "nowhere".to_owned(),
                    note: "x".to_owned(),
                });
            },
            "`notes` names question `nowhere`",
        ),
        (
            "another scenario",
            |r| r.scenario.id = "tutorial".to_owned(),
            "was made with scenario `tutorial`, not `korea-us-alliance`",
        ),
    ];
    for (what, edit, expected) in cases {
        let mut record = walk(&scenario);
        edit(&mut record);
        let error = resolve(&scenario, &record).expect_err(what).to_string();
        assert!(error.contains(expected), "{what}: {error}");
    }
}

#[test]
fn edited_quizzes_are_refused_with_the_field_named() {
    let scenario = built_in_scenario();
    let cases: &[(&str, QuizEdit, &str)] = &[
        (
            "an answer made to match the pick",
            |q| q.items[0].answer = q.items[0].picked.clone(),
            "quiz item 1: its `answer` is not what the quiz (seed 7) puts there",
        ),
        (
            "options changed",
            |q| q.items[1].options.reverse(),
            "quiz item 2: its `options`",
        ),
        (
            "another situation",
            |q| {
                q.situations = 2;
                q.items[0].situation = 2;
            },
            "quiz item 1: its `situation`",
        ),
        (
            "a path that is not the walk",
            |q| q.items[0].path.clear(),
            "quiz item 1: its `path`",
        ),
        (
            "the ending flag flipped",
            |q| q.items[0].ending = !q.items[0].ending,
            "quiz item 1: its `ending`",
        ),
        (
            "more items than the quiz has",
            |q| {
                let extra = q.items[0].clone();
                q.items.push(extra);
            },
            "quiz items, but the quiz (seed 7) has",
        ),
    ];
    for (what, edit, expected) in cases {
        let mut record = quiz(&scenario);
        edit(record.quiz.as_mut().expect("a quiz"));
        let error = resolve(&scenario, &record).expect_err(what).to_string();
        assert!(error.contains(expected), "{what}: {error}");
    }
}

#[test]
fn a_changed_scenario_is_lenient_about_order_and_says_stale() {
    let scenario = built_in_scenario();
    let mut record = walk(&scenario);
    record.scenario.hash = crate::classroom::record::content_hash("another text");
    record.steps.swap(2, 3);
    let resolved = resolve(&scenario, &record).expect("fits a changed scenario");
    assert!(resolved.changed && resolved.finished);
    record.steps[1].question = "nowhere".to_owned();
    assert!(matches!(
        resolve(&scenario, &record),
        Err(RecordError::Stale { .. })
    ));
}
