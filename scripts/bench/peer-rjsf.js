// The peer of issue #20: react-jsonschema-form (@rjsf/core with its ajv validator) rendering the
// referral's published JSON Schema, with no uiSchema — what a city gets from the schema alone.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import Form from '@rjsf/core';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../../packages/core/schema/referral.schema.json';

const validator = customizeValidator({ AjvClass: Ajv2020 });

/** Renders the form into a new element appended to the body, synchronously (React commits before returning). */
globalThis.renderPeer = () => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  flushSync(() => root.render(createElement(Form, { schema, validator })));
  return host;
};
