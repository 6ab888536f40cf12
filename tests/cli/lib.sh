# Shared helpers for the CLI tests: a temporary folder, assertions that say what failed.
set -euo pipefail
CLI="$1"
SRC="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
# Settings a command keeps for the user (remote consent) stay in the test's folder.
export XDG_CONFIG_HOME="$WORK/.config" XDG_CACHE_HOME="$WORK/.cache"
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_exit() { # expected command...
  local want="$1"; shift
  set +e; "$@" >"$WORK/.out" 2>"$WORK/.err"; local got=$?; set -e
  [ "$got" = "$want" ] || { cat "$WORK/.out" "$WORK/.err" >&2; fail "$* exited $got, expected $want"; }
}
contains() { grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "$1 does not contain: $2"; }; }
sample_case() { # n: a short real-looking case report, made unique by n
  cat <<TXT
智慧课堂建设的实践探索（第$1号）
申报单位：杭州市第$1中学
2023年
一、背景
学校围绕国家教育数字化战略行动推进智慧校园建设。教师数字素养参差不齐。
二、主要做法
（一）构建以学生为中心的课堂
教师依托学习平台开展分层教学，学生根据学情自主选择学习路径。
（二）加强教师培训
学校每学期组织教师开展信息技术应用能力研修，编号$1。
三、成效
学生自主学习能力明显提升。
TXT
}
