#!/bin/sh
# run-unit.sh - run every cmocka test binary given; fail if any fails.
status=0
for t in "$@"; do
    "$t" || status=1
done
exit $status
