import { LocalTime } from "@/components/admin/local-time";
import type { EntryName } from "@/lib/content/history-entry";

/** A history entry's name, any time in it shown in the mentor's own zone. */
export function EntryNameText({ name }: { name: EntryName }) {
  if (!name.at) return name.text;
  return (
    <>
      {name.text}
      <LocalTime iso={name.at} format="moment" />
      {name.rest}
    </>
  );
}
