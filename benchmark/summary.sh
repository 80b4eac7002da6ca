#!/usr/bin/env bash
# Summarises one benchmark/run.sh work folder (BENCH_DIR/N): reads its results.tsv, writes its
# summary.md (medians, ranges, ours/Hugo ratios, where our time went) and prints it.
#
#   benchmark/summary.sh /dev/shm/bench/5000
set -euo pipefail
work=${1:?usage: benchmark/summary.sh WORK_FOLDER (BENCH_DIR/N)}
results="$work/results.tsv"
[[ -f $results ]] || { echo "No $results" >&2; exit 2; }
n=$(basename "$work")
runs=$(awk -F'\t' 'NR > 1 && $2 > r { r = $2 } END { print r + 0 }' "$results")

# stats CONFIG COLUMN -> "median min max" ("- - -" when the configuration was not run)
stats() {
  awk -F'\t' -v c="$1" -v col="$2" '$1 == c { print $col }' "$results" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "- - -"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f %.2f %.2f", m, v[1], v[NR] }'
}
median_details() { # CONFIG -> the details of its median-wall run
  awk -F'\t' -v c="$1" '$1 == c { print $3 "\t" $6 }' "$results" | sort -g \
    | awk -F'\t' '{ d[NR] = $2 } END { print d[int((NR + 1) / 2)] }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == "-" || b == 0) print "—"; else printf "%.1f×", a / b }'; }

summary="$work/summary.md"
{
  echo "# Benchmark: $n articles, $runs runs each ($(date -u -r "$results" +%Y-%m-%d), $(nproc) cores)"
  echo
  if [[ -f $work/environment.txt ]]; then cat "$work/environment.txt"; fi
  echo "Corpus and outputs in $work. Wall and CPU (user + sys) in seconds, peak memory (max RSS) in MiB;"
  echo "medians of $runs runs, ours and Hugo's interleaved. Ratios: ours / Hugo, of the medians."
  echo
  echo "| build | wall (min–max) | CPU | peak MiB | wall / Hugo | CPU / Hugo | wall / Hugo without related |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  for config in bake-clean full-clean hugo-clean hugo-norel-clean bake-edit full-edit hugo-edit hugo-norel-edit; do
    read -r wm wmin wmax <<< "$(stats "$config" 3)"
    [[ $wm == - ]] && continue
    read -r cm _ _ <<< "$(stats "$config" 4)"
    read -r rm _ _ <<< "$(stats "$config" 5)"
    kind=${config##*-}
    wall_ratio="—" cpu_ratio="—" lean_ratio="—"
    if [[ $config != hugo-* ]]; then
      read -r hw _ _ <<< "$(stats "hugo-$kind" 3)"
      read -r hc _ _ <<< "$(stats "hugo-$kind" 4)"
      read -r lw _ _ <<< "$(stats "hugo-norel-$kind" 3)"
      wall_ratio=$(ratio "$wm" "$hw")
      cpu_ratio=$(ratio "$cm" "$hc")
      lean_ratio=$(ratio "$wm" "$lw")
    fi
    case $config in
      bake-*) name="ours, \`mvn -N package\` (bake + zip)" ;;
      full-*) name="ours, \`mvn package\` (whole reactor)" ;;
      hugo-norel-*) name="Hugo without related content" ;;
      hugo-*) name="Hugo" ;;
    esac
    printf '| %s, %s | %s (%s–%s) | %s | %.0f | %s | %s | %s |\n' "$name" "$kind" "$wm" "$wmin" "$wmax" "$cm" \
      "$rm" "$wall_ratio" "$cpu_ratio" "$lean_ratio"
  done
  echo
  echo "Where our wall time went (median run of each, from Maven's log time stamps):"
  echo
  for config in bake-clean full-clean bake-edit full-edit; do
    echo "- $config: $(median_details "$config")"
  done
  loads=$(awk -F'\t' 'NR > 1 && NF >= 7 { printf "%s%s", sep, $7; sep = " " }' "$results")
  if [[ -n $loads ]]; then
    echo
    echo "Load average (1 min) at the start of each run, in run order: $loads"
  fi
  echo
  echo "serve's edit-to-visible time is measured by benchmark/serve.sh."
} > "$summary"
cat "$summary"
