//! `requests`: service requests (support tickets).

use clap::Subcommand;

use crate::app::requests::{self, NewRequestInput, RequestView};
use crate::error::Result;
use crate::model::RequestStatus;
use crate::output::{fields, opt, table};

use super::render::changed;
use super::Global;

#[derive(Debug, Subcommand)]
pub enum RequestsCmd {
    /// The tenant's service requests, open first
    List {
        #[arg(long, value_name = "S", value_enum)]
        status: Option<RequestStatus>,
    },
    /// One request with its comments (SR-000042 or 42)
    Show { number: String },
    /// Open a service request
    Create {
        #[arg(long, value_name = "T")]
        title: String,
        #[arg(long, value_name = "D")]
        description: Option<String>,
        /// 1 (critical) to 4 (low)
        #[arg(long, default_value_t = 3)]
        severity: i64,
    },
    /// Add a comment
    Comment {
        number: String,
        #[arg(long, value_name = "M")]
        message: String,
    },
    /// Close a request
    Close { number: String },
    /// Set a request's status (open, in-progress, resolved, closed)
    Update {
        number: String,
        #[arg(long, value_name = "S", value_enum)]
        status: RequestStatus,
    },
}

/// Service requests for an 80-column terminal: who opened one is in `requests show`.
const REQUEST_HEADERS: [&str; 4] = ["NUMBER", "SEV", "STATUS", "TITLE"];

fn request_cells(r: &RequestView) -> Vec<String> {
    vec![
        r.number.clone(),
        r.severity.to_string(),
        r.status.clone(),
        r.title.clone(),
    ]
}

pub(super) fn request_table(v: &[RequestView]) -> String {
    table(&REQUEST_HEADERS, v.iter().map(request_cells))
}

pub fn run(g: &Global, cmd: RequestsCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        RequestsCmd::List { status } => {
            let v = requests::list_requests(&mut ctx, status)?;
            out.emit_list(&v, &REQUEST_HEADERS, request_cells)?;
        }
        RequestsCmd::Show { number } => {
            let v = requests::show_request(&mut ctx, &number)?;
            out.emit(ctx.plan(), &v, |v| {
                let mut s = fields(&[
                    ("number", v.number.clone()),
                    ("title", v.title.clone()),
                    ("severity", v.severity.to_string()),
                    ("status", v.status.clone()),
                    ("opened", format!("{} by {}", v.created_at, v.created_by)),
                    ("on behalf of", opt(&v.on_behalf_of)),
                    ("description", opt(&v.description)),
                ]);
                for c in v.comments.iter().flatten() {
                    s.push_str(&format!(
                        "\n{} {}:\n  {}\n",
                        c.created_at,
                        c.author,
                        c.message.replace('\n', "\n  ")
                    ));
                }
                s
            })?;
        }
        RequestsCmd::Create {
            title,
            description,
            severity,
        } => {
            let v = requests::create_request(
                &mut ctx,
                &NewRequestInput {
                    title,
                    description,
                    severity,
                },
            )?;
            changed(g, &ctx, &v, "opened", |v| {
                format!("{}: {}", v.number, v.title)
            })?;
        }
        RequestsCmd::Comment { number, message } => {
            let v = requests::comment_request(&mut ctx, &number, &message)?;
            changed(g, &ctx, &v, "commented", |v| format!("on {}", v.number))?;
        }
        RequestsCmd::Close { number } => {
            let v = requests::set_request_status(&mut ctx, &number, RequestStatus::Closed)?;
            changed(g, &ctx, &v, "closed", |v| v.number.to_string())?;
        }
        RequestsCmd::Update { number, status } => {
            let v = requests::set_request_status(&mut ctx, &number, status)?;
            changed(g, &ctx, &v, "set", |v| {
                format!("{} to {}", v.number, v.status)
            })?;
        }
    }
    Ok(0)
}
