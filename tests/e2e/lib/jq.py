#!/usr/bin/env python3
"""jq.py - tiny JSON helper for the e2e shell tests (no jq needed).

    jq.py get FILE EXPR      print the value of a Python expression over the
                             document `r` (str printed raw, others as JSON)
    jq.py check FILE EXPR    exit 1 (with the expression) unless EXPR is true
    jq.py findings FILE      print "basename<TAB>rule" per finding, sorted
    jq.py strip FILE         print the findings, skipped and errors arrays with
                             every time field removed (canonical JSON), for
                             comparing two runs
    jq.py utf8 FILE          exit 1 unless FILE is strict UTF-8 JSON
    jq.py report FILE        utf8 + breachscan-report/1 tag + the JSON Schema
                             (tests/validate-report.py, run in this process)

A FILE ending in .jsonl is read as a list of documents, one per line.
Helpers available inside EXPR: F (findings list), S (skipped), E (errors),
any_(seq), all_(seq), re (module).
"""
import importlib.util
import json
import os
import re
import sys

TIME_KEYS = {"mtime", "atime", "ctime", "crtime", "started", "finished", "duration_s", "time"}


def load(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")  # strict: raises on invalid UTF-8
    if path.endswith(".jsonl"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return json.loads(text)


def env(doc):
    d = doc if isinstance(doc, dict) else {}
    return {
        "r": doc,
        "F": d.get("findings") or [],
        "S": d.get("skipped") or [],
        "E": d.get("errors") or [],
        "any_": any,
        "all_": all,
        "re": re,
        "json": json,
    }


def strip_times(v):
    if isinstance(v, dict):
        return {k: strip_times(x) for k, x in v.items() if k not in TIME_KEYS}
    if isinstance(v, list):
        return [strip_times(x) for x in v]
    return v


def basename(p):
    return p.rstrip("/").rsplit("/", 1)[-1]


def validate(path, doc):
    """The report checks of validate_report in common.sh; returns an exit status."""
    if not path.endswith(".jsonl") and (not isinstance(doc, dict) or
                                        doc.get("schema") != "breachscan-report/1"):
        sys.stderr.write("jq.py: %s: no schema breachscan-report/1\n" % path)
        return 1
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                          "validate-report.py")
    if not os.path.exists(script):
        return 0
    spec = importlib.util.spec_from_file_location("validate_report", script)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    try:
        return mod.main(["validate-report.py", path])
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else 1


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    cmd, path = argv[1], argv[2]
    try:
        doc = load(path)
    except (OSError, ValueError) as e:
        sys.stderr.write("jq.py: %s: %s\n" % (path, e))
        return 1
    if cmd == "utf8":
        return 0
    if cmd == "report":
        return validate(path, doc)
    if cmd in ("get", "check"):
        expr = argv[3]
        val = eval(expr, env(doc))  # test-local expressions only
        if cmd == "check":
            if not val:
                sys.stderr.write("jq.py: check failed on %s: %s\n" % (path, expr))
                return 1
            return 0
        print(val if isinstance(val, str) else json.dumps(val, sort_keys=True))
        return 0
    if cmd == "findings":
        rows = sorted("%s\t%s" % (basename(f["object"]["path"]), f["rule"])
                      for f in doc.get("findings") or [])
        for row in rows:
            print(row)
        return 0
    if cmd == "strip":
        out = {k: strip_times(doc.get(k)) for k in ("findings", "skipped", "errors")}
        print(json.dumps(out, sort_keys=True, indent=1))
        return 0
    sys.stderr.write("jq.py: unknown command %s\n" % cmd)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
