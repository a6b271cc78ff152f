//! Translations of scenarios: started with `stance new --translation`, guarded by `check`,
//! shown with `--lang`, noted in records and reported together.

use std::fs;
use std::path::Path;

use crate::support::{root, stance};

/// A folder holding `grounded.yaml`, a small scenario with citations on a question, a
/// choice and a recommendation, and headlines that depend on the walk.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a folder");
    fs::copy(
        root().join("tests/fixtures/valid/grounded.yaml"),
        dir.path().join("grounded.yaml"),
    )
    .expect("copied");
    dir
}

/// `text` with the entry under `key` given `value` in place of its empty text.
fn fill(text: &str, key: &str, value: &str) -> String {
    let at = text
        .find(&format!("\n  {key}:\n"))
        .unwrap_or_else(|| panic!("no `{key}` in:\n{text}"));
    let empty = at
        + text[at..]
            .find("text: \"\"")
            .expect("an empty text after the key");
    format!(
        "{}text: \"{value}\"{}",
        &text[..empty],
        &text[empty + "text: \"\"".len()..]
    )
}

/// The walk that reaches every translated text below.
const WALK: [&str; 4] = ["--answer", "first=a", "--answer", "second=c"];

/// Starts and fills the Korean translation of `grounded.yaml` in `dir`.
fn translate(dir: &Path) {
    stance(["new", "--translation", "ko", "grounded.yaml"])
        .current_dir(dir)
        .run()
        .ok()
        .stderr_has("wrote `grounded.ko.yaml`; fill in each `text`");
    let path = dir.join("grounded.ko.yaml");
    let mut text = fs::read_to_string(&path).expect("written");
    for expected in [
        "translation: ko\nscenario: grounded\n",
        "  question.first.choice.a.label:\n    # A\n    source: \"",
        "  ending.done.headline.1:\n    # A, then C.\n",
        "  question.first.cites.1.gloss:\n    # This is the first paragraph.\n",
    ] {
        assert!(text.contains(expected), "lacks {expected:?}:\n{text}");
    }
    for (key, value) in [
        ("title", "근거 있는 시나리오"),
        ("question.first.prompt", "첫 번째 질문입니까?"),
        ("question.first.choice.a.label", "가"),
        ("recommendation.do_a.text", "가를 하십시오."),
        ("recommendation.do_a.cites.1.gloss", "첫 문단"),
        ("question.first.cites.1.gloss", "이것은 첫 문단입니다."),
        ("ending.done.headline.1", "가, 그다음 다."),
    ] {
        text = fill(&text, key, value);
    }
    fs::write(&path, text).expect("filled");
}

#[test]
fn a_translation_is_started_filled_and_shown_in_its_language() {
    let dir = folder();
    let dir = dir.path();
    translate(dir);

    let play = |extra: &[&str]| {
        let mut args = vec!["play", "grounded.yaml"];
        args.extend(WALK);
        args.extend(extra);
        stance(args).current_dir(dir)
    };
    let korean = play(&["--lang", "ko"]).run().ok();
    for expected in [
        "가, 그다음 다.",
        "가를 하십시오.",
        "\u{b6}1 \u{201c}the first paragraph\u{201d} (번역: \u{201c}첫 문단\u{201d})",
        // stance's own words are Korean too.
        "상황\n  1. 첫 번째 질문입니까?\n     \u{2192} 가\n",
        "저자의 입장\n  가, 그다음 다.\n",
        "[명시]",
        "이유: Because of A.",
        "다시 실행: stance play grounded.yaml",
    ] {
        assert!(
            korean.stdout.contains(expected),
            "lacks {expected:?}:\n{}",
            korean.stdout
        );
    }
    // What is not translated yet is shown as written, and said once.
    assert!(korean.stdout.contains("Because of A."), "{}", korean.stdout);
    korean
        .stderr_has("경고: `grounded.ko.yaml`은(는) 글 ")
        .stderr_has("개). `stance check grounded.yaml`로 목록을 볼 수 있습니다");

    // The same language from the environment, the flag first.
    play(&[])
        .env("STANCE_LANG", "ko")
        .run()
        .ok()
        .stdout_has("가를 하십시오.");
    play(&[])
        .env("LANG", "ko_KR.UTF-8")
        .run()
        .ok()
        .stdout_has("가를 하십시오.");
    play(&["--lang", "en"])
        .env("STANCE_LANG", "ko")
        .run()
        .ok()
        .stdout_has("Do A.");
    let english = play(&[]).run().ok();
    assert!(english.stdout.contains("Do A.") && !english.stdout.contains('가'));
    english
        .stdout_has("The author's stance\n")
        .stdout_has("Why: Because of A.");

    // Ids stay ids; the JSON says which language it shows.
    let json = play(&["--lang", "ko", "--format", "json"])
        .run()
        .ok()
        .json();
    assert_eq!(json["scenario"]["language"], "ko");
    assert_eq!(json["scenario"]["id"], "grounded");
    assert_eq!(json["path"][0]["label"], "가");
    assert_eq!(json["path"][0]["choice"], "a");
    assert_eq!(json["recommendations"][0]["cites"][0]["gloss"], "첫 문단");
    assert_eq!(
        json["recommendations"][0]["cites"][0]["quote"],
        "the first paragraph"
    );
}

