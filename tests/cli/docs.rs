//! The documentation's console examples, run: every fenced `console` block of the README and
//! of `docs/*.md` is a session whose `$ ` lines are run, in order, and whose output must be
//! what the block shows, so that the examples cannot drift from the program.
//!
//! Each document's blocks run in one fresh folder, one after another, as a reader would type
//! them. A document sets the folder up with comments the rendered page does not show:
//!
//! - `<!-- doc-test: file NAME -->` before a fenced block writes the block's text to `NAME`
//!   (so the YAML a page shows is the file its examples read);
//! - `<!-- doc-test: use NAME -->` writes the file another document wrote with `file NAME`
//!   (the examples of `output.md` read the scenarios `scenario-format.md` shows);
//! - `<!-- doc-test: copy PATH NAME -->` copies `PATH` (from the repository's root) to `NAME`;
//! - `<!-- doc-test: run COMMAND -->` runs a shell command whose output is not shown (the
//!   edit the prose describes, or a file it only names);
//! - `<!-- doc-test: skip REASON -->` before a `console` block leaves it out (a screen that
//!   needs a person at the keys, say): the reason is said in the comment.
//!
//! In a block's output, a line `...` stands for any number of lines and `[..]` for any text
//! within a line. `STANCE_DOCS=overwrite cargo test docs` writes what stance printed into
//! each failing block that has neither (review the diff before committing it). Commands run with `sh` (`|`, `>` and `<` work), standard output and standard
//! error in one stream, as a terminal shows them.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::root;

/// One `$ ` command of a block and the output shown under it.
#[derive(Debug)]
struct Example {
    /// The document and the line of the `$`.
    at: String,
    /// The line (from 0) of the first line of its output.
    output_line: usize,
    command: String,
    expected: Vec<String>,
}

/// What a document asks for before its next block.
#[derive(Debug)]
enum Step {
    Write { name: String, text: String },
    Use { name: String },
    Copy { from: String, name: String },
    Shell(String),
    Run(Example),
}

/// The documents whose console examples are run.
fn documents() -> Vec<PathBuf> {
    let mut documents = vec![root().join("README.md")];
    let mut docs: Vec<PathBuf> = fs::read_dir(root().join("docs"))
        .expect("docs")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    documents.extend(docs);
    documents
}

/// The steps of a document, in its order.
fn steps(path: &Path) -> Vec<Step> {
    let name = path
        .strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string();
    let text = fs::read_to_string(path).expect("read");
    let lines: Vec<&str> = text.lines().collect();
    let mut steps = Vec::new();
    let mut directive: Option<Vec<&str>> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        // A block in a list item is indented with the item; so are its comments.
        let indent = line.len() - line.trim_start().len();
        let line = line.trim_start();
        if let Some(rest) = line
            .strip_prefix("<!-- doc-test: ")
            .and_then(|rest| rest.strip_suffix(" -->"))
        {
            let words: Vec<&str> = rest.split_whitespace().collect();
            match words.first().copied() {
                Some("copy") => {
                    assert_eq!(words.len(), 3, "{name}:{}: `copy PATH NAME`", i + 1);
                    steps.push(Step::Copy {
                        from: words[1].to_owned(),
                        name: words[2].to_owned(),
                    });
                }
                Some("run") => steps.push(Step::Shell(rest["run".len()..].trim().to_owned())),
                Some("use") => {
                    assert_eq!(words.len(), 2, "{name}:{}: `use NAME`", i + 1);
                    steps.push(Step::Use {
                        name: words[1].to_owned(),
                    });
                }
                Some("file" | "skip") => directive = Some(words),
                _ => panic!("{name}:{}: unknown doc-test comment `{rest}`", i + 1),
            }
            i += 1;
            continue;
        }
        let Some(info) = line.strip_prefix("```").filter(|info| !info.is_empty()) else {
            i += 1;
            continue;
        };
        let start = i + 1;
        let end = (start..lines.len())
            .find(|&j| lines[j].trim_start().starts_with("```"))
            .unwrap_or_else(|| panic!("{name}:{}: an unclosed block", i + 1));
        let body: Vec<&str> = lines[start..end]
            .iter()
            .map(|l| {
                l.strip_prefix(&" ".repeat(indent))
                    .unwrap_or(l.trim_start())
            })
            .collect();
        let body = &body[..];
        match directive.take() {
            Some(words) if words[0] == "file" => {
                assert_eq!(words.len(), 2, "{name}:{i}: `file NAME`");
                let mut text = body.join("\n");
                text.push('\n');
                steps.push(Step::Write {
                    name: words[1].to_owned(),
                    text,
                });
            }
            Some(words) => {
                assert!(words.len() > 1, "{name}:{i}: `skip` says why");
                assert_eq!(info, "console", "{name}:{i}: `skip` is for console blocks");
            }
            None if info == "console" => {
                steps.extend(examples(&name, start, body).into_iter().map(Step::Run));
            }
            None => {}
        }
        i = end + 1;
    }
    steps
}

