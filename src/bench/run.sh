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
  BENCH_SCENARIOS [pages,longtail,edits,uncached,search,admin]  which scenarios run, comma-separated:
    pages     the six pages (home, trade, both lists, one case study, one meeting) one by one,
              app then nginx; on the seed and on the large data set
    longtail  (large data set) every public address collected by following the site's links
              from /, /zh/ and /sitemap.xml (both languages, every page of every list and
              filter, every detail page, feeds) plus about 5 % searches from
              search-queries.txt, requested in Zipf order (exponent 1, seeded) by wrk against
              the app and against nginx serving the same bytes; page cache hit ratio
    edits     (large; after longtail) the long-tail load again while a second instance on
              the same database saves a case study or a meeting (alternately) every
              BENCH_EDIT_INTERVAL seconds through the admin form; after each save both
              instances are asked for the item's page, its list and the feed until they show it
    uncached  (large) one page of each public type on an instance with the page cache off
    search    (large) the 200 queries of search-queries.txt at BENCH_SEARCH_CONNECTIONS
              connections, on the instance with the page cache off
    admin     (large) one signed-in editor (1 connection) across admin lists (sorted,
              searched, paged) and edit forms; p95
  BENCH_LONGTAIL_DURATION [30] seconds per long-tail and edits run
  BENCH_LONGTAIL_URLS [60000] most addresses collected for the long tail (breadth first)
  BENCH_LONGTAIL_REQUESTS [200000] length of the Zipf-ordered request list (wrk cycles it)
  BENCH_SEED [15] seed of the long tail's popularity ranks and order
  BENCH_EDIT_INTERVAL [5] seconds between saves   BENCH_SEARCH_CONNECTIONS [8]
  BENCH_APP2_PORT [BENCH_APP_PORT + 2] the second instance (edits; page cache off)
  BENCH_APP_CLASSPATH []  development only: run the app from this class path (target/classes and
                 its dependencies) instead of the jar, without building, CDS or AOT; for quick
                 checks of the script where the jar cannot be packaged. Never for reported numbers
  BENCH_START_TIMEOUT [180] seconds an instance may take to answer its first page
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
app_classpath=${BENCH_APP_CLASSPATH:-}
start_timeout=${BENCH_START_TIMEOUT:-180}
if [ -n "$app_classpath" ]; then cds=0 aot=0; fi
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
scenarios=${BENCH_SCENARIOS:-pages,longtail,edits,uncached,search,admin}
longtail_duration=${BENCH_LONGTAIL_DURATION:-30}
longtail_urls=${BENCH_LONGTAIL_URLS:-60000}
longtail_requests=${BENCH_LONGTAIL_REQUESTS:-200000}
bench_seed=${BENCH_SEED:-15}
edit_interval=${BENCH_EDIT_INTERVAL:-5}
search_connections=${BENCH_SEARCH_CONNECTIONS:-8}
app2_port=${BENCH_APP2_PORT:-$((app_port + 2))}
scenario_on() { [[ ",$scenarios," == *",$1,"* ]]; }
# The benchmark's own administrator (created at the first start; two-step sign-in off, as
# for a script), used by the editor of the edits scenario, the admin scenario and to read
# the page cache's counters from /actuator/prometheus.
admin_user=bench-editor
admin_password=bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
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
port_busy "$app2_port" && die "something already answers on port $app2_port (set BENCH_APP2_PORT)"
port_busy "$nginx_port" && die "something already answers on port $nginx_port (set BENCH_NGINX_PORT)"

# --- Output directory, scratch directory, and cleanup of everything started ---
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=$out_root/$stamp
mkdir -p "$out/wrk"
work=$(mktemp -d /tmp/portal-bench.XXXXXX)
chmod 755 "$work" # nginx's workers run as nobody when started by root
db=portal_bench_$(head -c 5 /dev/urandom | od -An -tx1 | tr -d ' \n')
app_pid=
app2_pid=
editor_pid=
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
  [ -n "$editor_pid" ] && stop_pid "$editor_pid" TERM
  [ -n "$app_pid" ] && stop_pid "$app_pid" TERM
  [ -n "$app2_pid" ] && stop_pid "$app2_pid" TERM
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
if [ -n "$app_classpath" ]; then
  log "Running the app from BENCH_APP_CLASSPATH (development check: no jar, CDS or AOT)"
