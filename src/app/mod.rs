//! The operations (use cases). Each one authenticates, loads the facts the decision needs,
//! asks the permission core, mutates in one immediate transaction together with its audit
//! entry, and returns a view struct. Commands never check roles themselves.

pub mod access;
pub mod audit;
pub mod complete;
pub mod csv;
mod ctx;
pub mod customers;
pub mod dashboard;
pub mod db;
pub mod demo;
pub mod doctor;
pub mod domains;
pub mod elevations;
pub mod eligibility;
pub mod email;
pub mod facts;
pub mod grants;
pub mod groups;
pub mod health;
pub mod init;
pub mod invites;
pub mod licenses;
pub mod mfa;
pub mod notify;
pub mod offers;
mod options;
pub mod outbox;
pub mod partners;
pub mod paths;
pub mod pending;
pub mod relationships;
pub mod report;
pub mod requests;
pub mod secrets;
pub mod sessions;
pub mod templates;
pub mod tenants;
pub mod users;

use crate::error;

pub use ctx::{
    denied, find_tenant, find_tenants, parse_id, test_clock_refused, Ctx, Op, Scope, Session,
    SELF_SERVICE,
};
pub use options::{read_password, Options, PasswordSource};

/// The rows of a long view, produced while they are shown: [`Rows::each`] runs the view's
/// query inside the read transaction that holds its decision and hands on each row the
/// permission core lets the caller see, without keeping the list.
pub struct Rows<'a, T> {
    #[allow(clippy::type_complexity)]
    run: Box<dyn FnMut(&mut dyn FnMut(T) -> error::Result<()>) -> error::Result<()> + 'a>,
}

impl<'a, T> Rows<'a, T> {
    pub(crate) fn new(
        run: impl FnMut(&mut dyn FnMut(T) -> error::Result<()>) -> error::Result<()> + 'a,
    ) -> Self {
        Rows { run: Box::new(run) }
    }

    /// Calls `f` with each row, in the view's order.
    pub fn each(&mut self, mut f: impl FnMut(T) -> error::Result<()>) -> error::Result<()> {
        (self.run)(&mut f)
    }
}
