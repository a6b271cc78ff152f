//! Fuzzes loading and checking a scenario, then walking what checks clean; and checks that
//! parsing in parts reads what one parse reads.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stance_core::analysis::all_paths::AllPaths;
use stance_core::analysis::path_count::count_paths;
use stance_core::check::analyser;
use stance_core::check::source_text::SourceText;
use stance_core::load::document::Document;
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::text::style::Plain;
use stance_core::load::{split, yaml};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for parts in [2, 3] {
        if let Some(document) = split::parse_in_parts(text, parts) {
            let whole = yaml::parse::<Document>(text).expect("parts read what one parse rejects");
            assert_eq!(format!("{document:?}"), format!("{whole:?}"));
        }
    }
    let source = SourceText::parse(text);
    let file = ScenarioFile::new("fuzz.yaml", text);
    let analysis = analyser::check_file(&file, Some(&source));
    for locale in stance_core::text::messages::Locale::ALL {
        let messages = stance_core::text::messages::Messages::new(locale);
        let _ = stance_core::export::findings::render_human(
            &file,
            &analysis.diagnostics,
            false,
            messages,
        );
    }
    if let Some(scenario) = analysis.scenario {
        let _ = count_paths(&scenario);
        for stance in AllPaths::new(&scenario).take(64) {
            let _ = stance_core::export::stance_json::render(&stance);
            let _ = stance_core::export::stance_markdown::render(&stance, "fuzz");
            let _ = stance_core::export::stance_text::render(&stance, "fuzz", Some(80), &Plain);
        }
        let _ = stance_core::export::dot::render(&scenario, true);
        let _ = stance_core::export::mermaid::render(&scenario, true);
    }
});
