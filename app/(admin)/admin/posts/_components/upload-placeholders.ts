import { StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, WidgetType, type DecorationSet } from "@codemirror/view";

/**
 * "Uploading my-diagram.png…" shown in the body where an image will go, without being part of the
 * text: autosave never saves it, and a failed upload leaves the text exactly as it was. The
 * placeholder moves with edits made around it, so the image lands where the mentor meant.
 */
class UploadingWidget extends WidgetType {
  constructor(readonly label: string) {
    super();
  }
  toDOM() {
    const span = document.createElement("span");
    span.className = "rounded bg-accent/10 px-1 text-xs text-muted";
    span.setAttribute("role", "status");
    span.textContent = this.label;
    return span;
  }
}

const add = StateEffect.define<{ id: string; pos: number; label: string }>();
const remove = StateEffect.define<string>();

export const uploadPlaceholders = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(set, transaction) {
    let next = set.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(add)) {
        const { id, pos, label } = effect.value;
        const widget = Decoration.widget({ widget: new UploadingWidget(label), side: 1, id });
        next = next.update({ add: [widget.range(pos)] });
      } else if (effect.is(remove)) {
        next = next.update({ filter: (_from, _to, value) => value.spec.id !== effect.value });
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

let counter = 0;

/** Shows a placeholder at `pos`; returns its id. */
export function addPlaceholder(view: EditorView, pos: number, label: string): string {
  const id = `upload-${++counter}`;
  view.dispatch({ effects: add.of({ id, pos: Math.min(pos, view.state.doc.length), label }) });
  return id;
}

/** Removes a placeholder; returns where it stood then (undefined if it is gone). */
export function takePlaceholder(view: EditorView, id: string): number | undefined {
  let at: number | undefined;
  view.state.field(uploadPlaceholders).between(0, view.state.doc.length, (from, _to, value) => {
    if (value.spec.id === id) at = from;
  });
  view.dispatch({ effects: remove.of(id) });
  return at;
}
