#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: its own data directory, a Unix socket only (no TCP
# port to clash with), trust authentication, no fsync. The system's clusters are never touched.
#
#   eval "$(tools/pg_test_server.sh start /tmp/asn-pg)"   # prints: export ASN_EVENT_TEST_PG_URL=...
#   python -m pytest tests/test_postgres.py
#   tools/pg_test_server.sh stop /tmp/asn-pg              # stops the server, removes the directory
#   tools/pg_test_server.sh pause|resume /tmp/asn-pg      # server down / up again, data kept
#                                                         # (tests of a desk that loses its server)
#
# Needs PostgreSQL's server binaries (Debian: apt-get install postgresql). As root, the server runs
# as the "postgres" user (initdb refuses root); otherwise as the calling user.
set -euo pipefail

action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop|pause|resume DIR" >&2
  exit 2
fi

bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
  bindir=$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/pg_ctl)")
fi
if [ ! -x "$bindir/pg_ctl" ]; then
  echo "PostgreSQL server binaries not found (install postgresql, or set PG_BINDIR)" >&2
  exit 3
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

serve() {
  as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait --silent \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" start \
    || { cat "$dir/server.log" >&2; exit 1; }
}

case "$action" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
    as_owner "$bindir/initdb" --pgdata="$dir/data" --username=asn --auth=trust --encoding=UTF8 \
      --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # Test data only: durability switched off for speed; the socket lives in DIR, no TCP.
    serve
    echo "export ASN_EVENT_TEST_PG_URL='postgresql+psycopg://asn@/postgres?host=$dir'"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait --silent stop || true
    fi
    rm -rf "$dir"
    ;;
  pause)  # fast, not immediate: with synchronous_commit=off an immediate stop may lose commits
    as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --mode=fast --wait --silent stop
    ;;
  resume)
    serve
    ;;
  *)
    echo "usage: $0 start|stop|pause|resume DIR" >&2
    exit 2
    ;;
esac
