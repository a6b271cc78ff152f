//! Fuzzes what comes from participants and their teachers rather than from scenario authors:
//! records (read, then set against the built-in scenario and summed up as a report), answers
//! files (resolved and walked), and the one pass over a document's keys.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use stance_core::check::analyser::built_in_scenario;
use stance_core::classroom::class_report::ClassReport;
use stance_core::classroom::record::Record;
use stance_core::classroom::resolved_record::ResolvedRecord;
use stance_core::load::catalog::built_in_files;
use stance_core::load::document::Document;
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::load::{key_scan, yaml};
use stance_core::scenario::Scenario;
use stance_core::text::printable::{one_line, printable};
use stance_core::walk::answers::{self, Answers};
use stance_core::walk;

/// The built-in scenario, checked once for every input.
static SCENARIO: OnceLock<(Scenario, ScenarioFile)> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (scenario, file) = SCENARIO.get_or_init(|| (built_in_scenario(), built_in_files().remove(0)));

    // A record: whatever it says must be refused with a reason, or resolve to a walk of the
    // scenario whose score and finish the scenario decides.
    if let Ok(record) = Record::parse("fuzz.json", text)
        && let Ok(resolved) = ResolvedRecord::new(scenario, &file.text, &record, "fuzz.json")
    {
        let mut walk = walk::Walk::new(scenario);
        for step in &resolved.steps {
            assert!(walk.answer(step.choice), "a resolved step the walk cannot take");
        }
        if let Some(quiz) = &resolved.quiz {
            let (right, asked) = quiz.score();
            assert!(right <= asked && asked <= quiz.items());
            for answered in &quiz.answered {
                assert!(answered.picked.is_none_or(|p| answered.item.options.contains(&p)));
            }
        }
        let report = ClassReport::new(scenario, &[("fuzz.json".to_owned(), resolved)]);
        for participant in &report.participants {
            assert!(!one_line(&participant.name).contains('\n'));
        }
    }

    // An answers file.
    if let Ok(raw) = answers::parse_file("fuzz.yaml", text)
        && let Ok(answers) = Answers::resolve(scenario, &raw)
        && walk::unanswered(scenario, &answers).is_empty()
    {
        let _ = walk::play(scenario, answers, None);
    }

    // Every unknown or repeated key at once, and every tag; and what is shown of the text.
    let _ = key_scan::scan::<Document>(text);
    let _ = yaml::unsupported_tags(text);
    let shown = printable(text);
    assert!(!shown.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
});
