# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_partnerctl_global_optspecs
    string join \n db= o/output= yes no-input tenant= dry-run h/help V/version
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
json\t''"
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "init" -d 'Create the database, the operator tenant and its first global admin, and sign in'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "login" -d 'Sign in'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "logout" -d 'Sign out: end this database\'s session'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "whoami" -d 'Show the signed-in user, its tenant and roles'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "tenants" -d 'Tenant lifecycle and contact details'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "users" -d 'Directory users and their roles'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "can" -d 'Ask the permission core: may this user take ACTION in this tenant, and why'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "demo" -d 'Build a fresh demo database and sign in as the partner\'s global admin'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c partnerctl -n "__fish_partnerctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l operator-email -d 'The operator\'s first global admin, also the operator\'s contact address; its domain becomes the operator tenant\'s domain' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l name -d 'The operator tenant\'s display name' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l password-stdin -d 'Read the admin\'s password from one line of standard input'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand init" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l ttl -d 'How long the session lasts (1m to 30d)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l password-stdin -d 'Read the password from one line of standard input'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l print-token -d 'Print only the token on stdout and write no session file (use it as PARTNERCTL_TOKEN)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand login" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand logout" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and not __fish_seen_subcommand_from create list show update enroll-partner help" -s h -l help -d 'Print help'
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
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l admin-password-stdin -d 'Read the admin\'s password from one line of standard input (otherwise a prompt on a terminal; without either the admin cannot sign in until its password is reset)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l partner -d 'Enroll the tenant as a partner (needs --partner-id)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l name -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l email -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l phone -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l address -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l partner-id -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from enroll-partner" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "create" -d 'Provision a tenant with its first global admin (operator)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tenants you may read (the operator sees all)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a tenant\'s details and contact information'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a tenant\'s name and contact details'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "enroll-partner" -d 'Enroll an existing tenant as a partner (operator)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand tenants; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and not __fish_seen_subcommand_from list add update remove reset-password roles help" -s h -l help -d 'Print help'
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
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l name -d 'Display name [default: the part of the UPN before @]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l role -d 'A directory role to give (repeatable)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from one line of standard input (otherwise a prompt on a terminal; without either the user cannot sign in until its password is reset)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l name -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l enable
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l disable
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l password-stdin -d 'Read the new password from one line of standard input'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from reset-password" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand users; and __fish_seen_subcommand_from roles" -s h -l help -d 'Print help'
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
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -l user -d 'Ask for another user (you must be allowed to read that user\'s tenant\'s users)' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand can" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l customers -d 'How many customer tenants to create' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand demo" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l db -d 'The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]' -r -F
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s o -l output -d 'Output format: tables for people, one JSON document for scripts' -r -f -a "table\t''
json\t''"
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l tenant -d 'The tenant a command acts on, by initial domain or id [default: your own]' -r
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l yes -d 'Answer yes to confirmations'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l no-input -d 'Never prompt (also implied when stdin is not a terminal)'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -l dry-run -d 'Show the decision and what would change; write nothing'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s h -l help -d 'Print help'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami tenants users can demo completions help" -f -a "init" -d 'Create the database, the operator tenant and its first global admin, and sign in'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami tenants users can demo completions help" -f -a "login" -d 'Sign in'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami tenants users can demo completions help" -f -a "logout" -d 'Sign out: end this database\'s session'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami tenants users can demo completions help" -f -a "whoami" -d 'Show the signed-in user, its tenant and roles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami tenants users can demo completions help" -f -a "tenants" -d 'Tenant lifecycle and contact details'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami tenants users can demo completions help" -f -a "users" -d 'Directory users and their roles'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami tenants users can demo completions help" -f -a "can" -d 'Ask the permission core: may this user take ACTION in this tenant, and why'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami tenants users can demo completions help" -f -a "demo" -d 'Build a fresh demo database and sign in as the partner\'s global admin'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami tenants users can demo completions help" -f -a "completions" -d 'Print shell completions'
complete -c partnerctl -n "__fish_partnerctl_using_subcommand help; and not __fish_seen_subcommand_from init login logout whoami tenants users can demo completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
