#!/usr/bin/env bash
# The image's base, built from Debian's packages alone (no image registry is needed): a minimal
# Debian 12 with the Java 17 runtime, made with debootstrap and packed as an image archive (the
# format `docker save` writes) that Jib builds on (`from.image` tar://). Needs root and debootstrap.
# Writes target/container/base-image.tar. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/container
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
rm -rf "${out}/rootfs" && mkdir -p "${out}/rootfs"
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates,tzdata \
  bookworm "${out}/rootfs" "${mirror}" > "${out}/debootstrap.log"
# An account without a shell or privileges for the application; its data lives in /data.
chroot "${out}/rootfs" useradd --uid 10001 --no-create-home --home-dir /data --shell /usr/sbin/nologin sanctuary
mkdir -p "${out}/rootfs/data" && chown 10001:10001 "${out}/rootfs/data" && chmod 700 "${out}/rootfs/data"
# What an image does not need: package caches and lists, documentation, the man pages.
rm -rf "${out}/rootfs/var/cache/apt/archives/"*.deb "${out}/rootfs/var/lib/apt/lists/"* \
  "${out}/rootfs/usr/share/doc/"* "${out}/rootfs/usr/share/man/"*
python3 container/pack-image.py "${out}/rootfs" "${out}/base-image.tar" "sanctuary-base:bookworm-jre17"
echo "base image: $(du -h "${out}/base-image.tar" | cut -f1)"
