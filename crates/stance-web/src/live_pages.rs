//! The classroom server's pages: the player that joins the session, the facilitator's
//! dashboard, the page that asks for a session's code, and short notices (a wrong code, a
//! missing token). Each is rendered once, when the server starts, with the policy it is
//! served under.

use qrcode::QrCode;
use qrcode::render::svg;
use serde::Serialize;
use stance_core::export::to_json;
use stance_core::export::walk_table::WalkTable;
use stance_core::text::html_text;
use stance_core::text::messages::{Arg, Messages};

use crate::content_policy::{self, source_hash};
use crate::page_words::{self, Word};
use crate::player_page::{self, Live};
use crate::script_json::script_json;
use crate::template::fill;

const DASHBOARD_TEMPLATE: &str = include_str!("../assets/dashboard.html");
/// The dashboard's style.
pub const DASHBOARD_STYLE: &str = include_str!("../assets/dashboard.css");
/// The dashboard's script.
pub const DASHBOARD_SCRIPT: &str = include_str!("../assets/dashboard.js");
/// Every sentence the dashboard's script says, by its name in the script's `TEXT`: the
/// message that says it, and the names of its arguments.
const DASHBOARD_WORDS: [Word; 37] = [
    ("counts", "dashboard-counts", &["joined", "finished"]),
    ("nobody", "dashboard-nobody", &[]),
    ("atQuestion", "dashboard-at-question", &["n"]),
    ("finished", "dashboard-finished", &[]),
    ("live", "dashboard-live", &[]),
    ("reconnecting", "dashboard-reconnecting", &[]),
    ("lost", "dashboard-lost", &[]),
    ("tableCaption", "dashboard-table-caption", &["prompt"]),
    ("choice", "dashboard-choice", &[]),
    ("count", "dashboard-count", &[]),
    ("reachedCaption", "dashboard-reached-caption", &[]),
    ("recommendation", "dashboard-recommendation", &[]),
    ("reveal", "dashboard-reveal", &[]),
    ("revealed", "dashboard-revealed", &[]),
    ("ifChosen", "dashboard-if-chosen", &["label"]),
    ("addsNothing", "dashboard-adds-nothing", &[]),
    ("basisExplicit", "player-basis-explicit", &[]),
    ("basisInferred", "player-basis-inferred", &[]),
    ("why", "player-why", &[]),
    ("notes", "dashboard-notes", &["n"]),
    ("facilitatorNotes", "player-facilitator-notes", &[]),
    ("discussion", "player-discussion", &[]),
    ("pathStep", "dashboard-path-step", &["n", "prompt"]),
    ("pathNone", "dashboard-path-none", &[]),
    ("pathEnded", "dashboard-path-ended", &[]),
    ("divergenceQuestion", "dashboard-divergence-question", &[]),
    ("divergencePath", "dashboard-divergence-path", &[]),
    ("divergenceReached", "dashboard-divergence-reached", &[]),
    ("divergenceStayed", "dashboard-divergence-stayed", &[]),
    ("divergenceLeft", "dashboard-divergence-left", &[]),
    ("noPath", "dashboard-no-path", &[]),
    ("pathRefused", "dashboard-path-refused", &["why"]),
    ("revealRefused", "dashboard-reveal-refused", &["why"]),
    ("remove", "dashboard-remove", &[]),
    ("removeLabel", "dashboard-remove-label", &["name"]),
    ("removeConfirm", "dashboard-remove-confirm", &["name"]),
    ("removeRefused", "dashboard-remove-refused", &["why"]),
];
const NOTICE_TEMPLATE: &str = include_str!("../assets/notice.html");
const NOTICE_STYLE: &str = include_str!("../assets/notice.css");

/// A page and the Content-Security-Policy it is served with.
#[derive(Clone, Debug)]
pub struct Page {
    /// The HTML.
    pub html: String,
    /// The policy, for the `Content-Security-Policy` header.
    pub csp: String,
}

/// What the dashboard's script is told besides the walk table.
#[derive(Debug, Serialize)]
struct DashboardSetup<'a> {
    code: &'a str,
    join_url: &'a str,
    role_notes: bool,
}

