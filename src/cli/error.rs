//! Everything that can stop a command: the engine's errors, and the command line's own; the
//! hint each gives, worded for the command line; and the exit code each gives.

use std::fmt;

use stance_core::analysis::analysis_error::AnalysisError;
use stance_core::classroom::quiz_session::QuizAnswerError;
use stance_core::classroom::record::Kind;
use stance_core::classroom::record_error::RecordError;
use stance_core::classroom::responses::ResponsesError;
use stance_core::load::load_error::{LoadError, io_reason};
use stance_core::text::localized::Localized;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::phrase::Phrase;
use stance_core::text::suggest;
use stance_core::walk::stop::Stop;
use stance_core::walk::walk_error::{AnswerError, MissingAnswer, WalkError, describe_missing};
use stance_web::live_session::ServeError;
use stance_web::session_db::SessionDbError;
use thiserror::Error;

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: a scenario has errors.
pub const EXIT_INVALID: i32 = 1;
/// Exit code: bad usage or input: a flag, an answer, a file that cannot be read or written.
pub const EXIT_USAGE: i32 = 2;
/// Exit code: interrupted by Ctrl-C or by quitting a walk.
pub const EXIT_INTERRUPTED: i32 = 130;

/// Why a command stopped. Each says its message in the interface's language
/// ([`Localized`]); its `Display` is the English.
#[derive(Debug, Error)]
pub enum Error {
    /// A file could not be read, or a scenario found.
    Load(#[from] LoadError),
    /// A file could not be written.
    Write { path: String, reason: String },
    /// A file to be written is in a folder that does not exist.
    MissingFolder { path: String, folder: String },
    /// A scenario has errors; its diagnostics were already printed.
    InvalidScenario { name: String, count: usize },
    /// `check` found errors (or warnings under `--deny-warnings`) in some files.
    CheckFailed {
        failed: usize,
        files: usize,
        translations: usize,
        errors: usize,
        warnings: usize,
    },
    /// Answers that name no question or choice.
    Answers(Vec<AnswerError>),
    /// Questions on the path have no answer and there is no terminal to ask.
    MissingAnswers(Vec<MissingAnswer>),
    /// A record that cannot be used.
    Record(#[from] RecordError),
    /// Prepared quiz responses that cannot be used.
    Responses(#[from] ResponsesError),
    /// A record of the other kind of session: a quiz given to `play`, or a walk to `quiz`.
    WrongKind {
        path: String,
        found: Kind,
        wanted: Kind,
    },
    /// Another session is writing the record.
    RecordInUse { path: String },
    /// The classroom server could not start, or had to stop.
    Serve(#[from] ServeError),
    /// A scenario too large to analyse path by path.
    Analysis(#[source] AnalysisError),
    /// A usage problem clap cannot see, such as two inputs from stdin.
    Usage(Phrase),
    /// A quiz's response the session cannot take.
    QuizAnswer(#[from] QuizAnswerError),
    /// The terminal failed while prompting.
    Terminal(String),
    /// The person stopped a session before its end: quit from a menu, or Ctrl-C. Not an
    /// error of theirs: said in plain lines, with where the answers so far are.
    Stopped {
        /// The record that keeps the answers so far, when there is one.
        saved: Option<Saved>,
    },
}

/// For a session that can record (`play`, `quiz`): the command that goes on from a record,
/// and the record that keeps the answers so far, if one was named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The subcommand that resumes it.
    pub command: &'static str,
    /// The record, as named on the command line; `None` when the session records nothing.
    pub record: Option<String>,
}

/// What is said when a person stops a session: that it stopped, and, for one that can
/// record, where its answers are kept and how to go on, or that nothing was kept.
pub fn stopped_lines(saved: Option<&Saved>, messages: Messages) -> Vec<String> {
    let mut lines = vec![messages.text("stopped")];
    match saved {
        Some(Saved {
            command,
            record: Some(record),
        }) => lines.push(messages.text_with(
            "stopped-saved",
            &[
                ("record", Arg::from(record.as_str())),
                ("command", Arg::from(*command)),
            ],
        )),
        Some(Saved {
            command,
            record: None,
        }) => {
            lines
                .push(messages.text_with("stopped-not-saved", &[("command", Arg::from(*command))]));
        }
        None => {}
    }
    lines
}

impl Error {
    /// The process exit code for this error; the one place exit codes are decided.
    pub fn exit_code(&self) -> i32 {
        match self {
            Self::InvalidScenario { .. } | Self::CheckFailed { .. } => EXIT_INVALID,
            Self::Stopped { .. } => EXIT_INTERRUPTED,
            Self::Load(_)
            | Self::Write { .. }
            | Self::MissingFolder { .. }
            | Self::Answers(_)
            | Self::MissingAnswers(_)
            | Self::Usage(_)
            | Self::QuizAnswer(_)
            | Self::Serve(_)
            | Self::Analysis(_)
            | Self::Record(_)
            | Self::Responses(_)
            | Self::RecordInUse { .. }
            | Self::WrongKind { .. }
            | Self::Terminal(_) => EXIT_USAGE,
        }
    }

    /// A hint on what to do instead, printed after the message, in `messages`' language.
    pub fn help(&self, messages: Messages) -> Option<String> {
        let text = |key: &str| Some(messages.text(key));
        let with = |key: &str, name: &'static str, value: &str| {
            Some(messages.text_with(key, &[(name, Arg::from(value))]))
        };
        match self {
            Self::Load(LoadError::UnknownScenario { name, known }) => {
                let what = messages.text("suggest-scenarios");
                let suggestion =
                    suggest::help_in(messages, name, &what, known.iter().map(String::as_str));
                with("help-unknown-scenario", "suggestion", &suggestion)
            }
            Self::Load(LoadError::TooLarge { .. })
            | Self::Record(RecordError::Load(LoadError::TooLarge { .. })) => text("help-too-large"),
            Self::Load(LoadError::AmbiguousScenario { .. }) => text("help-ambiguous-scenario"),
            Self::InvalidScenario { name, .. } => with("help-invalid-scenario", "name", name),
            Self::MissingFolder { folder, .. } => with("help-missing-folder", "folder", folder),
            Self::WrongKind { path, found, .. } => Some(messages.text_with(
                "help-wrong-kind",
                &[
                    ("command", Arg::from(command_of(*found))),
                    ("path", Arg::from(path.as_str())),
                ],
            )),
            Self::RecordInUse { .. } => text("help-record-in-use"),
            Self::Serve(ServeError::Bind { address, .. }) => Some(messages.text_with(
                "help-port-taken",
                &[("port", Arg::from(u32::from(address.port())))],
            )),
            Self::Serve(ServeError::Db(SessionDbError::Exists { .. })) => {
                text("help-session-exists")
            }
            Self::MissingAnswers(_) => text("help-missing-answers"),
            _ => None,
        }
    }

    /// A stopped session's error, saying where its answers are kept (`saved`); other
    /// errors are returned as they are.
    #[must_use]
    pub fn saved_in(self, saved: &Saved) -> Self {
        match self {
            Self::Stopped { saved: None } => Self::Stopped {
                saved: Some(saved.clone()),
            },
            other => other,
        }
    }

    /// Builds a read error from an I/O error.
    pub fn read(path: impl fmt::Display, error: &std::io::Error) -> Self {
        Self::Load(LoadError::read(path, error))
    }

    /// Builds a write error from an I/O error.
    pub fn write(path: impl fmt::Display, error: &std::io::Error) -> Self {
        Self::Write {
            path: path.to_string(),
            reason: io_reason(error),
        }
    }
}

impl Localized for Error {
    fn message(&self, messages: Messages) -> String {
        let path_and = |key: &str, path: &str, name: &'static str, value: &str| {
            messages.text_with(key, &[("path", Arg::from(path)), (name, Arg::from(value))])
        };
        match self {
            Self::Load(error) => error.message(messages),
            Self::Record(error) => error.message(messages),
            Self::Responses(error) => error.message(messages),
            Self::Serve(error) => error.message(messages),
            Self::Write { path, reason } => path_and("error-cli-write", path, "reason", reason),
            Self::MissingFolder { path, folder } => {
                path_and("error-cli-missing-folder", path, "folder", folder)
            }
            Self::InvalidScenario { name, count } => messages.text_with(
                "error-cli-invalid-scenario",
                &[
                    ("name", Arg::from(name.as_str())),
                    ("count", Arg::from(*count)),
                ],
            ),
            Self::CheckFailed {
                failed,
                files,
                translations,
                errors,
                warnings,
            } => messages.text_with(
                "error-cli-check-failed",
                &[
                    ("failed", Arg::from(*failed)),
                    ("files", Arg::from(*files)),
                    ("translations", Arg::from(*translations)),
                    ("errors", Arg::from(*errors)),
                    ("warnings", Arg::from(*warnings)),
                ],
            ),
            Self::Answers(problems) => render_answer_errors(problems, messages),
            Self::MissingAnswers(missing) => describe_missing(missing, messages),
            Self::WrongKind {
                path,
                found,
                wanted,
            } => messages.text_with(
                "error-cli-wrong-kind",
                &[
                    ("path", Arg::from(path.as_str())),
                    ("found", Arg::from(kind_key(*found))),
                    ("wanted", Arg::from(kind_key(*wanted))),
                ],
            ),
            Self::RecordInUse { path } => messages.text_with(
                "error-cli-record-in-use",
                &[("path", Arg::from(path.as_str()))],
            ),
            Self::Analysis(error @ AnalysisError::TooLarge { .. }) => messages.text_with(
                "error-cli-analysis-paths",
                &[("message", Arg::from(error.message(messages)))],
            ),
            Self::Analysis(error) => error.message(messages),
            Self::Usage(phrase) => phrase.message(messages),
            Self::QuizAnswer(error) => error.message(messages),
            Self::Terminal(reason) => messages.text_with(
                "error-cannot-prompt",
                &[("reason", Arg::from(reason.as_str()))],
            ),
            Self::Stopped { saved } => stopped_lines(saved.as_ref(), messages).join("; "),
        }
    }
}

stance_core::display_in_english!(Error);

/// A hint for an answer that cannot be used, in `messages`' language: the valid names and a
/// did-you-mean, and how answers are written on the command line.
pub fn answer_help(error: &AnswerError, messages: Messages) -> Option<String> {
    let valid = |word: &str, what: &str, names: &[String]| {
        let what = messages.text(what);
        Some(suggest::help_in(
            messages,
            word,
            &what,
            names.iter().map(String::as_str),
        ))
    };
    match error {
        AnswerError::Syntax { .. } => Some(messages.text("help-answer-syntax")),
        AnswerError::NoteSyntax { .. } => Some(messages.text("help-note-syntax")),
        AnswerError::File { .. } => Some(messages.text("help-answers-file")),
        AnswerError::UnknownQuestion {
            question,
            valid: names,
            ..
        } => valid(question, "suggest-questions", names),
        AnswerError::UnknownChoice {
            choice,
            valid: names,
            ..
        } => valid(choice, "suggest-choices", names),
        AnswerError::Conflict { .. } => Some(messages.text("help-answer-conflict")),
        AnswerError::Unavailable { offered, .. } => Some(messages.text_with(
            "help-answer-unavailable",
            &[(
                "choices",
                Arg::from(suggest::list(offered.iter().map(String::as_str))),
            )],
        )),
    }
}

/// The answers' problems, each with its hint, as the lines `render_error` prints them but
/// the first label.
fn render_answer_errors(errors: &[AnswerError], messages: Messages) -> String {
    let mut out = String::new();
    for (i, error) in errors.iter().enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(&messages.text("error-label"));
            out.push(' ');
        }
        out.push_str(&error.message(messages));
        if let Some(help) = answer_help(error, messages) {
            out.push_str("\n  ");
            out.push_str(&messages.text("help-label"));
            out.push(' ');
            out.push_str(&help);
        }
    }
    out
}

/// A kind of session, as the catalogue's messages select it.
fn kind_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Play => "walk",
        Kind::Quiz => "quiz",
    }
}

