var R = require("../../chunks/[turbopack]_runtime.js")("server/app/atom.xml/route.js");
R.c("server/chunks/[root-of-the-server]__051wmznowu7_k._.js");
R.c("server/chunks/_1e2fgto729bos._.js");
R.c("server/chunks/_0db_n7ylxnccl._.js");
R.c("server/chunks/[root-of-the-server]__15bjnu5yieigz._.js");
R.c("server/chunks/_09ormg3euxbn6._.js");
R.c("server/chunks/_next-internal_server_app_atom_xml_route_actions_0f4dgz4sqgfjo.js");
R.m(51256);
module.exports = R.m(51256).exports;
