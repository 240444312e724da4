#!/bin/sh
# deps.sh - install the Debian packages given as arguments that are not installed yet.
# Used by `make deps`; needs root (or sudo) only when something is missing.
# A package also counts as present when an installed package provides it
# (e.g. NodeSource's nodejs provides, and conflicts with, Debian's npm).
provided=$(dpkg-query -W -f='${Status}|${Provides}\n' 2>/dev/null | grep "^install ok installed|" |
    cut -d'|' -f2 | tr ',' '\n' | sed -e 's/([^)]*)//g' -e 's/:.*//' -e 's/ //g' | sort -u)
missing=""
for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" && continue
    echo "$provided" | grep -qx "$p" && continue
    missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "make deps: installing:$missing" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2 || exit 1
$SUDO apt-get install -y -qq --no-install-recommends $missing >&2
