import { methodNotAllowed } from '@/lib/json-api';
import { markRoutes } from '@/lib/reader/marks-route';

/** 点赞: PUT likes the article for the signed-in reader, DELETE takes the like back. */
const routes = markRoutes('like');
export const PUT = routes.PUT;
export const DELETE = routes.DELETE;

// Any other method: a 405 naming the ones this endpoint takes.
const otherMethod = methodNotAllowed(['PUT', 'DELETE']);
export { otherMethod as GET, otherMethod as POST, otherMethod as PATCH };
