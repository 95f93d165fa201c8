module.exports = [
  23901,
  (a) => {
    "use strict";
    a.s([]);
  },
];

//# sourceMappingURL=_next-internal_server_app_%28site%29_tags_%5Btag%5D_page_actions_1a55fbm4-ofyc.js.map
