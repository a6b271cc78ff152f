//! `stance compare`: a record beside the author's stance, point by point.

use stance_core::classroom::record::Record;
use stance_core::classroom::resolved_record::{ResolvedQuiz, ResolvedRecord};
use stance_core::export::comparison_table::{self as render, AuthorView, Comparison, Entry};
use stance_core::scenario::Scenario;
use stance_core::scenario::index::QuestionIx;
use stance_core::walk::Walk;

use crate::cli::args::{CompareArgs, PlayFormat};
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output::Output;
use crate::command::{self, Context};

/// Runs `stance compare`.
pub fn run(args: &CompareArgs, context: Context<'_>) -> Result<i32, Error> {
    let Context { colors, .. } = context;
    command::stdin_once(&[
        ("the record", command::is_stdin(&args.record)),
        (
            "the scenario",
            args.scenario.as_deref().is_some_and(command::is_stdin),
        ),
    ])?;
    let record = Record::read(&args.record, context.limits)?;
    let (file, scenario) =
        command::load_for_record(args.scenario.as_deref(), Some(&record), context)?;
    command::refuse_clobbering(
        &[("the output", args.output.file.as_deref())],
        Some(&file),
        &[("the record", Some(&args.record))],
    )?;
    let resolved = command::resolve_record(&scenario, &file, &record, &args.record, None, colors)?;
    let comparison = match &resolved.quiz {
        None => play(&scenario, &resolved),
        Some(quiz) => self::quiz(&scenario, &resolved, quiz),
    };
    let text = match args.format {
        PlayFormat::Text => render::render(&scenario, &comparison, false),
        PlayFormat::Markdown => render::render(&scenario, &comparison, true),
        PlayFormat::Json => stance_core::export::to_json(&comparison),
    };
    Output::new(args.output.file.as_deref()).write(&text)?;
    Ok(EXIT_OK)
}

/// A walk: at each answer, what the author recommends for it; at the end, what every walk
/// ending there gets.
fn play(scenario: &Scenario, record: &ResolvedRecord) -> Comparison {
    let mut walk = Walk::new(scenario);
    for step in &record.steps {
        walk.answer(step.choice);
    }
    let stance = walk.stance(Vec::new());
    // What each step adds, found once: a finished walk's stance says which step added what.
    let mut added: Vec<Vec<AuthorView>> = (0..record.steps.len()).map(|_| Vec::new()).collect();
    let mut standing = Vec::new();
    if let Some(stance) = &stance {
        for (&r, source) in stance.recommendations.iter().zip(&stance.sources) {
            let view = AuthorView::of(&scenario.recommendations[r]);
            match source {
                Some(i) => added[*i].push(view),
                None => standing.push(view),
            }
        }
    } else {
        // An unfinished walk: what each answer adds given the answers before it.
        let mut answers = vec![None; scenario.questions.len()];
        for (i, step) in record.steps.iter().enumerate() {
            let answer = |q: QuestionIx| answers[q.index()];
            added[i] = scenario.questions[step.question].choices[step.choice]
                .recommends
                .iter()
                .filter(|r| r.when.as_ref().is_none_or(|w| w.holds(&answer)))
                .map(|r| AuthorView::of(&scenario.recommendations[r.recommendation]))
                .collect();
            answers[step.question.index()] = Some(step.choice);
        }
    }
    let mut entries: Vec<Entry> = record
        .steps
        .iter()
        .zip(added)
        .map(|(step, author)| {
            let question = &scenario.questions[step.question];
            Entry {
                heading: question.prompt.clone(),
                answer: Some(question.choices[step.choice].label.clone()),
                correct: None,
                note: record.notes.get(&step.question).cloned(),
                author,
            }
        })
        .collect();
    if let Some(stance) = &stance {
        entries.push(Entry {
            heading: stance
                .ending()
                .headline
                .clone()
                .unwrap_or_else(|| "At the end of the walk".to_owned()),
            answer: None,
            correct: None,
            note: None,
            author: standing,
        });
    }
    Comparison {
        scenario: scenario.id.clone(),
        name: record.name.clone(),
        kind: "play",
        finished: record.finished,
        entries,
        score: None,
    }
}

/// A quiz: each item's pick beside the author's recommendation and reasons.
fn quiz(scenario: &Scenario, record: &ResolvedRecord, quiz: &ResolvedQuiz) -> Comparison {
    let entries = quiz
        .answered
        .iter()
        .map(|answered| {
            let situation = &quiz.situations[answered.situation - 1];
            let about = match answered.item.source {
                Some(_) => answered.item.about(scenario, &situation.path),
                None => "the end of the walk".to_owned(),
            };
            Entry {
                heading: format!("Situation {}: {about}", answered.situation),
                answer: Some(answered.picked.map_or_else(
                    || "no response".to_owned(),
                    |r| scenario.recommendations[r].text.clone(),
                )),
                correct: Some(answered.correct()),
                note: None,
                author: vec![AuthorView::of(
                    &scenario.recommendations[answered.item.answer],
                )],
            }
        })
        .collect();
    Comparison {
        scenario: scenario.id.clone(),
        name: record.name.clone(),
        kind: "quiz",
        finished: record.finished,
        entries,
        score: Some(quiz.score()),
    }
}
