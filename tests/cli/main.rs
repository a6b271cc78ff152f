//! Drives the real `stance` executable.

mod check;
mod list;
mod play;
mod pty;
mod support;
