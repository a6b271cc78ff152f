# The browser player's words: the walk's page (`stance html`, and a live class's
# player). Arguments are { $name }; the page fills them in.

player-question = Question { $n }
player-background = Background
player-facilitator-notes = Facilitator notes
player-discussion = For discussion
player-your-answer = Your answer
player-adds = Adds:{" "}
player-adds-nothing = Adds nothing to the stance.
player-no-choice = No answer is offered here. The scenario needs fixing: its author can run `stance check`.
player-note-label = Your note on this question (optional): your own view, or why you disagree
player-back = Back
player-restart = Start over
player-print = Print
player-stance-heading = The author's stance
player-walked-by = Walked by { $name }.
player-no-recommendation = The author makes no recommendation on this path.
player-basis-explicit = explicit: stated by the author
player-basis-inferred = inferred: drawn from the essay, not stated
player-why = Why:{" "}
player-path-heading = Your path
player-your-note = Your note:{" "}
player-hand-in = To hand in your walk, download your record below.
player-answered = Answered: { $label }. Question { $n }.
player-answered-last = Answered: { $label }. The walk is over: the author's stance follows.
player-undone = Answer undone: { $label }.
player-restarted = Started over from the first question.
player-confirm-restart = Start over? Your answers, notes and name on this page will be cleared.
player-resumed = Welcome back: your walk continues at question { $n }.
player-resumed-end = Welcome back: your walk is finished; the stance is below.
player-cannot-save = This browser is not saving your progress (a private window, or storage turned off): if you close or reload the page your answers are lost. Download your record before you leave.
player-kept-no-longer-fits = Part of the walk kept in this browser does not fit this scenario; it continues from question { $n }.
player-kept-unreadable = The walk kept in this browser could not be read; starting afresh.
player-downloaded = Your record was downloaded as { $file }.
player-too-big = { $file } is larger than a record can be (1 MiB); nothing was loaded.
player-not-json = { $file } is not a stance record: it is not JSON; nothing was loaded.
player-not-record = { $file } is not a stance record (it has no `format: "stance-record/1"`); nothing was loaded.
player-quiz-record = { $file } records a quiz; this page continues walks. Nothing was loaded.
player-other-scenario = { $file } is a record of `{ $id }`, not of `{ $scenario }`; nothing was loaded.
player-bad-step = { $file }: step { $n } is not a question and choice by id; nothing was loaded.
player-too-many-steps = { $file } has more steps than this scenario has questions; nothing was loaded.
player-unfit = { $file }: step { $n } (`{ $question }` = `{ $choice }`) is not an answer offered where the walk stands there; the record is of another version of this scenario. Nothing was loaded.
player-confirm-replace = Load this record in place of the walk on this page? Your current answers, notes and name will be replaced.
player-loaded = Loaded { $file }: the walk continues at question { $n }.
player-loaded-end = Loaded { $file }: the walk is finished; the stance is below.
player-join-heading = Join the class
player-live-record = Your answers and notes are saved on the class server as you go. Download your record to keep a copy.
player-join-intro = Session { $code }. Give the name the class will know you by: no account, no e-mail.
player-join-name = Your name
player-join = Join
player-joining = Joining…
player-join-unreachable = The class server cannot be reached: check that this device is on the room's network, then try again.
player-joined = Joined as { $name }. Question 1.
player-live-saved = Saved on the class server.
player-live-sending = Sending to the class server…
player-live-offline = Not connected to the class server: your answers are kept in this browser and sent when the connection is back.
player-live-back = Connected again: everything is saved on the class server.
player-live-forgotten = The class server does not know this page (it may have started a new session): join again.
player-live-removed = The facilitator removed this page from the session. Ask them if that was a mistake.
player-live-taken-server = The class server has another copy of your walk, so this page now shows it.
player-live-taken-server-why = The class server has another copy of your walk, so this page now shows it ({ $why }).
player-confirm-restart-live = Start over? Your answers are cleared (the class server keeps that you started over); your notes stay.
player-other-version = This record was made from another version of the scenario file. Its answers fit this version, so the walk continues here, and the record you download now belongs to this version.
player-noscript = This page walks the scenario with JavaScript, which is turned off in this browser. Turn it on for this page to play.
player-record-heading = Your record
player-record-intro = Your answers and notes are kept in this browser as you go. Download your record to hand it in; load one to continue it.
player-name-label = Your name (optional, written in your record)
player-download = Download my record
player-load = Load a record
player-facilitator-title = { $title } (facilitator)

# The live class's dashboard, on the facilitator's screen or the room's projector.

