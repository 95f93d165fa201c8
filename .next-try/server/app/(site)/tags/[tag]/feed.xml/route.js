var R = require("../../../../../chunks/[turbopack]_runtime.js")(
  "server/app/(site)/tags/[tag]/feed.xml/route.js",
);
R.c("server/chunks/[root-of-the-server]__051wmznowu7_k._.js");
R.c("server/chunks/_0it41cipt121e._.js");
R.c("server/chunks/_0db_n7ylxnccl._.js");
R.c("server/chunks/[root-of-the-server]__15bjnu5yieigz._.js");
R.c("server/chunks/_09ormg3euxbn6._.js");
R.c(
  "server/chunks/_next-internal_server_app_(site)_tags_[tag]_feed_xml_route_actions_0q7uq5r3uacen.js",
);
R.m(23902);
module.exports = R.m(23902).exports;
