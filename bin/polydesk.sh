#!/usr/bin/env bash
# Starts the Polydesk jar with the production JVM settings of README "Memory and start-up": a fixed heap, the
# serial collector, capped metaspace and code cache, and (with POLYDESK_CDS=1) a class-data-sharing archive made by
# a training run on first use. Usage: bin/polydesk.sh [Spring Boot arguments...]
# POLYDESK_HEAP (default 256m), POLYDESK_JAR (default api/target/polydesk.jar), POLYDESK_CDS (0 or 1),
# POLYDESK_CDS_DIR (default ./data/cds) and JAVA_OPTS (added last, so they win) tune it.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${POLYDESK_JAR:-$HERE/../api/target/polydesk.jar}
HEAP=${POLYDESK_HEAP:-256m}
[ -f "$JAR" ] || { echo "no jar at $JAR: build it with ./mvnw -B -DskipTests package" >&2; exit 1; }

JVM=(
  "-Xms$HEAP" "-Xmx$HEAP"
  -XX:+UseSerialGC
  -XX:MaxMetaspaceSize=192m
  -XX:ReservedCodeCacheSize=96m
  -Xss512k
  -XX:+ExitOnOutOfMemoryError
)

if [ "${POLYDESK_CDS:-0}" = 1 ]; then
  # CDS needs the classes on a plain class path, so the jar is extracted once per build of it.
  CDS_DIR=${POLYDESK_CDS_DIR:-./data/cds}
  STAMP=$(sha256sum "$JAR" | cut -c1-16)
  APP="$CDS_DIR/$STAMP"
  if [ ! -f "$APP/polydesk.jsa" ]; then
    rm -rf "$APP" && mkdir -p "$APP"
    java -Djarmode=tools -jar "$JAR" extract --destination "$APP/app" >/dev/null
    # A training run: the context refreshes (migrations included) and exits before any runner, so it creates no
    # first administrator; the classes it loaded go into the archive.
    java "${JVM[@]}" -XX:ArchiveClassesAtExit="$APP/polydesk.jsa" -Dspring.context.exit=onRefresh \
      -jar "$APP/app/polydesk.jar" "$@" >"$APP/training.log" 2>&1 \
      || { echo "CDS training run failed, see $APP/training.log; starting without CDS" >&2; rm -f "$APP/polydesk.jsa"; }
  fi
  if [ -f "$APP/polydesk.jsa" ]; then
    # shellcheck disable=SC2086
    exec java "${JVM[@]}" -XX:SharedArchiveFile="$APP/polydesk.jsa" ${JAVA_OPTS:-} -jar "$APP/app/polydesk.jar" "$@"
  fi
fi

# shellcheck disable=SC2086
exec java "${JVM[@]}" ${JAVA_OPTS:-} -jar "$JAR" "$@"
