<?php
// synthetic test sample for breachscan: uploader dropped into a Magento media cache folder
// shape - stores an uploaded file under a name taken from the request. Disabled by the early
// exit.
exit;
if (isset($_FILES['img'])) {
    move_uploaded_file($_FILES['img']['tmp_name'], __DIR__ . '/' . basename($_POST['n']));
    echo 'ok';
}
