# `stance --help`와 각 명령의 `--help`, `-h`, `stance help 명령`에 나오는 한국어 문구.
#
# 영어 도움말은 `src/cli/args.rs`의 문서 주석에서 clap이 만듭니다. `en/help.ftl`은 그 사본이며
# 테스트(`src/cli/help_text.rs`)가 문서 주석과 같은지 확인합니다. 문서 주석을 고치면
# `en/help.ftl`과 이 파일도 고치십시오.
#
# 키는 명령의 경로와 인수의 id로 만들며, 코드에 직접 쓰지 않습니다.
#   help-PATH-about, help-PATH-about-long        명령의 요약과 긴 설명
#   help-PATH-after, help-PATH-after-long        옵션 뒤에 나오는 글(예시)
#   help-PATH-arg-ID, help-PATH-arg-ID-long      인수의 도움말과 긴 도움말
#   help-PATH-arg-ID-value-NAME                  인수가 받는 값 하나
# PATH는 최상위 명령이면 `stance`, 아니면 명령 이름을 `-`로 이은 것입니다(`play`,
# `serve-export`). id나 값의 `_`는 `-`로 씁니다. 문서 주석에 그 글이 있을 때만 키가 있습니다.
# 키가 없는 글이 있거나 어떤 글도 가리키지 않는 키가 있으면 테스트가 실패합니다.
#
# 끝에 있는 help-heading-*, help-flag-*, help-command-*, help-label-* 키는 clap 자체의
# 문구(제목, 기본 `--help`·`--version`·`help`, `[기본값: …]` 같은 주석)입니다.
#
# 플래그 이름, id, 파일 이름, `코드`, 예시 명령은 번역하지 않습니다. 글 안의 `{`와 `}`는
# {"{"}와 {"}"}로, `[`로 시작하는 줄은 {"["}로 씁니다.

help-stance-about = 정책 에세이를 의사결정 트리로 따라가 저자의 입장에 이릅니다
help-stance-about-long =
    정책 에세이를 의사결정 트리로 따라가 저자의 입장에 이릅니다.

    시나리오는 상황에 관한 질문을 던지고, 답마다 저자의 권고가 더해집니다. 권고는 시나리오에 적힌 그대로이며 에세이의 문단을 출처로 밝힙니다.
help-stance-after =
    예:
      stance play                                   내장 시나리오를 화살표 키로 진행
      stance play --answer peninsula=reunification --answer sma=outside_sofa \
                  --answer regional_role=no --format json
      stance check --source essay.txt scenarios/    시나리오와 그 인용을 검증
      stance list                                   stance가 아는 시나리오 보기

    종료 코드: 0 성공, 1 시나리오에 오류 있음, 2 사용법이나 입력 오류, 130 중단됨.
help-stance-arg-color = 출력에 색을 입힐지: `auto`는 터미널에 색을 입히되, `NO_COLOR`가 설정되어 있거나 `TERM`이 `dumb`이면 입히지 않습니다
help-stance-arg-color-value-auto = 터미널에 색을 입힙니다. 단, `NO_COLOR`가 설정되어 있거나 `TERM=dumb`이면 입히지 않습니다
help-stance-arg-color-value-always = 파이프나 파일로 보낼 때도 텍스트 출력에 늘 색을 입힙니다
help-stance-arg-color-value-never = 색을 입히지 않습니다
help-stance-arg-dir = id로 찾을 시나리오 파일이 있는 폴더(내장 시나리오 외에) [기본값: scenarios]
help-stance-arg-lang = 시나리오에 그 언어의 번역이 있을 때 시나리오를 보여 줄 언어(`ko`)이자 stance 자체 문구와 `--help`의 언어 [기본값: `STANCE_LANG`, 없으면 로캘(`LC_ALL`, `LC_MESSAGES`, `LANG`), 그것도 없으면 en]
help-stance-arg-max-bytes = 읽을 입력 파일의 최대 크기(바이트): 시나리오, 답, 응답, 원문 텍스트
help-play-about = 시나리오를 진행하고 저자의 입장을 출력합니다
help-play-after =
    표준 입력과 표준 오류가 터미널이면 대화형으로 진행합니다. 화살표 키나 j/k로 움직이고
    Enter로 고르며 Esc나 q로 그만둡니다. 주어진 답을 먼저 쓰고, 남은 질문은 물어봅니다.
    터미널이 없거나 --no-input이면 남은 질문을 알리고 종료 코드 2로 끝납니다. --plain(또는
    ACCESSIBLE 설정)이면 질문을 번호 붙인 줄로 물어, 화면 낭독기와 스크립트가 쓸 수
    있습니다. --events이면 다른 프로그램이 JSON 줄로 진행을 이끕니다(README에 모든 이벤트와
    명령의 목록이 링크되어 있습니다).

    예:
      stance play
      stance play --plain                                화면 낭독기를 위한 번호 프롬프트
      printf '1\n2\n1\n1\n' | stance play --plain      같은 것을 스크립트가 입력
      stance play korea-us-alliance --answer peninsula=status_quo --answer nk_provocation=no \
                  --answer sma=inside_sofa --answer regional_role=no
      stance play --answers answers.yaml --format markdown --output brief.md
      stance play --name Ana --record ana.json          모든 단계를 저장하므로 Ctrl-C에도 잃지 않음
      stance play --resume ana.json                      Ana가 멈춘 데서 이어서 하기
      stance play --events --record ana.json             프로그램이 이끄는 JSON 줄
      echo '{"{"}"peninsula": "reunification", "sma": "outside_sofa", "regional_role": "yes"{"}"}' \
        | stance play --answers - --format json
