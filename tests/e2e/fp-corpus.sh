#!/bin/sh
# fp-corpus.sh DEST - unpack legitimate code from Debian packages into DEST/<package>/
# for the false-positive test (t_false_positives.sh).  GNU parallel is there
# for its documentation: a texinfo tutorial quoting PHP and shell code deep
# inside once read as a PHP reverse shell.
#
# The .debs are fetched with `apt-get download` (no installation) into
# $FP_CACHE [<repo>/build/fp-cache] and reused on later runs; they are unpacked
# with `dpkg-deb -x`.  A package that cannot be downloaded is a hard failure
# with a clear message: the test must never pass on an empty corpus.
set -u
# PHP applications (WordPress, phpMyAdmin, Roundcube, Adminer, Postfix Admin, phpLDAPadmin,
# DokuWiki, Tiny Tiny RSS, NagVis), Java web applications (Tomcat's examples and its
# manager/host-manager), JavaScript libraries.  About 45 MB of .debs in all.
FP_PACKAGES=${FP_PACKAGES:-"wordpress phpmyadmin tomcat10-examples libjs-jquery libjs-bootstrap4 libjs-jquery-ui libjs-underscore libjs-bootstrap libjs-d3 roundcube-core adminer postfixadmin phpldapadmin dokuwiki tt-rss nagvis tomcat10-admin parallel"}

if [ $# -ne 1 ]; then
    echo "usage: $0 DEST" >&2
    exit 2
fi
DEST=$1
REPO=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${FP_CACHE:-$REPO/build/fp-cache}
mkdir -p "$CACHE" "$DEST" || exit 1

cached() {
    ls "$CACHE/$1"_*.deb >/dev/null 2>&1
}

missing=""
for p in $FP_PACKAGES; do
    cached "$p" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "fp-corpus: downloading:$missing" >&2
    if ! (cd "$CACHE" && apt-get download $missing) >"$CACHE/download.log" 2>&1; then
        # fresh machines may lack package lists: refresh once and retry
        SUDO=""
        [ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
        $SUDO apt-get update -qq >>"$CACHE/download.log" 2>&1
        if ! (cd "$CACHE" && apt-get download $missing) >>"$CACHE/download.log" 2>&1; then
            echo "fp-corpus: FAILED to download$missing from the Debian mirrors" >&2
            echo "fp-corpus: (network down or mirror unreachable?) apt-get said:" >&2
            tail -n 5 "$CACHE/download.log" >&2
            exit 1
        fi
    fi
fi
for p in $FP_PACKAGES; do
    deb=$(ls "$CACHE/$p"_*.deb 2>/dev/null | sort | tail -n 1)
    if [ -z "$deb" ]; then
        echo "fp-corpus: $p: no .deb in $CACHE after download" >&2
        exit 1
    fi
    dpkg-deb -x "$deb" "$DEST/$p" || { echo "fp-corpus: cannot unpack $deb" >&2; exit 1; }
done
