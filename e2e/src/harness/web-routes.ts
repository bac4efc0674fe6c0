// The web app's pages, read from its route table (apps/web/src/app.tsx) with the TypeScript parser: a page
// added there is visited by the smoke test without editing it. Nested routes join their parents' paths;
// index routes (redirects) and layout routes (no path) are not pages of their own.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

export const WEB_ROUTE_TABLE = resolve(import.meta.dirname, '../../../apps/web/src/app.tsx');

function attribute(element: ts.JsxOpeningLikeElement, name: string): ts.JsxAttribute | undefined {
  return element.attributes.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === name);
}

function joinPaths(parent: string, path: string): string {
  if (path.startsWith('/')) return path;
  return `${parent.replace(/\/$/, '')}/${path}`;
}

/**
 * Every route path of the web app's `<Route>` elements, in table order, e.g. `/cadences/:cadenceId`.
 * A path that is not a string literal is an error naming its line: the table must stay readable.
 */
export function webRoutePaths(file = WEB_ROUTE_TABLE): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const paths: string[] = [];
  const visit = (node: ts.Node, parent: string): void => {
    let here = parent;
    const opening = ts.isJsxElement(node) ? node.openingElement : ts.isJsxSelfClosingElement(node) ? node : undefined;
    if (opening && opening.tagName.getText() === 'Route') {
      const path = attribute(opening, 'path');
      if (path) {
        const init = path.initializer;
        const literal = init && ts.isStringLiteral(init) ? init : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression) ? init.expression : undefined;
        if (!literal) {
          const { line } = source.getLineAndCharacterOfPosition(path.getStart());
          throw new Error(`${file}:${line + 1}: a <Route path> that is not a string literal; the smoke test reads the route table as written`);
        }
        here = joinPaths(parent, literal.text);
        paths.push(here);
      }
    }
    ts.forEachChild(node, (child) => visit(child, here));
  };
  visit(source, '');
  return paths;
}

/** A route's `:params`, e.g. `['cadenceId', 'versionId']` for `/cadences/:cadenceId/versions/:versionId`. */
export function routeParams(path: string): string[] {
  return path.split('/').filter((s) => s.startsWith(':')).map((s) => s.slice(1).replace(/\?$/, ''));
}

/**
 * The URL to open for a route: each `:param` filled from `values`, looked up first as `segment/:param`
 * (the segment before it, so `/accounts/:id` and `/cadences/:id` may differ), then as `:param`; `*` is
 * filled with `splat`. A param nothing fills is an error naming the route: add a value for it.
 */
export function fillRoute(path: string, values: Record<string, string>, splat = 'no-such-page'): string {
  const segments = path.split('/');
  return segments
    .map((segment, i) => {
      if (segment === '*') return splat;
      if (!segment.startsWith(':')) return segment;
      const name = segment.slice(1).replace(/\?$/, '');
      const value = values[`${segments[i - 1]}/:${name}`] ?? values[`:${name}`];
      if (value === undefined) {
        throw new Error(`the smoke test cannot fill :${name} of the route ${path}: give it a value (as '${segments[i - 1]}/:${name}' or ':${name}') from the data it creates`);
      }
      return encodeURIComponent(value);
    })
    .join('/');
}
