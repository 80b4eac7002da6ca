#!/usr/bin/env bash
# The offline zip's cost (issue 16): `mvn -o package` of a generated corpus of N articles, RUNS times each
# way, reporting the "Offline copy ... in N ms" line of each build:
#   clean     no output, no zip
#   same-day  nothing changed since the last build (every entry kept)
#   edit      one word of one article changed (that page and the listings that show it recompressed)
#   next-day  nothing changed, but the build date is one day later: a new folder name and a new footer on
#             every page, so the zip is made anew
# Usage: BENCH_DIR=/dev/shm/bench benchmark/offline-zip.sh 1000 3
set -euo pipefail
n=${1:-1000}
runs=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=${BENCH_DIR:-/tmp/commentary-bench}/offline-$n
src=$work/src
out=$work/site
mkdir -p "$work"
[ -d "$src/content" ] || java "$root/benchmark/GenerateCorpus.java" "$n" "$src"
rm -rf "$src/templates" "$src/assets"
cp -r "$root/templates" "$root/assets" "$root/jbake.properties" "$src/"
# The article the "edit" builds change: the first published Markdown one, restored on exit.
article=$(grep -rl --include='*.md' '^status=published' "$src/content/articles" | sort | awk 'NR == 1')
cp "$article" "$work/edit-original.md"
trap 'cp "$work/edit-original.md" "$article"' EXIT
build() {
  (cd "$root" && mvn -o -B -Dstyle.color=never package -Dsite.source="$src" -Dsite.output="$out" "$@") \
    | sed -n 's/.*Offline copy .* in \([0-9]*\) ms.*/\1/p'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
today=$(date -u +%F)
tomorrow=$(date -u -d tomorrow +%F)
declare -A times
for run in $(seq "$runs"); do
  rm -rf "$out" "$work/commentary-ledger-site.zip" "$work/.commentary-cache"
  times[clean]+="$(build -Dcommentary.build.date="$today") "
  times[same-day]+="$(build -Dcommentary.build.date="$today") "
  sed -i "\$s/\$/ edit$run/" "$article"
  times[edit]+="$(build -Dcommentary.build.date="$today") "
  times[next-day]+="$(build -Dcommentary.build.date="$tomorrow") "
done
echo "offline zip, $n articles, $runs runs (ms: median, then each run)"
for kind in clean same-day edit next-day; do
  echo "$kind: $(tr ' ' '\n' <<<"${times[$kind]}" | grep . | median) (${times[$kind]% })"
done
ls -l "$work/commentary-ledger-site.zip" | awk '{print "zip size: " $5 " bytes"}'
