var R = require("../../chunks/ssr/[turbopack]_runtime.js")("server/app/_not-found/page.js");
R.c("server/chunks/ssr/[root-of-the-server]__1zhiksk4levnc._.js");
R.c("server/chunks/ssr/node_modules_next_dist_esm_build_templates_app-page_0uoo7gsf1hmmp.js");
R.c("server/chunks/ssr/[root-of-the-server]__1hp-rfo5s5t94._.js");
R.c("server/chunks/ssr/node_modules_next_dist_0-amwqbrge23p._.js");
R.c("server/chunks/ssr/[root-of-the-server]__0f0ozac9fop6t._.js");
R.c("server/chunks/ssr/_0mnazejymes5y._.js");
R.c("server/chunks/ssr/components_layout_0fajkgcdrgvei._.js");
R.c("server/chunks/ssr/node_modules_next_dist_client_components_0p8s4lhdi0ir6._.js");
R.c(
  "server/chunks/ssr/node_modules_next_dist_client_components_builtin_unauthorized_0l_sp0xky89qu.js",
);
R.c("server/chunks/ssr/_next-internal_server_app__not-found_page_actions_0pt47yrisjoev.js");
R.m(34853);
module.exports = R.m(34853).exports;
