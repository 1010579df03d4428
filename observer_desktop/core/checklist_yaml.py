"""Reading a checklist's YAML: plain data that remembers the line of every value.

PyYAML's *composer* gives nodes with their marks; :class:`YamlDoc` turns them into
dicts, lists and scalars, refusing what a checklist never needs (anchors and
aliases, merges, custom tags, duplicate keys, deep nesting) and keeping a line for
every path, so a later error can say where it is (``file:line (sections[2].id)``).
YAML 1.1 booleans are off except ``true``/``false``: the Spanish option id ``no``
stays a string. PyYAML's own error texts are told in Spanish.
"""

from __future__ import annotations

from typing import Any

import yaml

from observer_desktop.core.checklist import ChecklistError

__all__ = ["YamlDoc", "read_yaml"]

_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{t}"
    for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}

_YAML_PROBLEMS = (
    ("mapping values are not allowed", "hay «:» donde no se espera (¿falta comillas o sangría?)"),
    ("could not find expected ':'", "falta «:» después de una clave"),
    ("cannot start any token", "hay un carácter no permitido (¿un tabulador? use espacios)"),
    ("expected ',' or ']'", "una lista entre [ ] no está bien cerrada"),
    ("expected ',' or '}'", "un mapa entre { } no está bien cerrado"),
    ("unexpected end of stream", "el archivo termina antes de tiempo (¿comillas sin cerrar?)"),
    ("did not find expected key", "sangría incorrecta: se esperaba una clave"),
    ("did not find expected '-' indicator", "sangría incorrecta en una lista"),
    ("found undefined alias", "alias sin ancla; no use alias (*)"),
    ("while scanning a quoted scalar", "unas comillas no se cerraron"),
)

# libyaml's composer, where PyYAML was built with it, reads a checklist about ten
# times faster than the pure-Python one: the app reads every checklist at start,
# on the way to the first list. It makes the same nodes (an alias is the anchored
# node itself, as YamlDoc.convert relies on). On an error the file is read again with
# the pure-Python composer, whose messages _YAML_PROBLEMS translates.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlDoc:
    """YAML converted to plain data, remembering the line of every path."""

    MAX_DEPTH = 20

    def __init__(self, file: str):
        self.file = file
        self.lines: dict[tuple, int] = {}
        self.seen: set[int] = set()

    def line_of(self, path: tuple) -> int | None:
        while True:
            if path in self.lines:
                return self.lines[path]
            if not path:
                return None
            path = path[:-1]

    def error(self, message: str, path: tuple = ()) -> ChecklistError:
        return ChecklistError(
            message, file=self.file, line=self.line_of(path), path=_path_text(path)
        )

    def _node_error(self, message: str, node: yaml.Node, path: tuple) -> ChecklistError:
        return ChecklistError(
            message, file=self.file, line=node.start_mark.line + 1, path=_path_text(path)
        )

    def convert(self, node: yaml.Node, path: tuple) -> Any:
        # PyYAML's composer turns an alias into the very same node object: seeing a
        # node twice means anchors/aliases, which can blow up (billion laughs) or loop.
        if id(node) in self.seen:
            raise self._node_error(
                "no se permiten anclas ni alias de YAML (&, *); escriba cada valor completo",
                node,
                path,
            )
        self.seen.add(id(node))
        if len(path) > self.MAX_DEPTH:
            raise self._node_error("el documento está anidado demasiado profundo", node, path)
        self.lines[path] = node.start_mark.line + 1
        if node.tag not in _PLAIN_TAGS:
            raise self._node_error(
                f"etiqueta de YAML no permitida {node.tag!r}; quítela", node, path
            )
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, (*path, i)) for i, item in enumerate(node.value)]
        return _scalar(node)

    def _mapping(self, node: yaml.MappingNode, path: tuple) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self._node_error("las claves deben ser textos simples", key_node, path)
            key = key_node.value
            if key == "<<":
                raise self._node_error(
                    "las fusiones de YAML (<<) no están permitidas; escriba los campos",
                    key_node,
                    path,
                )
            if key in out:
                raise self._node_error(f"la clave {key!r} aparece dos veces", key_node, path)
            out[key] = self.convert(value_node, (*path, key))
        return out


def read_yaml(doc: YamlDoc, text: str) -> dict[str, Any]:
    """The one YAML document of ``text``, a mapping, as plain data (lines kept in ``doc``)."""
    file = doc.file
    try:
        nodes = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise ChecklistError(
            f"YAML mal formado: {_yaml_problem(exc.problem or exc.context or '')}",
            file=file,
            line=line,
        ) from None
    except yaml.YAMLError as exc:
        raise ChecklistError(f"YAML mal formado: {exc}", file=file) from None
    if len(nodes) != 1 or nodes[0] is None:
        raise ChecklistError(
            "el archivo debe contener exactamente un documento YAML"
            if nodes
            else "el archivo está vacío",
            file=file,
            line=1,
        )
    if not isinstance(nodes[0], yaml.MappingNode):
        raise ChecklistError(
            "el documento debe ser un mapa (id:, version:, title:, sections: …), no una lista o un texto",
            file=file,
            line=nodes[0].start_mark.line + 1,
        )
    return doc.convert(nodes[0], ())


def _compose(text: str) -> list[yaml.Node]:
    try:
        return list(yaml.compose_all(text, Loader=_FAST_LOADER))
    except yaml.YAMLError:
        if _FAST_LOADER is yaml.SafeLoader:
            raise
    return list(yaml.compose_all(text, Loader=yaml.SafeLoader))


def _yaml_problem(problem: str) -> str:
    for english, spanish in _YAML_PROBLEMS:
        if english in problem:
            return f"{spanish} ({problem})"
    return problem


def _scalar(node: yaml.ScalarNode) -> Any:
    tag = node.tag
    text = node.value
    if node.style in ("'", '"') or tag == "tag:yaml.org,2002:str":
        return text
    if tag == "tag:yaml.org,2002:bool":
        # YAML 1.1 reads yes/no/on/off as booleans; checklists are Spanish and
        # use "no" as an option id, so only true/false are booleans here.
        low = text.lower()
        if low in ("true", "false"):
            return low == "true"
        return text
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:int":
        try:
            return int(text.replace("_", ""), 0)
        except ValueError:
            return text
    if tag == "tag:yaml.org,2002:float":
        try:
            return float(text.replace("_", ""))
        except ValueError:
            return text
    if tag == "tag:yaml.org,2002:timestamp":
        return text
    return text


def _path_text(path: tuple) -> str:
    """``("sections", 2, "id")`` as ``sections[2].id``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
