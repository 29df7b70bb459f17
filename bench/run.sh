#!/usr/bin/env bash
# Seeds N tickets (each with a comment) into a MariaDB database by bulk SQL, starts the Polydesk jar on it,
# drives it with wrk and prints requests per second beside two floors measured in the same run: the HTTP floor
# (an anonymous request answered 401 by Tomcat and the security filter) and the JDBC floor (a bare primary-key
# read over Connector/J). Usage: bench/run.sh [N] ; see README "Benchmark" for the settings.
set -euo pipefail

N=${1:-10000}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-18080}
DB=${BENCH_DB:-polydesk_bench}
DB_USER=${BENCH_DB_USER:-polydesk_bench}
DB_PASSWORD=${BENCH_DB_PASSWORD:-bench-password}
ADMIN_PASSWORD=bench-admin-password
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$HERE/../api/target/polydesk.jar}
WORK=$(mktemp -d)
URL="jdbc:mysql://127.0.0.1:3306/$DB?useSSL=false&allowPublicKeyRetrieval=true"
BASE="http://127.0.0.1:$PORT"
SQL="mariadb -uroot $DB"

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -DskipTests package"; exit 1; }

echo "== fresh database $DB"
mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4;
  CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
  GRANT ALL ON $DB.* TO '$DB_USER'@'127.0.0.1';"

start_server() {
  SPRING_DATASOURCE_URL="$URL" SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
  POLYDESK_ADMIN_PASSWORD="$ADMIN_PASSWORD" POLYDESK_DATA_DIR="$WORK/data" SERVER_PORT=$PORT \
  POLYDESK_RATELIMIT_ENABLED=false \
    java ${JAVA_OPTS:-} -jar "$JAR" >"$WORK/server.log" 2>&1 &
  SERVER=$!
  local started=$(date +%s.%N)
  until curl -sf "$BASE/actuator/health" >/dev/null; do
    kill -0 $SERVER 2>/dev/null || { tail -30 "$WORK/server.log"; exit 1; }
    sleep 0.2
  done
  STARTUP=$(echo "$(date +%s.%N) - $started" | bc)
}
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT

echo "== start (empty database, migrations run)"
start_server
BASIC="Basic $(printf 'admin:%s' "$ADMIN_PASSWORD" | base64 -w0)"
curl -sf -X POST "$BASE/api/tickets/" -H "Authorization: $BASIC" -H 'Content-Type: application/json' \
  -d '{"title":"Printer on fire","description":"Paper tray smoking","priority":"high"}' >/dev/null
TOKEN=$(curl -sf "$BASE/graphql" -H "Authorization: $BASIC" -H 'Content-Type: application/json' \
  -d '{"query":"mutation { createApiToken(input: {name: \"bench\"}) { secret } }"}' \
  | sed 's/.*"secret":"\([^"]*\)".*/\1/')

echo "== seeding $N tickets with a comment each (bulk SQL)"
seed_started=$(date +%s)
$SQL -e "
  SET @t := (SELECT MIN(id) FROM tickets);
  SET @new := (SELECT id FROM statuses WHERE code = 'new'), @open := (SELECT id FROM statuses WHERE code = 'open'),
      @work := (SELECT id FROM statuses WHERE code = 'in_progress');
  SET @high := (SELECT id FROM priorities WHERE code = 'high'), @medium := (SELECT id FROM priorities WHERE code = 'medium');
  INSERT INTO tickets (number, title, description, status_id, priority_id, requester_id, assignee_id, project_id,
                       on_hold, source, created_at, updated_at, lock_version, archived)
  SELECT CONCAT('B-', s.seq), CONCAT(t.title, ' ', s.seq), t.description,
         ELT(1 + s.seq % 3, @new, @open, @work), ELT(1 + s.seq % 2, @high, @medium),
         t.requester_id, t.assignee_id, t.project_id, FALSE, t.source,
         t.created_at - INTERVAL s.seq SECOND, t.updated_at - INTERVAL s.seq SECOND, 0, FALSE
  FROM tickets t JOIN seq_1_to_$((N - 1)) s WHERE t.id = @t;
  INSERT INTO comments (ticket_id, author_id, content, is_internal, is_system, created_at, updated_at)
  SELECT t.id, t.requester_id, 'It is still smoking', FALSE, FALSE, t.created_at, t.created_at FROM tickets t;
  ANALYZE TABLE tickets, comments;"
echo "   seeded in $(( $(date +%s) - seed_started )) s"
ONE=$($SQL -N -e "SELECT MAX(id) FROM tickets")

run() { # name, then wrk arguments
  local name=$1; shift
  local rps
  rps=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" 2>&1 | awk '/Requests\/sec/ {print $2}')
  printf '| %-58s | %10s |\n' "$name" "$rps"
}
warm() { wrk -t1 -c4 -d3s "$@" >/dev/null 2>&1 || true; }

LIST="$BASE/api/tickets/"
PAGE400="$BASE/api/tickets/?page=400"
FILTERED="$BASE/api/tickets/?status=new&priority=high"
GRAPHQL='{"query":"{ tickets(first: 50) { totalCount edges { node { id status { key } priority { key } requester { id name } assignee { id name } commentCount } } } }"}'
CREATE='{"title":"Bench ticket","description":"Created by wrk","priority":"medium"}'
for url in "$BASE/api/tickets/$ONE/" "$LIST"; do warm -H "Authorization: Bearer $TOKEN" "$url"; done

echo
echo "Polydesk, $N tickets, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) cores, $(mariadb -uroot -N -e 'SELECT VERSION()')"
echo
printf '| %-58s | %10s |\n' "request" "req/s"
printf '| %-58s | %10s |\n' "---" "---"
run "HTTP floor: anonymous GET answered 401" "$LIST"
unzip -p "$JAR" 'BOOT-INF/lib/mysql-connector-j-*.jar' >"$WORK/connector.jar"
printf '| %-58s | %10s |\n' "JDBC floor: primary-key read, $CONNECTIONS connections" \
  "$(java -cp "$WORK/connector.jar" "$HERE/JdbcFloor.java" "$URL" "$DB_USER" "$DB_PASSWORD" 10 "$CONNECTIONS" "$ONE" 2>/dev/null \
     || echo n/a)"
run "Arctyk GET one ticket (API token)" -H "Authorization: Bearer $TOKEN" "$BASE/api/tickets/$ONE/"
run "Arctyk GET one ticket (Basic)" -H "Authorization: $BASIC" "$BASE/api/tickets/$ONE/"
run "Arctyk list, first page of 20" -H "Authorization: Bearer $TOKEN" "$LIST"
run "Arctyk list, page 400" -H "Authorization: Bearer $TOKEN" "$PAGE400"
run "Arctyk status=new&priority=high" -H "Authorization: Bearer $TOKEN" "$FILTERED"
BODY="$CREATE" AUTH="Bearer $TOKEN" run "Arctyk POST create" -s "$HERE/post.lua" "$LIST"
BODY="$GRAPHQL" AUTH="Bearer $TOKEN" run "GraphQL 50 tickets with people, counts, totalCount" -s "$HERE/post.lua" "$BASE/graphql"
echo
printf 'start-up (empty database, with migrations): %.1f s; resident memory after the runs: %s MiB\n' "$STARTUP" \
  "$(( $(awk '/VmRSS/ {print $2}' /proc/$SERVER/status) / 1024 ))"
