#!/usr/bin/env bash
# The portal's benchmark, in one command: bash src/bench/run.sh [--seed-only | --large-only]
#
# Builds the jar, creates a throwaway database, and for each data set (the seed only, then
# the seed plus src/bench/large-data.sql) starts the app from the jar, measures its startup
# to the first page, warms it up with one discarded pass, then loads each page with wrk at
# 127.0.0.1 — the app, then nginx serving the same page's exact bytes as a static file —
# and prints a Markdown report (also written under target/bench/). Everything it starts
# (app, nginx, database) is stopped or dropped on exit, even on Ctrl-C or failure.
# Knobs are environment variables; see usage() below and the README's "Benchmark" section.
set -euo pipefail

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ms() { date +%s%3N; }

usage() {
  cat <<'EOF'
Usage: bash src/bench/run.sh [--seed-only | --large-only | --both]

  (default)     --both: the seed only, then the large data set; compares the two
  --seed-only   only the seed content of the migrations
  --large-only  only the seed plus src/bench/large-data.sql (BENCH_SCALE times 2,000 items)

Environment (defaults in brackets):
  BENCH_SCALE [10]  size of the large data set: 2,000 × scale case studies and meetings
                 (10: 20,000 of each, about 160,000 statements; see large-data.sql)
  BENCH_CONNECTIONS [32]  BENCH_THREADS [2]  BENCH_DURATION [15] seconds per page
  BENCH_WARMUP [= BENCH_DURATION] seconds per page of the discarded warm-up pass
  BENCH_TIMEOUT [10] seconds: slower responses count as errors (wrk --timeout)
  BENCH_APP_PORT [18080]  BENCH_NGINX_PORT [18081]
  BENCH_DB_HOST [127.0.0.1]  BENCH_DB_PORT [5432]  BENCH_DB_USER [postgres]
  BENCH_DB_PASSWORD []  BENCH_DB_ADMIN_DB [postgres] (where CREATE/DROP DATABASE run)
  BENCH_JAVA_OPTS [see DEFAULT_JAVA_OPTS in this script]
  BENCH_MALLOC_ARENA_MAX [2]  glibc's MALLOC_ARENA_MAX for the app ("" leaves it unset)
  BENCH_CDS [1]  1: run the extracted jar with a class data sharing archive from a training
                 run (as a deployment would); 0: java -jar on the fat jar, no archive
  BENCH_AOT [1]  1: start with -Dspring.aot.enabled=true (the jar's ahead-of-time processed
                 bean definitions); 0: the usual start, configuration parsed at startup
  BENCH_STARTS [3] starts measured per data set; the report gives their median
  BENCH_ENCODING [gzip]  gzip: requests carry Accept-Encoding: gzip, as every browser's do,
                 and nginx serves the same compressed bytes; identity: no Accept-Encoding
  BENCH_CASE_STUDY [london-shanghai-cooperation]  BENCH_MEETING [2024-10-18-wang-yi-david-lammy]
  BENCH_SKIP_BUILD [0]  1 reuses the jar in target/ (for quick runs while developing)
  BENCH_OUT [target/bench]  where reports and logs go
EOF
}

