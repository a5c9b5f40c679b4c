#!/usr/bin/env bash
# genai-kg side by side with two peer SPARQL stores loading the same genai-kg.nt, on loopback only:
# Virtuoso Open Source 7 (Debian package) and Oxigraph (npm, in-process, behind bench/peers/oxigraph-server.mjs).
# Installs what is missing, starts the three servers on 127.0.0.1, waits for them, runs
# `genai-kg bench endpoint` against each with the same --duration, checks each endpoint's answers against
# genai-kg's, stops every server it started (trap, also on failure) and writes target/bench/peers.md.
#
#   bash bench/compare-peers.sh            # DURATION=20 s per load level by default
#   DURATION=10 bash bench/compare-peers.sh
#
# Environment: DURATION (s, default 20), WARMUP (s of the query mix at 8 clients sent to each endpoint before it is
# measured, default 20; 0 measures each server as it starts), GKG_CACHE_MB (64; 0 evaluates every query), GKG_PORT (3030), VIRTUOSO_HTTP_PORT (8890), VIRTUOSO_SQL_PORT (1111),
# OXIGRAPH_PORT (7878), VIRTUOSO_DBA_PASSWORD (password set on the private Virtuoso database; default: random).
# Needs root for the apt-get install of Virtuoso (only when it is missing), Java 17, Maven (only when the jar is
# missing), Node 18+ and npm. See bench/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-20}"
GKG_PORT="${GKG_PORT:-3030}"
VIRTUOSO_HTTP_PORT="${VIRTUOSO_HTTP_PORT:-8890}"
VIRTUOSO_SQL_PORT="${VIRTUOSO_SQL_PORT:-1111}"
OXIGRAPH_PORT="${OXIGRAPH_PORT:-7878}"
HOST=127.0.0.1
GRAPH="https://w3id.org/genai-kg/graph"
OUT="$ROOT/target/bench"
PEERS="$ROOT/bench/peers"