#[test]
fn the_other_commands_show_the_translation_too() {
    let dir = folder();
    let dir = dir.path();
    translate(dir);
    stance(["show", "grounded.yaml", "--lang", "ko"])
        .current_dir(dir)
        .run()
        .ok()
        .stdout_has("첫 번째 질문입니까?")
        .stdout_has("근거: 명시; 인용 \u{b6}1 \u{201c}This is the first paragraph.\u{201d} (번역: \u{201c}이것은 첫 문단입니다.\u{201d})")
        .stdout_has("\u{2192} 결말 done");
    stance([
        "brief",
        "grounded.yaml",
        "--lang",
        "ko",
        "--answer",
        "first=a",
        "--answer",
        "second=c",
    ])
    .current_dir(dir)
    .run()
    .ok()
    .stdout_has("# 브리핑: 근거 있는 시나리오\n\n**핵심:** 가, 그다음 다.\n")
    .stdout_has("## 권고 입장\n\n1. **가를 하십시오.** *(명시)*");
    let brief = ["brief", "grounded.yaml", "--lang", "ko", "--format", "html"];
    stance(brief.iter().copied().chain(WALK))
        .current_dir(dir)
        .run()
        .ok()
        .stdout_has("<html lang=\"ko\">")
        .stdout_has("<h2>권고 입장</h2>")
        .stdout_has("(번역: \u{201c}첫 문단\u{201d})");
    let markdown = [
        "play",
        "grounded.yaml",
        "--lang",
        "ko",
        "--format",
        "markdown",
    ];
    stance(markdown.iter().copied().chain(WALK))
        .current_dir(dir)
        .run()
        .ok()
        .stdout_has("## 상황\n\n| 질문 | 답 |\n")
        .stdout_has("## 저자의 입장\n\n**가, 그다음 다.**\n\n1. **가를 하십시오.** *(명시)*")
        .stdout_has("(번역: \u{201c}첫 문단\u{201d})");
    // The quiz sheet (this scenario has too few recommendations for a quiz's items).
    stance([
        "quiz",
        "grounded.yaml",
        "--lang",
        "ko",
        "--seed",
        "2",
        "--questions",
        "1",
    ])
    .current_dir(dir)
    .run()
    .ok()
    .stdout_has(
        "퀴즈: 근거 있는 시나리오 (시드 2)\n\n상황 1\n\n- 첫 번째 질문입니까? \u{2192} 가\n",
    );
    // Golden tests hold the scenario's own headlines, and run on it whatever the language.
    stance(["test", "grounded.yaml", "--lang", "ko"])
        .current_dir(dir)
        .run()
        .ok();

    // `check` lists what is left, and passes.
    stance(["check", "grounded.yaml"])
        .current_dir(dir)
        .run()
        .ok()
        .stderr_has("warning[translation-missing]: `question.second.prompt` is not translated yet")
        .stderr_has("checked 1 scenario file and 1 translation: no errors");
}

