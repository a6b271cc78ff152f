//! `stance analyze`: pivotal questions, how widely recommendations are reached, and flips.

use std::fmt::Write;

use serde_json::{Value, json};
use stance_core::analysis::pivots::{self, Flip, PivotReport};
use stance_core::scenario::Scenario;
use stance_core::scenario::index::{ChoiceIx, QuestionIx, RecommendationIx};
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::style::{Style, Styler};
use stance_core::text::wrap::{columns, pad_end, pad_start};
use stance_core::walk::stance::Stance;

use crate::cli::args::{AnalyzeArgs, ReportFormat};
use crate::cli::color::Painter;
use crate::cli::error::{EXIT_OK, Error};
use crate::command::{self, Context};

/// Runs `stance analyze`.
pub fn run(args: &AnalyzeArgs, context: Context<'_>) -> Result<i32, Error> {
    let Context { limits, colors, .. } = context;
    let (_, scenario, output) = command::load_with_output(
        &args.scenario,
        &args.output,
        &[("the answers file", args.answers_file.as_deref())],
        context,
    )?;
    let report = pivots::pivots(&scenario)?;
    let flips = if args.answers.is_empty() && args.answers_file.is_none() {
        None
    } else {
        let answers = command::answers(
            &scenario,
            &args.answers,
            args.answers_file.as_deref(),
            limits,
        )?;
        Some(pivots::flips(&scenario, &answers)?)
    };
    let paint = colors.painter(output.target());
    let text = match args.format {
        ReportFormat::Text => text(
            &scenario,
            &report,
            flips.as_ref(),
            (paint, context.messages),
        ),
        ReportFormat::Json => {
            stance_core::export::to_json(&to_json(&scenario, &report, flips.as_ref()))
        }
    };
    output.write(&text)?;
    Ok(EXIT_OK)
}

fn ids<'s>(scenario: &'s Scenario, list: &[RecommendationIx]) -> Vec<&'s str> {
    list.iter()
        .map(|&r| scenario.recommendations[r].id.as_str())
        .collect()
}

fn text(
    scenario: &Scenario,
    report: &PivotReport,
    flips: Option<&(Stance<'_>, Vec<Flip>)>,
    (paint, m): (Painter, Messages),
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n",
        m.text_with(
            "analyze-summary",
            &[
                ("paths", Arg::from(report.paths.to_string())),
                ("stances", Arg::from(report.stances.to_string())),
            ],
        )
    );
    let heads = [
        m.text("analyze-question"),
        m.text("analyze-paths"),
        m.text("analyze-stances"),
        m.text("analyze-pivotal"),
    ];
    // Each column as wide as its widest cell, however long the ids or large the counts, in
    // terminal columns.
    let widest = |cells: &mut dyn Iterator<Item = usize>, head: &str| {
        cells.max().unwrap_or(0).max(columns(head))
    };
    let width = widest(
        &mut report
            .questions
            .iter()
            .map(|q| columns(&scenario.questions[q.question].id)),
        &heads[0],
    );
    let paths = widest(
        &mut report.questions.iter().map(|q| q.paths.to_string().len()),
        &heads[1],
    );
    let stances = widest(
        &mut report.questions.iter().map(|q| q.stances.to_string().len()),
        &heads[2],
    );
    let _ = writeln!(
        out,
        "{}",
        paint.paint(
            Style::Strong,
            &format!(
                "{}  {}  {}  {}",
                pad_end(&heads[0], width),
                pad_start(&heads[1], paths),
                pad_start(&heads[2], stances),
                heads[3]
            )
        )
    );
    for q in &report.questions {
        let pivotal = if q.pivotal {
            paint.paint(Style::Added, &m.text("confirm-yes"))
        } else {
            paint.paint(Style::Muted, &m.text("confirm-no"))
        };
        let _ = writeln!(
            out,
            "{}  {}  {}  {pivotal}",
            pad_end(&scenario.questions[q.question].id, width),
            pad_start(&q.paths.to_string(), paths),
            pad_start(&q.stances.to_string(), stances),
        );
    }
    reach_lines(scenario, report, m, paint, &mut out);
    if let Some((base, flips)) = flips {
        flip_lines(scenario, (base, flips), (paint, m), &mut out);
    }
    out
}

/// Which recommendations every path, some and none reach.
fn reach_lines(
    scenario: &Scenario,
    report: &PivotReport,
    m: Messages,
    paint: Painter,
    out: &mut String,
) {
    let widest = |cells: &mut dyn Iterator<Item = usize>| cells.max().unwrap_or(0);
    let (every, some, none) = reach(report);
    let width = widest(
        &mut some
            .iter()
            .map(|r| columns(&scenario.recommendations[*r].id)),
    );
    let _ = writeln!(
        out,
        "\n{}",
        paint.paint(Style::Strong, &m.text("analyze-recommendations"))
    );
    let _ = writeln!(
        out,
        "  {}: {}",
        m.text("analyze-on-every"),
        list(&ids(scenario, &every), m)
    );
    let _ = writeln!(out, "  {}:", m.text("analyze-on-some"));
    let count = report.paths.to_string().len();
    for r in &some {
        let reached = m.text_with(
            "analyze-reached",
            &[
                (
                    "n",
                    Arg::from(pad_start(&report.reach[r.index()].to_string(), count)),
                ),
                ("total", Arg::from(report.paths.to_string())),
            ],
        );
        let _ = writeln!(
            out,
            "    {}  {reached}",
            pad_end(&scenario.recommendations[*r].id, width),
        );
    }
    if some.is_empty() {
        let _ = writeln!(out, "    {}", m.text("analyze-none"));
    }
    let _ = writeln!(
        out,
        "  {}: {}",
        m.text("analyze-on-no"),
        list(&ids(scenario, &none), m)
    );
}