help-play-arg-scenario = `stance list`의 시나리오 id, YAML 파일 경로, 또는 표준 입력이면 `-` [기본값: korea-us-alliance, 또는 이어서 하는 기록의 시나리오]
help-play-arg-answers = 질문에 미리 답합니다: id로 쓴 QUESTION=CHOICE. 여러 번 줄 수 있습니다
help-play-arg-answers-file = 질문 id를 선택지 id에 대응시킨 YAML이나 JSON 파일에서 답을 읽습니다(표준 입력이면 `-`)
help-play-arg-notes = 질문에 메모를 남깁니다: QUESTION=TEXT, 내 생각이나 반대 의견. 여러 번 줄 수 있습니다
help-play-arg-record = 진행 기록을 FILE에 저장하고 단계마다 다시 씁니다
help-play-arg-resume = FILE에 저장된 진행을 이어서 합니다(--record가 다른 파일을 말하지 않으면 계속 그 파일에 저장합니다)
help-play-arg-name = 참여자 이름. 기록에 남습니다
help-play-arg-role = 진행하는 사람: 진행자는 노트, 토론거리, 각 선택지가 더하는 것도 봅니다
help-play-arg-role-value-participant = 질문을 보고, 마지막에 입장을 봅니다. 진행자 노트는 보지 않습니다
help-play-arg-role-value-facilitator = 진행자 노트, 토론거리, 저자의 입장도 미리 봅니다
help-play-arg-no-input = 묻지 않습니다: 경로에 있는 질문에 답이 없으면 종료 코드 2로 실패합니다
help-play-arg-plain = 화면 낭독기가 차례로 읽는 일반 프롬프트로 묻고, 번호나 글자나 id를 입력하고 Enter를 눌러 답합니다. 메뉴, 다시 그리기, 색, 기호가 없으며, 표준 입력이 파이프여도 표준 입력에서 읽습니다. `ACCESSIBLE` 환경 변수가 설정되어 있어도 켜집니다
help-play-arg-format = 입장의 출력 형식
help-play-arg-format-value-text = 읽기 쉬운 텍스트. 터미널에서는 색이 입혀집니다
help-play-arg-format-value-json = 안정된 구조의 JSON(README의 “A scripted walk”에 나옵니다)
help-play-arg-format-value-markdown = 브리핑용 마크다운 페이지
help-play-arg-output = 입장을 표준 출력 대신 FILE에 (원자적으로) 씁니다. `-`는 표준 출력입니다
help-play-arg-events = 다른 프로그램이 이끕니다: 이벤트는 표준 출력으로, 명령은 표준 입력으로, 한 줄에 JSON 객체 하나씩 주고받습니다(`{"{"}"type":"answer","choice":"ID"{"}"}`, `back`, `note`, `quit`). 입장은 `stance` 이벤트로, 거부된 줄은 `error` 이벤트로 옵니다. README에 모든 이벤트와 명령의 목록이 링크되어 있습니다
help-check-about = 시나리오 파일을 검증하고 모든 문제를 알립니다
help-check-after =
    오류가 있으면 종료 코드 1로 끝납니다. 경고만 있으면 --deny-warnings가 없는 한 0으로 끝납니다.

    예:
      stance check                                 `stance list`가 보여 주는 모든 시나리오
      stance check my-scenario.yaml
      stance check --source essay.txt scenarios/   모든 인용을 에세이와도 대조
      stance check --format json scenarios/ | jq '.[] | select(.severity == "error")'
