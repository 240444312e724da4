# mkimages.sh - build evidence disk images at test time, without root and
# without mounting anything.  Sourced by the image e2e cases
# (tests/e2e/t_image_*.sh), by tests/demo/make-demo.sh and by
# tests/bench/bench_image.sh.  POSIX sh functions; every tool is a plain
# Debian package (e2fsprogs, dosfstools, mtools, ntfs-3g, fdisk, ewf-tools,
# qemu-utils, coreutils).
#
#   mkimg_need TOOL...                 exit 77 ("SKIP: ...") when one is missing
#   mkimg_ext4 DIR OUT SIZE_MB [LABEL] ext4 file system holding DIR's tree
#   mkimg_fat DIR OUT SIZE_MB [LABEL] [FATBITS]  FAT12/16/32 holding DIR's tree
#   mkimg_ntfs DIR OUT SIZE_MB [LABEL] NTFS holding DIR's top-level files
#                                      (ntfscp cannot create directories)
#   mkimg_ntfs_ads IMG FILE STREAM SRC add an alternate data stream FILE:STREAM
#   mkimg_rm IMG PATH                  delete PATH inside an ext2/3/4 image (debugfs)
#   mkimg_disk OUT SCHEME PART...      partitioned disk; SCHEME gpt | mbr | mbr-ext
#                                      (mbr-ext: first PART primary, the others
#                                      logical inside an extended partition);
#                                      PART is FILE,TYPE[,NAME] with an sfdisk type
#   mkimg_e01 RAW OUTBASE [SEGSIZE]    EnCase image OUTBASE.E01 (.E02... with SEGSIZE)
#   mkimg_split RAW SIZE               RAW.001, RAW.002, ... of SIZE bytes each
#   mkimg_convert RAW OUT FMT          qemu-img convert: qcow2, vmdk, vpc, vhdx
#   mkimg_fls_alloc_regular IMG [OFFSET_SECTORS]
#                                      count of allocated regular files per fls -r
#   mkimg_iso DIR OUT [LABEL] [GENISOIMAGE-OPTION...]
#                                      ISO9660 holding DIR's tree (-R: Rock Ridge,
#                                      -J: Joliet)
#   mkimg_exfat DIR OUT SIZE_MB [LABEL] exFAT holding DIR's tree (mkfs.exfat, then
#                                      the entries written by mkimg_exfat_put)
#   mkimg_exfat_put IMG DIR            add DIR's tree to the root of an exFAT image
#   mkimg_exfat_rm IMG PATH            delete PATH in an exFAT image (entry set
#                                      marked not in use, clusters freed)
#   mkimg_fat_rm IMG PATH              delete PATH in a FAT image (mdel)
#   mkimg_inum IMG PATH                inode number of PATH in an ext2/3/4 image
#   mkimg_unlink IMG PATH              remove PATH's name only; the inode stays
#                                      allocated (debugfs unlink)
#   mkimg_orphan IMG PATH [free]       make PATH an orphan: name removed and its
#                                      directory slot reused, so no entry (live or
#                                      deleted) points to the inode; links count 0
#                                      and on the ext4 orphan list (unlinked while
#                                      open); "free": inode and blocks released too

MKIMG_SECTOR=512
MKIMG_ALIGN=2048 # sectors: partitions start on 1 MiB boundaries

mkimg_need() {
    for t in "$@"; do
        command -v "$t" >/dev/null 2>&1 || PATH=$PATH:/sbin:/usr/sbin command -v "$t" >/dev/null 2>&1 || {
            echo "SKIP: $t is not installed" >&2
            exit 77
        }
    done
    PATH=$PATH:/sbin:/usr/sbin
    export PATH
}

mkimg_ext4() {
    rm -f "$2"
    mke2fs -q -F -t ext4 -L "${4:-}" -d "$1" "$2" "${3}M"
}

