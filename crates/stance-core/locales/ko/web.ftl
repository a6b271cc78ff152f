# The browser player's words: the walk's page (`stance html`, and a live class's
# player). Arguments are { $name }; the page fills them in.

player-question = 질문 { $n }
player-background = 배경
player-facilitator-notes = 진행자 노트
player-discussion = 토론거리
player-your-answer = 내 답
player-adds = 추가:{" "}
player-adds-nothing = 입장에 아무것도 더하지 않습니다.
player-no-choice = 여기서는 고를 수 있는 답이 없습니다. 시나리오를 고쳐야 합니다. 작성자는 `stance check`를 실행해 볼 수 있습니다.
player-note-label = 이 질문에 대한 메모(선택): 내 생각이나 동의하지 않는 이유
player-back = 뒤로
player-restart = 처음부터
player-print = 인쇄
player-stance-heading = 저자의 입장
player-walked-by = { $name }님이 진행했습니다.
player-no-recommendation = 이 경로에서 저자는 권고하지 않습니다.
player-basis-explicit = 명시: 저자가 직접 밝힘
player-basis-inferred = 추론: 에세이에서 끌어낸 것으로, 저자가 직접 밝히지는 않음
player-why = 이유:{" "}
player-path-heading = 내 경로
player-your-note = 내 메모:{" "}
player-hand-in = 진행한 내용을 제출하려면 아래에서 기록을 내려받으십시오.
player-answered = 답함: { $label }. 질문 { $n }.
player-answered-last = 답함: { $label }. 진행이 끝났습니다. 저자의 입장이 이어집니다.
player-undone = 답을 취소함: { $label }.
player-restarted = 첫 질문부터 다시 시작했습니다.
player-confirm-restart = 처음부터 다시 할까요? 이 페이지의 답, 메모, 이름이 지워집니다.
player-resumed = 다시 오셨군요. 질문 { $n }부터 이어서 진행합니다.
player-resumed-end = 다시 오셨군요. 진행을 마쳤습니다. 입장은 아래에 있습니다.
player-cannot-save = 이 브라우저는 진행 상황을 저장하지 않습니다(사생활 보호 창이거나 저장소가 꺼져 있습니다). 페이지를 닫거나 새로 고치면 답이 사라집니다. 떠나기 전에 기록을 내려받으십시오.
player-kept-no-longer-fits = 이 브라우저에 남은 진행 가운데 일부가 이 시나리오에 맞지 않아, 질문 { $n }부터 이어서 진행합니다.
player-kept-unreadable = 이 브라우저에 남은 진행을 읽을 수 없어 처음부터 시작합니다.
player-downloaded = 기록을 { $file } 파일로 내려받았습니다.
player-too-big = { $file } 파일은 기록이 될 수 있는 크기(1 MiB)보다 큽니다. 아무것도 불러오지 않았습니다.
player-not-json = { $file } 파일은 stance 기록이 아닙니다. JSON이 아닙니다. 아무것도 불러오지 않았습니다.
player-not-record = { $file } 파일은 stance 기록이 아닙니다(`format: "stance-record/1"`이 없습니다). 아무것도 불러오지 않았습니다.
player-quiz-record = { $file } 파일은 퀴즈 기록입니다. 이 페이지는 진행을 이어 갑니다. 아무것도 불러오지 않았습니다.
player-other-scenario = { $file } 파일은 `{ $scenario }`이(가) 아니라 `{ $id }`의 기록입니다. 아무것도 불러오지 않았습니다.
player-bad-step = { $file }: { $n }번째 단계가 id로 적힌 질문과 선택지가 아닙니다. 아무것도 불러오지 않았습니다.
player-too-many-steps = { $file } 파일에는 이 시나리오의 질문보다 많은 단계가 있습니다. 아무것도 불러오지 않았습니다.
player-unfit = { $file }: { $n }번째 단계(`{ $question }` = `{ $choice }`)는 그 지점에서 고를 수 있는 답이 아닙니다. 이 기록은 이 시나리오의 다른 버전에서 만들어졌습니다. 아무것도 불러오지 않았습니다.
player-confirm-replace = 이 페이지의 진행 대신 이 기록을 불러올까요? 지금의 답, 메모, 이름이 바뀝니다.
player-loaded = { $file } 파일을 불러왔습니다. 질문 { $n }부터 이어서 진행합니다.
player-loaded-end = { $file } 파일을 불러왔습니다. 진행을 마쳤습니다. 입장은 아래에 있습니다.
player-join-heading = 수업에 참여하기
player-live-record = 답과 메모는 진행하는 대로 수업 서버에 저장됩니다. 사본을 남기려면 기록을 내려받으십시오.
player-join-intro = 세션 { $code }. 수업에서 불릴 이름을 적으십시오. 계정도 이메일도 필요 없습니다.
player-join-name = 이름
player-join = 참여하기
player-joining = 참여하는 중…
player-join-unreachable = 수업 서버에 연결할 수 없습니다. 이 기기가 교실 네트워크에 연결되어 있는지 확인한 뒤 다시 시도하십시오.
player-joined = { $name }(으)로 참여했습니다. 질문 1.
player-live-saved = 수업 서버에 저장했습니다.
player-live-sending = 수업 서버로 보내는 중…
player-live-offline = 수업 서버에 연결되어 있지 않습니다. 답은 이 브라우저에 보관했다가 연결이 돌아오면 보냅니다.
player-live-back = 다시 연결되었습니다. 모든 내용이 수업 서버에 저장되었습니다.
player-live-forgotten = 수업 서버가 이 페이지를 알지 못합니다(새 세션을 시작했을 수 있습니다). 다시 참여하십시오.
player-live-removed = 진행자가 이 페이지를 세션에서 내보냈습니다. 실수라면 진행자에게 물어보십시오.
player-live-taken-server = 수업 서버에 내 진행의 다른 사본이 있어, 이 페이지는 이제 그 사본을 보여 줍니다.
player-live-taken-server-why = 수업 서버에 내 진행의 다른 사본이 있어, 이 페이지는 이제 그 사본을 보여 줍니다({ $why }).
player-confirm-restart-live = 처음부터 다시 할까요? 답은 지워지고(수업 서버에는 다시 시작했다는 사실이 남습니다) 메모는 그대로 남습니다.
player-other-version = 이 기록은 시나리오 파일의 다른 버전에서 만들어졌습니다. 답이 이 버전에도 맞으므로 여기서 진행을 이어 가며, 이제 내려받는 기록은 이 버전의 것이 됩니다.
player-noscript = 이 페이지는 자바스크립트로 시나리오를 진행하는데, 이 브라우저에서는 자바스크립트가 꺼져 있습니다. 진행하려면 이 페이지에서 켜십시오.
player-record-heading = 내 기록
player-record-intro = 답과 메모는 진행하는 대로 이 브라우저에 보관됩니다. 제출하려면 기록을 내려받고, 이어서 하려면 기록을 불러오십시오.
player-name-label = 이름(선택, 기록에 적힘)
player-download = 내 기록 내려받기
player-load = 기록 불러오기
player-facilitator-title = { $title } (진행자)

