//! The line every event is written as: the protocol's version and the event's number
//! around the event's own fields.

use serde::{Deserialize, Serialize};

use crate::protocol::event::Event;

/// The protocol's version, `v` in every event; a change that can break a reader raises it.
pub const VERSION: u32 = 1;

/// `{"v":1,"seq":N,"type":…,…}`: an event with its version and number.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    /// The protocol's version, [`VERSION`].
    pub v: u32,
    /// The event's number in the session, from 1, without gaps.
    pub seq: u64,
    /// The event.
    #[serde(flatten)]
    pub event: Event,
}

impl Envelope {
    /// Event number `seq`.
    pub fn new(seq: u64, event: Event) -> Self {
        Self {
            v: VERSION,
            seq,
            event,
        }
    }

    /// The line to write, without its newline: compact JSON, escaped as every JSON output
    /// of stance is.
    pub fn line(&self) -> String {
        crate::export::to_json_line(self)
    }
}

#[cfg(test)]
mod tests {
    use super::Envelope;
    use crate::classroom::session_event::SessionEvent;
    use crate::protocol::event::{Event, StopReason, Told};
    use crate::protocol::protocol_error::ProtocolError;

    #[test]
    fn events_are_lines_of_their_stored_shape_and_read_back() {
        let went_back = SessionEvent::WentBack { keep: 2 };
        let stored = serde_json::to_string(&went_back).expect("writes");
        let line = Envelope::new(3, went_back.clone().into()).line();
        assert_eq!(line, r#"{"v":1,"seq":3,"type":"went_back","keep":2}"#);
        // The server's stored shape, with the envelope around it.
        assert_eq!(line.replace(r#""v":1,"seq":3,"#, ""), stored);
        let events: [Event; 3] = [
            went_back.into(),
            ProtocolError::new("bad_json", "no\u{9b}").into(),
            Told::Stopped {
                reason: StopReason::EndOfInput,
                saved: None,
            }
            .into(),
        ];
        for (n, event) in events.into_iter().enumerate() {
            let envelope = Envelope::new(n as u64 + 1, event);
            let line = envelope.line();
            assert!(!line.contains('\n') && !line.contains('\u{9b}'), "{line}");
            let read: Envelope = serde_json::from_str(&line).expect(&line);
            assert_eq!(read, envelope);
        }
    }
}
