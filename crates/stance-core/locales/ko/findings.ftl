# `stance check`가 찾은 문제의 한국어 문구. 이름 둘레의 말만 여기 있습니다. id, 키, 경로,
# 숫자, 인용한 글은 인수로 받고, 파서가 하는 말은 받은 그대로(영어로) 나옵니다. 발견 사항의
# 코드(`unknown-key`…)와 `--format json`은 여기서 오지 않습니다. 기계용 출력은 영어로 둡니다.
# 모든 키는 모든 언어에 있어야 합니다.

## 발견 사항을 보여 줄 때

finding-level-error = 오류
finding-level-warning = 경고
finding-level-help = 도움말
finding-level-note = 참고
finding-in-file = `{ $file }` 파일에서

## 참조: `start`, `next`, `otherwise`, `recommends`

finding-start-ending = `start`가 가리키는 `{ $name }` 항목은 질문이 아니라 결말입니다
finding-start-unknown = `start`가 가리키는 `{ $name }` 항목은 질문이 아닙니다
finding-label-an-ending = 결말
finding-label-no-question = 이 id의 질문이 없습니다
finding-next-unknown = { $what }에서 이어지는 `{ $name }` 항목은 질문도 결말도 아닙니다
finding-label-no-node = 이 id의 질문이나 결말이 없습니다
finding-what-nodes = 질문과 결말
finding-what-otherwise = `{ $question }` 질문의 `otherwise`
finding-what-choice = `{ $question }` 질문의 `{ $choice }` 선택지
finding-too-few-choices = `{ $question }` 질문의 선택지가 { $count }개입니다. 질문에는 선택지가 두 개 이상 있어야 합니다
finding-too-few-choices-help = 선택지를 더하거나, 이 질문을 앞 질문에 합치십시오
finding-when-without-otherwise = `{ $question }` 질문에 `when`은 있지만 `otherwise`가 없습니다
finding-when-without-otherwise-help = 질문을 건너뛸 때 진행이 갈 곳을 `otherwise:`로 적으십시오
finding-otherwise-without-when = `{ $question }` 질문에 `otherwise`는 있지만 `when`이 없습니다
finding-otherwise-without-when-help = 질문을 묻는 조건을 `when:`으로 적거나, `otherwise`를 지우십시오
finding-headline-after-always = `{ $ending }` 결말의 { $number }번째 헤드라인은 선택되지 않습니다: 앞의 { $earlier }번째 헤드라인에 `when`이 없습니다
finding-headline-after-always-help = 조건이 맞는 첫 헤드라인이 선택됩니다. `when`이 없는 헤드라인을 맨 뒤에 두십시오
finding-recommended-twice = 한 목록에서 `{ $id }` 권고를 두 번 권합니다
finding-recommended-twice-help = 두 번째 것을 지우십시오
finding-no-recommendation = id가 `{ $id }`인 권고가 없습니다
finding-label-not-a-recommendation = `recommendations`에 정의되지 않았습니다
finding-what-recommendations = 권고
finding-unused-recommendation = 어떤 선택지나 결말도 `{ $id }` 권고를 권하지 않습니다
finding-unused-recommendation-help = `recommends` 목록에 넣거나, 이 권고를 지우십시오

## 질문의 흐름

finding-cycle = 질문들이 순환합니다: { $path }
finding-cycle-label = `{ $question }` 질문으로 되돌아갑니다
finding-cycle-help = 모든 진행은 결말에 닿아야 합니다. 이 연결을 뒤의 질문이나 결말로 바꾸십시오
finding-unreachable-question = `{ $start }`에서 시작하는 어떤 진행도 `{ $question }` 질문에 닿지 않습니다
finding-unreachable-ending = `{ $start }`에서 시작하는 어떤 진행도 `{ $ending }` 결말에 닿지 않습니다
finding-unreachable-help = 어떤 선택지의 `next`가 이곳을 가리키게 하거나, 이것을 지우십시오

## 조건

finding-empty-condition = 이 조건이 비어 있습니다
finding-empty-condition-help = `question_id: choice_id`, 또는 `all:`, `any:`, `not:`을 쓰십시오
finding-condition-unknown-question = 조건이 가리키는 `{ $question }` 항목은 질문이 아닙니다
finding-what-condition-names = 질문(또는 `all`, `any`, `not`)
finding-condition-no-choice = `{ $question }` 질문에 대한 조건에 선택지가 없습니다
finding-condition-no-choice-help = 선택지 id 하나나 그 목록을 적으십시오
finding-no-choice = `{ $question }` 질문에는 `{ $choice }` 선택지가 없습니다

