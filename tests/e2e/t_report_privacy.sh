# t_report_privacy.sh - card data never leaks through the report: no full
# card number anywhere, and excerpts of card-data rules carry no digits
# (expiry dates and CVVs must not be stored either).

test_card_data_excerpts_masked() {
    mkdir ev
    cp "$REPO/tests/data/samples/card_data/app-debug.log" "$REPO/tests/data/samples/card_data/tracks.txt" ev/
    scan_ok 1 out.json ev
    jcheck out.json 'any_("carddata" in f["tags"] for f in F)' "card-data rules fired"
    jcheck out.json 'all(not any(c.isdigit() for m in f["matches"] for c in m["data"]) for f in F if "carddata" in f["tags"])' "no digits in card-data excerpts"
    for pan in 4111111111111111 5555555555554444 378282246310005 6011111111111117; do
        if grep -q "$pan" out.json; then fail "full card number $pan in the report"; fi
    done
}
