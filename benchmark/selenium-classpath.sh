#!/usr/bin/env bash
# Prints the path of a file holding Selenium's class path, for the browser benchmarks (serve.sh,
# search.sh), which run their Java harness as a single source file with `java -cp`.
#
#   benchmark/selenium-classpath.sh DIR      (DIR: where to keep the helper pom, the file and its log)
#
# Selenium's version is the site tests' (site-tests/pom.xml), so the benchmarks drive Chromium exactly as
# the browser tests do. Resolved from Maven's cache when it can be, else from Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
tools="$1"
mkdir -p "$tools"
selenium=$(sed -n 's:.*<selenium.version>\(.*\)</selenium.version>.*:\1:p' site-tests/pom.xml)
dependency_plugin=$(sed -n 's:.*<artifactId>maven-dependency-plugin</artifactId><version>\([^<]*\)<.*:\1:p' parent/pom.xml)
# byte-buddy pinned to the version the site tests resolve (assertj's, nearer than Selenium's).
cat > "$tools/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <!-- Written by benchmark/selenium-classpath.sh: only for Selenium's class path. -->
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.commentary.benchmark</groupId>
  <artifactId>selenium-classpath</artifactId>
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
goal="org.apache.maven.plugins:maven-dependency-plugin:${dependency_plugin:-3.8.1}:build-classpath"
if ! mvn -B -q -o -Dstyle.color=never -f "$tools/pom.xml" "$goal" -Dmdep.outputFile="$tools/classpath.txt" \
    > "$tools/classpath.log" 2>&1; then
  mvn -B -q -Dstyle.color=never -f "$tools/pom.xml" "$goal" -Dmdep.outputFile="$tools/classpath.txt" \
    > "$tools/classpath.log" 2>&1 || { tail -30 "$tools/classpath.log" >&2; exit 1; }
fi
echo "$tools/classpath.txt"
