//! Renderers for a finished walk.

pub mod json;
pub mod markdown;
pub mod text;

use std::fmt::Write;

use crate::scenario::Source;

/// "Author, “Title”, Publisher, date": the source on one line, without the note.
pub fn source_line(source: &Source) -> String {
    let mut line = format!("{}, \u{201c}{}\u{201d}", source.author, source.title);
    for part in [&source.publisher, &source.date].into_iter().flatten() {
        line.push_str(", ");
        line.push_str(part);
    }
    line
}

/// The command that replays a walk: `stance play ID --answer q=c ...`.
pub fn replay_command<'a>(
    scenario_id: &str,
    steps: impl Iterator<Item = (&'a str, &'a str, &'a str)>,
) -> String {
    let mut command = format!("stance play {scenario_id}");
    for (question, choice, _) in steps {
        let _ = write!(command, " --answer {question}={choice}");
    }
    command
}
