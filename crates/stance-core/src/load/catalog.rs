//! The scenarios `stance` knows by id: the built-in ones and those in a folder.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::IgnoredAny;

use crate::load::limits::Limits;
use crate::load::load_error::LoadError;
use crate::load::scenario_file::ScenarioFile;
use crate::load::translation_document::is_translation;
use crate::load::yaml;
use crate::scenario::translation::is_language_tag;

/// The scenario played when none is named.
pub const DEFAULT_SCENARIO: &str = "korea-us-alliance";

/// The folder searched for scenarios when `--dir` is not given.
pub const DEFAULT_DIR: &str = "scenarios";

/// Scenarios embedded in the binary: file name and text.
const BUILT_IN: [(&str, &str); 2] = [
    (
        "korea-us-alliance.yaml",
        include_str!("../../../../scenarios/korea-us-alliance.yaml"),
    ),
    (
        "tutorial.yaml",
        include_str!("../../../../scenarios/tutorial.yaml"),
    ),
];

/// The essays built-in scenarios name in `source.file`: the scenario's file name, the path
/// as it names it, and the text, embedded beside the scenario.
const BUILT_IN_SOURCES: [(&str, &str, &str); 1] = [(
    "tutorial.yaml",
    "../docs/tutorial-source.txt",
    include_str!("../../../../docs/tutorial-source.txt"),
)];

/// Translations embedded beside the built-in scenarios: the scenario's file name, the
/// language and the text.
const BUILT_IN_TRANSLATIONS: [(&str, &str, &str); 2] = [
    (
        "korea-us-alliance.yaml",
        "ko",
        include_str!("../../../../scenarios/korea-us-alliance.ko.yaml"),
    ),
    (
        "tutorial.yaml",
        "ko",
        include_str!("../../../../scenarios/tutorial.ko.yaml"),
    ),
];

/// The translation of `scenario` into `language`, when there is one: embedded beside a
/// built-in scenario, or the file `NAME.LANGUAGE.yaml` beside `NAME.yaml`. Standard input
/// has none.
pub fn translation(
    scenario: &ScenarioFile,
    language: &str,
    limits: Limits,
) -> Result<Option<ScenarioFile>, LoadError> {
    if !is_language_tag(language) {
        return Ok(None);
    }
    if let Some(name) = scenario.name.strip_prefix("built-in:") {
        return Ok(BUILT_IN_TRANSLATIONS
            .iter()
            .find(|(of, tag, _)| *of == name && *tag == language)
            .map(|(of, tag, text)| built_in_translation(of, tag, text)));
    }
    let Some(path) = translation_path(scenario, language) else {
        return Ok(None);
    };
    if !path.is_file() {
        return Ok(None);
    }
    ScenarioFile::read_regular(&path, &path, limits).map(Some)
}

/// Every translation of `scenario`, sorted by language: the embedded ones of a built-in
/// scenario, or the files `NAME.LANGUAGE.yaml` beside it that are translations. One that
/// cannot be read is returned as the error it is.
pub fn translations(
    scenario: &ScenarioFile,
    limits: Limits,
) -> Vec<Result<ScenarioFile, LoadError>> {
    if let Some(name) = scenario.name.strip_prefix("built-in:") {
        let mut found: Vec<_> = BUILT_IN_TRANSLATIONS
            .iter()
            .filter(|(of, _, _)| *of == name)
            .collect();
        found.sort_by_key(|(_, tag, _)| *tag);
        return found
            .into_iter()
            .map(|(of, tag, text)| Ok(built_in_translation(of, tag, text)))
            .collect();
    }
    let Some((folder, stem)) = scenario.path.as_deref().and_then(|path| {
        let stem = path.file_stem()?.to_str()?.to_owned();
        Some((path.parent().unwrap_or(Path::new("")).to_path_buf(), stem))
    }) else {
        return Vec::new();
    };
    let listed = if folder.as_os_str().is_empty() {
        std::fs::read_dir(".")
    } else {
        std::fs::read_dir(&folder)
    };
    let Ok(entries) = listed else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let tag = name
                .strip_prefix(stem.as_str())?
                .strip_prefix('.')?
                .strip_suffix(".yaml")?;
            is_language_tag(tag).then(|| folder.join(&name))
        })
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| ScenarioFile::read_regular(&path, &path, limits))
        .filter(|read| {
            read.as_ref()
                .map_or(true, |file| is_translation(&file.text))
        })
        .collect()
}

