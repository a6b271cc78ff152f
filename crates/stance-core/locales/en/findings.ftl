# What `stance check` finds, in English: lower-case, things named in backticks. The words
# around the names only: ids, keys, paths, numbers and quoted texts are arguments, and what
# a parser says comes as it is. The finding codes (`unknown-key`…) and `--format json` are
# not from here: machine output stays English. Every key is in every language.

## How a finding is shown

finding-level-error = error
finding-level-warning = warning
finding-level-help = help
finding-level-note = note
finding-in-file = in `{ $file }`

## References: `start`, `next`, `otherwise`, `recommends`

finding-start-ending = `start` names `{ $name }`, which is an ending, not a question
finding-start-unknown = `start` names `{ $name }`, which is not a question
finding-label-an-ending = an ending
finding-label-no-question = no question has this id
finding-next-unknown = { $what } leads to `{ $name }`, which is neither a question nor an ending
finding-label-no-node = no question or ending has this id
finding-what-nodes = questions and endings
finding-what-otherwise = `otherwise` of question `{ $question }`
finding-what-choice = choice `{ $choice }` of question `{ $question }`
finding-too-few-choices = question `{ $question }` has { $count } { $count ->
    [one] choice
   *[other] choices
}; a question needs at least two
finding-too-few-choices-help = add a choice, or fold the question into the one before it
finding-when-without-otherwise = question `{ $question }` has `when` but no `otherwise`
finding-when-without-otherwise-help = add `otherwise:` naming where the walk goes when the question is skipped
finding-otherwise-without-when = question `{ $question }` has `otherwise` but no `when`
finding-otherwise-without-when-help = add `when:` with the condition for asking it, or remove `otherwise`
finding-headline-after-always = headline { $number } of ending `{ $ending }` is never chosen: headline { $earlier } before it has no `when`
finding-headline-after-always-help = the first headline that holds wins: put the one without `when` last
finding-recommended-twice = `{ $id }` is recommended twice in one list
finding-recommended-twice-help = remove the second mention
finding-no-recommendation = no recommendation has the id `{ $id }`
finding-label-not-a-recommendation = not defined under `recommendations`
finding-what-recommendations = recommendations
finding-unused-recommendation = no choice or ending recommends `{ $id }`
finding-unused-recommendation-help = add it to a `recommends` list, or remove it

## The question graph

finding-cycle = questions form a cycle: { $path }
finding-cycle-label = leads back to `{ $question }`
finding-cycle-help = every walk must reach an ending; point this at a later question or an ending
finding-unreachable-question = no walk from `{ $start }` reaches question `{ $question }`
finding-unreachable-ending = no walk from `{ $start }` reaches ending `{ $ending }`
finding-unreachable-help = point a choice's `next` at it, or remove it

## Conditions

finding-empty-condition = this condition is empty
finding-empty-condition-help = write `question_id: choice_id`, or `all:`, `any:` or `not:`
finding-condition-unknown-question = the condition names `{ $question }`, which is not a question
finding-what-condition-names = questions, or `all`, `any` and `not`
finding-condition-no-choice = the condition on `{ $question }` lists no choice
finding-condition-no-choice-help = name one choice id, or a list of them
finding-no-choice = question `{ $question }` has no choice `{ $choice }`

## Texts and citations

finding-what-field = `{ $field }`
finding-what-talking-point = a talking point
finding-what-discussion = a `discussion` prompt
finding-empty-text = { $what } is empty
finding-uncited = recommendation `{ $id }` cites nothing
finding-uncited-help = add `cites:` with the paragraph and a short verbatim quote
finding-paragraph-zero = paragraph 0 does not exist
finding-paragraph-zero-help = body paragraphs are numbered from 1
finding-long-quote = this quote runs over more than one sentence
finding-long-quote-help = quote one sentence at most, or less
finding-no-paragraph = ¶{ $paragraph } does not exist: the source has { $count } body paragraphs
finding-no-paragraph-help = titles, bylines and headings are not counted as paragraphs
finding-misquote = this quote is not in ¶{ $paragraph } of the source
finding-misquote-elsewhere = the quote is in ¶{ $paragraph }; did you mean `paragraph: { $paragraph }`?
finding-misquote-nowhere = no paragraph of the source contains it; copy the words verbatim (whitespace, quote marks and dashes may differ)

