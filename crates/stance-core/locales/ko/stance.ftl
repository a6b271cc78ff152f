# stance의 한국어 문구. 모든 키는 모든 언어에 있어야 합니다(테스트가 확인합니다).
# 인수는 { $name }으로 씁니다. id, 코드, 기계용 출력은 여기서 오지 않습니다.

## `stance play`가 출력하는 입장

stance-situation = 상황
stance-heading = 저자의 입장
stance-your-note = 내 메모: { $note }
stance-why = 이유: { $rationale }
stance-explicit = [명시]
stance-inferred = (추론)
stance-replay = 다시 실행:{" "}
citation-translated = (번역: { $gloss })

## 브리핑

brief-title = 브리핑: { $title }
brief-bottom-line = 핵심:
brief-situation = 상황
brief-recommended = 권고 입장
brief-rationale = 근거
brief-questions = 예상 질문
brief-facilitator = 진행자 노트
brief-sources = 출처
basis-explicit = 명시
basis-inferred = 추론

## `stance report`

report-title = 학급 보고서: { $title }
report-participants = 참여자
report-languages = 언어: { $counts }
report-as-written = 원문
report-walk = 진행
report-quiz = 퀴즈
report-kind-in = { $kind }, { $language }
report-score = { $total }개 중 { $right }개
report-not-finished = (마치지 않음)
report-ending = 결말: { $ending }
report-answers = 질문별 답변
report-most-missed = 가장 많이 틀린 항목
report-missed = ({ $asked }번 중 { $missed }번 틀림)
report-notes = 토론용 메모

## 터미널에서 진행할 때의 메뉴

menu-background = (배경 보기)
menu-note = (메모 남기기: 내 생각)
menu-back = (이전 질문으로 돌아가기)
menu-quit = (그만하기)
menu-quit-confirm = 이 진행을 그만둘까요?
menu-note-prompt = 이 질문에 대한 메모 (없으면 Enter):
menu-facilitator-notes = 진행자 노트: { $notes }
menu-discuss = 토론: { $prompt }
menu-adds = 추가: { $adds }
menu-adds-nothing = 추가 없음
menu-key-hint = ↑/↓ 키로 고르고 Enter로 답하십시오. 그만하려면 Esc나 q를 누르십시오.
menu-undone = 취소함:

## `stance quiz`

quiz-sheet-title = 퀴즈: { $title } (시드 { $seed })
quiz-situation = 상황 { $number }
quiz-which = 저자는 어떤 대응을 권고합니까?
quiz-given = 주어진 상황: { $situation }
quiz-at-the-end = 이 진행의 마지막에
quiz-answer = 정답: { $letter }) { $id }
quiz-result = 퀴즈 결과: { $total }개 중 { $score }개
quiz-result-for = { $name }의 퀴즈 결과: { $total }개 중 { $score }개
quiz-all-right = 모두 맞혔습니다.
quiz-missed = 틀린 항목
quiz-no-response = 응답 없음
quiz-picked = { $number }. (상황 { $situation }) 고른 답: { $picked }
quiz-recommends = 저자의 권고: { $text }
quiz-why = 이유: { $rationale }

## `stance compare`

compare-title = 저자와 비교: { $title }
compare-title-for = { $name }의 답을 저자와 비교: { $title }
compare-not-finished = 기록이 끝나지 않았습니다. 기록에 있는 데까지만 비교합니다.
compare-score = 점수: { $total }개 중 { $right }개
compare-end-of-walk = 진행의 마지막에
compare-the-end = 진행의 마지막
compare-situation = 상황 { $number }: { $about }
compare-picked = 고른 답: { $answer }
compare-answered = 답: { $answer }
compare-the-authors = (저자와 같음)
compare-not-the-authors = (저자와 다름)
compare-your-note = 내 메모: { $note }
compare-adds-nothing = 저자는 여기서 아무것도 더하지 않습니다

## 마크다운으로 쓴 입장

markdown-source = 출처:
markdown-question = 질문
markdown-answer = 답
markdown-note = 메모: { $note }

## 화면 낭독기와 스크립트를 위한 일반 모드

