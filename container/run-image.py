"""Unpacks an image archive (as `jib:buildTar` or `docker save` writes it) into a root file system and
prints its start command as a shell line: environment, user, working directory and entrypoint from
the image's configuration. Lets container/check-image.sh start the image with chroot, where no
container engine runs. Usage: run-image.py IMAGE.tar ROOTFS"""
import json
import os
import shlex
import sys
import tarfile

image, rootfs = sys.argv[1], sys.argv[2]
os.makedirs(rootfs, exist_ok=True)
with tarfile.open(image) as archive:
    manifest = json.load(archive.extractfile("manifest.json"))[0]
    config = json.load(archive.extractfile(manifest["Config"]))["config"]
    for name in manifest["Layers"]:
        with tarfile.open(fileobj=archive.extractfile(name)) as layer:
            for member in layer.getmembers():
                base = os.path.basename(member.name)
                if base.startswith(".wh."):  # a whiteout: the layer removes what a lower one added
                    gone = os.path.join(rootfs, os.path.dirname(member.name), base[4:])
                    if os.path.lexists(gone):
                        os.system("rm -rf " + shlex.quote(gone))
                    continue
                target = os.path.join(rootfs, member.name)
                if os.path.lexists(target) and not os.path.isdir(target):
                    os.remove(target)
                layer.extract(member, rootfs, numeric_owner=True, filter="fully_trusted")
command = (config.get("Entrypoint") or []) + (config.get("Cmd") or [])
print(" ".join([
    "USER=" + shlex.quote(config.get("User", "0")),
    "WORKDIR=" + shlex.quote(config.get("WorkingDir", "/")),
    "ENV=(" + " ".join(shlex.quote(e) for e in config.get("Env", [])) + ")",
    "COMMAND=(" + " ".join(shlex.quote(c) for c in command) + ")",
]))