#[test]
fn a_changed_text_is_stale_and_shown_as_written_and_an_unknown_key_is_refused() {
    let dir = folder();
    let dir = dir.path();
    translate(dir);
    let scenario = dir.join("grounded.yaml");
    let text = fs::read_to_string(&scenario).expect("scenario");
    fs::write(&scenario, text.replace("text: Do A.", "text: Do A now.")).expect("edited");

    let check = stance(["check", "grounded.yaml", "--format", "json"])
        .current_dir(dir)
        .run()
        .ok();
    let findings = check.json();
    let stale = findings
        .as_array()
        .expect("a list")
        .iter()
        .find(|f| f["code"] == "translation-stale")
        .unwrap_or_else(|| panic!("no stale finding: {findings:#}"));
    assert_eq!(stale["file"], "grounded.ko.yaml");
    let help = stale["help"].as_str().expect("help");
    assert!(help.contains("\u{201c}Do A now.\u{201d}"), "{help}");
    let hash = help
        .split("set `source: ")
        .nth(1)
        .and_then(|rest| rest.strip_suffix('`'))
        .unwrap_or_else(|| panic!("no hash in {help}"));
    assert_eq!(hash.len(), 8, "{help}");

    // The stale text is shown as written; the others are still translated.
    let mut args = vec!["play", "grounded.yaml", "--lang", "ko"];
    args.extend(WALK);
    let done = stance(args.clone()).current_dir(dir).run().ok();
    assert!(!done.stdout.contains("가를 하십시오."), "{}", done.stdout);
    done.stdout_has("Do A now.")
        .stdout_has("가, 그다음 다.")
        .stderr_has("번역한 뒤 바뀜 1개");

    // An entry for a text the scenario does not have is an error, with the nearest key.
    let translation = dir.join("grounded.ko.yaml");
    let text = fs::read_to_string(&translation).expect("translation");
    fs::write(
        &translation,
        format!("{text}  question.frist.prompt:\n    source: \"00000000\"\n    text: \"x\"\n"),
    )
    .expect("edited");
    stance(args)
        .current_dir(dir)
        .run()
        .code(1)
        .stderr_has(
            "오류[translation-unknown]: `question.frist.prompt` 키에 해당하는 시나리오의 글이 없습니다",
        )
        .stderr_has("--> grounded.ko.yaml:")
        .stderr_has("^ 알 수 없는 키")
        .stderr_has("= 도움말: 혹시 `question.first.prompt`입니까?")
        // The findings follow `--lang`, as the command's own error does.
        .stderr_has("오류: `grounded.ko.yaml`에 오류가 1개 있습니다");
    stance(["check", "grounded.ko.yaml"])
        .current_dir(dir)
        .run()
        .code(1)
        .stderr_has("translation-unknown");

    // Brought up to date: the new hash in place, the unknown entry gone.
    let key = "  recommendation.do_a.text:\n    # Do A.\n    source: \"";
    let at = text.find(key).expect("the entry") + key.len();
    let updated = format!("{}{hash}{}", &text[..at], &text[at + 8..]);
    fs::write(&translation, updated).expect("updated");
    let check = stance(["check", "grounded.yaml"])
        .current_dir(dir)
        .run()
        .ok();
    assert!(
        !check.stderr.contains("translation-stale"),
        "{}",
        check.stderr
    );
    let mut args = vec!["play", "grounded.yaml", "--lang", "ko"];
    args.extend(WALK);
    stance(args)
        .current_dir(dir)
        .run()
        .ok()
        .stdout_has("가를 하십시오.");
}

