var R = require("../../chunks/[turbopack]_runtime.js")("server/app/feed.json/route.js");
R.c("server/chunks/[root-of-the-server]__051wmznowu7_k._.js");
R.c("server/chunks/_08tqhsisohhby._.js");
R.c("server/chunks/_0db_n7ylxnccl._.js");
R.c("server/chunks/[root-of-the-server]__15bjnu5yieigz._.js");
R.c("server/chunks/_09ormg3euxbn6._.js");
R.c("server/chunks/_next-internal_server_app_feed_json_route_actions_0zyq5hg1ho1lc.js");
R.m(45047);
module.exports = R.m(45047).exports;
