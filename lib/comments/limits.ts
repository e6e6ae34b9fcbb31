/** The longest comment, in characters (code points, as a reader counts them); the form says so too. */
export const COMMENT_MAX = 2000;
