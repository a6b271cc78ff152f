# The errors stance reports, in English: lower-case, things named in backticks, worded
# without the command line's flags in the engine's own (`error-…` from the core), with
# them in the command line's (`error-cli-…`, `usage-…`, `help-…`). Every key is in every language.
# Names, ids, paths and quoted text are arguments; reasons the system gives (an I/O
# error, a parser's message) come as they are, in English.

## The labels of a report's lines

error-label = error:
help-label = help:

## Did you mean

suggest-did-you-mean = did you mean `{ $name }`?
suggest-valid = valid { $what }: { $names }
suggest-valid-more = valid { $what }: { $names } and { $more } more
suggest-none = there are no { $what }
suggest-with-hint = { $hint } { $valid }
suggest-questions = questions
suggest-choices = choices
suggest-scenarios = scenarios

## Loading files and finding scenarios

error-read = cannot read `{ $path }`: { $reason }
error-not-utf8 = `{ $path }` is not valid UTF-8: bad byte at offset { $offset }
error-too-large = `{ $path }` is larger than { $max } bytes, the most stance reads
error-unknown-scenario = no scenario has the id `{ $name }`
error-ambiguous-scenario = several scenarios have the id `{ $name }`: { $files }

## Answers and walks

error-note-syntax = { $origin }: expected QUESTION=TEXT
error-answer-syntax = { $origin }: expected QUESTION=CHOICE
error-unknown-question = { $origin }: unknown question `{ $question }`
error-unknown-choice = { $origin }: question `{ $question }` has no choice `{ $choice }`
error-unavailable = question `{ $question }` does not offer `{ $choice }` after the answers before it
error-conflict = { $origin }: question `{ $question }` is answered twice (`{ $first }`, then `{ $second }`)
error-missing-answers = no answer for { $count } { $count ->
    [one] question
   *[other] questions
} the walk may reach:
error-missing-answer = `{ $question }`: choices { $choices }
error-stop-quit = stopped before the end
error-stop-interrupted = interrupted
error-cannot-prompt = cannot prompt on this terminal: { $reason }

## Records and quizzes

error-not-a-record = `{ $path }` is not a stance record: { $reason }
error-other-scenario = the record `{ $path }` was made with scenario `{ $found }`, not `{ $expected }`
error-stale-record = the record `{ $path }` no longer fits the scenario: { $reason }
error-responses-shape = { $name }: expected a list of responses in item order (`[c, d, a]`, letters from the sheet or recommendation ids), a mapping from item numbers (`1: c`), or `responses:` with either
error-responses-item-number = { $name }: `{ $key }` is not an item number; number the items from 1, as the sheet does
error-responses-unknown = { $name }: response { $number } is `{ $id }`, which is neither a letter of the sheet nor a recommendation
error-responses-unknown-suggest = { $name }: response { $number } is `{ $id }`, which is neither a letter of the sheet nor a recommendation; did you mean `{ $suggestion }`?
error-quiz-finished = the quiz has no item left to answer
error-quiz-not-an-option = the response is not one of the item's options

## Analyses

error-analysis-too-large = the scenario is too large to analyse path by path: { $reason }
error-analysis-too-many-states = the scenario's conditions make more than { $limit } states, more than a walk table holds

## A live session's commands and stored events

error-live-unknown-question = the scenario has no question `{ $question }`
error-live-unknown-question-suggest = the scenario has no question `{ $question }`; did you mean `{ $suggestion }`?
error-live-unknown-choice = question `{ $question }` has no choice `{ $choice }`
error-live-unknown-choice-suggest = question `{ $question }` has no choice `{ $choice }`; did you mean `{ $suggestion }`?
error-live-not-here = the walk stands at question `{ $at }`, not `{ $question }`
error-live-not-offered = choice `{ $choice }` is not offered at question `{ $question }` after the answers so far
error-live-ended = the walk has ended at `{ $ending }`; go back to answer again
error-live-nothing-to-undo = there is no answer to undo: the walk has { $steps } and would keep { $keep }
error-live-note-too-long = the note has { $chars } characters; a note has at most { $limit }
error-live-not-finished-ended = a `finished` event names ending `{ $ending }`, but the walk ended at `{ $at }`
error-live-not-finished-question = a `finished` event names ending `{ $ending }`, but the walk stands at question `{ $at }`
error-live-joined-again = `joined` may only be a participant's first event

