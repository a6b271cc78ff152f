# The words of `stance --help`, and of every command's `--help`, `-h` and `stance help COMMAND`.
#
# English help is clap's, from the doc comments in `src/cli/args.rs`: this file is not what
# English shows, but a copy of it, which a test (`src/cli/help_text.rs`) keeps equal to the
# doc comments, so that each language's file has the same keys and a translator sees the
# English beside each key. Change the doc comment, then this file, then the translations.
#
# The keys are made from the command's path and the argument's id, never written in code:
#   help-PATH-about, help-PATH-about-long        a command's summary, and its longer text
#   help-PATH-after, help-PATH-after-long        the text after the options (examples)
#   help-PATH-arg-ID, help-PATH-arg-ID-long      an argument's help, and its longer text
#   help-PATH-arg-ID-value-NAME                  one of the values the argument takes
# PATH is `stance` for the top, else the commands' names joined by `-` (`play`,
# `serve-export`); `_` in an id or a value is written `-`. A key is there only when the doc
# comment gives that text. A test fails when a text has no key here or a key names none.
#
# clap's own words, which English leaves to clap, are the help-heading-*, help-flag-*,
# help-command-* and help-label-* keys at the end.
#
# A `{` or `}` in the text is written {"{"} and {"}"}; a line starting with `[` is written
# with {"["}.

help-stance-about = Walk a policy essay as a decision tree and arrive at the author's stance
help-stance-about-long =
    Walk a policy essay as a decision tree and arrive at the author's stance.

    A scenario asks questions about the situation; each answer adds the author's recommendations, written in the scenario's own words and cited to the essay's paragraphs.
help-stance-after =
    Examples:
      stance play                                   Walk the built-in scenario with arrow keys
      stance play --answer peninsula=reunification --answer sma=outside_sofa \
                  --answer regional_role=no --format json
      stance check --source essay.txt scenarios/    Validate scenarios and their quotes
      stance list                                   Show the scenarios stance knows

    Exit codes: 0 success, 1 a scenario has errors, 2 usage or input error, 130 interrupted.
help-stance-arg-color = When to colour output: `auto` colours terminals unless `NO_COLOR` is set or `TERM` is `dumb`
help-stance-arg-color-value-auto = Colour terminals, unless `NO_COLOR` is set or `TERM=dumb`
help-stance-arg-color-value-always = Always colour text output, even into pipes and files
help-stance-arg-color-value-never = Never colour
help-stance-arg-dir = Folder searched for scenario files by id, besides the built-in ones [default: scenarios]
help-stance-arg-lang = The language to show scenarios in, when they have a translation to it (`ko`), and of stance's own words and `--help` [default: `STANCE_LANG`, else the locale: `LC_ALL`, `LC_MESSAGES`, `LANG`; else en]
help-stance-arg-max-bytes = The largest input file read, in bytes: scenarios, answers, responses, source texts
help-play-about = Walk a scenario and print the author's stance
help-play-after =
    Interactive when stdin and stderr are terminals: arrow keys or j/k to move, Enter to choose,
    Esc or q to quit. Given answers are used first; questions left are asked, or without a
    terminal (or with --no-input) reported with exit code 2. With --plain (or ACCESSIBLE set),
    questions are asked as numbered lines instead, for screen readers and scripts. With --events,
    another program drives the walk with JSON lines (the README links every event and command).

    Examples:
      stance play
      stance play --plain                                Numbered prompts for a screen reader
      printf '1\n2\n1\n1\n' | stance play --plain      The same, typed by a script
      stance play korea-us-alliance --answer peninsula=status_quo --answer nk_provocation=no \
                  --answer sma=inside_sofa --answer regional_role=no
      stance play --answers answers.yaml --format markdown --output brief.md
      stance play --name Ana --record ana.json          Save every step; Ctrl-C loses nothing
      stance play --resume ana.json                      Continue where Ana stopped
      stance play --events --record ana.json             JSON lines for a program to drive
      echo '{"{"}"peninsula": "reunification", "sma": "outside_sofa", "regional_role": "yes"{"}"}' \
        | stance play --answers - --format json