#[test]
fn a_class_that_played_in_two_languages_is_reported_together() {
    let dir = folder();
    let dir = dir.path();
    translate(dir);
    for (name, lang) in [("Ana", "ko"), ("Ben", "en")] {
        let record = format!("{name}.json");
        let mut args = vec![
            "play",
            "grounded.yaml",
            "--name",
            name,
            "--record",
            &record,
            "--lang",
            lang,
        ];
        args.extend(WALK);
        stance(args).current_dir(dir).run().ok();
    }
    let ana: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("Ana.json")).expect("record"))
            .expect("JSON");
    assert_eq!(ana["scenario"]["language"], "ko");
    let ben = fs::read_to_string(dir.join("Ben.json")).expect("record");
    assert!(!ben.contains("\"language\""), "{ben}");

    let report = |extra: &[&str]| {
        let mut args = vec![
            "report",
            "Ana.json",
            "Ben.json",
            "--scenario",
            "grounded.yaml",
        ];
        args.extend(extra);
        stance(args).current_dir(dir).run().ok()
    };
    report(&[])
        .stdout_has("Languages: as written 1, ko 1")
        .stdout_has("- Ana (walk, in ko)")
        .stdout_has("- Ben (walk)")
        .stdout_has("- First?\n  - A: 2");
    // The teacher reads the report in their language; the records count the same.
    report(&["--lang", "ko"])
        .stdout_has("학급 보고서: 근거 있는 시나리오\n\n참여자\n\n언어: 원문 1, ko 1\n")
        .stdout_has("- Ana (진행, ko)\n")
        .stdout_has("질문별 답변\n\n- 첫 번째 질문입니까?\n  - 가: 2");
    let csv = report(&["--format", "csv"]).stdout;
    let rows: Vec<&str> = csv.lines().collect();
    assert!(rows[0].ends_with(",language"), "{csv}");
    assert!(
        rows[1].starts_with("Ana,") && rows[1].ends_with(",ko"),
        "{csv}"
    );
    assert!(rows[2].ends_with(','), "{csv}");
    let json = report(&["--format", "json"]).json();
    assert_eq!(json["participants"][0]["language"], "ko");
    assert_eq!(json["participants"][1]["language"], serde_json::Value::Null);

    // A student reads where they stood, in their language.
    stance([
        "compare",
        "Ana.json",
        "--scenario",
        "grounded.yaml",
        "--lang",
        "ko",
    ])
    .current_dir(dir)
    .run()
    .ok()
    .stdout_has("Ana의 답을 저자와 비교: 근거 있는 시나리오\n")
    .stdout_has("1. 첫 번째 질문입니까?\n   답: 가\n   저자의 권고: 가를 하십시오. [명시]\n");

    // A record is a hostile file: a language that is not a tag is refused, not shown.
    let forged = fs::read_to_string(dir.join("Ana.json"))
        .expect("record")
        .replace("\"language\": \"ko\"", "\"language\": \"\\u001b[2J\"");
    fs::write(dir.join("Forged.json"), forged).expect("written");
    let done = stance(["report", "Forged.json", "--scenario", "grounded.yaml"])
        .current_dir(dir)
        .run()
        .code(2);
    assert!(!done.stderr.contains('\u{1b}'), "{}", done.stderr);
    done.stderr_has("is not a language tag such as `ko`");
}

#[test]
fn a_folder_keeps_translations_beside_their_scenarios() {
    let dir = folder();
    let dir = dir.path();
    translate(dir);
    let folder = dir.display().to_string();
    let list = stance(["list", "--dir", &folder]).run().ok();
    assert!(!list.stdout.contains("grounded.ko"), "{}", list.stdout);
    assert!(!list.stderr.contains("grounded.ko"), "{}", list.stderr);
    stance(["test", "--dir", &folder]).run().ok();
    stance(["check", &folder])
        .run()
        .ok()
        .stderr_has("checked 1 scenario file and 1 translation: no errors");
    // By id, the folder's scenario is shown in its translation too.
    stance(["show", "grounded", "--dir", &folder, "--lang", "ko"])
        .run()
        .ok()
        .stdout_has("근거 있는 시나리오");
}

#[test]
fn languages_are_named_by_tag_and_a_missing_one_is_said_once() {
    let dir = folder();
    let dir = dir.path();
    stance(["show", "grounded.yaml", "--lang", "Korean"])
        .current_dir(dir)
        .run()
        .code(2)
        .stderr_has("`Korean` is not a language tag; use a language's code, such as `ko` or `en`");
    let done = stance(["show", "grounded.yaml", "--lang", "fr"])
        .current_dir(dir)
        .run()
        .ok();
    done.stderr_has("stance's own words are not translated to `fr`")
        .stderr_has("`grounded` has no `fr` translation, so it is shown as written");
    // A locale is not a request: nothing is said.
    let quiet = stance(["show", "grounded.yaml"])
        .env("LANG", "fr_FR.UTF-8")
        .current_dir(dir)
        .run()
        .ok();
    assert_eq!(quiet.stderr, "");
    // A translation cannot be put beside what is not a file.
    let text = fs::read_to_string(dir.join("grounded.yaml")).expect("scenario");
    stance(["new", "--translation", "ko", "-"])
        .stdin(&text)
        .run()
        .code(2)
        .stderr_has("say where to write it with `--output FILE`");
    stance(["new", "--translation", "ko", "grounded.yaml"])
        .current_dir(dir)
        .run()
        .ok();
    stance(["new", "--translation", "ko", "grounded.yaml"])
        .current_dir(dir)
        .run()
        .code(2)
        .stderr_has("`grounded.ko.yaml` already exists; stance new never overwrites a file");
}

