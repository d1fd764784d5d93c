"""Records to JSON-ready documents and back: the one place that knows how they are stored."""

from __future__ import annotations

import dataclasses
import functools
import math
import types
from collections.abc import Mapping
from typing import Any, Final, TypeVar, Union, get_args, get_origin, get_type_hints

RecordT = TypeVar("RecordT")

# Every report encodes and decodes several records, so both directions walk the values by hand
# with what each model needs worked out once, instead of dataclasses.asdict, a JSON round trip
# and copy.deepcopy on every call. They give what that round trip gave.
_AS_IS: Final = frozenset({str, int, bool, type(None)})
_NOT_A_TUPLE: Final = object()  # a field whose stored lists stay lists
_SCALAR_ITEMS: Final = object()  # a tuple field of plain values


def to_doc(record: object) -> dict[str, Any]:
    """A fresh JSON-native document for a record; raises TypeError if it has non-JSON data."""
    if not _is_record(record):
        raise TypeError(f"{type(record).__name__} is not a record and cannot be stored")
    try:
        return _record_doc(record)
    except (TypeError, ValueError) as error:
        raise TypeError(f"{type(record).__name__} cannot be stored as JSON: {error}") from error


def from_doc(model: type[RecordT], doc: Mapping[str, Any]) -> RecordT:
    """The record stored in `doc`; unknown keys are ignored and missing ones take defaults."""
    values = {}
    for name, items in _layout(model):  # type: ignore[arg-type]  # a class is hashable
        if name not in doc:
            continue
        value = doc[name]
        if items is not _NOT_A_TUPLE and isinstance(value, list):
            if items is _SCALAR_ITEMS:
                value = tuple(value)
            else:
                value = tuple(from_doc(items, element) for element in value)
        elif isinstance(value, dict | list):
            # Records are frozen, but a nested dict is not: the caller gets its own copy.
            value = _copy(value)
        values[name] = value
    record: RecordT = model(**values)
    return record


@functools.cache
def _layout(model: Any) -> tuple[tuple[str, Any], ...]:
    """Each field's name, and what the items of a tuple field decode to."""
    hints = get_type_hints(model)
    layout = []
    for field in dataclasses.fields(model):
        hint = hints[field.name]
        if get_origin(hint) in (Union, types.UnionType):
            # `tuple[str, ...] | None`: decode as the type that is not None.
            hint = next((arg for arg in get_args(hint) if arg is not type(None)), hint)
        items: Any = _NOT_A_TUPLE
        if get_origin(hint) is tuple:
            item = get_args(hint)[0]
            items = item if dataclasses.is_dataclass(item) else _SCALAR_ITEMS
        layout.append((field.name, items))
    return tuple(layout)


@functools.cache
def _field_names(model: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(model))


def _is_record(value: object) -> bool:
    """A dataclass instance, not a dataclass itself."""
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def _record_doc(record: object) -> dict[str, Any]:
    return {name: _json(getattr(record, name)) for name in _field_names(type(record))}  # type: ignore[arg-type]


def _json(value: Any) -> Any:
    """`value` as json.loads(json.dumps(value, allow_nan=False)) would give it back."""
    kind = type(value)
    if kind in _AS_IS:
        return value
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return int.__index__(value)
    if isinstance(value, float):
        return _finite(value)
    if isinstance(value, list | tuple):
        return [_json(item) for item in value]
    if isinstance(value, dict):
        return {_key(key): _json(item) for key, item in value.items()}
    if _is_record(value):
        return _record_doc(value)
    raise TypeError(f"Object of type {kind.__name__} is not JSON serializable")


def _key(key: Any) -> str:
    """A dict key as JSON writes it: only strings, numbers, booleans and None can be keys."""
    if isinstance(key, str):
        return str.__str__(key)
    if isinstance(key, float):
        return float.__repr__(_finite(key))
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _finite(number: float) -> float:
    if not math.isfinite(number):
        raise ValueError(f"Out of range float values are not JSON compliant: {number!r}")
    return float(number)


def _copy(value: Any) -> Any:
    """A copy of stored JSON: only dicts and lists need copying, the rest is immutable."""
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value
