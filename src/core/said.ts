// What core says, as a code and its parameters, never as a sentence: the banner, the popup and the
// history turn it into words from the message catalogue (src/i18n), in the reader's language.
// Numbers stay numbers (formatted there with Intl), ids stay ids, and a parameter may itself be a
// code (a metric's name, a platform's flow) so that it is worded in the same language.

export type ParamValue = string | number | Said;

export interface Said {
  code: string;
  params?: Record<string, ParamValue>;
}

export const said = (code: string, params?: Record<string, ParamValue>): Said => (params ? { code, params } : { code });
