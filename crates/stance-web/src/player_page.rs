//! The player page: one HTML file holding the walk table, the player's script and its
//! style, that walks a scenario in any browser, offline, from `file://` or a server.

use serde::Serialize;
use stance_core::export::to_json;
use stance_core::export::walk_table::WalkTable;

use stance_core::text::html_text;
use stance_core::text::messages::{Arg, Messages};

use crate::content_policy;
use crate::page_words::{self, Word};
use crate::script_json::script_json;
use crate::template::fill;

/// The page's markup, with `{{name}}` where [`render`] fills in.
const TEMPLATE: &str = include_str!("../assets/player.html");
/// The player's style, inlined as the page's one `<style>`.
pub const STYLE: &str = include_str!("../assets/player.css");
/// The player's script, inlined as the page's one executable `<script>`.
pub const SCRIPT: &str = include_str!("../assets/player.js");

/// Every sentence the player's script says, by its name in the script's `TEXT`: the message
/// that says it, and the names of its arguments, which the page gets as `{name}`.
const WORDS: [Word; 61] = [
    ("question", "player-question", &["n"]),
    ("background", "player-background", &[]),
    ("facilitatorNotes", "player-facilitator-notes", &[]),
    ("discussion", "player-discussion", &[]),
    ("yourAnswer", "player-your-answer", &[]),
    ("adds", "player-adds", &[]),
    ("addsNothing", "player-adds-nothing", &[]),
    ("noChoice", "player-no-choice", &[]),
    ("noteLabel", "player-note-label", &[]),
    ("back", "player-back", &[]),
    ("restart", "player-restart", &[]),
    ("print", "player-print", &[]),
    ("stanceHeading", "player-stance-heading", &[]),
    ("walkedBy", "player-walked-by", &["name"]),
    ("noRecommendation", "player-no-recommendation", &[]),
    ("basisExplicit", "player-basis-explicit", &[]),
    ("basisInferred", "player-basis-inferred", &[]),
    ("why", "player-why", &[]),
    ("pathHeading", "player-path-heading", &[]),
    ("yourNote", "player-your-note", &[]),
    ("handIn", "player-hand-in", &[]),
    ("answered", "player-answered", &["label", "n"]),
    ("answeredLast", "player-answered-last", &["label"]),
    ("undone", "player-undone", &["label"]),
    ("restarted", "player-restarted", &[]),
    ("confirmRestart", "player-confirm-restart", &[]),
    ("resumed", "player-resumed", &["n"]),
    ("resumedEnd", "player-resumed-end", &[]),
    ("cannotSave", "player-cannot-save", &[]),
    ("keptNoLongerFits", "player-kept-no-longer-fits", &["n"]),
    ("keptUnreadable", "player-kept-unreadable", &[]),
    ("downloaded", "player-downloaded", &["file"]),
    ("tooBig", "player-too-big", &["file"]),
    ("notJson", "player-not-json", &["file"]),
    ("notRecord", "player-not-record", &["file"]),
    ("quizRecord", "player-quiz-record", &["file"]),
    (
        "otherScenario",
        "player-other-scenario",
        &["file", "id", "scenario"],
    ),
    ("badStep", "player-bad-step", &["file", "n"]),
    ("tooManySteps", "player-too-many-steps", &["file"]),
    (
        "unfit",
        "player-unfit",
        &["file", "n", "question", "choice"],
    ),
    ("confirmReplace", "player-confirm-replace", &[]),
    ("loaded", "player-loaded", &["file", "n"]),
    ("loadedEnd", "player-loaded-end", &["file"]),
    ("joinHeading", "player-join-heading", &[]),
    ("liveRecord", "player-live-record", &[]),
    ("joinIntro", "player-join-intro", &["code"]),
    ("joinName", "player-join-name", &[]),
    ("join", "player-join", &[]),
    ("joining", "player-joining", &[]),
    ("joinUnreachable", "player-join-unreachable", &[]),
    ("joined", "player-joined", &["name"]),
    ("liveSaved", "player-live-saved", &[]),
    ("liveSending", "player-live-sending", &[]),
    ("liveOffline", "player-live-offline", &[]),
    ("liveBack", "player-live-back", &[]),
    ("liveForgotten", "player-live-forgotten", &[]),
    ("liveRemoved", "player-live-removed", &[]),
    ("liveTakenServer", "player-live-taken-server", &[]),
    (
        "liveTakenServerWhy",
        "player-live-taken-server-why",
        &["why"],
    ),
    ("confirmRestartLive", "player-confirm-restart-live", &[]),
    ("otherVersion", "player-other-version", &[]),
];

