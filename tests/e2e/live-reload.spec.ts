import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot } from '../helpers/show-host';
import { expectSlide, openShow, type ShowPages } from './show-pages';
import { tempDir } from '../helpers/temp';

/** Saves like most editors do: write a temporary file, then rename it over the speech. */
function saveAtomically(path: string, text: string): void {
  const temp = `${path}.tmp-${Date.now()}`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

let pages: ShowPages;
let speech: string;
let original: string;

test.beforeEach(async ({ browser }) => {
  const dir = tempDir('live');
  speech = join(dir, 'talk.md');
  copyFileSync(join(projectRoot, 'slides', 'carec-digital-strategy-2030.md'), speech);
  original = readFileSync(speech, 'utf8');
  pages = await openShow(browser, speech, { follow: true });
});

test.afterEach(async () => {
  await pages.close();
});

test('an edit saved in the speaker’s editor reaches both views on the same slide', async () => {
  const { presenter, audience } = pages;
  await presenter.keyboard.type('3');
  await presenter.keyboard.press('Enter');
  await expectSlide(pages, 2);
  const edited = original
    .replace("## China's digital economy", "## China's digital economy today")
    .replace('China attaches great importance', 'China attaches very great importance');
  expect(edited).not.toBe(original);
  saveAtomically(speech, edited);
  await expect(presenter.getByTestId('notes')).toContainText('China attaches very great importance');
  await expect(presenter.getByTestId('current-preview')).toContainText("China's digital economy today");
  await expect(audience.locator('.reveal .slides > section.present')).toContainText(
    "China's digital economy today",
  );
  await expectSlide(pages, 2);
});

test('a broken save is reported with its line, the last good deck stays up, and a fix clears it', async () => {
  const { presenter, audience } = pages;
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(pages, 1);
  // line 7 of the file: a duration that is not a number
  const broken = original.replace('duration: 5', 'duration: five minutes');
  expect(broken.split('\n')[6]).toBe('duration: five minutes');
  saveAtomically(speech, broken);
  const problem = presenter.getByTestId('problem');
  await expect(problem).toContainText('talk.md:7:');
  await expect(problem).toContainText('duration');
  // the audience notices nothing: same slide, same content
  await expectSlide(pages, 1);
  await expect(audience.locator('.reveal .slides > section.present')).toContainText(
    'Digital economy: a global driver',
  );
  saveAtomically(speech, original);
  await expect(problem).toHaveCount(0);
  await expectSlide(pages, 1);
  expect(readFileSync(speech, 'utf8')).toBe(original); // Lectern never writes the speaker's file
});
