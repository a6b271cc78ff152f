//! stance's engine: a policy essay's decision tree, loaded, checked, walked and rendered.
//!
//! The engine never prints and knows no terminal: front ends (the `stance` command line,
//! and the browser and classroom front ends to come) drive it and show what it returns.
//!
//! Data flows through the stages in the order they are declared here: a YAML file is read
//! and parsed ([`load`]) into a [`load::document::Document`], checked once ([`check`]) into a
//! [`scenario::Scenario`] and its [`diagnostic::Diagnostic`]s, walked ([`walk`]) to a
//! [`walk::stance::Stance`], studied as a whole ([`analysis`]) or used in class
//! ([`classroom`]), and rendered to text ([`export`]) or told as JSON lines ([`protocol`]).
//! [`text`] holds the rules every stage shares for showing text.

pub mod diagnostic;

/// Reading scenario files and parsing their YAML into documents.
pub mod load {
    pub mod catalog;
    pub mod document;
    pub mod key_scan;
    pub mod limits;
    pub mod load_error;
    pub mod recovery;
    pub mod scenario_file;
    pub mod split;
    pub mod translation_document;
    pub mod yaml;
}

/// Turning a document into a checked scenario, with every finding.
pub mod check {
    pub mod analyser;
    pub mod source_files;
    pub mod source_text;
    pub mod translation_check;
}

pub mod scenario;

pub mod walk;

/// Every walk of a scenario at once: paths, their count, pivots and golden tests.
pub mod analysis {
    pub mod all_paths;
    pub mod analysis_error;
    pub mod golden;
    pub mod path_count;
    pub mod pivots;
}

/// The classroom: records of walks, quizzes, rehearsal drills, comparisons and class reports.
pub mod classroom {
    pub mod class_report;
    pub mod clock;
    pub mod comparison;
    pub mod drill_session;
    pub mod examiner;
    pub mod live_error;
    pub mod live_walk;
    pub mod quiz_items;
    pub mod quiz_session;
    pub mod record;
    pub mod record_error;
    pub mod record_store;
    pub mod rehearsal;
    pub mod resolved_record;
    pub mod responses;
    pub mod rng;
    pub mod role;
    pub mod session_event;
}

pub mod export;

/// The event protocol of `stance play --events` and `stance quiz --events`: JSON lines of
/// events out and commands in, sharing the classroom server's event types.
pub mod protocol {
    pub mod command_line;
    pub mod envelope;
    pub mod event;
    pub mod play_command;
    pub mod protocol_error;
    pub mod quiz_command;
}

/// Showing text safely and readably: neutralising controls, wrapping, suggestions, styles.
pub mod text {
    pub mod citation;
    pub mod html_text;
    pub mod localized;
    pub mod messages;
    pub mod phrase;
    pub mod printable;
    pub mod style;
    pub mod suggest;
    pub mod wrap;
}
