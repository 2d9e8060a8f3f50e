//! PostgreSQL: the connection (URL, TLS as libpq's `sslmode`), how statements and values
//! travel, and how the server's errors read.

use std::sync::Arc;
use std::time::Duration;

use postgres::types::{IsNull, ToSql, Type};

use super::tx::{DbError, DbResult};
use super::value::Value;
use crate::error::Error;

/// A `postgres://` (or `postgresql://`) URL as given to `--db`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgUrl {
    raw: String,
}

/// libpq's `sslmode`, the values partnerctl accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyFull,
}

impl PgUrl {
    /// Whether `s` names a PostgreSQL database rather than a file.
    pub fn is_url(s: &str) -> bool {
        let lower = s.get(..13).unwrap_or(s).to_ascii_lowercase();
        lower.starts_with("postgres://") || lower.starts_with("postgresql://")
    }

    pub fn new(raw: &str) -> PgUrl {
        PgUrl {
            raw: raw.to_string(),
        }
    }

    /// The URL without its password, for messages, the audit trail and session keys.
    pub fn redacted(&self) -> String {
        let Some(scheme_end) = self.raw.find("://").map(|i| i + 3) else {
            return self.raw.clone();
        };
        let rest = &self.raw[scheme_end..];
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        match authority.rfind('@') {
            Some(at) => {
                let userinfo = &authority[..at];
                let user = userinfo.split(':').next().unwrap_or_default();
                let hidden = if userinfo.contains(':') { ":***" } else { "" };
                format!("{}{user}{hidden}{}", &self.raw[..scheme_end], &rest[at..])
            }
            None => self.raw.clone(),
        }
    }

    /// What names the store whoever connects: scheme, host, port and database, without the
    /// user, password or options, so every role's commands share one sign-in per store.
    pub fn identity(&self) -> String {
        let scheme_end = self.raw.find("://").map(|i| i + 3).unwrap_or(0);
        let rest = &self.raw[scheme_end..];
        let rest = rest.split('?').next().unwrap_or_default();
        let (authority, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        let host = authority.rsplit('@').next().unwrap_or_default();
        format!("postgres://{host}{path}")
    }

    /// The URL with a different database name (the server's `postgres` database, to create
    /// ours).
    pub fn with_dbname(&self, dbname: &str) -> PgUrl {
        let scheme_end = self.raw.find("://").map(|i| i + 3).unwrap_or(0);
        let rest = &self.raw[scheme_end..];
        let path_start = rest.find(['/', '?']).unwrap_or(rest.len());
        let after = &rest[path_start..];
        let query = after.find('?').map(|q| &after[q..]).unwrap_or("");
        PgUrl {
            raw: format!(
                "{}{}/{dbname}{query}",
                &self.raw[..scheme_end],
                &rest[..path_start]
            ),
        }
    }

    /// The connection settings, with the TLS mode taken out (the driver knows fewer modes).
    fn config(&self) -> crate::error::Result<(postgres::Config, SslMode, Option<String>)> {
        let invalid = |why: String| {
            Error::invalid(format!(
                "--db {}: not a usable PostgreSQL URL ({why})",
                self.redacted()
            ))
        };
        let (base, query) = match self.raw.split_once('?') {
            Some((b, q)) => (b, q),
            None => (self.raw.as_str(), ""),
        };
        let mut mode = SslMode::Prefer;
        let mut root = None;
        let mut kept = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match k {
                "sslmode" => {
                    mode = match v {
                        "disable" => SslMode::Disable,
                        "prefer" | "allow" => SslMode::Prefer,
                        "require" => SslMode::Require,
                        "verify-full" | "verify-ca" => SslMode::VerifyFull,
                        other => {
                            return Err(invalid(format!(
                                "sslmode={other}: use disable, prefer, require or verify-full"
                            )))
                        }
                    }
                }
                "sslrootcert" => root = Some(percent_decode(v)),
                _ => kept.push(pair),
            }
        }
        let rebuilt = if kept.is_empty() {
            base.to_string()
        } else {
            format!("{base}?{}", kept.join("&"))
        };
        let mut config: postgres::Config = rebuilt.parse().map_err(|e: postgres::Error| {
            invalid(match std::error::Error::source(&e) {
                Some(s) => s.to_string(),
                None => e.to_string(),
            })
        })?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        if config.get_application_name().is_none() {
            config.application_name("partnerctl");
        }
        config.ssl_mode(match mode {
            SslMode::Disable => postgres::config::SslMode::Disable,
            SslMode::Prefer => postgres::config::SslMode::Prefer,
            SslMode::Require | SslMode::VerifyFull => postgres::config::SslMode::Require,
        });
        Ok((config, mode, root))
    }

    /// `host:port` of the first server, for messages.
    fn server(config: &postgres::Config) -> String {
        let host = match config.get_hosts().first() {
            Some(postgres::config::Host::Tcp(h)) => h.clone(),
            Some(postgres::config::Host::Unix(p)) => p.display().to_string(),
            None => "localhost".to_string(),
        };
        let port = config.get_ports().first().copied().unwrap_or(5432);
        format!("{host}:{port}")
    }

