# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_partnerctl_global_optspecs
    string join \n db= o/output= yes no-input tenant= dry-run color= q/quiet h/help V/version
end

function __fish_partnerctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_partnerctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_partnerctl_using_subcommand
    set -l cmd (__fish_partnerctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c partnerctl -n "__fish_partnerctl_needs_command" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "init" -d 'Create the database, the operator tenant and its first global admin, and sign in'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "login" -d 'Sign in'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "logout" -d 'Sign out: end this database\'s session'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "whoami" -d 'Show the signed-in user, its tenant and roles'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "mfa" -d 'Multi-factor sign-in with an authenticator app (TOTP): enroll, status, disable'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "tenants" -d 'Tenant lifecycle and contact details'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "users" -d 'Directory users and their roles'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "invite" -d 'Invite a customer to give your partner tenant delegated administration'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "invites" -d 'Your partner tenant\'s invites'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "accept" -d 'Accept a partner\'s invite for your tenant (global admins, relationship admins); shows the terms and asks (--yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "decline" -d 'Decline a partner\'s invite (global admins, relationship admins)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "offers" -d 'Purchase offers: licenses for a customer, optionally with a request for delegated administration; the customer accepts or declines them here too'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "partners" -d 'The partners with delegated administration over this tenant'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "customers" -d 'Your partner tenant\'s customers'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "grants" -d 'Agent roles of your partner tenant\'s users'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "relationships" -d 'Delegated-admin relationships one by one: list, show, terminate, access assignments'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "groups" -d 'Security groups of your partner tenant (the agent roles are the built-in groups)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "eligibility" -d 'Just-in-time eligibility: partner users who may activate roles in a customer for a while (elevate)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "elevate" -d 'Activate eligible roles in a customer for a limited time, with a justification (after an approval when the eligibility asks for one; needs a session signed in with MFA)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "elevations" -d 'Elevation requests and elevations: list, approve, deny, end'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "templates" -d 'Relationship templates: access, duration and the assignments to create'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "licenses" -d 'Licenses: subscriptions, purchases and assignments'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "domains" -d 'The tenant\'s domains'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "health" -d 'Service health per service; `health set` publishes (operator)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "requests" -d 'Service requests (support tickets)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "dashboard" -d 'The partner\'s customers at a glance, or one customer\'s detail with links to manage it'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "audit" -d 'The audit trail and its integrity'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "access" -d 'Who can do what: partner users in this tenant; for a partner, its agents per customer'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "doctor" -d 'What is about to break: expiring relationships and invites, unusable relationships, single global admins; for the operator the audit chain, and with --deep the database\'s integrity (exit 9 on errors)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "notify" -d 'Write a message file for each lifecycle event not yet notified (relationships expiring, expired, ended, renewed or extended; invites expiring; elevations), to the contact e-mails of the tenants concerned'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "report" -d 'Write the tenant\'s access review to one self-contained HTML file: relationships and their timeline, who can do what, elevations, an audit summary and the chain head'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "can" -d 'Ask the permission core: may this user take ACTION in this tenant, and why'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "demo" -d 'Build a fresh demo database and sign in as the partner\'s global admin'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "db" -d 'The store itself: schema migrations, PostgreSQL roles, copying between backends'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "man" -d 'Write man pages: one per command and subcommand'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l operator-email -d 'The operator\'s first global admin, also the operator\'s contact address; its domain becomes the operator tenant\'s domain' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l name -d 'The operator tenant\'s display name' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l password-stdin -d 'Read the admin\'s password from one line of standard input'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l test-clock -d 'Make a test database: one whose clock PARTNERCTL_NOW may set, for scripted scenarios (never for real data; without this flag a set PARTNERCTL_NOW is refused)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l ttl -d 'How long the session lasts (1m to 30d)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l otp -d 'The one-time code your authenticator shows (or one of your recovery codes), for a user with multi-factor sign-in; without it you are asked on a terminal' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l password-stdin -d 'Read the password from one line of standard input'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l print-token -d 'Print only the token on stdout and write no session file (use it as PARTNERCTL_TOKEN)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -f -a "enroll" -d 'Enroll an authenticator app for yourself: shows its secret, an otpauth:// URI and a QR code, and 10 single-use recovery codes; the first `login --otp CODE` confirms it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -f -a "status" -d 'Whether a user has multi-factor sign-in: yours, or (admins) a user\'s of the tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -f -a "disable" -d 'Remove multi-factor sign-in and its recovery codes: yours, or (admins) a user\'s'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and not __fish_seen_subcommand_from enroll status disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from enroll" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from disable" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from disable" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from disable" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from disable" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from disable" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from disable" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from disable" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "enroll" -d 'Enroll an authenticator app for yourself: shows its secret, an otpauth:// URI and a QR code, and 10 single-use recovery codes; the first `login --otp CODE` confirms it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "status" -d 'Whether a user has multi-factor sign-in: yours, or (admins) a user\'s of the tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Remove multi-factor sign-in and its recovery codes: yours, or (admins) a user\'s'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand mfa; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -f -a "create" -d 'Provision a tenant with its first global admin (operator)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -f -a "list" -d 'List the tenants you may read (the operator sees all)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -f -a "show" -d 'Show a tenant\'s details and contact information'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -f -a "update" -d 'Change a tenant\'s name and contact details'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -f -a "enroll-partner" -d 'Enroll an existing tenant as a partner (operator)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l domain -d 'The tenant\'s initial domain, e.g. contoso.example' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l admin -d 'The first global admin\'s UPN, in the new domain' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l partner-id -d 'The partner\'s id, e.g. its partner network id' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l require-mfa -d 'With --partner: whether its users must sign in with MFA before they act in customer tenants [default: true, as GDAP requires]' -r -f -a "true\t''
false\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l admin-password-stdin -d 'Read the admin\'s password from one line of standard input (otherwise a prompt on a terminal; without either the admin cannot sign in until its password is reset)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l partner -d 'Enroll the tenant as a partner (needs --partner-id)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l name -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l email -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l phone -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l address -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l require-mfa -d 'Partners: whether its users must sign in with MFA (`login --otp`) before they act in customer tenants' -r -f -a "true\t''
false\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l partner-id -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l require-mfa -d 'Whether its users must sign in with MFA before they act in customer tenants [default: true, as GDAP requires]' -r -f -a "true\t''
false\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "create" -d 'Provision a tenant with its first global admin (operator)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tenants you may read (the operator sees all)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a tenant\'s details and contact information'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a tenant\'s name and contact details'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "enroll-partner" -d 'Enroll an existing tenant as a partner (operator)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -f -a "list" -d 'List the tenant\'s users'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -f -a "add" -d 'Add a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -f -a "update" -d 'Change a user\'s name, or enable or disable it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -f -a "remove" -d 'Remove a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -f -a "reset-password" -d 'Set a new password and end the user\'s sessions'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -f -a "roles" -d 'Give or take directory roles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l name -d 'Display name [default: the part of the UPN before @]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l role -d 'A directory role to give (repeatable)' -r -f -a "global-admin\t''
billing-admin\t''
user-admin\t''
helpdesk-admin\t''
service-support-admin\t''
global-reader\t''
relationship-admin\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from one line of standard input (otherwise a prompt on a terminal; without either the user cannot sign in until its password is reset)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l name -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l enable
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l disable
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l password-stdin -d 'Read the new password from one line of standard input'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -f -a "add" -d 'Give a user a directory role'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -f -a "remove" -d 'Take a directory role from a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tenant\'s users'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user\'s name, or enable or disable it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "reset-password" -d 'Set a new password and end the user\'s sessions'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "roles" -d 'Give or take directory roles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l access -d 'A directory role to delegate (repeatable; not relationship-admin) [default: global-admin, i.e. classic DAP]' -r -f -a "global-admin\t''
billing-admin\t''
user-admin\t''
helpdesk-admin\t''
service-support-admin\t''
global-reader\t''
relationship-admin\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l duration -d 'How long the relationship lasts once accepted, 1d to 730d [default: no expiry]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l expires-in -d 'How long the invite stays valid, up to 90d' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l customer-domain -d 'Only a tenant owning this domain may accept (it may not have a tenant yet)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l message -d 'A message for the customer' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l email-to -d 'The recipient of the invitation e-mail' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l email-out -d 'Write a ready-to-send RFC 5322 message to FILE (needs --email-to)' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l name -d 'The relationship\'s name, at most 50 characters, unique among your relationships that are not terminated [default: the customer\'s domain, numbered when taken]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l renews -d 'Renew this relationship: accepting the invite begins the new relationship and ends this one in the same moment, so access never lapses. Its access, duration, auto-extend and customer are the defaults' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l template -d 'Use a relationship template: its access, duration and auto-extend, and the access assignments to create when the invite is accepted' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l from-csv -d 'Create one invite per row of a CSV file (header: customer_domain, email, access, duration, expires_in, message[, auto_extend]); validated whole, applied in one go' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l email-dir -d 'With --from-csv: write one .eml message per invite into DIR' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l auto-extend -d 'Extend the relationship by 180 days at each expiry (needs --duration; refused with global-admin)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l skip-existing -d 'With --from-csv: skip rows already done (a pending invite or an active relationship) instead of refusing the file'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invite" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -f -a "list" -d 'List your tenant\'s invites'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -f -a "show" -d 'Show one invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -f -a "revoke" -d 'Revoke a pending invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and not __fish_seen_subcommand_from list show revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l status -d 'Only invites with this status' -r -f -a "pending\t''
accepted\t''
declined\t''
revoked\t''
expired\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from show" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from show" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your tenant\'s invites'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a pending invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand invites; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand accept" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand accept" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand accept" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand accept" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand accept" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand accept" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand accept" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand accept" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand accept" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand decline" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand decline" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand decline" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand decline" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand decline" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand decline" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand decline" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand decline" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand decline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand decline" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -f -a "create" -d 'Offer licenses to a customer, optionally with a request for delegated administration (partner global admins, admin agents, sales agents)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -f -a "list" -d 'List your tenant\'s offers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -f -a "show" -d 'Show one offer: by id (the partner), or by token (the customer, before deciding)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -f -a "revoke" -d 'Revoke a pending offer'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -f -a "accept" -d 'Accept an offer for your tenant: buy its licenses and, when it asks, accept the delegated administration, in one step (global admins; billing admins for licenses only); shows items, total and terms and asks (--yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -f -a "decline" -d 'Decline an offer'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and not __fish_seen_subcommand_from create list show revoke accept decline help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l item -d 'A SKU of the catalogue and its quantity, 1 to 100000 (repeatable, each SKU once); the catalogue\'s prices are frozen into the offer' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l customer-domain -d 'Only a tenant owning this domain may accept (it may not have a tenant yet)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l access -d 'With --with-delegated-admin: a directory role to delegate (repeatable; not relationship-admin) [default: global-admin]' -r -f -a "global-admin\t''
billing-admin\t''
user-admin\t''
helpdesk-admin\t''
service-support-admin\t''
global-reader\t''
relationship-admin\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l duration -d 'With --with-delegated-admin: how long the relationship lasts, 1d to 730d [default: no expiry]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l expires-in -d 'How long the offer stays valid, up to 90d' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l message -d 'A message for the customer' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l email-to -d 'The recipient of the offer e-mail' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l email-out -d 'Write a ready-to-send RFC 5322 message to FILE (needs --email-to)' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l with-delegated-admin -d 'Also request delegated administration: accepting the offer creates the relationship'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l auto-extend -d 'With --with-delegated-admin: extend the relationship by 180 days at each expiry (needs --duration; refused with global-admin)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l status -d 'Only offers with this status' -r -f -a "pending\t''
accepted\t''
declined\t''
revoked\t''
expired\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from revoke" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from revoke" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from revoke" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from revoke" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from accept" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from accept" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from accept" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from accept" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from accept" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from accept" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from accept" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from decline" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from decline" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from decline" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from decline" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from decline" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from decline" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from decline" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from decline" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from decline" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "create" -d 'Offer licenses to a customer, optionally with a request for delegated administration (partner global admins, admin agents, sales agents)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your tenant\'s offers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one offer: by id (the partner), or by token (the customer, before deciding)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a pending offer'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept an offer for your tenant: buy its licenses and, when it asks, accept the delegated administration, in one step (global admins; billing admins for licenses only); shows items, total and terms and asks (--yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline an offer'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand offers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and not __fish_seen_subcommand_from list remove help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and not __fish_seen_subcommand_from list remove help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and not __fish_seen_subcommand_from list remove help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and not __fish_seen_subcommand_from list remove help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and not __fish_seen_subcommand_from list remove help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and not __fish_seen_subcommand_from list remove help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and not __fish_seen_subcommand_from list remove help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and not __fish_seen_subcommand_from list remove help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and not __fish_seen_subcommand_from list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and not __fish_seen_subcommand_from list remove help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and not __fish_seen_subcommand_from list remove help" -f -a "list" -d 'The partners with delegated administration over this tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and not __fish_seen_subcommand_from list remove help" -f -a "remove" -d 'End a partner\'s delegated administration of this tenant: every active relationship with it, listed in the confirmation (asks; --yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and not __fish_seen_subcommand_from list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from list" -l all -d 'Include expired and terminated relationships'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from remove" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from remove" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from help" -f -a "list" -d 'The partners with delegated administration over this tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from help" -f -a "remove" -d 'End a partner\'s delegated administration of this tenant: every active relationship with it, listed in the confirmation (asks; --yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand partners; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and not __fish_seen_subcommand_from list remove help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and not __fish_seen_subcommand_from list remove help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and not __fish_seen_subcommand_from list remove help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and not __fish_seen_subcommand_from list remove help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and not __fish_seen_subcommand_from list remove help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and not __fish_seen_subcommand_from list remove help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and not __fish_seen_subcommand_from list remove help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and not __fish_seen_subcommand_from list remove help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and not __fish_seen_subcommand_from list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and not __fish_seen_subcommand_from list remove help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and not __fish_seen_subcommand_from list remove help" -f -a "list" -d 'Your partner tenant\'s customers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and not __fish_seen_subcommand_from list remove help" -f -a "remove" -d 'End your own relationships with a customer: every active one, listed in the confirmation (asks; --yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and not __fish_seen_subcommand_from list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from list" -l all -d 'Include expired and terminated relationships'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from remove" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from remove" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your partner tenant\'s customers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "remove" -d 'End your own relationships with a customer: every active one, listed in the confirmation (asks; --yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand customers; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -f -a "list" -d 'Agent roles of your partner tenant\'s users (global admins are implicit admin agents)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -f -a "add" -d 'Give a partner user an agent role, for all customers or one'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -f -a "remove" -d 'Take an agent role from a partner user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and not __fish_seen_subcommand_from list add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -l role -d 'admin-agent, helpdesk-agent or sales-agent' -r -f -a "admin-agent\t''
helpdesk-agent\t''
sales-agent\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -l customer -d 'Only for this customer (its domain) [default: all customers]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -l from-csv -d 'Add one grant per row of a CSV file (header: upn, role[, customer]); validated whole, applied in one go' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -l skip-existing -d 'With --from-csv: skip grants that already exist instead of refusing the file'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from remove" -l role -d 'admin-agent, helpdesk-agent or sales-agent' -r -f -a "admin-agent\t''
helpdesk-agent\t''
sales-agent\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from remove" -l customer -d 'Only for this customer (its domain) [default: all customers]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from remove" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from remove" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from help" -f -a "list" -d 'Agent roles of your partner tenant\'s users (global admins are implicit admin agents)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from help" -f -a "add" -d 'Give a partner user an agent role, for all customers or one'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Take an agent role from a partner user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand grants; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -f -a "list" -d 'Your tenant\'s relationships one by one, as partner and as customer (active ones; --all: expired and terminated too)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -f -a "show" -d 'One relationship: parties, name, access, dates, what it renews, its assignments'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -f -a "terminate" -d 'End one relationship (asks for confirmation; --yes to skip): its agents lose access on their next command'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -f -a "assign" -d 'Give a group\'s members roles in the customer through this relationship (a subset of its access; replaces what the group held on it)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -f -a "migrate" -d 'Renewal invites from a template for every matching relationship (DAP → GDAP, or what is about to expire), all or nothing; each accepted invite renews its relationship without a gap. Try it with --dry-run first'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -f -a "unassign" -d 'End a group\'s assignment on this relationship'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and not __fish_seen_subcommand_from list show terminate assign migrate unassign help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from list" -l all
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from show" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from show" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from terminate" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from terminate" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from terminate" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from terminate" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from terminate" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from terminate" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from terminate" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from terminate" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from terminate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from terminate" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from assign" -l group -d 'A group: admin-agents, helpdesk-agents, sales-agents, or one of your own' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from assign" -l role -d 'A directory role of the relationship\'s access (repeatable)' -r -f -a "global-admin\t''
billing-admin\t''
user-admin\t''
helpdesk-admin\t''
service-support-admin\t''
global-reader\t''
relationship-admin\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from assign" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from assign" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from assign" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from assign" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from assign" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from assign" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from assign" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -l template -d 'The template the new relationships follow (templates create)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -l expiring-within -d 'Only relationships expiring within this span (e.g. 30d)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -l email-dir -d 'Write one .eml invitation per invite into DIR (to the customer\'s contact e-mail)' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -l dap-only -d 'Only classic DAP relationships (global-admin, no expiry)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -l skip-existing -d 'Pass over relationships that already have a pending renewal invite (a re-run) instead of refusing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from unassign" -l group -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from unassign" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from unassign" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from unassign" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from unassign" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from unassign" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from unassign" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from unassign" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from unassign" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from unassign" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your tenant\'s relationships one by one, as partner and as customer (active ones; --all: expired and terminated too)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from help" -f -a "show" -d 'One relationship: parties, name, access, dates, what it renews, its assignments'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from help" -f -a "terminate" -d 'End one relationship (asks for confirmation; --yes to skip): its agents lose access on their next command'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Give a group\'s members roles in the customer through this relationship (a subset of its access; replaces what the group held on it)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Renewal invites from a template for every matching relationship (DAP → GDAP, or what is about to expire), all or nothing; each accepted invite renews its relationship without a gap. Try it with --dry-run first'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from help" -f -a "unassign" -d 'End a group\'s assignment on this relationship'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand relationships; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -f -a "list" -d 'Your partner tenant\'s groups with their members: the built-in admin-agents, helpdesk-agents and sales-agents (the agent roles), then your own'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -f -a "create" -d 'Create a group of your own; it gives rights through access assignments (relationships assign ID --group NAME --role ROLE…)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -f -a "delete" -d 'Delete a group of your own with its memberships and assignments (asks for confirmation; --yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -f -a "members" -d 'A group\'s members'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and not __fish_seen_subcommand_from list create delete members help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from members" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from members" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from members" -f -a "add" -d 'Add a user of your tenant to a group (to a built-in group: the same as grants add)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from members" -f -a "remove" -d 'Remove a user from a group (from a built-in group: the same as grants remove)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from members" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your partner tenant\'s groups with their members: the built-in admin-agents, helpdesk-agents and sales-agents (the agent roles), then your own'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a group of your own; it gives rights through access assignments (relationships assign ID --group NAME --role ROLE…)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a group of your own with its memberships and assignments (asks for confirmation; --yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "members" -d 'A group\'s members'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -f -a "list" -d 'Your partner\'s eligibilities (yours only, unless you read grants)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -f -a "add" -d 'Make a user of your tenant eligible for roles in a customer, within the access of a relationship in force with it (replaces what it was eligible for there)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -f -a "remove" -d 'End a user\'s eligibility in a customer, and its open elevations there'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and not __fish_seen_subcommand_from list add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -l customer -d 'The customer, by initial domain' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -l role -d 'A directory role it may activate (repeatable)' -r -f -a "global-admin\t''
billing-admin\t''
user-admin\t''
helpdesk-admin\t''
service-support-admin\t''
global-reader\t''
relationship-admin\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -l max-duration -d 'The longest activation, between 30m and 8h' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -l relationship -d 'The relationship to go through [default: the one in force whose access holds every role, running longest]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -l approval -d 'An activation waits for another partner global admin\'s approval'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from remove" -l customer -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from remove" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from remove" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your partner\'s eligibilities (yours only, unless you read grants)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from help" -f -a "add" -d 'Make a user of your tenant eligible for roles in a customer, within the access of a relationship in force with it (replaces what it was eligible for there)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from help" -f -a "remove" -d 'End a user\'s eligibility in a customer, and its open elevations there'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand eligibility; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -l customer -d 'The customer, by initial domain' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -l role -d 'An eligible directory role to activate (repeatable)' -r -f -a "global-admin\t''
billing-admin\t''
user-admin\t''
helpdesk-admin\t''
service-support-admin\t''
global-reader\t''
relationship-admin\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -l for -d 'How long, between 30m and the eligibility\'s maximum (at most 8h)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -l reason -d 'The justification, recorded in the audit trail' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -l ticket -d 'A ticket number, recorded with it' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevate" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -f -a "list" -d 'Your partner\'s elevations, newest first (yours only, unless you approve them)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -f -a "approve" -d 'Approve another user\'s pending request (partner global admins; never your own)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -f -a "deny" -d 'Deny a pending request'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -f -a "end" -d 'End a request or an elevation before its time (your own, or anyone\'s as a partner global admin)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and not __fish_seen_subcommand_from list approve deny end help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from list" -l pending -d 'Only requests waiting for an approval'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from approve" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from approve" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from approve" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from approve" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from approve" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from approve" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from approve" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from deny" -l reason -d 'Why, recorded and shown to the requester' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from deny" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from deny" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from deny" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from deny" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from deny" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from deny" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from deny" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from deny" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from deny" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from deny" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from end" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from end" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from end" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from end" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from end" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from end" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from end" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from end" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from end" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your partner\'s elevations, newest first (yours only, unless you approve them)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve another user\'s pending request (partner global admins; never your own)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from help" -f -a "deny" -d 'Deny a pending request'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from help" -f -a "end" -d 'End a request or an elevation before its time (your own, or anyone\'s as a partner global admin)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand elevations; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -f -a "list" -d 'Your partner tenant\'s relationship templates'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -f -a "show" -d 'One template: access, duration, auto-extend and the assignments it creates'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -f -a "create" -d 'Create a template for invites (invite --template NAME) and migrations (relationships migrate --template NAME)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -f -a "delete" -d 'Delete a template (invites already made from it keep their terms)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and not __fish_seen_subcommand_from list show create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from show" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from show" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l access -d 'A directory role to delegate (repeatable) [default: global-admin]' -r -f -a "global-admin\t''
billing-admin\t''
user-admin\t''
helpdesk-admin\t''
service-support-admin\t''
global-reader\t''
relationship-admin\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l duration -d 'How long relationships made from it last, 1d to 730d [default: no expiry]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l assign -d 'An access assignment to create on acceptance, GROUP=ROLE[+ROLE…] (repeatable; the roles within --access)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l auto-extend -d 'Extend by 180 days at each expiry (needs --duration; refused with global-admin)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "list" -d 'Your partner tenant\'s relationship templates'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "show" -d 'One template: access, duration, auto-extend and the assignments it creates'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a template for invites (invite --template NAME) and migrations (relationships migrate --template NAME)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a template (invites already made from it keep their terms)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -f -a "list" -d 'The tenant\'s subscriptions: valid, assigned and available units'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -f -a "catalogue" -d 'The operator\'s SKU catalogue'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -f -a "buy" -d 'Buy units of a SKU (billing or global admins; never a partner)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -f -a "assign" -d 'Assign a license to a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -f -a "unassign" -d 'Take a license back from a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and not __fish_seen_subcommand_from list catalogue buy assign unassign help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from catalogue" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from catalogue" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from catalogue" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from catalogue" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from catalogue" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from catalogue" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from catalogue" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from catalogue" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from catalogue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from catalogue" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from buy" -l quantity -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from buy" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from buy" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from buy" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from buy" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from buy" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from buy" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from buy" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from buy" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from buy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from buy" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from assign" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from assign" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from assign" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from assign" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from assign" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from assign" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from assign" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from unassign" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from unassign" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from unassign" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from unassign" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from unassign" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from unassign" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from unassign" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from unassign" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from unassign" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from help" -f -a "list" -d 'The tenant\'s subscriptions: valid, assigned and available units'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from help" -f -a "catalogue" -d 'The operator\'s SKU catalogue'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from help" -f -a "buy" -d 'Buy units of a SKU (billing or global admins; never a partner)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Assign a license to a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from help" -f -a "unassign" -d 'Take a license back from a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand licenses; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -f -a "list" -d 'The tenant\'s domains: status, capabilities, default'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -f -a "add" -d 'Add a domain; prints the TXT record to publish for verification'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -f -a "verify" -d 'Verify a domain with the code of its TXT record'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -f -a "set-capabilities" -d 'Set what a verified domain is used for (replaces the current set)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -f -a "remove" -d 'Remove a domain (not the initial one, not one in use by a UPN)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and not __fish_seen_subcommand_from list add verify set-capabilities remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from add" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from add" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from add" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l code -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from set-capabilities" -l capability -d 'email, sharepoint, teams or intune (repeatable)' -r -f -a "email\t''
sharepoint\t''
teams\t''
intune\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from set-capabilities" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from set-capabilities" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from set-capabilities" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from set-capabilities" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from set-capabilities" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from set-capabilities" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from set-capabilities" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from set-capabilities" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from set-capabilities" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from set-capabilities" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from help" -f -a "list" -d 'The tenant\'s domains: status, capabilities, default'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a domain; prints the TXT record to publish for verification'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify a domain with the code of its TXT record'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from help" -f -a "set-capabilities" -d 'Set what a verified domain is used for (replaces the current set)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a domain (not the initial one, not one in use by a UPN)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand domains; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and not __fish_seen_subcommand_from set help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and not __fish_seen_subcommand_from set help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and not __fish_seen_subcommand_from set help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and not __fish_seen_subcommand_from set help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and not __fish_seen_subcommand_from set help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and not __fish_seen_subcommand_from set help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and not __fish_seen_subcommand_from set help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and not __fish_seen_subcommand_from set help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and not __fish_seen_subcommand_from set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and not __fish_seen_subcommand_from set help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and not __fish_seen_subcommand_from set help" -f -a "set" -d 'Publish a service\'s status (operator): for every tenant, or one with --tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and not __fish_seen_subcommand_from set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and __fish_seen_subcommand_from set" -l message -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and __fish_seen_subcommand_from set" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and __fish_seen_subcommand_from set" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and __fish_seen_subcommand_from set" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and __fish_seen_subcommand_from set" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and __fish_seen_subcommand_from help" -f -a "set" -d 'Publish a service\'s status (operator): for every tenant, or one with --tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand health; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -f -a "list" -d 'The tenant\'s service requests, open first'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -f -a "show" -d 'One request with its comments (SR-000042 or 42)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -f -a "create" -d 'Open a service request'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -f -a "comment" -d 'Add a comment'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -f -a "close" -d 'Close a request'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -f -a "update" -d 'Set a request\'s status (open, in-progress, resolved, closed)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and not __fish_seen_subcommand_from list show create comment close update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l status -r -f -a "open\t''
in-progress\t''
resolved\t''
closed\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from show" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from show" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from create" -l title -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from create" -l description -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from create" -l severity -d '1 (critical) to 4 (low)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from create" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from create" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from comment" -l message -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from comment" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from comment" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from comment" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from comment" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from comment" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from comment" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from comment" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from comment" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from comment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from comment" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from close" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from close" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from close" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from update" -l status -r -f -a "open\t''
in-progress\t''
resolved\t''
closed\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from update" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from update" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from update" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from update" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from update" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from update" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from help" -f -a "list" -d 'The tenant\'s service requests, open first'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from help" -f -a "show" -d 'One request with its comments (SR-000042 or 42)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from help" -f -a "create" -d 'Open a service request'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from help" -f -a "comment" -d 'Add a comment'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a request'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from help" -f -a "update" -d 'Set a request\'s status (open, in-progress, resolved, closed)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand requests; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand dashboard" -l health -d 'Only customers whose worst service health is this' -r -f -a "operational\t''
advisory\t''
degraded\t''
interrupted\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand dashboard" -l expiring-within -d 'Only relationships expiring within this span, e.g. 30d' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand dashboard" -l search -d 'Only customers whose name or domain contains TEXT' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand dashboard" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand dashboard" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand dashboard" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand dashboard" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand dashboard" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand dashboard" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand dashboard" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand dashboard" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand dashboard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand dashboard" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "list" -d 'Audit entries concerning your tenant (operator: every tenant); -o json or -o csv to export'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "verify" -d 'Recompute the hash chain; exit 9 when an entry was edited, deleted, reordered or inserted'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l actor -d 'Only entries by this user' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'Only this action, e.g. user.create' -r -f -a "tenant.read\t''
tenant.update\t''
health.read\t''
health.publish\t''
service-request.read\t''
service-request.create\t''
service-request.update\t''
license.read\t''
license.buy\t''
license.assign\t''
domain.read\t''
domain.add\t''
domain.configure\t''
user.read\t''
user.create\t''
user.update\t''
user.delete\t''
user.reset-password\t''
user.assign-role\t''
partner.read\t''
partner.remove\t''
invite.create\t''
invite.read\t''
invite.revoke\t''
invite.accept\t''
offer.create\t''
offer.read\t''
offer.revoke\t''
offer.accept\t''
grant.read\t''
grant.manage\t''
customer.read\t''
audit.read\t''
elevation.request\t''
elevation.approve\t''
elevation.end\t''
tenant.provision\t''
partner.enroll\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'From this time on: 7d (back from now), 2026-11-28, yesterday, or RFC 3339' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l until -d 'Before this time: as --since' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l outcome -d 'allowed or denied' -r -f -a "allowed\t''
denied\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'At most N entries (the newest)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l expect-head -d 'Also check that this earlier head (saved from a previous verify) is still in the chain: detects a truncated tail or a rewritten chain' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'Audit entries concerning your tenant (operator: every tenant); -o json or -o csv to export'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Recompute the hash chain; exit 9 when an entry was edited, deleted, reordered or inserted'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand access" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand doctor" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand doctor" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand doctor" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand doctor" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand doctor" -l deep -d 'Also check every page of the store (SQLite\'s integrity check; on PostgreSQL, that every table answers): it reads the whole database, so it is the operator\'s; anyone else is refused (exit 4)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand doctor" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand doctor" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand doctor" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand doctor" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand notify" -l outbox -d 'The directory the messages are written to, one RFC 5322 file each (made when missing); a mail relay or a script sends them from there' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand notify" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand notify" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand notify" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand notify" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand notify" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand notify" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand notify" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand notify" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand notify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand notify" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand report" -l out -d 'The file to write (replaced when it exists, readable by you alone); it appears only once the whole report is read' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand report" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand report" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand report" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand report" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand report" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand report" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand report" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand report" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand report" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -l user -d 'Ask for another user (you must be allowed to read that user\'s tenant\'s users)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l customers -d 'How many customer tenants to create' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -f -a "migrate" -d 'Bring the store\'s schema to this binary\'s version (on PostgreSQL, as the schema\'s owner; other roles\' commands cannot change the schema)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -f -a "grant" -d 'Let a PostgreSQL role use the store and nothing more: read and write its tables, append to the audit trail but never change or delete an entry, own nothing (run as the schema\'s owner)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -f -a "copy" -d 'Copy a whole store, audit chain included, between SQLite and PostgreSQL: all or nothing, into an empty destination, verified there before it is committed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and not __fish_seen_subcommand_from migrate grant copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from grant" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from grant" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from grant" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from grant" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from grant" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from grant" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from grant" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l from -d 'The store to copy: a file path or a postgres:// URL' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l to -d 'The empty destination: a new file path or a postgres:// URL of an empty (or missing) database' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Bring the store\'s schema to this binary\'s version (on PostgreSQL, as the schema\'s owner; other roles\' commands cannot change the schema)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Let a PostgreSQL role use the store and nothing more: read and write its tables, append to the audit trail but never change or delete an entry, own nothing (run as the schema\'s owner)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a whole store, audit chain included, between SQLite and PostgreSQL: all or nothing, into an empty destination, verified there before it is committed'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l out -d 'The directory to write the pages to (created if missing)' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''
csv\t'Comma-separated values with a header row (export commands such as `audit list`)'
tsv\t'Tab-separated values, no header, one record a line (list commands)'"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l color -d 'When to colour output: auto (terminals, unless NO_COLOR is set), always, never' -r -f -a "auto\t'Colour when writing to a terminal and `NO_COLOR` is not set'
always\t''
never\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -s q -l quiet -d 'No status text on stderr (errors still print)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand man" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "init" -d 'Create the database, the operator tenant and its first global admin, and sign in'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "login" -d 'Sign in'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "logout" -d 'Sign out: end this database\'s session'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "whoami" -d 'Show the signed-in user, its tenant and roles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "mfa" -d 'Multi-factor sign-in with an authenticator app (TOTP): enroll, status, disable'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "tenants" -d 'Tenant lifecycle and contact details'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "users" -d 'Directory users and their roles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "invite" -d 'Invite a customer to give your partner tenant delegated administration'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "invites" -d 'Your partner tenant\'s invites'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "accept" -d 'Accept a partner\'s invite for your tenant (global admins, relationship admins); shows the terms and asks (--yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "decline" -d 'Decline a partner\'s invite (global admins, relationship admins)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "offers" -d 'Purchase offers: licenses for a customer, optionally with a request for delegated administration; the customer accepts or declines them here too'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "partners" -d 'The partners with delegated administration over this tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "customers" -d 'Your partner tenant\'s customers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "grants" -d 'Agent roles of your partner tenant\'s users'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "relationships" -d 'Delegated-admin relationships one by one: list, show, terminate, access assignments'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "groups" -d 'Security groups of your partner tenant (the agent roles are the built-in groups)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "eligibility" -d 'Just-in-time eligibility: partner users who may activate roles in a customer for a while (elevate)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "elevate" -d 'Activate eligible roles in a customer for a limited time, with a justification (after an approval when the eligibility asks for one; needs a session signed in with MFA)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "elevations" -d 'Elevation requests and elevations: list, approve, deny, end'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "templates" -d 'Relationship templates: access, duration and the assignments to create'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "licenses" -d 'Licenses: subscriptions, purchases and assignments'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "domains" -d 'The tenant\'s domains'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "health" -d 'Service health per service; `health set` publishes (operator)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "requests" -d 'Service requests (support tickets)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "dashboard" -d 'The partner\'s customers at a glance, or one customer\'s detail with links to manage it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "audit" -d 'The audit trail and its integrity'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "access" -d 'Who can do what: partner users in this tenant; for a partner, its agents per customer'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "doctor" -d 'What is about to break: expiring relationships and invites, unusable relationships, single global admins; for the operator the audit chain, and with --deep the database\'s integrity (exit 9 on errors)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "notify" -d 'Write a message file for each lifecycle event not yet notified (relationships expiring, expired, ended, renewed or extended; invites expiring; elevations), to the contact e-mails of the tenants concerned'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "report" -d 'Write the tenant\'s access review to one self-contained HTML file: relationships and their timeline, who can do what, elevations, an audit summary and the chain head'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "can" -d 'Ask the permission core: may this user take ACTION in this tenant, and why'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "demo" -d 'Build a fresh demo database and sign in as the partner\'s global admin'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "db" -d 'The store itself: schema migrations, PostgreSQL roles, copying between backends'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "completions" -d 'Print shell completions'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "man" -d 'Write man pages: one per command and subcommand'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami mfa tenants users invite invites accept decline offers partners customers grants relationships groups eligibility elevate elevations templates licenses domains health requests dashboard audit access doctor notify report can demo db completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "enroll" -d 'Enroll an authenticator app for yourself: shows its secret, an otpauth:// URI and a QR code, and 10 single-use recovery codes; the first `login --otp CODE` confirms it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "status" -d 'Whether a user has multi-factor sign-in: yours, or (admins) a user\'s of the tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from mfa" -f -a "disable" -d 'Remove multi-factor sign-in and its recovery codes: yours, or (admins) a user\'s'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "create" -d 'Provision a tenant with its first global admin (operator)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "list" -d 'List the tenants you may read (the operator sees all)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "show" -d 'Show a tenant\'s details and contact information'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "update" -d 'Change a tenant\'s name and contact details'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from tenants" -f -a "enroll-partner" -d 'Enroll an existing tenant as a partner (operator)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'List the tenant\'s users'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "add" -d 'Add a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "update" -d 'Change a user\'s name, or enable or disable it'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "remove" -d 'Remove a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "reset-password" -d 'Set a new password and end the user\'s sessions'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "roles" -d 'Give or take directory roles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "list" -d 'List your tenant\'s invites'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "show" -d 'Show one invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from invites" -f -a "revoke" -d 'Revoke a pending invite'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from offers" -f -a "create" -d 'Offer licenses to a customer, optionally with a request for delegated administration (partner global admins, admin agents, sales agents)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from offers" -f -a "list" -d 'List your tenant\'s offers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from offers" -f -a "show" -d 'Show one offer: by id (the partner), or by token (the customer, before deciding)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from offers" -f -a "revoke" -d 'Revoke a pending offer'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from offers" -f -a "accept" -d 'Accept an offer for your tenant: buy its licenses and, when it asks, accept the delegated administration, in one step (global admins; billing admins for licenses only); shows items, total and terms and asks (--yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from offers" -f -a "decline" -d 'Decline an offer'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from partners" -f -a "list" -d 'The partners with delegated administration over this tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from partners" -f -a "remove" -d 'End a partner\'s delegated administration of this tenant: every active relationship with it, listed in the confirmation (asks; --yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "list" -d 'Your partner tenant\'s customers'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from customers" -f -a "remove" -d 'End your own relationships with a customer: every active one, listed in the confirmation (asks; --yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from grants" -f -a "list" -d 'Agent roles of your partner tenant\'s users (global admins are implicit admin agents)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from grants" -f -a "add" -d 'Give a partner user an agent role, for all customers or one'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from grants" -f -a "remove" -d 'Take an agent role from a partner user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from relationships" -f -a "list" -d 'Your tenant\'s relationships one by one, as partner and as customer (active ones; --all: expired and terminated too)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from relationships" -f -a "show" -d 'One relationship: parties, name, access, dates, what it renews, its assignments'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from relationships" -f -a "terminate" -d 'End one relationship (asks for confirmation; --yes to skip): its agents lose access on their next command'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from relationships" -f -a "assign" -d 'Give a group\'s members roles in the customer through this relationship (a subset of its access; replaces what the group held on it)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from relationships" -f -a "migrate" -d 'Renewal invites from a template for every matching relationship (DAP → GDAP, or what is about to expire), all or nothing; each accepted invite renews its relationship without a gap. Try it with --dry-run first'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from relationships" -f -a "unassign" -d 'End a group\'s assignment on this relationship'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "list" -d 'Your partner tenant\'s groups with their members: the built-in admin-agents, helpdesk-agents and sales-agents (the agent roles), then your own'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "create" -d 'Create a group of your own; it gives rights through access assignments (relationships assign ID --group NAME --role ROLE…)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "delete" -d 'Delete a group of your own with its memberships and assignments (asks for confirmation; --yes to skip)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "members" -d 'A group\'s members'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from eligibility" -f -a "list" -d 'Your partner\'s eligibilities (yours only, unless you read grants)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from eligibility" -f -a "add" -d 'Make a user of your tenant eligible for roles in a customer, within the access of a relationship in force with it (replaces what it was eligible for there)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from eligibility" -f -a "remove" -d 'End a user\'s eligibility in a customer, and its open elevations there'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from elevations" -f -a "list" -d 'Your partner\'s elevations, newest first (yours only, unless you approve them)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from elevations" -f -a "approve" -d 'Approve another user\'s pending request (partner global admins; never your own)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from elevations" -f -a "deny" -d 'Deny a pending request'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from elevations" -f -a "end" -d 'End a request or an elevation before its time (your own, or anyone\'s as a partner global admin)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "list" -d 'Your partner tenant\'s relationship templates'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "show" -d 'One template: access, duration, auto-extend and the assignments it creates'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "create" -d 'Create a template for invites (invite --template NAME) and migrations (relationships migrate --template NAME)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "delete" -d 'Delete a template (invites already made from it keep their terms)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from licenses" -f -a "list" -d 'The tenant\'s subscriptions: valid, assigned and available units'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from licenses" -f -a "catalogue" -d 'The operator\'s SKU catalogue'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from licenses" -f -a "buy" -d 'Buy units of a SKU (billing or global admins; never a partner)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from licenses" -f -a "assign" -d 'Assign a license to a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from licenses" -f -a "unassign" -d 'Take a license back from a user'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from domains" -f -a "list" -d 'The tenant\'s domains: status, capabilities, default'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from domains" -f -a "add" -d 'Add a domain; prints the TXT record to publish for verification'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from domains" -f -a "verify" -d 'Verify a domain with the code of its TXT record'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from domains" -f -a "set-capabilities" -d 'Set what a verified domain is used for (replaces the current set)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from domains" -f -a "remove" -d 'Remove a domain (not the initial one, not one in use by a UPN)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from health" -f -a "set" -d 'Publish a service\'s status (operator): for every tenant, or one with --tenant'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from requests" -f -a "list" -d 'The tenant\'s service requests, open first'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from requests" -f -a "show" -d 'One request with its comments (SR-000042 or 42)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from requests" -f -a "create" -d 'Open a service request'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from requests" -f -a "comment" -d 'Add a comment'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from requests" -f -a "close" -d 'Close a request'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from requests" -f -a "update" -d 'Set a request\'s status (open, in-progress, resolved, closed)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'Audit entries concerning your tenant (operator: every tenant); -o json or -o csv to export'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Recompute the hash chain; exit 9 when an entry was edited, deleted, reordered or inserted'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Bring the store\'s schema to this binary\'s version (on PostgreSQL, as the schema\'s owner; other roles\' commands cannot change the schema)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "grant" -d 'Let a PostgreSQL role use the store and nothing more: read and write its tables, append to the audit trail but never change or delete an entry, own nothing (run as the schema\'s owner)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy a whole store, audit chain included, between SQLite and PostgreSQL: all or nothing, into an empty destination, verified there before it is committed'
