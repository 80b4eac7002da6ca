#!/usr/bin/env bash
# Times `./commentary import` on a migration: N saved HTML pages (made here from one template, one in
# twenty a copy of an earlier one, so the duplicate check has work) imported into a copy of this
# repository's collection, RUNS times, each into a fresh copy.
#
#   benchmark/import.sh N [RUNS]      e.g. benchmark/import.sh 500 3
#
# Prints each run's wall time and the median, and the median per page. No peer tool imports saved
# cross-posts, so there is no ratio: these are absolute times on this machine, for sizing a migration.
# Work folder: $BENCH_DIR/import (default target/benchmark/import); nothing outside it is written.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: benchmark/import.sh N [RUNS]}
runs=${2:-3}
work="${BENCH_DIR:-target/benchmark}/import"
rm -rf "$work" && mkdir -p "$work/pages"

region=$(sed -n 's/^- name: "\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' data/regions.yml | head -n 1)
theme=$(sed -n 's/^- name: "\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' data/themes.yml | head -n 1)
for i in $(seq 1 "$n"); do
  k=$i
  if [ $((i % 20)) -eq 0 ]; then k=$((i - 1)); fi   # a duplicate of the page before
  cat > "$work/pages/page-$(printf %05d "$i").html" <<PAGE
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Benchmark Column $k</title>
<meta property="article:published_time" content="2024-03-05"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="share-bar"><a href="#">Share</a></div>
<article><h1>Benchmark Column $k</h1><p>By Bench Writer</p>
<p><a href="https://outlet.example/2024/03/column-$k">Bench Outlet</a> 2 March 2024</p>
<p>Region: $region</p><p>Theme: $theme</p>
<p>Column $k opens with a paragraph long enough to be the article's text, about a harbour, its dues and the
people who work the quays, written for this benchmark and for nothing else.</p>
<p>A second paragraph with a <a href="https://outlet.example/data">link</a>, <em>emphasis</em> and <strong>bold</strong>
text, so the converter has inline markup to write.</p>
<ul><li>One point.</li><li>Another point.</li></ul>
<p>Subscribe to our newsletter for more columns like this one.</p>
<p>The original source of this article is <a href="https://outlet.example/">Bench Outlet</a></p>
<p>Copyright © Bench Writer, Bench Outlet, 2024</p></article>
<aside class="related"><p>Related: other columns</p></aside></body></html>
PAGE
done

./commentary --help > /dev/null   # builds the tools first if their sources changed
times=()
for r in $(seq 1 "$runs"); do
  site="$work/site-$r"
  mkdir -p "$site" && cp -r jbake.properties data content "$site/"
  start=$(date +%s.%N)
  ./commentary import --root "$site" --date 2025-01-01 "$work/pages" > "$work/run-$r.log" 2>&1 || true
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  times+=("$t")
  echo "run $r: ${t}s ($(grep '^Summary' "$work/run-$r.log"))"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median of $runs runs: ${median}s for $n pages, $(echo "scale=1; $median * 1000 / $n" | bc) ms per page"
