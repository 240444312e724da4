/*
 * card_data.yar - breachscan bundled rules for payment-card data at rest:
 * magnetic-stripe track 1 records (track 2 is left to the PAN finder: its only
 * fixed bytes are ';' and one digit, too short for a fast YARA atom) and application logs that print
 * card-number fields next to expiry or CVV fields.  These are hooks that mark
 * the file; the PAN finder (Luhn, issuer prefixes, masked samples, counts) is
 * a separate matcher.  Numbers are never printed: match excerpts of these rules
 * hold a full PAN, so the report layer must mask them (docs/REPORT.md, "Rules every writer keeps").
 * Namespace: card_data.
 */

rule CardData_Track1_Records : carddata
{
    meta:
        severity = "high"
        description = "Magnetic-stripe track 1 records (%B<PAN>^<NAME>^<YYMM>) stored in a file"
        family = "CardData"
        reference = "https://www.pcisecuritystandards.org/document_library/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $t1 = /%B[3-6][0-9]{12,18}\^[A-Za-z \/.\-]{2,26}\^[0-9]{4}/ ascii
    condition:
        $t1
}

rule CardData_Card_Fields_In_Log : carddata log
{
    meta:
        severity = "high"
        description = "Log or dump printing card-number fields next to expiry or CVV fields (card data written where it should not be)"
        family = "CardData"
        reference = "https://www.pcisecuritystandards.org/document_library/"
        author = "breachscan"
        date = "2026-11-24"
    strings:
        $n = /(card_?num(ber)?|cc_?num(ber)?|credit_?card_?num(ber)?|acct_?num(ber)?)["']?[ \t]{0,3}[=:][ \t]{0,3}["']?[3-6][0-9]{12,18}[^0-9]/ ascii nocase
        $c = /(cvv2?|cvc2?|security_?code|card_?code)["']?[ \t]{0,3}[=:][ \t]{0,3}["']?[0-9]{3,4}[^0-9]/ ascii nocase
        $x = /(expiry|expiration|exp_?date|exp_?month|expmonth|cc_?exp)(_?date|_?month)?["']?[ \t]{0,3}[=:][ \t]{0,3}["']?[01][0-9]/ ascii nocase
    condition:
        $n and ($c or $x)
}
