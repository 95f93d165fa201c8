var R = require("../../chunks/[turbopack]_runtime.js")("server/app/robots.txt/route.js");
R.c("server/chunks/[root-of-the-server]__1dnq749xd97c-._.js");
R.c("server/chunks/node_modules_next_dist_16uekqf-emgzs._.js");
R.c("server/chunks/_211voqeezkggc._.js");
R.c("server/chunks/[root-of-the-server]__15bjnu5yieigz._.js");
R.c("server/chunks/node_modules_next_0g8xe7c6fvfgl._.js");
R.c("server/chunks/_next-internal_server_app_robots_txt_route_actions_15vc_89wprgh5.js");
R.m(33102);
module.exports = R.m(33102).exports;
