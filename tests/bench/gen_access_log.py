#!/usr/bin/env python3
"""gen_access_log.py - a synthetic NCSA combined access log for the log-parser
benchmark (tests/bench/bench_logs.sh): OUT SIZE_MB.  Seeded, so every machine
gets the same bytes; documentation addresses only; a few test card numbers in
query strings so the card-number finder has work."""
import random
import sys

out, size_mb = sys.argv[1], int(sys.argv[2])
rng = random.Random(20261129)
paths = ["/Click2GovCX/index.html", "/Click2GovCX/css/site.css", "/Click2GovCX/js/app.js",
         "/Click2GovCX/images/logo.png", "/Click2GovCX/payment/confirm.jsp?session=%d",
         "/Click2GovCX/account/view.jsp?acct=%d&tab=history", "/wls-wsat/CoordinatorPortType",
         "/Click2GovCX/images/ok.jsp?m=EnvsInfo", "/api/v1/orders/%d/items?page=2",
         "/Click2GovCX/pay?card=4111111111111111&amt=%d"]
agents = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/76.0.3809.100 Safari/537.36",
          "Mozilla/5.0 (X11; Linux x86_64; rv:68.0) Gecko/20100101 Firefox/68.0",
          "curl/7.58.0", "python-requests/2.22.0"]
methods = ["GET"] * 8 + ["POST", "HEAD"]
lines = []
for i in range(20000):
    ip = "%d.%d.%d.%d" % (rng.choice([192, 198, 203]), rng.choice([0, 51, 18]),
                          rng.randrange(256), rng.randrange(1, 255))
    p = rng.choice(paths)
    if "%d" in p:
        p = p % rng.randrange(1000000)
    t = "%02d/Jul/2019:%02d:%02d:%02d -0500" % (rng.randrange(1, 31), rng.randrange(24),
                                                rng.randrange(60), rng.randrange(60))
    lines.append('%s - - [%s] "%s %s HTTP/1.1" %d %d "https://pay.example.org/" "%s"\n'
                 % (ip, t, rng.choice(methods), p, rng.choice([200, 200, 200, 304, 404, 500]),
                    rng.randrange(100000), rng.choice(agents)))
block = "".join(lines).encode()
with open(out, "wb") as f:
    written = 0
    while written < size_mb * 1000000:
        f.write(block)
        written += len(block)
