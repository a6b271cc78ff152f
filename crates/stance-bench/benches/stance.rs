//! Benchmarks: parsing, loading and checking large scenarios (also with a hundred unknown
//! keys), counting paths, analysing them, a scripted walk, and the player page. Run with `cargo bench`; figures and whole-process measurements are in
//! `docs/performance.md`.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use stance_core::analysis::all_paths::AllPaths;
use stance_core::analysis::path_count::count_paths;
use stance_core::analysis::pivots;
use stance_core::check::analyser;
use stance_core::check::analyser::built_in_scenario;
use stance_core::classroom::record::content_hash;
use stance_core::classroom::role::Role;
use stance_core::export::walk_table::WalkTable;
use stance_core::load::document::Document;
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::load::yaml;
use stance_core::scenario::index::{ChoiceIx, QuestionIx};
use stance_core::text::messages::Messages;
use stance_core::walk;
use stance_core::walk::answers::Answers;

mod generate;

/// The YAML parse alone, into the document the analyser reads: the floor under `check`.
fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    group.sample_size(10);
    for questions in [1_000, 10_000, 100_000] {
        let text = generate::scenario(questions, 3, 1);
        group.bench_function(format!("{questions} questions"), |b| {
            b.iter(|| black_box(yaml::parse::<Document>(&text).is_ok()));
        });
    }
    group.finish();
}

fn load_and_check(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_and_check");
    group.sample_size(10);
    for questions in [1_000, 10_000, 100_000] {
        let text = generate::scenario(questions, 3, 1);
        group.bench_function(format!("{questions} questions"), |b| {
            b.iter(|| {
                let file = ScenarioFile::new("big.yaml", text.as_str());
                black_box(analyser::check_file(&file, None).scenario.is_some())
            });
        });
    }
    group.finish();
}

fn counting(c: &mut Criterion) {
    // Two choices per question, both to the next: 2^200 paths.
    let scenario = analyser::check_file(
        &ScenarioFile::new("diamond.yaml", generate::scenario(200, 2, 1)),
        None,
    )
    .scenario
    .expect("valid");
    c.bench_function("count 2^200 paths", |b| {
        b.iter(|| black_box(count_paths(&scenario)));
    });
    let chain = analyser::check_file(
        &ScenarioFile::new("chain.yaml", generate::scenario(20, 2, 1)),
        None,
    )
    .scenario
    .expect("valid");
    c.bench_function("enumerate 2^20 paths", |b| {
        b.iter(|| black_box(AllPaths::new(&chain).count()));
    });
}

/// Checking a file with a hundred unknown keys at its end: every key is found in one pass
/// and mended together, so this is a few parses, not a hundred.
fn recovering(c: &mut Criterion) {
    let mut group = c.benchmark_group("recover");
    group.sample_size(10);
    for questions in [1_000, 10_000] {
        let mut text = generate::scenario(questions, 3, 1);
        for i in 0..100 {
            let _ = writeln!(text, "unknown_{i}: {i}");
        }
        group.bench_function(
            format!("100 unknown keys after {questions} questions"),
            |b| {
                b.iter(|| {
                    let file = ScenarioFile::new("keys.yaml", text.as_str());
                    black_box(analyser::check_file(&file, None).diagnostics.len())
                });
            },
        );
    }
    group.finish();
}

/// `analyze` near its path limit: 2^17 paths of 17 answers, compared in one pass.
fn analysing(c: &mut Criterion) {
    let scenario = analyser::check_file(
        &ScenarioFile::new("chain.yaml", generate::scenario(17, 2, 1)),
        None,
    )
    .scenario
    .expect("valid");
    let mut group = c.benchmark_group("analyze");
    group.sample_size(10);
    group.bench_function("2^17 paths", |b| {
        b.iter(|| black_box(pivots::pivots(&scenario).map(|r| r.stances)));
    });
    let chain = analyser::check_file(
        &ScenarioFile::new("chain.yaml", generate::scenario(100, 2, 1)),
        None,
    )
    .scenario
    .expect("valid");
    group.bench_function("refusing 2^100 paths", |b| {
        b.iter(|| black_box(pivots::pivots(&chain).is_err()));
    });
    group.finish();
}

fn scripted_walk(c: &mut Criterion) {
    let scenario = built_in_scenario();
    let pairs =
        [(0, 0), (1, 1), (2, 1), (3, 0)].map(|(q, c)| (QuestionIx::new(q), ChoiceIx::new(c)));
    c.bench_function("scripted walk of the built-in scenario", |b| {
        b.iter(|| {
            let stance = walk::play(&scenario, Answers::from_pairs(pairs), None).expect("complete");
            black_box(stance_core::export::stance_json::render(&stance))
        });
    });
    c.bench_function("load and check the built-in scenario", |b| {
        b.iter(|| black_box(built_in_scenario()));
    });
}

/// The browser player's page for a 1,000-question scenario: the walk table compiled from the
/// checked scenario, and the page written around it.
fn player_page(c: &mut Criterion) {
    let file = ScenarioFile::new("big.yaml", generate::scenario(1_000, 3, 1));
    let scenario = analyser::check_file(&file, None).scenario.expect("valid");
    let hash = content_hash(&file.text);
    c.bench_function("player page of 1000 questions", |b| {
        b.iter(|| {
            let table = WalkTable::compile(
                &scenario,
                hash.clone(),
                Role::Participant,
                Messages::english(),
            )
            .expect("compiles");
            black_box(stance_web::player_page::render(&table, "en", Messages::english()).len())
        });
    });
}

criterion_group!(
    benches,
    parse,
    load_and_check,
    recovering,
    counting,
    analysing,
    scripted_walk,
    player_page
);
criterion_main!(benches);
