//! `--help` in the interface's language. English is clap's, from the doc comments in
//! [`args`](crate::cli::args), untouched; for another language the command tree is rewritten
//! from the `help.ftl` catalogue: every command's and argument's text, found by a key made of
//! the command's path and the argument's id, and clap's own words (the headings, the built-in
//! `--help`, `--version` and `help`, the `[default: …]` notes).
//!
//! Keys: `help-PATH-about`, `help-PATH-about-long`, `help-PATH-after`, `help-PATH-after-long`
//! for a command, `help-PATH-arg-ID`, `help-PATH-arg-ID-long` for an argument and
//! `help-PATH-arg-ID-value-NAME` for one of its values, where PATH is the commands' names
//! joined by `-` (`stance` for the top, `play`, `serve-export`) and `_` in an id is `-`. Each
//! is there only when the doc comment gives that text. clap's words are `help-heading-*`,
//! `help-flag-*`, `help-command-*` and `help-label-*`.

use std::fmt::Write;

use clap::builder::{StyledStr, Styles};
use clap::{Arg, ArgAction, Command, CommandFactory};
use stance_core::text::messages::{Locale, Messages};

use crate::cli::args::{Cli, GLOBAL};

/// The command line with its help in `locale`, built; none for English, which is clap's
/// from the doc comments.
pub fn localized(locale: Locale) -> Option<Command> {
    if locale == Locale::En {
        return None;
    }
    let command = Cli::command();
    let words = Words::new(Messages::new(locale), command.get_styles().clone());
    let mut command = localize(command, &[], &words);
    // The `help` commands are made when the tree is built; their words are set after.
    command.build();
    finish(&mut command, &words);
    Some(command)
}

/// The language's catalogue, and clap's headings in it.
struct Words {
    messages: Messages,
    styles: Styles,
    usage: String,
    arguments: String,
    options: String,
    global: String,
    commands: String,
}

impl Words {
    fn new(messages: Messages, styles: Styles) -> Self {
        Self {
            styles,
            usage: messages.text("help-heading-usage"),
            arguments: messages.text("help-heading-arguments"),
            options: messages.text("help-heading-options"),
            global: messages.text("help-heading-global"),
            commands: messages.text("help-heading-commands"),
            messages,
        }
    }

    fn text(&self, key: &str) -> String {
        self.messages.text(key)
    }

    /// The help template: clap's own, with the usage heading in the language.
    fn template(&self) -> StyledStr {
        let style = self.styles.get_usage();
        StyledStr::from(format!(
            "{{before-help}}{{about-with-newline}}\n{style}{}{style:#} {{usage}}\n\n{{all-args}}{{after-help}}",
            self.usage
        ))
    }
}

/// The key of one text of the command at `path` (its commands' names below the top).
fn key(path: &[String], part: &str) -> String {
    let path = if path.is_empty() {
        "stance".to_owned()
    } else {
        path.join("-")
    };
    format!("help-{path}-{part}").replace('_', "-")
}

/// The key part of an argument's text.
fn arg_part(arg: &Arg) -> String {
    format!("arg-{}", arg.get_id())
}

/// `command` and its commands with their texts and clap's words in the language; the
/// arguments ordered so that the sections come as in English: arguments, options, global
/// options.
fn localize(mut command: Command, path: &[String], words: &Words) -> Command {
    let part_text = |part: &str| words.text(&key(path, part));
    if command.get_about().is_some() {
        command = command.about(part_text("about"));
    }
    if command.get_long_about().is_some() {
        command = command.long_about(part_text("about-long"));
    }
    if command.get_after_help().is_some() {
        command = command.after_help(part_text("after"));
    }
    if command.get_after_long_help().is_some() {
        command = command.after_long_help(part_text("after-long"));
    }
    let global = |arg: &Arg| arg.get_help_heading() == Some(GLOBAL);
    let positionals: Vec<String> = ids(&command, Arg::is_positional);
    let options: Vec<String> = ids(&command, |arg| !arg.is_positional() && !global(arg));
    let globals: Vec<String> = ids(&command, global);
    // `mut_arg` moves the argument to the end: each is moved once, in the order wanted (before
    // the tree is built, while clap has not yet indexed the arguments by position).
    for (group, heading) in [(positionals, &words.arguments), (options, &words.options)] {
        for id in group {
            command = command.mut_arg(id, |arg| {
                localize_arg(arg, path, words).help_heading(heading.clone())
            });
        }
    }
    command = command.disable_help_flag(true).arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(words.text("help-flag-help-short"))
            .long_help(words.text("help-flag-help-long"))
            .help_heading(words.options.clone()),
    );
    if command.get_version().is_some() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(words.text("help-flag-version"))
                .help_heading(words.options.clone()),
        );
    }
    for id in globals {
        command = command.mut_arg(id, |arg| {
            localize_arg(arg, path, words).help_heading(words.global.clone())
        });
    }
    command
        .help_template(words.template())
        .subcommand_help_heading(words.commands.clone())
        .mut_subcommands(|sub| {
            let mut path = path.to_vec();
            path.push(sub.get_name().to_owned());
            localize(sub, &path, words)
        })
}

