# Shared helpers for bin/run and bin/test. Sourced, not executed.
set -euo pipefail

TURNPIKE_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK_DIR="${TURNPIKE_WORK_DIR:-$TURNPIKE_HOME/.turnpike}"
mkdir -p "$WORK_DIR/logs"

log() { printf '[turnpike] %s\n' "$*" >&2; }
die() { printf '[turnpike] error: %s\n' "$*" >&2; exit 1; }

# A version pinned once, in the parent POM.
pom_version() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$TURNPIKE_HOME/pom.xml" | head -n 1
}

mvnw() { "$TURNPIKE_HOME/mvnw" -B -q "$@"; }

# Keycloak 26 needs Java 21+; the default java here is 17, a newer JDK usually sits beside it.
keycloak_java_home() {
  local candidate
  for candidate in "${KEYCLOAK_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-2*-jdk-* /usr/lib/jvm/java-2*-openjdk-*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
      echo "$candidate"
      return 0
    fi
  done
  local major
  major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
  if [ "${major:-0}" -ge 21 ]; then dirname "$(dirname "$(readlink -f "$(command -v java)")")"; return 0; fi
  die "Keycloak needs Java 21 or newer; set KEYCLOAK_JAVA_HOME to such a JDK."
}

# Fetches and unpacks Keycloak's server distribution (a Maven Central artifact) into $1.
fetch_keycloak() {
  local target="$1" version
  version=$(pom_version keycloak.version)
  if [ ! -x "$target/keycloak-$version/bin/kc.sh" ]; then
    log "fetching Keycloak $version through Maven"
    mkdir -p "$target"
    mvnw dependency:unpack -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" -DoutputDirectory="$target" \
      -Dmdep.overWriteReleases=true
  fi
  echo "$target/keycloak-$version"
}

fetch_payara_micro() {
  local target="$1" version
  version=$(pom_version payara.version)
  if [ ! -f "$target/payara-micro-$version.jar" ]; then
    log "fetching Payara Micro $version through Maven"
    mvnw dependency:copy -Dartifact="fish.payara.extras:payara-micro:$version" -DoutputDirectory="$target"
  fi
  echo "$target/payara-micro-$version.jar"
}

wait_for_url() {
  local url="$1" seconds="$2" what="$3" pid="${4:-}"
  local deadline=$((SECONDS + seconds))
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then die "$what stopped while starting; see its log"; fi
    [ $SECONDS -lt $deadline ] || die "$what was not ready at $url after ${seconds}s; see its log"
    sleep 1
  done
}

random_secret() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }
