"""Per-character cost of extract() on one long document of 100 KB, 1 MB and 10 MB (train articles
joined by blank lines): it should stay flat. usage: python benchmarks/flat.py [TRAIN.jsonl]"""
import sys
import json, time, quoteattr
path = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/polnear/train.jsonl'
texts=[json.loads(l)['text'] for l in open(path, encoding='utf-8')]
big="\n\n".join(texts)
while len(big) < 10_000_000: big += "\n\n" + big
for n in (100_000, 1_000_000, 10_000_000):
    t=big[:n]
    best=min((lambda: (lambda t0: (quoteattr.extract(t), time.perf_counter()-t0)[1])(time.perf_counter()))() for _ in range(2 if n>1e6 else 3))
    print(f"{n:>11,} chars  {best:6.2f} s  {n/best/1e6:.2f} MB/s  {best/n*1e6:.2f} us/char")
