# t_detect_webshells.sh - the bundled rules find generic JSP, ASPX and PHP web
# shells in synthetic samples (command execution direct / split / reflective,
# Behinder- and Godzilla-style class loaders, script engines, China Chopper
# one-liners, encoded eval chains, file managers), with rule and severity.
. "$E2E_LIB/detect.sh"

test_detect_jsp_webshells() {
    copy_samples ev jsp_webshells
    scan_ok 1 out.json ev
    expect_samples out.json jsp_webshells/
}

test_detect_aspx_webshells() {
    copy_samples ev aspx_webshells
    scan_ok 1 out.json ev
    expect_samples out.json aspx_webshells/
}

test_detect_asp_classic_webshells() {
    copy_samples ev asp_webshells
    scan_ok 1 out.json ev
    expect_samples out.json asp_webshells/
}

test_detect_php_webshells() {
    copy_samples ev php_webshells
    scan_ok 1 out.json ev
    expect_samples out.json php_webshells/
}

# Re-indenting a shell (CRLF line ends, tabs, joined lines) keeps it detected.
test_detect_webshells_reindented() {
    mkdir -p ev
    sed -e 's/^ */\t\t/' -e 's/$/\r/' "$SAMPLES/jsp_webshells/cmd_param.jsp" >ev/a.jsp
    tr '\n' ' ' <"$SAMPLES/php_webshells/cmd.php" >ev/b.php
    tr -d '\n' <"$SAMPLES/jsp_webshells/behinder_like.jsp" >ev/c.txt
    sed -e 's/^ */\t/' -e 's/$/\r/' "$SAMPLES/jsp_webshells/filter_inject.jsp" >ev/d.jsp
    sed -e 's/$/\r/' -e 's/Request(/request (/' "$SAMPLES/asp_webshells/var_exec.asp" >ev/e.asp
    tr '\n' ' ' <"$SAMPLES/aspx_webshells/vpp_memshell.aspx" >ev/f.aspx
    scan_ok 1 out.json ev
    expect_finding out.json '/a\.jsp$' JSP_Request_Command_Exec_Direct critical
    expect_finding out.json '/b\.php$' PHP_Request_Command_Exec critical
    expect_finding out.json '/c\.txt$' JSP_ClassLoader_Request_Bytes critical
    expect_finding out.json '/d\.jsp$' JSP_Memory_Shell_Injector critical
    expect_finding out.json '/e\.asp$' ASP_Request_Variable_Execute high
    expect_finding out.json '/f\.aspx$' ASPX_Memory_Shell_Injector critical
}

# PHP backdoors, droppers, mailers, uploaders, tunnels, obfuscated loaders (one sample
# per rule of webshells_php.yar), plus two legitimate-code negatives that must stay quiet.
test_detect_php_backdoors() {
    copy_samples ev php_backdoors
    scan_ok 1 out.json ev
    expect_samples out.json php_backdoors/
}

# Renamed, re-indented (CRLF, tabs), joined-line and re-spaced copies of PHP backdoors
# keep their detection: the rules key on how the code works, not on names or layout.
test_detect_php_backdoors_variants() {
    mkdir -p ev
    s=$SAMPLES/php_backdoors
    sed -e 's/^/\t/' -e 's/$/\r/' "$s/callback_assert.php" >ev/a.php
    tr '\n' ' ' <"$s/rot13_name.php" | sed 's/\/\/[^;]*disabled\.//I' >ev/b.php
    sed -e 's/\$fn/$zq_9/g' -e 's/handler/do_things/g' -e 's/\$_REQUEST\[.q.\]/$_COOKIE["k"]/' "$s/rot13_name.php" >ev/c.inc
    sed -e 's/\$payload/$x1/g' -e "s/'p'/'data'/" "$s/callback_assert.php" >ev/d.txt
    sed -e 's/emails/rcpt_list/g' -e 's/\$list/$r/g' -e 's/\$rcpt/$to/g' "$s/mass_mailer.php" >ev/e.php
    sed -e 's/HTTP_X_CMD/HTTP_X_ACTION/' -e 's/\$sock/$s0/g' "$s/tunnel.php" >ev/f.php
    scan_ok 1 out.json ev
    expect_finding out.json '/a\.php$' PHP_Dangerous_Callback_Request critical
    expect_finding out.json '/b\.php$' PHP_Obfuscated_Function_Call_Request critical
    expect_finding out.json '/c\.inc$' PHP_Obfuscated_Function_Call_Request critical
    expect_finding out.json '/d\.txt$' PHP_Dangerous_Callback_Request critical
    expect_finding out.json '/e\.php$' PHP_Mass_Mailer high
    expect_finding out.json '/f\.php$' PHP_Socket_Tunnel high
}