/// Where the translation of a scenario read from a file into `language` would be.
pub fn translation_path(scenario: &ScenarioFile, language: &str) -> Option<PathBuf> {
    let path = scenario.path.as_deref()?;
    let stem = path.file_stem()?.to_str()?;
    Some(path.with_file_name(format!("{stem}.{language}.yaml")))
}

fn built_in_translation(of: &str, tag: &str, text: &str) -> ScenarioFile {
    let stem = of.strip_suffix(".yaml").unwrap_or(of);
    ScenarioFile::new(format!("built-in:{stem}.{tag}.yaml"), text)
}

/// The essay a built-in scenario names in `source.file`, when `file` is a built-in scenario
/// and `path` the one it names.
pub fn built_in_source(file: &ScenarioFile, path: &str) -> Option<&'static str> {
    let name = file.name.strip_prefix("built-in:")?;
    BUILT_IN_SOURCES
        .iter()
        .find(|(scenario, named, _)| *scenario == name && *named == path)
        .map(|(_, _, text)| *text)
}

/// One scenario the catalog knows of.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The file, read.
    pub file: ScenarioFile,
    /// Whether it is embedded in the binary.
    pub built_in: bool,
    /// What its header says, or why it cannot be read.
    pub header: Result<Header, String>,
}

/// The few keys a listing needs, read without checking the rest.
#[derive(Clone, Debug, Deserialize)]
pub struct Header {
    /// The scenario's id.
    pub id: String,
    /// Its title.
    #[serde(default)]
    pub title: String,
    /// Its questions, counted.
    #[serde(default, deserialize_with = "count")]
    pub questions: usize,
}

fn count<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<usize, D::Error> {
    Vec::<IgnoredAny>::deserialize(deserializer).map(|items| items.len())
}

/// The built-in scenarios and the scenario files of one folder.
#[derive(Clone, Debug)]
pub struct Catalog {
    /// Built-in scenarios first, then files sorted by path.
    pub entries: Vec<Entry>,
}

impl Catalog {
    /// The built-in scenarios plus every `*.yaml` or `*.yml` file under `dir`. A missing
    /// folder is an error only when `required` (it was named explicitly).
    pub fn discover(dir: &Path, required: bool, limits: Limits) -> Result<Self, LoadError> {
        let mut entries: Vec<Entry> = built_in_files()
            .into_iter()
            .map(|file| Entry::new(file, true))
            .collect();
        if dir.is_dir() {
            for found in scenario_paths(dir)? {
                // One unreadable file must not hide the others, nor the built-in ones.
                entries.push(match found.read(limits) {
                    // A translation stands beside its scenario; it has no id of its own.
                    Ok(file) if is_translation(&file.text) => continue,
                    Ok(file) => Entry::new(file, false),
                    Err(error) => Entry {
                        file: ScenarioFile::new(found.path().display().to_string(), ""),
                        built_in: false,
                        header: Err(error.to_string()),
                    },
                });
            }
        } else if required {
            return Err(no_such_folder(dir));
        }
        Ok(Self { entries })
    }

    /// Finds a scenario by id. Built-in ids win over files in the folder.
    pub fn find(&self, name: &str) -> Result<ScenarioFile, LoadError> {
        let with_id = |built_in: bool| -> Vec<&Entry> {
            self.entries
                .iter()
                .filter(|e| e.built_in == built_in)
                .filter(|e| e.header.as_ref().is_ok_and(|h| h.id == name))
                .collect()
        };
        if let Some(entry) = with_id(true).first() {
            return Ok(entry.file.clone());
        }
        match with_id(false).as_slice() {
            [entry] => Ok(entry.file.clone()),
            [] => Err(LoadError::UnknownScenario {
                name: name.to_owned(),
                known: self.ids(),
            }),
            several => Err(LoadError::AmbiguousScenario {
                name: name.to_owned(),
                files: several.iter().map(|e| e.file.name.clone()).collect(),
            }),
        }
    }

    /// Every known id, without repeats, in catalog order.
    pub fn ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for entry in &self.entries {
            if let Ok(header) = &entry.header
                && !ids.contains(&header.id)
            {
                ids.push(header.id.clone());
            }
        }
        ids
    }

    /// The folder's entries that have the id of a built-in scenario and another text, each
    /// with that id: `find` never returns them.
    pub fn shadowed(&self) -> Vec<(&str, &Entry)> {
        self.entries
            .iter()
            .filter(|entry| !entry.built_in)
            .filter_map(|entry| {
                let id = entry.header.as_ref().ok()?.id.as_str();
                let built = built_in_file(id)?;
                (built.text != entry.file.text).then_some((id, entry))
            })
            .collect()
    }
}

