# A mistyped command line, as stance says it in a language other than English (in English,
# clap's own words are shown, and these mirror them). Arguments are as typed.

cli-unknown-argument = 알 수 없는 인수 '{ $argument }'이(가) 있습니다
cli-as-value = '{ $argument }'을(를) 값으로 넘기려면 '-- { $argument }'라고 쓰십시오
cli-unknown-command = 알 수 없는 명령 '{ $command }'
cli-invalid-value = '{ $value }'은(는) '{ $argument }'에 맞는 값이 아닙니다
cli-value-required = '{ $argument }'에 값을 주어야 합니다
cli-possible-values = 가능한 값: { $values }
cli-value-refused = '{ $value }'은(는) '{ $argument }'에 맞는 값이 아닙니다: { $why }
cli-missing = 꼭 주어야 하는 인수가 없습니다:
    {"  "}{ $arguments }
cli-conflict = '{ $argument }'은(는) '{ $prior }'와(과) 함께 쓸 수 없습니다
cli-no-equals = '{ $argument }'에 값을 줄 때는 '='를 써야 합니다
cli-too-many-values = '{ $argument }'에 뜻하지 않은 값 '{ $value }'이(가) 있습니다. 값을 더 받지 않습니다
cli-did-you-mean = 혹시 '{ $name }'입니까?
cli-try-help = 자세한 내용은 '{ $flag }'를 보십시오.