/// The ids of `command`'s arguments that `keep` keeps, in order.
fn ids(command: &Command, keep: impl Fn(&Arg) -> bool) -> Vec<String> {
    command
        .get_arguments()
        .filter(|arg| keep(arg))
        .map(|arg| arg.get_id().to_string())
        .collect()
}

/// An argument's help in the language, with the notes clap would add (environment variable,
/// default, possible values) written in it too, since clap writes them in English.
fn localize_arg(arg: Arg, path: &[String], words: &Words) -> Arg {
    let base = key(path, &arg_part(&arg));
    let short = arg.get_help().map(|_| words.text(&base));
    let long = arg
        .get_long_help()
        .map(|_| words.text(&format!("{base}-long")));
    let values = values(&arg, &base, words);
    let notes = Notes::of(&arg, &values, words);
    let long_values = values.iter().any(|(_, help)| help.is_some());
    let mut short_text = short.clone().or_else(|| long.clone()).unwrap_or_default();
    let mut short_notes = notes.common.clone();
    short_notes.extend(notes.values.clone());
    append(&mut short_text, " ", &short_notes.join(" "));
    let mut long_text = long.or(short).unwrap_or_default();
    if long_values {
        append(&mut long_text, "\n\n", &value_list(&values, words));
    }
    let mut long_notes = notes.common;
    if !long_values {
        long_notes.extend(notes.values);
    }
    append(&mut long_text, "\n\n", &long_notes.join("\n"));
    let arg = if arg.get_action().takes_values() {
        arg.hide_default_value(true).hide_possible_values(true)
    } else {
        arg
    };
    arg.hide_env(true).help(short_text).long_help(long_text)
}

/// The values with their help, one a line under a heading, the help aligned as clap aligns
/// it.
fn value_list(values: &[(String, Option<String>)], words: &Words) -> String {
    let mut list = words.text("help-label-values-heading");
    let widest = values.iter().map(|(name, _)| name.len()).max();
    let literal = words.styles.get_literal();
    for (name, help) in values {
        let _ = write!(list, "\n- {literal}{name}{literal:#}");
        if let Some(help) = help {
            let padding = " ".repeat(widest.unwrap_or(0) - name.len());
            let _ = write!(list, ": {padding}{help}");
        }
    }
    list
}

/// Appends `more` after `separator`, or alone when `text` is empty.
fn append(text: &mut String, separator: &str, more: &str) {
    if more.is_empty() {
        return;
    }
    if !text.is_empty() {
        text.push_str(separator);
    }
    text.push_str(more);
}

/// The values an argument takes, as typed, each with its help in the language.
fn values(arg: &Arg, base: &str, words: &Words) -> Vec<(String, Option<String>)> {
    if !arg.get_action().takes_values() || arg.is_hide_possible_values_set() {
        return Vec::new();
    }
    arg.get_value_parser()
        .possible_values()
        .into_iter()
        .flatten()
        .filter(|value| !value.is_hide_set())
        .map(|value| {
            let name = value.get_name().to_owned();
            let help = value
                .get_help()
                .map(|_| words.text(&format!("{base}-value-{}", name.replace('_', "-"))));
            (name, help)
        })
        .collect()
}

/// The notes clap writes after an argument's help, in the language and styled as clap
/// styles them.
struct Notes {
    /// The environment variable and the default.
    common: Vec<String>,
    /// The values' names, where they are not listed with their help.
    values: Vec<String>,
}