plain-walk-help = 선택지의 번호나 id를 입력하고 Enter를 누르십시오. 그 밖에 b는 뒤로, ?는 배경, n은 메모, q는 그만하기입니다.
plain-question = 질문 { $number }: { $prompt }
plain-your-answer = 답:
plain-input-ended = 진행이 끝나기 전에 질문 { $number }(`{ $id }`)에서 입력이 끝났습니다
plain-answered = 답함: { $label }
plain-nothing-to-undo = 첫 번째 질문이라 돌아갈 곳이 없습니다.
plain-going-back = 이전 질문으로 돌아갑니다. 그 답은 취소됩니다.
plain-background = 배경: { $context }
plain-no-background = 이 질문에는 배경 설명이 없습니다.
plain-from-the-essay = 에세이에서: { $cite }
plain-no-note = 메모를 남기지 않았습니다.
plain-note-kept = 메모를 남겼습니다.
plain-quit-confirm = 이 진행을 그만둘까요? 그만두려면 y를 입력하고 Enter를, 계속하려면 다른 것을 입력하십시오:
plain-staying = 이 질문에 머뭅니다.
plain-walk-unknown = 1부터 { $count }까지의 번호나 선택지의 id({ $ids }), 또는 b, ?, n, q 중 하나를 입력하십시오.
plain-yes-word = 예
plain-quiz-help = 대응의 글자를 입력하고 Enter를 누르십시오. 그 밖에 ?는 상황 다시 듣기, q는 그만하기입니다.
plain-situation = 상황 { $number }/{ $total }:
plain-item = 문항 { $number }: 저자는 어떤 대응을 권고합니까?
plain-option-authors = (저자의 답)
plain-quiz-unknown = a부터 { $last }까지의 글자, 또는 ?나 q를 입력하십시오.
plain-quiz-input-ended = 퀴즈가 끝나기 전에 문항 { $number }에서 입력이 끝났습니다
plain-quiz-confirm = 퀴즈를 그만둘까요? 그만두려면 y를 입력하고 Enter를, 계속하려면 다른 것을 입력하십시오:
plain-going-on = 이 문항을 계속합니다.
plain-right = 맞았습니다.
plain-not-quite = 아쉽습니다. 저자의 권고: { $text }
plain-card = 카드 { $number }:
plain-card-again = 카드 { $number }, { $attempt }번째 시도:
plain-recall = 저자의 입장을 떠올린 뒤 Enter를 눌러 확인하십시오(그만하려면 q).
plain-recall-timed = { $seconds }초 안에 저자의 입장을 떠올린 뒤 Enter를 눌러 확인하십시오(그만하려면 q).
plain-stance = 저자의 입장:
plain-grade = 떠올렸습니까? y나 n을 입력하고 Enter를 누르십시오:
plain-grade-again = 떠올렸으면 y, 아니면 n, 그만하려면 q를 입력하십시오:
plain-drill-input-ended = 연습이 끝나기 전에 카드 { $number }에서 입력이 끝났습니다
plain-path-step = { $prompt } 답: { $label }
plain-no-word = 아니요

## 터미널에서 보는 퀴즈

quiz-in-situation = 상황 { $number }:
quiz-situation-of = 상황 { $number }/{ $total }
quiz-stop-confirm = 퀴즈를 그만둘까요?
quiz-not-quite = 아쉽습니다. 저자의 권고:

## `stance rehearse`

drill-card = 카드 { $number }
drill-card-again = 카드 { $number } ({ $attempt }번째 시도)
drill-recall = 저자의 입장을 떠올린 뒤 Enter를 눌러 확인하십시오.
drill-time-up = 시간이 다 되었습니다. Enter를 눌러 입장을 확인하십시오
drill-left = { $seconds }초 남음. Enter를 눌러 입장을 확인하십시오
drill-grade = 떠올렸습니까?
drill-summary = 연습 (시드 { $seed }): 카드 { $cards }장, 처음에 떠올린 카드 { $first }장, 모두 { $attempts }번 시도
drill-card-took = 카드 { $number }: { $attempts }번 시도: { $answers }

## 세션이 멈췄을 때

stopped = 끝나기 전에 멈췄습니다.
stopped-saved = 지금까지의 답은 `{ $record }`에 저장되어 있습니다. `stance { $command } --resume { $record }`로 이어서 하십시오
stopped-not-saved = 아무것도 저장되지 않았습니다. `--record FILE`을 주면 `stance { $command }`를 멈췄다가 나중에 `--resume FILE`로 이어서 할 수 있습니다

