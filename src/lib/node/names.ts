/**
 * File names and other untrusted text as they appear in messages: one line, no terminal control.
 * Pure (no node: imports). A name with a newline could otherwise forge a log line ("✓ files read: 999")
 * and an ANSI escape could rewrite the terminal.
 */

// C0 and C1 controls, DEL, and the bidirectional overrides/isolates that reorder what a terminal shows.
const UNSAFE_CHARS = '\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069';
const UNSAFE = new RegExp(`[${UNSAFE_CHARS}]`);
const UNSAFE_ALL = new RegExp(`[${UNSAFE_CHARS}\\\\]`, 'g');

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e', '\\': '\\\\' };

/** Text with every control character written as an escape (`\n`, `\e`, `\x07`, `\u202e`) and backslashes doubled. */
export function safeText(s: string): string {
	return s.replace(UNSAFE_ALL, (ch) => {
		if (NAMED[ch]) return NAMED[ch];
		const c = ch.charCodeAt(0);
		return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
	});
}

/** Whether a string holds a control character (one safeText would escape). */
export function hasUnsafe(s: string): boolean {
	return UNSAFE.test(s);
}

const CONTROL_ALL = new RegExp(`[${UNSAFE_CHARS}]`, 'g');

/**
 * A message line made safe for a terminal: control characters escaped as safeText does, backslashes left
 * alone (the names inside were escaped with safeText already, so applying this twice changes nothing).
 */
export function safeLine(s: string): string {
	return s.replace(CONTROL_ALL, (ch) => safeText(ch));
}
