/** Space held = temporary Hand tool. Tracked here so the pointer controller can read it synchronously. */
let held = false;

export function isSpaceHeld(): boolean {
  return held;
}

export function setSpaceHeld(value: boolean): void {
  held = value;
}
