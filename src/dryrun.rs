//! What a `--dry-run` would have done: the operation's context collects each change it rolled
//! back (`Ctx::plan`), and the command hands that plan to the output layer with the result
//! (stderr for people, an envelope in JSON).

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
