import { methodNotAllowed } from '@/lib/json-api';
import { markRoutes } from '@/lib/reader/marks-route';

/** 收藏: PUT bookmarks the article for the signed-in reader, DELETE removes the bookmark. */
const routes = markRoutes('bookmark');
export const PUT = routes.PUT;
export const DELETE = routes.DELETE;

// Any other method: a 405 naming the ones this endpoint takes.
const otherMethod = methodNotAllowed(['PUT', 'DELETE']);
export { otherMethod as GET, otherMethod as POST, otherMethod as PATCH };
