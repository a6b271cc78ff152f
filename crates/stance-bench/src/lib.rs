//! Nothing but a home for the benchmarks in `benches/`: run them with
//! `cargo bench -p stance-bench`.
