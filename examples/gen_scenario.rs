//! Writes a large, valid scenario to stdout, for benchmarks and stress tests.
//!
//! `cargo run --release --example gen_scenario -- --questions 100000 --fanout 3 > big.yaml`
//!
//! Question `qI` has `fanout` choices; choice `c` leads to `q(I+1)` (the last question to the
//! ending), so a chain of N questions has fanout^N paths and is as deep as it is long. Each
//! choice recommends one of a hundred recommendations. `--skip S` lets choice `c` jump up
//! to S questions ahead instead, for a less regular graph.

use std::fmt::Write as _;
use std::io::Write as _;

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
    let recommendations = 100usize;
    let mut out = String::with_capacity(questions * 220);
    let _ = write!(
        out,
        "format: 1\nid: generated\ntitle: Generated scenario\nsource:\n  author: A. Generator\n  title: No essay\nstart: q0\nquestions:\n"
    );
    for i in 0..questions {
        let _ = write!(
            out,
            "  - id: q{i}\n    prompt: \"Question {i}?\"\n    choices:\n"
        );
        for c in 0..fanout {
            let jump = 1 + c % skip;
            let next = if i + jump >= questions {
                "end".to_owned()
            } else {
                format!("q{}", i + jump)
            };
            let r = (i * fanout + c) % recommendations;
            let _ = write!(
                out,
                "      - id: c{c}\n        label: \"Choice {c}\"\n        recommends: [r{r}]\n        next: {next}\n"
            );
        }
    }
    out.push_str("recommendations:\n");
    for r in 0..recommendations {
        let _ = write!(
            out,
            "  - id: r{r}\n    text: Do thing {r}.\n    rationale: Because {r}.\n    basis: explicit\n    cites:\n      - paragraph: 1\n        quote: thing {r}\n"
        );
    }
    out.push_str("endings:\n  - id: end\n    headline: Done.\n");
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
}