help-check-arg-paths = 시나리오 파일이나 폴더(*.yaml과 *.yml을 찾습니다), 또는 id. 기본값: `stance list`가 보여 주는 모든 시나리오
help-check-arg-source = 모든 인용을 이 원문 텍스트와 대조합니다: 문단이 있는지, 그 문단에 인용이 있는지
help-check-arg-format = 검사 결과의 출력 형식: 표준 오류로 `text`, 또는 표준 출력으로 `json`
help-check-arg-format-value-text = 문제가 된 줄을 함께 보여 주는 읽기 쉬운 결과. 표준 오류로 나갑니다
help-check-arg-format-value-json = 검사 결과의 JSON 목록. 표준 출력으로 나갑니다
help-check-arg-deny-warnings = 경고가 있어도 종료 코드 1로 끝납니다
help-list-about = 내장 시나리오와 시나리오 폴더의 시나리오를 나열합니다
help-list-after =
    예:
      stance list
      stance list --dir lessons/ --format json
help-list-arg-format = 출력 형식
help-list-arg-format-value-text = 정렬된 표
help-list-arg-format-value-json = JSON 목록
help-show-about = 시나리오의 개요를 출력합니다: 질문, 선택지, 각각이 이어지는 곳, 더하는 것
help-show-about-long =
    시나리오의 개요를 출력합니다: 질문, 선택지, 각각이 이어지는 곳, 더하는 것.

    개요는 모든 질문과 선택지의 id를 그 글 옆에 보여 줍니다. `--answer QUESTION=CHOICE`, `--note`, 답 파일, 골든 테스트가 쓰는 id입니다.
help-show-after =
    예:
      stance show
      stance show my-scenario.yaml
      stance show tutorial                              답할 때 쓰는 id: `--answer QUESTION=CHOICE`
      stance show --role facilitator                    진행자 노트와 함께, 수업 준비용
      stance show korea-us-alliance --format json | jq '.questions[].id'
help-show-arg-scenario = `stance list`의 시나리오 id, YAML 파일 경로, 또는 표준 입력이면 `-`
help-show-arg-format = 출력 형식
help-show-arg-format-value-text = 들여쓴 개요. 터미널에서는 색이 입혀집니다
help-show-arg-format-value-json = 해석을 마친 시나리오 전체를 JSON으로
help-show-arg-role = 진행자는 진행자 노트도 봅니다
help-show-arg-role-value-participant = 질문을 보고, 마지막에 입장을 봅니다. 진행자 노트는 보지 않습니다
help-show-arg-role-value-facilitator = 진행자 노트, 토론거리, 저자의 입장도 미리 봅니다
help-show-arg-output = 표준 출력 대신 FILE에 (원자적으로) 씁니다. `-`는 표준 출력입니다
help-paths-about = 시작부터 결말까지 이어지는 모든 경로를 그 입장과 함께 나열합니다
help-paths-after =
    경로는 찾는 순서대로, 깊이 우선으로, 선택지는 작성자가 쓴 순서로 나열합니다.

    예:
      stance paths
      stance paths --format markdown --output briefing-book.md
      stance paths --format csv --limit 100 big.yaml
      stance paths --count huge.yaml
help-paths-arg-scenario = `stance list`의 시나리오 id, YAML 파일 경로, 또는 표준 입력이면 `-`
help-paths-arg-format = 출력 형식
help-paths-arg-format-value-text = 경로마다 몇 줄
help-paths-arg-format-value-csv = 경로마다 한 행, 머리글 포함
help-paths-arg-format-value-json = 경로를 찾는 대로 쓰는 JSON 목록
help-paths-arg-format-value-markdown = 권고 문구와 인용을 담은 브리핑북 표
help-paths-arg-limit = 경로 N개에서 멈춥니다
help-paths-arg-count = 경로를 나열하지 않고 계산한 경로의 수만 출력합니다(`text` 또는 `json`)
help-paths-arg-output = 표준 출력 대신 FILE에 (원자적으로) 씁니다. `-`는 표준 출력입니다
help-analyze-about = 어떤 질문이 입장을 바꾸는지, 어떤 권고에 모든 경로가 이르는지 찾습니다
help-analyze-after =
    어떤 질문 앞의 답에 따라 그 질문의 선택지가 서로 다른 입장으로 이어질 때, 그 질문은
    갈림길입니다. --answer로 진행 전체를 주면, 각 질문에서 다른 답을 하나씩 차례로 시도해
    그 답이 더하거나 빼는 권고를 나열합니다.

    예:
      stance analyze
      stance analyze --answer peninsula=status_quo --answer nk_provocation=no \
                     --answer sma=inside_sofa --answer regional_role=no
      stance analyze --format json my-scenario.yaml
