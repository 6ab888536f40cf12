source "$(dirname "$0")/lib.sh"
"$CLI" demo demo.caselens --cases 30 >/dev/null
expect_exit 0 "$CLI" export demo.caselens --format qdpx -o demo.qdpx
contains .out "30 sources"
expect_exit 0 "$CLI" import-qdpx demo.qdpx -o back.caselens
contains .out "30 sources"
"$CLI" stats demo.caselens --by region --format json > a.json
"$CLI" stats back.caselens --by region --format json > b.json
cmp -s a.json b.json || fail "the round trip changed the region table"
expect_exit 0 "$CLI" export demo.caselens --format qdc -o book.qdc
contains book.qdc "urn:QDA-XML:codebook:1.0"
expect_exit 1 "$CLI" import-qdpx book.qdc -o nope.caselens
[ -e nope.caselens ] && fail "a refused import left a project behind"
expect_exit 2 "$CLI" export demo.caselens --format docx -o x.docx

# Every export validates against the official REFI-QDA project schema (../shared, read in
# place): the demo, the demo with suggestions, a new project without coders or documents.
XSD="$SRC/../shared/reference/refi-qda/Project-mrt2019.xsd"
if [ -f "$XSD" ]; then
  "$CLI" code demo.caselens --coder lexicon --docs 1-5 >/dev/null
  "$CLI" new fresh.caselens >/dev/null
  expect_exit 0 "$CLI" export demo.caselens --format qdpx -o suggestions.qdpx --include-suggestions
  expect_exit 0 "$CLI" export fresh.caselens --format qdpx -o fresh.qdpx
  for f in demo.qdpx suggestions.qdpx fresh.qdpx; do
    unzip -p "$f" project.qde > "${f%.qdpx}.qde"
    xmllint --noout --schema "$XSD" "${f%.qdpx}.qde" 2> xmllint.err || { cat xmllint.err >&2; fail "$f does not validate against the REFI-QDA schema"; }
  done
  xmllint --noout --schema "${XSD%/*}/Codebook.xsd" book.qdc 2> xmllint.err || { cat xmllint.err >&2; fail "book.qdc does not validate against the REFI-QDA codebook schema"; }
  grep -q "caselens-key" book.qdc && fail "CaseLens's own keys show in the descriptions people read"
  # What REFI-QDA cannot say about suggestions travels beside project.qde.
  unzip -l suggestions.qdpx > entries.txt # not piped into grep -q: with pipefail, unzip's SIGPIPE would fail the check
  contains entries.txt caselens/extension.json
  expect_exit 0 "$CLI" import-qdpx suggestions.qdpx -o again.caselens
  contains .out "suggestions came back as suggestions"
else
  echo "exchange: ../shared/reference/refi-qda is not beside this checkout; schema validation skipped"
fi
echo "exchange: ok"
