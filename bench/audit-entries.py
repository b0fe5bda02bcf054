"""Writes audit entries for PostgreSQL's COPY, each with the MAC the application would give it.

Usage: python3 bench/audit-entries.py MASTER_KEY_BASE64 FIRST_ID COUNT > entries.tsv

The MAC key is derived from the master key as the vault derives it (HKDF-SHA256, empty salt, info
"audit entry mac"), and each MAC covers AuditEntry.content(): the entries are what the application
would have appended, waiting for the sealer.
"""
import base64
import datetime
import hashlib
import hmac
import sys

master = base64.b64decode(sys.argv[1].strip())
first, count = int(sys.argv[2]), int(sys.argv[3])
prk = hmac.new(b"\0" * 32, master, hashlib.sha256).digest()
key = hmac.new(prk, b"audit entry mac" + b"\x01", hashlib.sha256).digest()

start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
out = sys.stdout
lines = []
for n in range(count):
    entry_id = first + n
    at = start + datetime.timedelta(seconds=n // 100)
    at_text = at.strftime("%Y-%m-%dT%H:%M:%SZ")
    subject = "bench-%d" % (n % 1000003)
    content = "\x1f".join(["entry", str(entry_id), at_text, "bench-officer", "", "PERSON_READ", "PERSON", subject,
                           "SUCCESS", "", ""])
    mac = hmac.new(key, content.encode(), hashlib.sha256).hexdigest()
    lines.append("%d\t%s\tbench-officer\t\\N\tPERSON_READ\tPERSON\t%s\tSUCCESS\t\\N\t\\N\t%s\n"
                 % (entry_id, at.strftime("%Y-%m-%d %H:%M:%S+00"), subject, mac))
    if len(lines) == 10000:
        out.write("".join(lines))
        lines.clear()
out.write("".join(lines))
