// Figures of `pnpm bench` and its check scripts: the median of samples, and a number as the pages print it.

/** The median of samples. */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** A number with `d` decimals and thousands separators. */
export const fmt = (n, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
