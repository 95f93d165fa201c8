/** Pick the logo among uploaded images, or none. Plain radios: no script needed. */
export function LogoPicker({
  images,
  initial,
  errors,
}: {
  images: string[];
  initial: string;
  errors?: string[];
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Logo</legend>
      <p className="text-xs text-muted">
        Shown beside the site title. Upload images on the Media page, then pick one here.
      </p>
      <div className="flex flex-wrap gap-3">
        <label className="flex items-center gap-2 rounded-md border border-line p-2 text-sm">
          <input type="radio" name="logo" value="" defaultChecked={!initial} />
          No logo
        </label>
        {images.map((url, index) => (
          <label
            key={url}
            className="flex items-center gap-2 rounded-md border border-line p-2 text-sm"
          >
            <input
              type="radio"
              name="logo"
              value={url}
              defaultChecked={url === initial}
              aria-label={`Image ${index + 1}`}
            />
            {/* eslint-disable-next-line @next/next/no-img-element -- uploads are served as-is from /media */}
            <img src={url} alt="" className="h-10 w-10 object-contain" />
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p className="text-xs text-red-700 dark:text-red-400">{errors.join(" ")}</p>
      ) : null}
    </fieldset>
  );
}
