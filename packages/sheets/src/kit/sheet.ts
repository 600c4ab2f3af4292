import type { CSSResultGroup } from 'lit';
import { DEFAULT_POLICY, localQuestionsOf, type LocalItemPlace, type LocalQuestion, type MunicipalPolicy } from '@tsunagu/core';
import type { SheetFields } from './field-host';
import { localItems, type LocalItemsOptions } from './local-items';
import { FormSheet } from './form-sheet';
import { dateText } from './fields';
import { printSheets, type PaperMargins } from './print-page';
import { PrintController } from './print';
import { sheetStyles } from './styles';

/**
 * The base of every tsunagu sheet: a form-associated element whose value is a
 * typed document, validated only by `@tsunagu/core` under a municipal policy.
 * {@link SheetForm} owns form association, the document and the public API;
 * {@link FormSheet} renders the sheet (its title, notices, error summary and the
 * sections a sheet names) and gives stateless field templates their facade
 * (`this.fields`; docs/sheet-kit.md); this class follows the page's printing.
 *
 * @csspart sheet - The sheet's outer container.
 * @csspart error-summary - The error summary shown after a refused submit.
 * @csspart section - Each section of the sheet.
 * @csspart field - Each field.
 * @csspart row - Each row of a repeatable group.
 * @csspart button - Every button.
 * @csspart notice - Draft and status notices.
 *
 * @cssprop [--tsunagu-color-primary=#0017c1] - Primary colour (buttons, checked boxes).
 * @cssprop [--tsunagu-color-link=#00118f] - Link colour.
 * @cssprop [--tsunagu-color-error=#ec0000] - Error borders.
 * @cssprop [--tsunagu-color-error-text=#ce0000] - Error text.
 * @cssprop [--tsunagu-color-warning-bg=#fff8e0] - Warning background.
 * @cssprop [--tsunagu-color-warning-text=#5c4400] - Warning text.
 * @cssprop [--tsunagu-color-text=#1a1a1a] - Text colour.
 * @cssprop [--tsunagu-color-muted=#4d4d4d] - Hints and optional marks.
 * @cssprop [--tsunagu-color-border=#767676] - Input borders.
 * @cssprop [--tsunagu-color-background=#ffffff] - Sheet background.
 * @cssprop [--tsunagu-color-surface=#f2f2f7] - Row and notice background.
 * @cssprop [--tsunagu-color-focus-ring=#ffd43d] - The yellow ring around the black focus outline.
 * @cssprop [--tsunagu-font-family] - Font family (Noto Sans JP, then system fonts).
 * @cssprop [--tsunagu-font-size=16px] - Base font size.
 * @cssprop [--tsunagu-line-height=1.7] - Line height.
 * @cssprop [--tsunagu-input-height=48px] - Height of inputs.
 * @cssprop [--tsunagu-radius=8px] - Corner radius.
 * @cssprop [--tsunagu-space=16px] - Base spacing.
 * @cssprop [--tsunagu-max-width=46rem] - Maximum width of the sheet.
 * @public
 */
export abstract class TsunaguSheet<D extends object> extends FormSheet<D> {
  static override styles: CSSResultGroup = sheetStyles;

  /** The page's printing: the sheet renders its paper version while it prints, whatever its mode. */
  protected readonly print_ = new PrintController(
    this,
    () => this.#paperMargins(),
    (printing) => {
      this.doc.invalidate();
      this.doc.changed();
      this.requestUpdate();
      if (printing && this.isConnected && this.hasUpdated) this.performUpdate();
    },
  );
  /**
   * Prints this sheet alone — its paper version, on A4, without the rest of the
   * page — from whatever mode it is in. To print two sheets as one document,
   * use `printSheets(a, b)`.
   */
  print(): void {
    printSheets(this);
  }

  #local: { policy: MunicipalPolicy; place: LocalItemPlace; questions: readonly LocalQuestion[] } | undefined;
  /**
   * The policy's own questions of a place (`MunicipalPolicy.localItems`) asked in one of the sheet's sections
   * (`o.section`), or the sheet's own section of local questions (see `localItems`); read again when the policy changes.
   */
  protected localItems(h: SheetFields, place: LocalItemPlace, o: LocalItemsOptions = {}): ReturnType<typeof localItems> {
    const l = this.#local;
    const questions = l?.policy === this.policy && l.place === place ? l.questions : localQuestionsOf(this.policy, place);
    this.#local = { policy: this.policy, place, questions };
    return localItems(h, questions, o);
  }

  /** The document's date for the running header (the referral's, the meeting's, the plan's). */
  protected paperDate(): string | undefined {
    return undefined;
  }

  #paperMargins(): PaperMargins {
    return {
      // The municipality's name, then the sheet's own: nothing for the national defaults, which are no one's.
      top: this.policy.id === DEFAULT_POLICY.id ? this.sheetTitle() : `${this.policy.name[this.locale]}\u3000${this.sheetTitle()}`,
      date: dateText(this, this.paperDate()),
      notice: this.policy.paperNotice?.[this.locale] ?? this.t.paperNotice,
    };
  }

  /** The page is printing: the sheet renders its paper version, whatever its mode. */
  protected override get printing(): boolean {
    return this.print_.printing;
  }
}
