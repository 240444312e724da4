# detect.sh - helpers for the detection tests of the bundled rules
# (t_detect_*.sh, t_rules_*.sh), sourced by those case files after common.sh.
#
#   copy_samples DIR FAMILY...      copy tests/data/samples/FAMILY into DIR/FAMILY
#   expect_samples OUT PREFIX...    the report OUT holds exactly the YARA findings that
#                                   tests/data/samples/EXPECTED.tsv lists for the sample
#                                   paths starting with PREFIX (rule and severity), and
#                                   none for the rows marked '-'
#   expect_finding OUT PATH_RE RULE SEV   one finding whose location matches PATH_RE

SAMPLES=$REPO/tests/data/samples

copy_samples() {
    local dir=$1 fam
    shift
    mkdir -p "$dir"
    for fam in "$@"; do
        cp -R "$SAMPLES/$fam" "$dir/$fam"
    done
}

expect_samples() {
    local out=$1
    shift
    python3 - "$out" "$SAMPLES/EXPECTED.tsv" "$@" <<'PY' || fail "detection differs from EXPECTED.tsv (see above)"
import json, sys
out, table, prefixes = sys.argv[1], sys.argv[2], sys.argv[3:]
want, quiet = set(), set()
for line in open(table):
    if not line.strip() or line.startswith("#"):
        continue
    path, rule, sev = line.rstrip("\n").split("\t")
    if not any(path.startswith(p) for p in prefixes):
        continue
    (quiet.add(path) if rule == "-" else want.add((path, rule, sev)))
paths = {w[0] for w in want} | quiet
got = set()
for f in json.load(open(out)).get("findings", []):
    if f.get("source") != "yara":
        continue
    p = f["object"]["path"]
    for path in paths:
        if p.endswith("/" + path):
            got.add((path, f["rule"], f["severity"]))
bad = False
for w in sorted(want - got):
    print("MISSED   %s: %s (%s)" % w, file=sys.stderr); bad = True
for g in sorted(got - want):
    print("UNEXPECTED %s: %s (%s)" % g, file=sys.stderr); bad = True
print("%d expected findings checked over %d samples" % (len(want), len(paths)), file=sys.stderr)
sys.exit(1 if bad else 0)
PY
}

expect_finding() {
    local out=$1 path_re=$2 rule=$3 sev=$4
    jcheck "$out" "any_(re.search(r'''$path_re''', f['object']['location']) and f['rule'] == '$rule' and f['severity'] == '$sev' for f in F)" \
        "finding $rule ($sev) on $path_re"
}
