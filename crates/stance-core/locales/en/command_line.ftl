# A mistyped command line, as stance says it in a language other than English (in English,
# clap's own words are shown, and these mirror them). Arguments are as typed.

cli-unknown-argument = unexpected argument '{ $argument }' found
cli-as-value = to pass '{ $argument }' as a value, use '-- { $argument }'
cli-unknown-command = unrecognized subcommand '{ $command }'
cli-invalid-value = invalid value '{ $value }' for '{ $argument }'
cli-value-required = a value is required for '{ $argument }' but none was supplied
cli-possible-values = [possible values: { $values }]
cli-value-refused = invalid value '{ $value }' for '{ $argument }': { $why }
cli-missing = the following required arguments were not provided:
    {"  "}{ $arguments }
cli-conflict = the argument '{ $argument }' cannot be used with '{ $prior }'
cli-no-equals = equal sign is needed when assigning values to '{ $argument }'
cli-too-many-values = unexpected value '{ $value }' for '{ $argument }' found; no more were expected
cli-did-you-mean = a similar one exists: '{ $name }'
cli-try-help = For more information, try '{ $flag }'.
