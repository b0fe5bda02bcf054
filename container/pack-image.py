"""Packs a root file system into an image archive of one layer, in the format `docker save` writes
(manifest.json, the image configuration, the layer): what Jib reads as a base image from tar://.
Usage: pack-image.py ROOTFS OUT.tar NAME:TAG"""
import hashlib
import io
import json
import os
import sys
import tarfile

rootfs, out, tag = sys.argv[1], sys.argv[2], sys.argv[3]
layer_path = out + ".layer"
with tarfile.open(layer_path, "w", format=tarfile.PAX_FORMAT) as layer:
    for entry in sorted(os.listdir(rootfs)):
        layer.add(os.path.join(rootfs, entry), arcname=entry, recursive=True)
digest = hashlib.sha256()
with open(layer_path, "rb") as f:
    for block in iter(lambda: f.read(1 << 20), b""):
        digest.update(block)
diff_id = "sha256:" + digest.hexdigest()
config = {
    "architecture": "amd64",
    "os": "linux",
    "config": {
        "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "LANG=C.UTF-8"],
    },
    "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    "history": [{"created_by": "container/base-image.sh: debootstrap bookworm minbase, openjdk-17-jre-headless"}],
}
config_bytes = json.dumps(config, sort_keys=True).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
manifest = json.dumps([{"Config": config_name, "RepoTags": [tag], "Layers": ["layer.tar"]}]).encode()
with tarfile.open(out, "w") as image:
    for name, data in ((config_name, config_bytes), ("manifest.json", manifest)):
        info = tarfile.TarInfo(name)
        info.size = len(data)
        image.addfile(info, io.BytesIO(data))
    image.add(layer_path, arcname="layer.tar")
os.remove(layer_path)
