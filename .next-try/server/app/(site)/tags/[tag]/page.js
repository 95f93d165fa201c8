var R = require("../../../../chunks/ssr/[turbopack]_runtime.js")(
  "server/app/(site)/tags/[tag]/page.js",
);
R.c("server/chunks/ssr/[root-of-the-server]__0smi3ysu2ucpp._.js");
R.c("server/chunks/ssr/_1yzz4i4ot9ui4._.js");
R.c("server/chunks/ssr/[root-of-the-server]__1h4i1smb7mrmc._.js");
R.c("server/chunks/ssr/_0t2jcmvvgrbl-._.js");
R.c("server/chunks/ssr/[root-of-the-server]__1hp-rfo5s5t94._.js");
R.c("server/chunks/ssr/node_modules_next_dist_0-amwqbrge23p._.js");
R.c("server/chunks/ssr/node_modules_next_dist_esm_build_templates_app-page_1c0so9mitbkof.js");
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
R.c("server/chunks/ssr/_next-internal_server_app_(site)_tags_[tag]_page_actions_1a55fbm4-ofyc.js");
R.m(47780);
module.exports = R.m(47780).exports;