# Why these JVM flags (the RSS target is 350 MB on a 2-core machine). Measured here: the
# app loads some 22,000 classes (about 125 MB of class data, most of it in the class data
# sharing archive below) and keeps about 45 MB of live heap.
# - a fixed 96 MB heap: the live set (45 MB after a full collection), up to 8 MB of cached
#   pages (portal.cache.pages-max-size) and room for young collections;
#   80 MB made full collections frequent and halved the throughput; the default heap (a
#   quarter of the machine's RAM) is what lets RSS grow without bound;
# - Serial GC: on 2 cores a parallel or concurrent collector buys nothing and costs native
#   memory (G1's remembered sets) and CPU that the request threads need;
# - C2 (the default tiered compilation): now that visitors' pages come from memory, the
#   request path is Tomcat's own code, which C2 runs 1.7-1.9 times faster than C1 alone
#   after a 30 s warm-up (C1 alone was the better choice while every request rendered a
#   page: it used less CPU per request then). C2 costs some 40 MB of peak RSS (its
#   compiler arenas and larger code), paid for by the smaller heap, and a native heap trim
#   every second (-XX:TrimNativeHeapInterval, experimental in 17.0.9+) that gives the
#   compiler arenas back to the system;
# - smaller thread stacks (Tomcat keeps up to 200 request threads), and ceilings on code
#   cache and metaspace so that native memory cannot grow unnoticed;
# - MALLOC_ARENA_MAX=2 (an environment variable, not a flag): glibc otherwise gives each
#   busy thread its own malloc arena; it took about 40 MB off the peak RSS.
# Startup: the jar is extracted (java -Djarmode=tools -jar app.jar extract) and a training
# run (-XX:ArchiveClassesAtExit; it starts the app, asks for each page, stops) writes a class data
# sharing archive that every start then maps (-XX:SharedArchiveFile): some 20,000 classes
# are no longer parsed and verified at each start, which took a third off it. The training
# run belongs to the deployment (like building the jar), so it is not part of the startup
# measured here. -Dspring.aot.enabled=true uses the bean definitions that the build
# generated ahead of time (spring-boot-maven-plugin's process-aot goal, in pom.xml): no
# classpath scanning or configuration parsing at startup, which took another quarter off.
# Startup is measured BENCH_STARTS times and the median reported (all are listed): on a
# shared 2-core machine one start varies by a second or more.
DEFAULT_JAVA_OPTS="-Xms96m -Xmx96m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=160m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=1000"
DEFAULT_MALLOC_ARENA_MAX=2

# Targets of the production-grade issue, printed with the results.
TARGET_RATIO_PCT=20
TARGET_P99_MS=25
TARGET_STARTUP_S=6
TARGET_RSS_MB=350
TARGET_SAME_SPEED_PCT=90

mode=both
for arg in "$@"; do
  case "$arg" in
    --seed-only) mode=seed ;;
    --large-only) mode=large ;;
    --both) mode=both ;;
    -h | --help) usage; exit 0 ;;
    *) echo "Unknown argument: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/../.."
root=$(pwd)
bench_dir=$root/src/bench

connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
duration=${BENCH_DURATION:-15}
warmup=${BENCH_WARMUP:-$duration}
timeout=${BENCH_TIMEOUT:-10}
app_port=${BENCH_APP_PORT:-18080}
nginx_port=${BENCH_NGINX_PORT:-18081}
db_host=${BENCH_DB_HOST:-127.0.0.1}
db_port=${BENCH_DB_PORT:-5432}
db_user=${BENCH_DB_USER:-postgres}
db_password=${BENCH_DB_PASSWORD:-}
db_admin=${BENCH_DB_ADMIN_DB:-postgres}
java_opts=${BENCH_JAVA_OPTS:-$DEFAULT_JAVA_OPTS}
malloc_arena_max=${BENCH_MALLOC_ARENA_MAX-$DEFAULT_MALLOC_ARENA_MAX}
cds=${BENCH_CDS:-1}
aot=${BENCH_AOT:-1}
if [ "$aot" = 1 ]; then java_opts="$java_opts -Dspring.aot.enabled=true"; fi
starts=${BENCH_STARTS:-3}
encoding=${BENCH_ENCODING:-gzip}
case "$encoding" in
  gzip) request_headers=(-H 'Accept-Encoding: gzip') ;;
  identity) request_headers=() ;;
  *) die "BENCH_ENCODING must be gzip or identity, not $encoding" ;;
