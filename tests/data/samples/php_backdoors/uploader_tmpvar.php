<?php
// synthetic test sample for breachscan: one-form uploader that keeps the client's file name,
// through variables, with no check of type or extension. Disabled.
return;
if (isset($_POST['go'])) {
    $tmp = $_FILES['f']['tmp_name'];
    $dest = './' . $_FILES['f']['name'];
    @move_uploaded_file($tmp, $dest);
    echo 'saved ' . htmlspecialchars($dest);
} else {
    echo '<form method="post" enctype="multipart/form-data"><input type="file" name="f"><input type="submit" name="go"></form>';
}
