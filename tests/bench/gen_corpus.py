#!/usr/bin/env python3
"""gen_corpus.py - build the benchmark corpus (deterministic, synthetic).

    python3 tests/bench/gen_corpus.py [OUTDIR]     [build/bench/corpus]

Writes about 560 MB in about 3,300 files laid out like a copy of a web server:
text (logs, configs, csv, xml, prose), web code (jsp, php, js, html, aspx,
css), binaries (ELF- and PE-shaped files, images, class files, data blobs) and
four 40 MB files (an access log, an application log, a JS bundle, a database
dump).  A handful of files carry planted markers that rules/bench.yar finds.
Everything comes from one seeded generator, so the corpus is byte-identical
on every machine.  An existing complete corpus of the same version is reused.
"""
import os
import random
import shutil
import sys

VERSION = "bench-corpus-1"
SEED = 20261122
MB = 1 << 20

# (kind, number of files, total bytes)
PLAN = [
    ("text", 1500, 80 * MB),
    ("web", 1300, 60 * MB),
    ("bin", 500, 260 * MB),
]
LARGE = [
    ("var/log/httpd/access_log.1", "access", 40 * MB),
    ("opt/app/logs/application.log", "applog", 40 * MB),
    ("srv/www/static/js/bundle.min.js", "js", 40 * MB),
    ("var/backups/db/dump.bin", "bin", 40 * MB),
]

