/* synthetic test sample for breachscan: w,i,s,e interleaving packer shape around eval (three
 * strings interleaved, key characters taken from their heads, base-36 pairs turned back into
 * characters). The packed strings are random filler that decodes to nothing meaningful;
 * inert: eval is shadowed by a no-op before the call. */
var eval = function () { return ""; };
eval(function(w,i,s,e){
  var src = [w, i, s], key = [], body = [], pos = [0, 0, 0], done = false;
  while (!done) {
    done = true;
    for (var k = 0; k < 3; k++) {
      if (pos[k] < src[k].length) { (pos[k] < 5 ? key : body).push(src[k].charAt(pos[k])); pos[k]++; done = false; }
    }
  }
  var text = body.join(''), keys = key.join(''), out = [], j = 0;
  for (var n = 0; n < text.length; n += 2) {
    var shift = (keys.charCodeAt(j) % 2) ? 1 : -1;
    out.push(String.fromCharCode(parseInt(text.substr(n, 2), 36) - shift));
    j = (j + 1) % keys.length;
  }
  return out.join('');
}('k9p34y6n3wd25rq4f5zr37e3p3e2z8iq9y7jzb6cn6z43dvyrkttnjfbf5jxvlsi47wqal9vq24zklmvt45hu43jsiom1tma7v3di8fppv5aspzh8rzhqmoe95b9ee0vbgi09qynk8w3tzpppp6up3c4dsa7l3609y6n14do9gmnu77vtuuj596lguax1dxn9y1xj5gxnameyywlecfpecxvm11hugcmsmn5e6eucldu0um57ocubrl5ptp5aa819t9um9zz8106x8rcd1gdiwfkgyq83mtxqw8y9xw1sb09b9u7z3kxxzu6z3fch26wsz14skwwchswyuwfxgzcs8q7psk4fr4dj79n9g8te6pvaearwplqcmk5n1lzts1olxiw47e65gh2bh8rgp9ywvk5h3br4h15g5e4g7t0lzqh82xf7ag3bcjjxdiswbhm1g201wzcwufs6rvypwjdelc8pm3804gra35owifi2tbahs0gnlzkf2jdmb0lo5uhwcfw05g59p2p1jje5x9okv9i92wrw8xw1e5128n6osz31yfvg0t4wy5x4ug4gfdetvo4ui2c49lgj80u3vh6dvixittt7zcj5u1it4wshodd459xgn8wh7nevvp1a0vspj9qmok7l0klp7c0ign4po4nrh3h63i9fhrwkcnr1pzzd53qs8iv3z8auqlijggpfjuzp7aa4dwvzeslsr8zcf5blz5kfngc1qoqxdohl3vhn8wxd5hfopsrj182ruv04pxtsf6e99x6t5z208e2j8gxr764jxcoge00yjthkfuxfzf1qj31cvq5gernev2lqnpc0iw4dvcjcetegi6vbevq39p3d19q33bpsk75alcbxt2jonlsa605h5mq7zdomjr5','3ucnyscknu1qfp2o2t43gc4lnhl2gkhj041e6utogrv8vb0j9fkktn5wcpafq42uzykar64g5d6qvsbe8qtfy7iihhnggcsfbff9ick4pgfwxe6t260uesn2ie73cc4nwbsg06md2nl92dg2d0kqnbj4d2vzu4q6pz9y5aphqijq3jmqq1ncppd0rar75pnta803z9p5nwa9miaxa46ovcj82uk3o5aepcubd2pxaom79fc2z2k7otzjqjfronswsb10vtfstbup648mrn5sww2285kw53wo8147c8viae4mgakht9gwudgwfkn2cbpahkoag7x3nszx6gypngon9nl5seb3ixgjk02e9irqwn38ve2130mj6xmyeqj8dnua80f9s649hpg03zmsxvfa023y1pbfa360zc9qcxwqbwj4j3uy0ort5sbe6ge27lg3hzrxgid5w0agfcakcolfoyuux01rejdp4a92176am911282424ncy4o6fdd7225iu686diklrg1mgi3nkwui1q1rx6mu3yd5iar0xci30mv6vbvmwgaideva75vz6km6pp5r1ndjgrywaoet8y2mkx9szkatsge8ltfwchj99fkxmafkcg6a6co99jjrhc66hdot20prewit19gp0frqeeb7trkg6qfpagrut1qxbk0ov62gydacxm6tyduw1nxlqtdbpw7m3ghop304qqmg6ejpxeptda84cuze9mqtiz8umehogrbu0hmfjkuvr5n9jo35k8xm00d4ig69ebsm9dpya5zjcvdx5s7z7gqe8uvz3ut9vfvay0aktvitnrq4bn112l6wuv92dq8l6nluxzdirlrgz3iimvplwhwmdv7lckj8','52pzpy3pj602cu3wyo95d2tb6b2q60n8jzgjbq2k1r3vx27qps40o9uqz65ud90r0075d78u1hfsb3n95izvtg320305ojjav3knsua97naquoshlih3l09jrfoooesi0kghra2i99hzvmy5yzvocej3ptdg0oty5ym4epxgxkuwccdc5binmpx9f2vn6nt59k1mhx162dvdghr6s8g2lcbo5132zntv4p75gke5wpbsanfeb2gm3z13gwu369k0cjs6ukngo7nuoasf90tc2ae4n8s6o14slkeu7n9le3bsz9s9hqqf91hilagv6ktu79w3dzui7gcnrgff6oiqa3i91swlw8s0xibnr2qdhb8bxebc55vhbd8cjc04xq3xmliv50qu8hfbn2an0mxsx47mfko3i6vsw1xy81f5eba6jgz116cg1txfs6m6b2h7tvwh777p8yee9tpa1oqx2p3nlpflrkpz3kx9mfr0n6xb4krcw1e8qpt222hhy26g7x0rf2i7jma73wh5ty9s7w8iqihf5yiteoczntzjuuj1flecwyop0mafkzkvhidi31az4ms3xosm6xe9qlm8chx6uh8q60qz7vp9qh7ostimimpxzok0vosjbyj9roe5lkfkdr013gvjyjyrxxrotm2ms04xe6qnwpz9cqvpslx5ankn4jwb7ilwqaxiwdwcqb36m2q00jz0jp601cbvzhyw9cq79axw6164axvtr30k9fmha2h64mcso13ep2s3ffe2abk0tjqgv4foeqjpv1f5bamob0ipzn7lyolp47rmzfoctimfr2h1l9f85chy8zstfanmdpodjuwdes8gsnyfpwd87w5yho19j0','o5bekc64znwjc4j5ei8pimpt8hb1nmq1tfpm6bi7'));
