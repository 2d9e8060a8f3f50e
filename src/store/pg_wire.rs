//! How statements and values travel to PostgreSQL, and how the server's errors read.

use postgres::types::{IsNull, ToSql, Type};

use super::tx::{DbError, DbResult};
use super::value::Value;
use crate::error::Error;

/// A server error as one line: its message and, when it has one, its detail.
pub fn describe(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(d) => match d.detail() {
            Some(detail) => format!("{} ({detail})", d.message()),
            None => d.message().to_string(),
        },
        None => match std::error::Error::source(e) {
            Some(s) => format!("{e}: {s}"),
            None => e.to_string(),
        },
    }
}

/// A statement error that is not a uniqueness or lock conflict.
pub fn error(e: &postgres::Error) -> Error {
    use postgres::error::SqlState;
    match e.code() {
        Some(c) if *c == SqlState::INSUFFICIENT_PRIVILEGE => Error::unavailable(format!(
            "the PostgreSQL role may not do this: {}; nothing was changed",
            describe(e)
        )),
        _ if e.is_closed() || e.as_db_error().is_none() => Error::unavailable(format!(
            "lost the connection to the PostgreSQL server: {}",
            describe(e)
        )),
        _ => Error::internal(format!("database error: {}", describe(e))),
    }
}

/// `?N` placeholders become `$N`; text inside quotes is left alone.
pub fn translate(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quote: Option<char> = None;
    for c in sql.chars() {
        match quote {
            Some(q) => {
                if c == q {
                    quote = None;
                }
                out.push(c);
            }
            None => match c {
                '\'' | '"' => {
                    quote = Some(c);
                    out.push(c);
                }
                '?' => out.push('$'),
                _ => out.push(c),
            },
        }
    }
    out
}

/// One parameter, encoded as the type the server inferred for its place.
#[derive(Debug)]
pub struct PgParam<'a>(Value<'a>);

pub fn params<'a>(values: &[Value<'a>]) -> Vec<PgParam<'a>> {
    values.iter().map(|v| PgParam(*v)).collect()
}

pub fn refs<'p>(params: &'p [PgParam<'_>]) -> Vec<&'p (dyn ToSql + Sync)> {
    params.iter().map(|p| p as &(dyn ToSql + Sync)).collect()
}

impl ToSql for PgParam<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self.0 {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(i)?.to_sql(ty, out),
                Type::BOOL => (i != 0).to_sql(ty, out),
                Type::FLOAT8 => (i as f64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR | Type::UNKNOWN => {
                    i.to_string().to_sql(&Type::TEXT, out)
                }
                ref other => Err(format!("an integer cannot be sent as {other}").into()),
            },
            Value::Real(r) => match *ty {
                Type::FLOAT8 => r.to_sql(ty, out),
                Type::FLOAT4 => (r as f32).to_sql(ty, out),
                ref other => Err(format!("a real number cannot be sent as {other}").into()),
            },
            Value::Text(s) => match *ty {
                Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
                    s.to_sql(&Type::TEXT, out)
                }
                ref other => Err(format!("text cannot be sent as {other}").into()),
            },
            Value::Blob(b) => match *ty {
                Type::BYTEA => b.to_sql(ty, out),
                ref other => Err(format!("a blob cannot be sent as {other}").into()),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// The column at `i` as one of the common values.
pub fn column(r: &postgres::Row, i: usize) -> DbResult<Value<'_>> {
    let ty = r
        .columns()
        .get(i)
        .ok_or(DbError::Conversion {
            column: i,
            message: "no such column".into(),
        })?
        .type_()
        .clone();
    let v = match ty {
        Type::INT8 => r.try_get::<_, Option<i64>>(i)?.map(Value::Int),
        Type::INT4 => r
            .try_get::<_, Option<i32>>(i)?
            .map(|v| Value::Int(v.into())),
        Type::INT2 => r
            .try_get::<_, Option<i16>>(i)?
            .map(|v| Value::Int(v.into())),
        Type::BOOL => r
            .try_get::<_, Option<bool>>(i)?
            .map(|v| Value::Int(v.into())),
        Type::FLOAT8 => r.try_get::<_, Option<f64>>(i)?.map(Value::Real),
        Type::FLOAT4 => r
            .try_get::<_, Option<f32>>(i)?
            .map(|v| Value::Real(v.into())),
        Type::BYTEA => r.try_get::<_, Option<&[u8]>>(i)?.map(Value::Blob),
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => {
            r.try_get::<_, Option<&str>>(i)?.map(Value::Text)
        }
        other => {
            return Err(DbError::Conversion {
                column: i,
                message: format!("unsupported column type {other}"),
            })
        }
    };
    Ok(v.unwrap_or(Value::Null))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_dollars_outside_quotes() {
        assert_eq!(
            translate("SELECT '?1', \"a?\" FROM t WHERE a = ?1 AND b = ?12"),
            "SELECT '?1', \"a?\" FROM t WHERE a = $1 AND b = $12"
        );
    }
}
