//! `stance compare`: a record beside the author's stance, point by point.

use std::path::Path;

use crate::cli::{CompareArgs, PlayFormat};
use crate::color::Colors;
use crate::command;
use crate::error::{EXIT_OK, Error};
use crate::export::compare::{self as render, AuthorView, Comparison, Entry};
use crate::output::Output;
use crate::record::{Kind, Record};
use crate::scenario::Scenario;
use crate::walk::Walk;

/// Runs `stance compare`.
pub fn run(args: &CompareArgs, dir: Option<&Path>, colors: Colors) -> Result<i32, Error> {
    let record = Record::read(&args.record)?;
    let name = args
        .scenario
        .clone()
        .unwrap_or_else(|| record.scenario.id.clone());
    let (file, scenario) = command::load(&name, dir, colors)?;
    let comparison = match record.kind {
        Kind::Play => play(&scenario, &file, &record, &args.record, colors)?,
        Kind::Quiz => quiz(&scenario, &record, &args.record)?,
    };
    let text = match args.format {
        PlayFormat::Text => render::render(&scenario, &comparison, false),
        PlayFormat::Markdown => render::render(&scenario, &comparison, true),
        PlayFormat::Json => crate::export::to_json(&comparison),
    };
    Output::new(args.output.as_deref()).write(&text)?;
    Ok(EXIT_OK)
}

/// A walk: at each answer, what the author recommends for it; at the end, what every walk
/// ending there gets.
fn play(
    scenario: &Scenario,
    file: &crate::scenario_file::ScenarioFile,
    record: &Record,
    path: &Path,
    colors: Colors,
) -> Result<Comparison, Error> {
    let (answers, notes) = command::resume(scenario, file, record, path, Kind::Play, colors)?;
    let mut walk = Walk::new(scenario);
    for step in &record.steps {
        let (Some(q), true) = (scenario.question_ix(&step.question), true) else {
            continue;
        };
        let Some(choice) = answers.get(q) else {
            continue;
        };
        if !walk.answer(choice) {
            return Err(Error::StaleRecord {
                path: path.display().to_string(),
                reason: format!(
                    "the walk cannot take `{}={}` where it stands",
                    step.question, step.choice
                ),
            });
        }
    }
    let mut entries = Vec::new();
    let stance = walk.stance(Vec::new());
    for (i, step) in walk.steps().iter().enumerate() {
        let question = &scenario.questions[step.question];
        let author = if let Some(stance) = &stance {
            stance
                .recommendations
                .iter()
                .zip(&stance.sources)
                .filter(|(_, source)| **source == Some(i))
                .map(|(&r, _)| AuthorView::of(&scenario.recommendations[r]))
                .collect()
        } else {
            {
                let before = &walk.steps()[..i];
                let answer = |q| before.iter().find(|s| s.question == q).map(|s| s.choice);
                question.choices[step.choice]
                    .recommends
                    .iter()
                    .filter(|r| r.when.as_ref().is_none_or(|w| w.holds(&answer)))
                    .map(|r| AuthorView::of(&scenario.recommendations[r.recommendation]))
                    .collect()
            }
        };
        entries.push(Entry {
            heading: question.prompt.clone(),
            answer: Some(question.choices[step.choice].label.clone()),
            correct: None,
            note: notes.get(&step.question).cloned(),
            author,
        });
    }
    if let Some(stance) = &stance {
        let standing: Vec<AuthorView> = stance
            .recommendations
            .iter()
            .zip(&stance.sources)
            .filter(|(_, source)| source.is_none())
            .map(|(&r, _)| AuthorView::of(&scenario.recommendations[r]))
            .collect();
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
    Ok(Comparison {
        scenario: scenario.id.clone(),
        name: record.name.clone(),
        kind: "play",
        finished: stance.is_some(),
        entries,
        score: None,
    })
}

/// A quiz: each item's pick beside the author's recommendation and reasons.
fn quiz(scenario: &Scenario, record: &Record, path: &Path) -> Result<Comparison, Error> {
    let Some(quiz) = &record.quiz else {
        return Err(Error::BadRecord {
            path: path.display().to_string(),
            reason: "it has no `quiz` section".to_owned(),
        });
    };
    let find = |id: &str| scenario.recommendations.iter().find(|r| r.id == id);
    let mut entries = Vec::new();
    for item in &quiz.items {
        let Some(answer) = find(&item.answer) else {
            return Err(Error::StaleRecord {
                path: path.display().to_string(),
                reason: format!(
                    "recommendation `{}` is no longer in the scenario",
                    item.answer
                ),
            });
        };
        let given: Vec<String> = item
            .path
            .last()
            .filter(|_| !item.ending)
            .and_then(|step| {
                let q = scenario.question_ix(&step.question)?;
                let question = &scenario.questions[q];
                let c = question.choice_ix(&step.choice)?;
                Some(vec![format!(
                    "{} \u{2192} {}",
                    question.prompt, question.choices[c].label
                )])
            })
            .unwrap_or_default();
        entries.push(Entry {
            heading: format!(
                "Situation {}: {}",
                item.situation,
                given.first().map_or("the end of the walk", String::as_str)
            ),
            answer: Some(
                find(&item.picked).map_or_else(|| "no response".to_owned(), |r| r.text.clone()),
            ),
            correct: Some(item.correct()),
            note: None,
            author: vec![AuthorView::of(answer)],
        });
    }
    let right = quiz.items.iter().filter(|i| i.correct()).count();
    Ok(Comparison {
        scenario: scenario.id.clone(),
        name: record.name.clone(),
        kind: "quiz",
        finished: record.finished,
        entries,
        score: Some((right, quiz.items.len())),
    })
}
