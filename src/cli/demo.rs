use crate::app::demo;
use crate::error::Result;

use super::Global;

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// How many customer tenants to create
    #[arg(long, default_value_t = 3)]
    pub customers: usize,
}

pub fn run(g: &Global, a: DemoArgs) -> Result<i32> {
    let opts = g.options()?;
    let v = demo::run(&opts, a.customers)?;
    let db = if g.db.is_some() {
        format!(" --db {}", v.database)
    } else {
        String::new()
    };
    // The main job's screen: the partner dashboard, as the demo partner's admin sees it.
    let dashboard = if g.out().json() {
        String::new()
    } else {
        super::dashboard::overview_for(&mut g.ctx()?)?
    };
    g.out().emit(&[], &v, |v| {
        let mut s = format!(
            "Demo database: {}\nSigned in as {} (partner global admin).\nEvery demo user's password: {}\n\nPartner dashboard of {}\n\n",
            v.database, v.signed_in_as, v.password, v.partner
        );
        s.push_str(&dashboard);
        let agents: Vec<String> = v
            .users
            .iter()
            .filter(|u| u.tenant == v.partner)
            .map(|u| u.upn.clone())
            .collect();
        s.push_str(&format!(
            "\nPartner users:   {}\nCustomer admins: admin@<customer domain>\nOperator:        admin@{}\n",
            agents.join("\n                 "),
            v.operator
        ));
        let c = v.customers.first().cloned().unwrap_or_default();
        let i = &v.pending_invite;
        let operator_admin = format!("admin@{}", v.operator);
        s.push_str(&format!(
            "\nTry next (as the partner's global admin):\n  partnerctl{db} dashboard {c}\n  partnerctl{db} customers list\n  partnerctl{db} users list --tenant {c}\n  partnerctl{db} users add new@{c} --tenant {c}     # refused: not-delegable\n  partnerctl{db} can user.read --tenant {c} --user helpdesk@{partner}\n  partnerctl{db} grants list\n\nThen as a customer (password {pw}):\n  partnerctl{db} login admin@{c}\n  partnerctl{db} partners list\n  partnerctl{db} login admin@{ic}\n  partnerctl{db} accept {tok}\n\nA purchase offer with delegated administration waits for the prospect {oc}:\n  partnerctl{db} login {op}     # the operator provisions it\n  partnerctl{db} tenants create \"Fourth Coffee\" --domain {oc} --admin admin@{oc}\n  partnerctl{db} login admin@{oc}\n  partnerctl{db} offers accept {otok}     # buys the licenses and accepts, in one step\n",
            partner = v.partner,
            pw = v.password,
            ic = i.customer_domain,
            tok = i.token,
            oc = v.pending_offer.customer_domain,
            otok = v.pending_offer.token,
            op = operator_admin,
        ));
        s
    })?;
    Ok(0)
}
