#!/usr/bin/env python3
"""Which tables and indexes the pages in a SQLite WAL file belong to: wal-pages.py WAL DATABASE [TRANSACTIONS].

fire-cost.sh copies the WAL after a fixed number of fires (before any checkpoint) and asks this script where the written
pages are: each frame of the WAL is one page written by a commit; the database's dbstat table maps page numbers to the
b-tree (table or index) that owns them. Prints frames per transaction by b-tree, most first."""
import collections
import sqlite3
import struct
import sys

wal_path, db_path = sys.argv[1], sys.argv[2]
transactions = int(sys.argv[3]) if len(sys.argv) > 3 else 1
data = open(wal_path, "rb").read()
page_size = struct.unpack(">I", data[8:12])[0]
pages, offset = [], 32  # WAL header: 32 bytes; each frame: a 24-byte header (page number first), then the page
while offset + 24 + page_size <= len(data):
    pages.append(struct.unpack(">I", data[offset:offset + 4])[0])
    offset += 24 + page_size
owner = dict(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True).execute("SELECT pageno, name FROM dbstat"))
counts = collections.Counter(owner.get(p, "(free or new page)") for p in pages)
print(f"{len(pages)} pages written ({len(set(pages))} distinct), {len(pages) / transactions:.1f} per fire:")
for name, n in counts.most_common():
    print(f"{n / transactions:6.1f}  {name}")
