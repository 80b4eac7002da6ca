#!/usr/bin/env bash
# Benchmarks our build against Hugo's on the same synthetic collection of N articles, in one run.
#
#   benchmark/run.sh N [RUNS]      e.g. benchmark/run.sh 5000 3
#
# Environment: BENCH_DIR (default target/benchmark; use BENCH_DIR=/dev/shm/bench to keep corpus and
# outputs in memory), HUGO (the hugo command, default `hugo`; HUGO=none skips Hugo).
#
# What it measures, RUNS times each, interleaved (ours, Hugo, ours, ...) because this machine's
# absolute times drift between runs:
#   bake   clean  `mvn -o -N package` of the root pom alone (the bake and the offline zip) into an
#                 empty output folder, with no body cache (the build keeps converted bodies in
#                 .commentary-cache beside its output folder; each of ours has its own);
#   hugo   clean  `hugo --quiet` of the same articles into an empty public/;
#   hugo-norel    the same without "Related commentary" on article pages (Hugo's related-content
#                 lookup is about half its time at 5,000 articles);
#   full   clean  `mvn package` from the repository root, the README's command: the whole reactor
#                 (extension, tooling, site-tests; their code is already built) then the bake;
#   ...    edit   the same after changing one word in one article's body, with the previous output
#                 (and our body cache) still there.
# Both of ours take -Dsite.source/-Dsite.output pointing at the corpus. Each run reports wall time,
# CPU time (user + sys) and peak memory (max RSS), all from GNU time (/usr/bin/time); ours also the
# build's own `Build phases: ...` line and where the wall time went (from Maven's log time stamps).
# Results: $BENCH_DIR/N/results.tsv (every run, with the load average when it started) and
# $BENCH_DIR/N/summary.md (the table printed last, made by benchmark/summary.sh).
#
# Nothing is installed into ~/.m2: `mvn -N package` needs the extension jar from a repository, so it
# is installed into a private copy of the local repository ($BENCH_DIR/m2) and the bake runs with
# -Dmaven.repo.local pointing there (offline, -o, so no snapshot update check goes to the network).
# The script checks that the jar there is the one just built from this tree.
#
# `./commentary serve`'s time from an edit to the page showing it is measured by benchmark/serve.sh;
# benchmark/preview.sh times the older jbake:watch.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
n=${1:?usage: benchmark/run.sh N [RUNS]}
runs=${2:-3}
bench="${BENCH_DIR:-target/benchmark}"
mkdir -p "$bench"
bench=$(cd "$bench" && pwd)
work="$bench/$n"
src="$work/source"
hugo_site="$work/hugo"
m2="$bench/m2"
hugo_cmd=${HUGO:-hugo}
mkdir -p "$work/logs"

[[ -x /usr/bin/time ]] || { echo "GNU time is needed: apt-get install time" >&2; exit 2; }
if [[ $hugo_cmd != none ]] && command -v "$hugo_cmd" > /dev/null; then
  have_hugo=1
  hugo_version=$("$hugo_cmd" version | awk 'NR == 1')
else
  have_hugo=0
  echo "*** Hugo is not installed (or HUGO=none): Hugo is SKIPPED, only our build is measured. ***"
fi

# Maven's log with a time stamp on every line (where the time goes) and no colours.
mvn_log_opts=(-Dstyle.color=never -Dorg.slf4j.simpleLogger.showDateTime=true
  -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)

echo "Building the code; the extension jar goes into the private repository $m2 (not ~/.m2)..."
mkdir -p "$m2"
cp -a --update "$HOME/.m2/repository/." "$m2/"
mvn -q -Dstyle.color=never -Dmaven.repo.local="$m2" install -pl parent,extension -DskipTests \
  > "$work/logs/install.log" 2>&1 || { tail -50 "$work/logs/install.log"; exit 1; }
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' parent/pom.xml | awk 'NR == 1')
jar="extension/target/commentary-jbake-$version.jar"
cmp -s "$jar" "$m2/org/commentary/commentary-jbake/$version/commentary-jbake-$version.jar" \
  || { echo "The private repository's extension jar is not $jar" >&2; exit 1; }

