source "$(dirname "$0")/lib.sh"
mkdir -p in/sub
sample_case 1 > in/good.txt
sample_case 2 | iconv -f UTF-8 -t GB18030 > in/sub/gbk.txt
: > in/empty.txt
printf '\x7fELF\x02\x01\x01\x00\x00\x00\x00' > in/program.bin
{ sample_case 3 | head -c 50; printf '\xff\xfe\xfd'; sample_case 3; } > in/broken-utf8.txt
printf 'PK\x03\x04\x14\x00\x00\x00truncated' > in/truncated.docx
head -c 52428800 /dev/zero | tr '\0' 'a' > in/huge.txt
"$CLI" new p.caselens >/dev/null
expect_exit 3 "$CLI" import p.caselens in
contains .out "2 imported, 0 already present, 5 failed"
contains .err "empty.txt: the file is empty"
contains .err "program.bin: this is a binary file"
contains .err "broken-utf8.txt: the file is UTF-8 with invalid bytes"
contains .err "truncated.docx: this .docx cannot be read"
contains .err "huge.txt: the file is 50.0 MB, over the limit"
contains .out "read as GB18030"
# The good files are whole and the project passes the check; a rerun adds nothing.
expect_exit 0 "$CLI" check p.caselens
expect_exit 3 "$CLI" import p.caselens in
contains .out "0 imported, 2 already present, 5 failed"
expect_exit 0 "$CLI" docs p.caselens --json
contains .out '"province": "zhejiang"'
contains .out '"encoding": "GB18030"'
# A corpus with mapping flags.
printf '\xef\xbb\xbfid,content,年份,省份,学段\nr1,"第一篇正文。教师培训。",2022,湖北,小学\nr2,,2023,湖南,中学\n' > corpus.csv
expect_exit 3 "$CLI" import p.caselens corpus.csv --text-column content --id-column id
contains .out "1 imported"
contains .err "corpus.csv#r2: the row has no text"
expect_exit 2 "$CLI" import p.caselens

# Issue "Nothing lost", item 4: a .jsonl whose meta is nested 100,000 deep crashed the
# import, and the other files of the folder were never imported. Built here, not committed.
mkdir deep
{ printf '{"text":"深层嵌套的元数据。教师培训。","meta":'; printf '[%.0s' $(seq 1 100000); printf ']%.0s' $(seq 1 100000); printf '}\n'
  printf '{"text":"这一行可以读。学校开展教师研修。","year":2023}\n'; } > deep/deep.jsonl
sample_case 7 > deep/after.txt
"$CLI" new deep.caselens >/dev/null
expect_exit 3 "$CLI" import deep.caselens deep
contains .err "deep.jsonl#1: the line is nested more than 64 levels deep"
contains .out "2 imported"
expect_exit 0 "$CLI" check deep.caselens
# The same in a codebook file and a labels file: one sentence, nothing changed.
{ printf '{"codes":'; printf '[%.0s' $(seq 1 100000); printf ']%.0s' $(seq 1 100000); printf '}'; } > deep-book.json
expect_exit 1 "$CLI" codebook deep.caselens --import deep-book.json
contains .err "nested more than 64 levels deep"
{ printf '{"id":"a","text":"x","codes":'; printf '[%.0s' $(seq 1 100000); printf ']%.0s' $(seq 1 100000); printf '}\n'; } > deep-gold.jsonl
expect_exit 1 "$CLI" evaluate --gold-file deep-gold.jsonl
contains .err "nested too deeply"

# Issue "Nothing lost", item 10: names that are not UTF-8 were skipped without a word, a
# newline in a name broke the report's lines, and control characters from JSONL reached
# the terminal raw.
mkdir names
sample_case 8 > "names/$(printf 'bad\xff\xfename.txt')"
sample_case 9 > "names/$(printf 'two\nlines.txt')"
printf '{"text":"学校开展教师培训\\u001b[31m红色。","title":"标题\\u001b[2J\\u0000结束"}\n' > names/ctl.jsonl
"$CLI" new names.caselens >/dev/null
expect_exit 3 "$CLI" import names.caselens names
contains .err 'bad\xff\xfename.txt: the name is not valid UTF-8'
contains .out 'two\nlines.txt'
contains .out "2 imported, 0 already present, 1 failed"
"$CLI" docs names.caselens > docs.out
"$CLI" show names.caselens 2 > show.out 2>&1 || true
if grep -q "$(printf '\x1b')" docs.out show.out; then fail "an escape character reached the terminal"; fi
echo "import_bad_input: ok"