## Ids and the format version

finding-unsupported-format = unsupported format version `{ $version }`
finding-unsupported-format-help = this version of stance reads `format: { $version }`
finding-what-scenario-id = scenario id
finding-what-question-id = question id
finding-what-ending-id = ending id
finding-what-recommendation-id = recommendation id
finding-what-choice-id = choice id
finding-invalid-id = { $what } `{ $id }` is not { $style }
finding-invalid-id-help = use lower-case letters, digits and `{ $separator }`, starting with a letter, like `{ $example }`
finding-reserved-id = question id `{ $id }` is reserved
finding-reserved-id-help = conditions read `all`, `any` and `not` as operators; choose another id
finding-duplicate-node = question or ending id `{ $id }` is defined twice
finding-duplicate-recommendation = recommendation id `{ $id }` is defined twice
finding-duplicate-choice = choice id `{ $id }` is defined twice
finding-duplicate-id-label = defined again here
finding-duplicate-id-help = first defined at line { $line }, column { $column }; ids must be unique

## Walks and conditions

finding-dead-end = a walk can reach question `{ $question }` with none of its choices offered
finding-dead-end-help = loosen a choice's `when`, or add a choice without one
finding-never-asked = question `{ $question }` is never asked: its `when` holds on no walk
finding-never-offered = choice `{ $choice }` of question `{ $question }` is never offered: its `when` holds on no walk
finding-never-added-by-choice = `{ $id }` is never added by choice `{ $choice }`: its `when` holds on no walk that takes it
finding-never-added-at-ending = `{ $id }` is never added at ending `{ $ending }`: its `when` holds on no walk that ends there
finding-headline-shadowed = headline { $number } of ending `{ $ending }` is never chosen: an earlier headline holds on every walk where its `when` does
finding-headline-shadowed-help = the first headline that holds wins: reorder them, or narrow the earlier `when`
finding-headline-never = headline { $number } of ending `{ $ending }` is never chosen: its `when` holds on no walk that ends there
finding-never-true-help = check the question and choice ids it names, and what can come before it
finding-never-asked-ungated = no walk asks question `{ $question }`: the conditions before it never let a walk through
finding-never-ends = no walk ends at `{ $ending }`: the conditions before it never let a walk through
finding-blocked-help = check the `when` of the choices and questions leading to it
finding-never-added = no walk adds `{ $id }`
finding-never-added-help = what recommends it is never reached, or its conditions never hold
finding-at-question = question `{ $question }`
finding-at-ending = ending `{ $ending }`
finding-condition-order = this condition reads `{ $question }`, which no walk answers before { $at }
finding-condition-order-help = a condition can read only questions asked earlier on the same walk

## Golden-path tests

finding-test-unknown-question = the test answers `{ $question }`, which is not a question
finding-test-expects-twice = the test expects `{ $id }` twice
finding-test-expects-twice-help = a walk adds each recommendation once; remove the second
finding-test-unknown-recommendation = the test expects `{ $id }`, which is not a recommendation
finding-skipped-answer = the test `{ $test }` answers `{ $question }`, which its walk never asks
finding-skipped-answer-help = with the test's other answers the walk does not reach `{ $question }`, so this answer changes nothing; remove it, or change the answers that lead away

## The essay

finding-unreadable-source-help = `source.file` is relative to the scenario's folder; the quotes were not checked against the essay

## Translations

finding-translation-format = translation format `{ $version }` is not supported
finding-translation-format-help = this build reads translation format `{ $version }`
finding-translation-tag = `{ $tag }` is not a language tag
finding-translation-tag-help = a tag is a language's two- or three-letter code in lower case, such as `ko`, perhaps with subtags: `zh-Hant`, `pt-BR`
finding-translation-other-scenario = the translation is of `{ $named }`, but it stands beside `{ $scenario }`
finding-translation-other-scenario-help = a translation of `{ $scenario }` names it: `scenario: { $scenario }`
finding-translation-unknown = `{ $key }` names no text of the scenario
finding-translation-unknown-label = unknown key
finding-translation-unknown-help = keys name a text of the scenario: `title`, `question.ID.prompt`, `question.ID.choice.ID.label`, `recommendation.ID.text`… ({ $count } in all; `stance new --translation LANG SCENARIO` writes them all)
finding-not-translated = `{ $key }` is not translated yet, so it is shown as written
finding-not-translated-help = it reads: { $text }
finding-absent-one = the translation has no entry for `{ $key }`, so it is shown as written
finding-absent = the translation has no entry for { $count } texts, so they are shown as written: { $keys }
finding-absent-more = the translation has no entry for { $count } texts, so they are shown as written: { $keys } and { $more } more
finding-absent-help = `stance new --translation { $language } { $scenario } --output FILE` writes every entry, with the texts already translated kept
finding-stale = `{ $key }` changed since it was translated, so it is shown as written until the translation is brought up to date
finding-stale-label = the hash of an older text
finding-stale-help = it now reads: { $text }; update the translation, then set `source: { $hash }`

