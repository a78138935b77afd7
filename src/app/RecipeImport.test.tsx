// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useOptionsStore } from '../features/generation';
import { HTML_FIELD, HTML_PROMPT, hostilePng } from '../lib/png/hostilePngs';
import { OpenRecipeButton, RecipeImportNotice } from './RecipeImport';
import { useRecipeImportNotice } from './useRecipeImport';

function openRecipe(corpusName: string, fileName: string): void {
  const file = new File([hostilePng(corpusName).build()], fileName, { type: 'image/png' });
  fireEvent.change(screen.getByLabelText('Recipe file'), { target: { files: [file] } });
}

beforeEach(() => {
  useOptionsStore.getState().resetOptions();
  useRecipeImportNotice.getState().clear();
  render(
    <>
      <OpenRecipeButton />
      <RecipeImportNotice />
    </>,
  );
});
afterEach(cleanup);

// happy-dom has no Worker: these run the in-thread fallback, with the same caps as the worker.
describe('Open recipe with hostile files', () => {
  it('shows markup from a file as text: the prompt and the notice hold it, no element is made', async () => {
    openRecipe('html-in-prompt', 'html.png');
    const notice = screen.getByRole('status', { name: 'Recipe import' });
    await waitFor(() =>
      expect(notice.textContent).toBe(
        `Restored the Gesso recipe from html.png. Not applied: ${HTML_FIELD}.Dismiss`,
      ),
    );
    expect(notice.querySelector('b, img, script')).toBeNull();
    expect(document.querySelector('img, script')).toBeNull();
    expect(useOptionsStore.getState().prompts.map((p) => p.text)).toEqual([
      `${HTML_PROMPT} a lighthouse`,
      '<b>blurry</b>',
    ]);
  });

  it('is busy with "Cancel reading" while it reads; Cancel leaves the options as they were', async () => {
    const { prompts, setPromptText } = useOptionsStore.getState();
    setPromptText(prompts[0]!.id, 'kept');
    openRecipe('html-in-prompt', 'slow.png');
    const notice = screen.getByRole('status', { name: 'Recipe import' });
    expect(screen.getByRole('progressbar', { name: 'Reading the recipe' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel reading' }));
    await waitFor(() =>
      expect(notice.textContent).toBe('Stopped reading slow.png; nothing was changed.Dismiss'),
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(useOptionsStore.getState().prompts.map((p) => p.text)).toEqual(['kept']);
  });

  it('restores the recipe hidden behind twenty wrong-CRC bombs and says what was skipped', async () => {
    openRecipe('wrong-crc-bombs-20', 'bombs.png');
    const notice = screen.getByRole('status', { name: 'Recipe import' });
    await waitFor(() =>
      expect(notice.textContent).toBe(
        'Restored the AUTOMATIC1111 recipe from bombs.png. ' +
          'Skipped 20 text chunks with a wrong checksum (damaged, not read).Dismiss',
      ),
    );
    expect(useOptionsStore.getState()).toMatchObject({ seed: 4321, steps: 21, cfgScale: 6.5 });
  });

  it('says a file without a usable recipe has none, and why', async () => {
    openRecipe('itxt-bomb', 'bomb.png');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Recipe import' }).textContent).toBe(
        'bomb.png carries no recipe Gesso understands. ' +
          'Skipped 1 text chunk inflating past 1 MiB (stopped there).Dismiss',
      ),
    );
  });
});