impl Notes {
    fn of(arg: &Arg, values: &[(String, Option<String>)], words: &Words) -> Self {
        let (context, value) = (words.styles.get_context(), words.styles.get_context_value());
        let note = |label: &str, text: &str| {
            format!("{context}[{label}: {context:#}{value}{text}{value:#}{context}]{context:#}")
        };
        let mut common = Vec::new();
        if let Some(name) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
            let mut shown = name.to_string_lossy().into_owned();
            if !arg.is_hide_env_values_set() {
                let current = std::env::var_os(name).unwrap_or_default();
                shown = format!("{shown}={}", current.to_string_lossy());
            }
            common.push(note(&words.text("help-label-env"), &shown));
        }
        let defaults = arg.get_default_values();
        if arg.get_action().takes_values()
            && !arg.is_hide_default_value_set()
            && !defaults.is_empty()
        {
            let defaults: Vec<_> = defaults.iter().map(|d| d.to_string_lossy()).collect();
            common.push(note(&words.text("help-label-default"), &defaults.join(" ")));
        }
        let names: Vec<_> = values.iter().map(|(name, _)| name.as_str()).collect();
        let values = if names.is_empty() {
            Vec::new()
        } else {
            vec![note(&words.text("help-label-values"), &names.join(", "))]
        };
        Self { common, values }
    }
}

/// Sets the words of the `help` commands clap made when the tree was built, and of the
/// commands copied under them.
fn finish(command: &mut Command, words: &Words) {
    for sub in command.get_subcommands_mut() {
        if sub.get_name() == "help" {
            let help = std::mem::take(sub)
                .about(words.text("help-command-help"))
                .mut_args(|arg| {
                    arg.help(words.text("help-command-help-arg"))
                        .help_heading(words.arguments.clone())
                });
            *sub = with_headings(help, words);
        } else {
            finish(sub, words);
        }
    }
}

