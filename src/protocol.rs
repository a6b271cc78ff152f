//! The event protocol's front end: `stance play --events` and `stance quiz --events` read
//! commands from standard input and write events to standard output, one JSON object a
//! line, for another program to drive. The types and their checks are the engine's
//! ([`stance_core::protocol`]); this reads and writes the lines.

pub mod event_channel;
pub mod event_examiner;
pub mod event_prompter;
