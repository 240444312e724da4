#!/usr/bin/env python3
"""check-html.py - render a breachscan HTML report in headless Chromium and check it.

usage: check-html.py REPORT.html [--screenshot OUT.png] [--expect-findings N]
                     [--expect-verdict V] [--expect-text TEXT]...

Talks to Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe:
no port, no extra Python package) and checks that:
  * the page loads and makes no request besides the report file itself (every
    Network.requestWillBeSent is recorded; file, http(s), data: alike);
  * no JavaScript dialog opens (an escaped-file-name XSS probe would alert);
  * the DOM has the verdict header, the finding rows (tr.finding), the
    timeline chart (svg#timeline-chart with marks), no <img>/<iframe>/
    <object>/<embed> element and no on* event-handler attribute;
  * the sort buttons reorder the file sections without errors;
  * the Content-Security-Policy meta is there.
Optionally saves a PNG screenshot of the top of the page.
Exit 0 when all checks pass, 1 when one fails (reasons on stderr), 2 when
Chromium cannot be run.
"""
import argparse, base64, json, os, shutil, subprocess, sys, tempfile, time

TIMEOUT_S = 60


class Chrome:
    def __init__(self, binary):
        self.profile = tempfile.mkdtemp(prefix="bs-chromium.")
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        # Chromium reads commands on fd 3 and writes replies on fd 4
        def setup():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)
        self.proc = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--disable-sync",
             "--disable-background-networking", "--disable-component-update",
             "--hide-scrollbars", "--user-data-dir=" + self.profile,
             "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=open(os.environ.get("CHECK_HTML_LOG", os.devnull), "w"),
            preexec_fn=setup, pass_fds=(3, 4))
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buf = b""
        self.next_id = 0
        self.events = []

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read_message(self, deadline):
        while b"\0" not in self.buf:
            if time.time() > deadline:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise EOFError("Chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.to_chrome, json.dumps(msg).encode() + b"\0")
        deadline = time.time() + TIMEOUT_S
        while True:
            m = self._read_message(deadline)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"]))
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, method, deadline):
        while True:
            for i, m in enumerate(self.events):
                if m.get("method") == method:
                    return self.events.pop(i)
            self.events.append(self._read_message(deadline))


