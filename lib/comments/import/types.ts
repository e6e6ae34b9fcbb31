/** The comment services whose exports can be read. */
export type ImportSource = 'waline' | 'twikoo' | 'valine';

/** One comment from an export, in the shape every reader gives, ready to be matched to an article. */
export type ImportedComment = {
  source: ImportSource;
  /** The service's own id for the comment, kept so an import can run twice. */
  id: string;
  /** The page the comment belonged to, exactly as the service stored it (encoded or not). */
  url: string;
  authorName: string;
  email?: string;
  site?: string;
  /** Written by the blog's owner: Waline's administrator, Twikoo's 博主 (Valine has no such mark). */
  byOwner: boolean;
  /** As stored: Markdown (Waline) or HTML (Twikoo, Valine). */
  body: string;
  createdAt: Date;
  /** The top-level comment this reply hangs under. */
  parentId?: string;
  /** The comment this reply answers: the top-level one, or another reply under it. */
  replyToId?: string;
  /** `deleted` is for exports that keep deleted rows; these three services remove the row instead. */
  status: 'approved' | 'pending' | 'spam' | 'deleted';
};

/** A row left out, and why: the field that did not validate, or the line that was not JSON. */
export type SkippedRow = { id?: string; reason: string };

export type ReadResult = { comments: ImportedComment[]; skipped: SkippedRow[] };