/// What changing each answer of the fixed walk does.
fn flip_lines(
    scenario: &Scenario,
    (base, flips): (&Stance<'_>, &[Flip]),
    (paint, m): (Painter, Messages),
    out: &mut String,
) {
    let walk: Vec<String> = base.steps().map(|(q, c, _)| format!("{q}={c}")).collect();
    let _ = writeln!(
        out,
        "\n{}",
        paint.paint(
            Style::Strong,
            &m.text_with("analyze-changing", &[("walk", Arg::from(walk.join(" ")))])
        )
    );
    for flip in flips {
        let question = &scenario.questions[flip.question];
        let head = format!(
            "  {}: {} \u{2192} {}",
            question.id, question.choices[flip.from].id, question.choices[flip.to].id
        );
        for outcome in &flip.outcomes {
            let mut line = head.clone();
            if !outcome.also.is_empty() {
                let also: Vec<String> =
                    outcome.also.iter().map(|s| s.as_answer(scenario)).collect();
                let _ = write!(
                    line,
                    " {}",
                    m.text_with("analyze-with", &[("answers", Arg::from(also.join(" ")))])
                );
            }
            let mut changes: Vec<String> = ids(scenario, &outcome.adds)
                .iter()
                .map(|id| paint.paint(Style::Added, &format!("+{id}")))
                .collect();
            changes.extend(
                ids(scenario, &outcome.removes)
                    .iter()
                    .map(|id| paint.paint(Style::Removed, &format!("-{id}"))),
            );
            if changes.is_empty() {
                changes.push(paint.paint(Style::Muted, &m.text("analyze-no-change")));
            }
            let _ = write!(line, ": {}", changes.join(" "));
            if !outcome.skips.is_empty() {
                let skipped: Vec<&str> = outcome
                    .skips
                    .iter()
                    .map(|&q| scenario.questions[q].id.as_str())
                    .collect();
                let _ = write!(
                    line,
                    " {}",
                    m.text_with(
                        "analyze-no-longer-asks",
                        &[("questions", Arg::from(skipped.join(", ")))]
                    )
                );
            }
            let _ = writeln!(out, "{line}");
        }
    }
}

/// Recommendations on every path, on some, and on none.
fn reach(
    report: &PivotReport,
) -> (
    Vec<RecommendationIx>,
    Vec<RecommendationIx>,
    Vec<RecommendationIx>,
) {
    let mut every = Vec::new();
    let mut some = Vec::new();
    let mut none = Vec::new();
    for (r, &n) in RecommendationIx::all(report.reach.len()).zip(&report.reach) {
        match n {
            0 => none.push(r),
            n if n == report.paths => every.push(r),
            _ => some.push(r),
        }
    }
    (every, some, none)
}

fn list(ids: &[&str], m: Messages) -> String {
    if ids.is_empty() {
        m.text("analyze-none")
    } else {
        ids.join(", ")
    }
}

fn to_json(
    scenario: &Scenario,
    report: &PivotReport,
    flips: Option<&(Stance<'_>, Vec<Flip>)>,
) -> Value {
    let (every, some, none) = reach(report);
    let step = |question: QuestionIx, choice: ChoiceIx| {
        let q = &scenario.questions[question];
        json!({"question": q.id, "choice": q.choices[choice].id})
    };
    json!({
        "scenario": scenario.id,
        "paths": report.paths,
        "stances": report.stances,
        "questions": report.questions.iter().map(|q| json!({
            "id": scenario.questions[q.question].id,
            "paths": q.paths,
            "stances": q.stances,
            "pivotal": q.pivotal,
        })).collect::<Vec<_>>(),
        "recommendations": {
            "every": ids(scenario, &every),
            "some": some.iter().map(|&r| json!({"id": scenario.recommendations[r].id, "paths": report.reach[r.index()]})).collect::<Vec<_>>(),
            "none": ids(scenario, &none),
        },
        "flips": flips.map(|(base, flips)| json!({
            "walk": base.path.iter().map(|s| step(s.question, s.choice)).collect::<Vec<_>>(),
            "changes": flips.iter().map(|f| json!({
                "question": scenario.questions[f.question].id,
                "from": scenario.questions[f.question].choices[f.from].id,
                "to": scenario.questions[f.question].choices[f.to].id,
                "outcomes": f.outcomes.iter().map(|o| json!({
                    "also": o.also.iter().map(|s| step(s.question, s.choice)).collect::<Vec<_>>(),
                    "adds": ids(scenario, &o.adds),
                    "removes": ids(scenario, &o.removes),
                    "no_longer_asks": o.skips.iter().map(|&q| &scenario.questions[q].id).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })),
    })
}
