#!/bin/sh
# An instant Syft for the overhead benchmark: answers --version and, for
# `scan -o cyclonedx-json=FILE`, writes a minimal, valid CycloneDX 1.6 SBOM
# (one component). Starts and exits in about a millisecond.
# The actions give tools an allow-listed environment (SYFT_* passes): the bench hands its
# controls over as SYFT_BENCH_*.
: "${BENCH_STANDIN_LOG:=${SYFT_BENCH_STANDIN_LOG:-}}"
[ -n "$BENCH_STANDIN_LOG" ] && echo "$*" >> "$BENCH_STANDIN_LOG"
case "$1" in
  --version|version) echo "syft 1.54.1"; exit 0 ;;
esac
while [ $# -gt 0 ]; do
  case "$1" in
    -o) shift; out="${1#*=}"
        printf '{"bomFormat":"CycloneDX","specVersion":"1.6","serialNumber":"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79","version":1,"metadata":{"component":{"type":"file","name":"."}},"components":[{"type":"library","name":"left-pad","version":"1.3.0","purl":"pkg:npm/left-pad@1.3.0","bom-ref":"pkg:npm/left-pad@1.3.0"}]}\n' > "$out" ;;
  esac
  shift
done
exit 0
