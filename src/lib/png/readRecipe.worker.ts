/**
 * The recipe worker: receives a File (or any Blob), answers one `RecipeFileResult`. Parsing a stranger's
 * PNG runs here so no file, however hostile, can hold up the studio's main thread.
 */
import { readRecipeInThread } from './readRecipeInThread';

self.onmessage = (event: MessageEvent<Blob>) => {
  void readRecipeInThread(event.data).then((result) => self.postMessage(result));
};
