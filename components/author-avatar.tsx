/* eslint-disable @next/next/no-img-element -- avatars are small site files of unknown size. */
import type { Author } from "@/lib/content";
import { avatarColour, initials } from "@/lib/avatar";

const SIZES = {
  sm: { box: "h-7 w-7 text-[0.65rem]", px: 28 },
  md: { box: "h-10 w-10 text-sm", px: 40 },
  lg: { box: "h-24 w-24 text-3xl sm:h-28 sm:w-28", px: 112 },
} as const;

/**
 * A mentor's picture, or their initials on their own colour (lib/avatar.ts). Decorative: the name
 * always stands beside it, so screen readers hear it once.
 */
export function AuthorAvatar({
  author,
  size = "md",
}: {
  author: Pick<Author, "id" | "name" | "avatar">;
  size?: keyof typeof SIZES;
}) {
  const { box, px } = SIZES[size];
  const shape = `${box} shrink-0 rounded-full ring-1 ring-line`;
  if (author.avatar)
    return (
      <img
        src={author.avatar}
        alt=""
        width={px}
        height={px}
        data-avatar="picture"
        className={`${shape} bg-surface object-cover`}
      />
    );
  return (
    <span
      aria-hidden="true"
      data-avatar="initials"
      className={`${shape} inline-flex items-center justify-center font-semibold tracking-wide text-white select-none`}
      style={{ backgroundColor: avatarColour(author.id) }}
    >
      {initials(author.name)}
    </span>
  );
}