## 글과 인용

finding-what-field = `{ $field }` 값
finding-what-talking-point = 토론 요점
finding-what-discussion = `discussion`의 토론 질문
finding-empty-text = { $what }이 비어 있습니다
finding-uncited = `{ $id }` 권고에 인용이 없습니다
finding-uncited-help = 문단 번호와 짧은 원문 그대로의 인용을 `cites:`로 더하십시오
finding-paragraph-zero = 0번 문단은 없습니다
finding-paragraph-zero-help = 본문 문단은 1부터 셉니다
finding-long-quote = 이 인용은 한 문장을 넘습니다
finding-long-quote-help = 한 문장 이하로 인용하십시오
finding-no-paragraph = ¶{ $paragraph } 문단은 없습니다: 원문의 본문 문단은 { $count }개입니다
finding-no-paragraph-help = 제목, 필자 줄, 소제목은 문단으로 세지 않습니다
finding-misquote = 이 인용은 원문의 ¶{ $paragraph }에 없습니다
finding-misquote-elsewhere = 이 인용은 ¶{ $paragraph }에 있습니다. 혹시 `paragraph: { $paragraph }`입니까?
finding-misquote-nowhere = 원문의 어느 문단에도 이 인용이 없습니다. 원문의 말을 그대로 옮기십시오(공백, 따옴표, 대시는 달라도 됩니다)

## id와 형식 버전

finding-unsupported-format = 지원하지 않는 형식 버전 `{ $version }`입니다
finding-unsupported-format-help = 이 버전의 stance는 `format: { $version }` 형식을 읽습니다
finding-what-scenario-id = 시나리오 id
finding-what-question-id = 질문 id
finding-what-ending-id = 결말 id
finding-what-recommendation-id = 권고 id
finding-what-choice-id = 선택지 id
finding-invalid-id = { $what } `{ $id }` 값은 { $style } 형식이 아닙니다
finding-invalid-id-help = 영문 소문자, 숫자, `{ $separator }`만 쓰고 영문자로 시작하십시오. 예: `{ $example }`
finding-reserved-id = 질문 id `{ $id }` 값은 예약되어 있습니다
finding-reserved-id-help = 조건은 `all`, `any`, `not`을 연산자로 읽습니다. 다른 id를 고르십시오
finding-duplicate-node = 질문 또는 결말 id `{ $id }` 값이 두 번 정의되었습니다
finding-duplicate-recommendation = 권고 id `{ $id }` 값이 두 번 정의되었습니다
finding-duplicate-choice = 선택지 id `{ $id }` 값이 두 번 정의되었습니다
finding-duplicate-id-label = 여기서 다시 정의됨
finding-duplicate-id-help = 처음 정의된 곳은 { $line }번째 줄 { $column }번째 칸입니다. id는 겹치면 안 됩니다

## 진행과 조건

finding-dead-end = 어떤 진행은 `{ $question }` 질문에 이르렀을 때 보이는 선택지가 하나도 없습니다
finding-dead-end-help = 선택지의 `when`을 느슨하게 하거나, `when` 없는 선택지를 더하십시오
finding-never-asked = `{ $question }` 질문은 한 번도 묻지 않습니다: 그 `when`이 맞는 진행이 없습니다
finding-never-offered = `{ $question }` 질문의 `{ $choice }` 선택지는 한 번도 보이지 않습니다: 그 `when`이 맞는 진행이 없습니다
finding-never-added-by-choice = `{ $choice }` 선택지는 `{ $id }` 권고를 한 번도 더하지 않습니다: 이 선택지를 고르는 진행 가운데 그 `when`이 맞는 것이 없습니다
finding-never-added-at-ending = `{ $ending }` 결말에서 `{ $id }` 권고가 한 번도 더해지지 않습니다: 그 결말로 끝나는 진행 가운데 그 `when`이 맞는 것이 없습니다
finding-headline-shadowed = `{ $ending }` 결말의 { $number }번째 헤드라인은 선택되지 않습니다: 그 `when`이 맞는 모든 진행에서 앞의 헤드라인이 먼저 맞습니다
finding-headline-shadowed-help = 조건이 맞는 첫 헤드라인이 선택됩니다. 순서를 바꾸거나, 앞의 `when`을 좁히십시오
finding-headline-never = `{ $ending }` 결말의 { $number }번째 헤드라인은 선택되지 않습니다: 그 결말로 끝나는 진행 가운데 그 `when`이 맞는 것이 없습니다
finding-never-true-help = 조건이 가리키는 질문과 선택지 id, 그리고 그 앞에 올 수 있는 것을 확인하십시오
finding-never-asked-ungated = 어떤 진행도 `{ $question }` 질문을 묻지 않습니다: 앞의 조건들이 어떤 진행도 통과시키지 않습니다
finding-never-ends = 어떤 진행도 `{ $ending }` 결말로 끝나지 않습니다: 앞의 조건들이 어떤 진행도 통과시키지 않습니다
finding-blocked-help = 이곳으로 이어지는 선택지와 질문의 `when`을 확인하십시오
finding-never-added = 어떤 진행도 `{ $id }` 권고를 더하지 않습니다
finding-never-added-help = 이 권고를 권하는 곳에 닿지 않거나, 그 조건이 맞지 않습니다
finding-at-question = `{ $question }` 질문
finding-at-ending = `{ $ending }` 결말
finding-condition-order = 이 조건은 `{ $question }` 질문을 읽지만, 어떤 진행도 { $at }보다 먼저 그 질문에 답하지 않습니다
finding-condition-order-help = 조건은 같은 진행에서 앞서 물은 질문만 읽을 수 있습니다

