//! `stance check`: validate scenario files and report every finding.

use std::path::{Component, Path};

use stance_core::check::analyser::{self, Against, Analysis};
use stance_core::check::source_files::SourceFiles;
use stance_core::check::source_text::SourceText;
use stance_core::check::translation_check::check_translation;
use stance_core::diagnostic::{Code, Diagnostic, Severity};
use stance_core::export::findings::{self, JsonFinding};
use stance_core::load::catalog::{self, DEFAULT_DIR, Found};
use stance_core::load::limits::Limits;
use stance_core::load::load_error::LoadError;
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::load::translation_document::{TranslationDocument, is_translation};
use stance_core::scenario::Scenario;
use stance_core::text::localized::Localized;
use stance_core::text::messages::{Arg, Messages};
use stance_core::text::phrase::Phrase;
use stance_core::text::style::{Style, Styler};
use stance_core::text::suggest;

use crate::cli::args::{CheckArgs, CheckFormat};
use crate::cli::color::{Colors, Target};
use crate::cli::error::{EXIT_OK, Error};
use crate::cli::output::Output;
use crate::cli::stderr;
use crate::command::{self, Context};

/// Runs `stance check`.
pub fn run(args: &CheckArgs, context: Context<'_>) -> Result<i32, Error> {
    let Context { limits, colors, .. } = context;
    let mut inputs: Vec<(&str, bool)> = args
        .paths
        .iter()
        .map(|path| ("a scenario", command::is_stdin(path)))
        .collect();
    inputs.push((
        "the source",
        args.source.as_deref().is_some_and(command::is_stdin),
    ));
    command::stdin_once(&inputs)?;
    let source = match &args.source {
        Some(path) => {
            let file = ScenarioFile::read(path, limits)?;
            Some(SourceText::parse(&file.text))
        }
        None => None,
    };
    let (files, unreadable) = files(&args.paths, context)?;
    for error in &unreadable {
        stderr::error(context.voice(), &error.message(context.messages));
    }
    let mut disk = DiskSources { limits };
    let (named_translations, files): (Vec<ScenarioFile>, Vec<ScenarioFile>) = files
        .into_iter()
        .partition(|file| is_translation(&file.text));
    let checked: Vec<(ScenarioFile, Analysis)> = files
        .into_iter()
        .map(|file| {
            let against = match &source {
                Some(text) => Against::Text(text),
                None => Against::Named(&mut disk),
            };
            let analysis = analyser::check_file_against(&file, against);
            (file, analysis)
        })
        .collect();

    let translated = translations(&checked, named_translations, context);
    let all_findings = || {
        checked
            .iter()
            .map(|(file, a)| (file, a.diagnostics.as_slice()))
            .chain(translated.iter().map(|(file, d)| (file, d.as_slice())))
    };
    let count = |severity: Severity| {
        all_findings()
            .flat_map(|(_, diagnostics)| diagnostics)
            .filter(|d| d.severity() == severity)
            .count()
    };
    // A file that could not be read counts as a failed file with one error.
    let (errors, warnings) = (
        count(Severity::Error) + unreadable.len(),
        count(Severity::Warning),
    );
    let failed = unreadable.len()
        + all_findings()
            .filter(|(_, diagnostics)| {
                diagnostics.iter().any(|d| {
                    d.severity() == Severity::Error
                        || (args.deny_warnings && d.severity() == Severity::Warning)
                })
            })
            .count();

    match args.format {
        CheckFormat::Json => {
            let findings: Vec<JsonFinding<'_>> = all_findings()
                .flat_map(|(file, diagnostics)| {
                    diagnostics.iter().map(move |d| JsonFinding::new(file, d))
                })
                .collect();
            let json = stance_core::export::to_json(&findings);
            Output::Stdout.write(&json)?;
        }
        CheckFormat::Text => {
            let color = colors.enabled(Target::Stderr);
            for (file, diagnostics) in all_findings() {
                stderr::write(&findings::render_human(
                    file,
                    diagnostics,
                    color,
                    context.messages,
                ));
            }
        }
    }

    note_unchecked_quotes(&checked, colors, context.messages);
    if failed > 0 {
        return Err(Error::CheckFailed {
            failed,
            files: checked.len() + unreadable.len(),
            translations: translated.len(),
            errors,
            warnings,
        });
    }
    if args.format == CheckFormat::Text {
        passed(checked.len(), translated.len(), warnings, context);
    }
    Ok(EXIT_OK)
}

