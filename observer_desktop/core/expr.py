"""A small, safe expression language for relevance and red-flag rules.

Checklists say things like ``ofertas == 1`` or
``days_between(fecha_publicacion, fecha_apertura) < plazo_minimo_dias``.
These strings come from files an OIC coordinator writes, so they are parsed
by a tokenizer and a recursive-descent parser into a tiny AST and evaluated
by walking it. Nothing is ever handed to Python's ``eval``.

Grammar (lowest precedence first)::

    expr     := or
    or       := and ("or" and)*
    and      := not ("and" not)*
    not      := "not" not | compare
    compare  := sum (("==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not in") sum)?
    sum      := product (("+" | "-") product)*
    product  := unary (("*" | "/") unary)*
    unary    := "-" unary | primary
    primary  := NUMBER | STRING | "true" | "false" | "null"
              | NAME | NAME "(" [expr ("," expr)*] ")" | "(" expr ")"
              | "[" [expr ("," expr)*] "]"

Unanswered (or hidden) questions are ``null``. Every comparison involving
``null`` is false — ``estatus != 'completo'`` does not fire while ``estatus``
is unanswered — except an explicit ``x == null`` / ``x != null``; arithmetic on
``null`` gives ``null``. So a rule over an unanswered question never fires.
Note that ``not (x == 'si')`` *is* true for an unanswered ``x``: write
``x == 'no'`` or combine with ``answered(x)``.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "FUNCTIONS",
    "Expression",
    "ExpressionError",
    "compile_expression",
]


class ExpressionError(ValueError):
    """A rule or relevance expression that cannot be parsed or evaluated."""

    def __init__(self, message: str, *, source: str = "", position: int | None = None):
        self.source = source
        self.position = position
        where = f" (columna {position + 1})" if position is not None else ""
        super().__init__(f"{message}{where}")
        self.bare_message = message


_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>==|!=|<=|>=|<|>|\+|-|\*|/|\(|\)|\[|\]|,)
    """,
    re.VERBOSE,
)

_KEYWORDS = {"and", "or", "not", "in", "true", "false", "null"}


@dataclass(frozen=True)
class _Tok:
    kind: str
    text: str
    pos: int


