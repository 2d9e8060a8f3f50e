
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
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database, the operator tenant and its first global admin, and sign in'
            cand login 'Sign in'
            cand logout 'Sign out: end this database''s session'
            cand whoami 'Show the signed-in user, its tenant and roles'
            cand tenants 'Tenant lifecycle and contact details'
            cand users 'Directory users and their roles'
            cand can 'Ask the permission core: may this user take ACTION in this tenant, and why'
            cand demo 'Build a fresh demo database and sign in as the partner''s global admin'
            cand completions 'Print shell completions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'partnerctl;init'= {
            cand --operator-email 'The operator''s first global admin, also the operator''s contact address; its domain becomes the operator tenant''s domain'
            cand --name 'The operator tenant''s display name'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --password-stdin 'Read the admin''s password from one line of standard input'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;login'= {
            cand --ttl 'How long the session lasts (1m to 30d)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --password-stdin 'Read the password from one line of standard input'
            cand --print-token 'Print only the token on stdout and write no session file (use it as PARTNERCTL_TOKEN)'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;logout'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;whoami'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenants'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --admin-password-stdin 'Read the admin''s password from one line of standard input (otherwise a prompt on a terminal; without either the admin cannot sign in until its password is reset)'
            cand --partner 'Enroll the tenant as a partner (needs --partner-id)'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenants;list'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenants;show'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenants;update'= {
            cand --name 'name'
            cand --email 'email'
            cand --phone 'phone'
            cand --address 'address'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;tenants;enroll-partner'= {
            cand --partner-id 'partner-id'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand --password-stdin 'Read the password from one line of standard input (otherwise a prompt on a terminal; without either the user cannot sign in until its password is reset)'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;users;update'= {
            cand --name 'name'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --enable 'enable'
            cand --disable 'disable'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;users;remove'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;users;reset-password'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --password-stdin 'Read the new password from one line of standard input'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;users;roles'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
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
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;users;roles;remove'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
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
        &'partnerctl;can'= {
            cand --user 'Ask for another user (you must be allowed to read that user''s tenant''s users)'
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
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
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;completions'= {
            cand --db 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]'
            cand -o 'Output format: tables for people, one JSON document for scripts'
            cand --output 'Output format: tables for people, one JSON document for scripts'
            cand --tenant 'The tenant a command acts on, by initial domain or id [default: your own]'
            cand --yes 'Answer yes to confirmations'
            cand --no-input 'Never prompt (also implied when stdin is not a terminal)'
            cand --dry-run 'Show the decision and what would change; write nothing'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'partnerctl;help'= {
            cand init 'Create the database, the operator tenant and its first global admin, and sign in'
            cand login 'Sign in'
            cand logout 'Sign out: end this database''s session'
            cand whoami 'Show the signed-in user, its tenant and roles'
            cand tenants 'Tenant lifecycle and contact details'
            cand users 'Directory users and their roles'
            cand can 'Ask the permission core: may this user take ACTION in this tenant, and why'
            cand demo 'Build a fresh demo database and sign in as the partner''s global admin'
            cand completions 'Print shell completions'
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
        &'partnerctl;help;can'= {
        }
        &'partnerctl;help;demo'= {
        }
        &'partnerctl;help;completions'= {
        }
        &'partnerctl;help;help'= {
        }
    ]
    $completions[$command]
}