elif [ "${BENCH_SKIP_BUILD:-0}" = 1 ]; then
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
[ -n "$app_classpath" ] || [ -f "$jar" ] || die "no $jar: build it, or leave BENCH_SKIP_BUILD unset"
app_jar=$jar
cds_opts=
if [ "$cds" = 1 ]; then
  log "Extracting the jar for class data sharing"
  java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
  app_jar=$work/app/$(basename "$jar")
fi

# --- The app ---
launch() { # launch PORT LOG [SETTING...]: starts the jar, waits for the first 200 from /;
  # sets launched_pid and startup_ms
  local port=$1 log_file=$2 t0
  shift 2
  t0=$(now_ms)
  local settings=("SPRING_DATASOURCE_URL=jdbc:postgresql://$db_host:$db_port/$db"
    "SPRING_DATASOURCE_USERNAME=$db_user" "SPRING_DATASOURCE_PASSWORD=$db_password"
    SPRING_DOCKER_COMPOSE_ENABLED=false SERVER_ADDRESS=127.0.0.1 "SERVER_PORT=$port"
    "PORTAL_ADMIN_USERNAME=$admin_user" "PORTAL_ADMIN_PASSWORD=$admin_password" PORTAL_TWO_FACTOR=optional "$@")
  if [ -n "$malloc_arena_max" ]; then settings+=("MALLOC_ARENA_MAX=$malloc_arena_max"); fi
  # env execs java, so $! is the JVM's pid. java_opts is a list of flags, split on spaces.
  # shellcheck disable=SC2086
  local app_command=(-jar "$app_jar")
  if [ -n "$app_classpath" ]; then app_command=(-cp "$app_classpath" com.londonbeijing.portal.PortalApplication); fi
  env "${settings[@]}" java $java_opts $cds_opts "${app_command[@]}" >"$log_file" 2>&1 &
  launched_pid=$!
  while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/" || true)" != 200 ]; do
    kill -0 "$launched_pid" 2>/dev/null || die "the app exited during startup; see $log_file"
    [ $(($(now_ms) - t0)) -lt $((start_timeout * 1000)) ] || die "no 200 from / after $start_timeout s; see $log_file"
    sleep 0.05
  done
  startup_ms=$(($(now_ms) - t0))
}

start_app() { # start_app LOG: the instance every scenario measures, on BENCH_APP_PORT
  launch "$app_port" "$1"
  app_pid=$launched_pid
}

start_app2() { # start_app2 LOG [SETTING...]: a second instance on the same database
  local log_file=$1
  shift
  launch "$app2_port" "$log_file" "$@"
  app2_pid=$launched_pid
}

stop_app2() {
  stop_pid "$app2_pid" TERM
  app2_pid=
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

start_nginx() { # start_nginx MODE [PROBE_PATH]
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
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$nginx_port${2:-/$1/home}" || true)" = 200 ] && return 0
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

  if scenario_on pages; then
    pages_scenario "$mode"
  fi
  if [ "$mode" = large ]; then
    if scenario_on longtail || scenario_on edits; then longtail_scenario; fi
    if scenario_on uncached || scenario_on search; then uncached_scenarios; fi
    if scenario_on admin; then admin_scenario; fi
  fi

  echo "peak_rss_kb_$mode=$(peak_rss_kb)" >>"$work/meta"
  stop_app
}

pages_scenario() { # pages_scenario MODE: the six pages, app then nginx, one by one
  local mode=$1 i name path result server
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
  stop_nginx
}

# --- The scenarios beyond the six pages (large data set only) ---
load_paths() { # load_paths SECONDS CONNECTIONS BASE_URL PATHS_FILE OUTPUT [WRK_ARGS...]: wrk asks
  # for the file's paths in their order, over and over (paths.lua)
  local seconds=$1 conns=$2 base=$3 file=$4 output=$5 wrk_threads=$threads
  shift 5
  [ "$conns" -ge "$wrk_threads" ] || wrk_threads=$conns
  wrk -t"$wrk_threads" -c"$conns" -d"$seconds"s --timeout "$timeout"s --latency "${request_headers[@]}" "$@" \
    -s "$work/paths.lua" "$base" -- "$file" >"$output"
}