log() { printf '[compare-peers %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "error: $*"; exit 1; }

# --- everything private to this run lives in WORK: a snapshot of the jar, dumps and queries (others may rebuild
# target/ meanwhile), the Virtuoso database and ini, and the server logs.
WORK="$(mktemp -d /tmp/genai-kg-peers.XXXXXX)"
PIDS=()
cleanup() {
    local rc=$?
    set +e
    for pid in "${PIDS[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null
            for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
            kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
            wait "$pid" 2>/dev/null
        fi
    done
    if [ -n "${POLICY_RC_CREATED:-}" ]; then rm -f /usr/sbin/policy-rc.d; fi
    if [ "$rc" -ne 0 ]; then
        log "failed (exit $rc); server logs kept in $WORK"
    else
        rm -rf "$WORK"   # the logs were copied to target/bench/peers-logs/
        log "servers stopped"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_free() { ! (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
for p in "$GKG_PORT" "$VIRTUOSO_HTTP_PORT" "$VIRTUOSO_SQL_PORT" "$OXIGRAPH_PORT"; do
    port_free "$p" || die "port $HOST:$p is already in use: stop what listens there or set the *_PORT variables"
done

# --- prerequisites --------------------------------------------------------------------------------------------
command -v java >/dev/null || die "java (17+) is required"
command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are required"
command -v curl >/dev/null || die "curl is required"
if [ ! -f target/genai-kg.jar ]; then
    log "building target/genai-kg.jar"
    mvn -B -q -DskipTests package
fi
cp target/genai-kg.jar "$WORK/gkg.jar"
JAR="$WORK/gkg.jar"
if [ ! -f target/dumps/genai-kg.nt ]; then
    log "building the graph (target/dumps)"
    java -jar "$JAR" build
fi
cp -r target/dumps "$WORK/dumps"
cp -r queries "$WORK/queries"
DUMPS="$WORK/dumps"
NT="$DUMPS/genai-kg.nt"
LINES=$(wc -l < "$NT")
log "snapshot: $NT ($LINES triples as lines), $(ls "$WORK/queries"/*.rq | wc -l) queries"

if ! command -v virtuoso-t >/dev/null || ! command -v isql-vt >/dev/null; then
    log "installing virtuoso-opensource from Debian"
    [ "$(id -u)" -eq 0 ] || die "installing Virtuoso needs root (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    # An empty dba password answers the debconf prompt; the package's own instance stays disabled. A policy-rc.d
    # that refuses service starts keeps postinst from starting that instance on 0.0.0.0 during the install.
    printf '%s\n' \
        "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password" \
        "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password" \
        "virtuoso-opensource-7 virtuoso-opensource-7/register-odbc-dsn boolean false" | debconf-set-selections
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && POLICY_RC_CREATED=1
    fi
    apt-get update -q >/dev/null
    apt-get install -y -q virtuoso-opensource >"$WORK/apt-install.log" 2>&1 || die "apt-get install failed: see $WORK/apt-install.log"
    if [ -n "${POLICY_RC_CREATED:-}" ]; then rm -f /usr/sbin/policy-rc.d; POLICY_RC_CREATED=; fi
fi
if [ ! -f "$PEERS/node_modules/oxigraph/package.json" ]; then
    log "installing oxigraph from npm (bench/peers/package-lock.json)"
    (cd "$PEERS" && npm ci --no-audit --no-fund --loglevel=error)
fi
OXIGRAPH_VERSION=$(node -p "require('$PEERS/node_modules/oxigraph/package.json').version")
VIRTUOSO_VERSION=$(dpkg-query -W -f='${Version}' virtuoso-opensource-7 2>/dev/null || virtuoso-t -? 2>&1 | head -1)

# --- readiness: a SPARQL query answered 200 ------------------------------------------------------------------
count_triples() { # URL -> the count of triples in the endpoint's default graph, or nothing
    curl -s --max-time 10 -H 'Accept: application/sparql-results+json' \
        --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' "$1" \
        | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s).results.bindings[0].n.value)}catch{}})'
}
wait_ready() { # NAME URL PID SECONDS
    local i
    for i in $(seq "$4"); do
        kill -0 "$3" 2>/dev/null || die "$1 exited during start-up: see $WORK/$1.log"
        if [ -n "$(count_triples "$2")" ]; then log "$1 ready after ~${i}s at $2"; return 0; fi
        sleep 1
    done
    die "$1 not ready after $4 s: see $WORK/$1.log"
}

# --- genai-kg ---------------------------------------------------------------------------------------------------
GKG_URL="http://$HOST:$GKG_PORT/kg/sparql"
log "starting genai-kg on $HOST:$GKG_PORT"
(cd "$WORK" && exec java -jar "$JAR" serve --dumps "$DUMPS" --host "$HOST" --port "$GKG_PORT" \
    --max-concurrent 64 --cache-mb "${GKG_CACHE_MB:-64}" --queries "$WORK/queries") >"$WORK/genai-kg.log" 2>&1 &
PIDS+=($!)
wait_ready genai-kg "$GKG_URL" "${PIDS[-1]}" 120

# --- Virtuoso: private database and ini, loopback ports, bulk load into GRAPH, GRAPH as the endpoint default ----
VDIR="$WORK/virtuoso"
mkdir -p "$VDIR/db"
VINI="$VDIR/virtuoso.ini"
sed -e "s|/var/lib/virtuoso-opensource-7/db/|$VDIR/db/|" \
    -e "/^\[Parameters\]/,/^\[/ s|^\(ServerPort *= *\).*|\1$HOST:$VIRTUOSO_SQL_PORT|" \
    -e "/^\[HTTPServer\]/,/^\[/ s|^\(ServerPort *= *\).*|\1$HOST:$VIRTUOSO_HTTP_PORT|" \
    -e "s|^\(DirsAllowed *= *\).*|\1., /usr/share/virtuoso-opensource-7/vad, $DUMPS|" \
    -e "/^\[URIQA\]/,/^\[/ s|^\(DefaultHost *= *\).*|\1$HOST:$VIRTUOSO_HTTP_PORT|" \
    /etc/virtuoso-opensource-7/virtuoso.ini >"$VINI"
grep -q "^ServerPort *= *$HOST:$VIRTUOSO_SQL_PORT" "$VINI" && grep -q "^ServerPort *= *$HOST:$VIRTUOSO_HTTP_PORT" "$VINI" \
    || die "could not set loopback ports in $VINI"
VIRTUOSO_URL="http://$HOST:$VIRTUOSO_HTTP_PORT/sparql"
log "starting Virtuoso on $HOST:$VIRTUOSO_HTTP_PORT (SQL $HOST:$VIRTUOSO_SQL_PORT)"
(cd "$VDIR" && exec virtuoso-t +foreground +configfile "$VINI") >"$WORK/virtuoso.log" 2>&1 &
PIDS+=($!)
VPID=${PIDS[-1]}
DBA_PW=dba   # a new database's password, changed below before loading
isql() { # SQL: fails when isql cannot connect or the server reports an error
    local out
    out=$(isql-vt "$HOST:$VIRTUOSO_SQL_PORT" dba "$DBA_PW" "exec=$1" 2>&1) || { echo "$out" >>"$WORK/virtuoso-isql.log"; return 1; }
    echo "$out" >>"$WORK/virtuoso-isql.log"
    ! grep -q '^\*\*\* Error' <<<"$out"
}
for i in $(seq 90); do
    kill -0 "$VPID" 2>/dev/null || die "Virtuoso exited during start-up: see $WORK/virtuoso.log and $VDIR/db/virtuoso.log"
    isql "select 1;" && break
    [ "$i" -lt 90 ] || die "Virtuoso SQL port not ready after 90 s"
    sleep 1
done
NEW_PW="${VIRTUOSO_DBA_PASSWORD:-gkg$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')}"   # an identifier: starts with a letter
isql "SET PASSWORD dba $NEW_PW;" || die "could not set the dba password"
DBA_PW="$NEW_PW"
log "Virtuoso: bulk load $NT into <$GRAPH>"
t0=$(date +%s%N)
isql "ld_dir('$DUMPS', 'genai-kg.nt', '$GRAPH'); rdf_loader_run(); checkpoint;" || die "Virtuoso bulk load failed"
t1=$(date +%s%N)
VLOAD_S=$(awk -v d="$((t1 - t0))" 'BEGIN { printf "%.2f", d / 1e9 }')
LOAD_STATE=$(isql-vt "$HOST:$VIRTUOSO_SQL_PORT" dba "$DBA_PW" "exec=select ll_state, ll_error from DB.DBA.LOAD_LIST;" 2>&1)
echo "$LOAD_STATE" >>"$WORK/virtuoso-isql.log"
grep -q '^2 *NULL' <<<"$LOAD_STATE" || die "Virtuoso load list reports an error: see $WORK/virtuoso-isql.log"
# The /sparql endpoint's default graph: a DB.DBA.SYS_SPARQL_HOST row matching every Host header. (The ini's
# [SPARQL] DefaultGraph is not applied by this version's endpoint; without either, queries see every graph,
# Virtuoso's own system graphs included.)
isql "DELETE FROM DB.DBA.SYS_SPARQL_HOST WHERE SH_HOST = '%'; INSERT INTO DB.DBA.SYS_SPARQL_HOST (SH_HOST, SH_GRAPH_URI) VALUES ('%', '$GRAPH'); checkpoint;" \
    || die "could not set the default graph"
wait_ready virtuoso "$VIRTUOSO_URL" "$VPID" 30

# --- Oxigraph ------------------------------------------------------------------------------------------------------
OXIGRAPH_URL="http://$HOST:$OXIGRAPH_PORT/sparql"
log "starting Oxigraph on $HOST:$OXIGRAPH_PORT"
node "$PEERS/oxigraph-server.mjs" --data "$NT" --host "$HOST" --port "$OXIGRAPH_PORT" >"$WORK/oxigraph.log" 2>&1 &
PIDS+=($!)
wait_ready oxigraph "$OXIGRAPH_URL" "${PIDS[-1]}" 120

# --- same data? -------------------------------------------------------------------------------------------------
N_GKG=$(count_triples "$GKG_URL"); N_VIRT=$(count_triples "$VIRTUOSO_URL"); N_OXI=$(count_triples "$OXIGRAPH_URL")
log "triples in each default graph: genai-kg $N_GKG, virtuoso $N_VIRT, oxigraph $N_OXI (file: $LINES lines)"
[ "$N_GKG" = "$N_VIRT" ] || log "WARNING: Virtuoso holds $N_VIRT triples, genai-kg $N_GKG"

# --- answers, then the benchmark --------------------------------------------------------------------------------
mkdir -p "$OUT"
log "comparing the answers of every query"
node "$PEERS/rowcounts.mjs" --queries "$WORK/queries" --out "$OUT/peers-rowcounts.json" \
    "genai-kg=$GKG_URL" "virtuoso=$VIRTUOSO_URL" "oxigraph=$OXIGRAPH_URL" >"$WORK/rowcounts.log"
for run in "genai-kg $GKG_URL" "virtuoso $VIRTUOSO_URL" "oxigraph $OXIGRAPH_URL"; do
    set -- $run
    log "bench endpoint $1 ($2), --duration $DURATION --warm-up $WARMUP"
    rm -f "$OUT/endpoint-$1.json" "$OUT/endpoint-$1.md"
    (cd "$WORK" && java -jar "$JAR" bench endpoint --url "$2" --label "$1" --duration "$DURATION" --warm-up "$WARMUP" --out "$OUT") \
        >"$WORK/bench-$1.log" 2>&1 || log "WARNING: bench endpoint $1 exited non-zero: see $WORK/bench-$1.log"
done
tree_rss_kb() { # PID -> resident memory of the process and all its descendants, in kB
    local kb total=0 child
    kb=$(awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0)
    total=$((total + ${kb:-0}))
    for child in $(pgrep -P "$1" 2>/dev/null); do total=$((total + $(tree_rss_kb "$child"))); done
    echo "$total"
}
RSS=""
for i in 0 1 2; do
    name=$(echo genai-kg virtuoso oxigraph | cut -d' ' -f$((i + 1)))
    RSS+="$name $(( $(tree_rss_kb "${PIDS[$i]}") / 1024 )) MB; "
done

cat >"$WORK/notes.md" <<EOF
Generated by \`bash bench/compare-peers.sh\` (DURATION=$DURATION, WARMUP=$WARMUP) on $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores,
$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM; client: \`java -jar gkg.jar bench endpoint --duration $DURATION --warm-up $WARMUP\`
(its own JVM, same machine). All three servers on $HOST only; each loaded the same snapshot of
target/dumps/genai-kg.nt ($LINES lines).

| endpoint | version | URL | triples in default graph | notes |
|---|---|---|---:|---|
| genai-kg | $(unzip -p "$JAR" META-INF/MANIFEST.MF 2>/dev/null | awk -F': ' '/Implementation-Version/ {print $2}' | tr -d '\r' | grep . || echo "target/genai-kg.jar") | $GKG_URL | $N_GKG | \`serve --dumps --max-concurrent 64 --cache-mb ${GKG_CACHE_MB:-64}\`; in-memory Jena; $( [ "${GKG_CACHE_MB:-64}" = 0 ] && echo '**query-result cache off** (every query evaluated)' || echo '**query-result cache on** (repeated queries are answered from the cache)'); **SELECT capped at 10000 rows** |
| virtuoso | $VIRTUOSO_VERSION (Debian) | $VIRTUOSO_URL | $N_VIRT | Debian's default virtuoso.ini (ports, paths, DirsAllowed changed only); bulk-loaded into <$GRAPH> in $VLOAD_S s, set as the endpoint's default graph; ResultSetMaxRows 10000, MaxQueryExecutionTime 60 s (defaults) |
| oxigraph | $OXIGRAPH_VERSION (npm, WASM) | $OXIGRAPH_URL | $N_OXI | in-process Store behind bench/peers/oxigraph-server.mjs; one Node event loop (queries run one at a time); no cache, no row cap |

Each endpoint had $WARMUP s of the query mix at 8 clients before it was measured (the warm-up, not counted).

Resident memory after the runs (each server's process and its children): $RSS
EOF
node "$PEERS/combine.mjs" --bench "$OUT" --rowcounts "$OUT/peers-rowcounts.json" --notes "$WORK/notes.md" \
    --out "$OUT/peers.md" genai-kg virtuoso oxigraph >&2
mkdir -p "$OUT/peers-logs" && cp "$WORK"/*.log "$OUT/peers-logs/" 2>/dev/null || true
log "wrote $OUT/peers.md"
cat "$OUT/peers.md"