esac
case_study=${BENCH_CASE_STUDY:-london-shanghai-cooperation}
meeting=${BENCH_MEETING:-2024-10-18-wang-yi-david-lammy}
out_root=${BENCH_OUT:-$root/target/bench}
scale=${BENCH_SCALE:-10}
[[ "$scale" =~ ^[1-9][0-9]*$ ]] || die "BENCH_SCALE must be a positive whole number, not $scale"

# Page name (a file name for nginx) and path, in the order they are loaded.
page_names=(home trade case-studies meetings case-study meeting)
page_paths=(/ /trade /case-studies /meetings "/case-studies/$case_study" "/meetings/$meeting")


# Before anything of ours runs: a load average above the CPU count means other work is
# sharing the CPUs, and the report says so.
loadavg_start=$(cut -d' ' -f1-3 /proc/loadavg)

# --- Prerequisites: Debian packages, installed only when missing ---
export DEBIAN_FRONTEND=noninteractive
apt_updated=no
apt_install() {
  [ "$(id -u)" = 0 ] || die "missing $*: run as root, or install them: apt-get install $*"
  if [ "$apt_updated" = no ]; then apt-get update -qq; apt_updated=yes; fi
  log "Installing $*"
  apt-get install -y -qq "$@" >/dev/null
}
command -v wrk >/dev/null || apt_install wrk
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || apt_install nginx
command -v psql >/dev/null || apt_install postgresql-client
command -v curl >/dev/null || apt_install curl
command -v python3 >/dev/null || apt_install python3
command -v java >/dev/null || die "java (17 or later) is not on the PATH"
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

export PGPASSWORD=$db_password
psql_in() { # psql_in DATABASE ARGS...
  local database=$1
  shift
  psql -h "$db_host" -p "$db_port" -U "$db_user" -d "$database" -v ON_ERROR_STOP=1 -qAtX "$@"
}
psql_in "$db_admin" -c 'select 1' >/dev/null \
  || die "cannot connect to PostgreSQL at $db_host:$db_port as $db_user (database $db_admin)"