record() { # record SCENARIO LABEL SERVER WRK_OUTPUT [KEY=VALUE...]: one line of scenarios.tsv
  local scenario=$1 label=$2 server=$3 output=$4 result
  shift 4
  result=$(grep '^BENCH ' "$output" | sed 's/^BENCH //') || die "no summary from wrk; see $output"
  printf '%s\t%s\t%s\t%s\t%s\n' "$scenario" "$label" "$server" "$result" "$*" >>"$work/scenarios.tsv"
}

session_cookie() { # session_cookie PORT: signs the benchmark's editor in, prints NAME=VALUE
  python3 "$bench_dir/editor.py" cookie "http://127.0.0.1:$1" "$admin_user" "$admin_password"
}

cache_counts() { # cache_counts PORT COOKIE: "HITS MISSES" of the page cache so far
  curl -s -H "Cookie: $2" "http://127.0.0.1:$1/actuator/prometheus" | awk '
    /^portal_page_cache_requests_total\{.*result="hit"/ { hits = $NF }
    /^portal_page_cache_requests_total\{.*result="miss"/ { misses = $NF }
    END { printf "%d %d\n", hits, misses }'
}

hit_ratio() { # hit_ratio "HITS MISSES" "HITS MISSES": percentage of hits between two counts
  # shellcheck disable=SC2086
  python3 -c 'import sys; h0, m0, h1, m1 = map(float, sys.argv[1:]); n = (h1 - h0) + (m1 - m0)
print(f"{100 * (h1 - h0) / n:.1f}" if n else "0")' $1 $2
}

longtail_scenario() {
  local cookie before after t0
  log "[large] Long tail: collecting every public address (at most $longtail_urls) and its bytes"
  t0=$(now_ms)
  python3 "$bench_dir/longtail.py" crawl "http://127.0.0.1:$app_port" "$work" "$longtail_urls" \
    "$bench_dir/search-queries.txt" 2>"$out/longtail-crawl.log" \
    || die "some public addresses did not answer 200; see $out/longtail-crawl.log"
  echo "longtail_crawl_ms=$(($(now_ms) - t0))" >>"$work/meta"
  echo "longtail_urls=$(wc -l <"$work/urls.tsv")" >>"$work/meta"
  echo "longtail_searches=$(cut -f2 "$work/urls.tsv" | grep -c '^/\(zh/\)\?search?' || true)" >>"$work/meta"
  python3 "$bench_dir/longtail.py" order "$work" "$longtail_requests" "$bench_seed" 2>>"$out/longtail-crawl.log"
  echo "longtail_order=$(tail -n 1 "$out/longtail-crawl.log")" >>"$work/meta"
  cp "$work/urls.tsv" "$out/longtail-urls.tsv"
  chmod -R a+rX "$work/www"
  cat >"$work/locations-longtail.conf" <<'NGINX'
    location /lt/ {
        types { text/html html; application/atom+xml atom; application/xml xml; text/plain txt;
                text/csv csv; application/json json; image/svg+xml svg; }
        charset utf-8;
        charset_types text/html application/atom+xml application/xml text/plain text/csv application/json;
        location /lt/gz/ { add_header Content-Encoding gzip; add_header Vary Accept-Encoding; }
    }
NGINX
  start_nginx longtail "$(head -n 1 "$work/nginx-paths.txt")"
  cookie=$(session_cookie "$app_port")

  log "[large] Long tail: warm-up ${warmup} s (discarded), then app and nginx ${longtail_duration} s each"
  load_paths "$warmup" "$connections" "http://127.0.0.1:$app_port" "$work/app-paths.txt" "$out/wrk/longtail-warmup.txt"
  if scenario_on longtail; then
    before=$(cache_counts "$app_port" "$cookie")
    load_paths "$longtail_duration" "$connections" "http://127.0.0.1:$app_port" "$work/app-paths.txt" "$out/wrk/longtail-app.txt"
    after=$(cache_counts "$app_port" "$cookie")
    record longtail "without saves" app "$out/wrk/longtail-app.txt" "hit_ratio=$(hit_ratio "$before" "$after")" \
      "rss_kb=$(peak_rss_kb)"
    load_paths "$longtail_duration" "$connections" "http://127.0.0.1:$nginx_port" "$work/nginx-paths.txt" "$out/wrk/longtail-nginx.txt"
    record longtail "without saves" nginx "$out/wrk/longtail-nginx.txt"
  fi
  stop_nginx

  if scenario_on edits; then
    log "[large] Edits under load: a second instance saves every ${edit_interval} s while the first is loaded"
    start_app2 "$out/app-second.log"
    python3 "$bench_dir/editor.py" edits "http://127.0.0.1:$app2_port" "$admin_user" "$admin_password" \
      "$edit_interval" "$longtail_duration" "$work/edits.tsv" "http://127.0.0.1:$app_port" \
      "http://127.0.0.1:$app2_port" 2>"$out/editor.log" &
    editor_pid=$!
    before=$(cache_counts "$app_port" "$cookie")
    load_paths "$longtail_duration" "$connections" "http://127.0.0.1:$app_port" "$work/app-paths.txt" "$out/wrk/edits-app.txt"
    after=$(cache_counts "$app_port" "$cookie")
    wait "$editor_pid" || { editor_pid=; die "the editor failed; see $out/editor.log"; }
    editor_pid=
    cp "$work/edits.tsv" "$out/edits.tsv"
    record edits "saves every ${edit_interval} s on a second instance" app "$out/wrk/edits-app.txt" \
      "hit_ratio=$(hit_ratio "$before" "$after")" "rss_kb=$(peak_rss_kb)" \
      "saves=$(cut -f1 "$work/edits.tsv" | sort -u | wc -l)" "checks=$(wc -l <"$work/edits.tsv")" \
      "stale=$(awk -F'\t' '$5 < 0 || $5 > 1000' "$work/edits.tsv" | wc -l)" \
      "slowest_ms=$(awk -F'\t' 'BEGIN { m = 0 } $5 > m { m = $5 } END { print m }' "$work/edits.tsv")"
    stop_app2
  fi
}

uncached_scenarios() {
  local slug_cs slug_meeting topic year area label path i status
  slug_cs=$(psql_in "$db" -c "select slug from case_study where status = 'PUBLISHED' order by id offset 5000 limit 1")
  slug_meeting=$(psql_in "$db" -c "select slug from meeting where status = 'PUBLISHED' order by id offset 5000 limit 1")
  topic=$(psql_in "$db" -c "select slug from topic order by id limit 1")
  year=$(psql_in "$db" -c "select extract(year from meeting_date)::int from meeting order by id offset 5000 limit 1")
  area=$(psql_in "$db" -c "select slug from cooperation_area where status = 'PUBLISHED' order by nav_order limit 1")
  local labels=(home home-zh trade case-studies case-studies-page-40 case-studies-area case-study case-study-zh
    meetings meetings-page-40 meetings-year meetings-topic meeting meeting-zh areas area feed sitemap search)
  local paths=(/ /zh/ /trade /case-studies "/case-studies?page=40" "/case-studies?area=$area"
    "/case-studies/$slug_cs" "/zh/case-studies/$slug_cs" /meetings "/meetings?page=40" "/meetings?year=$year"
    "/meetings?topic=$topic" "/meetings/$slug_meeting" "/zh/meetings/$slug_meeting" /areas "/areas/$area"
    /feed.atom /sitemap.xml "/search?q=trade")
  log "[large] Page cache off: a second instance with PORTAL_CACHE_PAGES_MAX_SIZE=0"
  start_app2 "$out/app-uncached.log" PORTAL_CACHE_PAGES_MAX_SIZE=0
  if scenario_on uncached; then
    for i in "${!labels[@]}"; do
      label=${labels[$i]}
      path=${paths[$i]}
      status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app2_port$path")
      [ "$status" = 200 ] || die "$path answered $status, not 200"
      log "[large] Page cache off: $path, ${duration} s (after ${warmup} s discarded)"
      load "$warmup" "http://127.0.0.1:$app2_port$path" "$out/wrk/uncached-warmup-$label.txt"
      load "$duration" "http://127.0.0.1:$app2_port$path" "$out/wrk/uncached-$label.txt"
      record uncached "$path" app "$out/wrk/uncached-$label.txt"
    done
  fi
  if scenario_on search; then
    grep -v '^#' "$bench_dir/search-queries.txt" | python3 -c '
import sys, urllib.parse
for line in sys.stdin:
    if line.strip():
        print("/search?" + urllib.parse.urlencode({"q": line.strip()}))' >"$work/search-paths.txt"
    log "[large] Search: $(wc -l <"$work/search-paths.txt") queries, ${search_connections} connections, page cache off"
    load_paths "$warmup" "$search_connections" "http://127.0.0.1:$app2_port" "$work/search-paths.txt" "$out/wrk/search-warmup.txt"
    load_paths "$duration" "$search_connections" "http://127.0.0.1:$app2_port" "$work/search-paths.txt" "$out/wrk/search.txt"
    record search "$(wc -l <"$work/search-paths.txt") queries, ${search_connections} connections, page cache off" app \
      "$out/wrk/search.txt"
  fi
  stop_app2
}

admin_scenario() {
  local cookie kind sort q page path status
  cookie=$(session_cookie "$app_port")
  : >"$work/admin-paths.txt"
  {
    for kind in case-studies meetings areas trade texts translations users security-log; do
      echo "/admin/$kind"
    done
    echo /admin
    for kind in case-studies meetings; do
      for sort in title -title updated -updated; do echo "/admin/$kind?sort=$sort"; done
      for q in green dialogue London 2019 Ashford; do
        echo "/admin/$kind?q=$q"
        echo "/admin/$kind?q=$q&sort=title"
      done
      for page in 2 50 200 400; do
        echo "/admin/$kind?page=$page"
        echo "/admin/$kind?page=$page&sort=-updated"
      done
    done
    echo /admin/case-studies?sort=order
    echo /admin/translations?page=2
    echo /admin/translations?page=200
    psql_in "$db" -c "select '/admin/case-studies/' || id || '/edit' from case_study order by id desc limit 20"
    psql_in "$db" -c "select '/admin/meetings/' || id || '/edit' from meeting order by id desc limit 20"
    psql_in "$db" -c "select '/admin/case-studies/' || id || '/edit' from case_study where id % 997 = 1 limit 10"
    psql_in "$db" -c "select '/admin/meetings/' || id || '/edit' from meeting where id % 997 = 1 limit 10"
    psql_in "$db" -c "select '/admin/trade/' || id || '/edit' from trade_figure order by year limit 5"
    psql_in "$db" -c "select '/admin/areas/' || id || '/edit' from cooperation_area order by id limit 2"
  } | while read -r path; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://127.0.0.1:$app_port$path")
    if [ "$status" = 200 ]; then
      echo "$path" >>"$work/admin-paths.txt"
    else
      log "[large] Admin: $path answered $status, left out"
    fi
  done
  cp "$work/admin-paths.txt" "$out/admin-paths.txt"
  log "[large] Admin: one editor, $(wc -l <"$work/admin-paths.txt") pages, ${duration} s"
  load_paths "$warmup" 1 "http://127.0.0.1:$app_port" "$work/admin-paths.txt" "$out/wrk/admin-warmup.txt" -H "Cookie: $cookie"
  load_paths "$duration" 1 "http://127.0.0.1:$app_port" "$work/admin-paths.txt" "$out/wrk/admin.txt" -H "Cookie: $cookie"
  record admin "$(wc -l <"$work/admin-paths.txt") admin pages, 1 connection" app "$out/wrk/admin.txt"
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
  echo "scale=$scale"
  echo "scenarios=$scenarios"
  echo "longtail_duration=$longtail_duration"
  echo "edit_interval=$edit_interval"
} >"$work/meta"
: >"$work/results.tsv"
: >"$work/scenarios.tsv"
cat "$bench_dir/paths.lua" "$bench_dir/summary.lua" >"$work/paths.lua"

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
cp "$work/results.tsv" "$work/scenarios.tsv" "$work/meta" "$out/"
python3 "$bench_dir/report.py" "$work/results.tsv" "$work/meta" "$work/scenarios.tsv" >"$out/results.md"
cp "$out/results.md" "$out_root/latest.md"
cat "$out/results.md"
log "Report: $out/results.md (also $out_root/latest.md); wrk reports and app logs in $out"
