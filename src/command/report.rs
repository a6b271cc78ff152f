//! `stance report`: a class's records summed up, for a debrief or a gradebook.

use std::fmt::Write;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::json;
use stance_core::classroom::class_report::{ClassReport, Participant};
use stance_core::classroom::record::{Kind, Record};
use stance_core::classroom::record_error::RecordError;
use stance_core::classroom::resolved_record::ResolvedRecord;
use stance_core::export::stance_markdown::escape;
use stance_core::export::{self, dot};
use stance_core::load::load_error::LoadError;
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::scenario::Scenario;
use stance_core::scenario::index::{ChoiceIx, QuestionIx, RecommendationIx};
use stance_core::text::localized::Localized;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::phrase::Phrase;
use stance_core::text::printable::{one_line, printable};
use stance_core::text::suggest;
use stance_core::text::wrap::shorten;
use stance_web::live_session;

use crate::cli::args::{ReportArgs, ReportKind};
use crate::cli::color::Colors;
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output::Output;
use crate::cli::stderr;
use crate::command::{self, Context};

/// Runs `stance report`.
pub fn run(args: &ReportArgs, context: Context<'_>) -> Result<i32, Error> {
    let Context { limits, colors, .. } = context;
    let mut inputs: Vec<(&str, bool)> = args
        .records
        .iter()
        .map(|path| ("a record", command::is_stdin(path)))
        .collect();
    inputs.push((
        "the scenario",
        args.scenario.as_deref().is_some_and(command::is_stdin),
    ));
    command::stdin_once(&inputs)?;
    // Each input is a record, or a session database of `stance serve` holding many.
    let mut records: Vec<(PathBuf, Record)> = Vec::new();
    let mut stored: Option<ScenarioFile> = None;
    for path in &args.records {
        if is_session_db(path) {
            // A session database is read whole, so it is held to the size of any input.
            if std::fs::metadata(path).is_ok_and(|m| m.len() > limits.max_bytes) {
                return Err(Error::Load(LoadError::TooLarge {
                    path: path.display().to_string(),
                    max: limits.max_bytes,
                }));
            }
            let (file, held) = live_session::read_records(path)?;
            records.extend(held.into_iter().map(|r| (path.clone(), r)));
            stored.get_or_insert(file);
        } else {
            records.push((path.clone(), Record::read(path, limits)?));
        }
    }
    let (file, scenario) = match (args.scenario.as_deref(), stored) {
        (None, Some(file)) => {
            let (file, scenario) = command::check_loaded_in(file, colors, context.messages)?;
            let scenario = command::translate(&file, scenario, context)?;
            (file, scenario)
        }
        (named, _) => {
            let Some(most) = most_named(&records) else {
                return Err(Error::Usage(Phrase::text("usage-no-participants")));
            };
            command::load_for_record(named, Some(most), context)?
        }
    };
    let inputs: Vec<(&str, Option<&Path>)> = args
        .records
        .iter()
        .map(|path| ("a record", Some(path.as_path())))
        .collect();
    command::refuse_clobbering(
        &[("the output", args.output.file.as_deref())],
        Some(&file),
        &inputs,
    )?;
    let mut resolved: Vec<(String, ResolvedRecord)> = Vec::new();
    for (path, record) in &records {
        match command::resolve_record(&scenario, &file, record, path, None, context.voice()) {
            Ok(r) => resolved.push((path.display().to_string(), r)),
            // One stray record of another lesson does not stop a class's report.
            Err(Error::Record(error @ RecordError::OtherScenario { .. })) if !args.strict => {
                let m = context.messages;
                stderr::warn(
                    context.voice(),
                    &m.text_with("warn-left-out", &[("reason", Arg::from(error.message(m)))]),
                );
                stderr::help(
                    context.voice(),
                    &m.text_with(
                        "help-left-out",
                        &[("path", Arg::from(path.display().to_string()))],
                    ),
                );
            }
            Err(error) => return Err(error),
        }
    }
    if resolved.is_empty() {
        return Err(Error::Usage(Phrase::text("usage-no-participants")));
    }
    warn_of_different_quizzes(&resolved, context.voice());
    let report = ClassReport::new(&scenario, &resolved);
    let text = if args.graph {
        dot::render_counted(&scenario, (false, context.messages), Some(&report.answers))
    } else {
        match args.format {
            ReportKind::Text => text(&scenario, &report, false, context.messages),
            ReportKind::Markdown => text(&scenario, &report, true, context.messages),
            ReportKind::Csv => csv(&scenario, &report),
            ReportKind::Json => json_text(&scenario, &report),
        }
    };
    Output::new(args.output.file.as_deref()).write(&text)?;
    Ok(EXIT_OK)
}

