var R = require("../../chunks/[turbopack]_runtime.js")("server/app/feed.xml/route.js");
R.c("server/chunks/[root-of-the-server]__051wmznowu7_k._.js");
R.c("server/chunks/_0epgogxsorv1k._.js");
R.c("server/chunks/_0db_n7ylxnccl._.js");
R.c("server/chunks/[root-of-the-server]__15bjnu5yieigz._.js");
R.c("server/chunks/_09ormg3euxbn6._.js");
R.c("server/chunks/_next-internal_server_app_feed_xml_route_actions_0mikpq1rrgha9.js");
R.m(35474);
module.exports = R.m(35474).exports;
