//! partnerctl: a control plane for delegated partner administration of multi-tenant
//! directories, on one SQLite file. See SPEC and ARCHITECTURE in the repository.

pub mod app;
pub mod authz;
pub mod cli;
pub mod clock;
pub mod dryrun;
pub mod error;
pub mod model;
pub mod output;
pub mod store;
