#!/usr/bin/env bash
# Benchmark a clean build of a synthetic collection of N articles through the README build
# (`mvn package` of the root pom, JBake plugin and offline zip included).
#
#   benchmark/run.sh N [RUNS]      e.g. benchmark/run.sh 5000 5
#
# BENCH_DIR sets where the corpus and the output go (default target/benchmark). File creation is
# part of what is measured, so the folder's file system matters: see the README.
#
# Reports wall time, CPU time (user + sys) and peak memory (max RSS of the Maven JVM) for each run,
# then median, min and max, and the build's own phase timings. Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:?usage: benchmark/run.sh N [RUNS]}
runs=${2:-3}
work="${BENCH_DIR:-target/benchmark}/$n"
src="$work/source"
out="$work/site"

[[ -x /usr/bin/time ]] || { echo "GNU time is needed: apt-get install time" >&2; exit 2; }

echo "Installing the extension (the benchmark runs the root pom alone)..."
mvn -q install -pl extension -am -DskipTests

if [[ ! -d $src/content ]]; then
  echo "Generating $n articles into $src..."
  java benchmark/GenerateCorpus.java "$n" "$src"
fi
rm -rf "$src/templates" "$src/assets"
cp -r templates assets jbake.properties "$src/"

results="$work/results.tsv"
: > "$results"
for ((run = 1; run <= runs; run++)); do
  rm -rf "$out"
  log="$work/run-$run.log"
  /usr/bin/time -f 'TIME %e %U %S %M' -o "$work/time-$run" \
    mvn -N package -Dsite.source="$src" -Dsite.output="$out" > "$log" 2>&1 || { cat "$log"; exit 1; }
  read -r _ wall user sys rss < "$work/time-$run"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  mib=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
  phases=$(grep -o 'Build phases: .*' "$log" | sed 's/\x1b\[[0-9;]*m//g' || true)
  printf '%s\t%s\t%s\n' "$wall" "$cpu" "$mib" >> "$results"
  printf 'run %d: wall %6.2f s  cpu %6.2f s  peak %5d MiB  | %s\n' "$run" "$wall" "$cpu" "$mib" "$phases"
done

stats() { # column number -> "median min max"
  cut -f"$1" "$results" | sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median %.2f  min %.2f  max %.2f", m, v[1], v[NR] }'
}
echo "N=$n, $runs runs, $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "wall s:    $(stats 1)"
echo "cpu s:     $(stats 2)"
echo "peak MiB:  $(stats 3)"
