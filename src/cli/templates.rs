//! `templates list/show/create/delete`: relationship templates of a partner tenant.

use clap::Subcommand;

use crate::app::templates::{self, TemplateInput, TemplateView};
use crate::error::Result;
use crate::model::DirectoryRole;
use crate::output::{fields, list};

use super::render::changed;
use super::Global;

#[derive(Debug, Subcommand)]
pub enum TemplatesCmd {
    /// Your partner tenant's relationship templates
    List,
    /// One template: access, duration, auto-extend and the assignments it creates
    Show {
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Create a template for invites (invite --template NAME) and migrations
    /// (relationships migrate --template NAME)
    Create {
        #[arg(value_name = "NAME")]
        name: String,
        /// A directory role to delegate (repeatable) [default: global-admin]
        #[arg(long = "access", value_name = "ROLE", value_enum)]
        access: Vec<DirectoryRole>,
        /// How long relationships made from it last, 1d to 730d [default: no expiry]
        #[arg(long, value_name = "DAYS")]
        duration: Option<String>,
        /// Extend by 180 days at each expiry (needs --duration; refused with global-admin)
        #[arg(long)]
        auto_extend: bool,
        /// An access assignment to create on acceptance, GROUP=ROLE[+ROLE…] (repeatable; the
        /// roles within --access)
        #[arg(long = "assign", value_name = "GROUP=ROLES")]
        assign: Vec<String>,
    },
    /// Delete a template (invites already made from it keep their terms)
    Delete {
        #[arg(value_name = "NAME")]
        name: String,
    },
}

fn shown(t: &TemplateView) -> String {
    fields(&[
        ("name", t.name.clone()),
        ("access", list(&t.access)),
        (
            "duration",
            crate::app::relationships::duration_text(t.duration_days, t.auto_extend),
        ),
        (
            "assignments",
            if t.assignments.is_empty() {
                "-".into()
            } else {
                crate::app::templates::encode(&t.assignments).replace(';', "\n")
            },
        ),
        ("created", format!("{} by {}", t.created_at, t.created_by)),
    ])
}

pub fn run(g: &Global, cmd: TemplatesCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        TemplatesCmd::List => {
            let v = templates::list(&mut ctx)?;
            out.emit_list(
                &v,
                &["TEMPLATE", "ACCESS", "DURATION", "ASSIGNMENTS"],
                |t| {
                    vec![
                        t.name.clone(),
                        list(&t.access),
                        crate::app::relationships::duration_text(t.duration_days, t.auto_extend),
                        crate::app::templates::encode(&t.assignments).replace(';', ", "),
                    ]
                },
            )?;
        }
        TemplatesCmd::Show { name } => {
            let v = templates::show(&mut ctx, &name)?;
            out.emit(ctx.plan(), &v, shown)?;
        }
        TemplatesCmd::Create {
            name,
            access,
            duration,
            auto_extend,
            assign,
        } => {
            let v = templates::create(
                &mut ctx,
                &TemplateInput {
                    name,
                    access,
                    duration,
                    auto_extend,
                    assign,
                },
            )?;
            changed(g, &ctx, &v, "created", |v| {
                format!("template\n{}", shown(v))
            })?;
        }
        TemplatesCmd::Delete { name } => {
            let v = templates::delete(&mut ctx, &name)?;
            changed(g, &ctx, &v, "deleted", |v| format!("template {}\n", v.name))?;
        }
    }
    Ok(0)
}