help-analyze-arg-scenario = `stance list`의 시나리오 id, YAML 파일 경로, 또는 표준 입력이면 `-`
help-analyze-arg-answers = 진행을 QUESTION=CHOICE로 정해 두고, 각 답을 바꾸면 무엇이 바뀌는지 보여 줍니다. 여러 번 줄 수 있습니다
help-analyze-arg-answers-file = 진행의 답을 YAML이나 JSON 파일에서 읽습니다(표준 입력이면 `-`)
help-analyze-arg-format = 출력 형식
help-analyze-arg-format-value-text = 읽기 쉬운 텍스트
help-analyze-arg-format-value-json = JSON
help-analyze-arg-output = 표준 출력 대신 FILE에 (원자적으로) 씁니다. `-`는 표준 출력입니다
help-graph-about = 시나리오를 Graphviz(DOT)나 Mermaid 그래프로 그립니다
help-graph-after =
    예:
      stance graph | dot -Tsvg > korea.svg
      stance graph --format mermaid --with-recommendations > korea.mmd
help-graph-arg-scenario = `stance list`의 시나리오 id, YAML 파일 경로, 또는 표준 입력이면 `-`
help-graph-arg-format = 그래프 언어
help-graph-arg-format-value-dot = Graphviz DOT. `dot -Tsvg`용
help-graph-arg-format-value-mermaid = Mermaid 순서도. 마크다운 렌더러용
help-graph-arg-with-recommendations = 각 선택지와 결말이 무엇을 권고하는지 보여 줍니다
help-graph-arg-output = 표준 출력 대신 FILE에 (원자적으로) 씁니다. `-`는 표준 출력입니다
help-test-about = 시나리오가 `tests:` 아래에 담고 있는 골든 경로 테스트를 실행합니다
help-test-after =
    테스트가 하나라도 실패하면 종료 코드 1로 끝납니다.

    예:
      stance test
      stance test my-scenario.yaml other.yaml
help-test-arg-scenarios = 시나리오 id나 경로. 기본값: `stance list`가 보여 주는 모든 시나리오
help-test-arg-format = 출력 형식
help-test-arg-format-value-text = 읽기 쉬운 텍스트
help-test-arg-format-value-json = JSON
help-source-about = 인용이 세는 방식대로 에세이의 본문 문단에 번호를 매기거나, 인용이 어느 문단에 있는지 찾습니다
help-source-about-long =
    인용이 세는 방식대로 에세이의 본문 문단에 번호를 매기거나, 인용이 어느 문단에 있는지 찾습니다.

    인용의 `paragraph`는 에세이의 본문 문단을 셉니다. 본문 문단은 빈 줄 사이에 있으면서 `.`, `!`, `?`로 끝나는 덩어리입니다(제목, 필자 줄, 소제목은 그렇게 끝나지 않으므로 세지 않습니다). 이 명령은 모든 덩어리를 번호, 줄, 길이와 함께 나열하고, `--find`는 어떤 말이 어느 문단에 있는지, 그리고 글자 그대로 있는지 알려 줍니다.
help-source-after =
    --find를 주었을 때 어떤 말이 어느 본문 문단에도 없으면 종료 코드는 1입니다.

    예:
      stance source essay.txt                       모든 덩어리를 인용이 세는 대로 번호 매기기
      stance source essay.txt --find "a relic of the Cold War"
      stance source essay.txt --find "first words" --find "other words" --format json
help-source-arg-essay = 에세이. UTF-8 일반 텍스트이며, 표준 입력이면 `-`
help-source-arg-find = 이 말(인용이 따온 구절)이 어느 본문 문단에 있는지, 글자 그대로 있는지 알려 줍니다. 여러 번 줄 수 있습니다
help-source-arg-format = 출력 형식
help-source-arg-format-value-text = 정렬된 표
help-source-arg-format-value-json = JSON 목록
help-new-about = `stance check`를 통과하는 작은 시작용 시나리오를 씁니다. 형식을 익히도록 주석이 달려 있습니다
help-new-after =
    예:
      stance new my-scenario.yaml && stance check my-scenario.yaml
      stance new --translation ko my-scenario.yaml       채워 넣을 my-scenario.ko.yaml 시작하기
      stance new --translation ko korea-us-alliance --output ko-update.yaml
                                                         모든 글의 항목, 함께 배포된 한국어는 그대로 둠
