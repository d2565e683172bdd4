/**
 * The checks a new document passes before anything is read from or written to the graph: each
 * failure names the field and what is wrong with it.
 */
import { BadUserInputError } from '../errors/bad-user-input.error';
import { isLanguage, LANGUAGES, type Language } from '../nlp/words';

export interface DocumentInput {
  id: string;
  title: string;
  language: string;
  text: string;
}

export interface CheckedDocument {
  id: string;
  title: string;
  language: Language;
  /** Line ends normalised to "\n". */
  text: string;
}

/** The largest text accepted: 1 MB of UTF-8. */
export const MAX_TEXT_BYTES = 1_048_576;
export const MAX_TITLE_LENGTH = 300;
const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,99}$/u;
/** Control characters (C0, DEL, C1); a text may hold tabs and line ends, a title none. */
/* eslint-disable no-control-regex -- these patterns exist to find control characters */
const TITLE_CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
const TEXT_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/* eslint-enable no-control-regex */

function controlCharacter(value: string, pattern: RegExp): string | null {
  const found = pattern.exec(value);
  if (!found) return null;
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `the control character U+${code} at character ${found.index + 1}`;
}

export function checkDocumentInput(input: DocumentInput): CheckedDocument {
  if (!ID_PATTERN.test(input.id)) {
    throw new BadUserInputError(
      `input.id must be 1-100 letters, digits, dots, dashes or underscores, starting with a letter or digit; got "${input.id.slice(0, 120)}"`,
      'input.id',
    );
  }
  const title = input.title.trim();
  if (title === '') throw new BadUserInputError('input.title must not be empty', 'input.title');
  if (title.length > MAX_TITLE_LENGTH) {
    throw new BadUserInputError(
      `input.title must be at most ${MAX_TITLE_LENGTH} characters, got ${title.length}`,
      'input.title',
    );
  }
  const titleControl = controlCharacter(title, TITLE_CONTROL);
  if (titleControl) {
    throw new BadUserInputError(`input.title holds ${titleControl}: a title is one line of text`, 'input.title');
  }
  if (!isLanguage(input.language)) {
    throw new BadUserInputError(
      `input.language "${input.language.slice(0, 20)}" is not supported: use ${LANGUAGES.join(' or ')}`,
      'input.language',
    );
  }
  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (bytes > MAX_TEXT_BYTES) {
    throw new BadUserInputError(
      `input.text is ${bytes} bytes; the limit is ${MAX_TEXT_BYTES} bytes (1 MB)`,
      'input.text',
    );
  }
  // A lone surrogate cannot be encoded as UTF-8; U+FFFD is what a decoder leaves of invalid bytes.
  if (!input.text.isWellFormed() || input.text.includes('\uFFFD')) {
    throw new BadUserInputError(
      'input.text is not valid UTF-8: it holds unpaired surrogates or U+FFFD replacement characters left by a failed decoding',
      'input.text',
    );
  }
  const textControl = controlCharacter(input.text, TEXT_CONTROL);
  if (textControl) {
    throw new BadUserInputError(
      `input.text holds ${textControl}: only tabs and line ends may stand among the text's characters`,
      'input.text',
    );
  }
  const text = input.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new BadUserInputError('input.text is empty', 'input.text');
  return { id: input.id, title, language: input.language, text };
}
