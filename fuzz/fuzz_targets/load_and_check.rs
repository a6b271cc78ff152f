//! Fuzzes loading and checking a scenario, then walking what checks clean; and checks that
//! parsing in parts reads what one parse reads.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stance::document::Document;
use stance::path_count::count_paths;
use stance::paths::Paths;
use stance::scenario_file::ScenarioFile;
use stance::source_text::SourceText;
use stance::{split, yaml};

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
    let analysis = file.check(Some(&source));
    let _ = stance::findings::render_human(&file, &analysis.diagnostics, false);
    if let Some(scenario) = analysis.scenario {
        let _ = count_paths(&scenario);
        for stance in Paths::new(&scenario).take(64) {
            let _ = stance::export::json::render(&stance);
            let _ = stance::export::markdown::render(&stance, "fuzz");
            let _ = stance::export::text::render(&stance, "fuzz", Some(80));
        }
        let _ = stance::export::dot::render(&scenario, true);
        let _ = stance::export::mermaid::render(&scenario, true);
    }
});
