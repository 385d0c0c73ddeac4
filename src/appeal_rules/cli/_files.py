"""The files of ``batch``: the input read line by line, the output replaced only once it is whole.

Never lose a file: an output that is the input is refused before anything is read; the output is
written to a temporary file beside the target and renamed over it only when the run has finished,
so a failed or interrupted run leaves the target as it was.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from appeal_rules.cli._batch import Decoding

__all__ = ["check_encoding", "decoded", "is_same_file", "open_input", "replacing"]


def __dir__() -> list[str]:
    return __all__


def check_encoding(name: str) -> str | None:
    """``name`` if it is an encoding whose lines end with the byte of a line feed; else ``None``."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    try:
        ascii_compatible = "id,\n".encode(info.name) == b"id,\n"
    except UnicodeError:  # pragma: no cover - every codec found encodes ASCII or refuses it cleanly
        return None
    return name if ascii_compatible else None


def is_same_file(source: str, target: str) -> bool:
    """Whether writing ``target`` would overwrite ``source``: same path, link or inode."""
    if target == "-":
        return False
    try:
        if source == "-":
            return os.path.samestat(os.fstat(sys.stdin.fileno()), os.stat(target))
        return os.path.samefile(source, target)
    except (OSError, ValueError, AttributeError):  # a target not there yet, or a stdin that is no file
        return source != "-" and os.path.abspath(source) == os.path.abspath(target)


def decoded(raw: Iterable[bytes], decoding: Decoding) -> Iterator[str]:
    """Each line of ``raw`` as text; a line that cannot be decoded is numbered in ``decoding``.

    Such a line is still yielded (with replacement characters) so that the reader keeps its place;
    the row that holds it fails, and the run goes on. A UTF-8 byte-order mark is dropped.
    """
    encoding = "utf-8-sig" if codecs.lookup(decoding.encoding).name == "utf-8" else decoding.encoding
    for number, line in enumerate(raw, 1):
        try:
            yield line.decode(encoding if number == 1 else decoding.encoding)
        except UnicodeDecodeError:
            decoding.bad_lines.append(number)
            yield line.decode(decoding.encoding, errors="replace")


@contextlib.contextmanager
def replacing(target: str, *, encoding: str) -> Iterator[IO[str]]:
    """A text file that becomes ``target`` when the block ends normally, and vanishes otherwise.

    ``-`` is stdout, written as it goes. The new file keeps the mode of the file it replaces.
    """
    if target == "-":
        if encoding == "utf-8-sig":
            sys.stdout.write("\ufeff")
        yield sys.stdout
        sys.stdout.flush()
        return
    path = Path(target)
    tmp = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, on every path
        "w", encoding=encoding, newline="", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    try:
        with tmp:
            yield tmp
        os.chmod(tmp.name, _mode(path))
        os.replace(tmp.name, path)
    except BaseException:
        Path(tmp.name).unlink(missing_ok=True)
        raise


def _mode(path: Path) -> int:
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def open_input(name: str) -> Any:
    """The binary stream of ``name`` (``-`` for stdin), or the text stdin when it has no bytes."""
    if name == "-":
        return getattr(sys.stdin, "buffer", sys.stdin)
    return open(name, "rb")