dashboard-title = { $title } (live class)
dashboard-join-at = Join at
dashboard-code = Code
dashboard-noscript = The dashboard draws the class with JavaScript, which is turned off in this browser.
dashboard-class-heading = The class
dashboard-answers-heading = Answers
dashboard-reached-heading = Recommendations reached
dashboard-reached-intro = Counted over finished walks.
dashboard-path-heading = Against a path
dashboard-path-intro = Choose a path through the questions; the table shows how far the class followed it, and where it left.
dashboard-counts = { $joined } joined · { $finished } finished
dashboard-nobody = Nobody has joined yet: students open the address above, or scan the QR code.
dashboard-at-question = question { $n }
dashboard-finished = finished
dashboard-live = Live.
dashboard-reconnecting = Connection lost; reconnecting…
dashboard-lost = The dashboard lost the server: reload this page, or open the facilitator link again.
dashboard-table-caption = Answers to: { $prompt }
dashboard-choice = Choice
dashboard-count = Walks
dashboard-reached-caption = Recommendations reached, over finished walks
dashboard-recommendation = Recommendation
dashboard-reveal = Reveal the author's reasoning
dashboard-revealed = Hide the author's reasoning
dashboard-if-chosen = If “{ $label }”
dashboard-adds-nothing = The author adds nothing to the stance here.
dashboard-notes = Notes ({ $n })
dashboard-path-step = { $n }. { $prompt }
dashboard-path-none = — the path ends here —
dashboard-path-ended = The path reaches the end of the walk.
dashboard-divergence-question = Question
dashboard-divergence-path = The path
dashboard-divergence-reached = Reached
dashboard-divergence-stayed = Stayed
dashboard-divergence-left = Left for
dashboard-no-path = No path chosen yet.
dashboard-path-refused = The server did not take the path: { $why }
dashboard-reveal-refused = The server did not take that: { $why }
dashboard-remove = Remove
dashboard-remove-label = Remove { $name } from the session
dashboard-remove-confirm = Remove { $name } from the session? Their page can no longer answer, their walk no longer counts, and the name is free again.
dashboard-remove-refused = The server did not remove them: { $why }

# The server's short pages: the code form, and what a wrong address gets.

notice-code-label = Session code
notice-go = Go
notice-home-heading = Join a class
notice-home = Type the session code your teacher shows.
notice-wrong-code-heading = No such session
notice-wrong-code = This server runs another session: check the code your teacher shows, and type it again.
notice-no-token-heading = The dashboard needs the facilitator's link
notice-no-token = Open the `facilitator:` address that `stance serve` printed when it started.
notice-wrong-token-heading = This is not the facilitator's link
notice-wrong-token = The token in this address is not this session's: open the `facilitator:` address that `stance serve` printed when it started.
notice-not-found-heading = Nothing here
notice-not-found = This server has a join page and a dashboard, and nothing else.

# Why the class server refused a join, as the page joining shows it.

join-name-empty = give a name to join
join-name-too-long = the name has { $chars } characters; a name has at most { $max }
join-name-invisible = the name holds the invisible character { $code }; use letters, digits and spaces
join-name-taken = the name `{ $name }` is taken in this class: add an initial or choose another
join-bad-token = the page's identity is not 32 to 128 hexadecimal digits
join-already-joined = this page has already joined as `{ $name }`
join-full = the session is full: it takes { $max } participants
join-removed = the facilitator removed this page from the session
join-wrong-code = this server runs another session: check the code

# Why the class server refused a page's step, or the facilitator's change.

request-unknown = this page has not joined the session (or the session was started afresh): join again
request-out-of-order = request { $seq } is out of order: the next is { $expected }
request-conflict = request { $seq } was already taken, and asked something else
request-too-many = this walk has taken { $max } steps, the most one participant may in a session; ask the facilitator
facilitator-bad-path = step { $step } of the path: { $reason }
facilitator-unknown-question = the scenario has no question `{ $question }`
facilitator-unknown-participant = no one in the session is called `{ $name }`
facilitator-unknown-participant-near = no one in the session is called `{ $name }`; did you mean `{ $nearest }`?

# Why the class server could not start or go on, as the teacher's terminal says it.

db-unusable = the session database `{ $db }` could not be used: { $reason }
db-not-created = the session database `{ $db }` could not be created: { $reason }
db-exists = `{ $db }` already exists, and a new session does not overwrite files
db-not-a-session = `{ $db }` is not a stance session database: { $reason }
serve-no-randomness = the system gave no random numbers: { $reason }
serve-replay = `{ $db }`: { $reason }
serve-stored-scenario = the scenario stored in `{ $db }` does not check: { $reason }
serve-other-scenario = `{ $db }` holds a session of scenario `{ $stored }`, not `{ $given }`
serve-scenario-changed = the scenario file has changed since the session in `{ $db }` started; continue it without naming the scenario (the database holds the text it started with), or start a new session in a new database
serve-no-scenario = a new session needs a scenario
serve-token-length = the facilitator token must be 16 to 256 letters, digits, `-`, `_`, `.` or `~`; it has { $length } characters
serve-token-character = the facilitator token must be 16 to 256 letters, digits, `-`, `_`, `.` or `~`; it has `{ $character }`
serve-cannot-listen = cannot listen on { $address }: { $reason }
serve-not-started = the server could not start: { $reason }
serve-not-stored = the session database failed, and nothing more can be saved: { $reason }
