<?php /* synthetic test sample for breachscan: tiny uploader, disabled */ return; ?>
<form method="post" enctype="multipart/form-data"><input type="file" name="f"><input type="submit"></form>
<?php
if (!empty($_FILES['f'])) { move_uploaded_file($_FILES['f']['tmp_name'], './' . $_FILES['f']['name']); echo 'done'; }
