#!/bin/sh
# check-layers.sh - the code folders are layers (docs/ARCHITECTURE.md, "Layers"):
#   core <- report <- collectors, matchers <- scanner
# A folder may include only the folders listed for it below; every project
# include is written from the one include root (-I.), never with "../".
# Prints each violation; exit 1 when there is one.
cd "$(dirname "$0")/.." || exit 2
allowed() {
    case $1 in
    core) echo "core" ;;
    report) echo "core report" ;;
    collectors) echo "core report collectors" ;;
    matchers) echo "core report matchers" ;;
    scanner) echo "core report collectors matchers scanner" ;;
    esac
}
bad=0
for dir in core report collectors matchers scanner; do
    ok=$(allowed $dir)
    for f in $dir/*.c $dir/*.h; do
        [ -f "$f" ] || continue
        grep -n '#include "' "$f" | while IFS= read -r line; do
            inc=${line#*#include \"}
            inc=${inc%%\"*}
            case $inc in
            ../* | */../*) echo "$f: relative include \"$inc\"" ;;
            */*)
                top=${inc%%/*}
                case " $ok " in
                *" $top "*) ;;
                *) echo "$f: layer $dir may not include $inc" ;;
                esac
                ;;
            *) echo "$f: include \"$inc\" is not written from the include root" ;;
            esac
        done
    done
done >/tmp/check-layers.$$
if [ -s /tmp/check-layers.$$ ]; then
    cat /tmp/check-layers.$$
    bad=1
fi
rm -f /tmp/check-layers.$$
[ $bad -eq 0 ] && echo "layers: ok (core <- report <- collectors, matchers <- scanner)"
exit $bad
