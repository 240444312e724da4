#!/bin/sh
# install.sh - install the SARIF multitool (npm @microsoft/sarif-multitool,
# Microsoft's sarif-sdk, a self-contained .NET program for Linux x64) under
# build/sarif-tool, or $SARIF_TOOL_DIR, with `npm ci` from the pinned
# package.json / package-lock.json beside this script.  Does nothing when it
# is already there.  Called by `make check` (target sarif-tool) and by
# validate.sh.  Prints the path of the program; exit 2 when it cannot be
# installed (no npm, no registry).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
TOOLDIR=${SARIF_TOOL_DIR:-$REPO/build/sarif-tool}
MT=$TOOLDIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

if [ ! -x "$MT" ] || ! cmp -s "$HERE/package-lock.json" "$TOOLDIR/package-lock.json"; then
    command -v npm >/dev/null 2>&1 || { echo "sarif install.sh: npm is missing (make deps)" >&2; exit 2; }
    mkdir -p "$TOOLDIR" && cp "$HERE/package.json" "$HERE/package-lock.json" "$TOOLDIR/" || exit 2
    # --ignore-scripts: the package's only script is a chmod, done below
    (cd "$TOOLDIR" && npm ci --no-audit --no-fund --ignore-scripts >&2) || {
        echo "sarif install.sh: cannot install the SARIF multitool from npm" >&2
        exit 2
    }
    chmod u+x "$MT" 2>/dev/null
fi
[ -x "$MT" ] || { echo "sarif install.sh: $MT missing after install" >&2; exit 2; }
echo "$MT"