## Reading the YAML

finding-unsupported-tag = the tag `{ $tag }` is not one stance reads
finding-unsupported-tag-label = tagged here
finding-unsupported-tag-help = write the value as plain text, a number, a list or a mapping, without the tag; YAML's core tags such as `!!str` are allowed
finding-unknown-key = unknown key `{ $key }`
finding-unknown-key-label = not a key here
finding-what-keys-here = keys here
finding-missing-key = missing key `{ $key }`
finding-missing-key-label = in the mapping that needs `{ $key }`
finding-misindented-label = indented { $indent } { $indent ->
    [one] space
   *[other] spaces
}; the mapping's keys have { $keys }
finding-misindented-key = `{ $key }` is here, at another indentation, so it is not read as part of the mapping; indent it { $keys } spaces like the mapping's other keys
finding-misindented-there = `{ $key }`
finding-misindented-there-line = `{ $key }` on line { $line }
finding-misindented-ends = this line ends the mapping, so { $there } is not read as part of it; indent this line { $keys } spaces like the mapping's other keys
finding-duplicate-key = key `{ $key }` appears twice in one mapping
finding-duplicate-key-unnamed = a key appears twice in one mapping
finding-duplicate-key-label = repeated here
finding-duplicate-key-help = remove one of the two entries
finding-invalid-value = invalid value `{ $value }`
finding-what-values = values
finding-expected-found = expected { $expected }, found { $found }
finding-expected = expected { $expected }
finding-expected-scalar = a single value (text or a number), not a list or mapping
finding-expected-list = a list
finding-expected-mapping = a mapping of keys to values
finding-expected-count = a whole number, 0 or more
finding-expected-integer = a whole number
finding-expected-bool = `true` or `false`
finding-expected-type = a value of type `{ $type }`
finding-null-string = expected a string, found nothing
finding-null-string-help = write the text after the colon, or `""`
finding-several-documents = a scenario file holds one YAML document, but this one holds several
finding-several-documents-help = split the documents into separate files
finding-alias-bomb = aliases expand to too much data (is this an alias bomb?)
finding-limit-depth = the YAML nests more than 64 levels deep, the most stance reads
finding-limit = the YAML holds { $what } for the parser's limits
finding-limit-aliases = more than 10,000 aliases or anchors
finding-limit-merge-keys = more than 10,000 merge keys (`<<`)
finding-limit-values = too many values
finding-limit-text = too much text
finding-limit-structure = too complex a structure

## The essay a scenario names, and the scenario a translation names

finding-source-outside = `{ $path }` is outside the scenario's folder and the folder above it, where stance looks for its essay; put the essay there and name it by a relative path
finding-translated-unreadable = the scenario it translates cannot be read: { $reason }
finding-translated-invalid = the scenario it translates, `{ $file }`, has errors; `stance check { $file }` lists them

## What `stance check` says after its findings

check-checked = checked
check-passed = { $checked } { $what }: no errors, { $warnings }
check-files = { $count } { $count ->
    [one] scenario file
   *[other] scenario files
}
check-translations = { $count } { $count ->
    [one] translation
   *[other] translations
}
check-files-and-translations = { $files } and { $translations }
check-warnings = { $count } { $count ->
    [one] warning
   *[other] warnings
}
check-note-no-essay = note: `{ $file }` names no essay, so quotes were checked only for their length; name the essay in `source.file`, or give `--source ESSAY`
check-note-no-essays = note: { $count } of { $total } scenario files name no essay ({ $files }), so quotes were checked only for their length; name the essay in `source.file`, or give `--source ESSAY`
