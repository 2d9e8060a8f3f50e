
use builtin;
use str;

set edit:completion:arg-completer[partnerctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'partnerctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'partnerctl'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database, the operator tenant and its first global admin, and sign in'
            cand login 'Sign in'
            cand logout 'Sign out: end this database''s session'
            cand whoami 'Show the signed-in user, its tenant and roles'
            cand mfa 'Multi-factor sign-in with an authenticator app (TOTP): enroll, status, disable'
            cand tenants 'Tenant lifecycle and contact details'
            cand users 'Directory users and their roles'
            cand invite 'Invite a customer to give your partner tenant delegated administration'
            cand invites 'Your partner tenant''s invites'
            cand accept 'Accept a partner''s invite for your tenant (global admins, relationship admins); shows the terms and asks (--yes to skip)'
            cand decline 'Decline a partner''s invite (global admins, relationship admins)'
            cand offers 'Purchase offers: licenses for a customer, optionally with a request for delegated administration; the customer accepts or declines them here too'
            cand partners 'The partners with delegated administration over this tenant'
            cand customers 'Your partner tenant''s customers'
            cand grants 'Agent roles of your partner tenant''s users'
            cand relationships 'Delegated-admin relationships one by one: list, show, terminate, access assignments'
            cand groups 'Security groups of your partner tenant (the agent roles are the built-in groups)'
            cand eligibility 'Just-in-time eligibility: partner users who may activate roles in a customer for a while (elevate)'
            cand elevate 'Activate eligible roles in a customer for a limited time, with a justification (after an approval when the eligibility asks for one; needs a session signed in with MFA)'
            cand elevations 'Elevation requests and elevations: list, approve, deny, end'
            cand templates 'Relationship templates: access, duration and the assignments to create'
            cand licenses 'Licenses: subscriptions, purchases and assignments'
            cand domains 'The tenant''s domains'
            cand health 'Service health per service; `health set` publishes (operator)'
            cand requests 'Service requests (support tickets)'
            cand dashboard 'The partner''s customers at a glance, or one customer''s detail with links to manage it'
            cand audit 'The audit trail and its integrity'
            cand access 'Who can do what: partner users in this tenant; for a partner, its agents per customer'
            cand doctor 'What is about to break: expiring relationships and invites, unusable relationships, single global admins; for the operator the audit chain, and with --deep the database''s integrity (exit 9 on errors)'
            cand notify 'Write a message file for each lifecycle event not yet notified (relationships expiring, expired, ended, renewed or extended; invites expiring; elevations), to the contact e-mails of the tenants concerned'
            cand report 'Write the tenant''s access review to one self-contained HTML file: relationships and their timeline, who can do what, elevations, an audit summary and the chain head'
            cand can 'Ask the permission core: may this user take ACTION in this tenant, and why'
            cand demo 'Build a fresh demo database and sign in as the partner''s global admin'
            cand db 'The store itself: schema migrations, PostgreSQL roles, copying between backends'
            cand completions 'Print shell completions'
            cand man 'Write man pages: one per command and subcommand'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;init'= {
            cand --operator-email 'The operator''s first global admin, also the operator''s contact address; its domain becomes the operator tenant''s domain'
            cand --name 'The operator tenant''s display name'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --password-stdin 'Read the admin''s password from one line of standard input'
            cand --test-clock 'Make a test database: one whose clock PARTNERCTL_NOW may set, for scripted scenarios (never for real data; without this flag a set PARTNERCTL_NOW is refused)'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;login'= {
            cand --ttl 'How long the session lasts (1m to 30d)'
            cand --otp 'The one-time code your authenticator shows (or one of your recovery codes), for a user with multi-factor sign-in; without it you are asked on a terminal'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --password-stdin 'Read the password from one line of standard input'
            cand --print-token 'Print only the token on stdout and write no session file (use it as PARTNERCTL_TOKEN)'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;logout'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;whoami'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;mfa'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand enroll 'Enroll an authenticator app for yourself: shows its secret, an otpauth:// URI and a QR code, and 10 single-use recovery codes; the first `login --otp CODE` confirms it'
            cand status 'Whether a user has multi-factor sign-in: yours, or (admins) a user''s of the tenant'
            cand disable 'Remove multi-factor sign-in and its recovery codes: yours, or (admins) a user''s'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;mfa;enroll'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;mfa;status'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;mfa;disable'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;mfa;help'= {
            cand enroll 'Enroll an authenticator app for yourself: shows its secret, an otpauth:// URI and a QR code, and 10 single-use recovery codes; the first `login --otp CODE` confirms it'
            cand status 'Whether a user has multi-factor sign-in: yours, or (admins) a user''s of the tenant'
            cand disable 'Remove multi-factor sign-in and its recovery codes: yours, or (admins) a user''s'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;mfa;help;enroll'= {
        }
        &'partnerctl;mfa;help;status'= {
        }
        &'partnerctl;mfa;help;disable'= {
        }
        &'partnerctl;mfa;help;help'= {
        }
        &'partnerctl;tenants'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Provision a tenant with its first global admin (operator)'
            cand list 'List the tenants you may read (the operator sees all)'
            cand show 'Show a tenant''s details and contact information'
            cand update 'Change a tenant''s name and contact details'
            cand enroll-partner 'Enroll an existing tenant as a partner (operator)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;tenants;create'= {
            cand --domain 'The tenant''s initial domain, e.g. contoso.example'
            cand --admin 'The first global admin''s UPN, in the new domain'
            cand --partner-id 'The partner''s id, e.g. its partner network id'
            cand --require-mfa 'With --partner: whether its users must sign in with MFA before they act in customer tenants [default: true, as GDAP requires]'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --admin-password-stdin 'Read the admin''s password from one line of standard input (otherwise a prompt on a terminal; without either the admin cannot sign in until its password is reset)'
            cand --partner 'Enroll the tenant as a partner (needs --partner-id)'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenants;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenants;show'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenants;update'= {
            cand --name 'name'
            cand --email 'email'
            cand --phone 'phone'
            cand --address 'address'
            cand --require-mfa 'Partners: whether its users must sign in with MFA (`login --otp`) before they act in customer tenants'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenants;enroll-partner'= {
            cand --partner-id 'partner-id'
            cand --require-mfa 'Whether its users must sign in with MFA before they act in customer tenants [default: true, as GDAP requires]'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenants;help'= {
            cand create 'Provision a tenant with its first global admin (operator)'
            cand list 'List the tenants you may read (the operator sees all)'
            cand show 'Show a tenant''s details and contact information'
            cand update 'Change a tenant''s name and contact details'
            cand enroll-partner 'Enroll an existing tenant as a partner (operator)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;tenants;help;create'= {
        }
        &'partnerctl;tenants;help;list'= {
        }
        &'partnerctl;tenants;help;show'= {
        }
        &'partnerctl;tenants;help;update'= {
        }
        &'partnerctl;tenants;help;enroll-partner'= {
        }
        &'partnerctl;tenants;help;help'= {
        }
        &'partnerctl;users'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the tenant''s users'
            cand add 'Add a user'
            cand update 'Change a user''s name, or enable or disable it'
            cand remove 'Remove a user'
            cand reset-password 'Set a new password and end the user''s sessions'
            cand roles 'Give or take directory roles'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;users;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;users;add'= {
            cand --name 'Display name [default: the part of the UPN before @]'
            cand --role 'A directory role to give (repeatable)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --password-stdin 'Read the password from one line of standard input (otherwise a prompt on a terminal; without either the user cannot sign in until its password is reset)'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;users;update'= {
            cand --name 'name'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --enable 'enable'
            cand --disable 'disable'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;users;remove'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;users;reset-password'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --password-stdin 'Read the new password from one line of standard input'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;users;roles'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Give a user a directory role'
            cand remove 'Take a directory role from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;users;roles;add'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;users;roles;remove'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;users;roles;help'= {
            cand add 'Give a user a directory role'
            cand remove 'Take a directory role from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;users;roles;help;add'= {
        }
        &'partnerctl;users;roles;help;remove'= {
        }
        &'partnerctl;users;roles;help;help'= {
        }
        &'partnerctl;users;help'= {
            cand list 'List the tenant''s users'
            cand add 'Add a user'
            cand update 'Change a user''s name, or enable or disable it'
            cand remove 'Remove a user'
            cand reset-password 'Set a new password and end the user''s sessions'
            cand roles 'Give or take directory roles'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;users;help;list'= {
        }
        &'partnerctl;users;help;add'= {
        }
        &'partnerctl;users;help;update'= {
        }
        &'partnerctl;users;help;remove'= {
        }
        &'partnerctl;users;help;reset-password'= {
        }
        &'partnerctl;users;help;roles'= {
            cand add 'Give a user a directory role'
            cand remove 'Take a directory role from a user'
        }
        &'partnerctl;users;help;roles;add'= {
        }
        &'partnerctl;users;help;roles;remove'= {
        }
        &'partnerctl;users;help;help'= {
        }
        &'partnerctl;invite'= {
            cand --access 'A directory role to delegate (repeatable; not relationship-admin) [default: global-admin, i.e. classic DAP]'
            cand --duration 'How long the relationship lasts once accepted, 1d to 730d [default: no expiry]'
            cand --expires-in 'How long the invite stays valid, up to 90d'
            cand --customer-domain 'Only a tenant owning this domain may accept (it may not have a tenant yet)'
            cand --message 'A message for the customer'
            cand --email-to 'The recipient of the invitation e-mail'
            cand --email-out 'Write a ready-to-send RFC 5322 message to FILE (needs --email-to)'
            cand --name 'The relationship''s name, at most 50 characters, unique among your relationships that are not terminated [default: the customer''s domain, numbered when taken]'
            cand --renews 'Renew this relationship: accepting the invite begins the new relationship and ends this one in the same moment, so access never lapses. Its access, duration, auto-extend and customer are the defaults'
            cand --template 'Use a relationship template: its access, duration and auto-extend, and the access assignments to create when the invite is accepted'
            cand --from-csv 'Create one invite per row of a CSV file (header: customer_domain, email, access, duration, expires_in, message[, auto_extend]); validated whole, applied in one go'
            cand --email-dir 'With --from-csv: write one .eml message per invite into DIR'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --auto-extend 'Extend the relationship by 180 days at each expiry (needs --duration; refused with global-admin)'
            cand --skip-existing 'With --from-csv: skip rows already done (a pending invite or an active relationship) instead of refusing the file'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;invites'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List your tenant''s invites'
            cand show 'Show one invite'
            cand revoke 'Revoke a pending invite'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;invites;list'= {
            cand --status 'Only invites with this status'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;invites;show'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;invites;revoke'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;invites;help'= {
            cand list 'List your tenant''s invites'
            cand show 'Show one invite'
            cand revoke 'Revoke a pending invite'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;invites;help;list'= {
        }
        &'partnerctl;invites;help;show'= {
        }
        &'partnerctl;invites;help;revoke'= {
        }
        &'partnerctl;invites;help;help'= {
        }
        &'partnerctl;accept'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;decline'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;offers'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Offer licenses to a customer, optionally with a request for delegated administration (partner global admins, admin agents, sales agents)'
            cand list 'List your tenant''s offers'
            cand show 'Show one offer: by id (the partner), or by token (the customer, before deciding)'
            cand revoke 'Revoke a pending offer'
            cand accept 'Accept an offer for your tenant: buy its licenses and, when it asks, accept the delegated administration, in one step (global admins; billing admins for licenses only); shows items, total and terms and asks (--yes to skip)'
            cand decline 'Decline an offer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;offers;create'= {
            cand --item 'A SKU of the catalogue and its quantity, 1 to 100000 (repeatable, each SKU once); the catalogue''s prices are frozen into the offer'
            cand --customer-domain 'Only a tenant owning this domain may accept (it may not have a tenant yet)'
            cand --access 'With --with-delegated-admin: a directory role to delegate (repeatable; not relationship-admin) [default: global-admin]'
            cand --duration 'With --with-delegated-admin: how long the relationship lasts, 1d to 730d [default: no expiry]'
            cand --expires-in 'How long the offer stays valid, up to 90d'
            cand --message 'A message for the customer'
            cand --email-to 'The recipient of the offer e-mail'
            cand --email-out 'Write a ready-to-send RFC 5322 message to FILE (needs --email-to)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --with-delegated-admin 'Also request delegated administration: accepting the offer creates the relationship'
            cand --auto-extend 'With --with-delegated-admin: extend the relationship by 180 days at each expiry (needs --duration; refused with global-admin)'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;offers;list'= {
            cand --status 'Only offers with this status'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;offers;show'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;offers;revoke'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;offers;accept'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;offers;decline'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;offers;help'= {
            cand create 'Offer licenses to a customer, optionally with a request for delegated administration (partner global admins, admin agents, sales agents)'
            cand list 'List your tenant''s offers'
            cand show 'Show one offer: by id (the partner), or by token (the customer, before deciding)'
            cand revoke 'Revoke a pending offer'
            cand accept 'Accept an offer for your tenant: buy its licenses and, when it asks, accept the delegated administration, in one step (global admins; billing admins for licenses only); shows items, total and terms and asks (--yes to skip)'
            cand decline 'Decline an offer'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;offers;help;create'= {
        }
        &'partnerctl;offers;help;list'= {
        }
        &'partnerctl;offers;help;show'= {
        }
        &'partnerctl;offers;help;revoke'= {
        }
        &'partnerctl;offers;help;accept'= {
        }
        &'partnerctl;offers;help;decline'= {
        }
        &'partnerctl;offers;help;help'= {
        }
        &'partnerctl;partners'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The partners with delegated administration over this tenant'
            cand remove 'End a partner''s delegated administration of this tenant: every active relationship with it, listed in the confirmation (asks; --yes to skip)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;partners;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --all 'Include expired and terminated relationships'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;partners;remove'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;partners;help'= {
            cand list 'The partners with delegated administration over this tenant'
            cand remove 'End a partner''s delegated administration of this tenant: every active relationship with it, listed in the confirmation (asks; --yes to skip)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;partners;help;list'= {
        }
        &'partnerctl;partners;help;remove'= {
        }
        &'partnerctl;partners;help;help'= {
        }
        &'partnerctl;customers'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Your partner tenant''s customers'
            cand remove 'End your own relationships with a customer: every active one, listed in the confirmation (asks; --yes to skip)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;customers;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --all 'Include expired and terminated relationships'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;customers;remove'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;customers;help'= {
            cand list 'Your partner tenant''s customers'
            cand remove 'End your own relationships with a customer: every active one, listed in the confirmation (asks; --yes to skip)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;customers;help;list'= {
        }
        &'partnerctl;customers;help;remove'= {
        }
        &'partnerctl;customers;help;help'= {
        }
        &'partnerctl;grants'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Agent roles of your partner tenant''s users (global admins are implicit admin agents)'
            cand add 'Give a partner user an agent role, for all customers or one'
            cand remove 'Take an agent role from a partner user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;grants;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;grants;add'= {
            cand --role 'admin-agent, helpdesk-agent or sales-agent'
            cand --customer 'Only for this customer (its domain) [default: all customers]'
            cand --from-csv 'Add one grant per row of a CSV file (header: upn, role[, customer]); validated whole, applied in one go'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --skip-existing 'With --from-csv: skip grants that already exist instead of refusing the file'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;grants;remove'= {
            cand --role 'admin-agent, helpdesk-agent or sales-agent'
            cand --customer 'Only for this customer (its domain) [default: all customers]'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;grants;help'= {
            cand list 'Agent roles of your partner tenant''s users (global admins are implicit admin agents)'
            cand add 'Give a partner user an agent role, for all customers or one'
            cand remove 'Take an agent role from a partner user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;grants;help;list'= {
        }
        &'partnerctl;grants;help;add'= {
        }
        &'partnerctl;grants;help;remove'= {
        }
        &'partnerctl;grants;help;help'= {
        }
        &'partnerctl;relationships'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Your tenant''s relationships one by one, as partner and as customer (active ones; --all: expired and terminated too)'
            cand show 'One relationship: parties, name, access, dates, what it renews, its assignments'
            cand terminate 'End one relationship (asks for confirmation; --yes to skip): its agents lose access on their next command'
            cand assign 'Give a group''s members roles in the customer through this relationship (a subset of its access; replaces what the group held on it)'
            cand migrate 'Renewal invites from a template for every matching relationship (DAP → GDAP, or what is about to expire), all or nothing; each accepted invite renews its relationship without a gap. Try it with --dry-run first'
            cand unassign 'End a group''s assignment on this relationship'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;relationships;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --all 'all'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;relationships;show'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;relationships;terminate'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;relationships;assign'= {
            cand --group 'A group: admin-agents, helpdesk-agents, sales-agents, or one of your own'
            cand --role 'A directory role of the relationship''s access (repeatable)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;relationships;migrate'= {
            cand --template 'The template the new relationships follow (templates create)'
            cand --expiring-within 'Only relationships expiring within this span (e.g. 30d)'
            cand --email-dir 'Write one .eml invitation per invite into DIR (to the customer''s contact e-mail)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dap-only 'Only classic DAP relationships (global-admin, no expiry)'
            cand --skip-existing 'Pass over relationships that already have a pending renewal invite (a re-run) instead of refusing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;relationships;unassign'= {
            cand --group 'group'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;relationships;help'= {
            cand list 'Your tenant''s relationships one by one, as partner and as customer (active ones; --all: expired and terminated too)'
            cand show 'One relationship: parties, name, access, dates, what it renews, its assignments'
            cand terminate 'End one relationship (asks for confirmation; --yes to skip): its agents lose access on their next command'
            cand assign 'Give a group''s members roles in the customer through this relationship (a subset of its access; replaces what the group held on it)'
            cand migrate 'Renewal invites from a template for every matching relationship (DAP → GDAP, or what is about to expire), all or nothing; each accepted invite renews its relationship without a gap. Try it with --dry-run first'
            cand unassign 'End a group''s assignment on this relationship'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;relationships;help;list'= {
        }
        &'partnerctl;relationships;help;show'= {
        }
        &'partnerctl;relationships;help;terminate'= {
        }
        &'partnerctl;relationships;help;assign'= {
        }
        &'partnerctl;relationships;help;migrate'= {
        }
        &'partnerctl;relationships;help;unassign'= {
        }
        &'partnerctl;relationships;help;help'= {
        }
        &'partnerctl;groups'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Your partner tenant''s groups with their members: the built-in admin-agents, helpdesk-agents and sales-agents (the agent roles), then your own'
            cand create 'Create a group of your own; it gives rights through access assignments (relationships assign ID --group NAME --role ROLE…)'
            cand delete 'Delete a group of your own with its memberships and assignments (asks for confirmation; --yes to skip)'
            cand members 'A group''s members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;groups;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;groups;create'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;groups;delete'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;groups;members'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user of your tenant to a group (to a built-in group: the same as grants add)'
            cand remove 'Remove a user from a group (from a built-in group: the same as grants remove)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;groups;members;add'= {
            cand --customer 'Built-in groups: for this customer only [default: all customers]'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;groups;members;remove'= {
            cand --customer 'Built-in groups: for this customer only [default: all customers]'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;groups;members;help'= {
            cand add 'Add a user of your tenant to a group (to a built-in group: the same as grants add)'
            cand remove 'Remove a user from a group (from a built-in group: the same as grants remove)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;groups;members;help;add'= {
        }
        &'partnerctl;groups;members;help;remove'= {
        }
        &'partnerctl;groups;members;help;help'= {
        }
        &'partnerctl;groups;help'= {
            cand list 'Your partner tenant''s groups with their members: the built-in admin-agents, helpdesk-agents and sales-agents (the agent roles), then your own'
            cand create 'Create a group of your own; it gives rights through access assignments (relationships assign ID --group NAME --role ROLE…)'
            cand delete 'Delete a group of your own with its memberships and assignments (asks for confirmation; --yes to skip)'
            cand members 'A group''s members'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;groups;help;list'= {
        }
        &'partnerctl;groups;help;create'= {
        }
        &'partnerctl;groups;help;delete'= {
        }
        &'partnerctl;groups;help;members'= {
            cand add 'Add a user of your tenant to a group (to a built-in group: the same as grants add)'
            cand remove 'Remove a user from a group (from a built-in group: the same as grants remove)'
        }
        &'partnerctl;groups;help;members;add'= {
        }
        &'partnerctl;groups;help;members;remove'= {
        }
        &'partnerctl;groups;help;help'= {
        }
        &'partnerctl;eligibility'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Your partner''s eligibilities (yours only, unless you read grants)'
            cand add 'Make a user of your tenant eligible for roles in a customer, within the access of a relationship in force with it (replaces what it was eligible for there)'
            cand remove 'End a user''s eligibility in a customer, and its open elevations there'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;eligibility;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;eligibility;add'= {
            cand --customer 'The customer, by initial domain'
            cand --role 'A directory role it may activate (repeatable)'
            cand --max-duration 'The longest activation, between 30m and 8h'
            cand --relationship 'The relationship to go through [default: the one in force whose access holds every role, running longest]'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --approval 'An activation waits for another partner global admin''s approval'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;eligibility;remove'= {
            cand --customer 'customer'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;eligibility;help'= {
            cand list 'Your partner''s eligibilities (yours only, unless you read grants)'
            cand add 'Make a user of your tenant eligible for roles in a customer, within the access of a relationship in force with it (replaces what it was eligible for there)'
            cand remove 'End a user''s eligibility in a customer, and its open elevations there'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;eligibility;help;list'= {
        }
        &'partnerctl;eligibility;help;add'= {
        }
        &'partnerctl;eligibility;help;remove'= {
        }
        &'partnerctl;eligibility;help;help'= {
        }
        &'partnerctl;elevate'= {
            cand --customer 'The customer, by initial domain'
            cand --role 'An eligible directory role to activate (repeatable)'
            cand --for 'How long, between 30m and the eligibility''s maximum (at most 8h)'
            cand --reason 'The justification, recorded in the audit trail'
            cand --ticket 'A ticket number, recorded with it'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;elevations'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Your partner''s elevations, newest first (yours only, unless you approve them)'
            cand approve 'Approve another user''s pending request (partner global admins; never your own)'
            cand deny 'Deny a pending request'
            cand end 'End a request or an elevation before its time (your own, or anyone''s as a partner global admin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;elevations;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --pending 'Only requests waiting for an approval'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;elevations;approve'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;elevations;deny'= {
            cand --reason 'Why, recorded and shown to the requester'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;elevations;end'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;elevations;help'= {
            cand list 'Your partner''s elevations, newest first (yours only, unless you approve them)'
            cand approve 'Approve another user''s pending request (partner global admins; never your own)'
            cand deny 'Deny a pending request'
            cand end 'End a request or an elevation before its time (your own, or anyone''s as a partner global admin)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;elevations;help;list'= {
        }
        &'partnerctl;elevations;help;approve'= {
        }
        &'partnerctl;elevations;help;deny'= {
        }
        &'partnerctl;elevations;help;end'= {
        }
        &'partnerctl;elevations;help;help'= {
        }
        &'partnerctl;templates'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Your partner tenant''s relationship templates'
            cand show 'One template: access, duration, auto-extend and the assignments it creates'
            cand create 'Create a template for invites (invite --template NAME) and migrations (relationships migrate --template NAME)'
            cand delete 'Delete a template (invites already made from it keep their terms)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;templates;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;templates;show'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;templates;create'= {
            cand --access 'A directory role to delegate (repeatable) [default: global-admin]'
            cand --duration 'How long relationships made from it last, 1d to 730d [default: no expiry]'
            cand --assign 'An access assignment to create on acceptance, GROUP=ROLE[+ROLE…] (repeatable; the roles within --access)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --auto-extend 'Extend by 180 days at each expiry (needs --duration; refused with global-admin)'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;templates;delete'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;templates;help'= {
            cand list 'Your partner tenant''s relationship templates'
            cand show 'One template: access, duration, auto-extend and the assignments it creates'
            cand create 'Create a template for invites (invite --template NAME) and migrations (relationships migrate --template NAME)'
            cand delete 'Delete a template (invites already made from it keep their terms)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;templates;help;list'= {
        }
        &'partnerctl;templates;help;show'= {
        }
        &'partnerctl;templates;help;create'= {
        }
        &'partnerctl;templates;help;delete'= {
        }
        &'partnerctl;templates;help;help'= {
        }
        &'partnerctl;licenses'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The tenant''s subscriptions: valid, assigned and available units'
            cand catalogue 'The operator''s SKU catalogue'
            cand buy 'Buy units of a SKU (billing or global admins; never a partner)'
            cand assign 'Assign a license to a user'
            cand unassign 'Take a license back from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;licenses;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;licenses;catalogue'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;licenses;buy'= {
            cand --quantity 'quantity'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;licenses;assign'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;licenses;unassign'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;licenses;help'= {
            cand list 'The tenant''s subscriptions: valid, assigned and available units'
            cand catalogue 'The operator''s SKU catalogue'
            cand buy 'Buy units of a SKU (billing or global admins; never a partner)'
            cand assign 'Assign a license to a user'
            cand unassign 'Take a license back from a user'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;licenses;help;list'= {
        }
        &'partnerctl;licenses;help;catalogue'= {
        }
        &'partnerctl;licenses;help;buy'= {
        }
        &'partnerctl;licenses;help;assign'= {
        }
        &'partnerctl;licenses;help;unassign'= {
        }
        &'partnerctl;licenses;help;help'= {
        }
        &'partnerctl;domains'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The tenant''s domains: status, capabilities, default'
            cand add 'Add a domain; prints the TXT record to publish for verification'
            cand verify 'Verify a domain with the code of its TXT record'
            cand set-capabilities 'Set what a verified domain is used for (replaces the current set)'
            cand remove 'Remove a domain (not the initial one, not one in use by a UPN)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;domains;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;domains;add'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;domains;verify'= {
            cand --code 'code'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;domains;set-capabilities'= {
            cand --capability 'email, sharepoint, teams or intune (repeatable)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;domains;remove'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;domains;help'= {
            cand list 'The tenant''s domains: status, capabilities, default'
            cand add 'Add a domain; prints the TXT record to publish for verification'
            cand verify 'Verify a domain with the code of its TXT record'
            cand set-capabilities 'Set what a verified domain is used for (replaces the current set)'
            cand remove 'Remove a domain (not the initial one, not one in use by a UPN)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;domains;help;list'= {
        }
        &'partnerctl;domains;help;add'= {
        }
        &'partnerctl;domains;help;verify'= {
        }
        &'partnerctl;domains;help;set-capabilities'= {
        }
        &'partnerctl;domains;help;remove'= {
        }
        &'partnerctl;domains;help;help'= {
        }
        &'partnerctl;health'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Publish a service''s status (operator): for every tenant, or one with --tenant'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;health;set'= {
            cand --message 'message'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;health;help'= {
            cand set 'Publish a service''s status (operator): for every tenant, or one with --tenant'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;health;help;set'= {
        }
        &'partnerctl;health;help;help'= {
        }
        &'partnerctl;requests'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The tenant''s service requests, open first'
            cand show 'One request with its comments (SR-000042 or 42)'
            cand create 'Open a service request'
            cand comment 'Add a comment'
            cand close 'Close a request'
            cand update 'Set a request''s status (open, in-progress, resolved, closed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;requests;list'= {
            cand --status 'status'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;requests;show'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;requests;create'= {
            cand --title 'title'
            cand --description 'description'
            cand --severity '1 (critical) to 4 (low)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;requests;comment'= {
            cand --message 'message'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;requests;close'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;requests;update'= {
            cand --status 'status'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;requests;help'= {
            cand list 'The tenant''s service requests, open first'
            cand show 'One request with its comments (SR-000042 or 42)'
            cand create 'Open a service request'
            cand comment 'Add a comment'
            cand close 'Close a request'
            cand update 'Set a request''s status (open, in-progress, resolved, closed)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;requests;help;list'= {
        }
        &'partnerctl;requests;help;show'= {
        }
        &'partnerctl;requests;help;create'= {
        }
        &'partnerctl;requests;help;comment'= {
        }
        &'partnerctl;requests;help;close'= {
        }
        &'partnerctl;requests;help;update'= {
        }
        &'partnerctl;requests;help;help'= {
        }
        &'partnerctl;dashboard'= {
            cand --health 'Only customers whose worst service health is this'
            cand --expiring-within 'Only relationships expiring within this span, e.g. 30d'
            cand --search 'Only customers whose name or domain contains TEXT'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;audit'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Audit entries concerning your tenant (operator: every tenant); -o json or -o csv to export'
            cand verify 'Recompute the hash chain; exit 9 when an entry was edited, deleted, reordered or inserted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;audit;list'= {
            cand --actor 'Only entries by this user'
            cand --action 'Only this action, e.g. user.create'
            cand --since 'From this time on: 7d (back from now), 2026-11-28, yesterday, or RFC 3339'
            cand --until 'Before this time: as --since'
            cand --outcome 'allowed or denied'
            cand --limit 'At most N entries (the newest)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;audit;verify'= {
            cand --expect-head 'Also check that this earlier head (saved from a previous verify) is still in the chain: detects a truncated tail or a rewritten chain'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;audit;help'= {
            cand list 'Audit entries concerning your tenant (operator: every tenant); -o json or -o csv to export'
            cand verify 'Recompute the hash chain; exit 9 when an entry was edited, deleted, reordered or inserted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;audit;help;list'= {
        }
        &'partnerctl;audit;help;verify'= {
        }
        &'partnerctl;audit;help;help'= {
        }
        &'partnerctl;access'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;doctor'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --deep 'Also check every page of the store (SQLite''s integrity check; on PostgreSQL, that every table answers): it reads the whole database, so it is the operator''s; anyone else is refused (exit 4)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;notify'= {
            cand --outbox 'The directory the messages are written to, one RFC 5322 file each (made when missing); a mail relay or a script sends them from there'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;report'= {
            cand --out 'The file to write (replaced when it exists, readable by you alone); it appears only once the whole report is read'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;can'= {
            cand --user 'Ask for another user (you must be allowed to read that user''s tenant''s users)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;demo'= {
            cand --customers 'How many customer tenants to create'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;db'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand migrate 'Bring the store''s schema to this binary''s version (on PostgreSQL, as the schema''s owner; other roles'' commands cannot change the schema)'
            cand grant 'Let a PostgreSQL role use the store and nothing more: read and write its tables, append to the audit trail but never change or delete an entry, own nothing (run as the schema''s owner)'
            cand copy 'Copy a whole store, audit chain included, between SQLite and PostgreSQL: all or nothing, into an empty destination, verified there before it is committed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;db;migrate'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;db;grant'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;db;copy'= {
            cand --from 'The store to copy: a file path or a postgres:// URL'
            cand --to 'The empty destination: a new file path or a postgres:// URL of an empty (or missing) database'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;db;help'= {
            cand migrate 'Bring the store''s schema to this binary''s version (on PostgreSQL, as the schema''s owner; other roles'' commands cannot change the schema)'
            cand grant 'Let a PostgreSQL role use the store and nothing more: read and write its tables, append to the audit trail but never change or delete an entry, own nothing (run as the schema''s owner)'
            cand copy 'Copy a whole store, audit chain included, between SQLite and PostgreSQL: all or nothing, into an empty destination, verified there before it is committed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;db;help;migrate'= {
        }
        &'partnerctl;db;help;grant'= {
        }
        &'partnerctl;db;help;copy'= {
        }
        &'partnerctl;db;help;help'= {
        }
        &'partnerctl;completions'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;man'= {
            cand --out 'The directory to write the pages to (created if missing)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --color 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand -q 'No status text on stderr (errors still print)'
            cand --quiet 'No status text on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;help'= {
            cand init 'Create the database, the operator tenant and its first global admin, and sign in'
            cand login 'Sign in'
            cand logout 'Sign out: end this database''s session'
            cand whoami 'Show the signed-in user, its tenant and roles'
            cand mfa 'Multi-factor sign-in with an authenticator app (TOTP): enroll, status, disable'
            cand tenants 'Tenant lifecycle and contact details'
            cand users 'Directory users and their roles'
            cand invite 'Invite a customer to give your partner tenant delegated administration'
            cand invites 'Your partner tenant''s invites'
            cand accept 'Accept a partner''s invite for your tenant (global admins, relationship admins); shows the terms and asks (--yes to skip)'
            cand decline 'Decline a partner''s invite (global admins, relationship admins)'
            cand offers 'Purchase offers: licenses for a customer, optionally with a request for delegated administration; the customer accepts or declines them here too'
            cand partners 'The partners with delegated administration over this tenant'
            cand customers 'Your partner tenant''s customers'
            cand grants 'Agent roles of your partner tenant''s users'
            cand relationships 'Delegated-admin relationships one by one: list, show, terminate, access assignments'
            cand groups 'Security groups of your partner tenant (the agent roles are the built-in groups)'
            cand eligibility 'Just-in-time eligibility: partner users who may activate roles in a customer for a while (elevate)'
            cand elevate 'Activate eligible roles in a customer for a limited time, with a justification (after an approval when the eligibility asks for one; needs a session signed in with MFA)'
            cand elevations 'Elevation requests and elevations: list, approve, deny, end'
            cand templates 'Relationship templates: access, duration and the assignments to create'
            cand licenses 'Licenses: subscriptions, purchases and assignments'
            cand domains 'The tenant''s domains'
            cand health 'Service health per service; `health set` publishes (operator)'
            cand requests 'Service requests (support tickets)'
            cand dashboard 'The partner''s customers at a glance, or one customer''s detail with links to manage it'
            cand audit 'The audit trail and its integrity'
            cand access 'Who can do what: partner users in this tenant; for a partner, its agents per customer'
            cand doctor 'What is about to break: expiring relationships and invites, unusable relationships, single global admins; for the operator the audit chain, and with --deep the database''s integrity (exit 9 on errors)'
            cand notify 'Write a message file for each lifecycle event not yet notified (relationships expiring, expired, ended, renewed or extended; invites expiring; elevations), to the contact e-mails of the tenants concerned'
            cand report 'Write the tenant''s access review to one self-contained HTML file: relationships and their timeline, who can do what, elevations, an audit summary and the chain head'
            cand can 'Ask the permission core: may this user take ACTION in this tenant, and why'
            cand demo 'Build a fresh demo database and sign in as the partner''s global admin'
            cand db 'The store itself: schema migrations, PostgreSQL roles, copying between backends'
            cand completions 'Print shell completions'
            cand man 'Write man pages: one per command and subcommand'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;help;init'= {
        }
        &'partnerctl;help;login'= {
        }
        &'partnerctl;help;logout'= {
        }
        &'partnerctl;help;whoami'= {
        }
        &'partnerctl;help;mfa'= {
            cand enroll 'Enroll an authenticator app for yourself: shows its secret, an otpauth:// URI and a QR code, and 10 single-use recovery codes; the first `login --otp CODE` confirms it'
            cand status 'Whether a user has multi-factor sign-in: yours, or (admins) a user''s of the tenant'
            cand disable 'Remove multi-factor sign-in and its recovery codes: yours, or (admins) a user''s'
        }
        &'partnerctl;help;mfa;enroll'= {
        }
        &'partnerctl;help;mfa;status'= {
        }
        &'partnerctl;help;mfa;disable'= {
        }
        &'partnerctl;help;tenants'= {
            cand create 'Provision a tenant with its first global admin (operator)'
            cand list 'List the tenants you may read (the operator sees all)'
            cand show 'Show a tenant''s details and contact information'
            cand update 'Change a tenant''s name and contact details'
            cand enroll-partner 'Enroll an existing tenant as a partner (operator)'
        }
        &'partnerctl;help;tenants;create'= {
        }
        &'partnerctl;help;tenants;list'= {
        }
        &'partnerctl;help;tenants;show'= {
        }
        &'partnerctl;help;tenants;update'= {
        }
        &'partnerctl;help;tenants;enroll-partner'= {
        }
        &'partnerctl;help;users'= {
            cand list 'List the tenant''s users'
            cand add 'Add a user'
            cand update 'Change a user''s name, or enable or disable it'
            cand remove 'Remove a user'
            cand reset-password 'Set a new password and end the user''s sessions'
            cand roles 'Give or take directory roles'
        }
        &'partnerctl;help;users;list'= {
        }
        &'partnerctl;help;users;add'= {
        }
        &'partnerctl;help;users;update'= {
        }
        &'partnerctl;help;users;remove'= {
        }
        &'partnerctl;help;users;reset-password'= {
        }
        &'partnerctl;help;users;roles'= {
            cand add 'Give a user a directory role'
            cand remove 'Take a directory role from a user'
        }
        &'partnerctl;help;users;roles;add'= {
        }
        &'partnerctl;help;users;roles;remove'= {
        }
        &'partnerctl;help;invite'= {
        }
        &'partnerctl;help;invites'= {
            cand list 'List your tenant''s invites'
            cand show 'Show one invite'
            cand revoke 'Revoke a pending invite'
        }
        &'partnerctl;help;invites;list'= {
        }
        &'partnerctl;help;invites;show'= {
        }
        &'partnerctl;help;invites;revoke'= {
        }
        &'partnerctl;help;accept'= {
        }
        &'partnerctl;help;decline'= {
        }
        &'partnerctl;help;offers'= {
            cand create 'Offer licenses to a customer, optionally with a request for delegated administration (partner global admins, admin agents, sales agents)'
            cand list 'List your tenant''s offers'
            cand show 'Show one offer: by id (the partner), or by token (the customer, before deciding)'
            cand revoke 'Revoke a pending offer'
            cand accept 'Accept an offer for your tenant: buy its licenses and, when it asks, accept the delegated administration, in one step (global admins; billing admins for licenses only); shows items, total and terms and asks (--yes to skip)'
            cand decline 'Decline an offer'
        }
        &'partnerctl;help;offers;create'= {
        }
        &'partnerctl;help;offers;list'= {
        }
        &'partnerctl;help;offers;show'= {
        }
        &'partnerctl;help;offers;revoke'= {
        }
        &'partnerctl;help;offers;accept'= {
        }
        &'partnerctl;help;offers;decline'= {
        }
        &'partnerctl;help;partners'= {
            cand list 'The partners with delegated administration over this tenant'
            cand remove 'End a partner''s delegated administration of this tenant: every active relationship with it, listed in the confirmation (asks; --yes to skip)'
        }
        &'partnerctl;help;partners;list'= {
        }
        &'partnerctl;help;partners;remove'= {
        }
        &'partnerctl;help;customers'= {
            cand list 'Your partner tenant''s customers'
            cand remove 'End your own relationships with a customer: every active one, listed in the confirmation (asks; --yes to skip)'
        }
        &'partnerctl;help;customers;list'= {
        }
        &'partnerctl;help;customers;remove'= {
        }
        &'partnerctl;help;grants'= {
            cand list 'Agent roles of your partner tenant''s users (global admins are implicit admin agents)'
            cand add 'Give a partner user an agent role, for all customers or one'
            cand remove 'Take an agent role from a partner user'
        }
        &'partnerctl;help;grants;list'= {
        }
        &'partnerctl;help;grants;add'= {
        }
        &'partnerctl;help;grants;remove'= {
        }
        &'partnerctl;help;relationships'= {
            cand list 'Your tenant''s relationships one by one, as partner and as customer (active ones; --all: expired and terminated too)'
            cand show 'One relationship: parties, name, access, dates, what it renews, its assignments'
            cand terminate 'End one relationship (asks for confirmation; --yes to skip): its agents lose access on their next command'
            cand assign 'Give a group''s members roles in the customer through this relationship (a subset of its access; replaces what the group held on it)'
            cand migrate 'Renewal invites from a template for every matching relationship (DAP → GDAP, or what is about to expire), all or nothing; each accepted invite renews its relationship without a gap. Try it with --dry-run first'
            cand unassign 'End a group''s assignment on this relationship'
        }
        &'partnerctl;help;relationships;list'= {
        }
        &'partnerctl;help;relationships;show'= {
        }
        &'partnerctl;help;relationships;terminate'= {
        }
        &'partnerctl;help;relationships;assign'= {
        }
        &'partnerctl;help;relationships;migrate'= {
        }
        &'partnerctl;help;relationships;unassign'= {
        }
        &'partnerctl;help;groups'= {
            cand list 'Your partner tenant''s groups with their members: the built-in admin-agents, helpdesk-agents and sales-agents (the agent roles), then your own'
            cand create 'Create a group of your own; it gives rights through access assignments (relationships assign ID --group NAME --role ROLE…)'
            cand delete 'Delete a group of your own with its memberships and assignments (asks for confirmation; --yes to skip)'
            cand members 'A group''s members'
        }
        &'partnerctl;help;groups;list'= {
        }
        &'partnerctl;help;groups;create'= {
        }
        &'partnerctl;help;groups;delete'= {
        }
        &'partnerctl;help;groups;members'= {
            cand add 'Add a user of your tenant to a group (to a built-in group: the same as grants add)'
            cand remove 'Remove a user from a group (from a built-in group: the same as grants remove)'
        }
        &'partnerctl;help;groups;members;add'= {
        }
        &'partnerctl;help;groups;members;remove'= {
        }
        &'partnerctl;help;eligibility'= {
            cand list 'Your partner''s eligibilities (yours only, unless you read grants)'
            cand add 'Make a user of your tenant eligible for roles in a customer, within the access of a relationship in force with it (replaces what it was eligible for there)'
            cand remove 'End a user''s eligibility in a customer, and its open elevations there'
        }
        &'partnerctl;help;eligibility;list'= {
        }
        &'partnerctl;help;eligibility;add'= {
        }
        &'partnerctl;help;eligibility;remove'= {
        }
        &'partnerctl;help;elevate'= {
        }
        &'partnerctl;help;elevations'= {
            cand list 'Your partner''s elevations, newest first (yours only, unless you approve them)'
            cand approve 'Approve another user''s pending request (partner global admins; never your own)'
            cand deny 'Deny a pending request'
            cand end 'End a request or an elevation before its time (your own, or anyone''s as a partner global admin)'
        }
        &'partnerctl;help;elevations;list'= {
        }
        &'partnerctl;help;elevations;approve'= {
        }
        &'partnerctl;help;elevations;deny'= {
        }
        &'partnerctl;help;elevations;end'= {
        }
        &'partnerctl;help;templates'= {
            cand list 'Your partner tenant''s relationship templates'
            cand show 'One template: access, duration, auto-extend and the assignments it creates'
            cand create 'Create a template for invites (invite --template NAME) and migrations (relationships migrate --template NAME)'
            cand delete 'Delete a template (invites already made from it keep their terms)'
        }
        &'partnerctl;help;templates;list'= {
        }
        &'partnerctl;help;templates;show'= {
        }
        &'partnerctl;help;templates;create'= {
        }
        &'partnerctl;help;templates;delete'= {
        }
        &'partnerctl;help;licenses'= {
            cand list 'The tenant''s subscriptions: valid, assigned and available units'
            cand catalogue 'The operator''s SKU catalogue'
            cand buy 'Buy units of a SKU (billing or global admins; never a partner)'
            cand assign 'Assign a license to a user'
            cand unassign 'Take a license back from a user'
        }
        &'partnerctl;help;licenses;list'= {
        }
        &'partnerctl;help;licenses;catalogue'= {
        }
        &'partnerctl;help;licenses;buy'= {
        }
        &'partnerctl;help;licenses;assign'= {
        }
        &'partnerctl;help;licenses;unassign'= {
        }
        &'partnerctl;help;domains'= {
            cand list 'The tenant''s domains: status, capabilities, default'
            cand add 'Add a domain; prints the TXT record to publish for verification'
            cand verify 'Verify a domain with the code of its TXT record'
            cand set-capabilities 'Set what a verified domain is used for (replaces the current set)'
            cand remove 'Remove a domain (not the initial one, not one in use by a UPN)'
        }
        &'partnerctl;help;domains;list'= {
        }
        &'partnerctl;help;domains;add'= {
        }
        &'partnerctl;help;domains;verify'= {
        }
        &'partnerctl;help;domains;set-capabilities'= {
        }
        &'partnerctl;help;domains;remove'= {
        }
        &'partnerctl;help;health'= {
            cand set 'Publish a service''s status (operator): for every tenant, or one with --tenant'
        }
        &'partnerctl;help;health;set'= {
        }
        &'partnerctl;help;requests'= {
            cand list 'The tenant''s service requests, open first'
            cand show 'One request with its comments (SR-000042 or 42)'
            cand create 'Open a service request'
            cand comment 'Add a comment'
            cand close 'Close a request'
            cand update 'Set a request''s status (open, in-progress, resolved, closed)'
        }
        &'partnerctl;help;requests;list'= {
        }
        &'partnerctl;help;requests;show'= {
        }
        &'partnerctl;help;requests;create'= {
        }
        &'partnerctl;help;requests;comment'= {
        }
        &'partnerctl;help;requests;close'= {
        }
        &'partnerctl;help;requests;update'= {
        }
        &'partnerctl;help;dashboard'= {
        }
        &'partnerctl;help;audit'= {
            cand list 'Audit entries concerning your tenant (operator: every tenant); -o json or -o csv to export'
            cand verify 'Recompute the hash chain; exit 9 when an entry was edited, deleted, reordered or inserted'
        }
        &'partnerctl;help;audit;list'= {
        }
        &'partnerctl;help;audit;verify'= {
        }
        &'partnerctl;help;access'= {
        }
        &'partnerctl;help;doctor'= {
        }
        &'partnerctl;help;notify'= {
        }
        &'partnerctl;help;report'= {
        }
        &'partnerctl;help;can'= {
        }
        &'partnerctl;help;demo'= {
        }
        &'partnerctl;help;db'= {
            cand migrate 'Bring the store''s schema to this binary''s version (on PostgreSQL, as the schema''s owner; other roles'' commands cannot change the schema)'
            cand grant 'Let a PostgreSQL role use the store and nothing more: read and write its tables, append to the audit trail but never change or delete an entry, own nothing (run as the schema''s owner)'
            cand copy 'Copy a whole store, audit chain included, between SQLite and PostgreSQL: all or nothing, into an empty destination, verified there before it is committed'
        }
        &'partnerctl;help;db;migrate'= {
        }
        &'partnerctl;help;db;grant'= {
        }
        &'partnerctl;help;db;copy'= {
        }
        &'partnerctl;help;completions'= {
        }
        &'partnerctl;help;man'= {
        }
        &'partnerctl;help;help'= {
        }
    ]
    $completions[$command]
}