#[test]
fn the_built_in_scenarios_walk_in_korean_and_their_translations_are_complete() {
    let answers = [
        "--answer",
        "peninsula=reunification",
        "--answer",
        "sma=outside_sofa",
        "--answer",
        "regional_role=no",
    ];
    let mut args = vec!["play", "--lang", "ko"];
    args.extend(answers);
    let done = stance(args).run().ok();
    assert_eq!(done.stderr, "", "a complete translation says nothing");
    done.stdout_has("한미동맹, 제 궤도를 지키려면\n")
        .stdout_has("상황\n  1. 한반도는 지금 어떤 상황입니까?\n     \u{2192} 남북이 통일된 상태\n")
        .stdout_has("주한미군지위협정(SOFA)")
        .stdout_has("(번역: \u{201c}")
        .stdout_has("다시 실행: stance play korea-us-alliance --answer peninsula=reunification");
    stance(["show", "tutorial", "--lang", "ko"]).run().ok();
    stance(["check", "--deny-warnings", "korea-us-alliance", "tutorial"])
        .run()
        .ok()
        .stderr_has("checked 2 scenario files and 2 translations: no errors, 0 warnings");
    // The plain walk in Korean, stopped: said in Korean too.
    stance(["play", "--plain", "--lang", "ko", "--record", "r.json"])
        .stdin("?\nq\ny\n")
        .run()
        .code(130)
        .stderr_has("선택지의 번호나 id를 입력하고 Enter를 누르십시오.")
        .stderr_has(
            "질문 1: 한반도는 지금 어떤 상황입니까?\n1. 평화 정착 없이 여전히 분단된 상태\n",
        )
        .stderr_has("배경: 한미동맹은 해양 세력과 대륙 세력이")
        .stderr_has("에세이에서: \u{b6}10 \u{201c}The goal of the alliance")
        .stderr_has("끝나기 전에 멈췄습니다.\n")
        .stderr_has("`stance play --resume r.json`");
    // Started again from the shipped one, every text is kept.
    let dir = tempfile::tempdir().expect("a folder");
    stance([
        "new",
        "--translation",
        "ko",
        "korea-us-alliance",
        "--output",
        "ko.yaml",
    ])
    .current_dir(dir.path())
    .run()
    .ok()
    .stderr_has("the texts already translated kept");
    let text = fs::read_to_string(dir.path().join("ko.yaml")).expect("written");
    assert!(!text.contains("text: \"\""), "{text}");
    stance(["check", "--deny-warnings", "ko.yaml"])
        .current_dir(dir.path())
        .run()
        .ok();
}

#[test]
fn the_author_tools_speak_korean_and_their_machine_formats_do_not_change() {
    let show = stance(["--lang", "ko", "show", "tutorial"]).run().ok();
    for korean in [
        "시작: demand",
        "  근거: 명시; 인용 \u{b6}3",
        "(번역: \u{201c}",
        "묻는 조건: budget = no, 아니면 \u{2192} staff",
        "\u{2192} 결말 keep_hours",
        "권고:\n",
    ] {
        assert!(show.stdout.contains(korean), "{korean}:\n{}", show.stdout);
    }
    for english in [
        "start:",
        "basis:",
        "cites",
        "asked when",
        "ending ",
        "recommendations:",
    ] {
        assert!(
            !show.stdout.contains(english),
            "{english}:\n{}",
            show.stdout
        );
    }
    stance(["--lang", "ko", "paths", "tutorial", "--limit", "1"])
        .run()
        .ok()
        .stdout_has("경로 1: demand=evenings")
        .stdout_has("  결말: extend\n  권고: add_evenings");
    stance(["--lang", "ko", "analyze", "tutorial"])
        .run()
        .ok()
        .stdout_has("질문")
        .stdout_has("결정적")
        .stdout_has("경로 13개 중 ");
    stance(["--lang", "ko", "graph", "tutorial", "--format", "mermaid"])
        .run()
        .ok()
        .stdout_has("start((\"시작\"))")
        .stdout_has("아니면 (조건 불충족: budget = no)");
    // What programs read stays as it is, whatever the language.
    for args in [
        &["paths", "tutorial", "--format", "csv"][..],
        &["paths", "tutorial", "--format", "json"][..],
        &["analyze", "tutorial", "--format", "json"][..],
    ] {
        let english = stance(args).run().ok().stdout;
        let korean = stance(args).env("STANCE_LANG", "ko").run().ok().stdout;
        let keys = |text: &str| -> Vec<String> {
            text.lines()
                .filter_map(|l| l.trim().split_once("\":").map(|(k, _)| k.to_owned()))
                .collect()
        };
        assert_eq!(keys(&english), keys(&korean), "{args:?}");
        assert_eq!(
            english.lines().next(),
            korean.lines().next(),
            "{args:?}: the header"
        );
    }
}

