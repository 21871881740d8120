/**
 * Korean particles follow the last syllable: 은/는, 이/가, 을/를 and 과/와 depend on whether it ends
 * in a consonant (받침). A name ending in a Latin letter or a digit gets the written fallback "은(는)".
 */
const pairs = {
  "은/는": ["은", "는"],
  "이/가": ["이", "가"],
  "을/를": ["을", "를"],
  "과/와": ["과", "와"],
} as const;

export function josa(word: string, particle: keyof typeof pairs): string {
  const [withFinal, withoutFinal] = pairs[particle];
  const last =
    word
      .trimEnd()
      .replace(/[’'")\]]+$/, "")
      .at(-1) ?? "";
  const code = last.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11_171) return `${word}${withFinal}(${withoutFinal})`;
  return word + (code % 28 === 0 ? withoutFinal : withFinal);
}

/** "a manufacturer", "an SME", "an investor": the article by the sound the word starts with. */
export function withArticle(noun: string): string {
  return /^([aeiou]|SME\b|MBA\b)/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
