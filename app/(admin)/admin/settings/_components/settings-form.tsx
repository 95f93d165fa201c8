"use client";

import { useActionState, useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { inputClass, TextField } from "@/components/forms/text-field";
import type { SettingsLimits, SiteSettings } from "@/lib/site-settings";
import { useUnsavedForm } from "@/components/admin/unsaved-changes";
import { saveSettingsAction } from "../actions";
import { LinkRows, type Row } from "./link-rows";
import { LogoPicker } from "./logo-picker";

type Props = {
  initial: SiteSettings;
  version: string;
  images: string[];
  kinds: { value: string; label: string }[];
  limits: SettingsLimits;
  /** Addresses offered while typing a navigation link: the site's own pages. */
  addresses: { url: string; label: string }[];
};

const rowsOf = (pairs: [string, string][]): Row[] =>
  pairs.map(([first, second], key) => ({ key, first, second }));

/** Every setting in one form; the two link lists are rows kept here and sent as JSON. */
export function SettingsForm({ initial, version, images, kinds, limits, addresses }: Props) {
  const [result, action] = useActionState(saveSettingsAction, null);
  const [nav, setNav] = useState(rowsOf(initial.navigation.map((l) => [l.label, l.url])));
  const [social, setSocial] = useState(rowsOf(initial.social.map((l) => [l.kind, l.url])));
  // Typing and choosing make the form hear a change; the link rows' buttons say so themselves.
  const { changed } = useUnsavedForm(result);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const currentVersion = result?.ok ? result.version : version;
  return (
    <form action={action} onChange={changed} className="space-y-8">
      <input type="hidden" name="version" value={currentVersion} />
      <input
        type="hidden"
        name="navigation"
        value={JSON.stringify(nav.map((row) => ({ label: row.first, url: row.second })))}
      />
      <input
        type="hidden"
        name="social"
        value={JSON.stringify(social.map((row) => ({ kind: row.first, url: row.second })))}
      />
      <div className="space-y-4">
        <TextField
          label="Site title"
          name="title"
          defaultValue={initial.title}
          required
          maxLength={limits.title}
          errors={errors?.title}
        />
        <Area
          label="Description"
          name="description"
          hint="One or two sentences for search engines, feeds and link previews."
          max={limits.description}
          initial={initial.description}
          errors={errors?.description}
        />
        <Area
          label="Home page introduction"
          name="intro"
          hint="A short welcome shown at the top of the home page. Leave empty for none."
          max={limits.intro}
          initial={initial.intro}
          errors={errors?.intro}
        />
        <TextField
          label="Ask readers to double-check posts last checked more than this many months ago"
          name="reviewAfterMonths"
          type="number"
          inputMode="numeric"
          min={limits.reviewAfterMonths.min}
          max={limits.reviewAfterMonths.max}
          defaultValue={initial.reviewAfterMonths}
          hint={`A post whose "Last checked" day is older shows readers a gentle notice, and the Posts page lists it under "Needs a check". ${limits.reviewAfterMonths.default} months unless you change it.`}
          errors={errors?.reviewAfterMonths}
          className={`${inputClass} max-w-32`}
        />
      </div>
      <LinkRows
        legend="Navigation (the links at the top of every page, in this order)"
        rows={nav}
        onChange={(rows) => {
          setNav(rows);
          changed();
        }}
        firstLabel="Link label"
        secondLabel="Link address"
        addLabel="Add a link"
        max={limits.navLinks}
        errors={errors}
        errorKey="navigation"
        keys={["label", "url"]}
        listId="site-addresses"
      />
      <datalist id="site-addresses">
        {addresses.map((item) => (
          <option key={item.url} value={item.url}>
            {item.label}
          </option>
        ))}
      </datalist>
      <LinkRows
        legend="Social links (shown at the bottom of every page)"
        rows={social}
        onChange={(rows) => {
          setSocial(rows);
          changed();
        }}
        firstLabel="Kind of link"
        secondLabel="Address"
        addLabel="Add a social link"
        max={limits.socialLinks}
        errors={errors}
        errorKey="social"
        keys={["kind", "url"]}
        renderFirst={(row, label, set) => (
          <select
            aria-label={label}
            value={row.first}
            onChange={(e) => set(e.target.value)}
            className={`${inputClass} sm:w-40`}
          >
            <option value="">Choose…</option>
            {kinds.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        )}
      />
      <LogoPicker images={images} initial={initial.logo ?? ""} errors={errors?.logo} />
      <div className="flex items-center gap-4">
        <SubmitButton>Save settings</SubmitButton>
        <FormStatus result={result} />
      </div>
    </form>
  );
}

function Area(props: {
  label: string;
  name: string;
  hint: string;
  max: number;
  initial: string;
  errors?: string[];
}) {
  const id = `field-${props.name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {props.label}
      </label>
      <textarea
        id={id}
        name={props.name}
        defaultValue={props.initial}
        maxLength={props.max}
        rows={3}
        aria-describedby={`${id}-hint`}
        aria-invalid={props.errors?.length ? true : undefined}
        className={inputClass}
      />
      <p id={`${id}-hint`} className="text-xs text-muted">
        {props.hint}
      </p>
      {props.errors?.length ? (
        <p className="text-xs text-red-700 dark:text-red-400">{props.errors.join(" ")}</p>
      ) : null}
    </div>
  );
}
