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
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 5000 10000)
bench="${BENCH_DIR:-target/benchmark}"
mkdir -p "$bench"
bench=$(cd "$bench" && pwd)

echo "Selenium's class path (the site tests' version, from Maven's cache)..."
selenium=$(sed -n 's:.*<selenium.version>\(.*\)</selenium.version>.*:\1:p' site-tests/pom.xml)
dependency_plugin=$(sed -n 's:.*<artifactId>maven-dependency-plugin</artifactId><version>\([^<]*\)<.*:\1:p' parent/pom.xml)
tools="$bench/search-latency-classpath"
mkdir -p "$tools"
cat > "$tools/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <!-- Written by benchmark/search.sh: only for Selenium's class path (SearchLatency.java). -->
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.commentary.benchmark</groupId>
  <artifactId>search-latency-classpath</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencyManagement>
    <dependencies>
      <dependency><groupId>net.bytebuddy</groupId><artifactId>byte-buddy</artifactId><version>1.14.18</version></dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <dependency><groupId>org.seleniumhq.selenium</groupId><artifactId>selenium-java</artifactId><version>$selenium</version></dependency>
  </dependencies>
</project>
POM
mvn -B -q -o -Dstyle.color=never -f "$tools/pom.xml" \
  "org.apache.maven.plugins:maven-dependency-plugin:${dependency_plugin:-3.8.1}:build-classpath" \
  -Dmdep.outputFile="$tools/classpath.txt" > "$tools/classpath.log" 2>&1 || { tail -30 "$tools/classpath.log"; exit 1; }

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
  java -cp "$(cat "$tools/classpath.txt")" benchmark/SearchLatency.java "$work/site" "$work" "${QUERIES:-20}" \
    | tee "$work/latency.tsv" | grep -E '^(SUMMARY|MISSED)'
done