/// The record whose scenario most of the records name (the first of them), so that one
/// stray record does not decide what the class is reported against.
fn most_named(records: &[(PathBuf, Record)]) -> Option<&Record> {
    let mut counts: Vec<(&str, usize, &Record)> = Vec::new();
    for (_, record) in records {
        let id = record.scenario.id.as_str();
        match counts.iter_mut().find(|(seen, _, _)| *seen == id) {
            Some((_, count, _)) => *count += 1,
            None => counts.push((id, 1, record)),
        }
    }
    // The first of the largest: `max_by_key` would take the last.
    let top = counts.iter().map(|(_, count, _)| *count).max()?;
    counts
        .into_iter()
        .find(|(_, count, _)| *count == top)
        .map(|(_, _, record)| record)
}

/// Whether `path` is an SQLite file, as a session database is, rather than a record: by
/// the 16 bytes every SQLite file begins with.
fn is_session_db(path: &Path) -> bool {
    const MAGIC: &[u8; 16] = b"SQLite format 3\0";
    let mut head = [0_u8; 16];
    !command::is_stdin(path)
        && std::fs::File::open(path)
            .and_then(|mut file| file.read_exact(&mut head))
            .is_ok()
        && &head == MAGIC
}

/// Quiz records of different quizzes (another seed, another number of situations, or a
/// participant's own walk) are scored on different items: say so, naming each kind.
fn warn_of_different_quizzes(records: &[(String, ResolvedRecord)], voice: (Colors, Messages)) {
    // Seed, situations, and whether the walk was the participant's own.
    type Quiz = (u64, usize, bool);
    let m = voice.1;
    let mut kinds: Vec<(Quiz, Vec<&str>)> = Vec::new();
    for (path, record) in records {
        let Some(quiz) = &record.quiz else { continue };
        let key = (quiz.seed, quiz.situations.len(), !record.steps.is_empty());
        match kinds.iter_mut().find(|(k, _)| *k == key) {
            Some((_, paths)) => paths.push(path),
            None => kinds.push((key, vec![path])),
        }
    }
    if kinds.len() < 2 {
        return;
    }
    let said: Vec<String> = kinds
        .iter()
        .map(|((seed, situations, own), paths)| {
            m.text_with(
                if *own { "quiz-kind-own" } else { "quiz-kind" },
                &[
                    ("paths", Arg::from(suggest::list(paths.iter().copied()))),
                    ("seed", Arg::from(seed.to_string())),
                    ("situations", Arg::from(*situations)),
                ],
            )
        })
        .collect();
    stderr::warn(
        voice,
        &m.text_with(
            "warn-quizzes-differ",
            &[
                ("count", Arg::from(kinds.len())),
                ("kinds", Arg::from(said.join("; "))),
            ],
        ),
    );
}

/// The kind of a record as JSON and CSV name it.
fn kind(kind: Kind) -> &'static str {
    match kind {
        Kind::Play => "play",
        Kind::Quiz => "quiz",
    }
}

