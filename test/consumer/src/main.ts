// One page with the docs' examples as an app would use them: the React component, the Vue component,
// and a sheet already in the HTML wired to an endpoint. `window.received` collects what each submits.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createApp, h } from 'vue';
import type { Referral } from '@tsunagu/core';
import { ReferralForm as ReactReferralForm } from './docs/react-example';
import { ReferralForm as VueReferralForm } from './docs/vue-example';
import { wireReferralSheet } from './docs/bundler-app';

declare global {
  interface Window {
    received: { from: string; referral: Referral }[];
  }
}
window.received = [];

createRoot(document.getElementById('react')!).render(
  createElement(ReactReferralForm, { onSubmit: (referral: Referral) => window.received.push({ from: 'react', referral }) }),
);
createApp({ render: () => h(VueReferralForm, { onSubmitted: (referral: Referral) => window.received.push({ from: 'vue', referral }) }) }).mount('#vue');
wireReferralSheet(document.querySelector('#plain tsunagu-referral-sheet')!, '/api/referrals');
