source "$(dirname "$0")/lib.sh"
"$CLI" demo demo.caselens --cases 60 >/dev/null
expect_exit 0 "$CLI" code demo.caselens --coder lexicon
expect_exit 0 "$CLI" review demo.caselens --list --coder lexicon --json
contains .out '"coder": "lexicon"'
first=$(sed -n 's/.*"id": \([0-9]*\).*/\1/p' .out | head -1)
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
expect_exit 0 "$CLI" check demo.caselens
echo "review_agreement: ok"
