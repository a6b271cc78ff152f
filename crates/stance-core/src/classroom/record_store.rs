//! Where a session's record is kept: saved after every step, so that nothing answered is
//! lost. The command line keeps it in a JSON file; a classroom server keeps it elsewhere.

use std::convert::Infallible;

use crate::classroom::record::Record;

/// Keeps a session's record.
pub trait RecordStore {
    /// Why a save failed.
    type Error;

    /// Saves the record as it stands; a store may stamp it (its `updated` time) first.
    fn save(&mut self, record: &mut Record) -> Result<(), Self::Error>;
}

/// A store in memory, the deterministic twin: every record saved, in order, unstamped.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    /// The records saved, oldest first.
    pub saved: Vec<Record>,
}

impl RecordStore for MemoryStore {
    type Error = Infallible;

    fn save(&mut self, record: &mut Record) -> Result<(), Infallible> {
        self.saved.push(record.clone());
        Ok(())
    }
}
