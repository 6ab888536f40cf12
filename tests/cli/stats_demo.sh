source "$(dirname "$0")/lib.sh"
expect_exit 0 "$CLI" demo demo.caselens
contains .out "987 synthetic cases, 4838 gold codings"
expect_exit 0 "$CLI" info demo.caselens
contains .out "Synthetic:"
expect_exit 0 "$CLI" stats demo.caselens --by region --format json --rounding largest-remainder
contains .out '"total": 2531'
contains .out '"student_centered": 17.27'
expect_exit 0 "$CLI" stats demo.caselens --by region --lang en
contains .out "East"
contains .out "2531"
for f in csv md latex html json text; do
  expect_exit 0 "$CLI" stats demo.caselens --by region,year --format "$f" -o "t.$f"
  [ -s "t.$f" ] || fail "t.$f is empty"
done
head -c 3 t.csv | od -An -tx1 | grep -q 'ef bb bf' || fail "CSV has no BOM"
expect_exit 0 "$CLI" stats demo.caselens --by region --format xlsx -o t.xlsx
[ -s t.xlsx ] || fail "no xlsx"
expect_exit 2 "$CLI" stats demo.caselens --by region --format xlsx
expect_exit 0 "$CLI" stats demo.caselens --table dimensions
contains .out "60.56"
contains .out "39.44"
expect_exit 0 "$CLI" cases demo.caselens --by province --format json
contains .out '"cases": 118'
contains .out '"cases": 114'
expect_exit 0 "$CLI" stats demo.caselens --table cooccurrence --lang en
contains .out "Student-centred teaching"
expect_exit 2 "$CLI" stats demo.caselens --by nonsense
contains .err "nothing called"
echo "stats_demo: ok"
