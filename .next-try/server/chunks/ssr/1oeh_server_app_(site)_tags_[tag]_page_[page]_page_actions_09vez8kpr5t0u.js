module.exports = [
  35169,
  (a) => {
    "use strict";
    a.s([]);
  },
];

//# sourceMappingURL=1oeh_server_app_%28site%29_tags_%5Btag%5D_page_%5Bpage%5D_page_actions_09vez8kpr5t0u.js.map
