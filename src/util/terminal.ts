import stripAnsi from 'strip-ansi';

/**
 * Text from outside (targets' bodies and headers, file names, command output, YAML) made safe to print
 * on a terminal or in a log: escape sequences (colours, cursor moves, OSC titles and links) are removed
 * by `strip-ansi`; every other control character (BEL, backspace, a lone ESC, DEL, the C1 set, which
 * includes the one-byte CSI U+009B) becomes U+FFFD, so nothing can move the cursor, clear the screen,
 * set a title or hide text.
 */
export function terminalText(text: string): string {
  return (
    stripAnsi(text)
      // A carriage return alone would return to the start of the line and overwrite it.
      .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
      // eslint-disable-next-line no-control-regex -- the control characters are what is removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD')
  );
}

/** The same for a text printed on one line: every line break and tab becomes a space. */
export function terminalLine(text: string): string {
  return terminalText(text).replace(/[\n\t]+/g, ' ');
}