/// The page for `table`, its text in language `lang` (a BCP 47 tag such as `en`), the
/// player's own words those of `messages`.
pub fn render(table: &WalkTable<'_>, lang: &str, messages: Messages) -> String {
    page(table, (lang, messages), None)
}

/// What the player needs to walk in a live session: the session it joins.
#[derive(Clone, Debug, Serialize)]
pub struct Live<'a> {
    /// The session's short code.
    pub code: &'a str,
}

/// The player of a live session, as the classroom server serves it: it joins the session
/// with a display name, then sends each step to the server.
pub fn render_live(
    table: &WalkTable<'_>,
    lang: &str,
    messages: Messages,
    live: &Live<'_>,
) -> String {
    page(table, (lang, messages), Some(live))
}

fn page(
    table: &WalkTable<'_>,
    (lang, messages): (&str, Messages),
    live: Option<&Live<'_>>,
) -> String {
    let head = &table.scenario;
    let title = if table.role.is_facilitator() {
        messages.text_with(
            "player-facilitator-title",
            &[("title", Arg::from(head.title))],
        )
    } else {
        head.title.to_owned()
    };
    let text = |key: &str| Some(html_text::escape(&messages.text(key)));
    let words = page_words::words(messages, &WORDS);
    let summary = head.summary.map_or_else(String::new, |s| {
        format!("<p class=\"summary\">{}</p>", html_text::escape(s))
    });
    // `to_json` escapes what could drive a terminal; `script_json` what could end the block.
    let data = script_json(to_json(table).trim_end());
    let live_data = live.map_or_else(|| "null".to_owned(), |l| script_json(to_json(l).trim_end()));
    let role = if table.role.is_facilitator() {
        "facilitator"
    } else {
        "participant"
    };
    let csp = if live.is_some() {
        content_policy::live_policy(SCRIPT, STYLE)
    } else {
        content_policy::policy(SCRIPT, STYLE)
    };
    fill(TEMPLATE, |name| match name {
        "lang" => Some(html_text::escape(lang)),
        "csp" => Some(csp.clone()),
        "live" => Some(live_data.clone()),
        "version" => Some(env!("CARGO_PKG_VERSION").to_owned()),
        "title" => Some(html_text::escape(&title)),
        "heading" => Some(html_text::escape(head.title)),
        "source" => Some(html_text::escape(&head.source)),
        "summary" => Some(summary.clone()),
        "role" => Some(role.to_owned()),
        "style" => Some(STYLE.to_owned()),
        "table" => Some(data.clone()),
        "script" => Some(SCRIPT.to_owned()),
        "words" => Some(words.clone()),
        "noscript" => text("player-noscript"),
        "record_heading" => text("player-record-heading"),
        "record_intro" => text("player-record-intro"),
        "name_label" => text("player-name-label"),
        "download" => text("player-download"),
        "load" => text("player-load"),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use stance_core::check::analyser::{built_in_scenario, check_file};
    use stance_core::classroom::record::content_hash;
    use stance_core::classroom::role::Role;
    use stance_core::export::walk_table::WalkTable;
    use stance_core::load::catalog::built_in_files;
    use stance_core::load::scenario_file::ScenarioFile;
    use stance_core::text::messages::Messages;

    use super::{SCRIPT, STYLE, TEMPLATE, render};
    use crate::content_policy::source_hash;

    fn page(file: &ScenarioFile, role: Role) -> String {
        let scenario = check_file(file, None).scenario.expect("checks");
        let table = WalkTable::compile(
            &scenario,
            content_hash(&file.text),
            role,
            Messages::english(),
        )
        .expect("compiles");
        render(&table, "en", Messages::english())
    }

    #[test]
    fn every_placeholder_is_filled() {
        for file in built_in_files() {
            let html = page(&file, Role::Facilitator);
            let marks = TEMPLATE.matches("{{").count();
            assert!(marks >= 10);
            assert_eq!(
                html.matches("{{").count(),
                SCRIPT.matches("{{").count(),
                "{}",
                file.name
            );
        }
    }

    #[test]
    fn the_built_in_pages_stay_within_their_size_budget() {
        for file in built_in_files() {
            for role in [Role::Participant, Role::Facilitator] {
                let size = page(&file, role).len();
                assert!(size < 150_000, "{} as {role:?}: {size} bytes", file.name);
            }
        }
    }

    #[test]
    fn a_participant_page_holds_no_facilitator_text() {
        let scenario = built_in_scenario();
        let file = &built_in_files()[0];
        let participant = page(file, Role::Participant);
        let facilitator = page(file, Role::Facilitator);
        let mut checked = 0;
        for question in &scenario.questions {
            for text in question
                .facilitator_notes
                .iter()
                .chain(&question.discussion)
            {
                // Compare as the page holds text: JSON-escaped, then made safe for the block.
                let held =
                    crate::script_json::script_json(&serde_json::to_string(text).expect("json"));
                assert!(!participant.contains(&held), "{text}");
                assert!(facilitator.contains(&held), "{text}");
                checked += 1;
            }
        }
        assert!(checked > 0);
    }

    #[test]
    fn the_assets_have_lf_line_ends_as_browsers_hash_them() {
        // A browser turns CR LF into LF before it hashes an inline script; a CR here would
        // make the policy's hash another one's and the page dead (`.gitattributes` keeps LF).
        for (name, text) in [
            ("player.js", SCRIPT),
            ("player.css", STYLE),
            ("player.html", TEMPLATE),
        ] {
            assert!(!text.contains('\r'), "{name} has a carriage return");
        }
    }

    #[test]
    fn the_policy_allows_exactly_the_page_own_script_and_style() {
        let html = page(&built_in_files()[0], Role::Participant);
        assert!(html.contains(&format!("script-src '{}'", source_hash(SCRIPT))));
        assert!(html.contains(&format!("style-src '{}'", source_hash(STYLE))));
        assert!(html.contains(&format!("<script>{SCRIPT}</script>")));
        assert!(html.contains(&format!("<style>{STYLE}</style>")));
        // Nothing is loaded from anywhere: no source, link or address the browser would fetch.
        for fetch in ["src=", "<link", "http://", "https://", "@import", "url("] {
            let outside_data = html.replace(SCRIPT, "");
            assert!(!outside_data.contains(fetch), "{fetch}");
        }
    }

    #[test]
    fn hostile_text_stays_text() {
        let yaml = r#"format: 1
id: hostile
title: "</title><script>alert('t')</script>"
summary: "<img src=x onerror=alert(1)> & </script><!--"
source:
  author: "<b>Author</b>"
  title: "\"quoted\""
start: first
questions:
  - id: first
    prompt: "</script><script>alert('p')</script>"
    context: "<iframe src=//evil>"
    choices:
      - id: a
        label: "<button onclick=alert(1)>"
        recommends: [r]
        next: done
      - id: b
        label: "b"
        next: done
recommendations:
  - id: r
    text: "</script>"
    rationale: "-->"
    basis: inferred
endings:
  - id: done
    headline: "<script>alert('h')</script>"
"#;
        let file = ScenarioFile::new("hostile.yaml", yaml);
        let analysis = check_file(&file, None);
        let scenario = analysis
            .scenario
            .unwrap_or_else(|| panic!("hostile.yaml checks: {:?}", analysis.diagnostics));
        let table = WalkTable::compile(
            &scenario,
            content_hash(&file.text),
            Role::Facilitator,
            Messages::english(),
        )
        .expect("compiles");
        let html = render(&table, "en", Messages::english());
        // The page's own tags only: one style, the three data blocks (table, live session,
        // words) and the player's script.
        assert_eq!(html.matches("<script").count(), 4);
        assert_eq!(html.matches("</script>").count(), 4);
        assert_eq!(html.matches("<title>").count(), 1);
        for injected in ["<img", "<iframe", "<button onclick", "<b>", "<!--"] {
            assert!(!html.contains(injected), "{injected}");
        }
        assert!(html.contains("&lt;/title&gt;&lt;script&gt;"));
        assert!(html.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert('p')"));
    }
}