/// The kind of a record as a teacher reads it.
fn kind_shown(kind: Kind, messages: Messages) -> String {
    messages.text(match kind {
        Kind::Play => "report-walk",
        Kind::Quiz => "report-quiz",
    })
}

/// The longest a recommendation's text is shown in a report's lists, in columns.
const SHORT: usize = 72;

/// A participant's line: name, kind and language, quiz score, and whether they finished.
fn participant_line(p: &Participant, t: &dyn Fn(&str) -> String, messages: Messages) -> String {
    let m = |key: &str| messages.text(key);
    let mut kind = kind_shown(p.kind, messages);
    if let Some(language) = &p.language {
        kind = messages.text_with(
            "report-kind-in",
            &[
                ("kind", Arg::from(kind)),
                ("language", Arg::from(language.as_str())),
            ],
        );
    }
    let mut line = format!("- {} ({kind})", t(&one_line(&p.name)));
    if let Some((right, total)) = p.score {
        let score = messages.text_with(
            "report-score",
            &[("right", Arg::from(right)), ("total", Arg::from(total))],
        );
        let _ = write!(line, ": {score}");
    }
    if !p.finished {
        let _ = write!(line, " {}", m("report-not-finished"));
    }
    line
}

fn text(scenario: &Scenario, report: &ClassReport, markdown: bool, messages: Messages) -> String {
    let t = |s: &str| {
        if markdown {
            escape(s)
        } else {
            printable(s).into_owned()
        }
    };
    let h = |level: usize| {
        if markdown {
            format!("{} ", "#".repeat(level))
        } else {
            String::new()
        }
    };
    // What a teacher reads: labels and short texts, never bare ids (JSON and CSV keep them).
    let short = |r: RecommendationIx| t(&shorten(&scenario.recommendations[r].text, SHORT));
    let mut out = String::new();
    let m = |key: &str| messages.text(key);
    let title = messages.text_with("report-title", &[("title", Arg::from(t(&scenario.title)))]);
    let _ = writeln!(out, "{}{title}\n", h(1));
    let _ = writeln!(out, "{}{}\n", h(2), m("report-participants"));
    let languages = report.languages();
    if !languages.is_empty() {
        let counts: Vec<String> = languages
            .iter()
            .map(|(tag, n)| {
                let tag = tag.map_or_else(|| m("report-as-written"), str::to_owned);
                format!("{tag} {n}")
            })
            .collect();
        let counts = counts.join(", ");
        let line = messages.text_with("report-languages", &[("counts", Arg::from(counts))]);
        let _ = writeln!(out, "{line}\n");
    }
    for p in &report.participants {
        let line = participant_line(p, &t, messages);
        let _ = writeln!(out, "{line}");
        if let Some((ending, recommendations)) = &p.stance {
            // One ending tells nothing apart; several are named by their headlines.
            if scenario.endings.len() > 1 {
                let ending = &scenario.endings[*ending];
                let shown = p
                    .headline
                    .as_deref()
                    .map_or_else(|| ending.id.clone(), |headline| shorten(headline, SHORT));
                let ending =
                    messages.text_with("report-ending", &[("ending", Arg::from(t(&shown)))]);
                let _ = writeln!(out, "  - {ending}");
            }
            for &r in recommendations {
                let _ = writeln!(out, "  - {}", short(r));
            }
        }
    }
    let _ = writeln!(out, "\n{}{}\n", h(2), m("report-answers"));
    for (q, question) in scenario.questions.iter().enumerate() {
        let _ = writeln!(out, "- {}", t(&one_line(&question.prompt)));
        for (c, choice) in question.choices.iter().enumerate() {
            let count = report
                .answers
                .get(&(QuestionIx::new(q), ChoiceIx::new(c)))
                .copied()
                .unwrap_or_default();
            let _ = writeln!(out, "  - {}: {count}", t(&one_line(&choice.label)));
        }
    }
    let missed = report.most_missed();
    if !missed.is_empty() {
        let _ = writeln!(out, "\n{}{}\n", h(2), m("report-most-missed"));
        for (r, missed, asked) in missed {
            let count = messages.text_with(
                "report-missed",
                &[("missed", Arg::from(missed)), ("asked", Arg::from(asked))],
            );
            let _ = writeln!(out, "- {} {count}", short(r));
        }
    }
    if !report.notes.is_empty() {
        let _ = writeln!(out, "\n{}{}\n", h(2), m("report-notes"));
        for (&q, notes) in &report.notes {
            let prompt = t(&scenario.questions[q].prompt);
            if markdown {
                let _ = writeln!(out, "### {prompt}\n");
            } else {
                let _ = writeln!(out, "{prompt}");
            }
            for (name, note) in notes {
                let _ = writeln!(out, "  - {}: {}", t(&one_line(name)), t(&one_line(note)));
            }
            if markdown {
                out.push('\n');
            }
        }
    }
    out
}

