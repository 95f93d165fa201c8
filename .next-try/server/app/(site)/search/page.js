var R = require("../../../chunks/ssr/[turbopack]_runtime.js")("server/app/(site)/search/page.js");
R.c("server/chunks/ssr/node_modules_next_dist_esm_build_templates_app-page_1jwu6gonc5nzq.js");
R.c("server/chunks/ssr/[root-of-the-server]__1m2w_7nxkb-4_._.js");
R.c("server/chunks/ssr/_0t2jcmvvgrbl-._.js");
R.c("server/chunks/ssr/[root-of-the-server]__1hp-rfo5s5t94._.js");
R.c("server/chunks/ssr/node_modules_next_dist_0-amwqbrge23p._.js");
R.c("server/chunks/ssr/[root-of-the-server]__0f0ozac9fop6t._.js");
R.c("server/chunks/ssr/_0mnazejymes5y._.js");
R.c("server/chunks/ssr/components_layout_0fajkgcdrgvei._.js");
R.c("server/chunks/ssr/node_modules_next_dist_client_components_0p8s4lhdi0ir6._.js");
R.c(
  "server/chunks/ssr/node_modules_next_dist_client_components_builtin_unauthorized_0l_sp0xky89qu.js",
);
R.c(
  "server/chunks/ssr/node_modules_next_dist_client_components_builtin_global-error_0q-w892nagajq.js",
);
R.c("server/chunks/ssr/app_(site)_layout_tsx_0xz5hy2coss57._.js");
R.c("server/chunks/ssr/_next-internal_server_app_(site)_search_page_actions_0um2lhezw2i1p.js");
R.m(90184);
module.exports = R.m(90184).exports;