help-play-arg-scenario = A scenario id from `stance list`, a path to a YAML file, or `-` for stdin [default: korea-us-alliance, or the resumed record's scenario]
help-play-arg-answers = Answer a question ahead of time: QUESTION=CHOICE, by id. Repeatable
help-play-arg-answers-file = Read answers from a YAML or JSON file mapping question ids to choice ids (`-` for stdin)
help-play-arg-notes = Keep a note on a question: QUESTION=TEXT, your own view or dissent. Repeatable
help-play-arg-record = Save a record of the walk to FILE, rewritten after every step
help-play-arg-resume = Continue the walk saved in FILE (and keep saving to it unless --record names another)
help-play-arg-name = The participant's name, kept in the record
help-play-arg-role = Who is playing: a facilitator also sees notes, discussion prompts and what each choice adds
help-play-arg-role-value-participant = Sees the questions and, at the end, the stance; never the facilitator's notes
help-play-arg-role-value-facilitator = Also sees facilitator notes, discussion prompts and the author's stance up front
help-play-arg-no-input = Never prompt: fail with exit code 2 if a question on the path has no answer
help-play-arg-plain = Ask in plain prompts a screen reader reads in order, answered by typing a number, a letter or an id and Enter: no menus, redraws, colour or glyphs; read from standard input even when it is a pipe. Also on when the `ACCESSIBLE` environment variable is set
help-play-arg-format = Output format of the stance
help-play-arg-format-value-text = Readable text, coloured on a terminal
help-play-arg-format-value-json = JSON, in a stable shape (the README's “A scripted walk” shows it)
help-play-arg-format-value-markdown = A Markdown page for a briefing
help-play-arg-output = Write the stance to FILE (atomically) instead of stdout; `-` is stdout
help-play-arg-events = Be driven by another program: events on stdout and commands on stdin, one JSON object a line (`{"{"}"type":"answer","choice":"ID"{"}"}`, `back`, `note`, `quit`); the stance comes as a `stance` event, refused lines as `error` events. The README links the list of every event and command
help-check-about = Validate scenario files and report every problem
help-check-after =
    Errors exit with code 1; warnings alone exit 0 unless --deny-warnings.

    Examples:
      stance check                                 Every scenario `stance list` shows
      stance check my-scenario.yaml
      stance check --source essay.txt scenarios/   Also check every quote against the essay
      stance check --format json scenarios/ | jq '.[] | select(.severity == "error")'
help-check-arg-paths = Scenario files or folders (searched for *.yaml and *.yml), or ids; default: every scenario `stance list` shows
help-check-arg-source = Check every citation against this source text: the paragraph exists and contains the quote
help-check-arg-format = Output format of the findings: `text` on stderr, or `json` on stdout
help-check-arg-format-value-text = Readable findings with the offending lines, on stderr
help-check-arg-format-value-json = A JSON list of findings, on stdout
help-check-arg-deny-warnings = Exit with code 1 on warnings too
help-list-about = List the built-in scenarios and those in the scenario folder
help-list-after =
    Examples:
      stance list
      stance list --dir lessons/ --format json
help-list-arg-format = Output format
help-list-arg-format-value-text = An aligned table
help-list-arg-format-value-json = A JSON list
help-show-about = Print a scenario's outline: questions, choices, where each leads, and what it adds
help-show-about-long =
    Print a scenario's outline: questions, choices, where each leads, and what it adds.

    The outline shows every question's and choice's id beside its text: the ids that `--answer QUESTION=CHOICE`, `--note`, answers files and golden tests use.
help-show-after =
    Examples:
      stance show
      stance show my-scenario.yaml
      stance show tutorial                              The ids to answer with: `--answer QUESTION=CHOICE`
      stance show --role facilitator                    With facilitator notes, for lesson planning
      stance show korea-us-alliance --format json | jq '.questions[].id'
help-show-arg-scenario = A scenario id from `stance list`, a path to a YAML file, or `-` for stdin
help-show-arg-format = Output format
help-show-arg-format-value-text = An indented outline, coloured on a terminal
help-show-arg-format-value-json = The whole resolved scenario as JSON
help-show-arg-role = A facilitator also sees the facilitator notes
help-show-arg-role-value-participant = Sees the questions and, at the end, the stance; never the facilitator's notes
help-show-arg-role-value-facilitator = Also sees facilitator notes, discussion prompts and the author's stance up front
help-show-arg-output = Write to FILE (atomically) instead of stdout; `-` is stdout
help-paths-about = List every complete path from the start to an ending, with its stance
help-paths-after =
    Paths are listed as they are found, depth first with choices in author order.

    Examples:
      stance paths
      stance paths --format markdown --output briefing-book.md
      stance paths --format csv --limit 100 big.yaml
      stance paths --count huge.yaml
help-paths-arg-scenario = A scenario id from `stance list`, a path to a YAML file, or `-` for stdin
help-paths-arg-format = Output format
help-paths-arg-format-value-text = A few lines per path
help-paths-arg-format-value-csv = One row per path, with a header
help-paths-arg-format-value-json = A JSON list, written as the paths are found
help-paths-arg-format-value-markdown = A briefing-book table with recommendation texts and citations
help-paths-arg-limit = Stop after N paths
help-paths-arg-count = Print only the number of paths, computed without listing them (`text` or `json`)
help-paths-arg-output = Write to FILE (atomically) instead of stdout; `-` is stdout
help-analyze-about = Find which questions change the stance, and which recommendations every path reaches
help-analyze-after =
    A question is pivotal when, for some answers before it, its choices lead to different
    stances. With --answer for a whole walk, each other answer at each question is tried in
    turn and the recommendations it adds or removes are listed.

    Examples:
      stance analyze
      stance analyze --answer peninsula=status_quo --answer nk_provocation=no \
                     --answer sma=inside_sofa --answer regional_role=no
      stance analyze --format json my-scenario.yaml
help-analyze-arg-scenario = A scenario id from `stance list`, a path to a YAML file, or `-` for stdin
help-analyze-arg-answers = Fix a walk, QUESTION=CHOICE, and show what changing each answer would change. Repeatable
help-analyze-arg-answers-file = Read the walk's answers from a YAML or JSON file (`-` for stdin)
help-analyze-arg-format = Output format
help-analyze-arg-format-value-text = Readable text
help-analyze-arg-format-value-json = JSON
help-analyze-arg-output = Write to FILE (atomically) instead of stdout; `-` is stdout
help-graph-about = Draw the scenario as a Graphviz (DOT) or Mermaid graph
help-graph-after =
    Examples:
      stance graph | dot -Tsvg > korea.svg
      stance graph --format mermaid --with-recommendations > korea.mmd
help-graph-arg-scenario = A scenario id from `stance list`, a path to a YAML file, or `-` for stdin
help-graph-arg-format = Graph language
help-graph-arg-format-value-dot = Graphviz DOT, for `dot -Tsvg`
help-graph-arg-format-value-mermaid = Mermaid flowchart, for Markdown renderers
help-graph-arg-with-recommendations = Show what each choice and ending recommends
help-graph-arg-output = Write to FILE (atomically) instead of stdout; `-` is stdout
help-test-about = Run the golden-path tests a scenario carries under `tests:`
help-test-after =
    Exit code 1 when any test fails.

    Examples:
      stance test
      stance test my-scenario.yaml other.yaml
help-test-arg-scenarios = Scenario ids or paths; default: every scenario `stance list` shows
help-test-arg-format = Output format
help-test-arg-format-value-text = Readable text
help-test-arg-format-value-json = JSON
help-source-about = Number an essay's body paragraphs as citations count them, or find which holds a quote
help-source-about-long =
    Number an essay's body paragraphs as citations count them, or find which holds a quote.

    A citation's `paragraph` counts the essay's body paragraphs: the blocks between blank lines that end in `.`, `!` or `?` (titles, bylines and headings do not, so they are not counted). This lists every block with its number, line and length, and `--find` says which paragraph holds some words and whether they are there verbatim.
help-source-after =
    With --find, the exit code is 1 when some words are in no body paragraph.

    Examples:
      stance source essay.txt                       Every block, numbered as citations count
      stance source essay.txt --find "a relic of the Cold War"
      stance source essay.txt --find "first words" --find "other words" --format json
help-source-arg-essay = The essay, as plain UTF-8 text; `-` for stdin
help-source-arg-find = Say which body paragraph holds these words (the quote of a citation), and whether they are there verbatim. Repeatable
help-source-arg-format = Output format
help-source-arg-format-value-text = An aligned table
help-source-arg-format-value-json = A JSON list
help-new-about = Write a small starter scenario that passes `stance check`, commented to teach the format
help-new-after =
    Examples:
      stance new my-scenario.yaml && stance check my-scenario.yaml
      stance new --translation ko my-scenario.yaml       Start my-scenario.ko.yaml, to fill in
      stance new --translation ko korea-us-alliance --output ko-update.yaml
                                                         Every text, the shipped Korean kept
help-new-arg-file = Where to write the scenario; an existing file is never overwritten. With `--translation`, the scenario to translate: an id from `stance list` or a path
help-new-arg-translation = Write a translation of the scenario to LANG (`ko`) instead, with an entry for every text to fill in; beside the scenario as `NAME.LANG.yaml`, unless `--output` says where. The texts of a translation already there are kept
help-new-arg-output = Where to write the translation; an existing file is never overwritten
help-quiz-about = Quiz: given a situation, pick the response the author recommends
help-quiz-after =
    Situations are walks drawn at random by the seed (the same seed, the same quiz), or your
    own walk with --walk. Without a terminal and without --responses, the quiz sheet is printed
    (with the answers for --role facilitator).

    Examples:
      stance quiz --seed 7 --questions 3 --name Ana --record ana-quiz.json
      stance quiz --walk
      stance quiz --seed 7 --questions 3 --no-input --format markdown > sheet.md
      stance quiz --seed 7 --questions 3 --no-input --role facilitator --format markdown > key.md
      stance quiz --seed 7 --questions 3 --responses ana.yaml --format json
      stance quiz --seed 7 --questions 3 --events        JSON lines for a program to drive
      stance quiz --seed 7 --questions 3 --plain         Plain lines for a screen reader
help-quiz-arg-scenario = A scenario id from `stance list`, a path to a YAML file, or `-` for stdin [default: korea-us-alliance, or the resumed record's scenario]
help-quiz-arg-seed = Seed for drawing situations and shuffling options [default: from the clock, printed]
help-quiz-arg-situations = How many situations, 1 to 100
help-quiz-arg-walk = Walk the situation yourself instead of drawing one
help-quiz-arg-answers = Give the situation's walk: QUESTION=CHOICE, repeatable
help-quiz-arg-responses = Grade prepared responses: the letters circled on the sheet or recommendation ids, as a YAML or JSON list in item order (`[c, d, a]`) or mapped from item numbers (`1: c`)
help-quiz-arg-record = Save a record to FILE, rewritten after every item
help-quiz-arg-resume = Continue the quiz saved in FILE
help-quiz-arg-name = The participant's name, kept in the record
help-quiz-arg-role = A facilitator sees the answers marked (and, on a printed sheet, the key)
help-quiz-arg-role-value-participant = Sees the questions and, at the end, the stance; never the facilitator's notes
help-quiz-arg-role-value-facilitator = Also sees facilitator notes, discussion prompts and the author's stance up front
help-quiz-arg-format = Output format of the result or the sheet
help-quiz-arg-format-value-text = Readable text, coloured on a terminal
help-quiz-arg-format-value-json = JSON, in a stable shape (the README's “A scripted walk” shows it)
help-quiz-arg-format-value-markdown = A Markdown page for a briefing
help-quiz-arg-output = Write the result to FILE (atomically) instead of stdout; `-` is stdout
help-quiz-arg-no-input = Never prompt: print the sheet, or grade --responses
help-quiz-arg-plain = Ask in plain prompts a screen reader reads in order, answered by typing a number, a letter or an id and Enter: no menus, redraws, colour or glyphs; read from standard input even when it is a pipe. Also on when the `ACCESSIBLE` environment variable is set
help-quiz-arg-events = Be driven by another program: events on stdout and commands on stdin, one JSON object a line (`{"{"}"type":"answer","choice":"b"{"}"}`, `skip`, `quit`); the result comes as a `result` event, graded items as `graded`, refused lines as `error`. With --walk, the walk comes first, as `play --events` drives it. The README links the list of every event and command
help-html-about = Write one HTML page that walks the scenario in any browser, offline, with no install
help-html-after =
    The page is one self-contained file: put it on the class's learning platform, mail it or
    copy it to a USB stick. It loads nothing from the network and works from `file://`. Each
    student's answers and notes are kept in their browser after every step; "Download my
    record" gives a stance-record/1 file, the same as `stance play --record` writes, which
    `stance report` and `stance compare` read.

    Examples:
      stance html --output korea.html                   The built-in scenario, for students
      stance html --role facilitator --output korea-facilitator.html
      stance html my-scenario.yaml > my-scenario.html
      stance report records/*.json                      Sum up the records students hand back
help-html-arg-scenario = A scenario id from `stance list`, a path to a YAML file, or `-` for stdin
help-html-arg-role = A facilitator's page also shows the facilitator notes, the discussion prompts and what each choice adds; a participant's page does not hold them at all
help-html-arg-role-value-participant = Sees the questions and, at the end, the stance; never the facilitator's notes
help-html-arg-role-value-facilitator = Also sees facilitator notes, discussion prompts and the author's stance up front
help-html-arg-output = Write to FILE (atomically) instead of stdout; `-` is stdout
help-serve-about = Run a live class: students join from their browsers, the dashboard shows the room
help-serve-after =
    The server prints two addresses on stdout: `participants:` (the join page, with the
    session's code; shown as a QR code too when stderr is a terminal) and `facilitator:` (the
    dashboard, with the facilitator's token: keep it to yourself). Every step a student takes is
    stored in the session database before the server answers, so a server stopped or killed
    loses nothing: run it again with the same `--db` to continue, and students' pages pick up
    where they were. Nothing leaves this machine; students need no account.

    Examples:
      stance serve                                  The built-in scenario, on this machine only
      stance serve --host 0.0.0.0                   Let the room's phones and laptops join
      stance serve my-scenario.yaml --port 0        Any free port
      stance serve --db korea-us-alliance-K7QX2M.db Continue a session
      stance report korea-us-alliance-K7QX2M.db     Sum up the session afterwards
      stance serve export --db korea-us-alliance-K7QX2M.db --output records/

    `man stance-serve` lists every option; the README's “A live class” tells the rest.
help-serve-arg-scenario = A scenario id from `stance list` or a path to a YAML file [default: the built-in scenario; continuing with `--db`, the scenario the session started with]
help-serve-arg-host = The address to listen on: `127.0.0.1` is this machine only; `0.0.0.0` is every network it is on, so that the room's devices can join
help-serve-arg-port = The port to listen on; 0 takes a free one
help-serve-arg-db = The session database: a new file starts a session, an existing one continues it [default: a new file named after the scenario and the session's code, here]
help-serve-arg-facilitator-token = The facilitator's token, for scripts: 16 to 256 letters, digits, `-`, `_`, `.` or `~` [default: 256 random bits; a continued session keeps its own]
help-serve-arg-role-notes = Show each question's facilitator notes and discussion prompts on the dashboard (off by default, since the dashboard is usually on the projector)
help-serve-export-about = Write one stance-record/1 file per participant of a session, for `stance compare`
help-serve-export-after =
    Each file is named after the participant's number and name (`001-ana.json`); a folder that
    already holds one of them is refused, so that nothing is overwritten.

    Examples:
      stance serve export --db korea-us-alliance-K7QX2M.db --output records/
      stance compare records/001-ana.json
help-serve-export-arg-db = The session database
help-serve-export-arg-output = The folder to write the records in; created if missing
help-brief-about = Write a brief for one situation: bottom line, stance, rationale, questions, sources
help-brief-after =
    Questions without an answer are asked on a terminal; without one they must all be given.

    Examples:
      stance brief -a peninsula=status_quo -a nk_provocation=no -a sma=outside_sofa \
                   -a regional_role=yes --output brief.md
      stance brief --answers situation.yaml --format html --output brief.html
      stance brief --answers situation.yaml --role facilitator
help-brief-arg-scenario = A scenario id from `stance list`, a path to a YAML file, or `-` for stdin
help-brief-arg-answers = The situation: QUESTION=CHOICE, repeatable
help-brief-arg-answers-file = Read the situation from a YAML or JSON file mapping question ids to choice ids (`-` for stdin)
help-brief-arg-format = Output format
help-brief-arg-format-value-markdown = Markdown
help-brief-arg-format-value-html = One self-contained HTML page that prints cleanly
help-brief-arg-role = A facilitator's brief also carries the facilitator notes
help-brief-arg-role-value-participant = Sees the questions and, at the end, the stance; never the facilitator's notes
help-brief-arg-role-value-facilitator = Also sees facilitator notes, discussion prompts and the author's stance up front
help-brief-arg-output = Write to FILE (atomically) instead of stdout; `-` is stdout
help-brief-arg-no-input = Never prompt: fail with exit code 2 if a question on the path has no answer
help-compare-about = Show where a participant's record left the author's stance, with the author's reasons
help-compare-after =
    Examples:
      stance compare ana.json
      stance compare ana-quiz.json --format markdown --output ana-feedback.md
help-compare-arg-record = A record written by `play --record` or `quiz --record`
help-compare-arg-scenario = The scenario, when it is not found by the record's id (a path, say)
help-compare-arg-format = Output format
help-compare-arg-format-value-text = Readable text, coloured on a terminal
help-compare-arg-format-value-json = JSON, in a stable shape (the README's “A scripted walk” shows it)
help-compare-arg-format-value-markdown = A Markdown page for a briefing
help-compare-arg-output = Write to FILE (atomically) instead of stdout; `-` is stdout
help-report-about = Sum up a class's records: scores, stances, answers per question, missed items, notes
help-report-after =
    Examples:
      stance report records/*.json
      stance report records/*.json --format csv --output gradebook.csv
      stance report records/*.json --graph | dot -Tsvg > class.svg
      stance report records/*.json --strict               Refuse a set that mixes scenarios
      stance report korea-us-alliance-K7QX2M.db          A live session of `stance serve`
help-report-arg-records = Records written by `play --record` or `quiz --record`, or session databases of `stance serve`. A record of another scenario than the rest is left out, with a warning
help-report-arg-scenario = The scenario, when it is not found by the records' id (a path, say); without it, the scenario most of the records name
help-report-arg-strict = Refuse the whole set when a record is of another scenario, instead of leaving it out
help-report-arg-format = Output format
help-report-arg-format-value-text = Readable text
help-report-arg-format-value-markdown = Markdown, for a debrief handout
help-report-arg-format-value-csv = One row per participant, for a gradebook
help-report-arg-format-value-json = JSON
help-report-arg-graph = Print a DOT graph of the scenario, each edge labelled with how many took it
help-report-arg-output = Write to FILE (atomically) instead of stdout; `-` is stdout
help-rehearse-about = Drill a stance until it comes without notes: situation, recall, reveal, self-grade
help-rehearse-after =
    Each card shows a situation; recall the author's stance, press Enter to see it, and say
    whether you had it. Missed cards come back until each is recalled once.

    Examples:
      stance rehearse --seed 3 --cards 5
      stance rehearse --seed 3 --cards 5 --time-limit 30
      stance rehearse --seed 3 --cards 5 --grades y,n,y,y,y,y --format json
      stance rehearse --seed 3 --cards 5 --plain         Plain lines for a screen reader
help-rehearse-arg-scenario = A scenario id from `stance list`, a path to a YAML file, or `-` for stdin
help-rehearse-arg-seed = Seed for drawing the cards [default: from the clock, printed]
help-rehearse-arg-cards = How many cards (situations), 1 to 100; fewer when the scenario has fewer walks
help-rehearse-arg-time-limit = Seconds to recall each card, with a countdown: 1 to 3600
help-rehearse-arg-grades = Self-grades without a terminal, one per attempt: y (recalled) or n, comma-separated
help-rehearse-arg-plain = Ask in plain prompts a screen reader reads in order, answered by typing a number, a letter or an id and Enter: no menus, redraws, colour or glyphs; read from standard input even when it is a pipe. Also on when the `ACCESSIBLE` environment variable is set
help-rehearse-arg-format = Output format of the summary
help-rehearse-arg-format-value-text = Readable text
help-rehearse-arg-format-value-json = JSON
help-schema-about = Print the JSON Schema of the scenario format, for editor support
help-schema-after =
    Point yaml-language-server at it with a first line like
      # yaml-language-server: $schema=../docs/scenario.schema.json

    Examples:
      stance schema --output docs/scenario.schema.json
help-schema-arg-output = Write to FILE (atomically) instead of stdout; `-` is stdout
help-completions-about = Print a shell completion script
help-completions-after =
    Examples:
      stance completions bash > ~/.local/share/bash-completion/completions/stance
      stance completions zsh > ~/.zfunc/_stance
      stance completions fish > ~/.config/fish/completions/stance.fish
help-completions-arg-shell = The shell
help-completions-arg-shell-value-bash = Bash
help-completions-arg-shell-value-zsh = Zsh
help-completions-arg-shell-value-fish = Fish
help-completions-arg-shell-value-elvish = Elvish
help-completions-arg-shell-value-powershell = `PowerShell`
help-man-about = Write the man pages (roff): `stance(1)` and one `stance-COMMAND(1)` per command
help-man-after =
    Examples:
      stance man --output stance.1 && man ./stance.1
      stance man play | man -l -
      mkdir -p ~/.cargo/share/man/man1 && stance man --out-dir ~/.cargo/share/man/man1
help-man-arg-command = The command whose page to write (`play` writes `stance-play(1)`); without it, the page of `stance` itself
help-man-arg-out-dir = Write every page (`stance.1` and `stance-COMMAND.1` for each command) into the folder DIR, for example a `man1` folder on the manual path
help-man-arg-output = Write to FILE (atomically) instead of stdout; `-` is stdout

## clap's own words

help-heading-usage = Usage:
help-heading-arguments = Arguments
help-heading-options = Options
help-heading-global = Global options
help-heading-commands = Commands
help-flag-help-short = Print help (see more with '--help')
help-flag-help-long = Print help (see a summary with '-h')
help-flag-version = Print version
help-command-help = Print this message or the help of the given subcommand(s)
help-command-help-arg = Print help for the subcommand(s)
help-label-env = env
help-label-default = default
help-label-values = possible values
help-label-values-heading = Possible values:
