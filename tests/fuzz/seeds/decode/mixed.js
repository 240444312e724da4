eval(String.fromCharCode(97,108,101,114,116,40,49,41)); x=chr(115).chr(121).chr(115); y=unescape("%3C%73%63%72%69%70%74%3E"); z=strrev("metsys"); w="\x73\x79\x73\x74\x65\x6d";