port_busy() { curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/"; }
port_busy "$app_port" && die "something already answers on port $app_port (set BENCH_APP_PORT)"
port_busy "$nginx_port" && die "something already answers on port $nginx_port (set BENCH_NGINX_PORT)"

# --- Output directory, scratch directory, and cleanup of everything started ---
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=$out_root/$stamp
mkdir -p "$out/wrk"
work=$(mktemp -d /tmp/portal-bench.XXXXXX)
chmod 755 "$work" # nginx's workers run as nobody when started by root
db=portal_bench_$(head -c 5 /dev/urandom | od -An -tx1 | tr -d ' \n')
app_pid=
nginx_pid=
db_created=no

stop_pid() { # stop_pid PID SIGNAL: ask, wait up to 30 s, then kill
  local pid=$1 signal=$2
  kill -0 "$pid" 2>/dev/null || return 0
  kill "-$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  set +e
  [ -n "$app_pid" ] && stop_pid "$app_pid" TERM
  [ -n "$nginx_pid" ] && stop_pid "$nginx_pid" QUIT
  if [ "$db_created" = yes ]; then
    psql_in "$db_admin" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 \
      || log "could not drop database $db"
  fi
  [ -f "$work/nginx/error.log" ] && cp "$work/nginx/error.log" "$out/nginx-error.log"
  rm -rf "$work"
  [ "$status" = 0 ] || log "failed (exit $status); logs in $out"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Build ---
if [ "${BENCH_SKIP_BUILD:-0}" = 1 ]; then
  log "Reusing the jar in target/ (BENCH_SKIP_BUILD=1)"
else
  log "Building the jar"
  ./mvnw -q -B -DskipTests package
fi
# The jar of the pom's current version, not a leftover of an earlier one.
jar=target/$(python3 -c '
import xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
pom = ET.parse("pom.xml").getroot()
print(pom.find("m:artifactId", ns).text + "-" + pom.find("m:version", ns).text + ".jar")')
[ -f "$jar" ] || die "no $jar: build it, or leave BENCH_SKIP_BUILD unset"
app_jar=$jar
cds_opts=
if [ "$cds" = 1 ]; then
  log "Extracting the jar for class data sharing"
  java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
  app_jar=$work/app/$(basename "$jar")
fi

# --- The app ---
start_app() { # start_app LOG: starts the jar, waits for the first 200 from /, sets startup_ms
  local t0
  t0=$(now_ms)
  local settings=("SPRING_DATASOURCE_URL=jdbc:postgresql://$db_host:$db_port/$db"
    "SPRING_DATASOURCE_USERNAME=$db_user" "SPRING_DATASOURCE_PASSWORD=$db_password"
    SPRING_DOCKER_COMPOSE_ENABLED=false SERVER_ADDRESS=127.0.0.1 "SERVER_PORT=$app_port")
  if [ -n "$malloc_arena_max" ]; then settings+=("MALLOC_ARENA_MAX=$malloc_arena_max"); fi
  # env execs java, so $! is the JVM's pid. java_opts is a list of flags, split on spaces.
  # shellcheck disable=SC2086
  env "${settings[@]}" java $java_opts $cds_opts -jar "$app_jar" >"$1" 2>&1 &
  app_pid=$!
  while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$app_port/" || true)" != 200 ]; do
    kill -0 "$app_pid" 2>/dev/null || { app_pid=; die "the app exited during startup; see $1"; }
    [ $(($(now_ms) - t0)) -lt 180000 ] || die "no 200 from / after 180 s; see $1"
    sleep 0.05
  done
  startup_ms=$(($(now_ms) - t0))
}

stop_app() {
  stop_pid "$app_pid" TERM
  app_pid=
}

# Peak resident set size of the app so far (kB), as the kernel tracks it.
peak_rss_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$app_pid/status"; }

# --- nginx, serving each page's exact bytes with the app's Content-Type ---
fetch_pages() { # fetch_pages MODE: saves each page as the app serves it, for nginx
  local mode=$1 i name path status type
  mkdir -p "$work/www/$mode"
  : >"$work/locations-$mode.conf"
  for i in "${!page_names[@]}"; do
    name=${page_names[$i]}
    path=${page_paths[$i]}
    # The page as visitors get it, from memory (the first request renders it).
    curl -s -o /dev/null "${request_headers[@]}" "http://127.0.0.1:$app_port$path"
    # The bytes as sent (curl decompresses nothing without --compressed), and whether
    # they are compressed, so that nginx can send them with the same Content-Encoding.
    read -r status content_encoding type < <(curl -s -o "$work/www/$mode/$name" \
      -w '%{http_code} %header{content-encoding}- %{content_type}\n' "${request_headers[@]}" \
      "http://127.0.0.1:$app_port$path")
    [ "$status" = 200 ] || die "$path answered $status, not 200"
    content_encoding=${content_encoding%-}
    printf '    location = /%s/%s { default_type "%s";%s }\n' "$mode" "$name" "$type" \
      "${content_encoding:+ add_header Content-Encoding $content_encoding;}" >>"$work/locations-$mode.conf"
  done
  chmod -R a+rX "$work/www"
}

start_nginx() { # start_nginx MODE
  local conf=$work/nginx/nginx.conf
  mkdir -p "$work/nginx/tmp"
  cat >"$conf" <<EOF
# Written by src/bench/run.sh: static copies of the app's pages, nothing else.
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events {
    worker_connections 1024;
}
http {
    access_log off;
    sendfile on;
    types { }
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
$(cat "$work/locations-$1.conf")
    }
}
EOF
  "$nginx_bin" -p "$work/nginx" -c "$conf" -e "$work/nginx/error.log" &
  nginx_pid=$!
  for _ in $(seq 1 100); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$nginx_port/$1/home" || true)" = 200 ] && return 0
    kill -0 "$nginx_pid" 2>/dev/null || { nginx_pid=; die "nginx did not start; see $out/nginx-error.log"; }
    sleep 0.1
  done
  die "nginx does not answer on port $nginx_port"
}

