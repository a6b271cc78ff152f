//! stance's browser front end: the player page, one self-contained HTML file that walks a
//! scenario from the table the engine compiles, with its HTML, CSS and JavaScript embedded.

pub mod content_policy;
pub mod player_page;
pub mod script_json;