/// The player of the live session `code`.
pub fn player(table: &WalkTable<'_>, (lang, messages): (&str, Messages), code: &str) -> Page {
    Page {
        html: player_page::render_live(table, lang, messages, &Live { code }),
        csp: content_policy::live_policy(player_page::SCRIPT, player_page::STYLE)
            + "; frame-ancestors 'none'",
    }
}

/// The facilitator's dashboard: `table` is a facilitator's with `role_notes`, else a
/// participant's, since the dashboard is usually on a projector.
pub fn dashboard(
    table: &WalkTable<'_>,
    (lang, messages): (&str, Messages),
    code: &str,
    join_url: &str,
    role_notes: bool,
) -> Page {
    let setup = DashboardSetup {
        code,
        join_url,
        role_notes,
    };
    // `frame-ancestors` works only as a header: the page's own copy leaves it out.
    let policy = content_policy::live_policy(DASHBOARD_SCRIPT, DASHBOARD_STYLE);
    let text = |key: &str| Some(html_text::escape(&messages.text(key)));
    let title = messages.text_with(
        "dashboard-title",
        &[("title", Arg::from(table.scenario.title))],
    );
    let words = page_words::words(messages, &DASHBOARD_WORDS);
    let html = fill(DASHBOARD_TEMPLATE, |name| match name {
        "lang" => Some(html_text::escape(lang)),
        "csp" => Some(policy.clone()),
        "version" => Some(env!("CARGO_PKG_VERSION").to_owned()),
        "title" => Some(html_text::escape(&title)),
        "heading" => Some(html_text::escape(table.scenario.title)),
        "words" => Some(words.clone()),
        "join_at" => text("dashboard-join-at"),
        "code_label" => text("dashboard-code"),
        "noscript" => text("dashboard-noscript"),
        "class_heading" => text("dashboard-class-heading"),
        "answers_heading" => text("dashboard-answers-heading"),
        "reached_heading" => text("dashboard-reached-heading"),
        "reached_intro" => text("dashboard-reached-intro"),
        "path_heading" => text("dashboard-path-heading"),
        "path_intro" => text("dashboard-path-intro"),
        "code" => Some(html_text::escape(code)),
        "join_url" => Some(html_text::escape(join_url)),
        "qr" => Some(qr_svg(join_url)),
        "style" => Some(DASHBOARD_STYLE.to_owned()),
        "table" => Some(script_json(to_json(table).trim_end())),
        "setup" => Some(script_json(to_json(&setup).trim_end())),
        "script" => Some(DASHBOARD_SCRIPT.to_owned()),
        _ => None,
    });
    Page {
        html,
        csp: policy + "; frame-ancestors 'none'",
    }
}

/// What a notice says: its heading and its sentence, as they are in `messages`, and
/// whether it asks for a session's code.
#[derive(Clone, Copy, Debug)]
pub struct Notice {
    /// The message of the heading, which is the page's title too.
    pub heading: &'static str,
    /// The message of the sentence under it.
    pub message: &'static str,
    /// Whether the page has the form for a session's code.
    pub ask_for_code: bool,
}

/// A page with a heading and a sentence, and perhaps a form for a session's code, in the
/// language `lang` of `messages`.
pub fn notice((lang, messages): (&str, Messages), notice: Notice) -> Page {
    let form = if notice.ask_for_code {
        format!(
            "<form method=\"get\" action=\"/join\">\n<label for=\"code\">{}</label>\n\
             <input id=\"code\" name=\"code\" autocomplete=\"off\" autocapitalize=\"characters\" \
             spellcheck=\"false\" maxlength=\"12\" required>\n\
             <button type=\"submit\" data-action=\"go\">{}</button>\n</form>",
            html_text::escape(&messages.text("notice-code-label")),
            html_text::escape(&messages.text("notice-go")),
        )
    } else {
        String::new()
    };
    let heading = messages.text(notice.heading);
    let message = messages.text(notice.message);
    let policy = format!(
        "default-src 'none'; style-src '{}'; img-src 'none'; base-uri 'none'; form-action 'self'",
        source_hash(NOTICE_STYLE)
    );
    let html = fill(NOTICE_TEMPLATE, |name| match name {
        "lang" => Some(html_text::escape(lang)),
        "csp" => Some(policy.clone()),
        "title" => Some(html_text::escape(&heading)),
        "message" => Some(html_text::escape(&message)),
        "form" => Some(form.clone()),
        "style" => Some(NOTICE_STYLE.to_owned()),
        _ => None,
    });
    Page {
        html,
        csp: policy + "; frame-ancestors 'none'",
    }
}

