module.exports = [
  21501,
  (s) => {
    "use strict";
    s.s([]);
  },
];

//# sourceMappingURL=_next-internal_server_app_feed_json_route_actions_0zyq5hg1ho1lc.js.map
