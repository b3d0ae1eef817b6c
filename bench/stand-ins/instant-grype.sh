#!/bin/sh
# An instant Grype for the peer baseline of the overhead benchmark (anchore/scan-action's dist, run
# from the shared peers folder, never bundled): answers `version`, and writes a minimal valid SARIF
# log (no results) to the file after --file. Starts and exits in about a millisecond.
log="${BENCH_STANDIN_LOG:-${GRYPE_BENCH_STANDIN_LOG:-}}"
if [ -n "$log" ]; then echo "$*" >> "$log"; fi
if [ "$1" = version ] || [ "$1" = --version ]; then echo 'Version: 0.117.0'; exit 0; fi
prev=''
for arg in "$@"; do
  if [ "$prev" = --file ]; then
    printf '{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"tool":{"driver":{"name":"Grype","informationUri":"https://github.com/anchore/grype","rules":[]}},"results":[]}]}\n' > "$arg"
  fi
  prev="$arg"
done
exit 0