/// clap's English words, none of which a Korean `--help` shows.
const CLAP_ENGLISH: [&str; 10] = [
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "Global options:",
    "Possible values:",
    "[default:",
    "[possible values:",
    "Print help",
    "Examples:",
];

#[test]
fn help_is_in_the_interface_s_language_and_english_stays_clap_s() {
    let korean = |done: &crate::support::Done| {
        for english in CLAP_ENGLISH {
            assert!(
                !done.stdout.contains(english),
                "{english}:\n{}",
                done.stdout
            );
        }
    };
    let play = stance(["--lang", "ko", "play", "--help"]).run().ok();
    korean(&play);
    let play = play
        .stdout_has("시나리오를 진행하고 저자의 입장을 출력합니다")
        .stdout_has("사용법: stance play [OPTIONS] [SCENARIO]")
        .stdout_has("인수:")
        .stdout_has("옵션:")
        .stdout_has("전역 옵션:")
        .stdout_has("가능한 값:")
        .stdout_has("[기본값: participant]")
        .stdout_has("  -h, --help")
        .stdout_has("예:")
        // Example commands are kept as typed.
        .stdout_has("stance play --resume ana.json");
    // The same from the variable, from the locale, after the command and with `help`.
    for (args, variable) in [
        (&["play", "--help"][..], ("STANCE_LANG", "ko")),
        (&["play", "--lang=ko", "--help"][..], ("LANG", "C")),
        (&["help", "play"][..], ("LANG", "ko_KR.UTF-8")),
    ] {
        let done = stance(args).env(variable.0, variable.1).run().ok();
        assert_eq!(done.stdout, play.stdout, "{args:?} {variable:?}");
    }
    let top = stance(["--help"]).env("STANCE_LANG", "ko").run().ok();
    korean(&top);
    top.stdout_has("명령:")
        .stdout_has("  -V, --version")
        .stdout_has("버전을 출력합니다")
        .stdout_has("이 도움말이나 주어진 하위 명령의 도움말을 출력합니다")
        .stdout_has("종료 코드:");
    let serve = stance(["--lang", "ko", "serve", "-h"]).run().ok();
    korean(&serve);
    serve
        .stdout_has("[기본값: 127.0.0.1]")
        .stdout_has("[환경 변수: STANCE_FACILITATOR_TOKEN]")
        .stdout_has("도움말을 출력합니다(자세히 보려면 '--help')");
    // Nothing to do shows the help on stderr, in the language too.
    let no_args: [&str; 0] = [];
    let bare = stance(no_args).env("STANCE_LANG", "ko").run().code(2);
    assert!(bare.stderr.contains("사용법:"), "{}", bare.stderr);
    // A mistyped flag is told in Korean too, with the flag it was probably meant to be.
    stance(["--lang", "ko", "play", "--frmat"])
        .run()
        .code(2)
        .stderr_has(
            "오류: 알 수 없는 인수 '--frmat'이(가) 있습니다\n\n  도움말: 혹시 '--format'입니까?\n",
        );

    // English is clap's, from the doc comments, whatever asked for it.
    let english = stance(["play", "--help"]).run().ok();
    assert!(
        !english.stdout.chars().any(|c| ('가'..='힣').contains(&c)),
        "{}",
        english.stdout
    );
    let not_in_play = ["Commands:", "[possible values:"];
    for shown in CLAP_ENGLISH
        .into_iter()
        .filter(|word| !not_in_play.contains(word))
    {
        assert!(
            english.stdout.contains(shown),
            "{shown}:\n{}",
            english.stdout
        );
    }
    let english = english.stdout_has("Walk a scenario and print the author's stance");
    for (args, variable) in [
        (
            &["--lang", "en", "play", "--help"][..],
            ("STANCE_LANG", "ko"),
        ),
        (&["play", "--help"][..], ("LANG", "fr_FR.UTF-8")),
    ] {
        let done = stance(args).env(variable.0, variable.1).run().ok();
        assert_eq!(done.stdout, english.stdout, "{args:?} {variable:?}");
    }
}

