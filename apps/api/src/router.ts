import { OpenAPIHono } from '@hono/zod-openapi';
import { validationHook } from './errors';

/** Every router validates with the same hook, so every 400 has the same shape. */
export const newRouter = () => new OpenAPIHono({ defaultHook: validationHook });