## 골든 패스 테스트

finding-test-unknown-question = 테스트가 답하는 `{ $question }` 항목은 질문이 아닙니다
finding-test-expects-twice = 테스트가 `{ $id }` 권고를 두 번 기대합니다
finding-test-expects-twice-help = 진행은 권고를 한 번씩만 더합니다. 두 번째 것을 지우십시오
finding-test-unknown-recommendation = 테스트가 기대하는 `{ $id }` 항목은 권고가 아닙니다
finding-skipped-answer = `{ $test }` 테스트는 `{ $question }` 질문에 답하지만, 그 진행은 이 질문을 묻지 않습니다
finding-skipped-answer-help = 테스트의 다른 답으로는 진행이 `{ $question }` 질문에 닿지 않으므로, 이 답은 아무것도 바꾸지 않습니다. 이 답을 지우거나, 다른 곳으로 이끄는 답을 바꾸십시오

## 에세이

finding-unreadable-source-help = `source.file`은 시나리오 폴더를 기준으로 한 경로입니다. 인용을 에세이와 대조하지 못했습니다

## 번역

finding-translation-format = 번역 형식 `{ $version }` 버전은 지원하지 않습니다
finding-translation-format-help = 이 빌드는 `{ $version }` 버전의 번역 형식을 읽습니다
finding-translation-tag = `{ $tag }` 값은 언어 태그가 아닙니다
finding-translation-tag-help = 태그는 `ko`처럼 소문자로 쓴 두세 글자의 언어 코드이며, `zh-Hant`, `pt-BR`처럼 하위 태그가 붙을 수 있습니다
finding-translation-other-scenario = 이 번역은 `{ $named }` 시나리오의 번역인데, `{ $scenario }` 시나리오 옆에 있습니다
finding-translation-other-scenario-help = `{ $scenario }` 시나리오의 번역에는 `scenario: { $scenario }`라고 적습니다
finding-translation-unknown = `{ $key }` 키에 해당하는 시나리오의 글이 없습니다
finding-translation-unknown-label = 알 수 없는 키
finding-translation-unknown-help = 키는 시나리오의 글을 가리킵니다: `title`, `question.ID.prompt`, `question.ID.choice.ID.label`, `recommendation.ID.text`…(모두 { $count }개. `stance new --translation LANG SCENARIO`가 모두 적어 줍니다)
finding-not-translated = `{ $key }` 글은 아직 번역되지 않아 원문대로 보입니다
finding-not-translated-help = 원문: { $text }
finding-absent-one = 번역에 `{ $key }` 항목이 없어 원문대로 보입니다
finding-absent = 번역에 글 { $count }개의 항목이 없어 원문대로 보입니다: { $keys }
finding-absent-more = 번역에 글 { $count }개의 항목이 없어 원문대로 보입니다: { $keys } 외 { $more }개
finding-absent-help = `stance new --translation { $language } { $scenario } --output FILE` 명령이 이미 번역한 글은 그대로 두고 모든 항목을 적어 줍니다
finding-stale = `{ $key }` 글은 번역한 뒤에 바뀌었으므로, 번역을 새로 고칠 때까지 원문대로 보입니다
finding-stale-label = 예전 글의 해시
finding-stale-help = 지금 원문: { $text }. 번역을 고친 뒤 `source: { $hash }`로 적으십시오

## YAML 읽기