/// One row per participant: name, kind, finished, score, total, percent, ending,
/// recommendations, and the language of the translation they saw (empty for none).
fn csv(scenario: &Scenario, report: &ClassReport) -> String {
    let field = export::csv_field;
    let mut out =
        String::from("name,kind,finished,score,total,percent,ending,recommendations,language\n");
    for p in &report.participants {
        let (score, total, percent) = match p.score {
            Some((right, total)) if total > 0 => (
                right.to_string(),
                total.to_string(),
                format!("{}", right * 100 / total),
            ),
            Some((right, total)) => (right.to_string(), total.to_string(), String::new()),
            None => (String::new(), String::new(), String::new()),
        };
        let (ending, ids) = p
            .stance
            .as_ref()
            .map_or((String::new(), String::new()), |(e, ids)| {
                (
                    scenario.endings[*e].id.clone(),
                    recommendation_ids(scenario, ids).join(";"),
                )
            });
        let _ = writeln!(
            out,
            "{},{},{},{score},{total},{percent},{},{},{}",
            field(&p.name),
            kind(p.kind),
            p.finished,
            field(&ending),
            field(&ids),
            field(p.language.as_deref().unwrap_or_default())
        );
    }
    out
}

/// The ids of recommendations, in order.
fn recommendation_ids<'s>(scenario: &'s Scenario, list: &[RecommendationIx]) -> Vec<&'s str> {
    list.iter()
        .map(|&r| scenario.recommendations[r].id.as_str())
        .collect()
}

fn json_text(scenario: &Scenario, report: &ClassReport) -> String {
    let value = json!({
        "scenario": scenario.id,
        "participants": report.participants.iter().map(|p| json!({
            "name": p.name,
            "kind": kind(p.kind),
            "finished": p.finished,
            "score": p.score.map(|(right, _)| right),
            "total": p.score.map(|(_, total)| total),
            "ending": p.stance.as_ref().map(|(e, _)| &scenario.endings[*e].id),
            "recommendations": p.stance.as_ref().map(|(_, ids)| recommendation_ids(scenario, ids)),
            "language": p.language,
        })).collect::<Vec<_>>(),
        "answers": scenario.questions.iter().enumerate().map(|(q, question)| json!({
            "question": question.id,
            "choices": question.choices.iter().enumerate().map(|(c, choice)| json!({
                "choice": choice.id,
                "count": report.answers.get(&(QuestionIx::new(q), ChoiceIx::new(c))).copied().unwrap_or_default(),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "most_missed": report.most_missed().iter().map(|&(r, missed, asked)| json!({
            "id": scenario.recommendations[r].id, "missed": missed, "asked": asked,
        })).collect::<Vec<_>>(),
        "notes": report.notes.iter().map(|(&q, notes)| json!({
            "question": scenario.questions[q].id,
            "notes": notes.iter().map(|(name, note)| json!({"name": name, "note": note})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    });
    export::to_json(&value)
}