/// The line that says every file passed, in the interface's language.
fn passed(files: usize, translations: usize, warnings: usize, context: Context<'_>) {
    let Context {
        colors, messages, ..
    } = context;
    let paint = colors.painter(Target::Stderr);
    let count = |key: &str, n: usize| messages.text_with(key, &[("count", Arg::from(n))]);
    let what = match (files, translations) {
        (_, 0) => count("check-files", files),
        (0, _) => count("check-translations", translations),
        _ => messages.text_with(
            "check-files-and-translations",
            &[
                ("files", Arg::from(count("check-files", files))),
                (
                    "translations",
                    Arg::from(count("check-translations", translations)),
                ),
            ],
        ),
    };
    stderr::line(&messages.text_with(
        "check-passed",
        &[
            (
                "checked",
                Arg::from(paint.paint(Style::Success, &messages.text("check-checked"))),
            ),
            ("what", Arg::from(what)),
            ("warnings", Arg::from(count("check-warnings", warnings))),
        ],
    ));
}

/// Every translation checked against its scenario, with its findings: those of the
/// scenarios checked, found beside them (or embedded beside a built-in one), and those
/// named, set against the scenario beside them or, failing that, the one their `scenario`
/// names. Each is checked once, however it was found.
fn translations(
    checked: &[(ScenarioFile, Analysis)],
    named: Vec<ScenarioFile>,
    context: Context<'_>,
) -> Vec<(ScenarioFile, Vec<Diagnostic>)> {
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    let mut add = |file: ScenarioFile, diagnostics: Vec<Diagnostic>| {
        if !seen.contains(&file.name) {
            seen.push(file.name.clone());
            out.push((file, diagnostics));
        }
    };
    for file in named {
        let diagnostics = match scenario_of(&file, checked, context) {
            Ok(scenario) => check_translation(&file.text, &scenario).diagnostics,
            Err(diagnostic) => vec![*diagnostic],
        };
        add(file, diagnostics);
    }
    for (file, analysis) in checked {
        let Some(scenario) = &analysis.scenario else {
            continue;
        };
        for found in catalog::translations(file, context.limits) {
            match found {
                Ok(translation) => {
                    let diagnostics = check_translation(&translation.text, scenario).diagnostics;
                    add(translation, diagnostics);
                }
                Err(error) => stderr::error(context.voice(), &error.message(context.messages)),
            }
        }
    }
    out
}

/// The scenario a translation file named on its own translates: `NAME.yaml` beside
/// `NAME.LANG.yaml` if it is there, else the one its `scenario` names by id.
fn scenario_of(
    translation: &ScenarioFile,
    checked: &[(ScenarioFile, Analysis)],
    context: Context<'_>,
) -> Result<Scenario, Box<Diagnostic>> {
    let document = TranslationDocument::parse(&translation.text)?;
    let beside = translation.path.as_deref().and_then(|path| {
        let name = path.file_name()?.to_str()?;
        let stem = name.strip_suffix(".yaml")?.rsplit_once('.')?.0;
        ["yaml", "yml"]
            .into_iter()
            .map(|ext| path.with_file_name(format!("{stem}.{ext}")))
            .find(|candidate| candidate.is_file())
    });
    let id = &document.scenario;
    let file = match beside {
        Some(path) => ScenarioFile::read(&path, context.limits),
        None => catalog::resolve_id(&id.value, context.dir, context.limits),
    }
    .map_err(|error| {
        Box::new(Diagnostic::new(
            Code::InvalidValue,
            id.span,
            Phrase::text_with(
                "finding-translated-unreadable",
                &[("reason", Arg::from(error.phrase()))],
            ),
        ))
    })?;
    if let Some((_, analysis)) = checked.iter().find(|(f, _)| f.name == file.name)
        && let Some(scenario) = &analysis.scenario
    {
        return Ok(scenario.clone());
    }
    analyser::check_file(&file, None).scenario.ok_or_else(|| {
        Box::new(Diagnostic::new(
            Code::InvalidValue,
            id.span,
            Phrase::text_with(
                "finding-translated-invalid",
                &[("file", Arg::from(file.name.as_str()))],
            ),
        ))
    })
}

/// The essays scenarios name in `source.file`: embedded beside a built-in scenario, or a
/// regular file relative to the scenario's folder (the current folder for standard input),
/// read within the input limit.
#[derive(Debug)]
struct DiskSources {
    limits: Limits,
}

