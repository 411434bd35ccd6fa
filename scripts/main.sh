#!/usr/bin/env bash
# The main job, from a fresh machine: install sidedoor, install the data, show it working.
# Idempotent: a second run reuses the environment and the installed data.
source "$(dirname "$0")/_env.sh"

DATA="${SIDEDOOR_DATA:-$ROOT/../shared/data}"
if [ -d "$DATA" ]; then
    sidedoor data install --from "$DATA"
else
    echo "No local data copy at $DATA; downloading from the publishers." >&2
    sidedoor data install
fi
sidedoor data status
sidedoor occupations show 15-1252.00
