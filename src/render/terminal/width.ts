// Display columns of terminal text (CJK characters count two, escape sequences none).
import stringWidth from 'string-width';

export function displayWidth(text: string): number {
  return stringWidth(text);
}
