import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from observer_desktop.core.expr import ExpressionError, compile_expression


def ev(source, **names):
    return compile_expression(source).evaluate(names, today=dt.date(2026, 11, 26))


@pytest.mark.parametrize(
    ("source", "names", "expected"),
    [
        ("ofertas == 1", {"ofertas": 1}, True),
        ("ofertas == 1", {"ofertas": 2}, False),
        ("ofertas <= 3 and ofertas > 1", {"ofertas": 3}, True),
        ("not (a == 'si')", {"a": "no"}, True),
        ("a == 'si' or b == 'si'", {"a": "no", "b": "si"}, True),
        ("x in ['ad', 'i3p']", {"x": "ad"}, True),
        ("x not in ['ad', 'i3p']", {"x": "lp"}, True),
        ("'precio' in crit", {"crit": ["precio", "puntos"]}, True),
        ("contains(crit, 'puntos')", {"crit": ["precio"]}, False),
        ("(pagado - observado) > 15", {"pagado": 60, "observado": 40}, True),
        ("-x < 0", {"x": 2}, True),
        ("a * 2 / 4 == 1", {"a": 2}, True),
        ("days_between(p, a) < 15", {"p": "2026-01-01", "a": "2026-01-10"}, True),
        ("days_between(p, a)", {"p": "2026-01-01", "a": "2026-01-31"}, 30),
        ("fin < today()", {"fin": "2026-11-25"}, True),
        ("answered(x)", {"x": ""}, False),
        ("len(x) == 2", {"x": ["a", "b"]}, True),
        ("abs(percent_diff(m, r)) > 10", {"m": 120, "r": 100}, True),
        ("percent_diff(m, r) <= -40", {"m": 50, "r": 100}, True),
        ('x == "con \\"comillas\\""', {"x": 'con "comillas"'}, True),
        ("1.5 + 1 == 2.5", {}, True),
        ("true and not false", {}, True),
    ],
)
def test_evaluates(source, names, expected):
    assert ev(source, **names) == expected


@pytest.mark.parametrize(
    "source",
    [
        "x == 1",
        "x != 1",
        "x != 'completo'",
        "x > 1",
        "x < 1",
        "x >= 1",
        "x + 1 > 0",
        "days_between(x, y) < 15",
        "x in ['a']",
        "x not in ['a']",
        "abs(x) > 1",
        "contains(x, 'a')",
        "-x < 0",
        "percent_diff(x, 100) > 10",
    ],
)
def test_unanswered_never_fires(source):
    # an unanswered question is null: a rule about it must not raise a flag
    assert not compile_expression(source).is_true({"x": None, "y": None})


def test_null_equality_is_explicit():
    assert ev("x == null", x=None) is True
    assert ev("x != null", x=1) is True
    assert ev("x != null", x=None) is False
    assert ev("x != 'completo'", x=None) is False  # unanswered fires nothing
    assert ev("x == y", x=None, y=None) is False


def test_division_by_zero_is_null_not_crash():
    assert ev("x / 0", x=1) is None


def test_names_are_collected():
    e = compile_expression("days_between(a, b) < limite and c in [d, 'x']")
    assert e.names == {"a", "b", "limite", "c", "d"}


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ("", "vacía"),
        ("x ==", "no se esperaba"),
        ("x == 1 )", "sobrante"),
        ("(x == 1", "se esperaba ')'"),
        ("x = 1", "carácter inesperado"),
        ("__import__('os')", "función desconocida"),
        ("open('x').read()", "carácter inesperado"),
        ("x.y", "carácter inesperado"),
        ("eval('1')", "función desconocida"),
        ("today(1)", "argumento"),
        ("days_between(a)", "argumento"),
        ("x == 'abierta", "carácter inesperado"),
        ("(" * 2000, "demasiado"),
    ],
)
def test_rejects_bad_expressions(source, fragment):
    with pytest.raises(ExpressionError) as info:
        compile_expression(source)
    assert fragment in str(info.value)


def test_error_reports_column():
    with pytest.raises(ExpressionError) as info:
        compile_expression("a == 1 and b === 2")
    assert info.value.position is not None
    assert "columna" in str(info.value)


def test_unknown_name_at_evaluation():
    with pytest.raises(ExpressionError):
        compile_expression("zz == 1").evaluate({})


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abx01 ()[]=<>!'\",+-*/.andortu_", max_size=60))
def test_parser_only_raises_expression_errors(source):
    try:
        expr = compile_expression(source)
    except ExpressionError:
        return
    names = dict.fromkeys(expr.names, 1)
    try:
        expr.evaluate(names)
    except ExpressionError:
        pass
