# t_detect_click2gov.sh - the bundled rules find the Click2Gov campaign's traces
# in synthetic samples: SJavaWebManage (original, renamed, re-indented,
# string-split, managers-only, inside a .war and an .ear), WebLogic XMLDecoder
# exploit bodies and access-log requests, debug-logging configuration, card
# fields in debug logs and a FIREALARM-like native tool in a log folder.
. "$E2E_LIB/detect.sh"

test_detect_sjavawebmanage_variants() {
    copy_samples ev sjavawebmanage
    scan_ok 1 out.json ev
    expect_samples out.json sjavawebmanage/
}

test_detect_sjavawebmanage_renamed_as_image() {
    mkdir -p ev/Click2GovCX/images
    cp "$SAMPLES/sjavawebmanage/ok.jsp" ev/Click2GovCX/images/logo.png
    scan_ok 1 out.json ev
    expect_finding out.json 'images/logo\.png$' Click2Gov_SJavaWebManage_Modules critical
    expect_finding out.json 'images/logo\.png$' Click2Gov_SJavaWebManage_Password_MD5 critical
}

test_detect_sjavawebmanage_inside_war_and_ear() {
    mkdir -p war/images war/WEB-INF ear ev
    cp "$SAMPLES/sjavawebmanage/ok.jsp" war/images/ok.jsp
    echo '<web-app/>' >war/WEB-INF/web.xml
    (cd war && zip -q -r ../ev/Click2GovCX.war .)
    cp ev/Click2GovCX.war ear/Click2GovCX.war
    (cd ear && zip -q -r ../ev/c2g.ear .)
    scan_ok 1 out.json ev
    expect_finding out.json 'Click2GovCX\.war!images/ok\.jsp$' Click2Gov_SJavaWebManage_Modules critical
    expect_finding out.json 'c2g\.ear!Click2GovCX\.war!images/ok\.jsp$' \
        Click2Gov_SJavaWebManage_OS_Command critical
    # the bundled file-name IOC knows JSPs in Click2Gov images folders
    expect_finding out.json 'Click2GovCX\.war!images/ok\.jsp$' IOC_Filename_JSP_page_in_a_Click2Gov_images_folder high
}

test_detect_weblogic_exploit_traces() {
    copy_samples ev weblogic_exploit
    scan_ok 1 out.json ev
    expect_samples out.json weblogic_exploit/
}

test_detect_click2gov_config_and_card_logs() {
    copy_samples ev click2gov_config click2gov_harvest
    scan_ok 1 out.json ev
    expect_samples out.json click2gov_config/ click2gov_harvest/
}

# A native executable that names Click2Gov logs and card fields, stored in a
# WebLogic server log folder (the effect of FIREALARM; not a working tool).
test_detect_native_tool_in_log_folder() {
    local d=ev/domains/c2g/servers/c2g01/logs
    mkdir -p "$d"
    {
        printf '\177ELF\002\001\001\000'
        head -c 1024 /dev/zero
        printf 'synthetic test sample for breachscan\000'
        printf '/u01/domains/c2g/servers/c2g01/logs/Click2GovCX.log\000cardNumber\000expirationMonth\000'
    } >"$d/fa.bin"
    scan_ok 1 out.json ev
    expect_finding out.json 'logs/fa\.bin$' Click2Gov_Card_Harvest_Native_Tool high
    expect_finding out.json 'logs/fa\.bin$' Click2Gov_Native_Executable_In_Log_Folder medium
}
