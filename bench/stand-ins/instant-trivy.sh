#!/bin/sh
# An instant Trivy for the overhead benchmark: answers --version like a
# release build and writes a minimal, valid JSON report (no findings) to the
# file after --output. Starts and exits in about a millisecond, so what the
# action costs is what remains.
# The actions give tools an allow-listed environment (TRIVY_* passes): the bench hands its
# controls over as TRIVY_BENCH_*.
: "${BENCH_STANDIN_LOG:=${TRIVY_BENCH_STANDIN_LOG:-}}"
[ -n "$BENCH_STANDIN_LOG" ] && echo "$*" >> "$BENCH_STANDIN_LOG"
case "$1" in
  --version|version|-v) echo "Version: 0.75.0"; exit 0 ;;
esac
out=""
while [ $# -gt 0 ]; do
  if [ "$1" = "--output" ]; then out="$2"; shift; fi
  shift
done
[ -n "$out" ] && printf '{"SchemaVersion":2,"ArtifactName":".","ArtifactType":"filesystem","Results":[]}\n' > "$out"
exit 0
