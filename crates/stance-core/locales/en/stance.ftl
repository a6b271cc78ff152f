# stance's own words in English. Every key is in every language (a test holds them so);
# arguments are written { $name }. Ids, codes and machine output never come from here.

## A stance, as `stance play` prints it

stance-situation = Situation
stance-heading = The author's stance
stance-your-note = Your note: { $note }
stance-why = Why: { $rationale }
stance-explicit = [explicit]
stance-inferred = (inferred)
stance-replay = Replay:{" "}
citation-translated = (translated: { $gloss })

## A brief

brief-title = Brief: { $title }
brief-bottom-line = Bottom line:
brief-situation = Situation
brief-recommended = Recommended stance
brief-rationale = Rationale
brief-questions = Anticipated questions
brief-facilitator = Facilitator notes
brief-sources = Sources
basis-explicit = explicit
basis-inferred = inferred

## `stance report`

report-title = Class report: { $title }
report-participants = Participants
report-languages = Languages: { $counts }
report-as-written = as written
report-walk = walk
report-quiz = quiz
report-kind-in = { $kind }, in { $language }
report-score = { $right } of { $total }
report-not-finished = (not finished)
report-ending = ending: { $ending }
report-answers = Answers per question
report-most-missed = Most missed
report-missed = (missed { $missed } of { $asked })
report-notes = Notes for the debrief

## The walk's menus in a terminal

menu-background = (show background)
menu-note = (add a note: your own view)
menu-back = (back to the previous question)
menu-quit = (quit)
menu-quit-confirm = Quit this walk?
menu-note-prompt = Your note on this question (Enter for none):
menu-facilitator-notes = Facilitator notes: { $notes }
menu-discuss = Discuss: { $prompt }
menu-adds = adds: { $adds }
menu-adds-nothing = adds nothing
menu-key-hint = Use ↑/↓ and Enter to answer; Esc or q to quit.
menu-undone = undone:

## `stance quiz`

quiz-sheet-title = Quiz: { $title } (seed { $seed })
quiz-situation = Situation { $number }
quiz-which = Which response does the author recommend?
quiz-given = Given: { $situation }
quiz-at-the-end = At the end of this walk
quiz-answer = Answer: { $letter }) { $id }
quiz-result = Quiz result: { $score } of { $total }
quiz-result-for = Quiz result for { $name }: { $score } of { $total }
quiz-all-right = Every item right.
quiz-missed = Missed
quiz-no-response = no response
quiz-picked = { $number }. (situation { $situation }) picked: { $picked }
quiz-recommends = the author recommends: { $text }
quiz-why = why: { $rationale }

## `stance compare`

