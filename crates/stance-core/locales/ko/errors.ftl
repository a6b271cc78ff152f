# stance가 알리는 오류의 한국어 문구. 엔진의 문구(`error-…`)에는 명령줄 플래그가 없고,
# 명령줄의 문구(`error-cli-…`, `usage-…`, `help-…`)에는 있습니다. 모든 키는 모든 언어에 있어야 합니다.
# 이름, id, 경로, 인용한 글은 인수로 받습니다. 시스템이 주는 이유(I/O 오류, 파서의
# 메시지)는 받은 그대로, 영어로 나옵니다.

## 보고하는 줄의 머리말

error-label = 오류:
help-label = 도움말:

## 혹시 이것인가요

suggest-did-you-mean = 혹시 `{ $name }`입니까?
suggest-valid = 가능한 { $what }: { $names }
suggest-valid-more = 가능한 { $what }: { $names } 외 { $more }개
suggest-none = { $what } 목록이 비어 있습니다
suggest-with-hint = { $hint } { $valid }
suggest-questions = 질문
suggest-choices = 선택지
suggest-scenarios = 시나리오

## 파일을 읽고 시나리오를 찾을 때

error-read = `{ $path }` 파일을 읽을 수 없습니다: { $reason }
error-not-utf8 = `{ $path }` 파일은 올바른 UTF-8이 아닙니다: 오프셋 { $offset }에 잘못된 바이트가 있습니다
error-too-large = `{ $path }` 파일이 stance가 읽는 최대 크기인 { $max }바이트보다 큽니다
error-unknown-scenario = id가 `{ $name }`인 시나리오가 없습니다
error-ambiguous-scenario = id가 `{ $name }`인 시나리오가 여럿입니다: { $files }

## 답과 진행

error-note-syntax = { $origin }: QUESTION=TEXT 꼴로 써야 합니다
error-answer-syntax = { $origin }: QUESTION=CHOICE 꼴로 써야 합니다
error-unknown-question = { $origin }: `{ $question }` 질문이 없습니다
error-unknown-choice = { $origin }: `{ $question }` 질문에는 `{ $choice }` 선택지가 없습니다
error-unavailable = 앞의 답들을 따라가면 `{ $question }` 질문에서 `{ $choice }` 선택지가 나오지 않습니다
error-conflict = { $origin }: `{ $question }` 질문에 답이 두 번 주어졌습니다(`{ $first }`, 그다음 `{ $second }`)
error-missing-answers = 진행이 이를 수 있는 질문 { $count }개에 답이 없습니다:
error-missing-answer = `{ $question }`: 선택지 { $choices }
error-stop-quit = 끝나기 전에 멈췄습니다
error-stop-interrupted = 중단되었습니다
error-cannot-prompt = 이 터미널에서는 물어볼 수 없습니다: { $reason }

## 기록과 퀴즈

error-not-a-record = `{ $path }` 파일은 stance 기록이 아닙니다: { $reason }
error-other-scenario = `{ $path }` 기록은 `{ $expected }` 시나리오가 아니라 `{ $found }` 시나리오로 만든 것입니다
error-stale-record = `{ $path }` 기록이 더 이상 시나리오에 맞지 않습니다: { $reason }
error-responses-shape = { $name }: 응답은 문항 순서대로 쓴 목록(`[c, d, a]`, 문제지의 글자나 권고 id), 문항 번호로 찾는 매핑(`1: c`), 또는 둘 중 하나를 담은 `responses:`여야 합니다
error-responses-item-number = { $name }: `{ $key }` 키는 문항 번호가 아닙니다. 문제지처럼 문항에 1부터 번호를 매기십시오
error-responses-unknown = { $name }: { $number }번 응답으로 쓴 `{ $id }` 값은 문제지의 글자도 아니고 권고도 아닙니다
error-responses-unknown-suggest = { $name }: { $number }번 응답으로 쓴 `{ $id }` 값은 문제지의 글자도 아니고 권고도 아닙니다. 혹시 `{ $suggestion }`입니까?
error-quiz-finished = 퀴즈에 답할 문항이 남아 있지 않습니다
error-quiz-not-an-option = 응답이 문항의 선택지 가운데 하나가 아닙니다

