//! Writes a large, valid scenario to stdout, for benchmarks and stress tests.
//!
//! `cargo run --release --example gen_scenario -- --questions 100000 --fanout 3 > big.yaml`
//!
//! Question `qI` has `fanout` choices; choice `c` leads to `q(I+1)` (the last question to the
//! ending), so a chain of N questions has fanout^N paths and is as deep as it is long. Each
//! choice recommends one of a hundred recommendations. `--skip S` lets choice `c` jump up
//! to S questions ahead instead, for a less regular graph.

use std::io::Write as _;

#[path = "../crates/stance-bench/benches/generate.rs"]
mod generate;

fn main() {
    let mut questions = 1_000usize;
    let mut fanout = 3usize;
    let mut skip = 1usize;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().and_then(|v| v.parse::<usize>().ok());
        match (flag.as_str(), value) {
            ("--questions", Some(v)) if v > 0 => questions = v,
            ("--fanout", Some(v)) if v > 1 => fanout = v,
            ("--skip", Some(v)) if v > 0 => skip = v,
            _ => {
                eprintln!("usage: gen_scenario [--questions N>0] [--fanout K>1] [--skip S>0]");
                std::process::exit(2);
            }
        }
    }
    let text = generate::scenario(questions, fanout, skip);
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}