impl Entry {
    fn new(file: ScenarioFile, built_in: bool) -> Self {
        let header = yaml::parse::<Header>(&file.text).map_err(|d| {
            format!(
                "{}:{}:{}: {}",
                file.name, d.span.line, d.span.column, d.message
            )
        });
        Self {
            file,
            built_in,
            header,
        }
    }
}

/// Finds a scenario by path or `-` without looking in the folder; by id otherwise.
pub fn resolve(name: &str, dir: Option<&Path>, limits: Limits) -> Result<ScenarioFile, LoadError> {
    if name == "-" || Path::new(name).is_file() || looks_like_path(name) {
        return ScenarioFile::read(Path::new(name), limits);
    }
    resolve_id(name, dir, limits)
}

/// Finds a scenario by id alone, among the built-in ones and the folder's: for ids that
/// come from records, which must never be read as paths.
pub fn resolve_id(id: &str, dir: Option<&Path>, limits: Limits) -> Result<ScenarioFile, LoadError> {
    // Built-in ids win over the folder's, so a built-in one needs no look at the folder's
    // files: the default scenario starts without reading every file beside it.
    if let Some(file) = built_in_file(id) {
        return match dir {
            Some(dir) if !dir.is_dir() => Err(no_such_folder(dir)),
            _ => Ok(file),
        };
    }
    let catalog = Catalog::discover(dir.unwrap_or(Path::new(DEFAULT_DIR)), dir.is_some(), limits)?;
    catalog.find(id)
}

/// The files in the scenario folder (`dir`, else the default one) that have the id of the
/// built-in scenario `id` but another text: a copy someone edited, which the id does not
/// reach, since built-in ids win. Empty when `id` is not built in. Files that cannot be
/// read are left to `list` and `check` to report.
pub fn shadowed_by_built_in(id: &str, dir: Option<&Path>, limits: Limits) -> Vec<String> {
    let Some(built) = built_in_file(id) else {
        return Vec::new();
    };
    let dir = dir.unwrap_or(Path::new(DEFAULT_DIR));
    if !dir.is_dir() {
        return Vec::new();
    }
    let Ok(found) = scenario_paths(dir) else {
        return Vec::new();
    };
    found
        .iter()
        .filter_map(|found| found.read(limits).ok())
        // Only a file that names the id at all is parsed for its header.
        .filter(|file| file.text != built.text && file.text.contains(id))
        .map(|file| Entry::new(file, false))
        .filter(|entry| entry.header.as_ref().is_ok_and(|h| h.id == id))
        .map(|entry| entry.file.name)
        .collect()
}

/// The built-in scenario with id `id`. A built-in file is named after its id (tested).
fn built_in_file(id: &str) -> Option<ScenarioFile> {
    BUILT_IN
        .iter()
        .find(|(name, _)| name.strip_suffix(".yaml") == Some(id))
        .map(built_in)
}

/// The error for a folder named explicitly that is not there.
pub fn no_such_folder(dir: &Path) -> LoadError {
    LoadError::Read {
        path: dir.display().to_string(),
        reason: "no such folder".to_owned(),
    }
}

/// The ids of the embedded scenarios, in catalog order; a built-in file is named after its
/// id (tested).
pub fn built_in_ids() -> impl Iterator<Item = &'static str> {
    BUILT_IN
        .iter()
        .filter_map(|(name, _)| name.strip_suffix(".yaml"))
}

/// The embedded scenarios as files.
pub fn built_in_files() -> Vec<ScenarioFile> {
    BUILT_IN.iter().map(built_in).collect()
}

/// One embedded scenario as a file.
fn built_in((name, text): &(&str, &str)) -> ScenarioFile {
    ScenarioFile::new(format!("built-in:{name}"), *text)
}

/// What the walk of a scenario folder found at one path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// A scenario file to read: a regular file, or a link to one inside the folder.
    File {
        /// The path, under the folder as named.
        path: PathBuf,
        /// What to open: the path itself, or for a link the file it led to when the folder
        /// was walked, so that no link is followed later.
        real: PathBuf,
    },
    /// A scenario's name that is not read, and why.
    Skipped {
        /// The path, under the folder as named.
        path: PathBuf,
        /// Why it is not read.
        reason: String,
    },
}