## 분석

error-analysis-too-large = 시나리오가 너무 커서 경로별로 분석할 수 없습니다: { $reason }
error-analysis-too-many-states = 시나리오의 조건이 만드는 상태가 { $limit }개를 넘어, 진행 표가 담을 수 있는 양보다 많습니다

## 실시간 세션의 명령과 저장된 이벤트

error-live-unknown-question = 시나리오에 `{ $question }` 질문이 없습니다
error-live-unknown-question-suggest = 시나리오에 `{ $question }` 질문이 없습니다. 혹시 `{ $suggestion }`입니까?
error-live-unknown-choice = `{ $question }` 질문에는 `{ $choice }` 선택지가 없습니다
error-live-unknown-choice-suggest = `{ $question }` 질문에는 `{ $choice }` 선택지가 없습니다. 혹시 `{ $suggestion }`입니까?
error-live-not-here = 진행은 `{ $question }` 질문이 아니라 `{ $at }` 질문에 있습니다
error-live-not-offered = 지금까지의 답을 따라가면 `{ $question }` 질문에서 `{ $choice }` 선택지가 나오지 않습니다
error-live-ended = 진행이 `{ $ending }` 결말에서 끝났습니다. 다시 답하려면 뒤로 돌아가십시오
error-live-nothing-to-undo = 취소할 답이 없습니다: 진행에는 답이 { $steps }개 있는데 { $keep }개를 남기려 합니다
error-live-note-too-long = 메모가 { $chars }자입니다. 메모는 { $limit }자까지 쓸 수 있습니다
error-live-not-finished-ended = `finished` 이벤트가 `{ $ending }` 결말을 가리키지만, 진행은 `{ $at }` 결말에서 끝났습니다
error-live-not-finished-question = `finished` 이벤트가 `{ $ending }` 결말을 가리키지만, 진행은 `{ $at }` 질문에 있습니다
error-live-joined-again = `joined` 이벤트는 참여자의 첫 이벤트로만 올 수 있습니다

## 명령줄 자체의 오류

error-cli-write = `{ $path }`에 쓸 수 없습니다: { $reason }
error-cli-missing-folder = `{ $path }`에 쓸 수 없습니다: `{ $folder }` 폴더가 없습니다
error-cli-invalid-scenario = `{ $name }`에 오류가 { $count }개 있습니다
error-cli-check-failed = 시나리오 파일 { $files }개{ $translations ->
    [0] {""}
   *[other] 와 번역 { $translations }개
} 가운데 { $failed }개가 통과하지 못했습니다(오류 { $errors }개, 경고 { $warnings }개)
error-cli-wrong-kind = `{ $path }` 파일은 { $found ->
    [quiz] 퀴즈(`stance quiz`)
   *[walk] 진행(`stance play`)
}의 기록이며, { $wanted ->
    [quiz] 퀴즈(`stance quiz`)
   *[walk] 진행(`stance play`)
}의 기록이 아닙니다
error-cli-record-in-use = 다른 stance 세션이 `{ $path }` 기록을 쓰고 있습니다
error-cli-analysis-paths = { $message }. `stance paths --count`로 경로 수를 셀 수 있습니다

## 플래그만으로는 알 수 없는 사용법 오류