/// The QR code of `url` as an SVG element, dark on light, for the dashboard.
fn qr_svg(url: &str) -> String {
    match QrCode::new(url.as_bytes()) {
        Ok(code) => code
            .render::<svg::Color<'_>>()
            .min_dimensions(240, 240)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .build()
            // The dashboard inlines the element; the XML prolog would be text on the page.
            .split_once("?>")
            .map_or_else(String::new, |(_, svg)| svg.to_owned()),
        Err(_) => String::new(),
    }
}

/// The join address as a QR code of text blocks, for a terminal: two rows of modules per
/// line, with the quiet zone around it.
pub fn qr_text(url: &str) -> Option<String> {
    let code = QrCode::new(url.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::unicode::Dense1x2>()
            .dark_color(qrcode::render::unicode::Dense1x2::Light)
            .light_color(qrcode::render::unicode::Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
    )
}

#[cfg(test)]
mod tests {
    use stance_core::text::messages::{Locale, Messages};

    use super::{Notice, notice, qr_svg, qr_text};

    #[test]
    fn codes_are_drawn_for_terminals_and_pages() {
        let text = qr_text("http://192.168.1.20:8080/join/K7QX2M").expect("fits");
        assert!(text.lines().count() > 10);
        assert!(text.contains('█') || text.contains('▀'));
        let svg = qr_svg("http://192.168.1.20:8080/join/K7QX2M");
        assert!(svg.trim_start().starts_with("<svg"), "{svg}");
        assert!(
            !svg.contains("style="),
            "a style attribute would break the policy"
        );
    }

    #[test]
    fn the_terminal_code_scans_as_the_address() {
        let url = "http://192.168.1.20:8080/join/K7QX2M";
        let text = qr_text(url).expect("fits");
        let rows: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        // Each character is two modules, top and bottom; a drawn half is light on a terminal.
        let scale = 4;
        let light = |x: usize, y: usize| {
            let c = rows[y / (2 * scale)].get(x / scale).copied().unwrap_or(' ');
            if (y / scale).is_multiple_of(2) {
                matches!(c, '█' | '▀')
            } else {
                matches!(c, '█' | '▄')
            }
        };
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(
            width * scale,
            rows.len() * 2 * scale,
            |x, y| if light(x, y) { 255 } else { 0 },
        );
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().expect("decodes");
        assert_eq!(content, url);
    }

    #[test]
    fn notices_escape_what_they_say() {
        // A message that is no key comes out as written: a heading with markup in it.
        let page = notice(
            ("en", Messages::english()),
            Notice {
                heading: "No <b>session</b>",
                message: "notice-home",
                ask_for_code: true,
            },
        );
        assert!(page.html.contains("No &lt;b&gt;session&lt;/b&gt;"));
        assert!(
            page.html
                .contains("Type the session code your teacher shows.")
        );
        assert!(page.html.contains("data-action=\"go\">Go</button>"));
        assert!(page.csp.contains("form-action 'self'"));
        assert!(!page.csp.contains("script-src"));
    }

    #[test]
    fn notices_speak_the_interface_language() {
        let page = notice(
            ("ko", Messages::new(Locale::Ko)),
            Notice {
                heading: "notice-wrong-code-heading",
                message: "notice-wrong-code",
                ask_for_code: true,
            },
        );
        assert!(page.html.contains("<html lang=\"ko\">"));
        assert!(page.html.contains("<title>그런 세션이 없습니다</title>"));
        assert!(page.html.contains(">세션 코드</label>"));
        assert!(page.html.contains(">이동</button>"));
        assert!(!page.html.contains("session"), "{}", page.html);
    }
}