#[test]
fn errors_and_their_hints_are_in_the_interface_language() {
    let korean = stance(["--lang", "ko", "play", "--answer", "smaa=x"])
        .run()
        .code(2)
        .stderr_has("오류: `--answer smaa=x`: `smaa` 질문이 없습니다\n  도움말: 혹시 `sma`입니까? 가능한 질문: `peninsula`, `nk_provocation`, `sma`,");
    assert!(!korean.stderr.contains("error:"), "{}", korean.stderr);
    // The same from the environment; and in English, as ever.
    stance(["play", "--answer", "smaa=x"])
        .env("STANCE_LANG", "ko")
        .run()
        .code(2)
        .stderr_has("오류: `--answer smaa=x`: `smaa` 질문이 없습니다");
    stance(["--lang", "en", "play", "--answer", "smaa=x"])
        .run()
        .code(2)
        .stderr_has("error: `--answer smaa=x`: unknown question `smaa`\n  help: did you mean `sma`? valid questions: `peninsula`, `nk_provocation`, `sma`,");
    // An engine's error with the command line's hint.
    stance(["--lang", "ko", "play", "tutorail"])
        .run()
        .code(2)
        .stderr_has("오류: id가 `tutorail`인 시나리오가 없습니다\n  도움말: 혹시 `tutorial`입니까? 가능한 시나리오:")
        .stderr_has("`stance list`로 모든 시나리오를 볼 수 있고, `.yaml` 파일의 경로를 주어도 됩니다\n");
    // A usage error a command finds, worded when it is shown.
    stance(["--lang", "ko", "man", "paly"])
        .run()
        .code(2)
        .stderr_has("오류: `paly` 명령은 stance에 없습니다. 혹시 `play`입니까?\n");
}

#[test]
fn warnings_and_notes_are_in_the_interface_language() {
    let walk = [
        "play",
        "-a",
        "peninsula=reunification",
        "-a",
        "nk_provocation=no",
        "-a",
        "sma=inside_sofa",
        "-a",
        "regional_role=no",
    ];
    stance(["--lang", "ko"].iter().chain(&walk))
        .run()
        .ok()
        .stderr_has("경고: 진행이 `nk_provocation`에 이르지 않아 `nk_provocation=no`은(는) 쓰지 않았습니다\n");
    stance(walk).run().ok().stderr_has(
        "warning: the walk never reached `nk_provocation`, so `nk_provocation=no` was not used\n",
    );
    // A scenario with no translation to the language asked for says so, in it.
    let dir = folder();
    stance(["--lang", "ko", "show", "grounded.yaml"])
        .current_dir(dir.path())
        .run()
        .ok()
        .stderr_has("경고: `grounded`에는 `ko` 번역이 없어 원문 그대로 보여 줍니다");
}

#[test]
fn the_list_the_tests_and_a_new_file_speak_korean() {
    let list = stance(["--lang", "ko", "list"]).run().ok();
    assert!(
        list.stdout.starts_with("ID                 제목 "),
        "{}",
        list.stdout
    );
    assert!(
        list.stdout.contains("한미동맹, 제 궤도를 지키려면"),
        "{}",
        list.stdout
    );
    // For programs, the scenario as written.
    let json = stance(["--lang", "ko", "list", "--format", "json"])
        .run()
        .ok()
        .json();
    assert_eq!(
        json[0]["title"],
        "Keeping the US-South Korea Alliance on Course"
    );
    stance(["--lang", "ko", "test"])
        .run()
        .ok()
        .stdout_has("tutorial (built-in:tutorial.yaml): 통과 13, 실패 0\n");
    let dir = folder();
    stance(["--lang", "ko", "new", "mine.yaml"])
        .current_dir(dir.path())
        .run()
        .ok()
        .stderr_has("`mine.yaml`을(를) 썼습니다. 다음: `stance check mine.yaml`");
}

#[test]
fn a_mistyped_command_line_is_told_in_korean_and_in_english_as_clap_says_it() {
    stance(["--lang", "ko", "paly"])
        .run()
        .code(2)
        .stderr_has("오류: 알 수 없는 명령 'paly'\n\n  도움말: 혹시 'play'입니까?\n\n사용법: stance [OPTIONS] <COMMAND>\n\n자세한 내용은 '--help'를 보십시오.\n");
    stance(["play", "--format", "xml"])
        .env("STANCE_LANG", "ko")
        .run()
        .code(2)
        .stderr_has("오류: 'xml'은(는) '--format <FORMAT>'에 맞는 값이 아닙니다\n  가능한 값: text, json, markdown\n");
    stance(["paly"]).run().code(2).stderr_has(
        "error: unrecognized subcommand 'paly'\n\n  tip: a similar subcommand exists: 'play'\n",
    );
}

