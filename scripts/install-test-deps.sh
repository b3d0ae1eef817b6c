#!/usr/bin/env bash
# Installs the Debian packages the integration tests use (docker-registry,
# skopeo; Go and bbolt to build the Trivy DB fixture) when they are missing and this user may: as root, or with
# password-less sudo. Otherwise it says what is missing and exits 0: the
# test setup then records the gap (and fails under SCS_REQUIRE_INFRA=1).
#
#   bash scripts/install-test-deps.sh
set -euo pipefail

packages=(docker-registry skopeo golang-go golang-github-coreos-bbolt-dev)
# What each package provides (executables, or a source folder for bbolt).
binaries=(/usr/bin/docker-registry /usr/bin/skopeo /usr/bin/go /usr/share/gocode/src/go.etcd.io/bbolt)

missing=()
for i in "${!packages[@]}"; do
  [[ -x "${binaries[$i]}" ]] || missing+=("${packages[$i]}")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-test-deps: ${packages[*]} already installed"
  exit 0
fi

if [[ "$(uname -s)" != Linux ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps: missing ${missing[*]}, and this is not a Debian/Ubuntu system: registry tests will be skipped (or fail under SCS_REQUIRE_INFRA=1)" >&2
  exit 0
fi

sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "install-test-deps: missing ${missing[*]}; run as root or with sudo: apt-get install -y ${missing[*]}" >&2
    exit 0
  fi
fi

# Installing docker-registry must not start the packaged service (it listens
# on :5000 on all interfaces): a policy-rc.d that says "no" does that, unless
# the system already has one (container images usually do).
policy=/usr/sbin/policy-rc.d
if [[ ! -e "$policy" ]]; then
  printf '#!/bin/sh\n# temporary, from install-test-deps.sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
  "${sudo[@]}" chmod 755 "$policy"
  trap '"${sudo[@]}" rm -f "$policy"' EXIT
fi

echo "install-test-deps: installing ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
for b in "${binaries[@]}"; do
  [[ -x "$b" ]] || { echo "install-test-deps: $b still missing after apt-get install" >&2; exit 1; }
done
echo "install-test-deps: installed ${missing[*]}"
