#!/usr/bin/env python3
"""enrich-report.py - add what the log and card-number matchers add to a real report.

usage: enrich-report.py IN.json OUT.json

Until those matchers land, the writers' tests need a report with web-log
requests and card exposure: this takes a real breachscan-report/1 document
and adds, the way the model would (docs/REPORT.md):
  * log.request events for the first finding on a .jsp file (shell access:
    four requests from two clients) and one unlinked exploit request;
  * that finding's log_hits and log_access;
  * summary.card_exposure (masked numbers only; issuer counts, window).
The timeline stays sorted by time.  Only synthetic values, RFC 5737 addresses.
"""
import json
import sys


def main():
    doc = json.load(open(sys.argv[1]))
    shell = next((f for f in doc["findings"]
                  if (f.get("object") or {}).get("location", "").endswith(".jsp")), None)
    log = (doc["targets"][0]["path"] + ":/var/log/httpd/access.log") if doc["targets"] else "access.log"
    events = [("2018-08-14T03:10:02Z", None, "203.0.113.7", "POST", "/wls-wsat/CoordinatorPortType", 500,
               "weblogic_wsat")]
    if shell:
        name = shell["object"]["path"].rsplit("/", 1)[-1]
        events += [
            ("2018-08-14T03:15:40Z", shell["id"], "203.0.113.7", "POST", "/app/" + name + "?m=Login", 200, None),
            ("2018-08-14T03:16:02Z", shell["id"], "203.0.113.7", "GET", "/app/" + name + "?m=EnvsInfo", 200, None),
            ("2018-09-02T11:00:00Z", shell["id"], "198.51.100.9", "POST", "/app/" + name + "?m=CMDS", 200, None),
            ("2018-10-02T17:40:00Z", shell["id"], "203.0.113.7", "POST", "/app/" + name + "?m=CMDS", 200, None),
        ]
        shell["log_hits"] = 4
        shell["log_access"] = {"requests": 4, "clients": 2, "first": "2018-08-14T03:15:40Z",
                               "last": "2018-10-02T17:40:00Z"}
    for i, (t, fid, client, method, url, status, detail) in enumerate(events):
        ev = {"time": t, "event": "log.request", "finding": fid, "location": "%s:%d" % (log, 10 + i),
              "client": client, "method": method, "url": url, "status": status}
        if detail:
            ev["detail"] = detail
        doc["timeline"].append(ev)
    doc["timeline"].sort(key=lambda e: (e["time"], e["event"], e["location"]))
    doc["summary"]["card_exposure"] = {"distinct": 3, "objects": 1,
                                       "issuers": {"visa": 2, "mastercard": 1},
                                       "first": "2018-09-03T08:00:00Z", "last": "2019-08-02T10:31:12Z"}
    json.dump(doc, open(sys.argv[2], "w"), indent=2)


if __name__ == "__main__":
    main()
