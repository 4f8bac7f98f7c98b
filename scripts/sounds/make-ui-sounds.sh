#!/usr/bin/env bash
# The phone's own sounds, synthesised with sox (no third-party recordings, no licences):
#  - ring.ogg: a French-style ring, 1.5 s of 440 Hz then 2 s of silence, looped by the player.
set -euo pipefail
out="$(cd "$(dirname "$0")/../.." && pwd)/public/audio/ui"
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
sox -n -r 16000 -c 1 "$tmp/ring.wav" synth 1.5 sine 440 gain -12 fade 0.02 1.5 0.02 pad 0 2.0
sox "$tmp/ring.wav" -C 0 "$out/ring.ogg"
echo "wrote $out/ring.ogg"