mkimg_fat() {
    rm -f "$2"
    mkfs.fat -C ${5:+-F "$5"} -n "${4:-NO NAME}" "$2" $(($3 * 1024)) >/dev/null
    if [ -n "$(ls -A "$1")" ]; then
        MTOOLS_SKIP_CHECK=1 mcopy -s -p -m -i "$2" "$1"/* ::/
    fi
}

mkimg_ntfs() {
    rm -f "$2"
    truncate -s "${3}M" "$2"
    mkntfs -F -q -Q ${4:+-L "$4"} "$2" >/dev/null 2>&1
    for f in "$1"/*; do
        [ -f "$f" ] || continue
        ntfscp -q "$2" "$f" "/$(basename "$f")" >/dev/null
    done
}

mkimg_ntfs_ads() {
    ntfscp -q -N "$3" "$1" "$4" "$2" >/dev/null
}

# mkimg_ntfs_delete IMG PATH: marks PATH's MFT entry not in use, as NTFS does
# when a file is deleted (its clusters and name in the directory index stay
# until reused).  No ntfs-3g tool deletes without mounting.
mkimg_ntfs_delete() {
    _inum=$(ntfsinfo -F "$2" "$1" 2>/dev/null | sed -n 's/^Dumping Inode \([0-9]*\).*/\1/p')
    [ -n "$_inum" ] || { echo "mkimg_ntfs_delete: $2 not found in $1" >&2; return 1; }
    python3 - "$1" "$_inum" <<'PY'
import struct, sys
with open(sys.argv[1], "r+b") as f:
    boot = f.read(512)
    cluster = struct.unpack_from("<H", boot, 0x0B)[0] * boot[0x0D]
    size = struct.unpack_from("<b", boot, 0x40)[0]
    record = size * cluster if size > 0 else 1 << -size
    at = struct.unpack_from("<Q", boot, 0x30)[0] * cluster + int(sys.argv[2]) * record
    f.seek(at)
    entry = f.read(record)
    assert entry[:4] == b"FILE", "not an MFT entry"
    f.seek(at + 0x16)  # flags: bit 0 = in use (outside the update-sequence slots)
    f.write(struct.pack("<H", struct.unpack_from("<H", entry, 0x16)[0] & ~1))
PY
    echo "$_inum"
}

mkimg_rm() {
    debugfs -w -R "rm $2" "$1" >/dev/null 2>&1
}

# Size of FILE in sectors, rounded up to the alignment.
mkimg_sectors() {
    _b=$(stat -c %s "$1")
    _s=$(((_b + MKIMG_SECTOR - 1) / MKIMG_SECTOR))
    echo $(((_s + MKIMG_ALIGN - 1) / MKIMG_ALIGN * MKIMG_ALIGN))
}

