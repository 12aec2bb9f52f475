// Types for the natural submodules this folder imports directly. The package index is never
// required: it loads dotenv, which reads .env and prints to stdout.
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/tokenizers/regexp_tokenizer' {
  export class RegexpTokenizer {
    constructor(options?: { pattern?: RegExp; gaps?: boolean; discardEmpty?: boolean });
    tokenize(text: string): string[] | null;
  }
}