help-new-arg-file = 시나리오를 쓸 곳. 이미 있는 파일은 절대 덮어쓰지 않습니다. `--translation`과 함께 주면 번역할 시나리오: `stance list`의 id나 경로
help-new-arg-translation = 대신 시나리오의 LANG(`ko`) 번역을 씁니다. 채워 넣을 모든 글의 항목이 들어가며, `--output`이 다른 곳을 말하지 않으면 시나리오 옆에 `NAME.LANG.yaml`로 씁니다. 이미 있는 번역의 글은 그대로 둡니다
help-new-arg-output = 번역을 쓸 곳. 이미 있는 파일은 절대 덮어쓰지 않습니다
help-quiz-about = 퀴즈: 상황이 주어지면 저자가 권고하는 대응을 고릅니다
help-quiz-after =
    상황은 시드에 따라 무작위로 뽑은 진행이거나(시드가 같으면 퀴즈도 같습니다), --walk로
    직접 한 진행입니다. 터미널도 --responses도 없으면 퀴즈지를 출력합니다(--role
    facilitator이면 정답도 함께).

    예:
      stance quiz --seed 7 --questions 3 --name Ana --record ana-quiz.json
      stance quiz --walk
      stance quiz --seed 7 --questions 3 --no-input --format markdown > sheet.md
      stance quiz --seed 7 --questions 3 --no-input --role facilitator --format markdown > key.md
      stance quiz --seed 7 --questions 3 --responses ana.yaml --format json
      stance quiz --seed 7 --questions 3 --events        프로그램이 이끄는 JSON 줄
      stance quiz --seed 7 --questions 3 --plain         화면 낭독기를 위한 일반 줄
