import type { IssuePath, Vocabulary } from '@tsunagu/core';
import type { TemplateResult } from 'lit';
import { checkbox, checkboxGroup, radioGroup, selectField } from './choices';
import type { FieldHost, FieldOptions } from './field-host';
import { dateField, nameListField, numberField, textArea, textField, timeField } from './fields';
import { collapsible, rows, type RowsOptions } from './rows';

/**
 * The field templates bound to one form: what a sheet's `renderSheet(f)` uses.
 * Each is the stateless template of the same name with the form as its host.
 * @public
 */
export interface Fields {
  text(path: IssuePath, label: string, o?: FieldOptions): TemplateResult;
  area(path: IssuePath, label: string, o?: FieldOptions): TemplateResult;
  number(path: IssuePath, label: string, o?: FieldOptions): TemplateResult;
  date(path: IssuePath, label: string, o?: FieldOptions): TemplateResult;
  time(path: IssuePath, label: string, o?: FieldOptions): TemplateResult;
  names(path: IssuePath, label: string, o?: FieldOptions): TemplateResult;
  select(path: IssuePath, label: string, list: Vocabulary, o?: FieldOptions): TemplateResult;
  radio(path: IssuePath, label: string, list: Vocabulary, o?: FieldOptions): TemplateResult;
  checkboxes(path: IssuePath, label: string, list: Vocabulary, o?: FieldOptions): TemplateResult;
  checkbox(path: IssuePath, label: string, o?: FieldOptions): TemplateResult;
  rows<R>(path: IssuePath, o: RowsOptions<R>): TemplateResult;
  collapsible(key: string, title: string, filled: boolean, body: TemplateResult): TemplateResult;
}

/** Binds the field templates to a host. @public */
export function bindFields(h: FieldHost): Fields {
  return {
    text: (p, l, o) => textField(h, p, l, o),
    area: (p, l, o) => textArea(h, p, l, o),
    number: (p, l, o) => numberField(h, p, l, o),
    date: (p, l, o) => dateField(h, p, l, o),
    time: (p, l, o) => timeField(h, p, l, o),
    names: (p, l, o) => nameListField(h, p, l, o),
    select: (p, l, list, o) => selectField(h, p, l, list, o),
    radio: (p, l, list, o) => radioGroup(h, p, l, list, o),
    checkboxes: (p, l, list, o) => checkboxGroup(h, p, l, list, o),
    checkbox: (p, l, o) => checkbox(h, p, l, o),
    rows: (p, o) => rows(h, p, o),
    collapsible: (k, t, filled, body) => collapsible(h, k, t, filled, body),
  };
}
