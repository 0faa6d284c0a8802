/** Why a PDF could not be ingested. The caller records the document as status 'failed'. */
export type IngestErrorCode = 'not-pdf' | 'empty' | 'corrupt' | 'encrypted' | 'too-many-pages';

export class IngestError extends Error {
  override readonly name = 'IngestError';
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
