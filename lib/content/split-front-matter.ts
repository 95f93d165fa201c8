import matter from "gray-matter";
import YAML, { isAlias, isCollection, isPair, type Document } from "yaml";
import { ContentError } from "./content-error";

/**
 * Front matter is YAML and nothing else, and it is small: a post's fields, not a data store. Every
 * reader of a content file (the site, the editor's save, the backup import, the build check) goes
 * through `splitFrontMatter`, so these limits hold everywhere. A file that breaks one is a content
 * error naming the file; it never reaches the YAML parser, whose duplicate-key check is quadratic
 * (40,000 keys took 18 s of CPU).
 */
export const FRONT_MATTER_LIMITS = {
  /** Bytes between the opening `---` line and the closing `---`. */
  bytes: 16 * 1024,
  /** Top-level fields. The schema knows 14; Eleventy files add a few of their own. */
  keys: 50,
  /** Lists and maps inside each other (`links:` in an author profile is 3). */
  depth: 10,
  /** `*name` references to an `&name` anchor: each one copies a value, so many can explode. */
  aliases: 10,
} as const;

/** Openers that still mean YAML (`---yaml` is gray-matter's spelling of the default). */
const YAML_LANGUAGES = new Set(["", "yaml", "yml"]);

/** Rounded up, so a block one byte over 16 KB does not read "16.0 KB". */
const kb = (bytes: number) => `${(Math.ceil(bytes / 102.4) / 10).toFixed(1)} KB`;

class Refused extends Error {}

/**
 * Splits a content file into its front matter data and body with gray-matter, but without its
 * engines: `---json`, `---js`, `---toml` or any other `---<word>` opener is refused rather than
 * evaluated or guessed at, and the block's size is capped before anything parses it. Throws a
 * ContentError naming `file` (and the line, for invalid YAML).
 */
export function splitFrontMatter(
  source: string,
  file: string,
): { data: Record<string, unknown>; body: string } {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  // No opener, or a `----` rule: the whole file is body (as with gray-matter).
  if (!text.startsWith("---") || text[3] === "-") return { data: {}, body: text };
  const lineEnd = text.search(/\r?\n/);
  const opener = text.slice(3, lineEnd === -1 ? undefined : lineEnd);
  const language = opener.trim();
  if (!YAML_LANGUAGES.has(language.toLowerCase())) {
    const shown = language.length > 20 ? `${language.slice(0, 20)}…` : language;
    throw new ContentError(
      file,
      `only YAML front matter is supported (it starts with ---${shown})`,
    );
  }
  // The block starts right after the opener's word. Its size is checked here, before any parser
  // (gray-matter's or YAML's) sees it.
  const rest = text.slice(3 + (language ? opener.length : 0));
  const close = rest.indexOf("\n---");
  const bytes = Buffer.byteLength(close === -1 ? rest : rest.slice(0, close));
  try {
    if (bytes > FRONT_MATTER_LIMITS.bytes) {
      throw new Refused(
        `front matter is too long (${kb(bytes)}; at most ${FRONT_MATTER_LIMITS.bytes / 1024} KB). ` +
          "Keep long text in the post body.",
      );
    }
    // gray-matter splits the file (so bodies and line numbers are what they always were); every
    // engine but YAML is refused above, and here too in case its language detection differs.
    const parsed = matter(text, { language: "yaml", engines: ENGINES });
    return { data: parsed.data as Record<string, unknown>, body: parsed.content };
  } catch (error) {
    if (error instanceof Refused) throw new ContentError(file, error.message);
    const yamlLine = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const reason = ((error as Error).message ?? String(error))
      .split("\n")[0]!
      .replace(/ at line \d+, column \d+:?$/, "");
    throw new ContentError(file, `invalid front matter: ${reason}`, yamlLine);
  }
}

const refuseEngine = () => {
  throw new Refused("only YAML front matter is supported");
};

/** gray-matter's engines: YAML with this file's limits; the JavaScript, JSON and other ones refused. */
const ENGINES = {
  yaml: (block: string) => parseBlock(block) as object,
  yml: (block: string) => parseBlock(block) as object,
  json: refuseEngine,
  js: refuseEngine,
  javascript: refuseEngine,
  coffee: refuseEngine,
  coffeescript: refuseEngine,
  toml: refuseEngine,
};

/** Checks the limits that need no parsing, parses, checks the shape, then builds the values. */
function parseBlock(block: string): Record<string, unknown> {
  const bytes = Buffer.byteLength(block);
  if (bytes > FRONT_MATTER_LIMITS.bytes) {
    throw new Refused(
      `front matter is too long (${kb(bytes)}; at most ${FRONT_MATTER_LIMITS.bytes / 1024} KB). ` +
        "Keep long text in the post body.",
    );
  }
  // Lines that open a top-level field: a cheap upper bound before the parser's quadratic check.
  const keyLines = block.match(/^[^\s#?:-][^\n]*?:(?=[ \t]|\r?$)/gm)?.length ?? 0;
  if (keyLines > FRONT_MATTER_LIMITS.keys) throw tooManyKeys(keyLines);
  const doc = YAML.parseDocument(block, { schema: "core", uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    // The parser recurses per level of `[[[…]]]`; it reports the overflow as an error.
    if (/call stack/i.test(error.message)) throw tooDeep();
    throw error;
  }
  checkShape(doc);
  const data = doc.toJS({ maxAliasCount: FRONT_MATTER_LIMITS.aliases * 10 }) as unknown;
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new Refused("front matter must be a list of fields (name: value), one per line");
  }
  return data as Record<string, unknown>;
}

/** Top-level fields, nesting and aliases, walked without recursion. */
function checkShape(doc: Document.Parsed): void {
  const root = doc.contents;
  if (isCollection(root) && root.items.length > FRONT_MATTER_LIMITS.keys)
    throw tooManyKeys(root.items.length);
  let aliases = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isAlias(node) && ++aliases > FRONT_MATTER_LIMITS.aliases) {
      throw new Refused(
        `front matter uses more than ${FRONT_MATTER_LIMITS.aliases} YAML aliases (*name). ` +
          "Write the values out instead.",
      );
    }
    if (isPair(node)) {
      stack.push({ node: node.key, depth }, { node: node.value, depth });
    } else if (isCollection(node)) {
      if (depth > FRONT_MATTER_LIMITS.depth) throw tooDeep();
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
}

const tooManyKeys = (count: number) =>
  new Refused(
    `front matter has too many fields (${count}; at most ${FRONT_MATTER_LIMITS.keys}). ` +
      "Remove the fields this blog does not use.",
  );

const tooDeep = () =>
  new Refused(
    `front matter is nested too deeply (lists and maps at most ${FRONT_MATTER_LIMITS.depth} levels deep)`,
  );