if [[ ! -d $src/content ]]; then
  echo "Generating $n articles into $src..."
  java benchmark/GenerateCorpus.java "$n" "$src"
fi
rm -rf "$src/templates" "$src/assets"
cp -r templates assets jbake.properties "$src/"
page_size=$(sed -n 's/^index\.posts_per_page=//p' jbake.properties)

# The article every "edit" run changes: the first published Markdown one. Restored on exit.
article=$(grep -rl --include='*.md' '^status=published' "$src/content/articles" | sort | awk 'NR == 1')
relative=${article#"$src/content/"}
page="${relative%.md}.html"
cp "$article" "$work/edit-original.md"
trap 'cp "$work/edit-original.md" "$article"' EXIT

if ((have_hugo)); then
  echo "Writing the Hugo site $hugo_site from the same articles (page size $page_size)..."
  rm -rf "$hugo_site"
  java benchmark/HugoCorpus.java "$src" "$hugo_site" "$page_size"
  cp -r benchmark/hugo/layouts "$hugo_site/"
  mkdir -p "$hugo_site/static"
  cp -r assets/. "$hugo_site/static/"
fi

echo "Warming up: one untimed 'mvn package' from the root (compiles tooling and site-tests)..."
mvn -q -Dstyle.color=never package -Dsite.source="$src" -Dsite.output="$work/warmup/site" \
  > "$work/logs/warmup.log" 2>&1 || { tail -50 "$work/logs/warmup.log"; exit 1; }
rm -rf "$work/warmup"

# breakdown LOG WALL: where one of our builds spent its wall time, from the time stamps of Maven's log:
# Maven start-up (JVM, reading the poms, until the first plugin runs), the other modules' plugins
# (compile checks, jars), the tooling module's shade, JBake's start-up (plugin class realm, OrientDB,
# template engines), our pipeline (its own `Build phases` line), the offline zip (the pipeline's
# `Offline copy` line; earlier versions zipped with the assembly plugin), JBake's end, and the rest
# (Maven between plugins and its exit).
breakdown() {
  awk -v wall="$2" '
    function t(s,   a) { split(s, a, ":"); return a[1] * 3600 + a[2] * 60 + a[3] }
    function close_open(now) { if (open != "") spent[open] += now - since; open = "" }
    /^[0-9][0-9]:[0-9][0-9]:[0-9][0-9]\.[0-9]+ / {
      now = t($1)
      if (first == "") first = now
      if ($0 ~ / --- .* @ .* ---$/) {
        close_open(now)
        plugin = $0; sub(/.* --- /, "", plugin); sub(/:.*/, "", plugin)
        open = (plugin == "jbake-maven-plugin") ? "bake" : (plugin == "maven-assembly-plugin") ? "zip" \
          : (plugin == "maven-shade-plugin") ? "shade" : "modules"
        if (started == "") started = now
        since = now
      } else if ($0 ~ /\] Building .*\[[0-9]+\/[0-9]+\]$/) {
        close_open(now)
      } else if ($0 ~ /Build phases: /) {
        match($0, /total [0-9.]+ s$/); total = substr($0, RSTART + 6, RLENGTH - 8) + 0
        phases = $0; sub(/.*Build phases: /, "", phases); sub(/, total [0-9.]+ s$/, "", phases)
        jstart = now - total - since
        phasesAt = now
      } else if ($0 ~ /Offline copy /) {
        # The pipeline updates the offline zip right after its own phases, inside the bake.
        zipped = now - phasesAt
      } else if ($0 ~ /BUILD SUCCESS/) {
        close_open(now); end = now
      }
    }
    END {
      startup = started - first + (wall - (end - first))
      jend = spent["bake"] - jstart - total - zipped
      rest = wall - startup - spent["modules"] - spent["shade"] - spent["bake"] - spent["zip"]
      printf "Maven start-up %.1f s, other modules %.1f s, shade %.1f s, JBake start-up %.1f s, pipeline %.1f s (%s), JBake end %.1f s, zip %.1f s, rest %.1f s\n",
        startup, spent["modules"], spent["shade"], jstart, total, phases, jend, spent["zip"] + zipped, rest
    }' "$1"
}

