#!/bin/sh
# An instant cosign for the overhead benchmark (sign-keyless, provenance with
# engine: cosign). Answers `version` like cosign v3 and, for sign-blob /
# attest-blob / sign, copies the bundle recorded for that command in
# $BENCH_COSIGN_DIR to the --bundle path: a real bundle over exactly what the
# action asks to sign, so the action's bundle check passes, in a millisecond.
# Priming (BENCH_COSIGN_PRIME=1): the call is handed to the real-signing
# stand-in in $BENCH_COSIGN_SIGNER (test/fixtures/bin/cosign-stand-in.mjs,
# against the loopback Sigstore stack) and the bundle it wrote is recorded.
# The actions give tools an allow-listed environment (COSIGN_* passes): the bench hands its
# controls over as COSIGN_BENCH_*.
: "${BENCH_STANDIN_LOG:=${COSIGN_BENCH_STANDIN_LOG:-}}"
: "${BENCH_COSIGN_DIR:=${COSIGN_BENCH_COSIGN_DIR:-}}"
: "${BENCH_COSIGN_SIGNER:=${COSIGN_BENCH_COSIGN_SIGNER:-}}"
: "${BENCH_COSIGN_PRIME:=${COSIGN_BENCH_COSIGN_PRIME:-}}"
[ -n "$BENCH_STANDIN_LOG" ] && echo "$*" >> "$BENCH_STANDIN_LOG"
case "$1" in
  version|--version) echo "GitVersion:    v3.1.3"; exit 0 ;;
esac
command="$1"
bundle=""
prev=""
for arg in "$@"; do
  [ "$prev" = "--bundle" ] && bundle="$arg"
  prev="$arg"
done
if [ -z "$BENCH_COSIGN_DIR" ] || [ -z "$bundle" ]; then
  echo "instant-cosign: needs BENCH_COSIGN_DIR and --bundle" >&2
  exit 2
fi
recorded="$BENCH_COSIGN_DIR/$command.sigstore.json"
if [ "$BENCH_COSIGN_PRIME" = "1" ]; then
  # shellcheck disable=SC2086 # BENCH_COSIGN_SIGNER is "node path/to/stand-in.mjs"
  $BENCH_COSIGN_SIGNER "$@" || exit $?
  cp "$bundle" "$recorded" || exit 1
  exit 0
fi
[ -f "$recorded" ] || { echo "instant-cosign: no bundle recorded for '$command'" >&2; exit 2; }
cp "$recorded" "$bundle"
