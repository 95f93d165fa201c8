import type { BodyBlock, FieldChange, WordPart } from "@/lib/content/version-changes";
import { pluralise } from "@/lib/format";
import { LocalTime } from "@/components/admin/local-time";

/**
 * What one version changed, in the mentor's words: a table of the post's details (Field / Before /
 * After) and the text as paragraphs, words added underlined in green and removed struck through
 * in red (<ins>/<del>, which screen readers announce). Inline, or before and after side by side.
 */
export function DiffView({
  fields,
  body,
  layout = "inline",
}: {
  fields: FieldChange[];
  body: BodyBlock[];
  layout?: "inline" | "side";
}) {
  if (fields.length === 0 && body.every((block) => block.kind === "skipped"))
    return <p className="text-sm text-muted">Nothing changed in this version.</p>;
  return (
    <div className="space-y-6">
      {fields.length ? <FieldTable fields={fields} /> : null}
      {body.some((block) => block.kind !== "skipped") ? (
        <section aria-label="Text changes" className="space-y-3 text-sm leading-6">
          {body.map((block, i) => (
            <Block key={i} block={block} layout={layout} />
          ))}
        </section>
      ) : null}
    </div>
  );
}

function FieldTable({ fields }: { fields: FieldChange[] }) {
  const empty = <span className="text-muted">(empty)</span>;
  return (
    <table className="w-full table-fixed border-collapse text-left text-sm">
      <caption className="sr-only">Details changed</caption>
      <thead>
        <tr className="border-b border-line text-xs text-muted">
          <th scope="col" className="w-1/4 py-1 pr-2 font-medium">
            Field
          </th>
          <th scope="col" className="py-1 pr-2 font-medium">
            Before
          </th>
          <th scope="col" className="py-1 font-medium">
            After
          </th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.key} className="border-b border-line align-top">
            <th scope="row" className="py-1 pr-2 font-medium">
              {field.label}
            </th>
            <td className="py-1 pr-2 break-words">
              {field.beforeAt ? (
                <LocalTime iso={field.beforeAt} format="moment" />
              ) : (
                field.before || empty
              )}
            </td>
            <td className="py-1 break-words">
              {field.afterAt ? (
                <LocalTime iso={field.afterAt} format="moment" />
              ) : (
                field.after || empty
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ADDED = "bg-emerald-100 text-emerald-900 underline dark:bg-emerald-950 dark:text-emerald-200";
const REMOVED = "bg-red-100 text-red-900 line-through dark:bg-red-950 dark:text-red-200";

function Parts({ parts, keep }: { parts: WordPart[]; keep: WordPart["kind"][] }) {
  return parts
    .filter((part) => keep.includes(part.kind))
    .map((part, i) =>
      part.kind === "added" ? (
        <ins key={i} className={ADDED}>
          {part.text}
        </ins>
      ) : part.kind === "removed" ? (
        <del key={i} className={REMOVED}>
          {part.text}
        </del>
      ) : (
        <span key={i}>{part.text}</span>
      ),
    );
}

function Block({ block, layout }: { block: BodyBlock; layout: "inline" | "side" }) {
  if (block.kind === "skipped")
    return (
      <p className="text-center text-xs text-muted">
        … {pluralise(block.count, "unchanged paragraph")} …
      </p>
    );
  const box = "rounded-md border border-line p-2 whitespace-pre-wrap break-words";
  if (layout === "inline")
    return (
      <p className={box}>
        <Parts parts={block.parts} keep={["same", "added", "removed"]} />
      </p>
    );
  return (
    <div className="grid grid-cols-2 gap-2">
      <p className={box}>
        {block.kind === "added" ? null : <Parts parts={block.parts} keep={["same", "removed"]} />}
      </p>
      <p className={box}>
        {block.kind === "removed" ? null : <Parts parts={block.parts} keep={["same", "added"]} />}
      </p>
    </div>
  );
}
