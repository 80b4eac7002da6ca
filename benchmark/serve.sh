#!/usr/bin/env bash
# Times the live preview in a real browser: `./commentary serve` against `hugo server`, on the same
# synthetic collection of N articles.
#
#   benchmark/serve.sh N [EDITS]      e.g. BENCH_DIR=/dev/shm/bench benchmark/serve.sh 5000 5
#
# Environment: BENCH_DIR (default target/benchmark; BENCH_DIR=/dev/shm/bench keeps everything in memory, as
# run.sh's figures are), HUGO (the hugo command, default `hugo`; HUGO=none skips Hugo), STARTS (first starts
# of each kind, default 2), POLL_MS (ms between DOM checks, default 10), CHROME_BIN and CHROMEDRIVER_BIN
# (default /usr/bin/chromium and /usr/bin/chromedriver), BUILD_RESULTS (run.sh's results.tsv for the same N,
# default BENCH_DIR/N/results.tsv: the summary then gives first start / clean build), SERVE_JAVA_OPTS (JVM
# options for serve, to compare, e.g. "-XX:+UseSerialGC"; none by default, as ./commentary runs it),
# SERVE_TAG (a name for a comparison run: its files are serve-results-TAG.tsv and serve-summary-TAG.md).
#
# What it measures (benchmark/ServeLatency.java does the measuring; see its class comment):
#   first start    launch of `java -jar tooling/target/commentary-cli.jar serve --root SOURCE --port 0` to
#                  the article page answered, with no body cache (SOURCE/target/.commentary-cache, which
#                  serve shares with mvn package, removed first) and with the cache the start before left;
#                  `hugo server --port P --bind 127.0.0.1` (its defaults: memory, fast render) likewise;
#   body edit      one article's page open in headless Chromium (Selenium, as the site tests start it); its
#                  source file saved whole (temporary file renamed over it) with the body's last word changed
#                  to a new unique word; time from just before the save until the page, reloaded by the
#                  server's own live reload, has the word in its DOM (read every POLL_MS ms; no navigation);
#   title edit     the same with a unique word added to the title (listings and neighbours change too);
#   peak RSS       VmHWM of each server process when it is stopped.
# EDITS edits of each kind (default 5), ours and Hugo's alternating. The corpus is the one run.sh builds
# (BENCH_DIR/N/source, made here with GenerateCorpus.java when missing) and its Hugo version (BENCH_DIR/N/hugo,
# made with HugoCorpus.java and benchmark/hugo/layouts when missing); the edited files are restored at the end.
# Results: BENCH_DIR/N/serve-results.tsv (every measurement), BENCH_DIR/N/serve-summary.md (the table, also
# printed), BENCH_DIR/N/logs/serve-*.log (each server's output, time-stamped from its launch).
# Nothing else may use the corpus meanwhile (run.sh and preview.sh edit the same article): give this its own
# BENCH_DIR when they may run.
#
# Selenium comes from Maven Central through Maven (the site tests' version, via a small pom written into
# BENCH_DIR); nothing is installed into ~/.m2 beyond what Maven caches anyway.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
n=${1:?usage: benchmark/serve.sh N [EDITS]}
edits=${2:-5}
bench="${BENCH_DIR:-target/benchmark}"
mkdir -p "$bench"
bench=$(cd "$bench" && pwd)
work="$bench/$n"
src="$work/source"
hugo_site="$work/hugo"
hugo_cmd=${HUGO:-hugo}
mkdir -p "$work/logs"

if [[ $hugo_cmd != none ]] && command -v "$hugo_cmd" > /dev/null; then
  have_hugo=1
  hugo_version=$("$hugo_cmd" version | awk 'NR == 1')
  hugo_why=""
else
  have_hugo=0
  hugo_why=$([[ $hugo_cmd == none ]] && echo "HUGO=none" || echo "no '$hugo_cmd' command installed")
  echo "*** Hugo skipped ($hugo_why): only ./commentary serve is measured. ***"
fi

echo "Building the CLI jar if needed (./commentary --help)..."
./commentary --help > /dev/null
jar="$repo/tooling/target/commentary-cli.jar"

echo "Selenium's class path (the site tests' version)..."
classpath=$(benchmark/selenium-classpath.sh "$bench/selenium-classpath")

if [[ ! -d $src/content ]]; then
  echo "Generating $n articles into $src..."
  java benchmark/GenerateCorpus.java "$n" "$src"
fi
# As run.sh: this tree's templates, assets and settings.
rm -rf "$src/templates" "$src/assets"
cp -r templates assets jbake.properties "$src/"
page_size=$(sed -n 's/^index\.posts_per_page=//p' jbake.properties)

# The article edited: run.sh's, the first published Markdown one.
article=$(grep -rl --include='*.md' '^status=published' "$src/content/articles" | sort | awk 'NR == 1')
relative=${article#"$src/content/"}
page="${relative%.md}.html"
# Restored by ServeLatency.java; these copies are for a run that was killed before it could.
if grep -q 'bodyedit\|titleedit' "$article"; then
  [[ -f $work/serve-original.md ]] || { echo "$article carries an edit of an earlier run and no copy of it" >&2; exit 1; }
  cp "$work/serve-original.md" "$article"
fi
cp "$article" "$work/serve-original.md"
trap 'cmp -s "$work/serve-original.md" "$article" || cp "$work/serve-original.md" "$article"' EXIT

hugo_args=(hugo=none)
if ((have_hugo)); then
  if [[ ! -f $hugo_site/hugo.toml || ! -f $hugo_site/content/$relative ]]; then
    echo "Writing the Hugo site $hugo_site from the same articles (as run.sh does)..."
    rm -rf "$hugo_site"
    java benchmark/HugoCorpus.java "$src" "$hugo_site" "$page_size"
    cp -r benchmark/hugo/layouts "$hugo_site/"
    mkdir -p "$hugo_site/static"
    cp -r assets/. "$hugo_site/static/"
  fi
  if grep -q 'bodyedit\|titleedit' "$hugo_site/content/$relative"; then
    [[ -f $work/serve-original-hugo.md ]] || { echo "$hugo_site/content/$relative carries an earlier edit" >&2; exit 1; }
    cp "$work/serve-original-hugo.md" "$hugo_site/content/$relative"
  fi
  cp "$hugo_site/content/$relative" "$work/serve-original-hugo.md"
  trap 'cmp -s "$work/serve-original.md" "$article" || cp "$work/serve-original.md" "$article";
        cmp -s "$work/serve-original-hugo.md" "$hugo_site/content/$relative" \
          || cp "$work/serve-original-hugo.md" "$hugo_site/content/$relative"' EXIT
  hugo_args=(hugo="$hugo_cmd" hugoSite="$hugo_site" hugoFile="$hugo_site/content/$relative")
fi

environment="$(java -version 2>&1 | awk 'NR == 1'); ${hugo_version:-Hugo skipped}; $(chromium --version 2>/dev/null \
  | awk 'NR == 1'); load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "N=$n, $edits edits of each kind, $(nproc) cores; page $page; $environment"
java -cp "$(cat "$classpath")" benchmark/ServeLatency.java work="$work" articles="$n" edits="$edits" \
  starts="${STARTS:-2}" poll="${POLL_MS:-10}" jar="$jar" root="$src" file="$article" page="$page" \
  tag="${SERVE_TAG:-}" javaOptions="${SERVE_JAVA_OPTS:-}" buildTimes="${BUILD_RESULTS:-$work/results.tsv}" environment="$environment" hugoWhy="$hugo_why" "${hugo_args[@]}"
