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
