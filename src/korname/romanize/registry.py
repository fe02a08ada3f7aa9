"""The registry of romanization systems: one small documented function per system.

Every system is registered under a short name ("mr", "nk", "pinyin"...). The name is what
:func:`korname.romanize.romanize` accepts and what :func:`korname.romanize.name_variants`
records next to each spelling, so an explanation can show the function's docstring as the
step that produced a spelling.

Korean systems are functions of (surname, given name) in Hangul; the registry splits a full
name with :func:`korname.hangul.split_name`. Chinese systems take the whole Hanzi name.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..hangul import split_name

__all__ = ["SYSTEM_REGISTRY", "KoreanSystem", "System", "get_system", "register", "register_whole"]

Script = Literal["hangul", "hanzi"]
#: A Korean system: (surname, given name) in Hangul -> one spelling.
KoreanSystem = Callable[[str, str], str]


@dataclass(frozen=True)
class System:
    """A registered system: its name, the script it reads, and the function behind it."""

    name: str
    script: Script
    #: The whole native name -> one spelling.
    convert: Callable[[str], str]
    #: First line of the function's docstring: what the system is, for explanations.
    summary: str
    #: The full docstring.
    doc: str


SYSTEM_REGISTRY: dict[str, System] = {}


def _doc(func: Callable[..., str]) -> tuple[str, str]:
    doc = inspect.getdoc(func) or ""
    return (doc.splitlines()[0] if doc else func.__name__), doc


def register(name: str) -> Callable[[KoreanSystem], KoreanSystem]:
    """Register a Korean system function of (surname, given) under ``name``."""

    def deco(func: KoreanSystem) -> KoreanSystem:
        def whole(native: str) -> str:
            return func(*split_name(native))

        summary, doc = _doc(func)
        SYSTEM_REGISTRY[name] = System(name, "hangul", whole, summary, doc)
        return func

    return deco


def register_whole(name: str, script: Script) -> Callable[[Callable[[str], str]],
                                                           Callable[[str], str]]:
    """Register a function of the whole native name (used for the Chinese systems)."""

    def deco(func: Callable[[str], str]) -> Callable[[str], str]:
        summary, doc = _doc(func)
        SYSTEM_REGISTRY[name] = System(name, script, func, summary, doc)
        return func

    return deco


def get_system(name: str) -> System:
    """The registered system called ``name``; ValueError naming the known ones otherwise."""
    try:
        return SYSTEM_REGISTRY[name]
    except KeyError:
        known = ", ".join(SYSTEM_REGISTRY)
        raise ValueError(f"unknown romanization system {name!r}; known systems: {known}") from None
