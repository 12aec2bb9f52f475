/**
 * Just enough of the ARM template language for the deployment tests: a parser for every
 * `[...]` expression and an evaluator for the few functions the checks need to run.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type Expr =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'call'; name: string; args: Expr[] }
  | { kind: 'property'; target: Expr; name: string }
  | { kind: 'index'; target: Expr; index: Expr };

/** True for a string ARM treats as an expression ("[[" escapes a literal bracket). */
export function isExpression(value: string): boolean {
  return value.startsWith('[') && !value.startsWith('[[') && value.endsWith(']');
}

export function parseExpression(text: string): Expr {
  if (!isExpression(text)) throw new Error(`not an expression: ${text}`);
  const src = text.slice(1, -1);
  let pos = 0;

  const fail = (what: string): never => {
    throw new Error(`${what} at ${pos} in ${text}`);
  };
  const skipSpace = () => {
    while (pos < src.length && /\s/.test(src[pos])) pos++;
  };
  const expect = (ch: string) => {
    skipSpace();
    if (src[pos] !== ch) fail(`expected "${ch}"`);
    pos++;
  };
  const identifier = (): string => {
    skipSpace();
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(pos));
    if (!match) return fail('expected a name');
    pos += match[0].length;
    return match[0];
  };

  const primary = (): Expr => {
    skipSpace();
    if (src[pos] === "'") {
      let value = '';
      pos++;
      for (;;) {
        if (pos >= src.length) fail('unterminated string');
        if (src[pos] === "'") {
          if (src[pos + 1] === "'") {
            value += "'";
            pos += 2;
            continue;
          }
          pos++;
          return { kind: 'string', value };
        }
        value += src[pos++];
      }
    }
    const number = /^-?\d+/.exec(src.slice(pos));
    if (number) {
      pos += number[0].length;
      return { kind: 'number', value: Number(number[0]) };
    }
    const name = identifier();
    expect('(');
    const args: Expr[] = [];
    skipSpace();
    if (src[pos] === ')') pos++;
    else {
      for (;;) {
        args.push(expression());
        skipSpace();
        if (src[pos] === ',') pos++;
        else if (src[pos] === ')') {
          pos++;
          break;
        } else fail('expected "," or ")"');
      }
    }
    return { kind: 'call', name, args };
  };

  const expression = (): Expr => {
    let node = primary();
    for (;;) {
      skipSpace();
      if (src[pos] === '.') {
        pos++;
        node = { kind: 'property', target: node, name: identifier() };
      } else if (src[pos] === '[') {
        pos++;
        const index = expression();
        expect(']');
        node = { kind: 'index', target: node, index };
      } else return node;
    }
  };

  const result = expression();
  skipSpace();
  if (pos !== src.length) fail('unexpected text');
  return result;
}

/** Every call in an expression, depth first. */
export function calls(expr: Expr): Array<{ name: string; args: Expr[] }> {
  switch (expr.kind) {
    case 'call':
      return [{ name: expr.name, args: expr.args }, ...expr.args.flatMap(calls)];
    case 'property':
      return calls(expr.target);
    case 'index':
      return [...calls(expr.target), ...calls(expr.index)];
    default:
      return [];
  }
}

/** Names given to `fn('name')` calls (fn = parameters or variables) in an expression. */
export function namesUsed(expr: Expr, fn: 'parameters' | 'variables'): string[] {
  return calls(expr)
    .filter((c) => c.name.toLowerCase() === fn.toLowerCase())
    .map((c) => {
      const [arg] = c.args;
      if (!arg || arg.kind !== 'string') throw new Error(`${fn}() needs a literal name`);
      return arg.value;
    });
}

/** Every expression string inside a JSON value, with its JSON path. */
export function expressionsIn(value: Json, at = '$', skip: (path: string, v: Json) => boolean = () => false): Array<{
  path: string;
  text: string;
}> {
  if (skip(at, value)) return [];
  if (typeof value === 'string') return isExpression(value) ? [{ path: at, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => expressionsIn(v, `${at}[${i}]`, skip));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => expressionsIn(v, `${at}.${k}`, skip));
  }
  return [];
}

export interface EvalScope {
  parameters: Record<string, Json>;
  variables: JsonObject;
}

/** Evaluates a template value with the given parameter values (only the functions listed below). */
export function evaluate(value: Json, scope: EvalScope): Json {
  if (typeof value === 'string') return isExpression(value) ? evalExpr(parseExpression(value), scope) : value;
  if (Array.isArray(value)) return value.map((v) => evaluate(v, scope));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluate(v, scope)]));
  }
  return value;
}

function evalExpr(expr: Expr, scope: EvalScope): Json {
  switch (expr.kind) {
    case 'string':
    case 'number':
      return expr.value;
    case 'property': {
      const target = evalExpr(expr.target, scope);
      if (!target || typeof target !== 'object' || Array.isArray(target)) throw new Error(`no property ${expr.name}`);
      return target[expr.name];
    }
    case 'index': {
      const target = evalExpr(expr.target, scope);
      const index = evalExpr(expr.index, scope);
      if (Array.isArray(target) && typeof index === 'number') return target[index];
      throw new Error('unsupported index');
    }
    case 'call':
      break;
  }
  const args = expr.args.map((a) => evalExpr(a, scope));
  const str = (v: Json) => (typeof v === 'string' ? v : JSON.stringify(v));
  switch (expr.name.toLowerCase()) {
    case 'parameters': {
      const name = String(args[0]);
      if (!(name in scope.parameters)) throw new Error(`no value for parameter ${name}`);
      return scope.parameters[name];
    }
    case 'variables': {
      const name = String(args[0]);
      if (!(name in scope.variables)) throw new Error(`undeclared variable ${name}`);
      return evaluate(scope.variables[name], scope);
    }
    case 'format':
      return str(args[0]).replace(/\{(\d+)\}/g, (_m, i: string) => str(args[Number(i) + 1]));
    case 'concat':
      return args.every(Array.isArray) ? (args as Json[][]).flat() : args.map(str).join('');
    case 'tolower':
      return str(args[0]).toLowerCase();
    case 'createarray':
      return args;
    case 'union':
      return [...new Set((args as Json[][]).flat().map((v) => JSON.stringify(v)))].map((v) => JSON.parse(v) as Json);
    case 'join':
      return (args[0] as Json[]).map(str).join(str(args[1]));
    case 'equals':
      return JSON.stringify(args[0]) === JSON.stringify(args[1]);
    case 'if':
      return args[0] ? args[1] : args[2];
    case 'empty':
      return args[0] === '' || args[0] === null || (Array.isArray(args[0]) && args[0].length === 0);
    case 'not':
      return !args[0];
    case 'and':
      return args.every(Boolean);
    default:
      throw new Error(`the tests cannot evaluate ${expr.name}()`);
  }
}