# The live class's dashboard, on the facilitator's screen or the room's projector.

dashboard-title = { $title } (실시간 수업)
dashboard-join-at = 참여 주소
dashboard-code = 세션 코드
dashboard-noscript = 대시보드는 자바스크립트로 수업 현황을 그리는데, 이 브라우저에서는 자바스크립트가 꺼져 있습니다.
dashboard-class-heading = 참여자
dashboard-answers-heading = 답
dashboard-reached-heading = 도달한 권고
dashboard-reached-intro = 마친 진행만 셉니다.
dashboard-path-heading = 경로와 비교
dashboard-path-intro = 질문을 따라 경로 하나를 고르십시오. 표는 참여자들이 그 경로를 어디까지 따랐고 어디서 벗어났는지 보여 줍니다.
dashboard-counts = { $joined }명 참여 · { $finished }명 마침
dashboard-nobody = 아직 아무도 참여하지 않았습니다. 학생들은 위 주소를 열거나 QR 코드를 스캔하면 됩니다.
dashboard-at-question = 질문 { $n }
dashboard-finished = 마침
dashboard-live = 실시간 연결됨.
dashboard-reconnecting = 연결이 끊겼습니다. 다시 연결하는 중…
dashboard-lost = 대시보드와 서버의 연결이 끊어졌습니다. 이 페이지를 새로 고치거나 진행자 링크를 다시 여십시오.
dashboard-table-caption = 질문에 대한 답: { $prompt }
dashboard-choice = 선택지
dashboard-count = 진행 수
dashboard-reached-caption = 마친 진행에서 도달한 권고
dashboard-recommendation = 권고
dashboard-reveal = 저자의 논거 보이기
dashboard-revealed = 저자의 논거 숨기기
dashboard-if-chosen = “{ $label }”을(를) 고르면
dashboard-adds-nothing = 여기서 저자는 입장에 아무것도 더하지 않습니다.
dashboard-notes = 메모 ({ $n })
dashboard-path-step = { $n }. { $prompt }
dashboard-path-none = — 경로가 여기서 끝남 —
dashboard-path-ended = 경로가 진행의 끝에 이릅니다.
dashboard-divergence-question = 질문
dashboard-divergence-path = 경로의 답
dashboard-divergence-reached = 도달
dashboard-divergence-stayed = 경로를 따름
dashboard-divergence-left = 벗어나 고른 답
dashboard-no-path = 아직 고른 경로가 없습니다.
dashboard-path-refused = 서버가 경로를 받지 않았습니다: { $why }
dashboard-reveal-refused = 서버가 그 요청을 받지 않았습니다: { $why }
dashboard-remove = 내보내기
dashboard-remove-label = { $name }님을 세션에서 내보내기
dashboard-remove-confirm = { $name }님을 세션에서 내보낼까요? 그 페이지는 더 답할 수 없고, 그 진행은 더 이상 집계되지 않으며, 이름은 다시 쓸 수 있게 됩니다.
dashboard-remove-refused = 서버가 내보내지 않았습니다: { $why }

