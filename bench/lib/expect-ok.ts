/** One request before loading a URL, so a broken route fails the bench with its status instead of skewing it. */
export async function expectOk(url: string, headers?: Record<string, string>): Promise<void> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(30_000) });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`);
  }
}
