/**
 * A delegate build (`npm run dist:delegate -- talk.md`) carries one talk and opens it in the
 * delegate viewer. scripts/dist-delegate.mjs writes `lectern: { delegate, speech, title }` into the
 * packaged package.json; this reads it back, trusting nothing: the speech must be a plain relative
 * path under slides/ inside the app's resources. No Electron import: unit-tested.
 */
import { z } from 'zod';

export interface DelegateConfig {
  /** Relative to the app's resources folder, e.g. `slides/keynote.md`. */
  speech: string;
  /** Window title (the product name). */
  title: string;
}

const schema = z.object({
  lectern: z.object({
    delegate: z.literal(true),
    speech: z
      .string()
      .regex(/^slides\/[\p{L}\p{N}._-]+\.(md|markdown|txt)$/iu, 'must be slides/<file>.md|.markdown|.txt')
      .refine((path) => !path.includes('..'), 'must stay inside slides/'),
    title: z.string().min(1).max(200),
  }),
});

/** The delegate settings of an app's package.json, or null for the normal app (or bad settings). */
export function delegateConfig(packageJson: unknown): DelegateConfig | null {
  const parsed = schema.safeParse(packageJson);
  return parsed.success ? { speech: parsed.data.lectern.speech, title: parsed.data.lectern.title } : null;
}
