//! A PostgreSQL store's address: the `postgres://` URL, TLS as libpq's `sslmode` (rustls), and
//! what a failed connection says (host and port, never the password).

use std::sync::Arc;
use std::time::Duration;

use super::pg_wire::describe;
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

#[cfg(test)]
mod tests {
    use super::*;

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
