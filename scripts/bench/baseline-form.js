// The render baseline of issue #9: a hand-written minimal Lit form with the same number of
// labelled fields as the sheet it is compared with, and nothing else.
import { LitElement, html } from 'lit';

class BaselineForm extends LitElement {
  static properties = { count: { type: Number } };
  constructor() {
    super();
    this.count = 15;
  }
  render() {
    return html`<form>
      ${Array.from({ length: this.count }, (_, i) => html`<div><label for="f${i}">項目${i + 1}</label><input id="f${i}" /></div>`)}
      <button type="submit">送信する</button>
    </form>`;
  }
}
customElements.define('bench-baseline-form', BaselineForm);
