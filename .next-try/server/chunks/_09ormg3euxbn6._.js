module.exports = [
  48342,
  (t) => {
    "use strict";
    var e = t.i(16309);
    let i = "https://github.com/jpmonette/feed";
    function s(t) {
      return t.replace(/&/g, "&amp;");
    }
    function n(t) {
      if (void 0 !== t) return s(t);
    }
    function a(t) {
      if (void 0 !== t) return s(new URL(t).toString());
    }
    let r = (t) => {
        let { name: e, email: i, link: s } = t,
          n = { name: e };
        return (i && (n.email = i), s && (n.uri = a(s)), n);
      },
      o = (t, e = "image") => {
        if ("string" == typeof t) {
          let i = a(t),
            s = new URL(i).pathname.split(".").slice(-1)[0];
          return { _attributes: { rel: "enclosure", href: i, type: `${e}/${s}` } };
        }
        let i = a(t.url),
          s = new URL(i).pathname.split(".").slice(-1)[0];
        return {
          _attributes: {
            rel: "enclosure",
            href: i,
            title: t.title,
            type: `${e}/${s}`,
            length: t.length,
          },
        };
      },
      u = (t, e = "image") => {
        if ("string" == typeof t) {
          let i = a(t),
            s = new URL(i).pathname.split(".").slice(-1)[0];
          return { _attributes: { url: i, length: 0, type: `${e}/${s}` } };
        }
        let i = a(t.url),
          s = new URL(i).pathname.split(".").slice(-1)[0];
        return { _attributes: { length: 0, type: `${e}/${s}`, ...t, url: i } };
      };
    var c = class {
        items = [];
        categories = [];
        contributors = [];
        extensions = [];
        constructor(t) {
          this.options = t;
        }
        addItem(t) {
          this.items.push(t);
        }
        addCategory(t) {
          this.categories.push(t);
        }
        addContributor(t) {
          this.contributors.push(t);
        }
        addExtension(t) {
          this.extensions.push(t);
        }
        atom1() {
          return ((t) => {
            let { options: s } = t,
              u = {
                _declaration: { _attributes: { version: "1.0", encoding: "utf-8" } },
                _instruction: {},
                feed: {
                  _attributes: { xmlns: "http://www.w3.org/2005/Atom" },
                  id: s.id,
                  title: s.title,
                  updated: s.updated?.toISOString() ?? new Date().toISOString(),
                  ...(!1 === s.generator ? {} : { generator: n(s.generator ?? i) }),
                },
              };
            (s.stylesheet
              ? (u._instruction = {
                  "xml-stylesheet": { _attributes: { href: s.stylesheet, type: "text/xsl" } },
                })
              : delete u._instruction,
              s.author && (u.feed.author = r(s.author)),
              (u.feed.link = []),
              s.link && u.feed.link.push({ _attributes: { rel: "alternate", href: a(s.link) } }));
            let c = s.feed ?? s.feedLinks?.atom;
            return (
              c && u.feed.link.push({ _attributes: { rel: "self", href: a(c) } }),
              s.hub && u.feed.link.push({ _attributes: { rel: "hub", href: a(s.hub) } }),
              s.description && (u.feed.subtitle = s.description),
              s.image && (u.feed.logo = s.image),
              s.favicon && (u.feed.icon = s.favicon),
              s.copyright && (u.feed.rights = s.copyright),
              (u.feed.category = []),
              t.categories.forEach((t) => {
                u.feed.category.push({ _attributes: { term: n(t) } });
              }),
              (u.feed.contributor = []),
              t.contributors.forEach((t) => {
                u.feed.contributor.push(r(t));
              }),
              (u.feed.entry = []),
              t.items.forEach((t) => {
                let e = {
                  title: { _attributes: { type: "html" }, _cdata: t.title },
                  id: a(t.id ?? t.link),
                  link: [{ _attributes: { href: a(t.link) } }],
                  updated: t.date.toISOString(),
                };
                (t.description &&
                  (e.summary = { _attributes: { type: "html" }, _cdata: t.description }),
                  t.content && (e.content = { _attributes: { type: "html" }, _cdata: t.content }),
                  Array.isArray(t.author) &&
                    ((e.author = []),
                    t.author.forEach((t) => {
                      e.author.push(r(t));
                    })),
                  Array.isArray(t.category) &&
                    ((e.category = []),
                    t.category.forEach((t) => {
                      e.category.push(
                        ((t) => {
                          let { name: e, scheme: i, term: s } = t;
                          return { _attributes: { label: n(e), scheme: a(i), term: n(s) } };
                        })(t),
                      );
                    })),
                  t.enclosure && e.link.push(o(t.enclosure)),
                  t.image && e.link.push(o(t.image, "image")),
                  t.audio && e.link.push(o(t.audio, "audio")),
                  t.video && e.link.push(o(t.video, "video")),
                  t.contributor &&
                    Array.isArray(t.contributor) &&
                    ((e.contributor = []),
                    t.contributor.forEach((t) => {
                      e.contributor.push(r(t));
                    })),
                  t.published && (e.published = t.published.toISOString()),
                  t.copyright && (e.rights = t.copyright),
                  u.feed.entry.push(e));
              }),
              e.js2xml(u, { compact: !0, ignoreComment: !0, spaces: 4 })
            );
          })(this);
        }
        rss2() {
          return ((t) => {
            let { options: s, extensions: n } = t,
              r = !1,
              o = !1,
              c = {
                _declaration: { _attributes: { version: "1.0", encoding: "utf-8" } },
                _instruction: {},
                rss: {
                  _attributes: { version: "2.0" },
                  channel: {
                    title: { _text: s.title },
                    link: { _text: a(s.link) },
                    description: { _text: s.description ?? "" },
                    lastBuildDate: {
                      _text: s.updated ? s.updated.toUTCString() : new Date().toUTCString(),
                    },
                    docs: { _text: s.docs ?? "https://validator.w3.org/feed/docs/rss2.html" },
                    ...(!1 === s.generator ? {} : { generator: { _text: s.generator ?? i } }),
                  },
                },
              };
            (s.stylesheet
              ? (c._instruction = {
                  "xml-stylesheet": { _attributes: { href: s.stylesheet, type: "text/xsl" } },
                })
              : delete c._instruction,
              s.language && (c.rss.channel.language = { _text: s.language }),
              s.ttl && (c.rss.channel.ttl = { _text: s.ttl }),
              s.image &&
                (c.rss.channel.image = {
                  title: { _text: s.title },
                  url: { _text: s.image },
                  link: { _text: a(s.link) },
                }),
              s.copyright && (c.rss.channel.copyright = { _text: s.copyright }),
              t.categories.forEach((t) => {
                (c.rss.channel.category || (c.rss.channel.category = []),
                  c.rss.channel.category.push({ _text: t }));
              }));
            let l = s.feed ?? s.feedLinks?.rss;
            return (
              l &&
                ((r = !0),
                c.rss.channel["atom:link"] || (c.rss.channel["atom:link"] = []),
                c.rss.channel["atom:link"].push({
                  _attributes: { href: a(l), rel: "self", type: "application/rss+xml" },
                })),
              s.hub &&
                ((r = !0),
                c.rss.channel["atom:link"] || (c.rss.channel["atom:link"] = []),
                c.rss.channel["atom:link"].push({ _attributes: { href: a(s.hub), rel: "hub" } })),
              (c.rss.channel.item = []),
              t.items.forEach((t) => {
                let e = {};
                if (
                  (t.title && (e.title = { _cdata: t.title }),
                  t.link && (e.link = { _text: a(t.link) }),
                  t.guid
                    ? (e.guid = { _text: t.guid, _attributes: { isPermaLink: !1 } })
                    : t.id
                      ? (e.guid = { _text: t.id, _attributes: { isPermaLink: !1 } })
                      : t.link && (e.guid = { _text: a(t.link), _attributes: { isPermaLink: !0 } }),
                  t.date && (e.pubDate = { _text: t.date.toUTCString() }),
                  t.published && (e.pubDate = { _text: t.published.toUTCString() }),
                  t.description && (e.description = { _cdata: t.description }),
                  t.content && ((o = !0), (e["content:encoded"] = { _cdata: t.content })),
                  Array.isArray(t.author) &&
                    ((e.author = []),
                    t.author.forEach((t) => {
                      t.email && t.name
                        ? e.author.push({ _text: `${t.email} (${t.name})` })
                        : t.name && e.author.push({ _text: t.name });
                    })),
                  Array.isArray(t.category) &&
                    ((e.category = []),
                    t.category.forEach((t) => {
                      e.category.push(
                        ((t) => {
                          let { name: e, domain: i } = t;
                          return { _text: e, _attributes: { domain: i } };
                        })(t),
                      );
                    })),
                  t.enclosure && (e.enclosure = u(t.enclosure)),
                  t.image && (e.enclosure = u(t.image, "image")),
                  t.audio)
                ) {
                  var i;
                  let n,
                    a,
                    r,
                    o =
                      s.podcast && "string" != typeof t.audio && t.audio.duration
                        ? t.audio.duration
                        : void 0;
                  (o && (t.audio.duration = void 0),
                    (e.enclosure = u(t.audio, "audio")),
                    o &&
                      (e["itunes:duration"] =
                        ((a = Math.floor((n = Math.floor((i = o) / 60)) / 60)),
                        (r = `${String(n % 60).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`),
                        a > 0 ? `${a}:${r}` : r)));
                }
                (t.video && (e.enclosure = u(t.video, "video")),
                  t.extensions &&
                    t.extensions.forEach((t) => {
                      e[t.name] = t.objects;
                    }),
                  c.rss.channel.item.push(e));
              }),
              o &&
                ((c.rss._attributes["xmlns:dc"] = "http://purl.org/dc/elements/1.1/"),
                (c.rss._attributes["xmlns:content"] = "http://purl.org/rss/1.0/modules/content/")),
              n &&
                n.forEach((t) => {
                  c.rss.channel[t.name] = t.objects;
                }),
              r && (c.rss._attributes["xmlns:atom"] = "http://www.w3.org/2005/Atom"),
              s.podcast &&
                ((c.rss._attributes["xmlns:googleplay"] =
                  "http://www.google.com/schemas/play-podcasts/1.0"),
                (c.rss._attributes["xmlns:itunes"] = "http://www.itunes.com/dtds/podcast-1.0.dtd"),
                s.category &&
                  ((c.rss.channel["googleplay:category"] = s.category),
                  (c.rss.channel["itunes:category"] = s.category)),
                s.author?.email &&
                  ((c.rss.channel["googleplay:owner"] = s.author.email),
                  (c.rss.channel["itunes:owner"] = { "itunes:email": s.author.email })),
                s.author?.name &&
                  ((c.rss.channel["googleplay:author"] = s.author.name),
                  (c.rss.channel["itunes:author"] = s.author.name)),
                s.image &&
                  (c.rss.channel["googleplay:image"] = { _attributes: { href: a(s.image) } })),
              e.js2xml(c, { compact: !0, ignoreComment: !0, spaces: 4 })
            );
          })(this);
        }
        json1() {
          return ((t) => {
            let { options: e, items: i, extensions: s } = t,
              n = { version: "https://jsonfeed.org/version/1", title: e.title };
            return (
              e.link && (n.home_page_url = e.link),
              e.feedLinks?.json && (n.feed_url = e.feedLinks.json),
              e.description && (n.description = e.description),
              e.image && (n.icon = e.image),
              e.author &&
                ((n.author = {}),
                e.author.name && (n.author.name = e.author.name),
                e.author.link && (n.author.url = e.author.link),
                e.author.avatar && (n.author.avatar = e.author.avatar)),
              s.forEach((t) => {
                n[t.name] = t.objects;
              }),
              (n.items = i.map((t) => {
                let e = { id: t.id, content_html: t.content ?? t.description };
                if (
                  (t.link && (e.url = t.link),
                  t.title && (e.title = t.title),
                  t.description && t.content && (e.summary = t.description),
                  t.image && (e.image = "string" == typeof t.image ? t.image : t.image.url),
                  t.date && (e.date_modified = t.date.toISOString()),
                  t.published && (e.date_published = t.published.toISOString()),
                  t.author)
                ) {
                  let i = Array.isArray(t.author) ? t.author[0] : t.author;
                  ((e.author = {}),
                    i.name && (e.author.name = i.name),
                    i.link && (e.author.url = i.link),
                    i.avatar && (e.author.avatar = i.avatar));
                }
                return (
                  Array.isArray(t.category) &&
                    ((e.tags = []),
                    t.category.forEach((t) => {
                      t.name && e.tags.push(t.name);
                    })),
                  t.extensions &&
                    t.extensions.forEach((t) => {
                      e[t.name] = t.objects;
                    }),
                  e
                );
              })),
              JSON.stringify(n, null, 4)
            );
          })(this);
        }
      },
      l = t.i(13233);
    let h = (t) => `/blog/${t}`,
      p = {
        rss: "application/rss+xml; charset=utf-8",
        atom: "application/atom+xml; charset=utf-8",
        json: "application/feed+json; charset=utf-8",
      };
    t.s(
      [
        "e",
        0,
        function (t, e = {}) {
          let i = e.path ?? "",
            s = t.slice(0, 20),
            n = new c({
              id: (0, l.I)(i || "/"),
              link: (0, l.I)(i || "/"),
              title: e.title ? `${e.title} \xb7 ${l.S.title}` : l.S.title,
              description: l.S.description,
              language: l.S.language,
              updated: s[0] ? (s[0].updated ?? s[0].date) : new Date(0),
              generator: !1,
              copyright: `\xa9 ${l.S.title}`,
              favicon: (0, l.I)("/icon.svg"),
              feedLinks: {
                rss: (0, l.I)(`${i}/feed.xml`),
                ...(i ? {} : { atom: (0, l.I)("/atom.xml"), json: (0, l.I)("/feed.json") }),
              },
            });
          for (let t of s) {
            let e = (0, l.I)(h(t.slug));
            n.addItem({
              title: t.title,
              id: e,
              link: e,
              description: t.description ?? t.text.slice(0, 280),
              date: t.updated ?? t.date,
              published: t.date,
              author: [{ name: t.author.name, link: (0, l.I)(`/authors/${t.author.id}`) }],
              category: t.tags.map((t) => ({
                name: t.name,
                term: t.slug,
                domain: (0, l.I)(`/tags/${t.slug}`),
              })),
            });
          }
          return n;
        },
        "d",
        0,
        function (t, e) {
          return new Response("rss" === e ? t.rss2() : "atom" === e ? t.atom1() : t.json1(), {
            headers: { "Content-Type": p[e] },
          });
        },
      ],
      48342,
    );
  },
  58162,
  (t, e, i) => {
    !(function (e) {
      ((e.parser = function (t, e) {
        return new o(t, e);
      }),
        (e.SAXParser = o),
        (e.SAXStream = c),
        (e.createStream = function (t, e) {
          return new c(t, e);
        }),
        (e.MAX_BUFFER_LENGTH = 65536));
      var i,
        s,
        n,
        a,
        r = [
          "comment",
          "sgmlDecl",
          "textNode",
          "tagName",
          "doctype",
          "procInstName",
          "procInstBody",
          "entity",
          "attribName",
          "attribValue",
          "cdata",
          "script",
        ];
      function o(t, i) {
        if (!(this instanceof o)) return new o(t, i);
        ((function (t) {
          for (var e = 0, i = r.length; e < i; e++) t[r[e]] = "";
        })(this),
          (this.q = this.c = ""),
          (this.bufferCheckPosition = e.MAX_BUFFER_LENGTH),
          (this.encoding = null),
          (this.opt = i || {}),
          (this.opt.lowercase = this.opt.lowercase || this.opt.lowercasetags),
          (this.looseCase = this.opt.lowercase ? "toLowerCase" : "toUpperCase"),
          (this.opt.maxEntityCount = this.opt.maxEntityCount || 512),
          (this.opt.maxEntityDepth = this.opt.maxEntityDepth || 4),
          (this.entityCount = this.entityDepth = 0),
          (this.tags = []),
          (this.closed = this.closedRoot = this.sawRoot = !1),
          (this.tag = this.error = null),
          (this.strict = !!t),
          (this.noscript = !!(t || this.opt.noscript)),
          (this.state = x.BEGIN),
          (this.strictEntities = this.opt.strictEntities),
          (this.ENTITIES = this.strictEntities
            ? Object.create(e.XML_ENTITIES)
            : Object.create(e.ENTITIES)),
          (this.attribList = []),
          this.opt.xmlns && (this.ns = Object.create(d)),
          void 0 === this.opt.unquotedAttributeValues && (this.opt.unquotedAttributeValues = !t),
          (this.trackPosition = !1 !== this.opt.position),
          this.trackPosition && (this.position = this.line = this.column = 0),
          N(this, "onready"));
      }
      ((e.EVENTS = [
        "text",
        "processinginstruction",
        "sgmldeclaration",
        "doctype",
        "comment",
        "opentagstart",
        "attribute",
        "opentag",
        "closetag",
        "opencdata",
        "cdata",
        "closecdata",
        "error",
        "end",
        "ready",
        "script",
        "opennamespace",
        "closenamespace",
      ]),
        Object.create ||
          (Object.create = function (t) {
            function e() {}
            return ((e.prototype = t), new e());
          }),
        Object.keys ||
          (Object.keys = function (t) {
            var e = [];
            for (var i in t) t.hasOwnProperty(i) && e.push(i);
            return e;
          }),
        (o.prototype = {
          end: function () {
            v(this);
          },
          write: function (t) {
            if (this.error) throw this.error;
            if (this.closed) return O(this, "Cannot write after close. Assign an onready handler.");
            if (null === t) return v(this);
            "object" == typeof t && (t = t.toString());
            for (var i = 0, s = ""; (s = B(t, i++)), (this.c = s), s;)
              switch (
                (this.trackPosition &&
                  (this.position++, "\n" === s ? (this.line++, (this.column = 0)) : this.column++),
                this.state)
              ) {
                case x.BEGIN:
                  if (((this.state = x.BEGIN_WHITESPACE), "\uFEFF" === s)) continue;
                  L(this, s);
                  continue;
                case x.BEGIN_WHITESPACE:
                  L(this, s);
                  continue;
                case x.TEXT:
                  if (this.sawRoot && !this.closedRoot) {
                    for (var n = i - 1; s && "<" !== s && "&" !== s;)
                      (s = B(t, i++)) &&
                        this.trackPosition &&
                        (this.position++,
                        "\n" === s ? (this.line++, (this.column = 0)) : this.column++);
                    this.textNode += t.substring(n, i - 1);
                  }
                  "<" !== s || (this.sawRoot && this.closedRoot && !this.strict)
                    ? (T(s) ||
                        (this.sawRoot && !this.closedRoot) ||
                        S(this, "Text data outside of root node."),
                      "&" === s ? (this.state = x.TEXT_ENTITY) : (this.textNode += s))
                    : ((this.state = x.OPEN_WAKA), (this.startTagPosition = this.position));
                  continue;
                case x.SCRIPT:
                  "<" === s ? (this.state = x.SCRIPT_ENDING) : (this.script += s);
                  continue;
                case x.SCRIPT_ENDING:
                  "/" === s
                    ? (this.state = x.CLOSE_TAG)
                    : ((this.script += "<" + s), (this.state = x.SCRIPT));
                  continue;
                case x.OPEN_WAKA:
                  "!" === s
                    ? ((this.state = x.SGML_DECL), (this.sgmlDecl = ""))
                    : T(s) ||
                      (_(g, s)
                        ? ((this.state = x.OPEN_TAG), (this.tagName = s))
                        : "/" === s
                          ? ((this.state = x.CLOSE_TAG), (this.tagName = ""))
                          : "?" === s
                            ? ((this.state = x.PROC_INST),
                              (this.procInstName = this.procInstBody = ""))
                            : (S(this, "Unencoded <"),
                              this.startTagPosition + 1 < this.position &&
                                (s = Array(this.position - this.startTagPosition).join(" ") + s),
                              (this.textNode += "<" + s),
                              (this.state = x.TEXT)));
                  continue;
                case x.SGML_DECL:
                  if (this.sgmlDecl + s === "--") {
                    ((this.state = x.COMMENT), (this.comment = ""), (this.sgmlDecl = ""));
                    continue;
                  }
                  this.doctype && !0 !== this.doctype && this.sgmlDecl
                    ? ((this.state = x.DOCTYPE_DTD),
                      (this.doctype += "<!" + this.sgmlDecl + s),
                      (this.sgmlDecl = ""))
                    : l.test(this.sgmlDecl + s)
                      ? (I(this, "onopencdata"),
                        (this.state = x.CDATA),
                        (this.sgmlDecl = ""),
                        (this.cdata = ""))
                      : h.test(this.sgmlDecl + s)
                        ? ((this.state = x.DOCTYPE),
                          (this.doctype || this.sawRoot) &&
                            S(this, "Inappropriately located doctype declaration"),
                          (this.doctype = ""),
                          (this.sgmlDecl = ""))
                        : ">" === s
                          ? (I(this, "onsgmldeclaration", this.sgmlDecl),
                            (this.sgmlDecl = ""),
                            (this.state = x.TEXT))
                          : (b(s) && (this.state = x.SGML_DECL_QUOTED), (this.sgmlDecl += s));
                  continue;
                case x.SGML_DECL_QUOTED:
                  (s === this.q && ((this.state = x.SGML_DECL), (this.q = "")),
                    (this.sgmlDecl += s));
                  continue;
                case x.DOCTYPE:
                  ">" === s
                    ? ((this.state = x.TEXT),
                      I(this, "ondoctype", this.doctype),
                      (this.doctype = !0))
                    : ((this.doctype += s),
                      "[" === s
                        ? (this.state = x.DOCTYPE_DTD)
                        : b(s) && ((this.state = x.DOCTYPE_QUOTED), (this.q = s)));
                  continue;
                case x.DOCTYPE_QUOTED:
                  ((this.doctype += s), s === this.q && ((this.q = ""), (this.state = x.DOCTYPE)));
                  continue;
                case x.DOCTYPE_DTD:
                  "]" === s
                    ? ((this.doctype += s), (this.state = x.DOCTYPE))
                    : "<" === s
                      ? ((this.state = x.OPEN_WAKA), (this.startTagPosition = this.position))
                      : b(s)
                        ? ((this.doctype += s), (this.state = x.DOCTYPE_DTD_QUOTED), (this.q = s))
                        : (this.doctype += s);
                  continue;
                case x.DOCTYPE_DTD_QUOTED:
                  ((this.doctype += s),
                    s === this.q && ((this.state = x.DOCTYPE_DTD), (this.q = "")));
                  continue;
                case x.COMMENT:
                  "-" === s ? (this.state = x.COMMENT_ENDING) : (this.comment += s);
                  continue;
                case x.COMMENT_ENDING:
                  "-" === s
                    ? ((this.state = x.COMMENT_ENDED),
                      (this.comment = C(this.opt, this.comment)),
                      this.comment && I(this, "oncomment", this.comment),
                      (this.comment = ""))
                    : ((this.comment += "-" + s), (this.state = x.COMMENT));
                  continue;
                case x.COMMENT_ENDED:
                  ">" !== s
                    ? (S(this, "Malformed comment"),
                      (this.comment += "--" + s),
                      (this.state = x.COMMENT))
                    : this.doctype && !0 !== this.doctype
                      ? (this.state = x.DOCTYPE_DTD)
                      : (this.state = x.TEXT);
                  continue;
                case x.CDATA:
                  for (var n = i - 1; s && "]" !== s;)
                    (s = B(t, i++)) &&
                      this.trackPosition &&
                      (this.position++,
                      "\n" === s ? (this.line++, (this.column = 0)) : this.column++);
                  ((this.cdata += t.substring(n, i - 1)),
                    "]" === s && (this.state = x.CDATA_ENDING));
                  continue;
                case x.CDATA_ENDING:
                  "]" === s
                    ? (this.state = x.CDATA_ENDING_2)
                    : ((this.cdata += "]" + s), (this.state = x.CDATA));
                  continue;
                case x.CDATA_ENDING_2:
                  ">" === s
                    ? (this.cdata && I(this, "oncdata", this.cdata),
                      I(this, "onclosecdata"),
                      (this.cdata = ""),
                      (this.state = x.TEXT))
                    : "]" === s
                      ? (this.cdata += "]")
                      : ((this.cdata += "]]" + s), (this.state = x.CDATA));
                  continue;
                case x.PROC_INST:
                  "?" === s
                    ? (this.state = x.PROC_INST_ENDING)
                    : T(s)
                      ? (this.state = x.PROC_INST_BODY)
                      : (this.procInstName += s);
                  continue;
                case x.PROC_INST_BODY:
                  (!this.procInstBody && T(s)) ||
                    ("?" === s ? (this.state = x.PROC_INST_ENDING) : (this.procInstBody += s));
                  continue;
                case x.PROC_INST_ENDING:
                  if (">" === s) {
                    let t = { name: this.procInstName, body: this.procInstBody };
                    (!(function (t, e) {
                      if (t.strict && t.encoding && e && "xml" === e.name) {
                        let r, o;
                        var i,
                          s,
                          n,
                          a = (s =
                            (i = e.body) && i.match(/(?:^|\s)encoding\s*=\s*(['"])([^'"]+)\1/i))
                            ? s[2]
                            : null;
                        a &&
                          ((n = t.encoding),
                          (r = F(n)),
                          (o = F(a)),
                          r &&
                            o &&
                            ("utf16" === o ? "utf16le" !== r && "utf16be" !== r : r !== o)) &&
                          S(
                            t,
                            "XML declaration encoding " +
                              a +
                              " does not match detected stream encoding " +
                              t.encoding.toUpperCase(),
                          );
                      }
                    })(this, t),
                      I(this, "onprocessinginstruction", t),
                      (this.procInstName = this.procInstBody = ""),
                      (this.state = x.TEXT));
                  } else ((this.procInstBody += "?" + s), (this.state = x.PROC_INST_BODY));
                  continue;
                case x.OPEN_TAG:
                  _(f, s)
                    ? (this.tagName += s)
                    : (!(function (t) {
                        t.strict || (t.tagName = t.tagName[t.looseCase]());
                        var e = t.tags[t.tags.length - 1] || t,
                          i = (t.tag = { name: t.tagName, attributes: {} });
                        (t.opt.xmlns && (i.ns = e.ns),
                          (t.attribList.length = 0),
                          I(t, "onopentagstart", i));
                      })(this),
                      ">" === s
                        ? k(this)
                        : "/" === s
                          ? (this.state = x.OPEN_TAG_SLASH)
                          : (T(s) || S(this, "Invalid character in tag name"),
                            (this.state = x.ATTRIB)));
                  continue;
                case x.OPEN_TAG_SLASH:
                  ">" === s
                    ? (k(this, !0), P(this))
                    : (S(this, "Forward-slash in opening tag not followed by >"),
                      (this.state = x.ATTRIB));
                  continue;
                case x.ATTRIB:
                  T(s) ||
                    (">" === s
                      ? k(this)
                      : "/" === s
                        ? (this.state = x.OPEN_TAG_SLASH)
                        : _(g, s)
                          ? ((this.attribName = s),
                            (this.attribValue = ""),
                            (this.state = x.ATTRIB_NAME))
                          : S(this, "Invalid attribute name"));
                  continue;
                case x.ATTRIB_NAME:
                  "=" === s
                    ? (this.state = x.ATTRIB_VALUE)
                    : ">" === s
                      ? (S(this, "Attribute without value"),
                        (this.attribValue = this.attribName),
                        K(this),
                        k(this))
                      : T(s)
                        ? (this.state = x.ATTRIB_NAME_SAW_WHITE)
                        : _(f, s)
                          ? (this.attribName += s)
                          : S(this, "Invalid attribute name");
                  continue;
                case x.ATTRIB_NAME_SAW_WHITE:
                  if ("=" === s) this.state = x.ATTRIB_VALUE;
                  else {
                    if (T(s)) continue;
                    (S(this, "Attribute without value"),
                      (this.tag.attributes[this.attribName] = ""),
                      (this.attribValue = ""),
                      I(this, "onattribute", { name: this.attribName, value: "" }),
                      (this.attribName = ""),
                      ">" === s
                        ? k(this)
                        : _(g, s)
                          ? ((this.attribName = s), (this.state = x.ATTRIB_NAME))
                          : (S(this, "Invalid attribute name"), (this.state = x.ATTRIB)));
                  }
                  continue;
                case x.ATTRIB_VALUE:
                  T(s) ||
                    (b(s)
                      ? ((this.q = s), (this.state = x.ATTRIB_VALUE_QUOTED))
                      : (this.opt.unquotedAttributeValues || O(this, "Unquoted attribute value"),
                        (this.state = x.ATTRIB_VALUE_UNQUOTED),
                        (this.attribValue = s)));
                  continue;
                case x.ATTRIB_VALUE_QUOTED:
                  if (s !== this.q) {
                    "&" === s ? (this.state = x.ATTRIB_VALUE_ENTITY_Q) : (this.attribValue += s);
                    continue;
                  }
                  (K(this), (this.q = ""), (this.state = x.ATTRIB_VALUE_CLOSED));
                  continue;
                case x.ATTRIB_VALUE_CLOSED:
                  T(s)
                    ? (this.state = x.ATTRIB)
                    : ">" === s
                      ? k(this)
                      : "/" === s
                        ? (this.state = x.OPEN_TAG_SLASH)
                        : _(g, s)
                          ? (S(this, "No whitespace between attributes"),
                            (this.attribName = s),
                            (this.attribValue = ""),
                            (this.state = x.ATTRIB_NAME))
                          : S(this, "Invalid attribute name");
                  continue;
                case x.ATTRIB_VALUE_UNQUOTED:
                  if (!(">" === (a = s) || T(a))) {
                    "&" === s ? (this.state = x.ATTRIB_VALUE_ENTITY_U) : (this.attribValue += s);
                    continue;
                  }
                  (K(this), ">" === s ? k(this) : (this.state = x.ATTRIB));
                  continue;
                case x.CLOSE_TAG:
                  this.tagName
                    ? ">" === s
                      ? P(this)
                      : _(f, s)
                        ? (this.tagName += s)
                        : this.script
                          ? ((this.script += "</" + this.tagName + s),
                            (this.tagName = ""),
                            (this.state = x.SCRIPT))
                          : (T(s) || S(this, "Invalid tagname in closing tag"),
                            (this.state = x.CLOSE_TAG_SAW_WHITE))
                    : T(s) ||
                      (_(g, s)
                        ? (this.tagName = s)
                        : this.script
                          ? ((this.script += "</" + s), (this.state = x.SCRIPT))
                          : S(this, "Invalid tagname in closing tag."));
                  continue;
                case x.CLOSE_TAG_SAW_WHITE:
                  if (T(s)) continue;
                  ">" === s ? P(this) : S(this, "Invalid characters in closing tag");
                  continue;
                case x.TEXT_ENTITY:
                case x.ATTRIB_VALUE_ENTITY_Q:
                case x.ATTRIB_VALUE_ENTITY_U:
                  switch (this.state) {
                    case x.TEXT_ENTITY:
                      ((o = x.TEXT), (u = "textNode"));
                      break;
                    case x.ATTRIB_VALUE_ENTITY_Q:
                      ((o = x.ATTRIB_VALUE_QUOTED), (u = "attribValue"));
                      break;
                    case x.ATTRIB_VALUE_ENTITY_U:
                      ((o = x.ATTRIB_VALUE_UNQUOTED), (u = "attribValue"));
                  }
                  if (";" === s) {
                    var a,
                      o,
                      u,
                      c = (function (t) {
                        var e,
                          i,
                          s = t.entity,
                          n = s.toLowerCase(),
                          a = "";
                        return t.ENTITIES[s]
                          ? t.ENTITIES[s]
                          : t.ENTITIES[n]
                            ? t.ENTITIES[n]
                            : ("#" === (s = n).charAt(0) &&
                                  (a =
                                    "x" === s.charAt(1)
                                      ? (i = parseInt((s = s.slice(2)), 16)).toString(16)
                                      : (i = parseInt((s = s.slice(1)), 10)).toString(10)),
                                (s = s.replace(/^0+/, "")),
                                isNaN(i) ||
                                  a.toLowerCase() !== s ||
                                  i < 0 ||
                                  i > 1114111 ||
                                  !(
                                    9 === (e = i) ||
                                    10 === e ||
                                    13 === e ||
                                    (e >= 32 && e <= 55295) ||
                                    (e >= 57344 && e <= 65533) ||
                                    (e >= 65536 && e <= 1114111)
                                  ))
                              ? (S(t, "Invalid character entity"), "&" + t.entity + ";")
                              : String.fromCodePoint(i);
                      })(this);
                    this.opt.unparsedEntities && !Object.values(e.XML_ENTITIES).includes(c)
                      ? ((this.entityCount += 1) > this.opt.maxEntityCount &&
                          O(this, "Parsed entity count exceeds max entity count"),
                        (this.entityDepth += 1) > this.opt.maxEntityDepth &&
                          O(this, "Parsed entity depth exceeds max entity depth"),
                        (this.entity = ""),
                        (this.state = o),
                        this.write(c),
                        (this.entityDepth -= 1))
                      : ((this[u] += c), (this.entity = ""), (this.state = o));
                  } else
                    _(this.entity.length ? E : y, s)
                      ? (this.entity += s)
                      : (S(this, "Invalid character in entity name"),
                        (this[u] += "&" + this.entity + s),
                        (this.entity = ""),
                        (this.state = o));
                  continue;
                default:
                  throw Error(this, "Unknown state: " + this.state);
              }
            return (
              this.position >= this.bufferCheckPosition &&
                (function (t) {
                  for (
                    var i = Math.max(e.MAX_BUFFER_LENGTH, 10), s = 0, n = 0, a = r.length;
                    n < a;
                    n++
                  ) {
                    var o = t[r[n]].length;
                    if (o > i)
                      switch (r[n]) {
                        case "textNode":
                          D(t);
                          break;
                        case "cdata":
                          (I(t, "oncdata", t.cdata), (t.cdata = ""));
                          break;
                        case "script":
                          (I(t, "onscript", t.script), (t.script = ""));
                          break;
                        default:
                          O(t, "Max buffer length exceeded: " + r[n]);
                      }
                    s = Math.max(s, o);
                  }
                  t.bufferCheckPosition = e.MAX_BUFFER_LENGTH - s + t.position;
                })(this),
              this
            );
          },
          resume: function () {
            return ((this.error = null), this);
          },
          close: function () {
            return this.write(null);
          },
          flush: function () {
            (D(this),
              "" !== this.cdata && (I(this, "oncdata", this.cdata), (this.cdata = "")),
              "" !== this.script && (I(this, "onscript", this.script), (this.script = "")));
          },
        }));
      try {
        a = t.r(88947).Stream;
      } catch (t) {
        a = function () {};
      }
      a || (a = function () {});
      var u = e.EVENTS.filter(function (t) {
        return "error" !== t && "end" !== t;
      });
      function c(t, e) {
        if (!(this instanceof c)) return new c(t, e);
        (a.apply(this), (this._parser = new o(t, e)), (this.writable = !0), (this.readable = !0));
        var i = this;
        ((this._parser.onend = function () {
          i.emit("end");
        }),
          (this._parser.onerror = function (t) {
            (i.emit("error", t), (i._parser.error = null));
          }),
          (this._decoder = null),
          (this._decoderBuffer = null),
          u.forEach(function (t) {
            Object.defineProperty(i, "on" + t, {
              get: function () {
                return i._parser["on" + t];
              },
              set: function (e) {
                if (!e) return (i.removeAllListeners(t), (i._parser["on" + t] = e), e);
                i.on(t, e);
              },
              enumerable: !0,
              configurable: !1,
            });
          }));
      }
      ((c.prototype = Object.create(a.prototype, { constructor: { value: c } })),
        (c.prototype._decodeBuffer = function (t, e) {
          if (
            (this._decoderBuffer &&
              ((t = Buffer.concat([this._decoderBuffer, t])), (this._decoderBuffer = null)),
            !this._decoder)
          ) {
            var i = (function (t, e) {
              if (t.length >= 2) {
                if (255 === t[0] && 254 === t[1]) return "utf-16le";
                if (254 === t[0] && 255 === t[1]) return "utf-16be";
              }
              return t.length >= 3 && 239 === t[0] && 187 === t[1] && 191 === t[2]
                ? "utf8"
                : t.length >= 4
                  ? 60 === t[0] && 0 === t[1] && 63 === t[2] && 0 === t[3]
                    ? "utf-16le"
                    : 0 === t[0] && 60 === t[1] && 0 === t[2] && 63 === t[3]
                      ? "utf-16be"
                      : "utf8"
                  : e
                    ? "utf8"
                    : null;
            })(t, e);
            if (!i) return ((this._decoderBuffer = t), "");
            ((this._parser.encoding = i), (this._decoder = new TextDecoder(i)));
          }
          return this._decoder.decode(t, { stream: !e });
        }),
        (c.prototype.write = function (t) {
          if (
            "function" == typeof Buffer &&
            "function" == typeof Buffer.isBuffer &&
            Buffer.isBuffer(t)
          )
            t = this._decodeBuffer(t, !1);
          else if (this._decoderBuffer) {
            var e = this._decodeBuffer(Buffer.alloc(0), !0);
            e && (this._parser.write(e), this.emit("data", e));
          }
          return (this._parser.write(t.toString()), this.emit("data", t), !0);
        }),
        (c.prototype.end = function (t) {
          if ((t && t.length && this.write(t), this._decoderBuffer)) {
            var e = this._decodeBuffer(Buffer.alloc(0), !0);
            e && (this._parser.write(e), this.emit("data", e));
          } else if (this._decoder) {
            var i = this._decoder.decode();
            i && (this._parser.write(i), this.emit("data", i));
          }
          return (this._parser.end(), !0);
        }),
        (c.prototype.on = function (t, e) {
          var i = this;
          return (
            i._parser["on" + t] ||
              -1 === u.indexOf(t) ||
              (i._parser["on" + t] = function () {
                var e = 1 == arguments.length ? [arguments[0]] : Array.apply(null, arguments);
                (e.splice(0, 0, t), i.emit.apply(i, e));
              }),
            a.prototype.on.call(i, t, e)
          );
        }));
      var l = /^\[CDATA\[$/i,
        h = /^DOCTYPE$/i,
        p = "http://www.w3.org/XML/1998/namespace",
        m = "http://www.w3.org/2000/xmlns/",
        d = { xml: p, xmlns: m },
        g =
          /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/,
        f =
          /[:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/,
        y =
          /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/,
        E =
          /[#:_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u00B7\u0300-\u036F\u203F-\u2040.\d-]/;
      function T(t) {
        return " " === t || "\n" === t || "\r" === t || "	" === t;
      }
      function b(t) {
        return '"' === t || "'" === t;
      }
      function _(t, e) {
        return t.test(e);
      }
      var x = 0;
      for (var A in ((e.STATE = {
        BEGIN: x++,
        BEGIN_WHITESPACE: x++,
        TEXT: x++,
        TEXT_ENTITY: x++,
        OPEN_WAKA: x++,
        SGML_DECL: x++,
        SGML_DECL_QUOTED: x++,
        DOCTYPE: x++,
        DOCTYPE_QUOTED: x++,
        DOCTYPE_DTD: x++,
        DOCTYPE_DTD_QUOTED: x++,
        COMMENT_STARTING: x++,
        COMMENT: x++,
        COMMENT_ENDING: x++,
        COMMENT_ENDED: x++,
        CDATA: x++,
        CDATA_ENDING: x++,
        CDATA_ENDING_2: x++,
        PROC_INST: x++,
        PROC_INST_BODY: x++,
        PROC_INST_ENDING: x++,
        OPEN_TAG: x++,
        OPEN_TAG_SLASH: x++,
        ATTRIB: x++,
        ATTRIB_NAME: x++,
        ATTRIB_NAME_SAW_WHITE: x++,
        ATTRIB_VALUE: x++,
        ATTRIB_VALUE_QUOTED: x++,
        ATTRIB_VALUE_CLOSED: x++,
        ATTRIB_VALUE_UNQUOTED: x++,
        ATTRIB_VALUE_ENTITY_Q: x++,
        ATTRIB_VALUE_ENTITY_U: x++,
        CLOSE_TAG: x++,
        CLOSE_TAG_SAW_WHITE: x++,
        SCRIPT: x++,
        SCRIPT_ENDING: x++,
      }),
      (e.XML_ENTITIES = Object.assign(Object.create(null), {
        amp: "&",
        gt: ">",
        lt: "<",
        quot: '"',
        apos: "'",
      })),
      (e.ENTITIES = Object.assign(Object.create(null), {
        amp: "&",
        gt: ">",
        lt: "<",
        quot: '"',
        apos: "'",
        AElig: 198,
        Aacute: 193,
        Acirc: 194,
        Agrave: 192,
        Aring: 197,
        Atilde: 195,
        Auml: 196,
        Ccedil: 199,
        ETH: 208,
        Eacute: 201,
        Ecirc: 202,
        Egrave: 200,
        Euml: 203,
        Iacute: 205,
        Icirc: 206,
        Igrave: 204,
        Iuml: 207,
        Ntilde: 209,
        Oacute: 211,
        Ocirc: 212,
        Ograve: 210,
        Oslash: 216,
        Otilde: 213,
        Ouml: 214,
        THORN: 222,
        Uacute: 218,
        Ucirc: 219,
        Ugrave: 217,
        Uuml: 220,
        Yacute: 221,
        aacute: 225,
        acirc: 226,
        aelig: 230,
        agrave: 224,
        aring: 229,
        atilde: 227,
        auml: 228,
        ccedil: 231,
        eacute: 233,
        ecirc: 234,
        egrave: 232,
        eth: 240,
        euml: 235,
        iacute: 237,
        icirc: 238,
        igrave: 236,
        iuml: 239,
        ntilde: 241,
        oacute: 243,
        ocirc: 244,
        ograve: 242,
        oslash: 248,
        otilde: 245,
        ouml: 246,
        szlig: 223,
        thorn: 254,
        uacute: 250,
        ucirc: 251,
        ugrave: 249,
        uuml: 252,
        yacute: 253,
        yuml: 255,
        copy: 169,
        reg: 174,
        nbsp: 160,
        iexcl: 161,
        cent: 162,
        pound: 163,
        curren: 164,
        yen: 165,
        brvbar: 166,
        sect: 167,
        uml: 168,
        ordf: 170,
        laquo: 171,
        not: 172,
        shy: 173,
        macr: 175,
        deg: 176,
        plusmn: 177,
        sup1: 185,
        sup2: 178,
        sup3: 179,
        acute: 180,
        micro: 181,
        para: 182,
        middot: 183,
        cedil: 184,
        ordm: 186,
        raquo: 187,
        frac14: 188,
        frac12: 189,
        frac34: 190,
        iquest: 191,
        times: 215,
        divide: 247,
        OElig: 338,
        oelig: 339,
        Scaron: 352,
        scaron: 353,
        Yuml: 376,
        fnof: 402,
        circ: 710,
        tilde: 732,
        Alpha: 913,
        Beta: 914,
        Gamma: 915,
        Delta: 916,
        Epsilon: 917,
        Zeta: 918,
        Eta: 919,
        Theta: 920,
        Iota: 921,
        Kappa: 922,
        Lambda: 923,
        Mu: 924,
        Nu: 925,
        Xi: 926,
        Omicron: 927,
        Pi: 928,
        Rho: 929,
        Sigma: 931,
        Tau: 932,
        Upsilon: 933,
        Phi: 934,
        Chi: 935,
        Psi: 936,
        Omega: 937,
        alpha: 945,
        beta: 946,
        gamma: 947,
        delta: 948,
        epsilon: 949,
        zeta: 950,
        eta: 951,
        theta: 952,
        iota: 953,
        kappa: 954,
        lambda: 955,
        mu: 956,
        nu: 957,
        xi: 958,
        omicron: 959,
        pi: 960,
        rho: 961,
        sigmaf: 962,
        sigma: 963,
        tau: 964,
        upsilon: 965,
        phi: 966,
        chi: 967,
        psi: 968,
        omega: 969,
        thetasym: 977,
        upsih: 978,
        piv: 982,
        ensp: 8194,
        emsp: 8195,
        thinsp: 8201,
        zwnj: 8204,
        zwj: 8205,
        lrm: 8206,
        rlm: 8207,
        ndash: 8211,
        mdash: 8212,
        lsquo: 8216,
        rsquo: 8217,
        sbquo: 8218,
        ldquo: 8220,
        rdquo: 8221,
        bdquo: 8222,
        dagger: 8224,
        Dagger: 8225,
        bull: 8226,
        hellip: 8230,
        permil: 8240,
        prime: 8242,
        Prime: 8243,
        lsaquo: 8249,
        rsaquo: 8250,
        oline: 8254,
        frasl: 8260,
        euro: 8364,
        image: 8465,
        weierp: 8472,
        real: 8476,
        trade: 8482,
        alefsym: 8501,
        larr: 8592,
        uarr: 8593,
        rarr: 8594,
        darr: 8595,
        harr: 8596,
        crarr: 8629,
        lArr: 8656,
        uArr: 8657,
        rArr: 8658,
        dArr: 8659,
        hArr: 8660,
        forall: 8704,
        part: 8706,
        exist: 8707,
        empty: 8709,
        nabla: 8711,
        isin: 8712,
        notin: 8713,
        ni: 8715,
        prod: 8719,
        sum: 8721,
        minus: 8722,
        lowast: 8727,
        radic: 8730,
        prop: 8733,
        infin: 8734,
        ang: 8736,
        and: 8743,
        or: 8744,
        cap: 8745,
        cup: 8746,
        int: 8747,
        there4: 8756,
        sim: 8764,
        cong: 8773,
        asymp: 8776,
        ne: 8800,
        equiv: 8801,
        le: 8804,
        ge: 8805,
        sub: 8834,
        sup: 8835,
        nsub: 8836,
        sube: 8838,
        supe: 8839,
        oplus: 8853,
        otimes: 8855,
        perp: 8869,
        sdot: 8901,
        lceil: 8968,
        rceil: 8969,
        lfloor: 8970,
        rfloor: 8971,
        lang: 9001,
        rang: 9002,
        loz: 9674,
        spades: 9824,
        clubs: 9827,
        hearts: 9829,
        diams: 9830,
      })),
      Object.keys(e.ENTITIES).forEach(function (t) {
        var i = e.ENTITIES[t],
          s = "number" == typeof i ? String.fromCharCode(i) : i;
        e.ENTITIES[t] = s;
      }),
      e.STATE))
        e.STATE[e.STATE[A]] = A;
      function N(t, e, i) {
        t[e] && t[e](i);
      }
      function F(t) {
        return t ? t.toLowerCase().replace(/[^a-z0-9]/g, "") : null;
      }
      function I(t, e, i) {
        (t.textNode && D(t), N(t, e, i));
      }
      function D(t) {
        ((t.textNode = C(t.opt, t.textNode)),
          t.textNode && N(t, "ontext", t.textNode),
          (t.textNode = ""));
      }
      function C(t, e) {
        return (t.trim && (e = e.trim()), t.normalize && (e = e.replace(/\s+/g, " ")), e);
      }
      function O(t, e) {
        return (
          D(t),
          t.trackPosition &&
            (e += "\nLine: " + t.line + "\nColumn: " + t.column + "\nChar: " + t.c),
          (t.error = e = Error(e)),
          N(t, "onerror", e),
          t
        );
      }
      function v(t) {
        return (
          t.sawRoot && !t.closedRoot && S(t, "Unclosed root tag"),
          t.state !== x.BEGIN &&
            t.state !== x.BEGIN_WHITESPACE &&
            t.state !== x.TEXT &&
            O(t, "Unexpected end"),
          D(t),
          (t.c = ""),
          (t.closed = !0),
          N(t, "onend"),
          o.call(t, t.strict, t.opt),
          t
        );
      }
      function S(t, e) {
        if ("object" != typeof t || !(t instanceof o)) throw Error("bad call to strictFail");
        t.strict && O(t, e);
      }
      function w(t, e) {
        var i = 0 > t.indexOf(":") ? ["", t] : t.split(":"),
          s = i[0],
          n = i[1];
        return (e && "xmlns" === t && ((s = "xmlns"), (n = "")), { prefix: s, local: n });
      }
      function K(t) {
        if (
          (t.strict || (t.attribName = t.attribName[t.looseCase]()),
          -1 !== t.attribList.indexOf(t.attribName) ||
            t.tag.attributes.hasOwnProperty(t.attribName))
        ) {
          t.attribName = t.attribValue = "";
          return;
        }
        if (t.opt.xmlns) {
          var e = w(t.attribName, !0),
            i = e.prefix,
            s = e.local;
          if ("xmlns" === i)
            if ("xml" === s && t.attribValue !== p)
              S(t, "xml: prefix must be bound to " + p + "\nActual: " + t.attribValue);
            else if ("xmlns" === s && t.attribValue !== m)
              S(t, "xmlns: prefix must be bound to " + m + "\nActual: " + t.attribValue);
            else {
              var n = t.tag,
                a = t.tags[t.tags.length - 1] || t;
              (n.ns === a.ns && (n.ns = Object.create(a.ns)), (n.ns[s] = t.attribValue));
            }
          t.attribList.push([t.attribName, t.attribValue]);
        } else
          ((t.tag.attributes[t.attribName] = t.attribValue),
            I(t, "onattribute", { name: t.attribName, value: t.attribValue }));
        t.attribName = t.attribValue = "";
      }
      function k(t, e) {
        if (t.opt.xmlns) {
          var i = t.tag,
            s = w(t.tagName);
          ((i.prefix = s.prefix),
            (i.local = s.local),
            (i.uri = i.ns[s.prefix] || ""),
            i.prefix &&
              !i.uri &&
              (S(t, "Unbound namespace prefix: " + JSON.stringify(t.tagName)), (i.uri = s.prefix)));
          var n = t.tags[t.tags.length - 1] || t;
          i.ns &&
            n.ns !== i.ns &&
            Object.keys(i.ns).forEach(function (e) {
              I(t, "onopennamespace", { prefix: e, uri: i.ns[e] });
            });
          for (var a = 0, r = t.attribList.length; a < r; a++) {
            var o = t.attribList[a],
              u = o[0],
              c = o[1],
              l = w(u, !0),
              h = l.prefix,
              p = l.local,
              m = "" === h ? "" : i.ns[h] || "",
              d = { name: u, value: c, prefix: h, local: p, uri: m };
            (h &&
              "xmlns" !== h &&
              !m &&
              (S(t, "Unbound namespace prefix: " + JSON.stringify(h)), (d.uri = h)),
              (t.tag.attributes[u] = d),
              I(t, "onattribute", d));
          }
          t.attribList.length = 0;
        }
        ((t.tag.isSelfClosing = !!e),
          (t.sawRoot = !0),
          t.tags.push(t.tag),
          I(t, "onopentag", t.tag),
          e ||
            (t.noscript || "script" !== t.tagName.toLowerCase()
              ? (t.state = x.TEXT)
              : (t.state = x.SCRIPT),
            (t.tag = null),
            (t.tagName = "")),
          (t.attribName = t.attribValue = ""),
          (t.attribList.length = 0));
      }
      function P(t) {
        if (!t.tagName) {
          (S(t, "Weird empty close tag."), (t.textNode += "</>"), (t.state = x.TEXT));
          return;
        }
        if (t.script) {
          if ("script" !== t.tagName) {
            ((t.script += "</" + t.tagName + ">"), (t.tagName = ""), (t.state = x.SCRIPT));
            return;
          }
          (I(t, "onscript", t.script), (t.script = ""));
        }
        var e = t.tags.length,
          i = t.tagName;
        t.strict || (i = i[t.looseCase]());
        for (var s = i; e--;)
          if (t.tags[e].name !== s) S(t, "Unexpected close tag");
          else break;
        if (e < 0) {
          (S(t, "Unmatched closing tag: " + t.tagName),
            (t.textNode += "</" + t.tagName + ">"),
            (t.state = x.TEXT));
          return;
        }
        t.tagName = i;
        for (var n = t.tags.length; n-- > e;) {
          var a = (t.tag = t.tags.pop());
          ((t.tagName = t.tag.name), I(t, "onclosetag", t.tagName));
          var r = {};
          for (var o in a.ns) r[o] = a.ns[o];
          var u = t.tags[t.tags.length - 1] || t;
          t.opt.xmlns &&
            a.ns !== u.ns &&
            Object.keys(a.ns).forEach(function (e) {
              var i = a.ns[e];
              I(t, "onclosenamespace", { prefix: e, uri: i });
            });
        }
        (0 === e && (t.closedRoot = !0),
          (t.tagName = t.attribValue = t.attribName = ""),
          (t.attribList.length = 0),
          (t.state = x.TEXT));
      }
      function L(t, e) {
        "<" === e
          ? ((t.state = x.OPEN_WAKA), (t.startTagPosition = t.position))
          : T(e) ||
            (S(t, "Non-whitespace before first tag."), (t.textNode = e), (t.state = x.TEXT));
      }
      function B(t, e) {
        var i = "";
        return (e < t.length && (i = t.charAt(e)), i);
      }
      ((x = e.STATE),
        String.fromCodePoint ||
          ((i = String.fromCharCode),
          (s = Math.floor),
          (n = function () {
            var t,
              e,
              n = [],
              a = -1,
              r = arguments.length;
            if (!r) return "";
            for (var o = ""; ++a < r;) {
              var u = Number(arguments[a]);
              if (!isFinite(u) || u < 0 || u > 1114111 || s(u) !== u)
                throw RangeError("Invalid code point: " + u);
              (u <= 65535
                ? n.push(u)
                : ((u -= 65536), (t = (u >> 10) + 55296), (e = (u % 1024) + 56320), n.push(t, e)),
                (a + 1 === r || n.length > 16384) && ((o += i.apply(null, n)), (n.length = 0)));
            }
            return o;
          }),
          Object.defineProperty
            ? Object.defineProperty(String, "fromCodePoint", {
                value: n,
                configurable: !0,
                writable: !0,
              })
            : (String.fromCodePoint = n)));
    })(i);
  },
  46710,
  (t, e, i) => {
    e.exports = {
      isArray: function (t) {
        return Array.isArray
          ? Array.isArray(t)
          : "[object Array]" === Object.prototype.toString.call(t);
      },
    };
  },
  16309,
  (t, e, i) => {
    e.exports = {
      xml2js: t.r(85878),
      xml2json: t.r(99356),
      js2xml: t.r(74480),
      json2xml: t.r(66877),
    };
  },
  74480,
  (t, e, i) => {
    var s,
      n,
      a = t.r(73628),
      r = t.r(46710).isArray;
    function o(t, e, i) {
      return (!i && t.spaces ? "\n" : "") + Array(e + 1).join(t.spaces);
    }
    function u(t, e, i) {
      if (e.ignoreAttributes) return "";
      "attributesFn" in e && (t = e.attributesFn(t, n, s));
      var a,
        r,
        u,
        c,
        l = [];
      for (a in t)
        t.hasOwnProperty(a) &&
          null !== t[a] &&
          void 0 !== t[a] &&
          ((c = e.noQuotesForNativeAttributes && "string" != typeof t[a] ? "" : '"'),
          (r = (r = "" + t[a]).replace(/"/g, "&quot;")),
          (u = "attributeNameFn" in e ? e.attributeNameFn(a, r, n, s) : a),
          l.push(e.spaces && e.indentAttributes ? o(e, i + 1, !1) : " "),
          l.push(u + "=" + c + ("attributeValueFn" in e ? e.attributeValueFn(r, a, n, s) : r) + c));
      return (
        t && Object.keys(t).length && e.spaces && e.indentAttributes && l.push(o(e, i, !1)),
        l.join("")
      );
    }
    function c(t, e, i) {
      return (
        (s = t),
        (n = "xml"),
        e.ignoreDeclaration ? "" : "<?xml" + u(t[e.attributesKey], e, i) + "?>"
      );
    }
    function l(t, e, i) {
      if (e.ignoreInstruction) return "";
      for (a in t) if (t.hasOwnProperty(a)) break;
      var a,
        r = "instructionNameFn" in e ? e.instructionNameFn(a, t[a], n, s) : a;
      if ("object" == typeof t[a])
        return ((s = t), (n = r), "<?" + r + u(t[a][e.attributesKey], e, i) + "?>");
      var o = t[a] ? t[a] : "";
      return (
        "instructionFn" in e && (o = e.instructionFn(o, a, n, s)),
        "<?" + r + (o ? " " + o : "") + "?>"
      );
    }
    function h(t, e) {
      return e.ignoreComment ? "" : "<!--" + ("commentFn" in e ? e.commentFn(t, n, s) : t) + "-->";
    }
    function p(t, e) {
      return e.ignoreCdata
        ? ""
        : "<![CDATA[" +
            ("cdataFn" in e ? e.cdataFn(t, n, s) : t.replace("]]>", "]]]]><![CDATA[>")) +
            "]]>";
    }
    function m(t, e) {
      return e.ignoreDoctype
        ? ""
        : "<!DOCTYPE " + ("doctypeFn" in e ? e.doctypeFn(t, n, s) : t) + ">";
    }
    function d(t, e) {
      return e.ignoreText
        ? ""
        : ((t = (t = (t = "" + t).replace(/&amp;/g, "&"))
            .replace(/&/g, "&amp;")
            .replace(/</g, "&lt;")
            .replace(/>/g, "&gt;")),
          "textFn" in e ? e.textFn(t, n, s) : t);
    }
    function g(t, e, i) {
      var s;
      for (s in t)
        if (t.hasOwnProperty(s))
          switch (s) {
            case e.parentKey:
            case e.attributesKey:
              break;
            case e.textKey:
              if (e.indentText || i) return !0;
              break;
            case e.cdataKey:
              if (e.indentCdata || i) return !0;
              break;
            case e.instructionKey:
              if (e.indentInstruction || i) return !0;
              break;
            case e.doctypeKey:
            case e.commentKey:
            default:
              return !0;
          }
      return !1;
    }
    e.exports = function (t, e) {
      ((i = e),
        (f = a.copyOptions(i)),
        a.ensureFlagExists("ignoreDeclaration", f),
        a.ensureFlagExists("ignoreInstruction", f),
        a.ensureFlagExists("ignoreAttributes", f),
        a.ensureFlagExists("ignoreText", f),
        a.ensureFlagExists("ignoreComment", f),
        a.ensureFlagExists("ignoreCdata", f),
        a.ensureFlagExists("ignoreDoctype", f),
        a.ensureFlagExists("compact", f),
        a.ensureFlagExists("indentText", f),
        a.ensureFlagExists("indentCdata", f),
        a.ensureFlagExists("indentAttributes", f),
        a.ensureFlagExists("indentInstruction", f),
        a.ensureFlagExists("fullTagEmptyElement", f),
        a.ensureFlagExists("noQuotesForNativeAttributes", f),
        a.ensureSpacesExists(f),
        "number" == typeof f.spaces && (f.spaces = Array(f.spaces + 1).join(" ")),
        a.ensureKeyExists("declaration", f),
        a.ensureKeyExists("instruction", f),
        a.ensureKeyExists("attributes", f),
        a.ensureKeyExists("text", f),
        a.ensureKeyExists("comment", f),
        a.ensureKeyExists("cdata", f),
        a.ensureKeyExists("doctype", f),
        a.ensureKeyExists("type", f),
        a.ensureKeyExists("name", f),
        a.ensureKeyExists("elements", f),
        a.checkFnExists("doctype", f),
        a.checkFnExists("instruction", f),
        a.checkFnExists("cdata", f),
        a.checkFnExists("comment", f),
        a.checkFnExists("text", f),
        a.checkFnExists("instructionName", f),
        a.checkFnExists("elementName", f),
        a.checkFnExists("attributeName", f),
        a.checkFnExists("attributeValue", f),
        a.checkFnExists("attributes", f),
        a.checkFnExists("fullTagEmptyElement", f),
        (e = f));
      var i,
        f,
        y = [];
      return (
        (s = t),
        (n = "_root_"),
        e.compact
          ? y.push(
              (function t(e, i, a, f) {
                var y,
                  E,
                  T,
                  b = [];
                for (E in e)
                  if (e.hasOwnProperty(E))
                    for (T = r(e[E]) ? e[E] : [e[E]], y = 0; y < T.length; ++y) {
                      switch (E) {
                        case i.declarationKey:
                          b.push(c(T[y], i, a));
                          break;
                        case i.instructionKey:
                          b.push((i.indentInstruction ? o(i, a, f) : "") + l(T[y], i, a));
                          break;
                        case i.attributesKey:
                        case i.parentKey:
                          break;
                        case i.textKey:
                          b.push((i.indentText ? o(i, a, f) : "") + d(T[y], i));
                          break;
                        case i.cdataKey:
                          b.push((i.indentCdata ? o(i, a, f) : "") + p(T[y], i));
                          break;
                        case i.doctypeKey:
                          b.push(o(i, a, f) + m(T[y], i));
                          break;
                        case i.commentKey:
                          b.push(o(i, a, f) + h(T[y], i));
                          break;
                        default:
                          b.push(
                            o(i, a, f) +
                              (function (e, i, a, r, c) {
                                ((s = e), (n = i));
                                var l = "elementNameFn" in a ? a.elementNameFn(i, e) : i;
                                if (null == e || "" === e)
                                  return ("fullTagEmptyElementFn" in a &&
                                    a.fullTagEmptyElementFn(i, e)) ||
                                    a.fullTagEmptyElement
                                    ? "<" + l + "></" + l + ">"
                                    : "<" + l + "/>";
                                var h = [];
                                if (i) {
                                  if ((h.push("<" + l), "object" != typeof e))
                                    return (h.push(">" + d(e, a) + "</" + l + ">"), h.join(""));
                                  e[a.attributesKey] && h.push(u(e[a.attributesKey], a, r));
                                  var p =
                                    g(e, a, !0) ||
                                    (e[a.attributesKey] &&
                                      "preserve" === e[a.attributesKey]["xml:space"]);
                                  if (
                                    (p ||
                                      (p =
                                        "fullTagEmptyElementFn" in a
                                          ? a.fullTagEmptyElementFn(i, e)
                                          : a.fullTagEmptyElement),
                                    !p)
                                  )
                                    return (h.push("/>"), h.join(""));
                                  h.push(">");
                                }
                                return (
                                  h.push(t(e, a, r + 1, !1)),
                                  (s = e),
                                  (n = i),
                                  i && h.push((c ? o(a, r, !1) : "") + "</" + l + ">"),
                                  h.join("")
                                );
                              })(T[y], E, i, a, g(T[y], i)),
                          );
                      }
                      f = f && !b.length;
                    }
                return b.join("");
              })(t, e, 0, !0),
            )
          : (t[e.declarationKey] && y.push(c(t[e.declarationKey], e, 0)),
            t[e.elementsKey] &&
              t[e.elementsKey].length &&
              y.push(
                (function t(e, i, a, r) {
                  return e.reduce(function (e, c) {
                    var g,
                      f,
                      y,
                      E = o(i, a, r && !e);
                    switch (c.type) {
                      case "element":
                        return (
                          e +
                          E +
                          ((s = c),
                          (n = c.name),
                          (g = []),
                          (f = "elementNameFn" in i ? i.elementNameFn(c.name, c) : c.name),
                          g.push("<" + f),
                          c[i.attributesKey] && g.push(u(c[i.attributesKey], i, a)),
                          (y =
                            (c[i.elementsKey] && c[i.elementsKey].length) ||
                            (c[i.attributesKey] &&
                              "preserve" === c[i.attributesKey]["xml:space"])) ||
                            (y =
                              "fullTagEmptyElementFn" in i
                                ? i.fullTagEmptyElementFn(c.name, c)
                                : i.fullTagEmptyElement),
                          y
                            ? (g.push(">"),
                              c[i.elementsKey] &&
                                c[i.elementsKey].length &&
                                (g.push(t(c[i.elementsKey], i, a + 1)), (s = c), (n = c.name)),
                              g.push(
                                i.spaces &&
                                  (function (t, e) {
                                    var i;
                                    if (t.elements && t.elements.length)
                                      for (i = 0; i < t.elements.length; ++i)
                                        switch (t.elements[i][e.typeKey]) {
                                          case "text":
                                            if (e.indentText) return !0;
                                            break;
                                          case "cdata":
                                            if (e.indentCdata) return !0;
                                            break;
                                          case "instruction":
                                            if (e.indentInstruction) return !0;
                                            break;
                                          default:
                                            return !0;
                                        }
                                    return !1;
                                  })(c, i)
                                  ? "\n" + Array(a + 1).join(i.spaces)
                                  : "",
                              ),
                              g.push("</" + f + ">"))
                            : g.push("/>"),
                          g.join(""))
                        );
                      case "comment":
                        return e + E + h(c[i.commentKey], i);
                      case "doctype":
                        return e + E + m(c[i.doctypeKey], i);
                      case "cdata":
                        return e + (i.indentCdata ? E : "") + p(c[i.cdataKey], i);
                      case "text":
                        return e + (i.indentText ? E : "") + d(c[i.textKey], i);
                      case "instruction":
                        var T = {};
                        return (
                          (T[c[i.nameKey]] = c[i.attributesKey] ? c : c[i.instructionKey]),
                          e + (i.indentInstruction ? E : "") + l(T, i, a)
                        );
                    }
                  }, "");
                })(t[e.elementsKey], e, 0, !y.length),
              )),
        y.join("")
      );
    };
  },
  66877,
  (t, e, i) => {
    var s = t.r(74480);
    e.exports = function (t, e) {
      t instanceof Buffer && (t = t.toString());
      var i = null;
      if ("string" == typeof t)
        try {
          i = JSON.parse(t);
        } catch (t) {
          throw Error("The JSON structure is invalid");
        }
      else i = t;
      return s(i, e);
    };
  },
  73628,
  (t, e, i) => {
    var s = t.r(46710).isArray;
    e.exports = {
      copyOptions: function (t) {
        var e,
          i = {};
        for (e in t) t.hasOwnProperty(e) && (i[e] = t[e]);
        return i;
      },
      ensureFlagExists: function (t, e) {
        (t in e && "boolean" == typeof e[t]) || (e[t] = !1);
      },
      ensureSpacesExists: function (t) {
        ("spaces" in t && ("number" == typeof t.spaces || "string" == typeof t.spaces)) ||
          (t.spaces = 0);
      },
      ensureAlwaysArrayExists: function (t) {
        ("alwaysArray" in t && ("boolean" == typeof t.alwaysArray || s(t.alwaysArray))) ||
          (t.alwaysArray = !1);
      },
      ensureKeyExists: function (t, e) {
        (t + "Key" in e && "string" == typeof e[t + "Key"]) ||
          (e[t + "Key"] = e.compact ? "_" + t : t);
      },
      checkFnExists: function (t, e) {
        return t + "Fn" in e;
      },
    };
  },
  85878,
  (t, e, i) => {
    var s,
      n,
      a = t.r(58162),
      r = t.r(73628),
      o = t.r(46710).isArray;
    function u(t) {
      var e = Number(t);
      if (!isNaN(e)) return e;
      var i = t.toLowerCase();
      return "true" === i || ("false" !== i && t);
    }
    function c(t, e) {
      var i;
      if (s.compact) {
        if (
          (!n[s[t + "Key"]] &&
            (o(s.alwaysArray) ? -1 !== s.alwaysArray.indexOf(s[t + "Key"]) : s.alwaysArray) &&
            (n[s[t + "Key"]] = []),
          n[s[t + "Key"]] && !o(n[s[t + "Key"]]) && (n[s[t + "Key"]] = [n[s[t + "Key"]]]),
          t + "Fn" in s && "string" == typeof e && (e = s[t + "Fn"](e, n)),
          "instruction" === t && ("instructionFn" in s || "instructionNameFn" in s))
        ) {
          for (i in e)
            if (e.hasOwnProperty(i))
              if ("instructionFn" in s) e[i] = s.instructionFn(e[i], i, n);
              else {
                var a = e[i];
                (delete e[i], (e[s.instructionNameFn(i, a, n)] = a));
              }
        }
        o(n[s[t + "Key"]]) ? n[s[t + "Key"]].push(e) : (n[s[t + "Key"]] = e);
      } else {
        n[s.elementsKey] || (n[s.elementsKey] = []);
        var r = {};
        if (((r[s.typeKey] = t), "instruction" === t)) {
          for (i in e) if (e.hasOwnProperty(i)) break;
          ((r[s.nameKey] = "instructionNameFn" in s ? s.instructionNameFn(i, e, n) : i),
            s.instructionHasAttributes
              ? ((r[s.attributesKey] = e[i][s.attributesKey]),
                "instructionFn" in s &&
                  (r[s.attributesKey] = s.instructionFn(r[s.attributesKey], i, n)))
              : ("instructionFn" in s && (e[i] = s.instructionFn(e[i], i, n)),
                (r[s.instructionKey] = e[i])));
        } else (t + "Fn" in s && (e = s[t + "Fn"](e, n)), (r[s[t + "Key"]] = e));
        (s.addParent && (r[s.parentKey] = n), n[s.elementsKey].push(r));
      }
    }
    function l(t) {
      if (
        ("attributesFn" in s && t && (t = s.attributesFn(t, n)),
        (s.trim || "attributeValueFn" in s || "attributeNameFn" in s || s.nativeTypeAttributes) &&
          t)
      ) {
        var e;
        for (e in t)
          if (
            t.hasOwnProperty(e) &&
            (s.trim && (t[e] = t[e].trim()),
            s.nativeTypeAttributes && (t[e] = u(t[e])),
            "attributeValueFn" in s && (t[e] = s.attributeValueFn(t[e], e, n)),
            "attributeNameFn" in s)
          ) {
            var i = t[e];
            (delete t[e], (t[s.attributeNameFn(e, t[e], n)] = i));
          }
      }
      return t;
    }
    function h(t) {
      var e = {};
      if (t.body && ("xml" === t.name.toLowerCase() || s.instructionHasAttributes)) {
        for (
          var i, a = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\w+))\s*/g;
          null !== (i = a.exec(t.body));
        )
          e[i[1]] = i[2] || i[3] || i[4];
        e = l(e);
      }
      if ("xml" === t.name.toLowerCase()) {
        if (s.ignoreDeclaration) return;
        ((n[s.declarationKey] = {}),
          Object.keys(e).length && (n[s.declarationKey][s.attributesKey] = e),
          s.addParent && (n[s.declarationKey][s.parentKey] = n));
      } else {
        if (s.ignoreInstruction) return;
        s.trim && (t.body = t.body.trim());
        var r = {};
        (s.instructionHasAttributes && Object.keys(e).length
          ? ((r[t.name] = {}), (r[t.name][s.attributesKey] = e))
          : (r[t.name] = t.body),
          c("instruction", r));
      }
    }
    function p(t, e) {
      var i, a;
      if (
        ("object" == typeof t && ((e = t.attributes), (t = t.name)),
        (e = l(e)),
        "elementNameFn" in s && (t = s.elementNameFn(t, n)),
        s.compact)
      ) {
        if (((i = {}), !s.ignoreAttributes && e && Object.keys(e).length))
          for (a in ((i[s.attributesKey] = {}), e))
            e.hasOwnProperty(a) && (i[s.attributesKey][a] = e[a]);
        (t in n ||
          (o(s.alwaysArray) ? -1 === s.alwaysArray.indexOf(t) : !s.alwaysArray) ||
          (n[t] = []),
          n[t] && !o(n[t]) && (n[t] = [n[t]]),
          o(n[t]) ? n[t].push(i) : (n[t] = i));
      } else
        (n[s.elementsKey] || (n[s.elementsKey] = []),
          ((i = {})[s.typeKey] = "element"),
          (i[s.nameKey] = t),
          !s.ignoreAttributes && e && Object.keys(e).length && (i[s.attributesKey] = e),
          s.alwaysChildren && (i[s.elementsKey] = []),
          n[s.elementsKey].push(i));
      ((i[s.parentKey] = n), (n = i));
    }
    function m(t) {
      s.ignoreText ||
        ((t.trim() || s.captureSpacesBetweenElements) &&
          (s.trim && (t = t.trim()),
          s.nativeType && (t = u(t)),
          s.sanitize && (t = t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")),
          c("text", t)));
    }
    function d(t) {
      s.ignoreComment || (s.trim && (t = t.trim()), c("comment", t));
    }
    function g(t) {
      var e = n[s.parentKey];
      (s.addParent || delete n[s.parentKey], (n = e));
    }
    function f(t) {
      s.ignoreCdata || (s.trim && (t = t.trim()), c("cdata", t));
    }
    function y(t) {
      s.ignoreDoctype || ((t = t.replace(/^ /, "")), s.trim && (t = t.trim()), c("doctype", t));
    }
    function E(t) {
      t.note = t;
    }
    e.exports = function (t, e) {
      var i = a.parser(!0, {}),
        o = {};
      if (
        ((n = o),
        (s = r.copyOptions(e)),
        r.ensureFlagExists("ignoreDeclaration", s),
        r.ensureFlagExists("ignoreInstruction", s),
        r.ensureFlagExists("ignoreAttributes", s),
        r.ensureFlagExists("ignoreText", s),
        r.ensureFlagExists("ignoreComment", s),
        r.ensureFlagExists("ignoreCdata", s),
        r.ensureFlagExists("ignoreDoctype", s),
        r.ensureFlagExists("compact", s),
        r.ensureFlagExists("alwaysChildren", s),
        r.ensureFlagExists("addParent", s),
        r.ensureFlagExists("trim", s),
        r.ensureFlagExists("nativeType", s),
        r.ensureFlagExists("nativeTypeAttributes", s),
        r.ensureFlagExists("sanitize", s),
        r.ensureFlagExists("instructionHasAttributes", s),
        r.ensureFlagExists("captureSpacesBetweenElements", s),
        r.ensureAlwaysArrayExists(s),
        r.ensureKeyExists("declaration", s),
        r.ensureKeyExists("instruction", s),
        r.ensureKeyExists("attributes", s),
        r.ensureKeyExists("text", s),
        r.ensureKeyExists("comment", s),
        r.ensureKeyExists("cdata", s),
        r.ensureKeyExists("doctype", s),
        r.ensureKeyExists("type", s),
        r.ensureKeyExists("name", s),
        r.ensureKeyExists("elements", s),
        r.ensureKeyExists("parent", s),
        r.checkFnExists("doctype", s),
        r.checkFnExists("instruction", s),
        r.checkFnExists("cdata", s),
        r.checkFnExists("comment", s),
        r.checkFnExists("text", s),
        r.checkFnExists("instructionName", s),
        r.checkFnExists("elementName", s),
        r.checkFnExists("attributeName", s),
        r.checkFnExists("attributeValue", s),
        r.checkFnExists("attributes", s),
        (i.opt = { strictEntities: !0 }),
        (i.onopentag = p),
        (i.ontext = m),
        (i.oncomment = d),
        (i.onclosetag = g),
        (i.onerror = E),
        (i.oncdata = f),
        (i.ondoctype = y),
        (i.onprocessinginstruction = h),
        i.write(t).close(),
        o[s.elementsKey])
      ) {
        var u = o[s.elementsKey];
        (delete o[s.elementsKey], (o[s.elementsKey] = u), delete o.text);
      }
      return o;
    };
  },
  99356,
  (t, e, i) => {
    var s = t.r(73628),
      n = t.r(85878);
    e.exports = function (t, e) {
      var i, a, r;
      return (
        (r = s.copyOptions(e)),
        s.ensureSpacesExists(r),
        (i = n(t, r)),
        (a = "compact" in r && r.compact ? "_parent" : "parent"),
        ("addParent" in r && r.addParent
          ? JSON.stringify(
              i,
              function (t, e) {
                return t === a ? "_" : e;
              },
              r.spaces,
            )
          : JSON.stringify(i, null, r.spaces)
        )
          .replace(/\u2028/g, "\\u2028")
          .replace(/\u2029/g, "\\u2029")
      );
    };
  },
];

//# sourceMappingURL=_09ormg3euxbn6._.js.map
