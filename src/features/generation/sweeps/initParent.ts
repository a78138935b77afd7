/**
 * Which gallery result the canvas's init image came from ("Use as init image"), so results made from it
 * record their parent. The canvas does not track where its image came from, so the app sets this when it
 * loads a result and clears it when the canvas gets another image.
 */
let parent: { resultId: string } | undefined;

export function setInitParent(resultId: string | undefined): void {
  parent = resultId ? { resultId } : undefined;
}

/** The result the current init image came from, if the app knows it. */
export function currentInitParent(): string | undefined {
  return parent?.resultId;
}
