//! Drives the real `stance` executable.

mod authoring;
mod check;
mod classroom;
mod list;
mod play;
mod pty;
mod support;
