import { formatDate } from "@/lib/format";

export function PostDate({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDate(date)}</time>;
}
