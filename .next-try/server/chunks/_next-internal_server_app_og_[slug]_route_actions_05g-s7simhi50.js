module.exports = [
  29677,
  (s) => {
    "use strict";
    s.s([]);
  },
];

//# sourceMappingURL=_next-internal_server_app_og_%5Bslug%5D_route_actions_05g-s7simhi50.js.map
