import { markRoutes } from '@/lib/reader/marks-route';

/** 收藏: PUT bookmarks the article for the signed-in reader, DELETE removes the bookmark. */
const routes = markRoutes('bookmark');
export const PUT = routes.PUT;
export const DELETE = routes.DELETE;
