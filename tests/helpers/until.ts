/** Waits (in 10 ms steps, at most `tries` of them) until `check` holds; fails the test if it never does. */
export async function until(check: () => boolean, tries = 500): Promise<void> {
  for (let i = 0; i < tries && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error('the condition never held');
}