help-quiz-arg-scenario = `stance list`의 시나리오 id, YAML 파일 경로, 또는 표준 입력이면 `-` [기본값: korea-us-alliance, 또는 이어서 하는 기록의 시나리오]
help-quiz-arg-seed = 상황을 뽑고 보기를 섞는 데 쓰는 시드 [기본값: 현재 시각으로 정하고 출력함]
help-quiz-arg-situations = 상황의 수, 1부터 100까지
help-quiz-arg-walk = 상황을 뽑지 않고 직접 진행합니다
help-quiz-arg-answers = 상황의 진행을 줍니다: QUESTION=CHOICE. 여러 번 줄 수 있습니다
help-quiz-arg-responses = 미리 받은 응답을 채점합니다: 퀴즈지에 동그라미 친 글자나 권고 id를 문항 순서대로 적은 YAML이나 JSON 목록(`[c, d, a]`), 또는 문항 번호에 대응시킨 것(`1: c`)
help-quiz-arg-record = 기록을 FILE에 저장하고 문항마다 다시 씁니다
help-quiz-arg-resume = FILE에 저장된 퀴즈를 이어서 합니다
help-quiz-arg-name = 참여자 이름. 기록에 남습니다
help-quiz-arg-role = 진행자는 정답이 표시된 것을 봅니다(인쇄한 퀴즈지에서는 정답표도)
help-quiz-arg-role-value-participant = 질문을 보고, 마지막에 입장을 봅니다. 진행자 노트는 보지 않습니다
help-quiz-arg-role-value-facilitator = 진행자 노트, 토론거리, 저자의 입장도 미리 봅니다
help-quiz-arg-format = 결과나 퀴즈지의 출력 형식
help-quiz-arg-format-value-text = 읽기 쉬운 텍스트. 터미널에서는 색이 입혀집니다
help-quiz-arg-format-value-json = 안정된 구조의 JSON(README의 “A scripted walk”에 나옵니다)
help-quiz-arg-format-value-markdown = 브리핑용 마크다운 페이지
help-quiz-arg-output = 결과를 표준 출력 대신 FILE에 (원자적으로) 씁니다. `-`는 표준 출력입니다
help-quiz-arg-no-input = 묻지 않습니다: 퀴즈지를 출력하거나 --responses를 채점합니다
help-quiz-arg-plain = 화면 낭독기가 차례로 읽는 일반 프롬프트로 묻고, 번호나 글자나 id를 입력하고 Enter를 눌러 답합니다. 메뉴, 다시 그리기, 색, 기호가 없으며, 표준 입력이 파이프여도 표준 입력에서 읽습니다. `ACCESSIBLE` 환경 변수가 설정되어 있어도 켜집니다
help-quiz-arg-events = 다른 프로그램이 이끕니다: 이벤트는 표준 출력으로, 명령은 표준 입력으로, 한 줄에 JSON 객체 하나씩 주고받습니다(`{"{"}"type":"answer","choice":"b"{"}"}`, `skip`, `quit`). 결과는 `result` 이벤트로, 채점된 문항은 `graded`로, 거부된 줄은 `error`로 옵니다. --walk와 함께 쓰면 먼저 `play --events`처럼 진행한 다음 퀴즈를 풉니다. README에 모든 이벤트와 명령의 목록이 링크되어 있습니다
help-html-about = 어느 브라우저에서나 설치 없이 오프라인으로 시나리오를 진행하는 HTML 페이지 하나를 씁니다
help-html-after =
    페이지는 그것만으로 완결된 파일 하나입니다. 수업의 학습 플랫폼에 올리거나, 메일로
    보내거나, USB 메모리에 복사하십시오. 네트워크에서 아무것도 불러오지 않으며 `file://`에서도
    작동합니다. 학생마다 답과 메모는 단계마다 그 브라우저에 보관됩니다. "내 기록 내려받기"는
    `stance play --record`가 쓰는 것과 같은 stance-record/1 파일을 주며, `stance report`와
    `stance compare`가 이 파일을 읽습니다.

    예:
      stance html --output korea.html                   학생용, 내장 시나리오
      stance html --role facilitator --output korea-facilitator.html
      stance html my-scenario.yaml > my-scenario.html
      stance report records/*.json                      학생들이 제출한 기록 요약
help-html-arg-scenario = `stance list`의 시나리오 id, YAML 파일 경로, 또는 표준 입력이면 `-`
help-html-arg-role = 진행자용 페이지는 진행자 노트, 토론거리, 각 선택지가 더하는 것도 보여 줍니다. 참여자용 페이지에는 이것들이 아예 들어 있지 않습니다
help-html-arg-role-value-participant = 질문을 보고, 마지막에 입장을 봅니다. 진행자 노트는 보지 않습니다
help-html-arg-role-value-facilitator = 진행자 노트, 토론거리, 저자의 입장도 미리 봅니다
help-html-arg-output = 표준 출력 대신 FILE에 (원자적으로) 씁니다. `-`는 표준 출력입니다
help-serve-about = 실시간 수업을 엽니다: 학생들은 각자의 브라우저로 참여하고, 대시보드는 교실 전체를 보여 줍니다
help-serve-after =
    서버는 표준 출력에 주소 두 개를 출력합니다. `participants:`(세션 코드가 붙은 참여
    페이지. 표준 오류가 터미널이면 QR 코드로도 보여 줍니다)와 `facilitator:`(진행자 토큰이
    붙은 대시보드. 혼자만 알고 있으십시오)입니다. 학생이 밟는 모든 단계는 서버가 응답하기
    전에 세션 데이터베이스에 저장되므로, 서버가 멈추거나 강제 종료되어도 잃는 것이 없습니다.
    같은 `--db`로 다시 실행하면 이어지고, 학생들의 페이지도 있던 자리에서 계속됩니다. 어떤
    것도 이 컴퓨터 밖으로 나가지 않으며, 학생에게는 계정이 필요 없습니다.

    예:
      stance serve                                  내장 시나리오, 이 컴퓨터에서만
      stance serve --host 0.0.0.0                   교실의 휴대폰과 노트북이 참여하도록
      stance serve my-scenario.yaml --port 0        아무 빈 포트
      stance serve --db korea-us-alliance-K7QX2M.db 세션 이어 하기
      stance report korea-us-alliance-K7QX2M.db     끝난 뒤 세션 요약
      stance serve export --db korea-us-alliance-K7QX2M.db --output records/

    `man stance-serve`에 모든 옵션이 있고, 나머지는 README의 “A live class”에 있습니다.
help-serve-arg-scenario = `stance list`의 시나리오 id나 YAML 파일 경로 [기본값: 내장 시나리오. `--db`로 이어 할 때는 세션을 시작한 시나리오]
help-serve-arg-host = 연결을 받을 주소: `127.0.0.1`은 이 컴퓨터만, `0.0.0.0`은 이 컴퓨터가 연결된 모든 네트워크이므로 교실의 기기들이 참여할 수 있습니다
help-serve-arg-port = 연결을 받을 포트. 0이면 빈 포트를 씁니다
help-serve-arg-db = 세션 데이터베이스: 새 파일이면 세션을 시작하고, 있는 파일이면 이어 갑니다 [기본값: 시나리오와 세션 코드를 따서 이름 지은 새 파일, 현재 폴더에]
help-serve-arg-facilitator-token = 스크립트용 진행자 토큰: 글자, 숫자, `-`, `_`, `.`, `~`로 된 16자에서 256자 [기본값: 무작위 256비트. 이어 하는 세션은 원래 토큰을 씁니다]
help-serve-arg-role-notes = 각 질문의 진행자 노트와 토론거리를 대시보드에 보여 줍니다(대시보드는 보통 프로젝터에 띄우므로 기본으로는 꺼져 있습니다)
help-serve-export-about = 세션의 참여자마다 stance-record/1 파일을 하나씩 씁니다. `stance compare`용입니다
help-serve-export-after =
    각 파일의 이름은 참여자의 번호와 이름을 땁니다(`001-ana.json`). 그런 파일이 이미 하나라도
    있는 폴더는 거부하므로, 아무것도 덮어쓰지 않습니다.

    예:
      stance serve export --db korea-us-alliance-K7QX2M.db --output records/
      stance compare records/001-ana.json
help-serve-export-arg-db = 세션 데이터베이스
help-serve-export-arg-output = 기록을 쓸 폴더. 없으면 만듭니다
help-brief-about = 한 상황에 대한 브리핑을 씁니다: 핵심, 입장, 근거, 예상 질문, 출처
help-brief-after =
    답이 없는 질문은 터미널에서 묻습니다. 터미널이 없으면 모든 답을 주어야 합니다.

    예:
      stance brief -a peninsula=status_quo -a nk_provocation=no -a sma=outside_sofa \
                   -a regional_role=yes --output brief.md
      stance brief --answers situation.yaml --format html --output brief.html
      stance brief --answers situation.yaml --role facilitator
help-brief-arg-scenario = `stance list`의 시나리오 id, YAML 파일 경로, 또는 표준 입력이면 `-`
help-brief-arg-answers = 상황: QUESTION=CHOICE. 여러 번 줄 수 있습니다
help-brief-arg-answers-file = 질문 id를 선택지 id에 대응시킨 YAML이나 JSON 파일에서 상황을 읽습니다(표준 입력이면 `-`)
help-brief-arg-format = 출력 형식
help-brief-arg-format-value-markdown = 마크다운
help-brief-arg-format-value-html = 깔끔하게 인쇄되는, 그것만으로 완결된 HTML 페이지 하나
help-brief-arg-role = 진행자용 브리핑에는 진행자 노트도 들어갑니다
help-brief-arg-role-value-participant = 질문을 보고, 마지막에 입장을 봅니다. 진행자 노트는 보지 않습니다
help-brief-arg-role-value-facilitator = 진행자 노트, 토론거리, 저자의 입장도 미리 봅니다
help-brief-arg-output = 표준 출력 대신 FILE에 (원자적으로) 씁니다. `-`는 표준 출력입니다
help-brief-arg-no-input = 묻지 않습니다: 경로에 있는 질문에 답이 없으면 종료 코드 2로 실패합니다
help-compare-about = 참여자의 기록이 어디서 저자의 입장과 갈라졌는지 저자의 이유와 함께 보여 줍니다
help-compare-after =
    예:
      stance compare ana.json
      stance compare ana-quiz.json --format markdown --output ana-feedback.md
help-compare-arg-record = `play --record`나 `quiz --record`가 쓴 기록
help-compare-arg-scenario = 기록의 id로 찾을 수 없을 때의 시나리오(예를 들어 경로)
help-compare-arg-format = 출력 형식
help-compare-arg-format-value-text = 읽기 쉬운 텍스트. 터미널에서는 색이 입혀집니다
help-compare-arg-format-value-json = 안정된 구조의 JSON(README의 “A scripted walk”에 나옵니다)
help-compare-arg-format-value-markdown = 브리핑용 마크다운 페이지
help-compare-arg-output = 표준 출력 대신 FILE에 (원자적으로) 씁니다. `-`는 표준 출력입니다
help-report-about = 수업의 기록을 요약합니다: 점수, 입장, 질문별 답변, 틀린 항목, 메모
help-report-after =
    예:
      stance report records/*.json
      stance report records/*.json --format csv --output gradebook.csv
      stance report records/*.json --graph | dot -Tsvg > class.svg
      stance report records/*.json --strict               여러 시나리오가 섞인 묶음은 거부
      stance report korea-us-alliance-K7QX2M.db          `stance serve`의 실시간 세션
help-report-arg-records = `play --record`나 `quiz --record`가 쓴 기록, 또는 `stance serve`의 세션 데이터베이스. 나머지와 다른 시나리오의 기록은 경고와 함께 뺍니다
help-report-arg-scenario = 기록의 id로 찾을 수 없을 때의 시나리오(예를 들어 경로). 없으면 기록 대부분이 가리키는 시나리오
help-report-arg-strict = 다른 시나리오의 기록이 있으면 그 기록만 빼지 않고 묶음 전체를 거부합니다
help-report-arg-format = 출력 형식
help-report-arg-format-value-text = 읽기 쉬운 텍스트
help-report-arg-format-value-markdown = 마크다운. 사후 토론 유인물용
help-report-arg-format-value-csv = 참여자마다 한 행. 성적부용
help-report-arg-format-value-json = JSON
help-report-arg-graph = 시나리오의 DOT 그래프를 출력합니다. 간선마다 그 길을 택한 사람의 수가 붙습니다
help-report-arg-output = 표준 출력 대신 FILE에 (원자적으로) 씁니다. `-`는 표준 출력입니다
help-rehearse-about = 메모를 보지 않고도 입장을 말할 수 있을 때까지 연습합니다: 상황, 떠올리기, 확인, 자가 채점
help-rehearse-after =
    카드마다 상황이 나옵니다. 저자의 입장을 떠올리고, Enter를 눌러 확인한 뒤, 떠올렸는지
    답하십시오. 틀린 카드는 한 번씩 떠올릴 때까지 다시 나옵니다.

    예:
      stance rehearse --seed 3 --cards 5
      stance rehearse --seed 3 --cards 5 --time-limit 30
      stance rehearse --seed 3 --cards 5 --grades y,n,y,y,y,y --format json
      stance rehearse --seed 3 --cards 5 --plain         화면 낭독기를 위한 일반 줄
help-rehearse-arg-scenario = `stance list`의 시나리오 id, YAML 파일 경로, 또는 표준 입력이면 `-`
help-rehearse-arg-seed = 카드를 뽑는 데 쓰는 시드 [기본값: 현재 시각으로 정하고 출력함]
help-rehearse-arg-cards = 카드(상황)의 수, 1부터 100까지. 시나리오의 진행이 그보다 적으면 더 적습니다
help-rehearse-arg-time-limit = 카드마다 떠올릴 시간(초), 카운트다운과 함께: 1부터 3600까지
help-rehearse-arg-grades = 터미널 없이 하는 자가 채점, 시도마다 하나씩: y(떠올림) 또는 n, 쉼표로 구분
help-rehearse-arg-plain = 화면 낭독기가 차례로 읽는 일반 프롬프트로 묻고, 번호나 글자나 id를 입력하고 Enter를 눌러 답합니다. 메뉴, 다시 그리기, 색, 기호가 없으며, 표준 입력이 파이프여도 표준 입력에서 읽습니다. `ACCESSIBLE` 환경 변수가 설정되어 있어도 켜집니다
help-rehearse-arg-format = 요약의 출력 형식
help-rehearse-arg-format-value-text = 읽기 쉬운 텍스트
help-rehearse-arg-format-value-json = JSON
help-schema-about = 편집기 지원을 위해 시나리오 형식의 JSON Schema를 출력합니다
help-schema-after =
    yaml-language-server가 이 스키마를 쓰게 하려면 파일 첫 줄을 이렇게 쓰십시오:
      # yaml-language-server: $schema=../docs/scenario.schema.json

    예:
      stance schema --output docs/scenario.schema.json
help-schema-arg-output = 표준 출력 대신 FILE에 (원자적으로) 씁니다. `-`는 표준 출력입니다
help-completions-about = 셸 자동 완성 스크립트를 출력합니다
help-completions-after =
    예:
      stance completions bash > ~/.local/share/bash-completion/completions/stance
      stance completions zsh > ~/.zfunc/_stance
      stance completions fish > ~/.config/fish/completions/stance.fish
help-completions-arg-shell = 셸
help-completions-arg-shell-value-bash = Bash
help-completions-arg-shell-value-zsh = Zsh
help-completions-arg-shell-value-fish = Fish
help-completions-arg-shell-value-elvish = Elvish
help-completions-arg-shell-value-powershell = `PowerShell`
help-man-about = 매뉴얼 페이지(roff)를 씁니다: `stance(1)`과 명령마다 `stance-COMMAND(1)` 하나씩
help-man-after =
    예:
      stance man --output stance.1 && man ./stance.1
      stance man play | man -l -
      mkdir -p ~/.cargo/share/man/man1 && stance man --out-dir ~/.cargo/share/man/man1
help-man-arg-command = 페이지를 쓸 명령(`play`는 `stance-play(1)`을 씁니다). 없으면 `stance` 자체의 페이지
help-man-arg-out-dir = 모든 페이지(`stance.1`과 명령마다 `stance-COMMAND.1`)를 폴더 DIR에 씁니다. 예를 들어 매뉴얼 경로에 있는 `man1` 폴더
help-man-arg-output = 표준 출력 대신 FILE에 (원자적으로) 씁니다. `-`는 표준 출력입니다

## clap 자체의 문구

help-heading-usage = 사용법:
help-heading-arguments = 인수
help-heading-options = 옵션
help-heading-global = 전역 옵션
help-heading-commands = 명령
help-flag-help-short = 도움말을 출력합니다(자세히 보려면 '--help')
help-flag-help-long = 도움말을 출력합니다(요약을 보려면 '-h')
help-flag-version = 버전을 출력합니다
help-command-help = 이 도움말이나 주어진 하위 명령의 도움말을 출력합니다
help-command-help-arg = 이 하위 명령의 도움말을 출력합니다
help-label-env = 환경 변수
help-label-default = 기본값
help-label-values = 가능한 값
help-label-values-heading = 가능한 값:
