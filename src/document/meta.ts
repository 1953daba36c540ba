/** Metadata about a report that a manifest (MANIFEST.tsv) or the caller may add to what its text says. */
export interface DocumentMeta {
  title?: string;
  issuer?: string;
  genre?: string;
  year?: number;
}
