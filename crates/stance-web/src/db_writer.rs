//! The session database's own thread: requests hand it rows and wait, without blocking the
//! async runtime, until their rows are committed. Rows that arrive while a commit is under
//! way are committed together in the next transaction, so that a busy room pays for one
//! disk sync per batch, not one per answer.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

use tokio::sync::watch;

use crate::session_db::{Row, SessionDb};
use stance_core::text::localized::Localized;
use stance_core::text::messages::{Arg, Messages};

/// The most rows one transaction takes, so that one commit never grows without bound.
const MAX_BATCH_ROWS: usize = 4096;

/// How far the writer has come.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Committed {
    /// Every ticket up to this one is on disk.
    pub upto: u64,
    /// Why the writer stopped, if it failed: nothing after `upto` was stored.
    pub failure: Option<Arc<str>>,
}

/// Why rows were not stored.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct NotStored(pub Arc<str>);

impl Localized for NotStored {
    fn message(&self, messages: Messages) -> String {
        messages.text_with(
            "serve-not-stored",
            &[("reason", Arg::from(self.0.as_ref()))],
        )
    }
}

stance_core::display_in_english!(NotStored);

/// Rows with their ticket, on their way to the writer.
type Queued = (u64, Vec<Row>);

/// The last ticket given, and the way to the writer while it runs.
#[derive(Debug)]
struct Queue {
    last: u64,
    sender: Option<Sender<Queued>>,
}

/// A handle on the writer thread.
#[derive(Debug)]
pub struct DbWriter {
    queue: Mutex<Queue>,
    committed: watch::Receiver<Committed>,
    thread: Mutex<Option<JoinHandle<()>>>,
}

impl DbWriter {
    /// Starts the thread that appends to `db`.
    pub fn spawn(db: SessionDb) -> std::io::Result<Self> {
        let (sender, receiver) = mpsc::channel();
        let (report, committed) = watch::channel(Committed::default());
        let thread = std::thread::Builder::new()
            .name("stance-session-db".to_owned())
            .spawn(move || write(db, &receiver, &report))?;
        Ok(Self {
            queue: Mutex::new(Queue {
                last: 0,
                sender: Some(sender),
            }),
            committed,
            thread: Mutex::new(Some(thread)),
        })
    }

    /// Queues `rows` and returns their ticket. Rows are committed in the order they are
    /// queued; the caller holds the room's lock, so that this is the order of the room.
    pub fn submit(&self, rows: Vec<Row>) -> u64 {
        let mut queue = self.queue.lock().unwrap_or_else(PoisonError::into_inner);
        queue.last += 1;
        let ticket = queue.last;
        if let Some(sender) = &queue.sender {
            // A writer that has stopped says why through `committed`.
            let _ = sender.send((ticket, rows));
        }
        ticket
    }

    /// Waits until the rows of `ticket` (and every one before it) are on disk.
    pub async fn stored(&self, ticket: u64) -> Result<(), NotStored> {
        let mut committed = self.committed.clone();
        let reached = committed
            .wait_for(|c| c.upto >= ticket || c.failure.is_some())
            .await
            .map(|c| c.clone());
        match reached {
            Ok(c) if c.upto >= ticket => Ok(()),
            Ok(c) => Err(NotStored(c.failure.unwrap_or_else(|| "it stopped".into()))),
            Err(_) => Err(NotStored("it stopped".into())),
        }
    }

    /// What the writer has done so far, to watch for a failure.
    pub fn progress(&self) -> watch::Receiver<Committed> {
        self.committed.clone()
    }

    /// Commits what is queued, stops the thread and waits for it.
    pub fn finish(&self) {
        self.queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .sender
            .take();
        if let Some(thread) = self
            .thread
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        {
            let _ = thread.join();
        }
    }
}

fn write(mut db: SessionDb, queue: &Receiver<Queued>, report: &watch::Sender<Committed>) {
    while let Ok((mut last, mut rows)) = queue.recv() {
        while rows.len() < MAX_BATCH_ROWS {
            match queue.try_recv() {
                Ok((ticket, more)) => {
                    last = ticket;
                    rows.extend(more);
                }
                Err(_) => break,
            }
        }
        match db.append(&rows) {
            Ok(()) => report.send_modify(|c| c.upto = last),
            Err(e) => {
                let reason: Arc<str> = e.to_string().into();
                report.send_modify(|c| c.failure = Some(reason));
                return;
            }
        }
    }
}
