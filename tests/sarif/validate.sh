#!/bin/sh
# validate.sh - validate SARIF files with the SARIF multitool (Microsoft's
# sarif-sdk, from npm: @microsoft/sarif-multitool, a self-contained .NET
# program), with the SARIF and the GitHub code-scanning rule sets.
#
#   sh tests/sarif/validate.sh FILE.sarif...
#
# The multitool is installed on first use by install.sh (build/sarif-tool).
# Exit 0 when every file is valid (warnings are printed, not fatal), 1 when
# the multitool reports an error for any file, 2 when the multitool cannot be
# installed or run.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
# the program needs no ICU in invariant mode, and phones nowhere
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [ $# -eq 0 ]; then
    echo "usage: $0 FILE.sarif..." >&2
    exit 2
fi
MT=$(sh "$HERE/install.sh") || exit 2

status=0
for f in "$@"; do
    dir=$(mktemp -d "${TMPDIR:-/tmp}/sarif-validate.XXXXXX") || exit 2
    out=$dir/out.sarif
    log=$dir/log
    if ! timeout 300 "$MT" validate "$f" -o "$out" --rule-kind "Gh;Sarif" >"$log" 2>&1 || [ ! -s "$out" ]; then
        echo "validate.sh: the multitool failed on $f:" >&2
        tail -n 20 "$log" >&2
        rm -rf "$dir"
        exit 2
    fi
    # the multitool writes its findings as SARIF: any result of level error fails
    if ! python3 - "$out" "$f" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
bad = 0
for run in log.get("runs", []):
    for r in run.get("results", []):
        level = r.get("level", "warning")
        text = r.get("message", {}).get("text") or r.get("message", {}).get("id", "")
        args = r.get("message", {}).get("arguments", [])
        print("%s: %s %s %s %s" % (sys.argv[2], level, r.get("ruleId"), text, " ".join(args)),
              file=sys.stderr)
        bad += level == "error"
    for inv in run.get("invocations", []):
        for n in inv.get("toolExecutionNotifications", []) + inv.get("toolConfigurationNotifications", []):
            if n.get("level") == "error":
                print("%s: tool error: %s" % (sys.argv[2], n.get("message", {}).get("text")), file=sys.stderr)
                bad += 1
sys.exit(1 if bad else 0)
PY
    then
        echo "validate.sh: $f: not valid SARIF (errors above)" >&2
        status=1
    fi
    rm -rf "$dir"
done
exit $status
