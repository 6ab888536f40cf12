source "$(dirname "$0")/lib.sh"
"$CLI" demo demo.caselens --cases 60 >/dev/null
expect_exit 0 "$CLI" code demo.caselens --coder lexicon
expect_exit 0 "$CLI" review demo.caselens --list --coder lexicon --json
contains .out '"coder": "lexicon"'
first=$(sed -n 's/.*"id": \([0-9]*\).*/\1/p' .out | sed -n 1p)  # sed -n 1p reads all: no SIGPIPE under pipefail
second=$(sed -n 's/.*"id": \([0-9]*\).*/\1/p' .out | sed -n 2p)
expect_exit 2 "$CLI" review demo.caselens --accept "$first"
contains .err "--reviewer"
expect_exit 0 "$CLI" review demo.caselens --accept "$first" --reject "$second" --reviewer 王老师
contains .out "2 decisions recorded by 王老师"
expect_exit 0 "$CLI" review demo.caselens --accept-above 0.9 --coder lexicon --reviewer 王老师 --dry-run
contains .out "would be accepted"
expect_exit 0 "$CLI" audit demo.caselens --json
contains .out '"actor": "王老师"'
contains .out '"action": "reject"'
expect_exit 0 "$CLI" sample demo.caselens --name check --n 12 --seed 42 --stratify region
contains .out 'Sample "check": 12 documents'
cp .out first-sample
expect_exit 1 "$CLI" sample demo.caselens --name check --n 12 --seed 42
contains .err "already exists"
expect_exit 0 "$CLI" agreement demo.caselens --coders 研究团队,lexicon --sample check --json
contains .out '"pooled_kappa"'
contains .out '"alpha"'
expect_exit 0 "$CLI" agreement demo.caselens --coders 研究团队,lexicon --unit document
contains .out "Krippendorff's alpha"
expect_exit 2 "$CLI" agreement demo.caselens --coders 研究团队
# Bulk: every suggestion of one code in chosen documents.
expect_exit 0 "$CLI" review demo.caselens --accept-all --code teacher_development --docs 1-10 --reviewer 王老师
contains .out "will be accepted"
expect_exit 2 "$CLI" review demo.caselens --accept-all --reviewer 王老师
# Adjudication between the gold coder and the engine into a consensus.
expect_exit 0 "$CLI" adjudicate demo.caselens --coders 研究团队,lexicon --into 共识
head -1 .out | sed 's/"decision":null/"decision":"code"/' > decisions.jsonl
[ -s decisions.jsonl ] || fail "no disagreements to decide"
expect_exit 3 "$CLI" adjudicate demo.caselens --coders 研究团队,lexicon --into 共识 --decisions decisions.jsonl
contains .out "1 disagreements decided"
expect_exit 0 "$CLI" show demo.caselens 1 --codings --blind 共识
grep -q "(研究团队," .out && fail "a blind view showed another coder's codings"
expect_exit 0 "$CLI" check demo.caselens
echo "review_agreement: ok"
# The learned coder retrains itself once enough decisions have been made.
"$CLI" demo retrain.caselens --cases 60 >/dev/null
"$CLI" train retrain.caselens >/dev/null
"$CLI" code retrain.caselens --coder lexicon >/dev/null
expect_exit 0 "$CLI" review retrain.caselens --accept-all --coder lexicon --reviewer 王老师
contains .out "Retrained the learned coder"
echo "review_agreement (retrain): ok"
# Queue filters: score range and a document attribute.
expect_exit 0 "$CLI" review demo.caselens --list --min-score 0.9 --json
awk -F': ' '/"score"/ { gsub(/,/, "", $2); if ($2 + 0 < 0.9) bad = 1 } END { exit bad }' .out || fail "a score below 0.9 was listed"
expect_exit 0 "$CLI" review demo.caselens --list --where year=2024 --max-score 0.8
# suggest: one JSON line per input line, best code first, nothing written.
before=$("$CLI" info demo.caselens --json | sed -n 's/.*"codings": \([0-9]*\).*/\1/p')
printf '{"id":"a","text":"学校组织教师开展信息技术应用能力提升培训，建立校本研修共同体。"}\n{"id":2,"text":"天气很好。"}\n' > in.jsonl
expect_exit 0 "$CLI" suggest demo.caselens --input in.jsonl --coder lexicon
[ "$(wc -l < .out)" = 2 ] || fail "suggest printed $(wc -l < .out) lines for 2 inputs"
head -1 .out | grep -q '^{"codes":\[{"code":"teacher_development","rationale":"cue terms: [^"]*","score":0\.[0-9]*}' || fail "unexpected suggest line: $(head -1 .out)"
sed -n 2p .out | grep -q '"codes":\[\]' || fail "a passage without cues got codes"
sed -n 2p .out | grep -q '"id":2' || fail "the id was not echoed"
after=$("$CLI" info demo.caselens --json | sed -n 's/.*"codings": \([0-9]*\).*/\1/p')
[ "$before" = "$after" ] || fail "suggest wrote to the project"
echo "review_agreement (filters, suggest): ok"
# Memos: write, list, replace, clear; bad targets get one sentence.
expect_exit 0 "$CLI" memo demo.caselens --document 3 --text "评价部分值得再读" --as 王老师
contains .out "saved by 王老师"
expect_exit 0 "$CLI" memo demo.caselens --code teacher_development --text "Includes leaders' training." --as 王老师
expect_exit 0 "$CLI" memo demo.caselens --json
contains .out '"target": "code"'
contains .out "评价部分值得再读"
expect_exit 2 "$CLI" memo demo.caselens --text "on nothing"
expect_exit 1 "$CLI" memo demo.caselens --code no_such_code --text x
contains .err "no_such_code"
expect_exit 1 "$CLI" memo demo.caselens --document 999 --text x
contains .err "999"
expect_exit 0 "$CLI" memo demo.caselens --document 3 --clear --as 王老师
expect_exit 0 "$CLI" memo demo.caselens --document 3
contains .out "No memos."
expect_exit 0 "$CLI" audit demo.caselens --json
contains .out '"action": "delete memo"'
# LLM settings are checked before they are kept.
expect_exit 2 "$CLI" code demo.caselens --coder llm --llm-temperature hot
contains .err "temperature"
# Merging codes rewrites codings: the command says where the copy from before went.
expect_exit 0 "$CLI" codebook demo.caselens --merge student_community --into student_centered --by 王老师
contains .out "A copy of the project from before is at"
ls demo.caselens.before-merge-code-*.bak >/dev/null || fail "no copy before the merge"
expect_exit 1 "$CLI" codebook demo.caselens --merge student_community --into student_centered --by 王老师
