"""Records to JSON-ready documents and back: the one place that knows how they are stored."""

from __future__ import annotations

import copy
import dataclasses
import functools
import json
import types
from collections.abc import Mapping
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

RecordT = TypeVar("RecordT")


def to_doc(record: object) -> dict[str, Any]:
    """A fresh JSON-native document for a record; raises TypeError if it has non-JSON data."""
    try:
        # The round trip also turns tuples into lists, so memory holds what a reload would.
        return json.loads(json.dumps(dataclasses.asdict(record), allow_nan=False))  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        raise TypeError(f"{type(record).__name__} cannot be stored as JSON: {error}") from error


def from_doc(model: type[RecordT], doc: Mapping[str, Any]) -> RecordT:
    """The record stored in `doc`; unknown keys are ignored and missing ones take defaults."""
    hints = _hints(model)
    values = {
        f.name: _decode(hints[f.name], doc[f.name])
        for f in dataclasses.fields(model)  # type: ignore[arg-type]
        if f.name in doc
    }
    return model(**values)


@functools.cache
def _hints(model: type) -> dict[str, Any]:
    return get_type_hints(model)


def _decode(hint: Any, value: Any) -> Any:
    if get_origin(hint) in (Union, types.UnionType):
        # `tuple[str, ...] | None`: decode as the type that is not None.
        hint = next((arg for arg in get_args(hint) if arg is not type(None)), hint)
    if get_origin(hint) is tuple and isinstance(value, list):
        item = get_args(hint)[0]
        if dataclasses.is_dataclass(item):
            return tuple(from_doc(item, element) for element in value)  # type: ignore[arg-type]
        return tuple(value)
    if isinstance(value, dict | list):
        # Records are frozen, but a nested dict is not: the caller gets its own copy.
        return copy.deepcopy(value)
    return value