impl SourceFiles for DiskSources {
    fn read(&mut self, scenario: &ScenarioFile, path: &str) -> Result<String, Phrase> {
        if let Some(text) = catalog::built_in_source(scenario, path) {
            return Ok(text.to_owned());
        }
        if !near(path) {
            return Err(Phrase::text_with(
                "finding-source-outside",
                &[("path", Arg::from(path))],
            ));
        }
        let folder = scenario
            .path
            .as_deref()
            .and_then(Path::parent)
            .unwrap_or(Path::new(""));
        let resolved = folder.join(path);
        // A link to the essay is as good as the essay; what is opened must be a regular
        // file, opened without waiting, so that a pipe named there cannot hang `check`.
        let target = std::fs::canonicalize(&resolved).unwrap_or_else(|_| resolved.clone());
        ScenarioFile::read_regular(&target, &resolved, self.limits)
            .map(|file| file.text)
            .map_err(|error| error.phrase())
    }
}

/// Whether `path` stays within the scenario's folder or the one above it (`essay.txt`,
/// `../docs/essay.txt`): a scenario from elsewhere cannot make `check` read any file on the
/// machine and tell, by which quotes it finds, what the file holds.
fn near(path: &str) -> bool {
    let mut depth: i32 = 0;
    for component in Path::new(path).components() {
        match component {
            Component::Normal(_) => depth += 1,
            Component::CurDir => {}
            Component::ParentDir => {
                depth -= 1;
                if depth < -1 {
                    return false;
                }
            }
            Component::RootDir | Component::Prefix(_) => return false,
        }
    }
    depth > -1
}

/// One note for the scenarios whose quotes no essay checked: they name none and none was
/// given. Not a warning: a scenario may be checked without its essay at hand.
fn note_unchecked_quotes(checked: &[(ScenarioFile, Analysis)], colors: Colors, messages: Messages) {
    let unchecked: Vec<&str> = checked
        .iter()
        // A built-in scenario's file cannot be edited, so there is nothing to tell of it.
        .filter(|(file, a)| {
            !a.checked_quotes
                && a.scenario.is_some()
                && !file.name.starts_with("built-in:")
                && !a
                    .diagnostics
                    .iter()
                    .any(|d| d.code == Code::UnreadableSource)
        })
        .map(|(file, _)| file.name.as_str())
        .collect();
    if unchecked.is_empty() {
        return;
    }
    let note = if unchecked.len() == 1 && checked.len() == 1 {
        messages.text_with("check-note-no-essay", &[("file", Arg::from(unchecked[0]))])
    } else {
        messages.text_with(
            "check-note-no-essays",
            &[
                ("count", Arg::from(unchecked.len())),
                ("total", Arg::from(checked.len())),
                ("files", Arg::from(suggest::list(unchecked.iter().copied()))),
            ],
        )
    };
    stderr::note(colors, &note);
}

/// The files named by the arguments: files, folders (searched for YAML), `-`, or ids; with
/// none, every scenario the catalog lists. What a folder holds but stance does not read (a
/// link out of it, a pipe) is warned about; a file in a folder that cannot be read (not
/// UTF-8, say) does not stop the others, and is returned as the error it is.
fn files(paths: &[String], context: Context<'_>) -> Result<(Vec<ScenarioFile>, Vec<Error>), Error> {
    let Context { dir, limits, .. } = context;
    let mut unreadable = Vec::new();
    let mut folder_files = |folder: &Path, files: &mut Vec<ScenarioFile>| -> Result<usize, Error> {
        let mut named = 0;
        for found in catalog::scenario_paths(folder)? {
            if let Found::Skipped { path, reason } = &found {
                command::warn_skipped(path, reason, context);
                continue;
            }
            named += 1;
            match found.read(limits) {
                Ok(file) => files.push(file),
                Err(error) => unreadable.push(Error::from(error)),
            }
        }
        Ok(named)
    };
    let mut files = Vec::new();
    if paths.is_empty() {
        let folder = dir.unwrap_or(Path::new(DEFAULT_DIR));
        if dir.is_some() && !folder.is_dir() {
            return Err(catalog::no_such_folder(folder).into());
        }
        files = catalog::built_in_files();
        if folder.is_dir() {
            folder_files(folder, &mut files)?;
        }
        return Ok((files, unreadable));
    }
    for name in paths {
        let path = Path::new(name);
        if path.is_dir() {
            if folder_files(path, &mut files)? == 0 {
                return Err(Error::Load(LoadError::Read {
                    path: name.clone(),
                    reason: "the folder holds no `.yaml` or `.yml` file stance reads".to_owned(),
                }));
            }
        } else {
            let file = catalog::resolve(name, dir, limits)?;
            command::warn_if_shadowing(&file, context);
            files.push(file);
        }
    }
    Ok((files, unreadable))
}
