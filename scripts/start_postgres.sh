#!/usr/bin/env bash
# A local PostgreSQL for the test suite, from Debian's packages. Idempotent: installs the
# server if missing, creates/starts the default cluster (listening on localhost) unless it is
# already running, and makes a role and database `sidedoor_test`.
#
# Prints the SQLAlchemy URL on stdout and nothing else (progress goes to stderr), so:
#   export SIDEDOOR_TEST_PG_URL="$(bash scripts/start_postgres.sh)"
#
# Runs as root, or as a user with sudo. The server itself always runs as `postgres`.
set -euo pipefail

NAME="sidedoor_test"                      # role, password and database
CLUSTER="${SIDEDOOR_PG_CLUSTER:-main}"    # Debian cluster name; created if missing

log() { echo "start_postgres: $*" >&2; }
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}
as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}
cluster_field() {  # cluster_field VERSION COLUMN -> value from pg_lsclusters (1-based column)
    pg_lsclusters --no-header 2>/dev/null | awk -v v="$1" -v c="$CLUSTER" -v f="$2" \
        '$1 == v && $2 == c { print $f }'
}

# 1. The server packages.
if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing PostgreSQL (apt-get install postgresql)"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq >&2
    as_root apt-get install -y -qq postgresql >&2
fi
# The newest installed server version (a directory with bin/postgres).
VERSION="$(ls -d /usr/lib/postgresql/*/bin/postgres | sort -V | tail -n 1 | cut -d/ -f5)"

# 2. The cluster: create it if the package did not, start it if it is not running.
if [ -z "$(cluster_field "$VERSION" 1)" ]; then
    log "creating cluster $VERSION/$CLUSTER"
    as_root pg_createcluster "$VERSION" "$CLUSTER" >&2
fi
PORT="$(cluster_field "$VERSION" 3)"
if [ "$(cluster_field "$VERSION" 4)" != "online" ]; then
    log "starting cluster $VERSION/$CLUSTER on port $PORT"
    as_root install -d -o postgres -g postgres -m 2775 /var/run/postgresql
    as_root pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi
for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p "$PORT" && break
    sleep 0.5
done
if ! pg_isready -q -h 127.0.0.1 -p "$PORT"; then
    log "PostgreSQL $VERSION/$CLUSTER is not accepting connections on 127.0.0.1:$PORT"
    log "see /var/log/postgresql/postgresql-$VERSION-$CLUSTER.log"
    exit 1
fi

# 3. Role and database (over the local socket, as the postgres superuser).
cd /tmp  # psql as postgres must be able to enter the working directory
psql_admin() { as_postgres psql -X -q -At -v ON_ERROR_STOP=1 -p "$PORT" -d postgres "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$NAME'")" != "1" ]; then
    log "creating role $NAME"
    psql_admin -c "CREATE ROLE $NAME LOGIN CREATEDB PASSWORD '$NAME'" >&2
else
    psql_admin -c "ALTER ROLE $NAME LOGIN CREATEDB PASSWORD '$NAME'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$NAME'")" != "1" ]; then
    log "creating database $NAME"
    psql_admin -c "CREATE DATABASE $NAME OWNER $NAME" >&2
fi

log "PostgreSQL $VERSION ready on 127.0.0.1:$PORT"
echo "postgresql+psycopg://$NAME:$NAME@127.0.0.1:$PORT/$NAME"