# `stance serve`'s lines to the teacher on the terminal.

serve-new = 새 세션을 시작했습니다. `{ $db }`에 저장합니다. Ctrl-C를 누르면 서버가 멈춥니다
serve-continuing = `{ $db }`의 세션을 이어서 진행합니다(지금까지 { $participants }명 참여). Ctrl-C를 누르면 서버가 멈춥니다
serve-stopped = 서버가 멈췄습니다. 세션은 `{ $db }`에 저장되어 있습니다. `stance serve --db { $db }`로 이어서 할 수 있고, `stance report { $db }`로 정리할 수 있습니다
serve-local-only = 이 컴퓨터의 네트워크 주소를 찾지 못했습니다(네트워크에 연결되어 있습니까?). 아래 주소는 이 컴퓨터에서만 열립니다

# A yes-or-no question's answer, as the terminal shows it (the keys stay `y` and `n`).

confirm-yes = 예
confirm-no = 아니요

# `stance show`'s outline: its labels (ids and conditions are shown as written).

outline-start = 시작
outline-discuss = 토론
outline-facilitator = 진행자 노트
outline-asked-when = 묻는 조건:
outline-otherwise = 아니면
outline-offered-when = 보이는 조건:
outline-ending = 결말
outline-no-headline = (헤드라인 없음)
outline-when = 조건: { $condition }
outline-basis = 근거
outline-explicit = 명시
outline-inferred = 추론
outline-cites = 인용
outline-recommendations = 권고

# `stance paths` as text and Markdown (CSV and JSON are for programs, and stay as they are).

paths-heading = 모든 경로: { $title }
paths-situation = 상황
paths-stance = 입장
paths-path = 경로 { $n }
paths-headline = 헤드라인
paths-ending = 결말
paths-recommends = 권고

# `stance analyze` as text (its JSON is for programs, and stays as it is).

analyze-summary = 경로 { $paths }개가 서로 다른 입장 { $stances }개에 이릅니다.
analyze-question = 질문
analyze-paths = 경로
analyze-stances = 입장
analyze-pivotal = 결정적
analyze-recommendations = 권고
analyze-on-every = 모든 경로에 있음
analyze-on-some = 일부 경로에 있음
analyze-on-no = 어느 경로에도 없음
analyze-reached = 경로 { $total }개 중 { $n }개
analyze-none = (없음)
analyze-changing = { $walk }에서 답 하나를 바꾸면
analyze-with = ({ $answers }일 때)
analyze-no-change = 입장이 바뀌지 않음
analyze-no-longer-asks = ({ $questions }은(는) 더 묻지 않음)

# `stance graph`'s labels (ids and conditions are shown as written).

graph-start = 시작
graph-when = [조건: { $condition }]
graph-took = { $n }명 선택
graph-otherwise = 아니면 ({ $skip })
skip-when = 조건: { $condition }
skip-unless = 조건 불충족: { $condition }

# Warnings and notes on standard error, beside what a command prints.

