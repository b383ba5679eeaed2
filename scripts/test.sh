#!/usr/bin/env bash
# The whole test suite: provisions the tools the tests need (scripts/provision.sh), builds the
# guest test programs with the AArch64 cross compiler, then runs `mvn verify` over all modules
# (unit tests, then the end-to-end tests in testsuite, which run bin/hotarm on the cli jar the
# reactor has packaged by then). Extra arguments go to Maven (e.g. -Dtest=GuestProgramsTest
# -Dsurefire.failIfNoSpecifiedTests=false -pl testsuite -am). Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
java=$("$root/bin/java25")
export JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$java")")")
"$root/scripts/provision.sh"
make -C "$root/testsuite/guest" OUT="$root/build/guest"
cd "$root"
mvn -B verify "$@"
