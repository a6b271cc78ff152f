//! Drives the real `stance` executable.

mod authoring;
mod browser;
mod check;
mod classroom;
mod docs;
// The large-scenario generator the benchmarks and `gen_scenario` use.
#[path = "../../crates/stance-bench/benches/generate.rs"]
mod generate;
mod hardening;
mod list;
mod play;
mod properties;
mod pty;
mod screen;
mod security;
mod serve;
mod support;
mod translation;