usage-record-on-stdin = 기록은 단계마다 다시 쓰이므로 `-`에는 담을 수 없습니다. `--record FILE`을 주십시오(`--resume -`이면 기록을 표준 입력에서 읽은 뒤 FILE에 저장합니다)
usage-record-not-stdout = 기록은 단계마다 다시 쓰이므로 표준 출력이 아니라 파일이어야 합니다
usage-not-a-command = `{ $wanted }` 명령은 stance에 없습니다. stance의 명령: { $commands }
usage-not-a-command-suggest = `{ $wanted }` 명령은 stance에 없습니다. 혹시 `{ $name }`입니까?
usage-find-blank = { $number }번째 `--find`에 찾을 낱말이 없습니다. 인용문의 낱말을 주십시오
usage-count-format = `--count`는 텍스트나 JSON으로만 출력합니다. `{ $format }` 형식으로는 출력하지 않습니다
usage-responses-need-seed = `--responses`를 채점하려면 문항이 같아지도록 퀴즈의 `--seed`가 필요합니다
usage-walk-needs-terminal = `--walk`에는 터미널이 필요합니다. 진행은 `--answer`로 주십시오
usage-quiz-walk-off-scenario = 퀴즈에 쓸 진행이 시나리오를 따르지 않습니다
usage-translation-where = `{ $name }` 옆에는 stance가 번역을 둘 수 없습니다. `--output FILE`로 쓸 곳을 정하십시오
usage-translation-unparsed = 이미 있는 `{ $name }` 번역을 해석할 수 없습니다({ $line }행: { $message }). 그 안의 번역문이 유지되도록 먼저 고치십시오
usage-new-exists = `{ $name }` 파일이 이미 있습니다. stance new는 파일을 덮어쓰지 않습니다
usage-export-exists = `{ $path }` 파일이 이미 있습니다. 기록을 덮어쓰지 않도록 빈 폴더로 내보내십시오
usage-no-participants = 세션 데이터베이스에 아직 참여자가 없어 보고할 것이 없습니다
usage-drill-needs-terminal = 연습에는 터미널이 필요합니다. 터미널이 없으면 `--grades y,n,...`로 스스로 매긴 결과를 주십시오
usage-grades = `--grades`에는 시도마다 y나 n을 주어야 합니다(받은 값: `{ $grade }`)

## 오류 다음의 도움말

help-unknown-scenario = { $suggestion }. `stance list`로 모든 시나리오를 볼 수 있고, `.yaml` 파일의 경로를 주어도 됩니다
help-too-large = 믿을 수 있는 파일이면 `--max-bytes BYTES`로 한도를 높이십시오
help-ambiguous-scenario = 뜻하는 파일의 경로를 주십시오
help-invalid-scenario = `stance check { $name }` 명령으로 모든 발견 사항을 볼 수 있습니다
help-missing-folder = 먼저 폴더를 만들거나(`mkdir -p { $folder }`), 있는 폴더 안의 파일을 지정하십시오
help-wrong-kind = 이어서 하려면 `stance { $command } --resume { $path }` 명령을 실행하십시오
help-record-in-use = 그 세션이 끝나기를 기다리거나, 다른 파일에 기록하십시오
help-port-taken = 다른 프로그램이 { $port }번 포트를 쓰고 있을 수 있습니다. `--port PORT`로 다른 포트를 고르거나, 아무 빈 포트나 쓰려면 `--port 0`을 주십시오
help-session-exists = 그 세션을 이어 가려면 시나리오 없이 `stance serve --db FILE` 명령을 실행하십시오. 새 세션을 시작하려면 새 파일 이름을 주십시오
help-missing-answers = 각 질문의 답을 `--answer QUESTION=CHOICE`로 주거나, 물어볼 수 있도록 표준 입력을 터미널에 연결해 실행하십시오
help-answer-syntax = 예: `--answer sma=inside_sofa`
help-note-syntax = 예: `--note sma="I would pay more"`
help-answers-file = 답 파일은 질문 id를 선택지 id에 대응시킵니다. 예: `sma: inside_sofa`
help-answer-conflict = 질문마다 답을 하나만 두십시오
help-answer-unavailable = 그 자리에서 고를 수 있는 선택지: { $choices }
