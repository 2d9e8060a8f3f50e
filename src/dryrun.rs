//! What a `--dry-run` would have done: the operations note each change they rolled back, and
//! the output layer reports them with the result (stderr for people, an envelope in JSON).

use std::sync::Mutex;

use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    pub action: String,
    pub tenant: String,
    pub allowed: bool,
    pub reason: String,
    pub explanation: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Planned {
    pub decision: Decision,
    /// What would be created, changed or removed.
    pub change: String,
}

static PLANNED: Mutex<Vec<Planned>> = Mutex::new(Vec::new());

pub fn note(p: Planned) {
    PLANNED.lock().unwrap_or_else(|e| e.into_inner()).push(p);
}

/// Takes the changes noted so far.
pub fn take() -> Vec<Planned> {
    std::mem::take(&mut *PLANNED.lock().unwrap_or_else(|e| e.into_inner()))
}
