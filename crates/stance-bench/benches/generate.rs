//! Large, valid scenarios for benchmarks and stress tests, shared by `benches/` and the
//! `gen_scenario` example.

use std::fmt::Write as _;

/// A chain of `questions` questions with `fanout` choices each: choice `c` of question `I`
/// leads `1 + c % skip` questions ahead (past the last, to the ending), so with `skip` 1 there
/// are fanout^questions paths. Each choice recommends one of a hundred recommendations.
pub fn scenario(questions: usize, fanout: usize, skip: usize) -> String {
    let recommendations = 100usize;
    let mut out = String::with_capacity(questions * 220);
    out.push_str(
        "format: 1\nid: generated\ntitle: Generated scenario\nsource:\n  author: A. Generator\n  title: No essay\nstart: q0\nquestions:\n",
    );
    for i in 0..questions {
        let _ = write!(
            out,
            "  - id: q{i}\n    prompt: \"Question {i}?\"\n    choices:\n"
        );
        for c in 0..fanout {
            let jump = 1 + c % skip.max(1);
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
    out
}
