var R = require("../../../chunks/ssr/[turbopack]_runtime.js")("server/app/(site)/authors/page.js");
R.c("server/chunks/ssr/[root-of-the-server]__1p835d-l8hpvz._.js");
R.c("server/chunks/ssr/node_modules_next_dist_esm_build_templates_app-page_1pqh4vr6n61hw.js");
R.c("server/chunks/ssr/node_modules_next_dist_0-amwqbrge23p._.js");
R.c("server/chunks/ssr/[root-of-the-server]__1hp-rfo5s5t94._.js");
R.c("server/chunks/ssr/_0t2jcmvvgrbl-._.js");
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
R.c("server/chunks/ssr/_next-internal_server_app_(site)_authors_page_actions_0mo89-o9nppuj.js");
R.m(19431);
module.exports = R.m(19431).exports;
