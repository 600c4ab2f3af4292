import { defineComponent, h, onMounted, ref } from 'vue';
import '@tsunagu/sheets/referral-sheet';
import type { Referral } from '@tsunagu/core';
import type { TsunaguReferralSheet } from '@tsunagu/sheets';

/**
 * A Vue 3 component with a referral sheet. In a template, write
 * `<tsunagu-referral-sheet :value.prop="initial" @tsunagu-submit="…">` and tell
 * the compiler about custom elements: `compilerOptions.isCustomElement = (tag) => tag.startsWith('tsunagu-')`.
 */
export const ReferralForm = defineComponent({
  props: { initial: { type: Object as () => Referral | undefined, default: undefined } },
  emits: { submitted: (_r: Referral) => true },
  setup(props, { emit }) {
    const sheet = ref<TsunaguReferralSheet | null>(null);
    onMounted(() => {
      if (props.initial && sheet.value) sheet.value.value = props.initial;
    });
    return () =>
      h('tsunagu-referral-sheet', {
        ref: sheet,
        name: 'referral',
        onTsunaguSubmit: (e: CustomEvent<{ value: Referral }>) => emit('submitted', e.detail.value),
      });
  },
});