warning-label = 경고
warn-no-translation = `{ $scenario }`에는 `{ $lang }` 번역이 없어 원문 그대로 보여 줍니다
warn-translation-partial = `{ $file }`은(는) 글 { $count }개를 원문 그대로 둡니다({ $parts }). `stance check { $scenario }`로 목록을 볼 수 있습니다
warn-not-translated = 번역되지 않음 { $n }개
warn-changed-since = 번역한 뒤 바뀜 { $n }개
warn-shadowed = `{ $file }`의 id `{ $id }`은(는) 내장 시나리오의 id이므로, `{ $id }`은(는) 그 파일이 아니라 내장 시나리오를 뜻합니다
help-shadowed = 그 파일을 쓰려면 id 대신 파일 이름을 주십시오: `stance { $command } { $file }`
warn-record-changed = `{ $record }`을(를) 만든 뒤 시나리오가 바뀌었지만, 기록은 여전히 시나리오에 맞습니다
note-record-folder = 기록을 둘 폴더 `{ $folder }`을(를) 만들었습니다
warn-skipped = `{ $path }`을(를) 건너뛰었습니다: { $reason }
warn-test-unasked = { $scenario } › { $test }({ $file }:{ $line })은(는) `{ $question }`에 답하지만, 그 진행은 이 질문을 묻지 않으므로 답을 쓰지 않습니다
note-quiz-seed = 시드 { $seed }(같은 퀴즈를 다시 하려면 --seed { $seed })
note-rehearse-seed = 시드 { $seed }(같은 카드를 다시 하려면 --seed { $seed })
warn-responses-left = 응답 { $left }개가 남아 쓰지 않았습니다. 퀴즈 문항은 { $items }개뿐입니다
warn-responses-answered = 문항 { $numbers }의 응답은 쓰지 않았습니다. 기록이 이미 그 문항에 답했습니다
warn-responses-beyond = 문항 { $numbers }에 대한 응답 { $left }개가 남아 쓰지 않았습니다. 퀴즈 문항은 { $items }개뿐입니다
warn-answer-unused = 진행이 `{ $question }`에 이르지 않아 `{ $question }={ $choice }`은(는) 쓰지 않았습니다
warn-record-answers = 기록이 이미 `{ $question }`에 답했으므로 기록의 답을 따릅니다
note-man-pages = `{ $dir }`에 매뉴얼 페이지 { $count }개를 썼습니다: { $files }
note-folder-created = 폴더 `{ $folder }`을(를) 만들었습니다
note-exported = `{ $scenario }`의 기록 { $count }개를 `{ $folder }`에 썼습니다
warn-left-out = 제외함: { $reason }
help-left-out = 따로 보고서를 만드십시오(`stance report { $path }`). `--strict`를 주면 여러 시나리오가 섞인 묶음을 거부합니다
warn-quizzes-differ = 퀴즈 기록이 서로 다른 퀴즈 { $count }개의 것이라 점수를 견줄 수 없습니다: { $kinds }
quiz-kind = { $paths }(시드 { $seed }, 상황 { $situations }개)
quiz-kind-own = { $paths }(참여자 자신의 진행, 시드 { $seed }, 상황 { $situations }개)

# `stance list`, `stance test` and `stance new`, for authors.

list-id = ID
list-title = 제목
list-questions = 질문 수
list-file = 파일
list-unreadable = (읽을 수 없음. `stance check`를 보십시오)
test-fail = 실패
test-invalid = { $scenario }: 시나리오에 오류가 { $count }개 있습니다
test-counts = 통과 { $passed }, 실패 { $failed }
test-none = 테스트 없음
test-expected = 기대: { $ids }
test-actual = 실제: { $ids }
test-reordered = 권고는 같고 순서만 다릅니다
test-expected-headline = 기대한 헤드라인: { $headline }
test-actual-headline = 실제 헤드라인:   { $headline }
test-no-headline = (없음)
new-wrote = `{ $file }`을(를) 썼습니다. 다음: `stance check { $file }`, `stance show { $file }`
new-translation-wrote = `{ $file }`을(를) 썼습니다. 각 `text`를 채운 뒤 `stance check { $file }`로 남은 것을 확인하십시오
new-translation-kept = `{ $file }`을(를) 썼습니다. 이미 번역한 글은 그대로 두었습니다. 각 `text`를 채운 뒤 `stance check { $file }`로 남은 것을 확인하십시오

# `stance source`: an essay's paragraphs, and where quotes are in it.

source-paragraphs = { $file }: 본문 문단 { $count }개
source-uncounted = ; 세지 않은 블록 { $count }개(- 표시): `.`, `!`, `?`로 끝나지 않습니다
source-chars = { $count }자
source-lines = { $from }-{ $to }행
source-line = { $line }행
source-in-no-paragraph = 어느 본문 문단에도 없음
source-in-uncounted = ; { $lines }의 블록에 있지만, 그 블록은 세지 않습니다(`.`, `!`, `?`로 끝나지 않음)
source-departs = ; 처음 { $words }단어는 ¶{ $paragraph }({ $line }행)에 있지만, “{ $after }” 뒤로는 본문과 다릅니다
source-found-verbatim = ¶{ $paragraph }({ $line }행), 원문 그대로
source-found-loosely = ¶{ $paragraph }({ $line }행), 곧은 따옴표와 굽은 따옴표, 대시를 같은 것으로 보면 일치
source-long = ; 인용이 두 문장 이상에 걸칩니다. 인용은 많아야 한 문장입니다(`long-quote`)
