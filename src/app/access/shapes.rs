//! Customers that look the same to the permission core get the same answers: at 100,000
//! customers most of a partner's customers share a handful of shapes (the same access, the
//! same assignments, no grant or just-in-time fact of their own), so `access` asks the core
//! once per shape and agent instead of once per customer and agent.
//!
//! The shape is everything `decide` reads about a customer apart from its ids: the target's
//! kind, each relationship's state at `now`, access, expiry kind and auto-extension, and
//! each assignment's relationship (by position), group and roles. A customer with an agent's
//! grant scoped to it, or with eligibilities or elevations, is always asked afresh. The
//! answers keep relationships by position and take the customer's own ids on the way out.

use std::collections::{BTreeSet, HashMap};

use super::agents::AgentAccess;
use crate::authz::{Facts, RelationshipStatus};
use crate::model::DirectoryRole;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Shape {
    operator: bool,
    partner: bool,
    relationships: Vec<(RelationshipStatus, BTreeSet<DirectoryRole>, bool, bool)>,
    assignments: Vec<(usize, String, BTreeSet<DirectoryRole>)>,
}

fn shape(f: &Facts) -> Option<Shape> {
    let position = |id: &str| f.relationships.iter().position(|r| r.id == id);
    let mut assignments = Vec::new();
    for a in &f.assignments {
        assignments.push((
            position(&a.relationship_id)?,
            a.group.clone(),
            a.roles.clone(),
        ));
    }
    Some(Shape {
        operator: f.target.is_operator,
        partner: f.target.is_partner,
        relationships: f
            .relationships
            .iter()
            .map(|r| {
                (
                    r.state(f.now),
                    r.access.clone(),
                    r.expires_at.is_none(),
                    r.auto_extend,
                )
            })
            .collect(),
        assignments,
    })
}

/// The answers already found, by shape.
#[derive(Default)]
pub(super) struct Shapes {
    seen: HashMap<Shape, Vec<AgentAccess>>,
}

/// `ids` of relationships written as their positions in `f`, or back.
fn renamed(v: &[AgentAccess], rename: impl Fn(&str) -> String) -> Vec<AgentAccess> {
    v.iter()
        .map(|a| AgentAccess {
            relationship_id: rename(&a.relationship_id),
            relationships: a.relationships.iter().map(|r| rename(r)).collect(),
            ..a.clone()
        })
        .collect()
}

impl Shapes {
    /// The agents' rights in the customer `f` is about: found before for a customer of the
    /// same shape when `alike` (no fact of its own), else asked through `ask`.
    pub(super) fn agents(
        &mut self,
        f: &mut Facts,
        alike: bool,
        ask: impl FnOnce(&mut Facts) -> Vec<AgentAccess>,
    ) -> Vec<AgentAccess> {
        let Some(key) = shape(f).filter(|_| alike) else {
            return ask(f);
        };
        let ids: Vec<String> = f.relationships.iter().map(|r| r.id.clone()).collect();
        if let Some(found) = self.seen.get(&key) {
            return renamed(found, |p| {
                p.parse::<usize>()
                    .ok()
                    .and_then(|i| ids.get(i).cloned())
                    .unwrap_or_default()
            });
        }
        let answer = ask(f);
        let by_position = renamed(&answer, |id| {
            ids.iter()
                .position(|x| x == id)
                .map(|i| i.to_string())
                .unwrap_or_default()
        });
        self.seen.insert(key, by_position);
        answer
    }
}