compare-title = Compared with the author: { $title }
compare-title-for = Compared with the author for { $name }: { $title }
compare-not-finished = The record is not finished; this covers what it holds.
compare-score = Score: { $right } of { $total }
compare-end-of-walk = At the end of the walk
compare-the-end = the end of the walk
compare-situation = Situation { $number }: { $about }
compare-picked = picked: { $answer }
compare-answered = answered: { $answer }
compare-the-authors = (the author's)
compare-not-the-authors = (not the author's)
compare-your-note = your note: { $note }
compare-adds-nothing = the author adds nothing here

## A stance as Markdown

markdown-source = Source:
markdown-question = Question
markdown-answer = Answer
markdown-note = Note: { $note }

## The plain mode, for screen readers and scripts

plain-walk-help = Type the number or the id of a choice and press Enter. Also: b to go back, ? for the background, n for a note, q to quit.
plain-question = Question { $number }: { $prompt }
plain-your-answer = Your answer:
plain-input-ended = the input ended at question { $number }, `{ $id }`, before the walk did
plain-answered = Answered: { $label }
plain-nothing-to-undo = This is the first question; there is nothing to go back to.
plain-going-back = Going back to the previous question; its answer is undone.
plain-background = Background: { $context }
plain-no-background = This question has no background.
plain-from-the-essay = From the essay: { $cite }
plain-no-note = No note kept.
plain-note-kept = Note kept.
plain-quit-confirm = Quit this walk? Type y and Enter to quit, anything else to stay:
plain-staying = Staying at this question.
plain-walk-unknown = Type a number from 1 to { $count }, a choice's id ({ $ids }), or b, ?, n or q.
plain-yes-word = yes
plain-quiz-help = Type the letter of a response and press Enter. Also: ? to hear the situation again, q to stop.
plain-situation = Situation { $number } of { $total }:
plain-item = Item { $number }: Which response does the author recommend?
plain-option-authors = (the author's)
plain-quiz-unknown = Type a letter from a to { $last }, or ? or q.
plain-quiz-input-ended = the input ended at item { $number }, before the quiz did
plain-quiz-confirm = Stop the quiz? Type y and Enter to stop, anything else to go on:
plain-going-on = Going on with this item.
plain-right = Right.
plain-not-quite = Not quite. The author recommends: { $text }
plain-card = Card { $number }:
plain-card-again = Card { $number }, attempt { $attempt }:
plain-recall = Recall the author's stance, then press Enter to see it (q to stop).
plain-recall-timed = Recall the author's stance within { $seconds } seconds, then press Enter to see it (q to stop).
plain-stance = The author's stance:
plain-grade = Did you have it? Type y or n and Enter:
plain-grade-again = Type y if you had it, n if not, or q to stop:
plain-drill-input-ended = the input ended at card { $number }, before the drill did
plain-path-step = { $prompt } Answer: { $label }
plain-no-word = no

## The quiz in a terminal

quiz-in-situation = In situation { $number }:
quiz-situation-of = Situation { $number } of { $total }
quiz-stop-confirm = Stop the quiz?
quiz-not-quite = Not quite. The author recommends:

## `stance rehearse`

drill-card = Card { $number }
drill-card-again = Card { $number } (attempt { $attempt })
drill-recall = Recall the author's stance, then press Enter to see it.
drill-time-up = time is up: press Enter to see the stance
drill-left = { $seconds } s left; press Enter to see the stance
drill-grade = Did you have it?
drill-summary = Drill (seed { $seed }): { $cards } cards, { $first } recalled the first time, { $attempts } attempts in all
drill-card-took = card { $number } took { $attempts } attempts: { $answers }

## A session stopped

stopped = stopped before the end.
stopped-saved = your answers so far are saved in `{ $record }`; go on with `stance { $command } --resume { $record }`
stopped-not-saved = nothing was saved: with `--record FILE`, `stance { $command }` can stop and go on later with `--resume FILE`

# `stance serve`'s lines to the teacher on the terminal.

serve-new = a new session, stored in `{ $db }`; Ctrl-C stops the server
serve-continuing = continuing the session in `{ $db }` ({ $participants ->
    [one] { $participants } participant
   *[other] { $participants } participants
  } so far); Ctrl-C stops the server
serve-stopped = stopped; the session is in `{ $db }`: `stance serve --db { $db }` continues it, `stance report { $db }` sums it up
serve-local-only = this machine's address on the network could not be found (is it connected?); the addresses below work on this machine only

# A yes-or-no question's answer, as the terminal shows it (the keys stay `y` and `n`).

confirm-yes = yes
confirm-no = no

# `stance show`'s outline: its labels (ids and conditions are shown as written).

outline-start = start
outline-discuss = discuss
outline-facilitator = facilitator
outline-asked-when = asked when
outline-otherwise = otherwise
outline-offered-when = offered when
outline-ending = ending
outline-no-headline = (no headline)
outline-when = when { $condition }
outline-basis = basis
outline-explicit = explicit
outline-inferred = inferred
outline-cites = cites
outline-recommendations = recommendations

# `stance paths` as text and Markdown (CSV and JSON are for programs, and stay as they are).

paths-heading = Every path: { $title }
paths-situation = Situation
paths-stance = Stance
paths-path = path { $n }
paths-headline = headline
paths-ending = ending
paths-recommends = recommends

# `stance analyze` as text (its JSON is for programs, and stays as it is).

analyze-summary = { $paths } paths reach { $stances } distinct stances.
analyze-question = question
analyze-paths = paths
analyze-stances = stances
analyze-pivotal = pivotal
analyze-recommendations = Recommendations
analyze-on-every = on every path
analyze-on-some = on some paths
analyze-on-no = on no path
analyze-reached = { $n } of { $total }
analyze-none = (none)
analyze-changing = Changing one answer of { $walk }
analyze-with = (with { $answers })
analyze-no-change = no change to the stance
analyze-no-longer-asks = (no longer asks { $questions })

# `stance graph`'s labels (ids and conditions are shown as written).

graph-start = start
graph-when = [when: { $condition }]
graph-took = { $n } took it
graph-otherwise = otherwise ({ $skip })
skip-when = when { $condition }
skip-unless = unless { $condition }

# Warnings and notes on standard error, beside what a command prints.

warning-label = warning
warn-no-translation = `{ $scenario }` has no `{ $lang }` translation, so it is shown as written
warn-translation-partial = `{ $file }` leaves { $count ->
    [one] { $count } text
   *[other] { $count } texts
  } as written ({ $parts }); `stance check { $scenario }` lists them
warn-not-translated = { $n } not translated
warn-changed-since = { $n } changed since translated
warn-shadowed = `{ $file }` has the id `{ $id }` of a built-in scenario, so `{ $id }` means the built-in one, not the file
help-shadowed = to use the file, name it instead of the id: `stance { $command } { $file }`
warn-record-changed = the scenario has changed since `{ $record }` was made; the record still fits it
note-record-folder = created the folder `{ $folder }` for the record
warn-skipped = skipped `{ $path }`: { $reason }
warn-test-unasked = { $scenario } › { $test } ({ $file }:{ $line }) answers `{ $question }`, which its walk never asks; the answer is not used
note-quiz-seed = seed { $seed } (give --seed { $seed } for the same quiz)
note-rehearse-seed = seed { $seed } (give --seed { $seed } for the same cards)
warn-responses-left = { $left } response(s) left over: the quiz has { $items } items
warn-responses-answered = the responses for item(s) { $numbers } were not used: the record had answered them already
warn-responses-beyond = { $left } response(s) left over, for item(s) { $numbers }: the quiz has { $items } items
warn-answer-unused = the walk never reached `{ $question }`, so `{ $question }={ $choice }` was not used
warn-record-answers = the record already answers `{ $question }`; its answer stands
note-man-pages = wrote { $count } pages into `{ $dir }`: { $files }
note-folder-created = created the folder `{ $folder }`
note-exported = wrote { $count ->
    [one] { $count } record
   *[other] { $count } records
  } of `{ $scenario }` to `{ $folder }`
warn-left-out = left out: { $reason }
help-left-out = report it on its own (`stance report { $path }`); `--strict` refuses a set that mixes scenarios
warn-quizzes-differ = the quiz records are of { $count } different quizzes, so their scores do not compare: { $kinds }
quiz-kind = { $paths } ({ $situations ->
    [one] seed { $seed }, { $situations } situation
   *[other] seed { $seed }, { $situations } situations
  })
quiz-kind-own = { $paths } (the participant's own walk, { $situations ->
    [one] seed { $seed }, { $situations } situation
   *[other] seed { $seed }, { $situations } situations
  })

# `stance list`, `stance test` and `stance new`, for authors.

list-id = ID
list-title = TITLE
list-questions = QUESTIONS
list-file = FILE
list-unreadable = (cannot be read; see `stance check`)
test-fail = FAIL
test-invalid = { $scenario }: the scenario has { $count } error(s)
test-counts = { $passed } passed, { $failed } failed
test-none = no tests
test-expected = expected: { $ids }
test-actual = actual:   { $ids }
test-reordered = the same recommendations, in another order
test-expected-headline = expected headline: { $headline }
test-actual-headline = actual headline:   { $headline }
test-no-headline = (none)
new-wrote = wrote `{ $file }`; next: `stance check { $file }`, `stance show { $file }`
new-translation-wrote = wrote `{ $file }`; fill in each `text`, then `stance check { $file }` says what is left
new-translation-kept = wrote `{ $file }`, the texts already translated kept; fill in each `text`, then `stance check { $file }` says what is left

# `stance source`: an essay's paragraphs, and where quotes are in it.

source-paragraphs = { $file }: { $count ->
    [one] { $count } body paragraph
   *[other] { $count } body paragraphs
  }
source-uncounted = ; { $count ->
    [one] { $count } block not counted (marked -): it does not end in `.`, `!` or `?`
   *[other] { $count } blocks not counted (marked -): they do not end in `.`, `!` or `?`
  }
source-chars = { $count } chars
source-lines = lines { $from }-{ $to }
source-line = line { $line }
source-in-no-paragraph = in no body paragraph
source-in-uncounted = ; it is in the block at { $lines }, which is not counted (it does not end in `.`, `!` or `?`)
source-departs = ; its first { $words } words are in ¶{ $paragraph } (line { $line }), and the text goes on differently after “{ $after }”
source-found-verbatim = ¶{ $paragraph } (line { $line }), verbatim
source-found-loosely = ¶{ $paragraph } (line { $line }), once curly and straight quotes and the dashes are taken as the same
source-long = ; the words run over more than one sentence, and a citation quotes one at most (`long-quote`)