/// The commands of a console block whose first line is line `start` (from 0) of `name`.
fn examples(name: &str, start: usize, body: &[&str]) -> Vec<Example> {
    let mut examples: Vec<Example> = Vec::new();
    let mut continued = false;
    for (k, line) in body.iter().enumerate() {
        if continued {
            let example = examples.last_mut().expect("a command");
            example.command.push('\n');
            example.command.push_str(line);
            example.output_line = start + k + 1;
            continued = line.ends_with('\\');
        } else if let Some(command) = line.strip_prefix("$ ") {
            examples.push(Example {
                at: format!("{name}:{}", start + k + 1),
                output_line: start + k + 1,
                command: command.to_owned(),
                expected: Vec::new(),
            });
            continued = command.ends_with('\\');
        } else {
            let example = examples
                .last_mut()
                .unwrap_or_else(|| panic!("{name}:{}: output before any `$ `", start + k + 1));
            example.expected.push((*line).to_owned());
        }
    }
    examples
}

/// Whether `actual` is what `expected` shows, `...` lines and `[..]` spans standing for
/// anything.
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first.trim() == "..." => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => actual
            .split_first()
            .is_some_and(|(line, others)| line_matches(first, line) && matches(rest, others)),
    }
}

fn line_matches(expected: &str, actual: &str) -> bool {
    let (expected, actual) = (without_times(expected), without_times(actual));
    let (expected, actual) = (expected.trim_end(), actual.trim_end());
    let mut parts = expected.split("[..]");
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = actual.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else {
        return rest.is_empty();
    };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.ends_with(last)
}

/// `line` with every time a record writes (`2026-11-27T23:59:21Z`) as `<time>`: the docs
/// show a real one, and each run writes its own.
fn without_times(line: &str) -> String {
    const SHAPE: &[u8] = b"dddd-dd-ddTdd:dd:ddZ";
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < bytes.len() {
        let fits = bytes.len() - i >= SHAPE.len()
            && SHAPE.iter().zip(&bytes[i..]).all(|(&want, &b)| {
                if want == b'd' {
                    b.is_ascii_digit()
                } else {
                    want == b
                }
            });
        if fits {
            out.push_str("<time>");
            i += SHAPE.len();
        } else {
            let c = line[i..].chars().next().expect("a character");
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// Runs `command` in `dir` with the built `stance` first on the path.
fn run(dir: &Path, command: &str) -> String {
    let binary = assert_cmd::cargo::cargo_bin("stance");
    let bin_dir = binary.parent().expect("the binary's folder");
    let path = std::env::join_paths(std::iter::once(bin_dir.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .expect("PATH");
    let output = Command::new("sh")
        .arg("-c")
        // One stream, as on a terminal: what stance writes to each comes in its order.
        .arg(format!("{{ {command}\n}} 2>&1"))
        .current_dir(dir)
        .env("PATH", path)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("STANCE_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("TERM", "xterm-256color")
        .output()
        .expect("sh runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_documented_console_examples_print_what_they_show() {
    let mut failures = Vec::new();
    let mut count = 0;
    let documents: Vec<(PathBuf, Vec<Step>)> = documents()
        .into_iter()
        .map(|document| {
            let steps = steps(&document);
            (document, steps)
        })
        .collect();
    let files: BTreeMap<&str, &str> = documents
        .iter()
        .flat_map(|(_, steps)| steps)
        .filter_map(|step| match step {
            Step::Write { name, text } => Some((name.as_str(), text.as_str())),
            _ => None,
        })
        .collect();
    let overwrite = std::env::var("STANCE_DOCS").is_ok_and(|v| v == "overwrite");
    for (document, steps) in &documents {
        let dir = tempfile::tempdir().expect("dir");
        let mut rewrites: Vec<(usize, usize, String)> = Vec::new();
        for step in steps {
            match step {
                Step::Write { name, text } => {
                    let path = dir.path().join(name);
                    fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
                    fs::write(path, text).expect("write");
                }
                Step::Use { name } => {
                    let text = files.get(name.as_str()).unwrap_or_else(|| {
                        panic!("{}: no document writes `{name}`", document.display())
                    });
                    let path = dir.path().join(name);
                    fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
                    fs::write(path, text).expect("write");
                }
                Step::Copy { from, name } => {
                    let path = dir.path().join(name);
                    fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
                    fs::copy(root().join(from), path).unwrap_or_else(|e| panic!("{from}: {e}"));
                }
                Step::Shell(command) => {
                    run(dir.path(), command);
                }
                Step::Run(example) => {
                    count += 1;
                    let shown = run(dir.path(), &example.command);
                    let actual: Vec<&str> = shown.lines().collect();
                    if !matches(&example.expected, &actual) {
                        let wild = example
                            .expected
                            .iter()
                            .any(|l| l.trim() == "..." || l.contains("[..]"));
                        if !wild {
                            rewrites.push((
                                example.output_line,
                                example.expected.len(),
                                shown.clone(),
                            ));
                        }
                        failures.push(format!(
                            "{}: $ {}\n--- the docs show\n{}\n--- stance printed\n{}",
                            example.at,
                            example.command,
                            example.expected.join("\n"),
                            shown.trim_end()
                        ));
                    }
                }
            }
        }
        if overwrite && !rewrites.is_empty() {
            let text = fs::read_to_string(document).expect("read");
            let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
            // From the end, so that earlier positions stay put.
            for (at, len, shown) in rewrites.into_iter().rev() {
                lines.splice(at..at + len, shown.trim_end().lines().map(str::to_owned));
            }
            fs::write(document, lines.join("\n") + "\n").expect("write");
        }
    }
    assert!(count > 50, "only {count} examples found");
    assert!(
        failures.is_empty(),
        "{} of {count} documented examples print something else:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn wildcards_match_what_they_stand_for() {
    let shown = |lines: &[&str]| lines.iter().map(|&l| l.to_owned()).collect::<Vec<_>>();
    let cases: [(&[&str], &[&str], bool); 8] = [
        (&["a", "b"], &["a", "b"], true),
        (&["a", "b"], &["a", "c"], false),
        (&["a", "...", "d"], &["a", "b", "c", "d"], true),
        (&["a", "..."], &["a"], true),
        (&["saved at [..] today"], &["saved at 12:00 today"], true),
        (&["saved at [..] today"], &["saved at 12:00"], false),
        (&["[..]x[..]y"], &["axbxcy"], true),
        (
            &["at 2026-11-27T23:59:21Z."],
            &["at 2027-01-02T03:04:05Z."],
            true,
        ),
    ];
    for (expected, actual, result) in cases {
        assert_eq!(
            matches(&shown(expected), actual),
            result,
            "{expected:?} {actual:?}"
        );
    }
}
