#!/usr/bin/env bash
# Builds hotarm (all modules, tests skipped) with a JDK 25 so that bin/hotarm can run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
java=$("$root/bin/java25")
export JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$java")")")
cd "$root"
mvn -B -q -Dstyle.color=never -DskipTests package "$@"
