//! Benchmarks: loading and checking large scenarios, counting paths, and a scripted walk.
//! Run with `cargo bench`; figures and whole-process measurements are in
//! `docs/performance.md`.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use stance::answers::Answers;
use stance::catalog::built_in_scenario;
use stance::path_count::count_paths;
use stance::paths::Paths;
use stance::scenario_file::ScenarioFile;
use stance::walk;

mod generate;

fn load_and_check(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_and_check");
    group.sample_size(10);
    for questions in [1_000, 10_000, 100_000] {
        let text = generate::scenario(questions, 3, 1);
        group.bench_function(format!("{questions} questions"), |b| {
            b.iter(|| {
                let file = ScenarioFile::new("big.yaml", text.as_str());
                black_box(file.check(None).scenario.is_some())
            });
        });
    }
    group.finish();
}

/// A diamond of `levels` questions, two choices each, both to the next: 2^levels paths.
fn diamond(levels: usize) -> String {
    let mut text = String::from(
        "format: 1\nid: diamond\ntitle: D\nsource: {author: a, title: t}\nstart: q0\nquestions:\n",
    );
    for i in 0..levels {
        let next = if i + 1 == levels {
            "end".to_owned()
        } else {
            format!("q{}", i + 1)
        };
        let _ = write!(
            text,
            "  - id: q{i}\n    prompt: Q?\n    choices:\n      - {{id: a, label: A, next: {next}}}\n      - {{id: b, label: B, next: {next}}}\n"
        );
    }
    text.push_str("endings:\n  - id: end\n");
    text
}

fn counting(c: &mut Criterion) {
    let text = diamond(200);
    let scenario = ScenarioFile::new("diamond.yaml", text)
        .check(None)
        .scenario
        .expect("valid");
    c.bench_function("count 2^200 paths", |b| {
        b.iter(|| black_box(count_paths(&scenario)));
    });
    let chain = ScenarioFile::new("chain.yaml", generate::scenario(20, 2, 1))
        .check(None)
        .scenario
        .expect("valid");
    c.bench_function("enumerate 2^20 paths", |b| {
        b.iter(|| black_box(Paths::new(&chain).count()));
    });
}

fn scripted_walk(c: &mut Criterion) {
    let scenario = built_in_scenario();
    let pairs = [(0, 0), (1, 1), (2, 1), (3, 0)];
    c.bench_function("scripted walk of the built-in scenario", |b| {
        b.iter(|| {
            let stance = walk::play(&scenario, Answers::from_pairs(pairs), None).expect("complete");
            black_box(stance::export::json::render(&stance))
        });
    });
    c.bench_function("load and check the built-in scenario", |b| {
        b.iter(|| black_box(built_in_scenario()));
    });
}

criterion_group!(benches, load_and_check, counting, scripted_walk);
criterion_main!(benches);
