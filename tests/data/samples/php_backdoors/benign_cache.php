<?php
// synthetic test sample for breachscan: NEGATIVE sample - legitimate use of base64_decode,
// eval of a template compiled by the application, and exec of a fixed command.
class TemplateCache {
    public function render($compiled) { return eval('?>' . $compiled); }
    public function token($t) { return base64_decode(strtr($t, '-_', '+/')); }
    public function version() { return exec('git rev-parse HEAD'); }
}