impl Found {
    /// The path, read or not.
    pub fn path(&self) -> &Path {
        match self {
            Self::File { path, .. } | Self::Skipped { path, .. } => path,
        }
    }

    /// Reads the file found: a regular file, opened without following a link or waiting.
    pub fn read(&self, limits: Limits) -> Result<ScenarioFile, LoadError> {
        match self {
            Self::File { path, real } => ScenarioFile::read_regular(real, path, limits),
            Self::Skipped { path, reason } => Err(LoadError::Read {
                path: path.display().to_string(),
                reason: reason.clone(),
            }),
        }
    }
}

/// Every `*.yaml` and `*.yml` file under `dir`, recursively, sorted by path.
///
/// A scenario folder may hold what its owner did not put there (an unpacked archive, a
/// shared drive), so the walk visits each real folder once, however many links lead to it;
/// follows a link only when it leads to a folder or regular file inside `dir`; and reads
/// only regular files. A scenario's name that leads elsewhere (out of the folder, to
/// nothing, to a pipe or a device) is listed as skipped, with the reason.
pub fn scenario_paths(dir: &Path) -> Result<Vec<Found>, LoadError> {
    let root = std::fs::canonicalize(dir).map_err(|e| LoadError::read(dir.display(), &e))?;
    let mut found = Vec::new();
    let mut visited: BTreeSet<PathBuf> = BTreeSet::from([root.clone()]);
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let entries =
            std::fs::read_dir(&folder).map_err(|e| LoadError::read(folder.display(), &e))?;
        for entry in entries {
            let entry = entry.map_err(|e| LoadError::read(folder.display(), &e))?;
            let path = entry.path();
            let kind = entry
                .file_type()
                .map_err(|e| LoadError::read(path.display(), &e))?;
            let skip = |reason: &str| Found::Skipped {
                path: path.clone(),
                reason: reason.to_owned(),
            };
            if kind.is_dir() {
                if let Ok(real) = std::fs::canonicalize(&path)
                    && visited.insert(real)
                {
                    pending.push(path);
                }
                continue;
            }
            if kind.is_file() {
                if is_yaml(&path) {
                    found.push(Found::File {
                        real: path.clone(),
                        path,
                    });
                }
                continue;
            }
            if !kind.is_symlink() {
                if is_yaml(&path) {
                    found.push(skip("it is not a regular file"));
                }
                continue;
            }
            // A link: followed only to a folder or a regular file inside the scenario folder.
            let Ok(metadata) = std::fs::metadata(&path) else {
                if is_yaml(&path) {
                    found.push(skip("it is a link to nothing"));
                }
                continue;
            };
            let inside = std::fs::canonicalize(&path)
                .ok()
                .filter(|real| real.starts_with(&root));
            match inside {
                Some(real) if metadata.is_dir() && !visited.contains(&real) => {
                    visited.insert(real);
                    pending.push(path);
                }
                Some(_) if metadata.is_dir() => {}
                Some(real) if is_yaml(&path) => found.push(if metadata.is_file() {
                    Found::File { path, real }
                } else {
                    skip("it links to something that is not a regular file")
                }),
                None if metadata.is_dir() || is_yaml(&path) => found.push(skip(
                    "it links out of the scenario folder, and stance follows links only inside it",
                )),
                // Not a scenario's name, inside the folder or not.
                Some(_) | None => {}
            }
        }
    }
    found.sort_by(|a, b| a.path().cmp(b.path()));
    Ok(found)
}

fn is_yaml(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("yaml") || ext.eq_ignore_ascii_case("yml"))
}

fn looks_like_path(name: &str) -> bool {
    name.contains(['/', '\\']) || is_yaml(Path::new(name))
}

#[cfg(test)]
mod tests {
    use super::{BUILT_IN, Entry, built_in_file};

    #[test]
    fn built_in_files_are_named_after_their_ids() {
        for (name, _) in BUILT_IN {
            let id = name.strip_suffix(".yaml").expect("a .yaml name");
            let file = built_in_file(id).expect("found by its id");
            let header = Entry::new(file, true).header.expect("a header");
            assert_eq!(header.id, id, "{name}");
        }
        assert!(built_in_file("korea-us-alliance.yaml").is_none());
    }
}
