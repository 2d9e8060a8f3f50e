//! The lives of invites and relationships.

use super::id_enum::id_enum;

id_enum!(
    /// An invite's status. `Expired` is never stored: a pending invite past its expiry is
    /// expired on the clock.
    InviteStatus, "invite status" {
        Pending => "pending",
        Accepted => "accepted",
        Declined => "declined",
        Revoked => "revoked",
        Expired => "expired",
    }
);

id_enum!(
    /// A relationship's stored status. An active relationship past its expiry (and not
    /// auto-extended) is expired on the clock; the permission core says so.
    RelationshipStatus, "relationship status" {
        Active => "active",
        Expired => "expired",
        Terminated => "terminated",
    }
);

// Callers outside the relationship nouns still compare statuses with their ids
// (`app/facts.rs`, `app/doctor.rs`); these keep those comparisons typed on one side.
impl PartialEq<&str> for InviteStatus {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

impl PartialEq<&str> for RelationshipStatus {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}
