import type { Issue } from '@tsunagu/core';

/**
 * Fired (debounced) when the document changes as the user edits. `detail.value`
 * is the whole document — the only place personal data travels.
 * @public
 */
export class TsunaguChangeEvent<D = unknown> extends CustomEvent<{ value: D }> {
  static readonly type = 'tsunagu-change';
  constructor(value: D) {
    super(TsunaguChangeEvent.type, { detail: { value }, bubbles: true, composed: true });
  }
}

/** Fired when the user submits a valid document. @public */
export class TsunaguSubmitEvent<D = unknown> extends CustomEvent<{ value: D }> {
  static readonly type = 'tsunagu-submit';
  constructor(value: D) {
    super(TsunaguSubmitEvent.type, { detail: { value }, bubbles: true, composed: true });
  }
}

/**
 * Fired when a submit is refused. `detail.issues` carry codes, paths and
 * messages — never a value from the document.
 * @public
 */
export class TsunaguInvalidEvent extends CustomEvent<{ issues: readonly Issue[] }> {
  static readonly type = 'tsunagu-invalid';
  constructor(issues: readonly Issue[]) {
    super(TsunaguInvalidEvent.type, { detail: { issues }, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'tsunagu-change': TsunaguChangeEvent;
    'tsunagu-submit': TsunaguSubmitEvent;
    'tsunagu-invalid': TsunaguInvalidEvent;
  }
}
