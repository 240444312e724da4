#!/bin/sh
# bench_image.sh - cost of scanning a disk image against its lower bound.
#
#   sh tests/bench/bench_image.sh BIN [WORKDIR]
#   BENCH_IMAGE_MB=1024   content of the ext4 image [1024]
#   BENCH_IMAGE_BIG=1     also the peak-RSS run on a 4 GiB image
#
# Builds a corpus directory of web-server-like files (~BENCH_IMAGE_MB MiB:
# many small text files and some large binaries), an ext4 raw image holding
# it (mke2fs -d, no root) and an E01 of that image, then times, warm cache:
#   tsk    tests/bench/tsk_readall: TSK reads out every file, nothing else
#   dir    breachscan on the corpus directory
#   raw    breachscan on the raw image
#   e01    breachscan on the E01
# and checks the targets of the image issue:
#   raw <= 1.3 x (tsk + dir)      e01 <= 1.5 x raw      peak RSS <= 256 MiB
# Prints one line per measure and "bench_image: PASS|FAIL".
set -eu

BIN=$1
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${2:-$REPO/build/bench-image}
MB=${BENCH_IMAGE_MB:-1024}
. "$REPO/tests/e2e/lib/mkimages.sh"
mkimg_need mke2fs ewfacquire python3 cc

mkdir -p "$WORK"
cd "$WORK"
cc -O2 -o tsk_readall "$REPO/tests/bench/tsk_readall.c" -ltsk

# corpus: 70% small text files (1-64 KiB) in a deep tree, 30% 8 MiB binaries
if [ ! -f corpus.done ] || [ "$(cat corpus.done)" != "$MB" ]; then
    rm -rf corpus
    python3 - "$MB" <<'PY'
import os, random, sys
mb = int(sys.argv[1]); rnd = random.Random(20181002)
words = [b"request", b"session", b"payment", b"account", b"<div>", b"</div>", b"function",
         b"return", b"var", b"import", b"java.util", b"config", b"user", b"select", b"from"]
text_budget, total = mb * 7 // 10 << 20, 0
i = 0
while total < text_budget:
    d = "corpus/opt/app/mod%03d/sub%02d" % (i // 400, (i // 20) % 20)
    os.makedirs(d, exist_ok=True)
    n = rnd.randint(1, 64) << 10
    line = b" ".join(rnd.choice(words) for _ in range(12)) + b"\n"
    data = (line * (n // len(line) + 1))[:n]
    with open("%s/f%06d.%s" % (d, i, rnd.choice(["jsp", "js", "html", "log", "xml"])), "wb") as f:
        f.write(data)
    total += n; i += 1
os.makedirs("corpus/opt/blobs", exist_ok=True)
j = 0
while total < mb << 20:
    with open("corpus/opt/blobs/blob%03d.bin" % j, "wb") as f:
        f.write(rnd.randbytes(8 << 20))
    total += 8 << 20; j += 1
print("corpus: %d text files, %d blobs, %d MiB" % (i, j, total >> 20))
PY
    echo "$MB" >corpus.done
    rm -f disk.raw disk.E01
fi
if [ ! -f disk.raw ]; then
    mkimg_ext4 corpus disk.raw $((MB * 13 / 10 + 64)) bench
fi
[ -f disk.E01 ] || mkimg_e01 disk.raw disk

# seconds and peak RSS (KiB) of a command, warm cache (run once before)
measure() {
    "$@" >/dev/null 2>&1 || true
    /usr/bin/time -f "%e %M" -o time.out "$@" >/dev/null 2>&1 || true
    cat time.out | tail -n 1
}
echo "bench_image: $(ls corpus/opt/app/*/*/* | wc -l) text files + blobs, image $(du -h --apparent-size disk.raw | cut -f1), E01 $(du -h disk.E01 | cut -f1)"
set -- $(measure ./tsk_readall disk.raw); t_tsk=$1
set -- $(measure "$BIN" scan -q -o dir.json corpus); t_dir=$1
set -- $(measure "$BIN" scan -q -o raw.json disk.raw); t_raw=$1; rss_raw=$2
set -- $(measure "$BIN" scan -q -o e01.json disk.E01); t_e01=$1; rss_e01=$2
python3 - "$t_tsk" "$t_dir" "$t_raw" "$t_e01" "$rss_raw" "$rss_e01" <<'PY' >result.txt
import sys
tsk, d, raw, e01, rss_raw, rss_e01 = map(float, sys.argv[1:])
ok1 = raw <= 1.3 * (tsk + d); ok2 = e01 <= 1.5 * raw; ok3 = max(rss_raw, rss_e01) <= 256 * 1024
print("tsk_readall %.2fs  dir %.2fs  raw %.2fs  e01 %.2fs" % (tsk, d, raw, e01))
print("raw / (tsk + dir) = %.2f (target <= 1.3) %s" % (raw / (tsk + d), "ok" if ok1 else "OVER"))
print("e01 / raw = %.2f (target <= 1.5) %s" % (e01 / raw, "ok" if ok2 else "OVER"))
print("peak RSS raw %.0f MiB, e01 %.0f MiB (target <= 256) %s" % (rss_raw / 1024, rss_e01 / 1024, "ok" if ok3 else "OVER"))
print("RESULT", "PASS" if ok1 and ok2 and ok3 else "FAIL")
PY
sed 's/^/bench_image: /' result.txt
python3 -c "import json; [print('bench_image: %s objects %d' % (f, json.load(open(f))['targets'][0]['stats']['objects'])) for f in ('dir.json', 'raw.json', 'e01.json')]"

if [ "${BENCH_IMAGE_BIG:-0}" = 1 ]; then
    # 4 GiB image: the corpus plus two files over --max-file-size (streamed, hashed)
    mkdir -p big/data
    [ -f big/data/huge1.bin ] || head -c $((700 << 20)) /dev/urandom >big/data/huge1.bin
    [ -f big/data/huge2.bin ] || head -c $((700 << 20)) /dev/urandom >big/data/huge2.bin
    rm -rf big/corpus && cp -al corpus big/corpus 2>/dev/null || cp -r corpus big/corpus
    [ -f big.raw ] || mkimg_ext4 big big.raw 4096 big
    set -- $(measure "$BIN" scan -q -o big.json big.raw); t_big=$1; rss_big=$2
    echo "bench_image: 4 GiB image: $t_big s, peak RSS $((rss_big / 1024)) MiB (target <= 256)"
    [ "$rss_big" -le $((256 * 1024)) ] || sed -i 's/^RESULT PASS/RESULT FAIL/' result.txt
fi
grep -q '^RESULT PASS' result.txt && echo "bench_image: PASS" || { echo "bench_image: FAIL"; exit 1; }
