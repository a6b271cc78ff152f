//! The player page in a real browser: `node --test tests/browser/` drives Debian's Chromium
//! with Playwright against pages this build's `stance html` writes.
//!
//! Without Node.js, the npm packages (`npm ci`) or Chromium the test says why and passes, so
//! that `cargo test` works on any machine; `.ci/run` sets `STANCE_BROWSER_TESTS=require`,
//! which makes a missing piece a failure there.

use std::path::Path;
use std::process::Command;

/// Why the browser tests cannot run here, if they cannot.
fn missing(root: &Path) -> Option<String> {
    let chromium =
        std::env::var_os("STANCE_CHROMIUM").unwrap_or_else(|| "/usr/bin/chromium".into());
    if Command::new("node").arg("--version").output().is_err() {
        return Some("Node.js (`node`) is not installed".to_owned());
    }
    if ["playwright-core", "axe-core", "ajv", "yaml"]
        .iter()
        .any(|package| !root.join("node_modules").join(package).is_dir())
    {
        return Some("the npm packages are not installed: run `npm ci`".to_owned());
    }
    if !Path::new(&chromium).exists() {
        return Some(format!(
            "Chromium is not at {} (`apt-get install chromium`, or set STANCE_CHROMIUM)",
            Path::new(&chromium).display()
        ));
    }
    None
}

#[test]
fn the_player_page_in_a_real_browser() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if let Some(why) = missing(root) {
        assert!(
            std::env::var("STANCE_BROWSER_TESTS").as_deref() != Ok("require"),
            "the browser tests must run here, but {why}"
        );
        eprintln!("browser tests skipped: {why}");
        return;
    }
    let run = Command::new("node")
        .args(["--test", "--test-reporter=spec", "tests/browser/"])
        .current_dir(root)
        .env("STANCE_BIN", env!("CARGO_BIN_EXE_stance"))
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "the browser tests failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // Each suite ran: none skipped itself for want of something.
    for suite in ["the player", "the record", "every screen", "the schema"] {
        assert!(stdout.contains(suite), "{suite} did not run:\n{stdout}");
    }
    assert!(
        !stdout.contains("# SKIP") && !stdout.contains("skipped:"),
        "{stdout}"
    );
}