results="$work/results.tsv"
printf 'config\trun\twall_s\tcpu_s\tpeak_mib\tdetails\tload\n' > "$results"

# measure CONFIG RUN COMMAND... : times COMMAND and appends a line to results.tsv.
measure() {
  local config=$1 run=$2
  shift 2
  local log="$work/logs/$config-$run.log" timing="$work/logs/$config-$run.time" load
  read -r load _ < /proc/loadavg
  /usr/bin/time -f '%e %U %S %M' -o "$timing" "$@" > "$log" 2>&1 || { tail -50 "$log"; exit 1; }
  local wall user sys rss cpu mib details=""
  read -r wall user sys rss < "$timing"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  mib=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
  if [[ $config != hugo-* ]]; then
    grep -q 'Build phases: ' "$log" || { echo "No 'Build phases' line in $log: did our pipeline run?" >&2; exit 1; }
    details=$(breakdown "$log" "$wall")
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$config" "$run" "$wall" "$cpu" "$mib" "$details" "$load" >> "$results"
  printf '%-11s run %d: wall %6.2f s  cpu %6.2f s  peak %5d MiB  load %s  %s\n' "$config" "$run" "$wall" "$cpu" "$mib" \
    "$load" "$details"
}

# The root pom alone, extension from the private repository; then the README's command, from the root.
bake=(mvn -o -N "${mvn_log_opts[@]}" -Dmaven.repo.local="$m2" package -Dsite.source="$src")
full=(mvn "${mvn_log_opts[@]}" package -Dsite.source="$src")
hugo_build=("$hugo_cmd" --quiet --source "$hugo_site")
# The one-word edit: the last word of the article's last paragraph becomes "benchedit<K>".
edit() {
  perl -0pi -e "s/\\w+(\\.\\s*)\\z/benchedit$1\$1/" "$article"
  ((have_hugo)) && perl -0pi -e "s/\\w+(\\.\\s*)\\z/benchedit$1\$1/" "$hugo_site/content/$relative"
  return 0
}
shows() { # OUTPUT_PAGE WORD
  grep -q "$2" "$1" || { echo "The edit ($2) is not in $1" >&2; exit 1; }
}

echo "N=$n, $runs runs each, $(nproc) cores, corpus and outputs in $work"
for ((run = 1; run <= runs; run++)); do
  rm -rf "$work/bake" "$work/full"  # outputs and their body caches
  measure bake-clean "$run" "${bake[@]}" -Dsite.output="$work/bake/site"
  if ((have_hugo)); then
    rm -rf "$hugo_site/public" "$hugo_site/resources"
    measure hugo-clean "$run" "${hugo_build[@]}"
  fi
  measure full-clean "$run" "${full[@]}" -Dsite.output="$work/full/site"
  if ((have_hugo)); then
    rm -rf "$hugo_site/public" "$hugo_site/resources"
    measure hugo-norel-clean "$run" env HUGO_BENCH_RELATED=0 "${hugo_build[@]}"
  fi

  edit "$run"
  measure bake-edit "$run" "${bake[@]}" -Dsite.output="$work/bake/site"
  shows "$work/bake/site/$page" "benchedit$run"
  if ((have_hugo)); then
    measure hugo-edit "$run" "${hugo_build[@]}"
    shows "$hugo_site/public/$page" "benchedit$run"
  fi
  measure full-edit "$run" "${full[@]}" -Dsite.output="$work/full/site"
  shows "$work/full/site/$page" "benchedit$run"
  if ((have_hugo)); then
    edit "${run}n"
    measure hugo-norel-edit "$run" env HUGO_BENCH_RELATED=0 "${hugo_build[@]}"
    shows "$hugo_site/public/$page" "benchedit${run}n"
  fi
done

{
  echo "$(java -version 2>&1 | awk 'NR == 1'); $(mvn -v 2>/dev/null | awk 'NR == 1' | sed 's/\x1b\[[0-9;]*m//g'); ${hugo_version:-Hugo skipped}."
} > "$work/environment.txt"
echo
benchmark/summary.sh "$work"
