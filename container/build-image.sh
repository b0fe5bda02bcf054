#!/usr/bin/env bash
# Builds the container image with no network beyond the package registries (Debian's and Maven
# Central) and no container engine: the base from Debian's packages (container/base-image.sh, once),
# then the application's layers on it with Jib. Writes target/sanctuary-image.tar, which `docker load`
# or `podman load` reads. Needs root (debootstrap). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/container/base-image.tar ] || bash container/base-image.sh
./mvnw -B -ntp -DskipTests package jib:buildTar
ls -l target/sanctuary-image.tar | awk '{printf "image: target/sanctuary-image.tar, %.0f MiB\n", $5/1048576}'