    /// Connects, with TLS as the URL's `sslmode` asks. A database that does not exist is
    /// `Ok(None)` when `missing_ok`, so `init` can create it.
    pub fn connect(&self, missing_ok: bool) -> crate::error::Result<Option<postgres::Client>> {
        let (config, mode, root) = self.config()?;
        let server = Self::server(&config);
        let user = config.get_user().unwrap_or_default().to_string();
        let dbname = self.dbname()?;
        let connected = match mode {
            SslMode::Disable => config.connect(postgres::NoTls),
            _ => config.connect(tls(mode, root.as_deref())?),
        };
        match connected {
            Ok(c) => Ok(Some(c)),
            Err(e)
                if missing_ok
                    && e.code() == Some(&postgres::error::SqlState::INVALID_CATALOG_NAME) =>
            {
                Ok(None)
            }
            Err(e) => Err(connect_error(&e, &server, &user, &dbname, self)),
        }
    }

    /// The database the URL names (the user's name when it names none, as libpq).
    pub fn dbname(&self) -> crate::error::Result<String> {
        let (config, _, _) = self.config()?;
        Ok(config
            .get_dbname()
            .or(config.get_user())
            .unwrap_or("postgres")
            .to_string())
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A TLS connector: `require` and `prefer` encrypt without checking the certificate (as
/// libpq does); `verify-full` checks the chain against `sslrootcert` (or the Mozilla roots)
/// and the host name.
fn tls(
    mode: SslMode,
    root: Option<&str>,
) -> crate::error::Result<tokio_postgres_rustls::MakeRustlsConnect> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::internal(format!("TLS set-up failed: {e}")))?;
    let config = if mode == SslMode::VerifyFull {
        let mut roots = rustls::RootCertStore::empty();
        match root {
            Some(path) => {
                use rustls::pki_types::pem::PemObject;
                let certs = rustls::pki_types::CertificateDer::pem_file_iter(path)
                    .and_then(|it| it.collect::<Result<Vec<_>, _>>())
                    .map_err(|e| Error::invalid(format!("sslrootcert={path}: {e}")))?;
                let (added, _) = roots.add_parsable_certificates(certs);
                if added == 0 {
                    return Err(Error::invalid(format!(
                        "sslrootcert={path}: no certificate in the file"
                    )));
                }
            }
            None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
        }
        builder.with_root_certificates(roots).with_no_client_auth()
    } else {
        builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(NoVerify(provider)))
            .with_no_client_auth()
    };
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

/// libpq's `sslmode=require`: the channel is encrypted, the server's certificate is not
/// checked (use `verify-full` for that).
#[derive(Debug)]
struct NoVerify(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for NoVerify {
    fn verify_server_cert(
        &self,
        _end_entity: &rustls::pki_types::CertificateDer<'_>,
        _intermediates: &[rustls::pki_types::CertificateDer<'_>],
        _server_name: &rustls::pki_types::ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

fn connect_error(
    e: &postgres::Error,
    server: &str,
    user: &str,
    dbname: &str,
    url: &PgUrl,
) -> Error {
    use postgres::error::SqlState;
    let code = e.code();
    if code == Some(&SqlState::INVALID_CATALOG_NAME) {
        return Error::unavailable(format!(
            "the PostgreSQL server at {server} has no database {dbname:?}; create it with `partnerctl init --db {}`",
            url.redacted()
        ));
    }
    if code == Some(&SqlState::INVALID_PASSWORD)
        || code == Some(&SqlState::INVALID_AUTHORIZATION_SPECIFICATION)
        || e.to_string().starts_with("authentication error")
    {
        return Error::unavailable(format!(
            "the PostgreSQL server at {server} refused the login of user {user:?} (check the user and password; nothing was changed)"
        ));
    }
    if e.as_db_error().is_some() {
        return Error::unavailable(format!(
            "the PostgreSQL server at {server} refused the connection: {}",
            describe(e)
        ));
    }
    let cause = std::error::Error::source(e)
        .map(|s| s.to_string())
        .unwrap_or_else(|| e.to_string());
    if cause.contains("certificate") {
        return Error::unavailable(format!(
            "the PostgreSQL server at {server} presented a certificate that does not verify ({cause}); check sslrootcert= and the host name in --db, or use sslmode=require to encrypt without verifying"
        ));
    }
    Error::unavailable(format!(
        "cannot reach the PostgreSQL server at {server}: {cause}"
    ))
}

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

    #[test]
    fn passwords_are_redacted() {
        let u = PgUrl::new("postgres://app:s3cret@db.example:5432/pctl?sslmode=require");
        assert_eq!(
            u.redacted(),
            "postgres://app:***@db.example:5432/pctl?sslmode=require"
        );
        assert_eq!(
            PgUrl::new("postgres://app@h/db").redacted(),
            "postgres://app@h/db"
        );
        assert_eq!(
            u.with_dbname("postgres").redacted(),
            "postgres://app:***@db.example:5432/postgres?sslmode=require"
        );
    }
}