DOM_CHECK = r"""(() => {
  const q = s => document.querySelectorAll(s);
  const v = document.getElementById('verdict');
  const chart = document.getElementById('timeline-chart');
  let handlers = 0;
  for (const e of q('*')) for (const a of e.attributes) if (/^on/i.test(a.name)) handlers++;
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  const order = () => Array.from(q('#files section.file')).map(s => s.dataset.order).join(',');
  const before = order();
  let sortError = '';
  try {
    for (const b of q('button[data-sort]')) b.click();
    q('button[data-sort="sev"]').forEach(b => b.click());
  } catch (e) { sortError = String(e); }
  return JSON.stringify({
    verdict: v ? v.getAttribute('data-verdict') : null,
    verdictText: v ? v.textContent : '',
    findingRows: q('tr.finding').length,
    fileSections: q('section.file').length,
    chart: !!chart && chart.tagName.toLowerCase() === 'svg',
    chartMarks: chart ? chart.querySelectorAll('circle, rect.window, rect.cardspan').length : 0,
    windowBand: chart ? chart.querySelectorAll('rect.window').length : 0,
    cardBox: !!document.getElementById('card-exposure'),
    embedded: q('img, iframe, object, embed, frame, link, base, form').length,
    srcOrHref: q('[src], [href], [srcset], [action], [data]').length,
    handlers: handlers,
    csp: csp ? csp.getAttribute('content') : null,
    sortedBack: order() === before,
    sortError: sortError,
    bodyText: document.body.innerText
  });
})()"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("html")
    ap.add_argument("--screenshot")
    ap.add_argument("--expect-findings", type=int)
    ap.add_argument("--expect-verdict")
    ap.add_argument("--expect-text", action="append", default=[])
    ap.add_argument("--chromium", default=os.environ.get("CHROMIUM", "chromium"))
    args = ap.parse_args()
    binary = shutil.which(args.chromium)
    if not binary:
        print("check-html.py: %s not found (make deps installs Debian's chromium)" % args.chromium,
              file=sys.stderr)
        return 2
    url = "file://" + os.path.abspath(args.html)
    problems = []
    try:
        chrome = Chrome(binary)
    except OSError as e:
        print("check-html.py: cannot start %s: %s" % (binary, e), file=sys.stderr)
        return 2
    try:
        targets = chrome.send("Target.getTargets")["targetInfos"]
        page = next(t["targetId"] for t in targets if t["type"] == "page")
        s = chrome.send("Target.attachToTarget", {"targetId": page, "flatten": True})["sessionId"]
        for domain in ("Network", "Page", "Runtime"):
            chrome.send(domain + ".enable", session=s)
        chrome.send("Emulation.setDeviceMetricsOverride",
                    {"width": 1200, "height": 1500, "deviceScaleFactor": 1, "mobile": False},
                    session=s)
        chrome.send("Page.navigate", {"url": url}, session=s)
        chrome.wait_event("Page.loadEventFired", time.time() + TIMEOUT_S)
        res = chrome.send("Runtime.evaluate", {"expression": DOM_CHECK, "returnByValue": True},
                          session=s)
        if "exceptionDetails" in res:
            problems.append("DOM check threw: %s" % res["exceptionDetails"])
            dom = {}
        else:
            dom = json.loads(res["result"]["value"])
        if args.screenshot:
            shot = chrome.send("Page.captureScreenshot", {"format": "png"}, session=s)
            with open(args.screenshot, "wb") as f:
                f.write(base64.b64decode(shot["data"]))
        # drain what arrived meanwhile, then look at every event
        chrome.send("Runtime.evaluate", {"expression": "1"}, session=s)
    except (RuntimeError, TimeoutError, EOFError, StopIteration, OSError) as e:
        print("check-html.py: Chromium failed: %s" % e, file=sys.stderr)
        chrome.close()
        return 2
    chrome.close()

    requests = [m["params"]["request"]["url"] for m in chrome.events
                if m.get("method") == "Network.requestWillBeSent"]
    other = [u for u in requests if u != url]
    if other:
        problems.append("the page made requests: %s" % ", ".join(other[:5]))
    if url not in requests:
        problems.append("the report itself was never requested (events: %d)" % len(chrome.events))
    dialogs = [m for m in chrome.events if m.get("method") == "Page.javascriptDialogOpening"]
    if dialogs:
        problems.append("a JavaScript dialog opened: %s" % dialogs[0]["params"].get("message"))
    errors = [m for m in chrome.events if m.get("method") == "Runtime.exceptionThrown"]
    if errors:
        problems.append("a script error: %s" % errors[0]["params"]["exceptionDetails"].get("text"))
    if dom:
        if not dom["verdict"] or not dom["verdictText"].strip():
            problems.append("no verdict header")
        if args.expect_verdict and dom["verdict"] != args.expect_verdict:
            problems.append("verdict %r, expected %r" % (dom["verdict"], args.expect_verdict))
        if args.expect_findings is not None and dom["findingRows"] != args.expect_findings:
            problems.append("%d finding rows, expected %d" % (dom["findingRows"],
                                                              args.expect_findings))
        if not dom["chart"]:
            problems.append("no timeline chart (svg#timeline-chart)")
        elif args.expect_findings and not dom["chartMarks"]:
            problems.append("the timeline chart has no marks")
        for key in ("embedded", "srcOrHref", "handlers"):
            if dom[key]:
                problems.append("%d element(s) of kind %s in the page" % (dom[key], key))
        if not dom["csp"] or "default-src 'none'" not in dom["csp"]:
            problems.append("no strict Content-Security-Policy: %r" % dom["csp"])
        if dom["sortError"] or not dom["sortedBack"]:
            problems.append("sorting failed: %s" % (dom["sortError"] or "order not restored"))
        for text in args.expect_text:
            if text not in dom["bodyText"]:
                problems.append("text not shown: %r" % text)
    for p in problems:
        print("check-html.py: %s: %s" % (args.html, p), file=sys.stderr)
    if not problems:
        print("check-html.py: %s: ok (%d finding rows, %d chart marks, 1 request)" % (
            args.html, dom["findingRows"], dom["chartMarks"]))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