stop_nginx() {
  stop_pid "$nginx_pid" QUIT
  nginx_pid=
}

# --- Load ---
load() { # load SECONDS URL OUTPUT: one wrk run, raw report kept in OUTPUT
  wrk -t"$threads" -c"$connections" -d"$1"s --timeout "$timeout"s --latency "${request_headers[@]}" \
    -s "$bench_dir/summary.lua" "$2" >"$3"
}

bench_mode() { # bench_mode MODE
  local mode=$1 i name path result server
  local all_starts=()
  for i in $(seq 2 "$starts"); do
    log "[$mode] Starting the app to measure its startup ($((i - 1)) of $starts)"
    start_app "$out/app-$mode-start$((i - 1)).log"
    all_starts+=("$startup_ms")
    stop_app
  done
  log "[$mode] Starting the app ($starts of $starts), then loading it"
  start_app "$out/app-$mode.log"
  all_starts+=("$startup_ms")
  echo "startup_ms_$mode=$(printf '%s\n' "${all_starts[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')" >>"$work/meta"
  echo "startup_all_ms_$mode=${all_starts[*]}" >>"$work/meta"
  echo "startup_rss_kb_$mode=$(peak_rss_kb)" >>"$work/meta"
  log "[$mode] First page after $startup_ms ms"

  fetch_pages "$mode"
  start_nginx "$mode"

  log "[$mode] Warm-up pass, discarded: ${warmup} s per page"
  for i in "${!page_names[@]}"; do
    load "$warmup" "http://127.0.0.1:$app_port${page_paths[$i]}" "$out/wrk/$mode-warmup-${page_names[$i]}.txt"
  done

  for i in "${!page_names[@]}"; do
    name=${page_names[$i]}
    path=${page_paths[$i]}
    log "[$mode] $path: app, then nginx, ${duration} s each"
    load "$duration" "http://127.0.0.1:$app_port$path" "$out/wrk/$mode-app-$name.txt"
    load "$duration" "http://127.0.0.1:$nginx_port/$mode/$name" "$out/wrk/$mode-nginx-$name.txt"
    for server in app nginx; do
      result=$(grep '^BENCH ' "$out/wrk/$mode-$server-$name.txt" | sed 's/^BENCH //') \
        || die "no summary from wrk; see $out/wrk/$mode-$server-$name.txt"
      printf '%s\t%s\t%s\t%s\t%s\n' "$mode" "$server" "$path" "$(stat -c %s "$work/www/$mode/$name")" "$result" \
        >>"$work/results.tsv"
    done
  done

  echo "peak_rss_kb_$mode=$(peak_rss_kb)" >>"$work/meta"
  stop_nginx
  stop_app
}

data_summary() {
  psql_in "$db" -c "select format('trade years: %s, case studies: %s, meetings: %s, statements: %s, participants: %s, drafts: %s, translated texts: %s',
      (select count(*) from trade_figure), (select count(*) from case_study),
      (select count(*) from meeting), (select count(*) from meeting_statement),
      (select count(*) from meeting_participant),
      (select count(*) filter (where status = 'DRAFT') from case_study)
        + (select count(*) filter (where status = 'DRAFT') from meeting),
      (select count(*) from translation))"
}

# --- The run ---
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "cpus=$(nproc)"
  echo "loadavg=$loadavg_start"
  if [ "$cds" = 1 ]; then
    echo "java_command=${malloc_arena_max:+MALLOC_ARENA_MAX=$malloc_arena_max }java $java_opts -XX:SharedArchiveFile=app.jsa -jar $(basename "$jar") (extracted; archive from a training run)"
  else
    echo "java_command=${malloc_arena_max:+MALLOC_ARENA_MAX=$malloc_arena_max }java $java_opts -jar $jar"
  fi
  echo "java_version=$(java -version 2>&1 | head -n 1)"
  echo "nginx_version=$("$nginx_bin" -v 2>&1)"
  echo "wrk_version=$(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)"
  echo "postgres_version=PostgreSQL $(psql_in "$db_admin" -c 'show server_version')"
  echo "connections=$connections"
  echo "threads=$threads"
  echo "duration=$duration"
  echo "warmup=$warmup"
  echo "timeout=$timeout"
  echo "encoding=$encoding"
  echo "target_ratio_pct=$TARGET_RATIO_PCT"
  echo "target_p99_ms=$TARGET_P99_MS"
  echo "target_startup_s=$TARGET_STARTUP_S"
  echo "target_rss_mb=$TARGET_RSS_MB"
  echo "target_same_speed_pct=$TARGET_SAME_SPEED_PCT"
} >"$work/meta"
: >"$work/results.tsv"

