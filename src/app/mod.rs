//! The operations (use cases). Each one authenticates, loads the facts the decision needs,
//! asks the permission core, mutates in one immediate transaction together with its audit
//! entry, and returns a view struct. Commands never check roles themselves.

pub mod access;
pub mod audit;
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
pub mod requests;
pub mod secrets;
pub mod sessions;
pub mod templates;
pub mod tenants;
pub mod users;

pub use ctx::{
    denied, find_tenant, parse_id, test_clock_refused, Ctx, Op, Scope, Session, SELF_SERVICE,
};
pub use options::{read_password, Options, PasswordSource};
