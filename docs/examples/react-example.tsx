import { useEffect, useRef, useState } from 'react';
import '@tsunagu/sheets/referral-sheet';
import type { Referral } from '@tsunagu/core';
import type { TsunaguReferralSheet } from '@tsunagu/sheets';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'tsunagu-referral-sheet': React.DetailedHTMLProps<React.HTMLAttributes<TsunaguReferralSheet>, TsunaguReferralSheet> & {
        name?: string;
        mode?: string;
        'draft-key'?: string;
        today?: string;
      };
    }
  }
}

/** A React component that shows a referral sheet and reports the submitted referral. */
export function ReferralForm({ initial, onSubmit }: { initial?: Referral; onSubmit: (r: Referral) => void }) {
  const ref = useRef<TsunaguReferralSheet>(null);
  const [sent, setSent] = useState(false);
  useEffect(() => {
    const sheet = ref.current;
    if (!sheet) return;
    if (initial) sheet.value = initial;
    const handle = (e: Event) => {
      onSubmit((e as CustomEvent<{ value: Referral }>).detail.value);
      setSent(true);
    };
    sheet.addEventListener('tsunagu-submit', handle);
    return () => sheet.removeEventListener('tsunagu-submit', handle);
  }, [initial, onSubmit]);
  return (
    <div>
      <tsunagu-referral-sheet ref={ref} name="referral" />
      {sent && <p role="status">送信しました</p>}
    </div>
  );
}