def _tokenize(source: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    pos = 0
    while pos < len(source):
        m = _TOKEN.match(source, pos)
        if not m:
            raise ExpressionError(
                f"carácter inesperado {source[pos]!r}", source=source, position=pos
            )
        kind = m.lastgroup or ""
        text = m.group()
        if kind != "ws":
            if kind == "name" and text in _KEYWORDS:
                kind = "kw"
            tokens.append(_Tok(kind, text, pos))
        pos = m.end()
    tokens.append(_Tok("end", "", len(source)))
    return tokens


# AST nodes are plain tuples: (kind, ...). Small, hashable, easy to walk.
Node = tuple


class _Parser:
    def __init__(self, source: str):
        self.source = source
        self.tokens = _tokenize(source)
        self.i = 0

    def peek(self) -> _Tok:
        return self.tokens[self.i]

    def take(self) -> _Tok:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def accept(self, kind: str, text: str | None = None) -> _Tok | None:
        tok = self.peek()
        if tok.kind == kind and (text is None or tok.text == text):
            self.i += 1
            return tok
        return None

    def expect(self, kind: str, text: str) -> _Tok:
        tok = self.accept(kind, text)
        if tok is None:
            got = self.peek()
            shown = repr(got.text) if got.kind != "end" else "el final"
            raise ExpressionError(
                f"se esperaba {text!r} y se encontró {shown}",
                source=self.source,
                position=got.pos,
            )
        return tok

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise ExpressionError("la expresión está vacía", source=self.source, position=0)
        node = self.parse_or()
        tok = self.peek()
        if tok.kind != "end":
            raise ExpressionError(
                f"texto sobrante {tok.text!r}", source=self.source, position=tok.pos
            )
        return node

    def parse_or(self) -> Node:
        node = self.parse_and()
        while self.accept("kw", "or"):
            node = ("or", node, self.parse_and())
        return node

    def parse_and(self) -> Node:
        node = self.parse_not()
        while self.accept("kw", "and"):
            node = ("and", node, self.parse_not())
        return node

    def parse_not(self) -> Node:
        if self.accept("kw", "not"):
            return ("not", self.parse_not())
        return self.parse_compare()

    def parse_compare(self) -> Node:
        left = self.parse_sum()
        tok = self.peek()
        if tok.kind == "op" and tok.text in ("==", "!=", "<", "<=", ">", ">="):
            self.take()
            return ("cmp", tok.text, left, self.parse_sum())
        if tok.kind == "kw" and tok.text == "in":
            self.take()
            return ("in", left, self.parse_sum())
        if tok.kind == "kw" and tok.text == "not":
            nxt = self.tokens[self.i + 1]
            if nxt.kind == "kw" and nxt.text == "in":
                self.i += 2
                return ("notin", left, self.parse_sum())
        return left

    def parse_sum(self) -> Node:
        node = self.parse_product()
        while True:
            tok = self.peek()
            if tok.kind == "op" and tok.text in ("+", "-"):
                self.take()
                node = ("arith", tok.text, node, self.parse_product())
            else:
                return node

    def parse_product(self) -> Node:
        node = self.parse_unary()
        while True:
            tok = self.peek()
            if tok.kind == "op" and tok.text in ("*", "/"):
                self.take()
                node = ("arith", tok.text, node, self.parse_unary())
            else:
                return node

    def parse_unary(self) -> Node:
        if self.accept("op", "-"):
            return ("neg", self.parse_unary())
        return self.parse_primary()

    def parse_primary(self) -> Node:
        tok = self.take()
        if tok.kind == "number":
            value = float(tok.text) if "." in tok.text else int(tok.text)
            return ("const", value)
        if tok.kind == "string":
            body = tok.text[1:-1]
            return ("const", re.sub(r"\\(.)", r"\1", body))
        if tok.kind == "kw" and tok.text in ("true", "false", "null"):
            return ("const", {"true": True, "false": False, "null": None}[tok.text])
        if tok.kind == "name":
            if self.accept("op", "("):
                if tok.text not in FUNCTIONS:
                    known = ", ".join(sorted(FUNCTIONS))
                    raise ExpressionError(
                        f"función desconocida {tok.text!r}; disponibles: {known}",
                        source=self.source,
                        position=tok.pos,
                    )
                args: list[Node] = []
                if not self.accept("op", ")"):
                    args.append(self.parse_or())
                    while self.accept("op", ","):
                        args.append(self.parse_or())
                    self.expect("op", ")")
                arity = FUNCTIONS[tok.text].arity
                if len(args) not in arity:
                    raise ExpressionError(
                        f"{tok.text}() recibe {_arity_text(arity)} argumento(s), no {len(args)}",
                        source=self.source,
                        position=tok.pos,
                    )
                return ("call", tok.text, tuple(args), tok.pos)
            return ("name", tok.text, tok.pos)
        if tok.kind == "op" and tok.text == "(":
            node = self.parse_or()
            self.expect("op", ")")
            return node
        if tok.kind == "op" and tok.text == "[":
            items: list[Node] = []
            if not self.accept("op", "]"):
                items.append(self.parse_or())
                while self.accept("op", ","):
                    items.append(self.parse_or())
                self.expect("op", "]")
            return ("list", tuple(items))
        shown = repr(tok.text) if tok.kind != "end" else "el final de la expresión"
        raise ExpressionError(f"no se esperaba {shown}", source=self.source, position=tok.pos)


def _arity_text(arity: range) -> str:
    if len(arity) == 1:
        return str(arity.start)
    return f"de {arity.start} a {arity.stop - 1}"


# ---------------------------------------------------------------- functions


def _to_date(value: Any) -> _dt.date | None:
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _fn_days_between(ctx: _EvalContext, a: Any, b: Any) -> int | None:
    da, db = _to_date(a), _to_date(b)
    if da is None or db is None:
        return None
    return (db - da).days


def _fn_today(ctx: _EvalContext) -> str:
    return ctx.today.isoformat()


def _fn_answered(ctx: _EvalContext, value: Any) -> bool:
    return value not in (None, "", [])


def _fn_len(ctx: _EvalContext, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, str | list):
        return len(value)
    return None


def _fn_abs(ctx: _EvalContext, value: Any) -> float | int | None:
    return abs(value) if _is_number(value) else None


def _fn_contains(ctx: _EvalContext, container: Any, item: Any) -> bool:
    if isinstance(container, list) and item is not None:
        return item in container
    if isinstance(container, str) and isinstance(item, str):
        return item in container
    return False


def _fn_percent_diff(ctx: _EvalContext, value: Any, reference: Any) -> float | None:
    if not (_is_number(value) and _is_number(reference)) or reference == 0:
        return None
    try:
        result = (value - reference) * 100.0 / reference
    except (OverflowError, ValueError):
        return None
    return result if -1e300 < result < 1e300 else None


@dataclass(frozen=True)
class _Function:
    impl: Callable[..., Any]
    arity: range
    doc: str


FUNCTIONS: dict[str, _Function] = {
    "days_between": _Function(
        _fn_days_between, range(2, 3), "días de la primera fecha a la segunda (null si falta una)"
    ),
    "today": _Function(_fn_today, range(0, 1), "la fecha de hoy (AAAA-MM-DD)"),
    "answered": _Function(_fn_answered, range(1, 2), "verdadero si la pregunta tiene respuesta"),
    "len": _Function(_fn_len, range(1, 2), "longitud de un texto o número de opciones elegidas"),
    "abs": _Function(_fn_abs, range(1, 2), "valor absoluto"),
    "contains": _Function(
        _fn_contains, range(2, 3), "verdadero si la opción está entre las elegidas"
    ),
    "percent_diff": _Function(
        _fn_percent_diff, range(2, 3), "diferencia porcentual de un valor contra una referencia"
    ),
}


# --------------------------------------------------------------- evaluation


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@dataclass
class _EvalContext:
    names: Mapping[str, Any]
    today: _dt.date
    source: str


def _compare(op: str, a: Any, b: Any) -> bool:
    if op == "==":
        return a == b
    if op == "!=":
        return a != b
    if a is None or b is None:
        return False
    if _is_number(a) and _is_number(b):
        pass
    elif isinstance(a, str) and isinstance(b, str):
        pass  # ISO dates and plain strings compare lexically
    else:
        return False
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


def _arith(op: str, a: Any, b: Any) -> Any:
    if not (_is_number(a) and _is_number(b)):
        return None
    try:
        if op == "+":
            result = a + b
        elif op == "-":
            result = a - b
        elif op == "*":
            result = a * b
        elif b == 0:
            return None
        else:
            result = a / b
    except (OverflowError, ValueError):
        return None
    if isinstance(result, float) and (result != result or result in (float("inf"), float("-inf"))):
        return None
    if isinstance(result, int) and abs(result) > 10**30:
        return None  # answers are capped far below this; keep arithmetic cheap
    return result


def _truthy(value: Any) -> bool:
    return value not in (None, False, 0, "", [])


def _eval(node: Node, ctx: _EvalContext) -> Any:
    kind = node[0]
    if kind == "const":
        return node[1]
    if kind == "name":
        name = node[1]
        if name not in ctx.names:
            raise ExpressionError(
                f"nombre desconocido {name!r}", source=ctx.source, position=node[2]
            )
        return ctx.names[name]
    if kind == "or":
        return _truthy(_eval(node[1], ctx)) or _truthy(_eval(node[2], ctx))
    if kind == "and":
        return _truthy(_eval(node[1], ctx)) and _truthy(_eval(node[2], ctx))
    if kind == "not":
        return not _truthy(_eval(node[1], ctx))
    if kind == "cmp":
        left, right = _eval(node[2], ctx), _eval(node[3], ctx)
        if left is None or right is None:
            # An unanswered question fires nothing: only an explicit ``x == null``
            # or ``x != null`` tests for the missing answer itself.
            explicit = node[2] == ("const", None) or node[3] == ("const", None)
            if not explicit or node[1] not in ("==", "!="):
                return False
        return _compare(node[1], left, right)
    if kind in ("in", "notin"):
        item, container = _eval(node[1], ctx), _eval(node[2], ctx)
        if item is None or not isinstance(container, list | str):
            return False  # unanswered: neither in nor not in
        if isinstance(container, str) and not isinstance(item, str):
            return False
        return (item in container) == (kind == "in")
    if kind == "arith":
        return _arith(node[1], _eval(node[2], ctx), _eval(node[3], ctx))
    if kind == "neg":
        value = _eval(node[1], ctx)
        return -value if _is_number(value) else None
    if kind == "list":
        return [_eval(item, ctx) for item in node[1]]
    if kind == "call":
        fn = FUNCTIONS[node[1]]
        return fn.impl(ctx, *(_eval(arg, ctx) for arg in node[2]))
    raise AssertionError(f"unknown node {kind}")  # pragma: no cover


def _names(node: Node, out: set[str]) -> None:
    kind = node[0]
    if kind == "name":
        out.add(node[1])
    elif kind in ("or", "and", "in", "notin"):
        _names(node[1], out)
        _names(node[2], out)
    elif kind in ("cmp", "arith"):
        _names(node[2], out)
        _names(node[3], out)
    elif kind in ("not", "neg"):
        _names(node[1], out)
    elif kind == "list":
        for item in node[1]:
            _names(item, out)
    elif kind == "call":
        for arg in node[2]:
            _names(arg, out)


def _string_comparisons(node: Node, out: list[tuple[str, str]]) -> None:
    """Collect (name, literal) pairs such as ``estado == 'atrasada'``.

    Used by the checklist loader to catch a rule comparing a choice question
    with an option it does not have (a typo that would make a rule never fire).
    """
    kind = node[0]
    if kind == "cmp" and node[1] in ("==", "!="):
        a, b = node[2], node[3]
        if a[0] == "name" and b[0] == "const" and isinstance(b[1], str):
            out.append((a[1], b[1]))
        elif b[0] == "name" and a[0] == "const" and isinstance(a[1], str):
            out.append((b[1], a[1]))
    elif kind in ("in", "notin") and node[2][0] == "list" and node[1][0] == "name":
        for item in node[2][1]:
            if item[0] == "const" and isinstance(item[1], str):
                out.append((node[1][1], item[1]))
    elif kind == "in" and node[2][0] == "name" and node[1][0] == "const":
        if isinstance(node[1][1], str):
            out.append((node[2][1], node[1][1]))
    elif kind == "call" and node[1] == "contains":
        args = node[2]
        if args[0][0] == "name" and args[1][0] == "const" and isinstance(args[1][1], str):
            out.append((args[0][1], args[1][1]))
    for child in node[1:]:
        if isinstance(child, tuple) and child and isinstance(child[0], str):
            _string_comparisons(child, out)
        elif isinstance(child, tuple):
            for item in child:
                if isinstance(item, tuple) and item and isinstance(item[0], str):
                    _string_comparisons(item, out)


MAX_DEPTH = 60


def _depth(node: Node) -> int:
    children = [c for c in node[1:] if isinstance(c, tuple) and c and isinstance(c[0], str)]
    for c in node[1:]:
        if isinstance(c, tuple) and c and not isinstance(c[0], str):
            children.extend(x for x in c if isinstance(x, tuple))
    return 1 + max((_depth(c) for c in children), default=0)


class Expression:
    """A parsed expression. Build it with :func:`compile_expression`."""

    __slots__ = ("_ast", "names", "source")

    def __init__(self, source: str, ast: Node):
        self.source = source
        self._ast = ast
        found: set[str] = set()
        _names(ast, found)
        self.names: frozenset[str] = frozenset(found)

    def evaluate(self, names: Mapping[str, Any], *, today: _dt.date | None = None) -> Any:
        ctx = _EvalContext(names=names, today=today or _dt.date.today(), source=self.source)
        return _eval(self._ast, ctx)

    def is_true(self, names: Mapping[str, Any], *, today: _dt.date | None = None) -> bool:
        return _truthy(self.evaluate(names, today=today))

    def string_comparisons(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        _string_comparisons(self._ast, out)
        return out

    def __repr__(self) -> str:
        return f"Expression({self.source!r})"


def compile_expression(source: str) -> Expression:
    """Parse ``source``; raise :class:`ExpressionError` saying where it is wrong."""
    if not isinstance(source, str):
        raise ExpressionError("la expresión debe ser un texto")
    if len(source) > 2000:
        raise ExpressionError("la expresión es demasiado larga (máximo 2000 caracteres)")
    try:
        ast = _Parser(source).parse()
        too_deep = _depth(ast) > MAX_DEPTH
    except RecursionError:
        too_deep = True
    if too_deep:
        raise ExpressionError(
            f"la expresión es demasiado compleja (más de {MAX_DEPTH} niveles); divídala en reglas"
        )
    return Expression(source, ast)