mkimg_disk() {
    _out=$1
    _scheme=$2
    shift 2
    _script=$(mktemp)
    _start=$MKIMG_ALIGN
    _n=0
    _label=$_scheme
    [ "$_scheme" = mbr-ext ] && _label=dos
    [ "$_scheme" = mbr ] && _label=dos
    echo "label: $_label" >"$_script"
    # First pass: the extended container (mbr-ext) needs the logical sizes.
    _ext_size=0
    if [ "$_scheme" = mbr-ext ]; then
        _i=0
        for p in "$@"; do
            _i=$((_i + 1))
            [ $_i -eq 1 ] && continue
            _ext_size=$((_ext_size + MKIMG_ALIGN + $(mkimg_sectors "${p%%,*}")))
        done
    fi
    _places=""
    for p in "$@"; do
        _n=$((_n + 1))
        _file=${p%%,*}
        _rest=${p#*,}
        _type=${_rest%%,*}
        _name=""
        [ "$_rest" != "$_type" ] && _name=${_rest#*,}
        _size=$(mkimg_sectors "$_file")
        if [ "$_scheme" = mbr-ext ] && [ $_n -eq 2 ]; then
            echo "start=$_start, size=$_ext_size, type=5" >>"$_script"
            _start=$((_start + MKIMG_ALIGN)) # room for the first EBR
        elif [ "$_scheme" = mbr-ext ] && [ $_n -gt 2 ]; then
            _start=$((_start + MKIMG_ALIGN)) # each logical has its EBR before it
        fi
        if [ -n "$_name" ]; then
            echo "start=$_start, size=$_size, type=$_type, name=\"$_name\"" >>"$_script"
        else
            echo "start=$_start, size=$_size, type=$_type" >>"$_script"
        fi
        _places="$_places $_file:$_start"
        _start=$((_start + _size))
    done
    rm -f "$_out"
    truncate -s $(((_start + MKIMG_ALIGN) * MKIMG_SECTOR)) "$_out"
    sfdisk -q --no-reread --no-tell-kernel "$_out" <"$_script" >/dev/null || {
        rm -f "$_script"
        return 1
    }
    rm -f "$_script"
    for pl in $_places; do
        dd if="${pl%:*}" of="$_out" bs=$MKIMG_SECTOR seek="${pl##*:}" conv=notrunc status=none
    done
}

mkimg_e01() {
    rm -f "$2".E?? "$2".e??
    if [ -n "${3:-}" ]; then
        ewfacquire -u -q -d sha1 -c deflate:fast -S "$3" -t "$2" "$1" >/dev/null 2>&1
    else
        ewfacquire -u -q -d sha1 -c deflate:fast -t "$2" "$1" >/dev/null 2>&1
    fi
    [ -f "$2.E01" ]
}

mkimg_split() {
    rm -f "$1".[0-9][0-9][0-9]
    split -b "$2" -a 3 --numeric-suffixes=1 "$1" "$1."
}

mkimg_convert() {
    rm -f "$2"
    qemu-img convert -q -f raw -O "$3" "$1" "$2"
}

mkimg_fls_alloc_regular() {
    # FAT volume labels show as empty regular files; they are not files
    fls -r -p ${2:+-o "$2"} "$1" 2>/dev/null | grep -E '^r/r [0-9]' |
        grep -v -e '\$OrphanFiles' -e '(Volume Label Entry)' | wc -l
}

mkimg_iso() {
    _dir=$1
    _out=$2
    _label=${3:-}
    shift 2
    [ $# -gt 0 ] && shift
    rm -f "$_out"
    genisoimage -quiet ${_label:+-V "$_label"} "$@" -o "$_out" "$_dir"
}

mkimg_exfat() {
    rm -f "$2"
    truncate -s "${3}M" "$2"
    mkfs.exfat ${4:+-L "$4"} "$2" >/dev/null
    if [ -n "$(ls -A "$1")" ]; then
        mkimg_exfat_put "$2" "$1"
    fi
}

mkimg_exfat_put() {
    mkimg_exfat_py "$1" put "$2"
}

mkimg_exfat_rm() {
    mkimg_exfat_py "$1" rm "$2"
}

# mkimg_exfat_py IMG put DIR | IMG rm PATH: exFAT directory entries written
# directly (no exFAT writer without mounting ships in Debian 12).  Directories
# are one cluster each; files are contiguous with a FAT chain; mtimes kept
# (UTC).  fsck.exfat accepts the result.
mkimg_exfat_py() {
    "${PYTHON:-python3}" - "$@" <<'PY'
import os, struct, sys, time

img, cmd, arg = sys.argv[1:4]
f = open(img, "r+b")
boot = f.read(512)
if boot[3:11] != b"EXFAT   ":
    sys.exit(img + ": not exFAT")
fat_off, _, heap_off, n_clusters, root = struct.unpack_from("<IIIII", boot, 80)
bps = 1 << boot[108]
csize = bps << boot[109]


def coff(c):
    return heap_off * bps + (c - 2) * csize


def rd(off, n):
    f.seek(off)
    return bytearray(f.read(n))


def wr(off, b):
    f.seek(off)
    f.write(bytes(b))


rootdir = rd(coff(root), csize)
bm = [struct.unpack_from("<IQ", rootdir, i + 20) for i in range(0, csize, 32) if rootdir[i] == 0x81]
bm_cl, bm_len = bm[0]
bitmap = rd(coff(bm_cl), bm_len)


def rot_sum(buf, skip=()):  # the exFAT name hash and entry-set checksum
    s = 0
    for i, b in enumerate(buf):
        if i not in skip:
            s = ((((s & 1) << 15) | (s >> 1)) + b) & 0xFFFF
    return s


def stamp(t):
    tm = time.gmtime(t)
    return ((tm.tm_year - 1980) << 25 | tm.tm_mon << 21 | tm.tm_mday << 16 |
            tm.tm_hour << 11 | tm.tm_min << 5 | tm.tm_sec // 2)


def set_bit(c, on):
    if on:
        bitmap[(c - 2) // 8] |= 1 << ((c - 2) % 8)
    else:
        bitmap[(c - 2) // 8] &= ~(1 << ((c - 2) % 8)) & 0xFF


def alloc(n):  # n contiguous free clusters, chained in the FAT
    run = 0
    for i in range(n_clusters):
        run = 0 if bitmap[i // 8] >> (i % 8) & 1 else run + 1
        if run == n:
            first = i - n + 3
            for c in range(first, first + n):
                set_bit(c, True)
                nxt = c + 1 if c < first + n - 1 else 0xFFFFFFFF
                wr(fat_off * bps + 4 * c, struct.pack("<I", nxt))
            return first
    sys.exit(img + ": exFAT image full")


def entry_set(name, attr, first, size, mtime):
    u = name.encode("utf-16-le")
    nlen = len(u) // 2
    nname = (nlen + 14) // 15
    s = bytearray(32 * (2 + nname))
    struct.pack_into("<BBHH", s, 0, 0x85, 1 + nname, 0, attr)
    ts = stamp(mtime)
    struct.pack_into("<IIIBBBBB", s, 8, ts, ts, ts, 0, 0, 0x80, 0x80, 0x80)  # UTC offsets
    h = rot_sum(name.upper().encode("utf-16-le"))
    struct.pack_into("<BBBBHHQIIQ", s, 32, 0xC0, 0x01, 0, nlen, h, 0, size, 0, first, size)
    for k in range(nname):
        s[64 + 32 * k] = 0xC1
        part = u[30 * k:30 * k + 30]
        s[66 + 32 * k:66 + 32 * k + len(part)] = part
    struct.pack_into("<H", s, 2, rot_sum(s, (2, 3)))
    return s


def add(dcl, es):  # into the first run of unused slots of directory cluster dcl
    d = rd(coff(dcl), csize)
    for i in range(0, csize - len(es) + 1, 32):
        if all(d[j] < 0x80 for j in range(i, i + len(es), 32)):
            wr(coff(dcl) + i, es)
            return
    sys.exit(img + ": exFAT directory full")


def put(dcl, path):
    for name in sorted(os.listdir(path)):
        p = os.path.join(path, name)
        mtime = os.stat(p).st_mtime
        if os.path.isdir(p):
            c = alloc(1)
            wr(coff(c), bytes(csize))
            add(dcl, entry_set(name, 0x10, c, csize, mtime))
            put(c, p)
        else:
            data = open(p, "rb").read()
            c = alloc((len(data) + csize - 1) // csize) if data else 0
            if data:
                wr(coff(c), data)
            add(dcl, entry_set(name, 0x20, c, len(data), mtime))


def find(dcl, name):  # (offset, secondary count, first cluster, size) of name's entry set
    d = rd(coff(dcl), csize)
    for i in range(0, csize, 32):
        if d[i] == 0x85:
            u = b"".join(d[i + 66 + 32 * k:i + 96 + 32 * k] for k in range(d[i + 1] - 1))
            if u[:2 * d[i + 35]].decode("utf-16-le") == name:
                first, = struct.unpack_from("<I", d, i + 52)
                size, = struct.unpack_from("<Q", d, i + 56)
                return coff(dcl) + i, d[i + 1], first, size
    sys.exit(img + ": no such file: " + name)


if cmd == "put":
    put(root, arg)
else:
    parts = arg.strip("/").split("/")
    dcl = root
    for p in parts[:-1]:
        dcl = find(dcl, p)[2]
    off, sec, first, size = find(dcl, parts[-1])
    es = rd(off, 32 * (sec + 1))
    for j in range(0, len(es), 32):
        es[j] &= 0x7F  # InUse bit cleared: a deleted entry set
    wr(off, es)
    for c in range(first, first + (size + csize - 1) // csize) if first else ():
        set_bit(c, False)
wr(coff(bm_cl), bitmap)
PY
}

mkimg_fat_rm() {
    MTOOLS_SKIP_CHECK=1 mdel -i "$1" "::$2"
}

mkimg_inum() {
    debugfs -R "stat $2" "$1" 2>/dev/null | awk '/^Inode:/ {print $2; exit}'
}

mkimg_unlink() {
    debugfs -w -R "unlink $2" "$1" >/dev/null 2>&1
}

mkimg_orphan() {
    _ino=$(mkimg_inum "$1" "$2")
    [ -n "$_ino" ] || return 1
    _base=${2##*/}
    # a new name of the same length takes the freed directory slot
    _new=$(printf '%s' "$_base" | tr -c '/' 'o')
    # the orphan list is chained through dtime
    _next=$(dumpe2fs -h "$1" 2>/dev/null | awk '/^First orphan inode:/ {print $NF}')
    : >"$1.empty.$$"
    {
        echo "unlink $2"
        echo "write $1.empty.$$ ${2%/*}/$_new"
        if [ "${3:-}" = free ]; then
            echo "kill_file <$_ino>"
        else
            echo "sif <$_ino> links_count 0"
            echo "sif <$_ino> dtime ${_next:-0}"
            echo "ssv last_orphan $_ino"
        fi
    } | debugfs -w -f - "$1" >/dev/null 2>&1
    rm -f "$1.empty.$$"
}
