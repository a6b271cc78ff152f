//! Drives the real `stance` executable.

mod authoring;
mod check;
mod list;
mod play;
mod pty;
mod support;
