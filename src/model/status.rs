//! The lives of invites, relationships and elevations.

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

id_enum!(
    /// A domain's status: added, or proven by its TXT record.
    DomainStatus, "domain status" {
        Unverified => "unverified",
        Verified => "verified",
    }
);

id_enum!(
    /// An elevation's status. `Expired` is never stored: an active elevation past its end is
    /// expired on the clock.
    ElevationStatus, "elevation status" {
        Pending => "pending",
        Active => "active",
        Denied => "denied",
        Ended => "ended",
        Expired => "expired",
    }
);
