//! Drives the real `stance` executable.

mod authoring;
mod check;
mod classroom;
mod hardening;
mod list;
mod play;
mod properties;
mod pty;
mod support;
