#!/usr/bin/env bash
# Starts the built image without a container engine: its layers unpacked into a root file system,
# its entrypoint run there with chroot, as its user, with its environment (and a fresh data volume),
# then asks the running application for its health and for a token as the first administrator (whose
# role needs a second factor: the answer says so once the password is right). Needs root.
# Run from the repository root after container/build-image.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(mktemp -d /tmp/sanctuary-image.XXXXXX)
chmod 755 "${root}"
eval "$(python3 container/run-image.py target/sanctuary-image.tar "${root}")"
mkdir -p "${root}/proc" "${root}/dev" "${root}/tmp" "${root}/data"
chown 10001:10001 "${root}/data" && chmod 1777 "${root}/tmp"
mount -t proc proc "${root}/proc"
mount --bind /dev "${root}/dev"
password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
cleanup() {
  [ -n "${pid:-}" ] && kill "${pid}" 2>/dev/null && wait "${pid}" 2>/dev/null || true
  umount "${root}/proc" "${root}/dev" || true
  rm -rf "${root}"
}
trap cleanup EXIT
echo "image: ${COMMAND[*]} as ${USER} in ${WORKDIR}"
chroot --userspec="${USER}" "${root}" /usr/bin/env -i "${ENV[@]}" SANCTUARY_ADMIN_PASSWORD="${password}" \
  SERVER_PORT=18080 /bin/sh -c "cd ${WORKDIR} && exec \"\$@\"" sh "${COMMAND[@]}" > "${root}.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -sf http://127.0.0.1:18080/actuator/health > /dev/null && break
  kill -0 "${pid}" 2>/dev/null || { cat "${root}.log"; exit 1; }
  sleep 1
done
echo "health: $(curl -sf http://127.0.0.1:18080/actuator/health)"
curl -s -w " (HTTP %{http_code})\n" -X POST http://127.0.0.1:18080/api/tokens \
  -H "Content-Type: application/json" -d "{\"username\":\"admin\",\"password\":\"${password}\"}" | sed "s/^/sign-in of the first administrator: /"
echo "data volume: $(ls "${root}/data" | tr '\n' ' ')($(stat -c 'owner %u:%g, mode %a' "${root}/data" 2>/dev/null || true))"
rm -f "${root}.log"
