#!/usr/bin/env bash
# How long the preview takes to show an edit: starts `mvn -N jbake:watch` on the benchmark corpus
# of N articles (run benchmark/run.sh N first: it makes the corpus and installs the extension into
# the benchmark's private repository, $BENCH_DIR/m2), edits one article's title, and times until the
# rebuilt page carries the new title. Prints one line per edit, with the bakes it caused (each bake
# logs its `Build phases` line).
#
#   benchmark/preview.sh N [EDITS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: benchmark/preview.sh N [EDITS]}
edits=${2:-3}
bench="${BENCH_DIR:-target/benchmark}"
work="$bench/$n"
src="$work/source"
out="$work/preview/site"
[[ -d $src/content && -d $bench/m2 ]] || { echo "No corpus in $src: run benchmark/run.sh $n first" >&2; exit 2; }
m2=$(cd "$bench/m2" && pwd)
article=$(find "$src/content/articles" -name '*.md' | sort | awk 'NR == 1')
page="$out/${article#"$src/content/"}"
page="${page%.md}.html"
cp "$article" "$work/preview-original.md"
log="$work/preview.log"
stdin="$work/preview-stdin"
pid=""
# On exit: the article restored, then a blank line on the watcher's input (which stops JBake's watch).
trap 'cp "$work/preview-original.md" "$article"; echo >&3 || true; exec 3>&-; [[ -z $pid ]] || kill "$pid" 2>/dev/null || true; rm -f "$stdin"' EXIT

rm -rf "$work/preview"  # the output and its body cache (.commentary-cache beside it)
rm -f "$stdin"
mkfifo "$stdin"
mvn -o -N -Dstyle.color=never -Dmaven.repo.local="$m2" jbake:watch -Dsite.source="$src" -Dsite.output="$out" \
  < "$stdin" > "$log" 2>&1 &
pid=$!
exec 3> "$stdin"  # keeps the watcher's input open
bakes() { grep -c 'Build phases: ' "$log" || true; }
# Every bake logs one "Build phases" line when it has written the whole site.
until (($(bakes) >= 1)); do sleep 0.2; kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }; done
for ((i = 1; i <= edits; i++)); do
  marker="Preview edit $i $RANDOM"
  before=$(bakes)
  start=$(date +%s.%N)
  sed -i "1s/^title=.*/title=$marker/" "$article"
  until grep -q "$marker" "$page" 2>/dev/null; do sleep 0.05; done
  shown=$(date +%s.%N)
  until (($(bakes) > before)); do sleep 0.05; done
  # JBake's watcher may bake more than once for one save (a temporary file, then the rename).
  sleep 3
  printf 'edit %d: page shows it after %.1f s; %d bakes, the last: %s\n' "$i" "$(echo "$shown - $start" | bc)" \
    "$(($(bakes) - before))" "$(grep 'Build phases: ' "$log" | tail -n 1 | sed 's/.*Build phases: //')"
done