finding-unsupported-tag = `{ $tag }` 태그는 stance가 읽지 않습니다
finding-unsupported-tag-label = 여기에 태그가 있음
finding-unsupported-tag-help = 태그 없이 일반 텍스트, 숫자, 목록, 매핑으로 쓰십시오. `!!str` 같은 YAML 핵심 태그는 쓸 수 있습니다
finding-unknown-key = 알 수 없는 키 `{ $key }`
finding-unknown-key-label = 여기에 올 수 없는 키
finding-what-keys-here = 키
finding-missing-key = `{ $key }` 키가 없습니다
finding-missing-key-label = `{ $key }` 키가 있어야 하는 매핑
finding-misindented-label = { $indent }칸 들여 썼지만, 매핑의 키는 { $keys }칸입니다
finding-misindented-key = `{ $key }` 키가 여기 다른 들여쓰기로 있어서 매핑의 일부로 읽히지 않습니다. 매핑의 다른 키처럼 { $keys }칸 들여 쓰십시오
finding-misindented-there = `{ $key }` 키
finding-misindented-there-line = { $line }번째 줄의 `{ $key }` 키
finding-misindented-ends = 이 줄에서 매핑이 끝나므로 { $there }가 매핑의 일부로 읽히지 않습니다. 이 줄을 매핑의 다른 키처럼 { $keys }칸 들여 쓰십시오
finding-duplicate-key = 한 매핑에 `{ $key }` 키가 두 번 있습니다
finding-duplicate-key-unnamed = 한 매핑에 같은 키가 두 번 있습니다
finding-duplicate-key-label = 여기서 다시 나옴
finding-duplicate-key-help = 두 항목 가운데 하나를 지우십시오
finding-invalid-value = 잘못된 값 `{ $value }`
finding-what-values = 값
finding-expected-found = { $expected } 값이 와야 하는데 { $found } 값이 있습니다
finding-expected = { $expected }이 와야 합니다
finding-expected-scalar = 목록이나 매핑이 아닌 하나의 값(텍스트나 숫자)
finding-expected-list = 목록
finding-expected-mapping = 키와 값의 매핑
finding-expected-count = 0 이상의 정수 값
finding-expected-integer = 정수 값
finding-expected-bool = `true`나 `false` 값
finding-expected-type = `{ $type }` 형식의 값
finding-null-string = 문자열이 와야 하는데 아무것도 없습니다
finding-null-string-help = 콜론 뒤에 글을 쓰거나, `""`를 쓰십시오
finding-several-documents = 시나리오 파일에는 YAML 문서가 하나만 있어야 하는데, 이 파일에는 여럿 있습니다
finding-several-documents-help = 문서를 각각 다른 파일로 나누십시오
finding-alias-bomb = 별칭이 너무 많은 데이터로 펼쳐집니다(별칭 폭탄입니까?)
finding-limit-depth = YAML이 stance가 읽는 최대 깊이인 64단계보다 깊이 중첩되어 있습니다
finding-limit = YAML이 파서의 한도를 넘습니다: { $what }
finding-limit-aliases = 10,000개가 넘는 별칭이나 앵커
finding-limit-merge-keys = 10,000개가 넘는 병합 키(`<<`)
finding-limit-values = 너무 많은 값
finding-limit-text = 너무 많은 텍스트
finding-limit-structure = 너무 복잡한 구조

## 시나리오가 가리키는 에세이, 번역이 가리키는 시나리오

finding-source-outside = `{ $path }` 경로는 시나리오 폴더와 그 위 폴더 밖에 있습니다. stance는 에세이를 이 두 곳에서만 찾습니다. 에세이를 그곳에 두고 상대 경로로 적으십시오
finding-translated-unreadable = 이 번역의 시나리오를 읽을 수 없습니다: { $reason }
finding-translated-invalid = 이 번역의 시나리오 `{ $file }` 파일에 오류가 있습니다. `stance check { $file }` 명령으로 볼 수 있습니다

## `stance check`가 발견 사항 뒤에 하는 말

check-checked = 검사 완료
check-passed = { $checked }: { $what }, 오류 없음, { $warnings }
check-files = 시나리오 파일 { $count }개
check-translations = 번역 { $count }개
check-files-and-translations = { $files }와 { $translations }
check-warnings = 경고 { $count }개
check-note-no-essay = 참고: `{ $file }` 파일은 에세이를 가리키지 않으므로 인용은 길이만 검사했습니다. `source.file`에 에세이를 적거나 `--source ESSAY`를 주십시오
check-note-no-essays = 참고: 시나리오 파일 { $total }개 가운데 { $count }개({ $files })가 에세이를 가리키지 않으므로 인용은 길이만 검사했습니다. `source.file`에 에세이를 적거나 `--source ESSAY`를 주십시오
