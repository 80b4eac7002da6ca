#!/usr/bin/env bash
# Benchmarks the offline search at several collection sizes, in Chromium over file://.
#
#   benchmark/search.sh [N...]      e.g. benchmark/search.sh 1000 5000 10000 (the default)
#
# Environment: BENCH_DIR (default target/benchmark; BENCH_DIR=/dev/shm/bench keeps everything in memory),
# QUERIES (words only one article holds, per size; default 20).
#
# For each N: GenerateCorpus.java writes N articles (as run.sh's corpus), SearchCorpus.java gives their
# bodies the vocabulary of real prose (50,000 invented words, Zipf's law) and one word only each article
# holds; `mvn package` builds the site with this tree's code (its `Build phases` line shows the cost of the
# plan, which includes the search data); SearchLatency.java then opens search.html from disk in headless
# Chromium and types queries, recording time from the last key to results and the search data loaded.
# Results: $BENCH_DIR/search-N/latency.tsv (one line per query and a SUMMARY line) and build.log.
#
# The build's cost: with BASELINE=REV (e.g. BASELINE=b1daa2d, the commit before full-text search), the same
# articles are also built RUNS times (default 3) by this tree and by REV's tree (from `git archive`, in
# $BENCH_DIR), interleaved, each into an emptied output folder with its body cache kept (so reading is
# cheap and alike); the medians of the build's plan phase (where the search data is made) and of its
# total, from its `Build phases` line, go to $BENCH_DIR/search-N/cost.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 5000 10000)
bench="${BENCH_DIR:-target/benchmark}"
mkdir -p "$bench"
bench=$(cd "$bench" && pwd)

echo "Selenium's class path (the site tests' version)..."
classpath=$(benchmark/selenium-classpath.sh "$bench/selenium-classpath")

for n in "${sizes[@]}"; do
  work="$bench/search-$n"
  src="$work/source"
  if [[ ! -f $work/markers.tsv ]]; then
    rm -rf "$work"
    mkdir -p "$work"
    echo "Generating $n articles with a realistic vocabulary into $src..."
    java benchmark/GenerateCorpus.java "$n" "$src"
    java benchmark/SearchCorpus.java "$src"
    mv "$src/markers.tsv" "$src/common.tsv" "$work/"
  fi
  rm -rf "$src/templates" "$src/assets"
  cp -r templates assets jbake.properties "$src/"
  echo "Building the site of $n articles..."
  mvn -B -o -Dstyle.color=never package -Dsite.source="$src" -Dsite.output="$work/site" > "$work/build.log" 2>&1 \
    || { tail -40 "$work/build.log"; exit 1; }
  grep -o 'Build phases.*' "$work/build.log" | tail -1 || true
  echo "Searching, load average $(cut -d' ' -f1-3 /proc/loadavg)..."
  java -cp "$(cat "$classpath")" benchmark/SearchLatency.java "$work/site" "$work" "${QUERIES:-20}" \
    | tee "$work/latency.tsv" | grep -E '^(SUMMARY|MISSED)'

  if [[ -n ${BASELINE:-} ]]; then
    base="$bench/baseline-$(git rev-parse --short "$BASELINE")"
    [[ -d $base ]] || { mkdir -p "$base"; git archive "$BASELINE" | tar -x -C "$base"; }
    printf 'run\ttree\tplan s\ttotal s\tload\n' > "$work/cost.tsv"
    for run in $(seq "${RUNS:-3}"); do
      for tree in ours baseline; do
        dir=$([[ $tree == ours ]] && echo "$repo" || echo "$base")
        rm -rf "$work/cost-$tree/site"
        load=$(cut -d' ' -f1 /proc/loadavg)
        (cd "$dir" && mvn -B -o -Dstyle.color=never package -Dsite.source="$src" -Dsite.output="$work/cost-$tree/site") \
          > "$work/cost-$tree.log" 2>&1 || { tail -40 "$work/cost-$tree.log"; exit 1; }
        phases=$(grep -o 'Build phases.*' "$work/cost-$tree.log" | tail -1)
        plan=$(sed -n 's/.*plan [0-9]* pages \([0-9.]*\) s.*/\1/p' <<< "$phases")
        total=$(sed -n 's/.*total \([0-9.]*\) s.*/\1/p' <<< "$phases")
        printf '%s\t%s\t%s\t%s\t%s\n' "$run" "$tree" "$plan" "$total" "$load" >> "$work/cost.tsv"
      done
    done
    for tree in ours baseline; do
      plan=$(awk -F'\t' -v t="$tree" '$2 == t { print $3 }' "$work/cost.tsv" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
      total=$(awk -F'\t' -v t="$tree" '$2 == t { print $4 }' "$work/cost.tsv" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
      echo "$n articles, $tree: median plan $plan s, median build total $total s (${RUNS:-3} runs)"
    done | tee -a "$work/cost.tsv"
  fi
done
