#!/usr/bin/env python3
"""validate-report.py - check a breachscan report against the JSON Schema.

usage: validate-report.py REPORT.json        (a `-f json` report)
       validate-report.py --jsonl REPORT.jsonl (a `-f jsonl` report; also chosen by the .jsonl suffix)

Exit status: 0 valid, 1 invalid (every problem is printed on stderr),
2 usage error or python3-jsonschema missing.  The schema is
report/schema/breachscan-report-1.schema.json next to this script's tests/ dir.
"""
import json
import os
import sys

SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "report", "schema",
                      "breachscan-report-1.schema.json")
# jsonl line type -> the schema definition its fields follow
LINE_DEFS = {"finding": "finding", "event": "event", "error": "error", "skipped": "skipped"}
SUMMARY_HEADER = {"schema": None, "tool": "tool", "scan": "scan", "targets": None}


def load_validator():
    try:
        import jsonschema
    except ImportError:
        print("validate-report: python3-jsonschema is not installed", file=sys.stderr)
        sys.exit(2)
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return schema, cls


def sub_validator(schema, cls, name):
    """A validator for one $defs entry, resolving refs against the whole schema."""
    sub = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/" + name}
    return cls(sub)


def report_errors(validator, doc, where):
    bad = 0
    for err in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
        while err.context:  # anyOf: show the branch that got deepest into the value
            err = max(err.context, key=lambda e: len(e.absolute_path))
        path = "/".join(str(p) for p in err.absolute_path)
        print("%s: /%s: %s" % (where, path, err.message), file=sys.stderr)
        bad += 1
    return bad


def check_json(path, schema, cls):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    return report_errors(cls(schema), doc, path)


def check_summary_line(obj, schema, cls, where):
    bad = 0
    if obj.pop("schema", None) != "breachscan-report/1":
        print("%s: summary line without schema breachscan-report/1" % where, file=sys.stderr)
        bad += 1
    for key in ("tool", "scan"):
        if key not in obj:
            print("%s: summary line without %s" % (where, key), file=sys.stderr)
            bad += 1
        else:
            bad += report_errors(sub_validator(schema, cls, key), obj.pop(key), where)
    targets = obj.pop("targets", None)
    if not isinstance(targets, list):
        print("%s: summary line without targets[]" % where, file=sys.stderr)
        bad += 1
    else:
        v = sub_validator(schema, cls, "target")
        for t in targets:
            bad += report_errors(v, t, where)
    return bad + report_errors(sub_validator(schema, cls, "summary"), obj, where)


def check_jsonl(path, schema, cls):
    validators = {t: sub_validator(schema, cls, d) for t, d in LINE_DEFS.items()}
    bad = 0
    summaries = 0
    last_type = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = "%s:%d" % (path, n)
            obj = json.loads(line)
            kind = obj.pop("type", None)
            if kind == "finding.found":
                # provisional, streamed during the scan (docs/REPORT.md, "jsonl"): a
                # findings[] entry without its id, before every final line
                if last_type not in (None, "finding.found"):
                    print("%s: finding.found after the final lines" % where, file=sys.stderr)
                    bad += 1
                last_type = kind
                obj["id"] = "F1"
                bad += report_errors(validators["finding"], obj, where)
                continue
            last_type = kind
            if kind == "summary":
                summaries += 1
                bad += check_summary_line(obj, schema, cls, where)
            elif kind in validators:
                bad += report_errors(validators[kind], obj, where)
            else:
                print("%s: unknown line type %r" % (where, kind), file=sys.stderr)
                bad += 1
    if summaries != 1 or last_type != "summary":
        print("%s: expected exactly one summary line, last" % path, file=sys.stderr)
        bad += 1
    return bad


def main(argv):
    args = [a for a in argv[1:] if a != "--jsonl"]
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    schema, cls = load_validator()
    path = args[0]
    try:
        if "--jsonl" in argv or path.endswith(".jsonl"):
            bad = check_jsonl(path, schema, cls)
        else:
            bad = check_json(path, schema, cls)
    except (OSError, ValueError) as e:
        print("%s: %s" % (path, e), file=sys.stderr)
        return 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