/// `stance check`'s findings follow `--lang` on the terminal: the messages, labels, help
/// lines and level names in Korean, with the did-you-mean; the codes stay English, and so
/// does `--format json`, which is machine output.
#[test]
fn check_findings_follow_the_interface_language_but_json_stays_english() {
    let dir = folder();
    let dir = dir.path();
    let scenario = dir.join("grounded.yaml");
    let text = fs::read_to_string(&scenario).expect("scenario");
    fs::write(
        &scenario,
        text.replacen(
            "        next: second\n      - id: b",
            "        next: secnd\n      - id: b",
            1,
        ),
    )
    .expect("broken");
    let english = "choice `a` of question `first` leads to `secnd`, which is neither a question nor an ending";
    let english_help =
        "did you mean `second`? valid questions and endings: `first`, `second`, `done`";
    stance(["--lang", "ko", "check", "--color", "never", "grounded.yaml"])
        .current_dir(dir)
        .run()
        .code(1)
        .stderr_has(
            "오류[dangling-next]: `first` 질문의 `a` 선택지에서 이어지는 `secnd` 항목은 질문도 결말도 아닙니다\n  --> grounded.yaml:24:15\n",
        )
        .stderr_has("^^^^^ 이 id의 질문이나 결말이 없습니다")
        .stderr_has("= 도움말: 혹시 `second`입니까? 가능한 질문과 결말: `first`, `second`, `done`");
    // The same in English, word for word as the JSON has it.
    stance(["check", "--color", "never", "grounded.yaml"])
        .current_dir(dir)
        .run()
        .code(1)
        .stderr_has(&format!("error[dangling-next]: {english}\n"))
        .stderr_has("^^^^^ no question or ending has this id")
        .stderr_has(&format!("= help: {english_help}"));
    for lang in ["en", "ko"] {
        let done = stance(["--lang", lang, "check", "--format", "json", "grounded.yaml"])
            .current_dir(dir)
            .run()
            .code(1);
        let findings = done.json();
        let finding = findings
            .as_array()
            .expect("a list")
            .iter()
            .find(|f| f["code"] == "dangling-next")
            .unwrap_or_else(|| panic!("no dangling-next: {findings:#}"));
        assert_eq!(finding["severity"], "error", "{lang}");
        assert_eq!(finding["message"], english, "{lang}");
        assert_eq!(finding["help"], english_help, "{lang}");
    }
    // A clean file: the line that says so, and the note on quotes no essay checked, too.
    fs::write(dir.join("grounded.yaml"), &text).expect("mended");
    fs::write(
        dir.join("clean.yaml"),
        text.replacen("  file: ../essay.txt\n", "", 1)
            .replacen("id: grounded", "id: clean", 1),
    )
    .expect("clean");
    stance(["--lang", "ko", "check", "--color", "never", "clean.yaml"])
        .current_dir(dir)
        .run()
        .ok()
        .stderr_has("검사 완료: 시나리오 파일 1개, 오류 없음, 경고 0개")
        .stderr_has(
            "참고: `clean.yaml` 파일은 에세이를 가리키지 않으므로 인용은 길이만 검사했습니다",
        );
    stance(["check", "--color", "never", "clean.yaml"])
        .current_dir(dir)
        .run()
        .ok()
        .stderr_has("checked 1 scenario file: no errors, 0 warnings")
        .stderr_has(
            "note: `clean.yaml` names no essay, so quotes were checked only for their length",
        );
    fs::write(
        &scenario,
        text.replacen(
            "        next: second\n      - id: b",
            "        next: secnd\n      - id: b",
            1,
        ),
    )
    .expect("broken again");
    // A command that refuses the scenario prints its errors in the language too.
    stance([
        "--lang",
        "ko",
        "play",
        "grounded.yaml",
        "--answer",
        "first=b",
    ])
    .current_dir(dir)
    .run()
    .code(1)
    .stderr_has("오류[dangling-next]: `first` 질문의 `a` 선택지에서");
}