# The server's short pages: the code form, and what a wrong address gets.

notice-code-label = 세션 코드
notice-go = 이동
notice-home-heading = 수업에 참여하기
notice-home = 선생님이 보여 주는 세션 코드를 입력하십시오.
notice-wrong-code-heading = 그런 세션이 없습니다
notice-wrong-code = 이 서버에서는 다른 세션이 열려 있습니다. 선생님이 보여 주는 코드를 확인하고 다시 입력하십시오.
notice-no-token-heading = 대시보드는 진행자 링크로 열어야 합니다
notice-no-token = `stance serve`가 시작할 때 출력한 `facilitator:` 주소를 여십시오.
notice-wrong-token-heading = 진행자 링크가 아닙니다
notice-wrong-token = 이 주소의 토큰은 이 세션의 것이 아닙니다. `stance serve`가 시작할 때 출력한 `facilitator:` 주소를 여십시오.
notice-not-found-heading = 여기에는 아무것도 없습니다
notice-not-found = 이 서버에는 참여 페이지와 대시보드만 있습니다.

# Why the class server refused a join, as the page joining shows it.

join-name-empty = 참여하려면 이름을 적으십시오
join-name-too-long = 이름이 { $chars }자입니다. 이름은 { $max }자까지 쓸 수 있습니다
join-name-invisible = 이름에 보이지 않는 문자 { $code }이(가) 있습니다. 글자, 숫자, 공백만 쓰십시오
join-name-taken = `{ $name }`(이)라는 이름은 이 수업에서 이미 쓰고 있습니다. 이니셜을 덧붙이거나 다른 이름을 고르십시오
join-bad-token = 이 페이지의 식별자가 16진수 32~128자리가 아닙니다
join-already-joined = 이 페이지는 이미 `{ $name }`(으)로 참여했습니다
join-full = 세션이 가득 찼습니다. 참여자는 { $max }명까지입니다
join-removed = 진행자가 이 페이지를 세션에서 내보냈습니다
join-wrong-code = 이 서버에서는 다른 세션이 열려 있습니다. 코드를 확인하십시오

# Why the class server refused a page's step, or the facilitator's change.

request-unknown = 이 페이지는 세션에 참여하지 않았습니다(또는 세션이 새로 시작되었습니다). 다시 참여하십시오
request-out-of-order = 요청 { $seq }의 순서가 맞지 않습니다. 다음 요청은 { $expected }입니다
request-conflict = 요청 { $seq }번은 이미 다른 내용으로 받았습니다
request-too-many = 이 진행은 한 세션에서 참여자 한 명에게 허용되는 최대 단계 수({ $max }단계)에 이르렀습니다. 진행자에게 물어보십시오
facilitator-bad-path = 경로의 { $step }번째 단계: { $reason }
facilitator-unknown-question = 시나리오에 `{ $question }` 질문이 없습니다
facilitator-unknown-participant = 세션에 `{ $name }`(이)라는 참여자가 없습니다
facilitator-unknown-participant-near = 세션에 `{ $name }`(이)라는 참여자가 없습니다. 혹시 `{ $nearest }`입니까?

# Why the class server could not start or go on, as the teacher's terminal says it.

db-unusable = 세션 데이터베이스 `{ $db }`을(를) 쓸 수 없습니다: { $reason }
db-not-created = 세션 데이터베이스 `{ $db }`을(를) 만들 수 없습니다: { $reason }
db-exists = `{ $db }`이(가) 이미 있습니다. 새 세션은 파일을 덮어쓰지 않습니다
db-not-a-session = `{ $db }`은(는) stance 세션 데이터베이스가 아닙니다: { $reason }
serve-no-randomness = 시스템에서 난수를 얻지 못했습니다: { $reason }
serve-replay = `{ $db }`: { $reason }
serve-stored-scenario = `{ $db }`에 저장된 시나리오가 검사를 통과하지 못합니다: { $reason }
serve-other-scenario = `{ $db }`에는 `{ $given }`이(가) 아니라 `{ $stored }` 시나리오의 세션이 들어 있습니다
serve-scenario-changed = `{ $db }`의 세션을 시작한 뒤 시나리오 파일이 바뀌었습니다. 시나리오를 지정하지 말고 이어서 하거나(데이터베이스에 시작할 때의 글이 들어 있습니다), 새 데이터베이스에서 새 세션을 시작하십시오
serve-no-scenario = 새 세션에는 시나리오가 있어야 합니다
serve-token-length = 진행자 토큰은 글자, 숫자, `-`, `_`, `.`, `~`로 된 16~256자여야 하는데, { $length }자입니다
serve-token-character = 진행자 토큰은 글자, 숫자, `-`, `_`, `.`, `~`로 된 16~256자여야 하는데, `{ $character }`이(가) 들어 있습니다
serve-cannot-listen = { $address }에서 연결을 받을 수 없습니다: { $reason }
serve-not-started = 서버를 시작할 수 없습니다: { $reason }
serve-not-stored = 세션 데이터베이스에 오류가 생겨 더는 저장할 수 없습니다: { $reason }
