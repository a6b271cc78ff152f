//! Standard error, for everything but the menus: diagnostics, warnings, notes and errors.
//!
//! A write to a closed or full standard error (`2>&1 | head -c 10`, `2>/dev/full`) is not
//! an error of the command's: it is dropped, so that it can neither panic nor change the
//! exit code the command's own outcome gives.

use std::io::Write;

use stance_core::text::messages::Messages;
use stance_core::text::printable::one_line;
use stance_core::text::style::{Style, Styler};
use stance_core::text::wrap::wrap;

use crate::cli::color::{Colors, Target};
use crate::terminal::width::stderr_width;

/// Writes `text` as it is; the caller has neutralised what came from outside.
pub fn write(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Writes `text` and a line break.
pub fn line(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = stderr
        .write_all(text.as_bytes())
        .and_then(|()| stderr.write_all(b"\n"));
}

/// Writes `text` neutralised, on one line or, on a terminal, wrapped to its width with the
/// lines after the first indented: said to a person in the middle of a session.
pub fn said(text: &str) {
    line(&wrap(&one_line(text), stderr_width(), "", "  "));
}

/// `warning: MESSAGE`, the label in the words of `messages`, the message neutralised and on
/// one line: it quotes names, paths and values.
pub fn warn((colors, messages): (Colors, Messages), message: &str) {
    let label = messages.text("warning-label");
    labelled(colors, (Style::Warning, &label), ": ", message);
}

/// `  help: HINT` under a warning or an error, neutralised and on one line.
pub fn help((colors, messages): (Colors, Messages), hint: &str) {
    let label = colors
        .painter(Target::Stderr)
        .paint(Style::Help, &messages.text("help-label"));
    line(&format!("  {label} {}", one_line(hint)));
}

/// `error: MESSAGE`, neutralised and on one line, for a problem that does not stop the
/// command.
pub fn error((colors, messages): (Colors, Messages), message: &str) {
    let label = messages.text("error-label");
    labelled(colors, (Style::Failure, &label), " ", message);
}

/// A dimmed note, such as the seed a quiz drew, neutralised.
pub fn note(colors: Colors, message: &str) {
    line(
        &colors
            .painter(Target::Stderr)
            .paint(Style::Muted, &one_line(message)),
    );
}

/// A painted label, then `gap` and the message on one line.
fn labelled(colors: Colors, (style, label): (Style, &str), gap: &str, message: &str) {
    let label = colors.painter(Target::Stderr).paint(style, label);
    line(&format!("{label}{gap}{}", one_line(message)));
}
