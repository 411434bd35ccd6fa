#!/usr/bin/env bash
# The main job, from a fresh machine: install sidedoor, install the data, show it working.
# Idempotent: a second run reuses the environment and the installed data.
source "$(dirname "$0")/_env.sh"

# The demo keeps its own user directory, so it never touches your real store.
export SIDEDOOR_HOME="${SIDEDOOR_HOME:-$ROOT/.sidedoor-home}"

DATA="${SIDEDOOR_DATA:-$ROOT/../shared/data}"
if [ -d "$DATA" ]; then
    sidedoor data install --from "$DATA"
else
    echo "No local data copy at $DATA; downloading from the publishers." >&2
    sidedoor data install
fi
sidedoor data status
if ! sidedoor profile show >/dev/null 2>&1; then
    sidedoor profile edit "$ROOT/examples/profile.yaml"   # a sample person with a current job
fi
# The whole product on one recruiter message: intake, then practice, the comparison with the
# current job, the recruiter's other doors and routes into another industry.
sidedoor evaluate "$ROOT/examples/recruiter-message.eml"
