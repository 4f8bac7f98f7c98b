#!/usr/bin/env bash
# The phone's own sounds, synthesised with sox (no third-party recordings, no licences):
#  - ring.ogg: a French-style ring, 1.5 s of 440 Hz then 2 s of silence, looped by the player.
set -euo pipefail
out="$(cd "$(dirname "$0")/../.." && pwd)/public/audio/ui"
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
sox -R -n -r 16000 -c 1 "$tmp/ring.wav" synth 1.5 sine 440 gain -12 fade 0.02 1.5 0.02 pad 0 2.0
sox -R "$tmp/ring.wav" -C 0 "$out/ring.ogg"
echo "wrote $out/ring.ogg"

# hold.ogg: gentle hold music, an 8-second loop of four soft chords (C, A minor, F, G), band-limited
# like a phone line so it sounds like what a held customer hears.
chord() { # duration, then three frequencies
  sox -R -n -r 16000 -c 1 "$tmp/chord-$2.wav" synth "$1" sine "$2" sine "$3" sine "$4" remix - gain -18 fade q 0.15 "$1" 0.4
}
chord 2 261.63 329.63 392.00
chord 2 220.00 261.63 329.63
chord 2 174.61 220.00 261.63
chord 2 196.00 246.94 293.66
sox -R "$tmp/chord-261.63.wav" "$tmp/chord-220.00.wav" "$tmp/chord-174.61.wav" "$tmp/chord-196.00.wav" "$tmp/hold.wav" sinc 300-3400
sox -R "$tmp/hold.wav" -C 0 "$out/hold.ogg"
echo "wrote $out/hold.ogg"

# line.ogg: the faint hiss of a phone line under the customer, a 4-second loop of filtered pink noise.
sox -R -n -r 8000 -c 1 "$tmp/line.wav" synth 4 pinknoise sinc 300-3400 gain -42 fade q 0.05 4 0.05
sox -R "$tmp/line.wav" -C 0 "$out/line.ogg"
echo "wrote $out/line.ogg"
