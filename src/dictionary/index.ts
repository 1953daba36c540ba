export {
  Dictionary,
  loadDictionary,
  loadWordList,
  builtinEntries,
  parseTermsFile,
  parseFormulationsFile,
  parseWordList,
  DICTIONARY_DIR,
  BUILTIN_FILES,
} from './dictionary.js';
export type { DictionaryEntry, EntryInput, EntryOrigin, DictionaryMatch, LoadDictionaryOptions } from './dictionary.js';
