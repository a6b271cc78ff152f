//! `stance check`: validate scenario files and report every finding.

use std::path::{Component, Path};

use stance_core::check::analyser::{self, Against, Analysis};
use stance_core::check::source_files::SourceFiles;
use stance_core::check::source_text::SourceText;
use stance_core::diagnostic::{Code, Severity};
use stance_core::export::findings::{self, JsonFinding};
use stance_core::load::catalog::{self, DEFAULT_DIR, Found};
use stance_core::load::limits::Limits;
use stance_core::load::load_error::LoadError;
use stance_core::load::scenario_file::ScenarioFile;
use stance_core::text::style::{Style, Styler};

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
        stderr::error(colors, &error.to_string());
    }
    let mut disk = DiskSources { limits };
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

    let count = |severity: Severity| {
        checked
            .iter()
            .flat_map(|(_, a)| &a.diagnostics)
            .filter(|d| d.severity() == severity)
            .count()
    };
    // A file that could not be read counts as a failed file with one error.
    let (errors, warnings) = (
        count(Severity::Error) + unreadable.len(),
        count(Severity::Warning),
    );
    let failed = unreadable.len()
        + checked
            .iter()
            .filter(|(_, a)| {
                a.diagnostics.iter().any(|d| {
                    d.severity() == Severity::Error
                        || (args.deny_warnings && d.severity() == Severity::Warning)
                })
            })
            .count();

    match args.format {
        CheckFormat::Json => {
            let findings: Vec<JsonFinding<'_>> = checked
                .iter()
                .flat_map(|(file, a)| a.diagnostics.iter().map(move |d| JsonFinding::new(file, d)))
                .collect();
            let json = stance_core::export::to_json(&findings);
            Output::Stdout.write(&json)?;
        }
        CheckFormat::Text => {
            let color = colors.enabled(Target::Stderr);
            for (file, analysis) in &checked {
                stderr::write(&findings::render_human(file, &analysis.diagnostics, color));
            }
        }
    }

    note_unchecked_quotes(&checked, colors);
    if failed > 0 {
        return Err(Error::CheckFailed {
            failed,
            files: checked.len() + unreadable.len(),
            errors,
            warnings,
        });
    }
    if args.format == CheckFormat::Text {
        let paint = colors.painter(Target::Stderr);
        let files = checked.len();
        stderr::line(&format!(
            "{} {files} scenario file{}: no errors, {warnings} warning{}",
            paint.paint(Style::Success, "checked"),
            if files == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" },
        ));
    }
    Ok(EXIT_OK)
}

/// The essays scenarios name in `source.file`: embedded beside a built-in scenario, or a
/// regular file relative to the scenario's folder (the current folder for standard input),
/// read within the input limit.
#[derive(Debug)]
struct DiskSources {
    limits: Limits,
}

impl SourceFiles for DiskSources {
    fn read(&mut self, scenario: &ScenarioFile, path: &str) -> Result<String, String> {
        if let Some(text) = catalog::built_in_source(scenario, path) {
            return Ok(text.to_owned());
        }
        if !near(path) {
            return Err(format!(
                "`{path}` is outside the scenario's folder and the folder above it, where stance looks for its essay; put the essay there and name it by a relative path"
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
            .map_err(|error| error.to_string())
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
fn note_unchecked_quotes(checked: &[(ScenarioFile, Analysis)], colors: Colors) {
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
    let which = if unchecked.len() == 1 && checked.len() == 1 {
        format!("`{}` names no essay", unchecked[0])
    } else {
        format!(
            "{} of {} scenario files name no essay ({})",
            unchecked.len(),
            checked.len(),
            unchecked
                .iter()
                .map(|name| format!("`{name}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    stderr::note(
        colors,
        &format!(
            "note: {which}, so quotes were checked only for their length; name the essay in \
             `source.file`, or give `--source ESSAY`"
        ),
    );
}

/// The files named by the arguments: files, folders (searched for YAML), `-`, or ids; with
/// none, every scenario the catalog lists. What a folder holds but stance does not read (a
/// link out of it, a pipe) is warned about; a file in a folder that cannot be read (not
/// UTF-8, say) does not stop the others, and is returned as the error it is.
fn files(paths: &[String], context: Context<'_>) -> Result<(Vec<ScenarioFile>, Vec<Error>), Error> {
    let Context {
        dir,
        limits,
        colors,
        ..
    } = context;
    let mut unreadable = Vec::new();
    let mut folder_files = |folder: &Path, files: &mut Vec<ScenarioFile>| -> Result<usize, Error> {
        let mut named = 0;
        for found in catalog::scenario_paths(folder)? {
            if let Found::Skipped { path, reason } = &found {
                stderr::warn(colors, &format!("skipped `{}`: {reason}", path.display()));
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
