rule a : t { meta: d = "x" strings: $a = /a\/b/ $h = { 4D [1-2] ( 00 | ?? ) } condition: (filesize < 2MB and $a) and not $h or filesize <= 0x10 }
