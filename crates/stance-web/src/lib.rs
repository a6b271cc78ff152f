//! stance's browser front ends: the player page, one self-contained HTML file that walks a
//! scenario from the table the engine compiles, with its HTML, CSS and JavaScript embedded;
//! and the classroom server, which serves that player to a room of students, stores every
//! step in a session database, and shows the facilitator the room live.

pub mod connections;
pub mod content_policy;
pub mod dashboard;
pub mod db_writer;
pub mod live_pages;
pub mod live_server;
pub mod live_session;
pub mod page_words;
pub mod player_page;
pub mod rate_limit;
pub mod room;
pub mod script_json;
pub mod secret;
pub mod session_db;
pub mod template;
