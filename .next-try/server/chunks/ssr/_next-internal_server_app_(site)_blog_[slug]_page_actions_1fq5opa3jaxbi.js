module.exports = [
  99351,
  (a) => {
    "use strict";
    a.s([]);
  },
];

//# sourceMappingURL=_next-internal_server_app_%28site%29_blog_%5Bslug%5D_page_actions_1fq5opa3jaxbi.js.map
