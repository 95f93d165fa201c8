var R = require("../../../chunks/[turbopack]_runtime.js")("server/app/og/[slug]/route.js");
R.c("server/chunks/[root-of-the-server]__1g2ip3z4aa2id._.js");
R.c("server/chunks/[root-of-the-server]__086bk2znx_unj._.js");
R.c("server/chunks/[root-of-the-server]__15bjnu5yieigz._.js");
R.c("server/chunks/_0db_n7ylxnccl._.js");
R.c("server/chunks/_next-internal_server_app_og_[slug]_route_actions_05g-s7simhi50.js");
R.m(37696);
module.exports = R.m(37696).exports;