log "Creating database $db"
psql_in "$db_admin" -c "CREATE DATABASE $db"
db_created=yes

# The first start runs the Flyway migrations (schema and seed); measured starts come after.
log "First start: Flyway migrates the new database"
start_app "$out/app-migrate.log"
echo "first_start_ms=$startup_ms" >>"$work/meta"
stop_app

if [ "$cds" = 1 ]; then
  # The training run starts the app on the migrated database, asks for the public pages
  # (as a deployment's smoke test would), and stops; at exit the JVM writes the classes it
  # loaded to the archive. Classes first needed by a request (templates, queries, the
  # response path) are then in the archive too: with an archive written as soon as the
  # context had started, the first page took twice as long.
  log "Training run for the class data sharing archive"
  t0=$(now_ms)
  cds_opts="-XX:ArchiveClassesAtExit=$work/app/app.jsa"
  start_app "$out/app-cds-training.log"
  for path in "${page_paths[@]}" /zh/ /areas /search?q=trade /feed.atom /login; do
    curl -s -o /dev/null "http://127.0.0.1:$app_port$path"
    curl -s -o /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:$app_port$path"
  done
  kill -TERM "$app_pid"
  for _ in $(seq 1 1200); do # writing the archive takes a while: up to 2 minutes
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
  done
  stop_app
  [ -f "$work/app/app.jsa" ] || die "the training run wrote no archive; see $out/app-cds-training.log"
  echo "cds_training_ms=$(($(now_ms) - t0))" >>"$work/meta"
  cds_opts="-XX:SharedArchiveFile=$work/app/app.jsa"
fi

# Flyway has just created and filled every table: statistics gathered and no autovacuum
# pass left to compete with the measured starts, as with the large data set below.
psql_in "$db" -c 'VACUUM ANALYZE'

if [ "$mode" != large ]; then
  echo "data_seed=$(data_summary)" >>"$work/meta"
  bench_mode seed
fi
if [ "$mode" != seed ]; then
  log "Loading the large data set"
  t0=$(now_ms)
  psql_in "$db" -v scale="$scale" -f "$bench_dir/large-data.sql"
  echo "large_load_ms=$(($(now_ms) - t0))" >>"$work/meta"
  # As a database that has been running for a while would be: statistics gathered, and no
  # autovacuum pass over the new rows competing with the app for the CPUs at its start.
  psql_in "$db" -c 'VACUUM ANALYZE'
  echo "data_large=$(data_summary)" >>"$work/meta"
  bench_mode large
fi

echo "loadavg_end=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$work/meta"
cp "$work/results.tsv" "$work/meta" "$out/"
python3 "$bench_dir/report.py" "$work/results.tsv" "$work/meta" >"$out/results.md"
cp "$out/results.md" "$out_root/latest.md"
cat "$out/results.md"
log "Report: $out/results.md (also $out_root/latest.md); wrk reports and app logs in $out"
