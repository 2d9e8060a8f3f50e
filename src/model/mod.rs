//! Domain types and their validation. No I/O here.

mod duration;
mod id_enum;
mod role;
mod services;
mod status;
mod text;
mod validate;

pub use duration::{parse_days, parse_span, parse_ttl};
pub use role::{roles_from_csv, roles_outside, roles_to_csv, AgentRole, DirectoryRole};
pub use services::{
    catalogue, parse_request_ref, request_ref, Capability, HealthStatus, RequestStatus, Service,
    Sku,
};
pub use status::{DomainStatus, ElevationStatus, InviteStatus, RelationshipStatus};
pub use text::{escape_unsafe, is_unsafe_char, push_escaped};
pub use validate::{
    domain_of_upn, validate_address, validate_domain, validate_email, validate_identifier,
    validate_name, validate_partner_id, validate_password, validate_phone,
    validate_relationship_name, validate_text, validate_upn, Invalid,
};
