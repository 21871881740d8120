/** A feature's strings in both languages; the same keys are required in each (checked by the compiler). */
export function defineMessages<const K extends string>(messages: {
  ko: Record<K, string>;
  en: Record<NoInfer<K>, string>;
}) {
  return messages;
}
