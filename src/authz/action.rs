use std::fmt;
use std::str::FromStr;

use serde::Serialize;

macro_rules! actions {
    ($($variant:ident => $id:literal,)*) => {
        /// The action catalogue of SPEC §2. The ids appear in `can`, in audit entries and in JSON.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Action { $($variant,)* }

        impl Action {
            pub const ALL: &'static [Action] = &[$(Action::$variant,)*];

            pub fn id(self) -> &'static str {
                match self { $(Action::$variant => $id,)* }
            }
        }
    };
}

actions! {
    TenantRead => "tenant.read",
    TenantUpdate => "tenant.update",
    HealthRead => "health.read",
    HealthPublish => "health.publish",
    ServiceRequestRead => "service-request.read",
    ServiceRequestCreate => "service-request.create",
    ServiceRequestUpdate => "service-request.update",
    LicenseRead => "license.read",
    LicenseBuy => "license.buy",
    LicenseAssign => "license.assign",
    DomainRead => "domain.read",
    DomainAdd => "domain.add",
    DomainConfigure => "domain.configure",
    UserRead => "user.read",
    UserCreate => "user.create",
    UserUpdate => "user.update",
    UserDelete => "user.delete",
    UserResetPassword => "user.reset-password",
    UserAssignRole => "user.assign-role",
    PartnerRead => "partner.read",
    PartnerRemove => "partner.remove",
    InviteCreate => "invite.create",
    InviteRead => "invite.read",
    InviteRevoke => "invite.revoke",
    InviteAccept => "invite.accept",
    OfferCreate => "offer.create",
    OfferRead => "offer.read",
    OfferRevoke => "offer.revoke",
    OfferAccept => "offer.accept",
    GrantRead => "grant.read",
    GrantManage => "grant.manage",
    CustomerRead => "customer.read",
    AuditRead => "audit.read",
    ElevationRequest => "elevation.request",
    ElevationApprove => "elevation.approve",
    ElevationEnd => "elevation.end",
    TenantProvision => "tenant.provision",
    PartnerEnroll => "partner.enroll",
}

impl Action {
    pub fn is_read(self) -> bool {
        self.id().ends_with(".read")
    }

    /// Actions on one existing user, whose roles the core weighs (rule 8, `may_manage`).
    pub fn acts_on_user(self) -> bool {
        matches!(
            self,
            Action::UserUpdate
                | Action::UserDelete
                | Action::UserResetPassword
                | Action::UserAssignRole
        )
    }

    /// Actions that only the operator's admins may take (rule: the operator provisions
    /// tenants, enrolls partners and publishes service health).
    pub fn is_operator_only(self) -> bool {
        matches!(
            self,
            Action::TenantProvision | Action::PartnerEnroll | Action::HealthPublish
        )
    }

    /// Actions a partner takes in its own tenant about its partner business (SPEC §2 rule 4).
    pub fn is_partner_side(self) -> bool {
        matches!(
            self,
            Action::InviteCreate
                | Action::InviteRead
                | Action::InviteRevoke
                | Action::OfferCreate
                | Action::OfferRead
                | Action::OfferRevoke
                | Action::CustomerRead
                | Action::GrantRead
                | Action::GrantManage
                | Action::ElevationApprove
                | Action::ElevationEnd
        )
    }

    /// Actions that exist only through a relationship, never in one's own tenant: asking to
    /// activate eligible roles in a customer.
    pub fn is_delegation_only(self) -> bool {
        matches!(self, Action::ElevationRequest)
    }

    /// What a partner may never do inside a customer tenant, whatever its roles (SPEC §2 rule 3).
    /// `partner.remove` is listed too: a partner may only end its own relationship, which the
    /// core checks separately.
    pub fn is_never_delegable(self) -> bool {
        matches!(
            self,
            Action::PartnerRemove
                | Action::LicenseBuy
                | Action::LicenseAssign
                | Action::DomainAdd
                | Action::DomainConfigure
                | Action::UserCreate
                | Action::UserUpdate
                | Action::UserDelete
                | Action::UserResetPassword
                | Action::UserAssignRole
                | Action::InviteAccept
                | Action::OfferAccept
        )
    }

    /// Reach of the operator's global admins into every tenant it hosts.
    pub fn is_operator_reach(self) -> bool {
        matches!(
            self,
            Action::TenantRead
                | Action::HealthRead
                | Action::HealthPublish
                | Action::ServiceRequestRead
                | Action::ServiceRequestUpdate
                | Action::AuditRead
                | Action::TenantProvision
                | Action::PartnerEnroll
        )
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Action {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Action::ALL
            .iter()
            .copied()
            .find(|a| a.id() == s)
            .ok_or_else(|| {
                format!(
                    "unknown action {s:?}; expected one of: {}",
                    Action::ALL
                        .iter()
                        .map(|a| a.id())
                        .collect::<Vec<_>>()
                        .join(" ")
                )
            })
    }
}

impl Serialize for Action {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}
