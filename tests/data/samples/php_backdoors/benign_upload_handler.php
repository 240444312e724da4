<?php
// synthetic test sample for breachscan: NEGATIVE sample - a legitimate upload handler that
// validates type and name; must stay quiet.
namespace App\Upload;
function handle_upload() {
    if (empty($_FILES['avatar'])) return false;
    $info = pathinfo($_FILES['avatar']['name']);
    if (!in_array(strtolower($info['extension']), array('png', 'jpg'))) return false;
    if (getimagesize($_FILES['avatar']['tmp_name']) === false) return false;
    return move_uploaded_file($_FILES['avatar']['tmp_name'], UPLOAD_DIR . '/' . md5(uniqid()) . '.' . $info['extension']);
}
