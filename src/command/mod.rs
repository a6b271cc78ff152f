//! The subcommands: each reads its arguments, calls the core, and writes the result.

pub mod check;
pub mod list;
pub mod play;
