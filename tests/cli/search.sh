source "$(dirname "$0")/lib.sh"
mkdir in
sample_case 1 > in/a.txt
printf '另一个案例\n学校使用 AI 助教。教研活动每周一次。\n' > in/b.txt
"$CLI" new p.caselens >/dev/null
"$CLI" import p.caselens in >/dev/null
expect_exit 0 "$CLI" search p.caselens 教师
contains .out "[教师]"
contains .out "智慧课堂建设的实践探索（第1号）"
contains .out "4 passages match"
expect_exit 0 "$CLI" search p.caselens 教研 --json
contains .out '"passages": 1'
expect_exit 0 "$CLI" search p.caselens ai
contains .out "[AI]"
expect_exit 2 "$CLI" search p.caselens "，。"
expect_exit 0 "$CLI" show p.caselens 1 --sentences
contains .out "H [0-"
contains .out "  s ["
# Quotes can be anonymised: names from a list, phone numbers, e-mail addresses.
printf '联系方式\n联系人张伟老师，电话13912345678，邮箱 zhang@school.cn，负责教师培训。\n' > in/c.txt
"$CLI" import p.caselens in >/dev/null
echo 张伟 > names.txt
expect_exit 0 "$CLI" search p.caselens 教师培训 --context 40 --anonymise --names names.txt
grep -q "张伟\|13912345678\|zhang@school.cn" .out && fail "personal data left in the quotes: $(cat .out)"
contains .out "＊＊＊＊＊＊＊＊＊＊＊"
contains .err "3 personal details masked"
echo "search: ok"