# Planted markers: (kind, content).  Synthetic, not working code.
MARKERS = [
    ("jsp", b'<% String c = request.getParameter("c"); Process p = Runtime.getRuntime().exec(c); %>\n'),
    ("jsp", b'<% ClassLoader l = new U(); Class k = l.defineClass(java.util.Base64.getDecoder().decode(s)); %>\n'),
    ("php", b"<?php @eval( base64_decode($_POST['z'])); ?>\n"),
    ("php", b"<?php echo shell_exec($_GET['a']); passthru($b); system($c); ?>\n"),
    ("js", b"var _0x3fa1 = ['cardnumber','cvv']; new XMLHttpRequest(); btoa(JSON.stringify(f));\n"),
    ("aspx", b'<% System.Diagnostics.Process.Start("CMD.EXE", "/c " + Request["q"]); %>\n'),
    ("access", b'203.0.113.9 - - [14/Aug/2018:03:15:40 +0000] "GET /Click2GovCX/images/ok.jsp?cmd=whoami+ HTTP/1.1" 200 41 "-" "curl"\n'),
    ("access", b'203.0.113.9 - - [14/Aug/2018:03:16:02 +0000] "GET /a.php?id=1%20UNION%20SELECT%20pass HTTP/1.1" 200 9 "-" "sqlmap"\n'),
    ("applog", b"DEBUG pay track=;4111111111111111=25121010000000000000?\n"),
    ("text", b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"),
    ("text", b"aws_access_key_id = AKIAEXAMPLEBENCH0000\n"),
    ("bin", b"\x31\xc0\x50\x68\x2f\x2f\x73\x68\x90\x90\x68\x2f\x62\x69\x6e"),
]

WORDS = ("the of and to in is for on that by this with from at as are be was or an "
         "server request response session user account payment card order invoice city "
         "county utility billing citizen permit license parcel tax record report status "
         "error warning info debug config value default service module handler filter "
         "index page form field input output data file path name type size time date "
         "update delete insert select create table column query result cache queue").split()


def word(rnd):
    if rnd.random() < 0.8:
        return rnd.choice(WORDS)
    return "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randrange(3, 11)))


def ident(rnd):
    return word(rnd) + rnd.choice(["", "Id", "Name", "List", "Map", "Count", "_" + word(rnd)])


def ip(rnd):
    return "%d.%d.%d.%d" % (rnd.choice([10, 172, 192, 198]), rnd.randrange(256),
                            rnd.randrange(256), rnd.randrange(1, 255))


def stamp(rnd):
    return "%02d/%s/20%02d:%02d:%02d:%02d +0000" % (
        rnd.randrange(1, 29), rnd.choice(["Jan", "Mar", "Jun", "Aug", "Oct", "Dec"]),
        rnd.randrange(16, 21), rnd.randrange(24), rnd.randrange(60), rnd.randrange(60))


def line_prose(rnd):
    return " ".join(word(rnd) for _ in range(rnd.randrange(4, 18))).capitalize() + ".\n"


def line_access(rnd):
    url = "/" + "/".join(word(rnd) for _ in range(rnd.randrange(1, 4))) + rnd.choice(
        [".jsp", ".php", ".html", ".js", ".css", ".png", "", "/"])
    if rnd.random() < 0.3:
        url += "?%s=%s&%s=%d" % (word(rnd), word(rnd), word(rnd), rnd.randrange(10000))
    return '%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "Mozilla/5.0 (%s)"\n' % (
        ip(rnd), stamp(rnd), rnd.choice(["GET", "GET", "GET", "POST", "HEAD"]), url,
        rnd.choice([200, 200, 200, 304, 404, 302, 500]), rnd.randrange(100, 90000),
        rnd.choice(["X11; Linux x86_64", "Windows NT 10.0; Win64; x64", "Macintosh"]))


def line_applog(rnd):
    return "20%02d-%02d-%02d %02d:%02d:%02d,%03d %s [%s-%d] com.city.%s.%s - %s\n" % (
        rnd.randrange(16, 21), rnd.randrange(1, 13), rnd.randrange(1, 29), rnd.randrange(24),
        rnd.randrange(60), rnd.randrange(60), rnd.randrange(1000),
        rnd.choice(["INFO", "INFO", "DEBUG", "WARN", "ERROR"]), word(rnd), rnd.randrange(64),
        word(rnd), ident(rnd).capitalize(), line_prose(rnd).strip())


def line_csv(rnd):
    return "%d,%s,%s,%d.%02d,%s\n" % (rnd.randrange(10 ** 6), word(rnd), word(rnd),
                                      rnd.randrange(10000), rnd.randrange(100), word(rnd))


def line_xml(rnd):
    return '  <%s name="%s" value="%s"/>\n' % (word(rnd), ident(rnd), word(rnd))


def line_java(rnd):
    return rnd.choice([
        '    String %s = request.getAttribute("%s");\n',
        "    if (%s != null) { log.info(\"%s\"); }\n",
        "    List<String> %s = new ArrayList<>(); // %s\n",
        "    <c:out value=\"${%s.%s}\"/>\n",
        "    out.println(\"<td>\" + %s + \"</td>\"); // %s\n",
    ]) % (ident(rnd), word(rnd))


def line_php(rnd):
    return rnd.choice([
        "    $%s = isset($_GET['%s']) ? intval($x) : 0;\n",
        "    echo htmlspecialchars($%s['%s']);\n",
        "    function %s($%s) { return trim($a); }\n",
        "    $db->query('SELECT %s FROM %s WHERE id = ?');\n",
    ]) % (ident(rnd), word(rnd))


def line_js(rnd):
    return rnd.choice([
        "function %s(e){return e&&e.%s?e.value:null}",
        "var %s=document.getElementById('%s');",
        "$('#%s').on('click',function(){%s()});",
        "if(%s.length>0){window.%s=true}",
        "fetch('/api/%s').then(function(r){return r.%s()});",
    ]) % (ident(rnd), word(rnd)) + ("\n" if rnd.random() < 0.2 else "")


def line_html(rnd):
    return rnd.choice([
        '<div class="%s"><span>%s</span></div>\n',
        '<a href="/%s.html">%s</a>\n',
        '<input type="text" name="%s" placeholder="%s">\n',
        "<p>%s %s</p>\n",
    ]) % (word(rnd), line_prose(rnd).strip())


def line_css(rnd):
    return ".%s-%s{margin:%dpx;color:#%06x}\n" % (word(rnd), word(rnd), rnd.randrange(20),
                                                 rnd.randrange(1 << 24))


MAKERS = {"prose": line_prose, "access": line_access, "applog": line_applog, "csv": line_csv,
          "xml": line_xml, "jsp": line_java, "php": line_php, "js": line_js,
          "html": line_html, "aspx": line_html, "css": line_css}


class Pools:
    """A few thousand generated lines per style; files are drawn from them."""

    def __init__(self, rnd):
        self.lines = {k: [f(rnd).encode() for _ in range(6000)] for k, f in MAKERS.items()}

    def text(self, rnd, style, size):
        pool, out, n = self.lines[style], [], 0
        while n < size:
            chunk = rnd.choices(pool, k=256)
            out.extend(chunk)
            n += sum(map(len, chunk))
        return b"".join(out)[:size]


def binary(rnd, size):
    """Executable- or media-shaped bytes: random runs, zero runs, string tables."""
    head = rnd.choice([b"\x7fELF\x02\x01\x01" + bytes(9), b"MZ\x90\x00" + bytes(56),
                       b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"\xca\xfe\xba\xbe", b""])
    out, n = [head], len(head)
    while n < size:
        r = rnd.random()
        if r < 0.55:
            part = rnd.randbytes(rnd.randrange(1024, 16384))
        elif r < 0.8:
            part = bytes(rnd.randrange(256, 8192))
        else:
            part = b"\x00".join(ident(rnd).encode() for _ in range(rnd.randrange(20, 200)))
        out.append(part)
        n += len(part)
    return b"".join(out)[:size]


TEXT_STYLES = [("prose", ".txt"), ("csv", ".csv"), ("xml", ".xml"), ("applog", ".log"),
               ("prose", ".md"), ("xml", ".conf"), ("access", "_access.log")]
WEB_STYLES = [("jsp", ".jsp"), ("php", ".php"), ("js", ".js"), ("html", ".html"),
              ("aspx", ".aspx"), ("css", ".css")]
BIN_EXT = [".so", ".exe", ".png", ".jpg", ".class", ".dat", ".bin", ".dll"]
TOPS = {"text": ["var/log/app", "etc/app", "home/user/docs", "srv/data/exports"],
        "web": ["srv/www/htdocs", "opt/tomcat/webapps/Click2GovCX", "var/www/html/shop",
                "inetpub/wwwroot"],
        "bin": ["usr/lib/app", "opt/app/bin", "srv/www/htdocs/img", "var/cache/blob"]}


def sizes(rnd, count, total):
    weights = [rnd.lognormvariate(0, 1.2) for _ in range(count)]
    scale = total / sum(weights)
    return [max(64, int(w * scale)) for w in weights]


def file_path(rnd, kind, i, ext):
    sub = "/".join(word(rnd) for _ in range(rnd.randrange(0, 4)))
    base = "%s_%04d%s" % (ident(rnd), i, ext)
    return "/".join(p for p in (rnd.choice(TOPS[kind]), sub, base) if p)


def write(root, rel, data):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def plant(rnd, data, style, limit=1):
    """Insert up to `limit` of the markers of this style not planted yet."""
    for idx, (mstyle, marker) in enumerate(MARKERS):
        if mstyle == style and idx not in plant.done and limit > 0:
            plant.done.add(idx)
            limit -= 1
            at = rnd.randrange(0, max(1, len(data) - 1))
            if style != "bin":
                at = data.rfind(b"\n", 0, at) + 1
            data = data[:at] + marker + data[at:]
    return data


plant.done = set()


def generate(root):
    rnd = random.Random(SEED)
    pools = Pools(rnd)
    files = total = 0
    seen = {}
    for kind, count, budget in PLAN:
        for i, size in enumerate(sizes(rnd, count, budget)):
            if kind == "bin":
                style, ext = "bin", rnd.choice(BIN_EXT)
                data = binary(rnd, size)
            else:
                style, ext = rnd.choice(TEXT_STYLES if kind == "text" else WEB_STYLES)
                data = pools.text(rnd, style, size)
            seen[style] = seen.get(style, 0) + 1
            if seen[style] % 23 == 7:
                data = plant(rnd, data, "text" if style == "prose" else style)
            write(root, file_path(rnd, kind, i, ext), data)
            files += 1
            total += len(data)
    for rel, style, size in LARGE:
        data = binary(rnd, size) if style == "bin" else pools.text(rnd, style, size)
        data = plant(rnd, data, style, limit=len(MARKERS))
        write(root, rel, data)
        files += 1
        total += len(data)
    return files, total


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "build/bench/corpus"
    stamp_file = os.path.join(out, ".corpus-version")
    if os.path.exists(stamp_file) and open(stamp_file).read().strip() == VERSION:
        print("gen_corpus: reusing %s" % out)
        return 0
    tmp = out + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    files, total = generate(tmp)
    with open(os.path.join(tmp, ".corpus-version"), "w") as f:
        f.write(VERSION + "\n")
    os.rename(tmp, out)
    print("gen_corpus: wrote %s: %d files, %.0f MB, %d markers planted" %
          (out, files, total / MB, len(plant.done)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