## The command line's own

error-cli-write = cannot write `{ $path }`: { $reason }
error-cli-missing-folder = cannot write `{ $path }`: the folder `{ $folder }` does not exist
error-cli-invalid-scenario = `{ $name }` has { $count } { $count ->
    [one] error
   *[other] errors
}
error-cli-check-failed = { $failed } of { $files } scenario { $files ->
    [one] file
   *[other] files
}{ $translations ->
    [0] {""}
    [one] {" "}and 1 translation
   *[other] {" "}and { $translations } translations
} did not pass ({ $errors } { $errors ->
    [one] error
   *[other] errors
}, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
})
error-cli-wrong-kind = `{ $path }` records a { $found ->
    [quiz] quiz (`stance quiz`)
   *[walk] walk (`stance play`)
}, not a { $wanted ->
    [quiz] quiz (`stance quiz`)
   *[walk] walk (`stance play`)
}
error-cli-record-in-use = the record `{ $path }` is being written by another stance session
error-cli-analysis-paths = { $message }; `stance paths --count` counts its paths

## Usage the flags cannot say alone

usage-record-on-stdin = a record is rewritten after every step, so `-` cannot hold one: give `--record FILE` (with `--resume -`, the record is read from standard input and then saved to FILE)
usage-record-not-stdout = a record is rewritten after every step, so it must be a file, not standard output
usage-not-a-command = `{ $wanted }` is not a command of stance; the commands are { $commands }
usage-not-a-command-suggest = `{ $wanted }` is not a command of stance; did you mean `{ $name }`?
usage-find-blank = `--find` number { $number } has no words to look for; give the words of the quote
usage-count-format = `--count` prints text or JSON, not `{ $format }`
usage-responses-need-seed = grading `--responses` needs the quiz's `--seed`, so that the items are the same
usage-walk-needs-terminal = `--walk` needs a terminal; give the walk with `--answer`
usage-quiz-walk-off-scenario = the walk for the quiz does not follow the scenario
usage-translation-where = `{ $name }` is not a file stance can put a translation beside; say where to write it with `--output FILE`
usage-translation-unparsed = the translation `{ $name }` already there does not parse (line { $line }: { $message }); fix it first, so that its texts are kept
usage-new-exists = `{ $name }` already exists; stance new never overwrites a file
usage-export-exists = `{ $path }` already exists; export into an empty folder, so that no record is overwritten
usage-no-participants = the session database has no participants yet: nothing to report
usage-drill-needs-terminal = a drill needs a terminal, or the self-grades with `--grades y,n,...`
usage-grades = `--grades` takes y or n for each attempt, not `{ $grade }`

## Hints, after an error

help-unknown-scenario = { $suggestion }; `stance list` shows them all, or give a path to a `.yaml` file
help-too-large = raise the limit with `--max-bytes BYTES` if the file is trusted
help-ambiguous-scenario = give the path of the file you mean
help-invalid-scenario = `stance check { $name }` lists every finding
help-missing-folder = create it first (`mkdir -p { $folder }`), or name a file in a folder that exists
help-wrong-kind = to go on with it, run `stance { $command } --resume { $path }`
help-record-in-use = wait for that session to end, or record to another file
help-port-taken = another program may have port { $port }: choose another with `--port PORT`, or `--port 0` for any free one
help-session-exists = to continue that session, run `stance serve --db FILE` with no scenario; to start a new one, name a new file
help-missing-answers = give each with `--answer QUESTION=CHOICE`, or run with standard input from a terminal to be asked
help-answer-syntax = for example `--answer sma=inside_sofa`
help-note-syntax = for example `--note sma="I would pay more"`
help-answers-file = an answers file maps question ids to choice ids, like `sma: inside_sofa`
help-answer-conflict = keep one answer per question
help-answer-unavailable = the choices offered there: { $choices }
