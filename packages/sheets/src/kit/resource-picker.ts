import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { fillMessage, type IssuePath, type Locale } from '@tsunagu/core';
import type { Directory, DirectoryResource } from '@tsunagu/core/directory';
import type { TsunaguResourceDirectory } from '../resource-directory/resource-directory';
import type { TsunaguResourcePickEvent } from './events';
import type { SheetFields } from './field-host';

/** The picker's words, in both languages. */
export const PICKER_LABELS = {
  ja: {
    pickFromDirectory: '地域資源から選ぶ',
    pickFor: '{item}：地域資源から選ぶ',
    close: '閉じる',
    picked: '「{name}」を選びました。',
    fromDirectory: '地域資源の名簿から選んだ資源です。',
    candidate: '名簿にない資源です。新しい資源の候補として記録されます。',
  },
  en: {
    pickFromDirectory: 'Pick from local resources',
    pickFor: '{item}: pick from local resources',
    close: 'Close',
    picked: 'Picked “{name}”.',
    fromDirectory: 'Picked from the directory of local resources.',
    candidate: 'Not in the directory: recorded as a candidate for a new entry.',
  },
} as const;

const DIRECTORY_TAG = 'tsunagu-resource-directory';

type Host = ReactiveControllerHost & HTMLElement & { readonly directory: Directory | undefined };

/** Where a picked resource goes in the row: its name (as it was), its directory id, and formal or informal. */
export interface PickedInto {
  readonly name: string;
  readonly id: string;
  readonly formality: string;
}

/**
 * The resource directory as a picker inside a sheet: a modal dialog (the browser's `<dialog>`: focus kept inside,
 * Escape closes) with `<tsunagu-resource-directory mode="pick">`, loaded when first opened so that a sheet without a
 * directory never pays for it. A pick gives the sheet the resource and the row it was opened for.
 */
export class ResourcePicker implements ReactiveController {
  readonly #host: Host;
  readonly #fields: () => SheetFields;
  readonly #into: PickedInto;
  #path: IssuePath | undefined;
  #area: string | undefined;
  #opener: HTMLElement | undefined;

  constructor(host: Host, fields: () => SheetFields, into: PickedInto) {
    this.#host = host;
    this.#fields = fields;
    this.#into = into;
    host.addController(this);
  }

  #picked(path: IssuePath, r: DirectoryResource): void {
    const h = this.#fields();
    h.edit([...path, this.#into.name], r.name);
    h.edit([...path, this.#into.id], r.id);
    h.edit([...path, this.#into.formality], r.formality);
    h.announce(fillMessage(PICKER_LABELS[h.locale].picked, { name: r.name }));
  }

  hostConnected(): void {
    // The directory's own code is the page's to load (`@tsunagu/sheets/resource-directory`, or the browser file
    // tsunagu-resource-directory.js): a sheet never carries it. Its button appears once it is defined.
    if (!customElements.get(DIRECTORY_TAG)) void customElements.whenDefined(DIRECTORY_TAG).then(() => this.#host.requestUpdate());
  }

  /** Whether the picker can open: the host has a directory, and the page has loaded the directory's element. */
  get available(): boolean {
    return this.#host.directory !== undefined && customElements.get(DIRECTORY_TAG) !== undefined;
  }

  /** Opens the picker for the row at `path`, filtered to `area` (the person's district) when given. */
  open(path: IssuePath, area?: string): void {
    this.#path = path;
    this.#area = area;
    this.#opener = (this.#host.shadowRoot?.activeElement as HTMLElement | null) ?? undefined;
    this.#host.requestUpdate();
  }

  #close(): void {
    this.#path = undefined;
    this.#host.requestUpdate();
    const opener = this.#opener;
    void this.#host.updateComplete.then(() => opener?.focus());
  }

  hostUpdated(): void {
    const dialog = this.#host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.resource-picker');
    if (!dialog || dialog.open) return;
    // After the update: opening moves focus, and a field left may render the sheet again.
    void this.#host.updateComplete.then(() => {
      if (!dialog.isConnected || dialog.open) return;
      dialog.showModal();
      const directory = dialog.querySelector<TsunaguResourceDirectory>('tsunagu-resource-directory');
      void directory?.updateComplete.then(() => directory.shadowRoot?.querySelector<HTMLInputElement>('#text')?.focus());
    });
  }

  /** The dialog while the picker is open; nothing otherwise. */
  render(locale: Locale): TemplateResult | typeof nothing {
    const path = this.#path;
    if (!path) return nothing;
    const l = PICKER_LABELS[locale];
    const onPick = (e: TsunaguResourcePickEvent) => {
      e.stopPropagation();
      const resource = (e.target as TsunaguResourceDirectory).index?.get(e.detail.id);
      if (resource) this.#picked(path, resource);
      this.#close();
    };
    return html`<dialog class="resource-picker" aria-labelledby="resource-picker-title" @close=${() => this.#path && this.#close()}>
      <h2 id="resource-picker-title" class="visually-hidden">${l.pickFromDirectory}</h2>
      <tsunagu-resource-directory mode="pick" .directory=${this.#host.directory} area=${this.#area ?? ''} @tsunagu-resource-pick=${onPick}></tsunagu-resource-directory>
      <button type="button" @click=${() => this.#close()}>${l.close}</button>
    </dialog>`;
  }
}

/**
 * Under a row's name, when the host has a directory (nothing otherwise): whether the row's resource came from the directory or is a candidate entry,
 * and the button that opens the picker for the row (not in read-only forms).
 */
export function directoryRowNote(
  h: SheetFields,
  picker: ResourcePicker,
  row: {
    readonly path: IssuePath;
    readonly item: string;
    readonly picked: boolean;
    readonly candidate?: boolean;
    readonly area?: string | undefined;
  },
): TemplateResult | typeof nothing {
  if (!picker.available) return nothing;
  const l = PICKER_LABELS[h.locale];
  const note = row.picked ? l.fromDirectory : row.candidate ? l.candidate : '';
  return html`${note ? html`<p class="hint">${note}</p>` : nothing}
    ${
      h.readonly
        ? nothing
        : html`<button type="button" aria-label=${fillMessage(l.pickFor, { item: row.item })} @click=${() => picker.open(row.path, row.area)}>${l.pickFromDirectory}</button>`
    }`;
}
