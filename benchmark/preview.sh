#!/usr/bin/env bash
# How long the preview takes to show an edit: starts `mvn -N jbake:watch` on the benchmark corpus
# of N articles (run benchmark/run.sh N first: it makes the corpus and installs the extension into
# the benchmark's private repository, $BENCH_DIR/m2), edits one article's title, and times until the
# rebuilt page carries the new title. Prints one line per edit.
#
#   benchmark/preview.sh N [EDITS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: benchmark/preview.sh N [EDITS]}
edits=${2:-3}
bench="${BENCH_DIR:-target/benchmark}"
work="$bench/$n"
src="$work/source"
out="$work/preview"
[[ -d $src/content && -d $bench/m2 ]] || { echo "No corpus in $src: run benchmark/run.sh $n first" >&2; exit 2; }
m2=$(cd "$bench/m2" && pwd)
article=$(find "$src/content/articles" -name '*.md' | sort | awk 'NR == 1')
page="$out/${article#"$src/content/"}"
page="${page%.md}.html"
cp "$article" "$work/preview-original.md"
trap 'cp "$work/preview-original.md" "$article"; kill "$pid" 2>/dev/null || true' EXIT

rm -rf "$out"
(sleep 100000 | mvn -q -o -N -Dmaven.repo.local="$m2" jbake:watch -Dsite.source="$src" -Dsite.output="$out" > "$work/preview.log" 2>&1) &
pid=$!
until [[ -f $out/sitemap.xml ]]; do sleep 0.2; done
sleep 2  # let the first bake finish its last files
for ((i = 1; i <= edits; i++)); do
  marker="Preview edit $i $RANDOM"
  start=$(date +%s.%N)
  sed -i "1s/^title=.*/title=$marker/" "$article"
  touch -d "@$start" "$work/preview-edit"
  until grep -q "$marker" "$page" 2>/dev/null; do sleep 0.1; done
  shown=$(date +%s.%N)
  # The sitemap is written last: the whole site is rebuilt when it is newer than the edit.
  until [[ $out/sitemap.xml -nt $work/preview-edit ]]; do sleep 0.1; done
  done_at=$(date +%s.%N)
  printf 'edit %d: page shows it after %.1f s, whole site rebuilt after %.1f s\n' "$i" \
    "$(echo "$shown - $start" | bc)" "$(echo "$done_at - $start" | bc)"
  sleep 3
done