/// `command` and the commands under it with the usage and commands headings in the
/// language.
fn with_headings(command: Command, words: &Words) -> Command {
    command
        .help_template(words.template())
        .subcommand_help_heading(words.commands.clone())
        .mut_subcommands(|sub| {
            let sub = if sub.get_name() == "help" {
                sub.about(words.text("help-command-help"))
            } else {
                sub
            };
            with_headings(sub, words)
        })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use clap::{Command, CommandFactory};
    use stance_core::text::messages::{Locale, Messages};

    use super::{arg_part, key, localized};
    use crate::cli::args::{Cli, GLOBAL};

    /// Every text the doc comments give `command` and the commands under it, by key, in
    /// the tree's order.
    fn texts(command: &Command, path: &[String], out: &mut Vec<(String, String)>) {
        let parts = [
            ("about", command.get_about()),
            ("about-long", command.get_long_about()),
            ("after", command.get_after_help()),
            ("after-long", command.get_after_long_help()),
        ];
        for (part, text) in parts {
            if let Some(text) = text {
                out.push((key(path, part), text.to_string()));
            }
        }
        for arg in command.get_arguments() {
            let part = arg_part(arg);
            if let Some(text) = arg.get_help() {
                out.push((key(path, &part), text.to_string()));
            }
            if let Some(text) = arg.get_long_help() {
                out.push((key(path, &format!("{part}-long")), text.to_string()));
            }
            if arg.get_action().takes_values() {
                for value in arg
                    .get_value_parser()
                    .possible_values()
                    .into_iter()
                    .flatten()
                {
                    if let Some(text) = value.get_help() {
                        let name = value.get_name().replace('_', "-");
                        out.push((key(path, &format!("{part}-value-{name}")), text.to_string()));
                    }
                }
            }
        }
        for sub in command.get_subcommands() {
            let mut path = path.to_vec();
            path.push(sub.get_name().to_owned());
            texts(sub, &path, out);
        }
    }

    /// The ids of a catalogue's text: lines `id = …` at the start of a line.
    fn ids(catalogue: &str) -> Vec<String> {
        catalogue
            .lines()
            .filter(|line| line.starts_with("help-"))
            .filter_map(|line| line.split_once(" ="))
            .map(|(id, _)| id.to_owned())
            .collect()
    }

    const KOREAN: &str = include_str!("../../crates/stance-core/locales/ko/help.ftl");
    const ENGLISH: &str = include_str!("../../crates/stance-core/locales/en/help.ftl");

    /// The keys of clap's own words, which the code names.
    const CLAP_WORDS: [&str; 14] = [
        "help-heading-usage",
        "help-heading-arguments",
        "help-heading-options",
        "help-heading-global",
        "help-heading-commands",
        "help-flag-help-short",
        "help-flag-help-long",
        "help-flag-version",
        "help-command-help",
        "help-command-help-arg",
        "help-label-env",
        "help-label-default",
        "help-label-values",
        "help-label-values-heading",
    ];

    fn all_texts() -> Vec<(String, String)> {
        let mut out = Vec::new();
        texts(&Cli::command(), &[], &mut out);
        out
    }

    #[test]
    fn every_help_text_has_a_korean_entry_and_every_entry_names_a_text() {
        let texts = all_texts();
        let derived: BTreeSet<&str> = texts.iter().map(|(key, _)| key.as_str()).collect();
        assert_eq!(derived.len(), texts.len(), "two texts share a key");
        for word in CLAP_WORDS {
            assert!(
                !derived.contains(word),
                "`{word}` is a command's text and clap's word"
            );
        }
        let known: BTreeSet<&str> = derived.iter().copied().chain(CLAP_WORDS).collect();
        for (language, catalogue) in [("ko", KOREAN), ("en", ENGLISH)] {
            let ids = ids(catalogue);
            let unique: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
            assert_eq!(
                unique.len(),
                ids.len(),
                "{language}/help.ftl has a key twice"
            );
            let missing: Vec<_> = known.difference(&unique).collect();
            let extra: Vec<_> = unique.difference(&known).collect();
            assert!(missing.is_empty(), "{language}/help.ftl lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{language}/help.ftl names no text: {extra:?}"
            );
        }
        // Only the headings the Korean help has words for.
        let mut pending = vec![Cli::command()];
        while let Some(command) = pending.pop() {
            for arg in command.get_arguments() {
                let heading = arg.get_help_heading();
                assert!(heading.is_none() || heading == Some(GLOBAL), "{heading:?}");
            }
            pending.extend(command.get_subcommands().cloned());
        }
    }

    #[test]
    fn the_english_catalogue_is_the_doc_comments() {
        let english = Messages::new(Locale::En);
        for (key, text) in all_texts() {
            assert_eq!(english.text(&key), text, "{key}");
        }
        assert_eq!(english.text("help-heading-global"), GLOBAL);
    }

    #[test]
    fn korean_keeps_the_example_commands_as_typed() {
        let korean = Messages::new(Locale::Ko);
        for (key, text) in all_texts() {
            let Some((_, examples)) = text.split_once("Examples:\n") else {
                continue;
            };
            let translated = korean.text(&key);
            // The commands, up to the blank line after them, without the words after each
            // that say what it does (they start with a capital, after a gap of spaces).
            for line in examples.lines().take_while(|line| !line.is_empty()) {
                let typed = line.trim().split("  ").next().unwrap_or_default();
                let words: Vec<_> = typed
                    .split(' ')
                    .take_while(|word| !word.starts_with(|c: char| c.is_ascii_uppercase()))
                    .collect();
                let command = words.join(" ");
                assert!(translated.contains(&command), "{key}: `{command}`");
            }
        }
    }

    /// Every help clap shows of the Korean command line: each command's, short and long.
    fn korean_helps() -> Vec<(String, String)> {
        let command = localized(Locale::Ko).expect("Korean is localized");
        let mut helps = Vec::new();
        let mut pending = vec![(String::from("stance"), command)];
        while let Some((name, mut command)) = pending.pop() {
            helps.push((format!("{name} -h"), command.render_help().to_string()));
            helps.push((
                format!("{name} --help"),
                command.render_long_help().to_string(),
            ));
            for sub in command.get_subcommands() {
                pending.push((format!("{name} {}", sub.get_name()), sub.clone()));
            }
        }
        helps
    }

    #[test]
    fn korean_help_has_none_of_clap_s_english_words() {
        let english = Messages::new(Locale::En);
        let korean = Messages::new(Locale::Ko);
        let helps = korean_helps();
        assert!(helps.len() > 40, "{}", helps.len());
        for (which, help) in &helps {
            for word in CLAP_WORDS {
                let word = english.text(word);
                let word = word.trim_end_matches(':');
                assert!(
                    !help.contains(&format!("{word}:")),
                    "{which} says `{word}`:\n{help}"
                );
            }
            assert!(
                help.contains(&korean.text("help-heading-usage")),
                "{which}:\n{help}"
            );
        }
        let (_, play) = helps
            .iter()
            .find(|(which, _)| which == "stance play --help")
            .expect("play's help");
        for shown in [
            "인수:",
            "옵션:",
            "전역 옵션:",
            "[기본값: ",
            "가능한 값:",
            "-h, --help",
        ] {
            assert!(play.contains(shown), "{shown}:\n{play}");
        }
    }
}