/// The subcommand that goes on with a record of `kind`.
fn command_of(kind: Kind) -> &'static str {
    match kind {
        Kind::Play => "play",
        Kind::Quiz => "quiz",
    }
}

impl From<Stop> for Error {
    fn from(stop: Stop) -> Self {
        match stop {
            Stop::Quit | Stop::Interrupted => Self::Stopped { saved: None },
            Stop::Failed(reason) => Self::Terminal(reason),
            // A scripted twin's words, as its script gives them.
            Stop::Script(message) => Self::Usage(Phrase::verbatim(message)),
        }
    }
}

impl From<WalkError> for Error {
    fn from(error: WalkError) -> Self {
        match error {
            WalkError::Answers(problems) => Self::Answers(problems),
            WalkError::MissingAnswers(missing) => Self::MissingAnswers(missing),
            WalkError::Stopped(stop) => stop.into(),
        }
    }
}

impl From<AnalysisError> for Error {
    fn from(error: AnalysisError) -> Self {
        match error {
            AnalysisError::Walk(error) => error.into(),
            other => Self::Analysis(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use stance_core::classroom::record::Kind;
    use stance_core::load::load_error::LoadError;
    use stance_core::text::localized::Localized;
    use stance_core::text::messages::{Locale, Messages};
    use stance_core::walk::walk_error::{AnswerError, AnswerOrigin};

    use stance_core::classroom::quiz_session::QuizAnswerError;
    use stance_core::text::messages::Arg;
    use stance_core::text::phrase::Phrase;
    use stance_core::walk::stop::Stop;

    use super::{Error, answer_help};

    /// An error, and its message and help in English, then in Korean.
    type Case = (Error, [&'static str; 2], [Option<&'static str>; 2]);

    fn check_failed(files: usize, translations: usize, errors: usize) -> Error {
        Error::CheckFailed {
            failed: 1,
            files,
            translations,
            errors,
            warnings: 1,
        }
    }

    /// Representative errors of the command line's own, and of the engine's with its hint.
    fn cases() -> Vec<Case> {
        vec![
            (
                Error::InvalidScenario {
                    name: "tutorial".to_owned(),
                    count: 1,
                },
                ["`tutorial` has 1 error", "`tutorial`에 오류가 1개 있습니다"],
                [
                    Some("`stance check tutorial` lists every finding"),
                    Some("`stance check tutorial` 명령으로 모든 발견 사항을 볼 수 있습니다"),
                ],
            ),
            (
                check_failed(1, 0, 2),
                [
                    "1 of 1 scenario file did not pass (2 errors, 1 warning)",
                    "시나리오 파일 1개 가운데 1개가 통과하지 못했습니다(오류 2개, 경고 1개)",
                ],
                [None, None],
            ),
            (
                check_failed(3, 1, 1),
                [
                    "1 of 3 scenario files and 1 translation did not pass (1 error, 1 warning)",
                    "시나리오 파일 3개와 번역 1개 가운데 1개가 통과하지 못했습니다(오류 1개, 경고 1개)",
                ],
                [None, None],
            ),
            (
                check_failed(2, 4, 1),
                [
                    "1 of 2 scenario files and 4 translations did not pass (1 error, 1 warning)",
                    "시나리오 파일 2개와 번역 4개 가운데 1개가 통과하지 못했습니다(오류 1개, 경고 1개)",
                ],
                [None, None],
            ),
            (
                Error::WrongKind {
                    path: "q.json".to_owned(),
                    found: Kind::Quiz,
                    wanted: Kind::Play,
                },
                [
                    "`q.json` records a quiz (`stance quiz`), not a walk (`stance play`)",
                    "`q.json` 파일은 퀴즈(`stance quiz`)의 기록이며, 진행(`stance play`)의 기록이 아닙니다",
                ],
                [
                    Some("to go on with it, run `stance quiz --resume q.json`"),
                    Some("이어서 하려면 `stance quiz --resume q.json` 명령을 실행하십시오"),
                ],
            ),
            (
                Error::MissingFolder {
                    path: "out/a.html".to_owned(),
                    folder: "out".to_owned(),
                },
                [
                    "cannot write `out/a.html`: the folder `out` does not exist",
                    "`out/a.html`에 쓸 수 없습니다: `out` 폴더가 없습니다",
                ],
                [
                    Some(
                        "create it first (`mkdir -p out`), or name a file in a folder that exists",
                    ),
                    Some(
                        "먼저 폴더를 만들거나(`mkdir -p out`), 있는 폴더 안의 파일을 지정하십시오",
                    ),
                ],
            ),
            (
                Error::Load(LoadError::UnknownScenario {
                    name: "tutorail".to_owned(),
                    known: vec!["tutorial".to_owned()],
                }),
                [
                    "no scenario has the id `tutorail`",
                    "id가 `tutorail`인 시나리오가 없습니다",
                ],
                [
                    Some(
                        "did you mean `tutorial`? valid scenarios: `tutorial`; `stance list` shows them all, or give a path to a `.yaml` file",
                    ),
                    Some(
                        "혹시 `tutorial`입니까? 가능한 시나리오: `tutorial`. `stance list`로 모든 시나리오를 볼 수 있고, `.yaml` 파일의 경로를 주어도 됩니다",
                    ),
                ],
            ),
            (
                Error::Stopped { saved: None },
                ["stopped before the end.", "끝나기 전에 멈췄습니다."],
                [None, None],
            ),
        ]
    }

    #[test]
    fn the_command_lines_errors_and_helps_in_english_and_korean() {
        for (error, messages, helps) in cases() {
            for (i, locale) in Locale::ALL.into_iter().enumerate() {
                let language = Messages::new(locale);
                assert_eq!(error.message(language), messages[i], "{error:?}");
                assert_eq!(error.help(language).as_deref(), helps[i], "{error:?}");
            }
            assert_eq!(error.to_string(), messages[0]);
        }
    }

    #[test]
    fn usage_errors_are_worded_when_shown() {
        let ko = Messages::new(Locale::Ko);
        let grades = Error::Usage(Phrase::text_with(
            "usage-grades",
            &[("grade", Arg::from("maybe"))],
        ));
        assert_eq!(
            grades.to_string(),
            "`--grades` takes y or n for each attempt, not `maybe`"
        );
        assert_eq!(
            grades.message(ko),
            "`--grades`에는 시도마다 y나 n을 주어야 합니다(받은 값: `maybe`)"
        );
        let script = Error::from(Stop::Script("too few grades".to_owned()));
        assert_eq!(script.message(ko), "too few grades");
        let finished = Error::from(QuizAnswerError::Finished);
        assert_eq!(
            finished.message(ko),
            "퀴즈에 답할 문항이 남아 있지 않습니다"
        );
        assert_eq!(finished.exit_code(), super::EXIT_USAGE);
    }

    #[test]
    fn an_answers_hint_is_in_the_language_too() {
        let unknown = AnswerError::UnknownQuestion {
            origin: AnswerOrigin::Given("`--answer nosuch=x`".to_owned()),
            question: "smaa".to_owned(),
            valid: vec!["sma".to_owned(), "peninsula".to_owned()],
        };
        let conflict = AnswerError::Conflict {
            origin: AnswerOrigin::Given("`--answer sma=b`".to_owned()),
            question: "sma".to_owned(),
            first: "a".to_owned(),
            second: "b".to_owned(),
        };
        let ko = Messages::new(Locale::Ko);
        assert_eq!(
            answer_help(&unknown, Messages::english()).as_deref(),
            Some("did you mean `sma`? valid questions: `sma`, `peninsula`")
        );
        assert_eq!(
            answer_help(&unknown, ko).as_deref(),
            Some("혹시 `sma`입니까? 가능한 질문: `sma`, `peninsula`")
        );
        assert_eq!(
            answer_help(&conflict, ko).as_deref(),
            Some("질문마다 답을 하나만 두십시오")
        );
        // Several problems, each after its label, as one text.
        let both = Error::Answers(vec![unknown, conflict]);
        assert_eq!(
            both.message(ko),
            "`--answer nosuch=x`: `smaa` 질문이 없습니다\n  도움말: 혹시 `sma`입니까? 가능한 질문: `sma`, `peninsula`\n오류: `--answer sma=b`: `sma` 질문에 답이 두 번 주어졌습니다(`a`, 그다음 `b`)\n  도움말: 질문마다 답을 하나만 두십시오"
        );
        assert!(
            both.to_string()
                .contains("\nerror: `--answer sma=b`: question `sma` is answered twice")
        );
    }
}
